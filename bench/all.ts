// The benchmark of the whole tool on generated news (bench/generate.ts), printed as one table, one column per corpus
// size: build speed and memory, graph size, load time per syntax, each stored query's latency, quality against the
// generated gold, and the ratios that say whether it scales (build ÷ a bare read-and-tokenise pass, time per article
// against the smallest size, two workers ÷ one, Comunica ÷ oxigraph).
// It measures the built package (dist/), as users run it. Usage:
//   npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--comunica 1000] [--comunica-timeout 30000] [--queries 10000] [--jobs 2]
// The graph is streamed to files, never held as one string. Past --queries articles the graph is larger than the
// embedded engine is meant to hold (load it into Virtuoso instead: README, Scale-out): load times, stored queries and
// the quality figures, which need the graph in memory, are left out there.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Parser, Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { comunicaMs } from './comunica.js';
import { EmbeddedEngine, evaluate, Iris, KINDS, listStoredQueries, prepareQuery, serializeQuads, slugify, standardPrefixes, viewGraph, type Gold } from '../dist/index.js';
import { writeCorpus } from './generate.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, comunica: { type: 'string', default: '1000' }, 'comunica-timeout': { type: 'string', default: '30000' }, jobs: { type: 'string', default: '2' }, queries: { type: 'string', default: '10000' } } });
const SIZES = values.sizes!.split(',').map(Number);
const RUNS = Number(values.runs);
const COMUNICA_UP_TO = Number(values.comunica);
const COMUNICA_TIMEOUT = Number(values['comunica-timeout']);
const QUERIES_UP_TO = Number(values.queries);
const JOBS = Number(values.jobs);

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const PEAK_RSS = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));

