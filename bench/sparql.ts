// Benchmark: median latency of every stored query on oxigraph (the embedded engine) and Comunica over an N3.Store,
// on a generated news graph of the ontology's shape.
// Usage: npm run bench -- [--triples 1000000] [--runs 3] [--comunica-timeout 60000] [--only name,name]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DataFactory, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { comunicaMs } from './comunica.js';
import { EmbeddedEngine, listStoredQueries, prepareQuery } from '../src/index.js';
import { DEFAULT_BASE, NS } from '../src/vocab.js';

const { values } = parseArgs({ options: { triples: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' }, 'comunica-timeout': { type: 'string', default: '60000' }, only: { type: 'string' } } });
const TARGET = Number(values.triples);
const RUNS = Number(values.runs);
const COMUNICA_TIMEOUT = Number(values['comunica-timeout']);

const { namedNode: iri, literal, quad } = DataFactory;
const nkg = (l: string) => iri(`${NS.nkg}${l}`);
const schema = (l: string) => iri(`${NS.schema}${l}`);
const type = iri(`${NS.rdf}type`);
const int = (n: number) => literal(String(n), iri(`${NS.xsd}integer`));
const dec = (n: number) => literal(n.toFixed(2), iri(`${NS.xsd}decimal`));
const date = (d: number) => literal(`2017-0${1 + (d % 9)}-${String(1 + (d % 28)).padStart(2, '0')}`, iri(`${NS.xsd}date`));

/** A deterministic pseudo-random sequence, so every run measures the same graph. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Articles by outlets, people making statements reported by several articles, responses and dated events. */
function generate(target: number): Quad[] {
  const r = rng(42);
  const quads: Quad[] = [];
  const add = (s: ReturnType<typeof iri>, p: ReturnType<typeof iri>, o: Parameters<typeof quad>[2]) => quads.push(quad(s, p, o));
  const people = Math.max(50, Math.round(target / 2000));
  const outlets = 40;
  for (let p = 0; p < people; p++) {
    add(iri(`${DEFAULT_BASE}person/p${p}`), type, nkg('Person'));
    add(iri(`${DEFAULT_BASE}person/p${p}`), schema('name'), literal(`Person ${p}`));
  }
  for (let o = 0; o < outlets; o++) {
    add(iri(`${DEFAULT_BASE}outlet/o${o}`), type, nkg('Outlet'));
    add(iri(`${DEFAULT_BASE}outlet/o${o}`), schema('name'), literal(`Outlet ${o}`));
  }
  let a = 0;
  while (quads.length < target) {
    const article = iri(`${DEFAULT_BASE}article/a${a}`);
    add(article, type, nkg('Article'));
    add(article, nkg('fileName'), literal(`a${a}.txt`));
    add(article, nkg('publishedBy'), iri(`${DEFAULT_BASE}outlet/o${r(outlets)}`));
    add(article, nkg('publicationDate'), date(a));
    const statements: ReturnType<typeof iri>[] = [];
    for (let k = 0; k < 4; k++) {
      const s = iri(`${DEFAULT_BASE}statement/a${a}-${k}`);
      const speaker = iri(`${DEFAULT_BASE}person/p${r(people)}`);
      statements.push(s);
      add(s, type, nkg('Statement'));
      add(s, nkg('text'), literal(`Statement ${k} of article ${a} on topic ${r(500)}`, k % 2 ? 'en' : 'fr'));
      add(s, nkg('kind'), literal(k % 3 ? 'direct' : 'indirect'));
      add(s, nkg('reportedIn'), article);
      add(s, nkg('speaker'), speaker);
      add(s, nkg('statementDate'), date(a + k));
      add(s, nkg('inCluster'), iri(`${DEFAULT_BASE}cluster/c${r(Math.max(10, a))}`));
      add(s, nkg('confidence'), dec(0.5 + r(50) / 100));
      const span = iri(`${DEFAULT_BASE}span/a${a}-${k}`);
      add(s, nkg('evidence'), span);
      add(span, type, nkg('Evidence'));
      add(span, nkg('inArticle'), article);
      add(span, nkg('start'), int(k * 100));
      add(span, nkg('end'), int(k * 100 + 80));
      add(span, nkg('exactText'), literal(`words ${a} ${k}`));
      add(article, nkg('mentions'), speaker);
    }
    for (let k = 1; k < statements.length; k++) {
      const response = iri(`${DEFAULT_BASE}response/a${a}-${k}`);
      add(statements[k]!, nkg('respondsTo'), statements[k - 1]!);
      add(response, type, nkg('Response'));
      add(response, nkg('responseFrom'), statements[k]!);
      add(response, nkg('responseTo'), statements[k - 1]!);
      add(response, nkg('confidence'), dec(0.7));
      add(response, nkg('extractor'), literal('responses/bench'));
    }
    if (a % 10 === 0) {
      const event = iri(`${DEFAULT_BASE}event/e${a}`);
      add(event, type, nkg('Event'));
      add(event, nkg('eventType'), literal(['meeting', 'proposal', 'denial'][r(3)]!));
      add(event, nkg('eventDate'), date(a));
      add(event, nkg('participant'), iri(`${DEFAULT_BASE}person/p${r(people)}`));
      add(event, nkg('evidence'), iri(`${DEFAULT_BASE}span/a${a}-0`));
    }
    a++;
  }
  return quads;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

async function time(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

const quads = generate(TARGET);
process.stderr.write(`generated ${quads.length} triples\n`);
let t = performance.now();
const oxi = await EmbeddedEngine.fromQuads(quads);
const oxiLoad = performance.now() - t;
t = performance.now();
const store = new Store(quads);
const n3Load = performance.now() - t;
const qe = new QueryEngine();

const rows: string[][] = [];
for (const q of await listStoredQueries()) {
  if (values.only && !values.only.split(',').includes(q.name)) continue;
  const params = q.params.filter((p) => p.required).map((p) => `${p.name}=${p.type === 'iri' ? `<${DEFAULT_BASE}person/p1>` : '1'}`);
  const text = prepareQuery(q, params).text;
  const oxTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) oxTimes.push(await time(() => oxi.query(text)));
  const coTimes: number[] = [];
  let timedOut = false;
  for (let i = 0; i < RUNS && !timedOut; i++) {
    const run = await comunicaMs(qe, store, text, COMUNICA_TIMEOUT);
    timedOut = run.timedOut;
    coTimes.push(run.ms);
  }
  const ox = median(oxTimes);
  const co = timedOut ? Infinity : median(coTimes);
  rows.push([q.name, ox.toFixed(1), timedOut ? `>${COMUNICA_TIMEOUT}` : co.toFixed(1), timedOut ? `>${(COMUNICA_TIMEOUT / ox).toFixed(0)}×` : `${(co / ox).toFixed(1)}×`]);
  process.stderr.write(`${q.name} done\n`);
}

const header = ['stored query', 'oxigraph ms', 'comunica ms', 'comunica / oxigraph'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\n${quads.length} triples, median of ${RUNS} runs; load: oxigraph ${oxiLoad.toFixed(0)} ms, N3.Store ${n3Load.toFixed(0)} ms\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
