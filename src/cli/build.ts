// `newskg build`: articles in, an RDF graph out.
import type { Command } from 'commander';
import { parseColumnMap } from '../ingest/table.js';
import type { ColumnMap } from '../ingest/types.js';
import { formatOfFile, standardPrefixes, type RdfFormat } from '../rdf/syntax.js';
import { writeStdout } from './output.js';
import { iri, oneOf, positiveInteger } from './options.js';
import { progress } from './progress.js';
import type { NewskgError } from '../errors.js';

const FORMATS = { ttl: 'turtle', nt: 'ntriples', nq: 'nquads', trig: 'trig' } as const satisfies Record<string, RdfFormat>;

interface BuildFlags {
  output?: string;
  format?: keyof typeof FORMATS;
  base?: string;
  maxBytes?: number;
  quiet?: boolean;
  strict?: boolean;
  jobs: number;
  map?: ColumnMap;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract people, organisations, outlets, statements and events from articles into an RDF graph')
    .argument('<paths...>', 'article files (.txt, .md with optional front matter; .html, .htm saved pages; .warc, .warc.gz web archives; .jsonl; .csv, .tsv) or folders of them')
    .option('-o, --output <file>', 'write the graph to this file (atomically) instead of stdout')
    .option('-f, --format <format>', `RDF syntax: ${Object.keys(FORMATS).join(', ')} (default: from the output file's extension, else ttl)`, oneOf(Object.keys(FORMATS) as (keyof typeof FORMATS)[]))
    .option('--base <iri>', 'base IRI for extracted things', iri)
    .option('--max-bytes <n>', 'refuse articles larger than this', positiveInteger)
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--strict', 'stop at the first bad article (exit 2) instead of skipping it with a warning')
    .option('--map <pairs>', 'for CSV, TSV and JSON Lines: the column or field of each article field, e.g. text=body,published=publish_date,outlet=media_name', parseColumnMap)
    .option('-j, --jobs <n>', 'extract articles on this many worker threads; the graph is the same whatever the number', positiveInteger, 1)
    .addHelpText('after', '\nA bad article (empty, binary, not UTF-8, over --max-bytes, malformed) is skipped with a one-line warning and\ncounted in the summary; with --strict it stops the build. Exit codes: 0 built, 2 bad input or usage.\n\nExample:\n  newskg build data/articles -o out/graph.ttl\n')
    .action(async (paths: string[], flags: BuildFlags) => {
      // The extractor and its lexicons load only when a build runs: `newskg --help` stays quick.
      const [{ extractCorpus }, { readArticles }, { Iris }, { corpusQuadChunks }, { writeGraphChunks }, { writeOutputStream }] = await Promise.all([
        import('../pipeline.js'),
        import('../ingest/read-articles.js'),
        import('../rdf/iris.js'),
        import('../rdf/to-quads.js'),
        import('../rdf/write-graph.js'),
        import('../output.js'),
      ]);
      const started = Date.now();
      const report = progress(flags.quiet ?? false);
      const format = flags.format ? FORMATS[flags.format] : (flags.output && formatOfFile(flags.output)) || 'turtle';
      let skipped = 0;
      const onSkip = (err: NewskgError) => {
        skipped++;
        report.warn(`newskg: warning: skipped ${err.toString()}`);
      };
      const corpus = await extractCorpus(readArticles(paths, { maxBytes: flags.maxBytes, strict: flags.strict, onSkip, columns: flags.map }), {
        onArticle: (n, article) => report.update(`extracting: ${n} articles (${article.id})`),
        jobs: flags.jobs,
      });
      // The graph is written chunk by chunk (shared nodes, then each article): it is never held whole in memory.
      const iris = new Iris(flags.base);
      const write = (sink: (text: string) => Promise<void>) => writeGraphChunks(corpusQuadChunks(corpus, iris), format, standardPrefixes(iris.prefixes()), sink);
      const triples = flags.output ? await writeOutputStream(flags.output, write) : await write(writeStdout);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const skips = skipped > 0 ? `, skipped ${skipped} bad article${skipped === 1 ? '' : 's'}` : '';
      report.done(`built ${corpus.articles.length} articles${skips} → ${triples} triples${flags.output ? ` in ${flags.output}` : ''} (${seconds} s)`);
    });
}