/** `newskg build` as users run it, in its own process: wall time and the process's peak RSS, workers included. */
function cliBuild(dir: string, output: string, jobs: number): { ms: number; peakMiB: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', PEAK_RSS, CLI, 'build', dir, '-o', output, '-q', '--jobs', String(jobs)], { encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`newskg build ${dir} failed: ${r.stderr}`);
  const kib = Number(/peak-rss-kib (\d+)/.exec(r.stderr)?.[1]);
  return { ms, peakMiB: kib / 1024 };
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/** What any reader must do: read every article file and cut its text into words. */
function barePass(dir: string): number {
  const t = performance.now();
  let words = 0;
  for (const f of readdirSync(dir)) words += readFileSync(path.join(dir, f), 'utf8').match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
  if (words < 0) throw new Error('unreachable');
  return performance.now() - t;
}

/** Lines of an N-Triples file, read in pieces: one triple each. */
function countLines(file: string): number {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let lines = 0;
  for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) for (let i = 0; i < n; i++) if (buffer[i] === 10) lines++;
  closeSync(fd);
  return lines;
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
  const dir = path.join(work, String(n));
  const corpus = writeCorpus(n, dir);
  const bare = barePass(corpus.articles);

  process.stderr.write(`${n} articles: newskg build, one thread…\n`);
  const nt = path.join(dir, 'graph.nt');
  const one = cliBuild(corpus.articles, nt, 1);
  process.stderr.write(`${n} articles: newskg build --jobs ${JOBS}…\n`);
  const parallel = cliBuild(corpus.articles, path.join(dir, 'graph-jobs.nt'), JOBS);
  rmSync(path.join(dir, 'graph-jobs.nt'));
  const triples = countLines(nt);
  const perArticle = one.ms / n;
  perArticleAtFirst ??= perArticle;

  put(col, 'articles/s (1 thread)', (n / (one.ms / 1000)).toFixed(0));
  put(col, `articles/s (--jobs ${JOBS})`, (n / (parallel.ms / 1000)).toFixed(0));
  put(col, 'peak RSS, MiB (1 thread)', one.peakMiB.toFixed(0));
  put(col, `peak RSS, MiB (--jobs ${JOBS})`, parallel.peakMiB.toFixed(0));
  put(col, 'triples', String(triples));
  put(col, 'triples/article', (triples / n).toFixed(0));
  put(col, 'build ÷ bare read-and-tokenise', `${(one.ms / bare).toFixed(0)}×`);
  put(col, `ms/article ÷ ms/article at ${SIZES[0]}`, (perArticle / perArticleAtFirst).toFixed(2));
  put(col, `--jobs ${JOBS} ÷ --jobs 1 (time)`, (parallel.ms / one.ms).toFixed(2));

  if (n > QUERIES_UP_TO) {
    rmSync(dir, { recursive: true, force: true });
    continue;
  }
  // Load: the graph as N-Triples and as Turtle, from files, as `newskg query -d` reads them.
  const quads = new Parser({ format: 'N-Triples' }).parse(readFileSync(nt, 'utf8'));
  const ttl = path.join(dir, 'graph.ttl');
  writeFileSync(ttl, await serializeQuads(quads, 'turtle', standardPrefixes(new Iris().prefixes()), { sorted: false }));
  for (const [name, file] of [['N-Triples', nt], ['Turtle', ttl]] as const) {
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) times.push(await timed(() => EmbeddedEngine.fromFiles([file])));
    put(col, `load ${name}, ms`, median(times).toFixed(0));
  }

  process.stderr.write(`${n} articles: stored queries…\n`);
  const engine = await EmbeddedEngine.fromFiles([nt]);
  // Comunica over an N3.Store, the reference engine, only on the smaller graphs: it takes minutes on large ones.
  const comunica = n <= COMUNICA_UP_TO ? { engine: new QueryEngine(), store: new Store(quads) } : undefined;
  const gold = JSON.parse(readFileSync(corpus.gold, 'utf8')) as Gold;
  // A person's parameter: the first speaker of the first story.
  const first = Object.values(gold.articles)[0]!;
  const person = `<${new Iris().entity(`person/${slugify(first.people[0]!)}`).value}>`;
  for (const q of queries) {
    const text = prepareQuery(q, q.params.filter((p) => p.required).map((p) => `${p.name}=${p.type === 'iri' ? person : '1'}`)).text;
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) times.push(await timed(() => engine.query(text)));
    const ox = median(times);
    put(col, `query ${q.name}, ms`, ox.toFixed(0));
    if (comunica) {
      const { ms, timedOut } = await comunicaMs(comunica.engine, comunica.store, text, COMUNICA_TIMEOUT);
      put(col, `query ${q.name}, comunica ÷ oxigraph`, `${timedOut ? '>' : ''}${(ms / Math.max(ox, 0.1)).toFixed(0)}×`);
    }
  }

  const report = evaluate(viewGraph(quads), gold);
  for (const kind of KINDS) put(col, `F1 ${kind}`, report[kind].f1.toFixed(3));
  rmSync(dir, { recursive: true, force: true });
}

/** Wall time of a whole `newskg` run, as a user waits for it: the median of at least five. */
function cliMs(args: string[]): number {
  const times: number[] = [];
  for (let r = 0; r < Math.max(RUNS, 5); r++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (run.status !== 0) throw new Error(`newskg ${args.join(' ')} failed: ${run.stderr}`);
  }
  return median(times);
}

process.stderr.write('start-up: newskg --help, and a stored query on the five bundled articles…\n');
const bundled = path.join(work, 'bundled.ttl');
spawnSync(process.execPath, [CLI, 'build', fileURLToPath(new URL('../data/articles', import.meta.url)), '-o', bundled, '-q']);
const startUp = { help: cliMs(['--help']), query: cliMs(['query', 'who-responded-to-whom', '-d', bundled]) };
rmSync(work, { recursive: true, force: true });

const head = ['measure (median of runs)', ...SIZES.map((n) => `${n.toLocaleString('en')} articles`)];
const rows = order.map((k) => [k, ...columns.map((c) => c.get(k) ?? '—')]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\nnewskg on generated news (bench/generate.ts, seed 7), ${RUNS} runs per query and load; node ${process.version}\n`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nnewskg --help: ${startUp.help.toFixed(0)} ms; \`newskg query who-responded-to-whom\` on the five bundled articles, end to end: ${startUp.query.toFixed(0)} ms`);
