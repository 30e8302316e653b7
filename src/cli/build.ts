// `newskg build`: articles in, an RDF graph out. Split in two for many processes or machines: `newskg extract`
// (articles in, extraction records out: the per-article step) and `newskg link` (records in, the graph out).
import type { Command } from 'commander';
import { parseColumnMap } from '../ingest/columns.js';
import type { ArticleInput, ColumnMap } from '../ingest/types.js';
import type { LinkedCorpus } from '../extract/types.js';
import { formatOfFile, type RdfFormat } from '../rdf/formats.js';
import { writeStdout } from './output.js';
import { iri, oneOf, positiveInteger } from './options.js';
import { progress, type Progress } from './progress.js';
import { keepHeapLean } from './lean-heap.js';
import type { NewskgError } from '../errors.js';

const FORMATS = { ttl: 'turtle', nt: 'ntriples', nq: 'nquads', trig: 'trig' } as const satisfies Record<string, RdfFormat>;

interface ReadFlags {
  maxBytes?: number;
  quiet?: boolean;
  strict?: boolean;
  jobs: number;
  map?: ColumnMap;
}

interface GraphFlags {
  output?: string;
  format?: keyof typeof FORMATS;
  base?: string;
  quiet?: boolean;
}

const INPUTS = 'article files (.txt, .md with optional front matter; .html, .htm saved pages; .warc, .warc.gz web archives; .jsonl; .csv, .tsv) or folders of them';
const BAD_ARTICLES = '\nA bad article (empty, binary, not UTF-8, over --max-bytes, malformed) is skipped with a one-line warning and\ncounted in the summary; with --strict it stops the build. Exit codes: 0 built, 2 bad input or usage.\n';

function readOptions(command: Command): Command {
  return command
    .option('--max-bytes <n>', 'refuse articles larger than this', positiveInteger)
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--strict', 'stop at the first bad article (exit 2) instead of skipping it with a warning')
    .option('--map <pairs>', 'for CSV, TSV and JSON Lines: the column or field of each article field, e.g. text=body,published=publish_date,outlet=media_name', parseColumnMap)
    .option('-j, --jobs <n>', 'extract articles on this many worker threads; the output is the same whatever the number', positiveInteger, 1);
}

function graphOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write the graph to this file (atomically) instead of stdout')
    .option('-f, --format <format>', `RDF syntax: ${Object.keys(FORMATS).join(', ')} (default: from the output file's extension, else ttl)`, oneOf(Object.keys(FORMATS) as (keyof typeof FORMATS)[]))
    .option('--base <iri>', 'base IRI for extracted things', iri);
}

/** The articles of the paths, bad ones skipped with a warning (or stopping the run with --strict). */
async function articlesOf(paths: string[], flags: ReadFlags, report: Progress) {
  const { readArticles } = await import('../ingest/read-articles.js');
  const counts = { skipped: 0 };
  const onSkip = (err: NewskgError) => {
    counts.skipped++;
    report.warn(`newskg: warning: skipped ${err.toString()}`);
  };
  return { articles: readArticles(paths, { maxBytes: flags.maxBytes, strict: flags.strict, onSkip, columns: flags.map }), counts };
}

/** The graph is written chunk by chunk (shared nodes, then each article): it is never held whole in memory. */
async function writeGraph(corpus: LinkedCorpus, flags: GraphFlags): Promise<number> {
  const [{ Iris }, { corpusQuadChunks }, { writeGraphChunks }, { writeOutputStream }, { standardPrefixes }] = await Promise.all([
    import('../rdf/iris.js'),
    import('../rdf/to-quads.js'),
    import('../rdf/write-graph.js'),
    import('../output.js'),
    import('../rdf/syntax.js'),
  ]);
  const format = flags.format ? FORMATS[flags.format] : (flags.output && formatOfFile(flags.output)) || 'turtle';
  const iris = new Iris(flags.base);
  const write = (sink: (text: string) => Promise<void>) => writeGraphChunks(corpusQuadChunks(corpus, iris), format, standardPrefixes(iris.prefixes()), sink);
  return flags.output ? writeOutputStream(flags.output, write) : write(writeStdout);
}

/** "built 40 articles, skipped 1 bad article → 21000 triples in out/graph.ttl (3.2 s)". */
function summary(started: number, what: string, skipped: number, result: string): string {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const skips = skipped > 0 ? `, skipped ${skipped} bad article${skipped === 1 ? '' : 's'}` : '';
  return `${what}${skips}${result} (${seconds} s)`;
}

