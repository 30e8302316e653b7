// Benchmark: build throughput and memory, on N articles made from the bundled ones (names and numbers varied so that
// entities, statements and clusters grow with N). Usage: npm run bench:build -- [--articles 2000]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractCorpus, corpusQuadChunks, Iris, standardPrefixes, writeGraphChunks, type ArticleInput } from '../src/index.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' } } });
const N = Number(values.articles);
const dir = path.join(import.meta.dirname, '..', 'data', 'articles');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
const first = ['Anna', 'Paul', 'Marie', 'Hugo', 'Claire', 'Tom', 'Lena', 'Omar'];
const last = ['Verbeek', 'Morvan', 'Okonkwo', 'Lambert', 'Dumoulin', 'Marchal', 'Hale', 'Dupuis'];

/** Article i: a seed with one of its senators renamed and its numbers shifted, so the corpus is not five texts repeated. */
function* articles(): Generator<ArticleInput> {
  for (let i = 0; i < N; i++) {
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}${i % 7}`;
    const text = seeds[i % seeds.length]!.replace(/Lindsey Graham/g, name).replace(/John McCain/g, name).replace(/\b(\d) juillet/g, (_, d) => `${(Number(d) + (i % 20)) % 28 + 1} juillet`);
    yield { id: `bench-${i}.txt`, source: `bench-${i}`, text, given: { lang: 'fr', published: `2017-07-${String(10 + (i % 18)).padStart(2, '0')}` } };
  }
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const corpus = await extractCorpus(articles());
const t1 = performance.now();
// Written as `newskg build` writes it: chunk by chunk, here to a sink that only counts bytes.
const iris = new Iris();
let bytes = 0;
const triples = await writeGraphChunks(corpusQuadChunks(corpus, iris), 'turtle', standardPrefixes(iris.prefixes()), async (text) => {
  bytes += Buffer.byteLength(text);
});
const t2 = performance.now();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const statements = corpus.articles.reduce((n, a) => n + a.statements.length, 0);

const rows = [
  ['articles', String(N)],
  ['statements', String(statements)],
  ['events (merged)', String(corpus.events.length)],
  ['triples', String(triples)],
  ['Turtle', `${(bytes / 2 ** 20).toFixed(0)} MiB`],
  ['extract + resolve + cluster', `${((t1 - t0) / 1000).toFixed(1)} s`],
  ['write Turtle (streamed)', `${((t2 - t1) / 1000).toFixed(1)} s`],
  ['articles per second', (N / ((t2 - t0) / 1000)).toFixed(0)],
  ['peak RSS', `${(peakRss / 2 ** 20).toFixed(0)} MiB`],
  ['RSS per article', `${(peakRss / 2 ** 10 / N).toFixed(0)} KiB`],
];
const w = Math.max(...rows.map((r) => r[0]!.length));
console.log(`\n| ${'measure'.padEnd(w)} | value |\n|${'-'.repeat(w + 2)}|-------|`);
for (const [k, v] of rows) console.log(`| ${k!.padEnd(w)} | ${v} |`);
