// The benchmark of the whole tool on generated news (bench/generate.ts), printed as one table, one column per corpus
// size: build speed and memory, graph size, load time per syntax, each stored query's latency, quality against the
// generated gold, and the ratios that say whether it scales (build ÷ a bare read-and-tokenise pass, time per article
// against the smallest size, two workers ÷ one, Comunica ÷ oxigraph).
// It measures the built package (dist/), as users run it. Usage: npm run bench -- [--sizes 1000,10000] [--runs 3] [--comunica 1000] [--jobs 2]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import {
  corpusQuadChunks,
  corpusToQuads,
  EmbeddedEngine,
  evaluate,
  extractCorpus,
  Iris,
  KINDS,
  listStoredQueries,
  prepareQuery,
  slugify,
  standardPrefixes,
  viewGraph,
  writeGraphChunks,
  type ArticleInput,
  type Gold,
} from '../dist/index.js';
import { generateCorpus } from './generate.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, comunica: { type: 'string', default: '1000' }, jobs: { type: 'string', default: '2' } } });
const SIZES = values.sizes!.split(',').map(Number);
const RUNS = Number(values.runs);
const COMUNICA_UP_TO = Number(values.comunica);
const JOBS = Number(values.jobs);

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const articlesOf = (n: number): ArticleInput[] => [...generateCorpus(n).articles].map((g) => g.article);

/** Peak RSS while `run` runs, sampled every 20 ms. */
async function measured<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; peak: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const value = await run();
  const ms = performance.now() - t;
  clearInterval(sampler);
  return { value, ms, peak: Math.max(peak, process.memoryUsage().rss) };
}

/** What any reader must do: read every article's text and cut it into words. */
function barePass(articles: readonly ArticleInput[]): number {
  const t = performance.now();
  let words = 0;
  for (const a of articles) words += a.text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
  if (words < 0) throw new Error('unreachable');
  return performance.now() - t;
}

async function comunicaMs(engine: QueryEngine, store: Store, text: string): Promise<number> {
  const t = performance.now();
  const result = await engine.query(text, { sources: [store] });
  const execution = await result.execute();
  if (typeof execution === 'object' && execution !== null && 'toArray' in execution) await (execution as { toArray(): Promise<unknown[]> }).toArray();
  return performance.now() - t;
}

type Column = Map<string, string>;
const columns: Column[] = [];
const order: string[] = [];
const put = (col: Column, key: string, value: string) => {
  if (!order.includes(key)) order.push(key);
  col.set(key, value);
};
let perArticleAtFirst: number | undefined;
const queries = await listStoredQueries();
const work = mkdtempSync(path.join(tmpdir(), 'newskg-bench-'));

for (const n of SIZES) {
  const col: Column = new Map();
  columns.push(col);
  process.stderr.write(`${n} articles: generating…\n`);
  const generated = generateCorpus(n);
  const all = [...generated.articles];
  const gold: Gold = { entities: generated.entities, articles: Object.fromEntries(all.map((g) => [g.article.id, g.gold])) };
  const articles = all.map((g) => g.article);
  const bare = barePass(articles);

  process.stderr.write(`${n} articles: building on one thread…\n`);
  const iris = new Iris();
  let ntriples = '';
  const one = await measured(async () => {
    const corpus = await extractCorpus(articles);
    const chunks: string[] = [];
    const triples = await writeGraphChunks(corpusQuadChunks(corpus, iris), 'ntriples', standardPrefixes(iris.prefixes()), async (text) => {
      chunks.push(text);
    });
    ntriples = chunks.join('');
    return { corpus, triples };
  });
  process.stderr.write(`${n} articles: building on ${JOBS} workers…\n`);
  const parallel = await measured(() => extractCorpus(articlesOf(n), { jobs: JOBS }));
  const perArticle = one.ms / n;
  perArticleAtFirst ??= perArticle;

  put(col, 'articles/s (1 thread)', (n / (one.ms / 1000)).toFixed(0));
  put(col, `articles/s (--jobs ${JOBS})`, (n / (parallel.ms / 1000)).toFixed(0));
  put(col, 'peak RSS, MiB', (one.peak / 2 ** 20).toFixed(0));
  put(col, 'triples', String(one.value.triples));
  put(col, 'triples/article', (one.value.triples / n).toFixed(0));
  put(col, 'build ÷ bare read-and-tokenise', `${(one.ms / bare).toFixed(0)}×`);
  put(col, `ms/article ÷ ms/article at ${SIZES[0]}`, (perArticle / perArticleAtFirst).toFixed(2));
  put(col, `--jobs ${JOBS} ÷ --jobs 1 (time)`, (parallel.ms / one.ms).toFixed(2));

  // Load: the graph as N-Triples and as Turtle, from files, as `newskg query -d` reads them.
  const nt = path.join(work, `g${n}.nt`);
  writeFileSync(nt, ntriples);
  const ttl = path.join(work, `g${n}.ttl`);
  const chunks: string[] = [];
  await writeGraphChunks(corpusQuadChunks(one.value.corpus, iris), 'turtle', standardPrefixes(iris.prefixes()), async (t) => {
    chunks.push(t);
  });
  writeFileSync(ttl, chunks.join(''));
  for (const [name, file] of [['N-Triples', nt], ['Turtle', ttl]] as const) {
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) times.push((await measured(() => EmbeddedEngine.fromFiles([file]))).ms);
    put(col, `load ${name}, ms`, median(times).toFixed(0));
  }

  process.stderr.write(`${n} articles: stored queries…\n`);
  const engine = await EmbeddedEngine.fromFiles([nt]);
  const quads = corpusToQuads(one.value.corpus, iris);
  // Comunica over an N3.Store, the reference engine, only on the smaller graphs: it takes minutes on large ones.
  const comunica = n <= COMUNICA_UP_TO ? { engine: new QueryEngine(), store: new Store(quads) } : undefined;
  // A person's parameter: the first speaker of the first story.
  const person = `<${iris.entity(`person/${slugify(gold.articles[articles[0]!.id]!.people[0]!)}`).value}>`;
  for (const q of queries) {
    const text = prepareQuery(q, q.params.filter((p) => p.required).map((p) => `${p.name}=${p.type === 'iri' ? person : '1'}`)).text;
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) times.push((await measured(() => engine.query(text))).ms);
    const ox = median(times);
    put(col, `query ${q.name}, ms`, ox.toFixed(0));
    if (comunica) put(col, `query ${q.name}, comunica ÷ oxigraph`, `${((await comunicaMs(comunica.engine, comunica.store, text)) / Math.max(ox, 0.1)).toFixed(0)}×`);
  }

  const report = evaluate(viewGraph(quads), gold);
  for (const kind of KINDS) put(col, `F1 ${kind}`, report[kind].f1.toFixed(3));
}
rmSync(work, { recursive: true, force: true });

const head = ['measure (median of runs)', ...SIZES.map((n) => `${n.toLocaleString('en')} articles`)];
const rows = order.map((k) => [k, ...columns.map((c) => c.get(k) ?? '—')]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\nnewskg on generated news (bench/generate.ts, seed 7), ${RUNS} runs per query and load; node ${process.version}\n`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