export function registerBuild(program: Command): void {
  readOptions(graphOptions(program.command('build')))
    .description('extract people, organisations, outlets, statements and events from articles into an RDF graph')
    .argument('<paths...>', INPUTS)
    .option('--cache <dir>', 'keep each article\'s extraction here; later builds extract only new and changed articles (same graph)')
    .addHelpText('after', `${BAD_ARTICLES}\nExamples:\n  newskg build data/articles -o out/graph.ttl\n  newskg build corpus/ -o out/graph.ttl --cache .newskg-cache --jobs 2\n`)
    .action(async (paths: string[], flags: ReadFlags & GraphFlags & { cache?: string }) => {
      const started = Date.now();
      keepHeapLean();
      const report = progress(flags.quiet ?? false);
      const [{ extractRecords, linkCorpusOnDisk }, { ExtractionCache }] = await Promise.all([import('../pipeline.js'), import('../extract/cache.js')]);
      const { articles, counts } = await articlesOf(paths, flags, report);
      const cache = flags.cache ? await ExtractionCache.open(flags.cache) : undefined;
      const records = extractRecords(articles, {
        onArticle: (n: number, article: ArticleInput) => report.update(`extracting: ${n} articles (${article.id})`),
        jobs: flags.jobs,
        cache,
      });
      const linked = await linkCorpusOnDisk(records);
      try {
        report.update(`writing the graph of ${linked.size} articles`);
        const triples = await writeGraph(linked.corpus, flags);
        const cached = cache ? `, ${cache.hits} from the cache` : '';
        report.done(summary(started, `built ${linked.size} articles${cached}`, counts.skipped, ` → ${triples} triples${flags.output ? ` in ${flags.output}` : ''}`));
      } finally {
        linked.dispose();
      }
    });

  readOptions(program.command('extract'))
    .description('the per-article step of a build: write each article\'s extraction record (JSON Lines), for `newskg link`')
    .argument('<paths...>', INPUTS)
    .option('-o, --output <file>', 'write the records to this file (atomically) instead of stdout')
    .addHelpText('after', `${BAD_ARTICLES}\nExample (two shards, then one graph, as \`newskg build a b\` would give):\n  newskg extract shard-a/ -o a.jsonl\n  newskg extract shard-b/ -o b.jsonl\n  newskg link a.jsonl b.jsonl -o out/graph.ttl\n`)
    .action(async (paths: string[], flags: ReadFlags & { output?: string }) => {
      const started = Date.now();
      keepHeapLean();
      const report = progress(flags.quiet ?? false);
      const [{ extractRecords }, { writeOutputStream }] = await Promise.all([import('../pipeline.js'), import('../output.js')]);
      const { articles, counts } = await articlesOf(paths, flags, report);
      const write = async (sink: (text: string) => Promise<void>) => {
        let n = 0;
        for await (const record of extractRecords(articles, { jobs: flags.jobs, onArticle: (k: number, article: ArticleInput) => report.update(`extracting: ${k} articles (${article.id})`) })) {
          await sink(`${JSON.stringify(record)}\n`);
          n++;
        }
        return n;
      };
      const n = flags.output ? await writeOutputStream(flags.output, write) : await write(writeStdout);
      report.done(summary(started, `extracted ${n} articles`, counts.skipped, flags.output ? ` → ${flags.output}` : ''));
    });

  graphOptions(program.command('link'))
    .description('the corpus step of a build: read extraction records (from `newskg extract`), in order, and write the graph')
    .argument('<records...>', 'JSON Lines files written by newskg extract, in the order of the articles')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (files: string[], flags: GraphFlags) => {
      const started = Date.now();
      keepHeapLean();
      const report = progress(flags.quiet ?? false);
      const [{ linkCorpusOnDisk }, { readRecordFiles }] = await Promise.all([import('../pipeline.js'), import('../extract/records.js')]);
      const linked = await linkCorpusOnDisk(readRecordFiles(files));
      try {
        const triples = await writeGraph(linked.corpus, flags);
        report.done(summary(started, `linked ${linked.size} articles`, 0, ` → ${triples} triples${flags.output ? ` in ${flags.output}` : ''}`));
      } finally {
        linked.dispose();
      }
    });
}
