// Load test of `newskg serve` on loopback, from this second process: heavy queries (a three-way cross product, far
// over the time limit) run without pause while light ones (ASK, a small SELECT) are sent four at a time; prints the
// light queries' latency. Usage: npm run bench:serve -- [--light 400] [--heavy 2]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { light: { type: 'string', default: '400' }, heavy: { type: 'string', default: '2' }, workers: { type: 'string', default: '4' } } });
const root = path.join(import.meta.dirname, '..');
const main = path.join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(path.join(tmpdir(), 'newskg-bench-serve-'));
const graph = path.join(dir, 'graph.ttl');
const port = 18000 + (process.pid % 1000);
const endpoint = `http://127.0.0.1:${port}/sparql`;

const run = (args: string[]) => new Promise<void>((resolve, reject) => spawn(process.execPath, [main, ...args], { stdio: 'ignore' }).once('exit', (c) => (c === 0 ? resolve() : reject(new Error(`exit ${c}`)))));
await run(['build', path.join(root, 'data', 'articles'), '-o', graph, '-q']);
const server = spawn(process.execPath, [main, 'serve', '--data', graph, '--port', String(port), '--workers', values.workers!, '--timeout', '3000'], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise<void>((resolve) => server.stderr!.on('data', (d: Buffer) => d.toString().includes('SPARQL endpoint') && resolve()));

const get = (q: string) => fetch(`${endpoint}?query=${encodeURIComponent(q)}`, { headers: { accept: 'application/sparql-results+json' } }).then((r) => r.text());
let stop = false;
const heavyLoops = Array.from({ length: Number(values.heavy) }, async () => {
  let n = 0;
  while (!stop) {
    await get('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }');
    n++;
  }
  return n;
});
await new Promise((r) => setTimeout(r, 300)); // let the heavy queries start
const latencies: number[] = [];
const lightQueries = ['ASK { ?s ?p ?o }', 'SELECT ?n WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n } LIMIT 5'];
let next = 0;
const total = Number(values.light);
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (next < total) {
      const q = lightQueries[next++ % lightQueries.length]!;
      const t = performance.now();
      await get(q);
      latencies.push(performance.now() - t);
    }
  }),
);
stop = true;
const heavyRuns = await Promise.all(heavyLoops);
server.kill();
rmSync(dir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
console.table([{ 'light queries': latencies.length, 'heavy running': Number(values.heavy), 'threads': Number(values.workers), 'p50 ms': at(0.5), 'p95 ms': at(0.95), 'max ms': latencies[latencies.length - 1]!.toFixed(1), 'heavy stopped': heavyRuns.reduce((a, b) => a + b, 0) }]);
