// `newskg build`: articles in, an RDF graph out.
import type { Command } from 'commander';
import { buildGraph, serializeBuild } from '../pipeline.js';
import { formatOfFile, type RdfFormat } from '../rdf/syntax.js';
import { emit } from './output.js';
import { iri, oneOf, positiveInteger } from './options.js';
import { progress } from './progress.js';

const FORMATS = { ttl: 'turtle', nt: 'ntriples', nq: 'nquads', trig: 'trig' } as const satisfies Record<string, RdfFormat>;

interface BuildFlags {
  output?: string;
  format?: keyof typeof FORMATS;
  base?: string;
  maxBytes?: number;
  quiet?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract people, organisations, outlets, statements and events from articles into an RDF graph')
    .argument('<paths...>', 'article files (.txt, .md with optional front matter; .jsonl) or folders of them')
    .option('-o, --output <file>', 'write the graph to this file (atomically) instead of stdout')
    .option('-f, --format <format>', `RDF syntax: ${Object.keys(FORMATS).join(', ')} (default: from the output file's extension, else ttl)`, oneOf(Object.keys(FORMATS) as (keyof typeof FORMATS)[]))
    .option('--base <iri>', 'base IRI for extracted things', iri)
    .option('--max-bytes <n>', 'refuse articles larger than this', positiveInteger)
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText('after', '\nExample:\n  newskg build data/articles -o out/graph.ttl\n')
    .action(async (paths: string[], flags: BuildFlags) => {
      const started = Date.now();
      const report = progress(flags.quiet ?? false);
      const format = flags.format ? FORMATS[flags.format] : (flags.output && formatOfFile(flags.output)) || 'turtle';
      const result = await buildGraph(paths, {
        base: flags.base,
        maxBytes: flags.maxBytes,
        onArticle: (n, article) => report.update(`extracting: ${n} articles (${article.id})`),
      });
      await emit(await serializeBuild(result, format), flags.output);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      report.done(`built ${result.corpus.articles.length} articles → ${result.quads.length} triples${flags.output ? ` in ${flags.output}` : ''} (${seconds} s)`);
    });
}
