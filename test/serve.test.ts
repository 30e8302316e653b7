// `newskg serve` under hostile and heavy use, as a separate process on loopback: queries run in a pool of threads,
// a heavy query neither blocks a light one nor outlives its time limit or its client, and what could make the
// server fetch URLs, write, or answer without bound is refused with a clear status.
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, newskg, startNewskg } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const PORT = 17000 + (process.pid % 2000);
const ENDPOINT = `http://127.0.0.1:${PORT}/sparql`;
/** Three copies of every triple of the five articles joined: billions of rows, far over any time limit here. */
const HEAVY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const LIGHT = 'ASK { ?s ?p ?o }';

const ask = (query: string, init: RequestInit = {}) => fetch(`${ENDPOINT}?query=${encodeURIComponent(query)}`, { ...init, headers: { accept: 'application/sparql-results+json' } });

describe('newskg serve', () => {
  let server: ChildProcess;
  beforeAll(async () => {
    const graph = path.join(scratch('serve'), 'graph.ttl');
    expect(newskg(['build', ARTICLES, '-o', graph, '-q']).status).toBe(0);
    // A long time limit: a heavy query that stops earlier was stopped by its client going away.
    ({ child: server } = await startNewskg(['serve', '--data', graph, '--port', String(PORT), '--workers', '2', '--timeout', '60000', '--max-results', '1000'], /SPARQL endpoint/));
  }, 30_000);
  afterAll(() => {
    server?.kill();
  });

  it('answers a light query while a heavy one runs, and stops the heavy one when its client goes away', async () => {
    const heavy = new AbortController();
    const heavyDone = ask(HEAVY, { signal: heavy.signal }).then(
      () => 'finished',
      () => 'abandoned',
    );
    const light = await ask(LIGHT);
    expect(light.status).toBe(200);
    expect(await light.json()).toMatchObject({ boolean: true });
    heavy.abort();
    expect(await heavyDone).toBe('abandoned');
    // Two more heavy queries abandoned: if abandoned work kept running, both threads would stay busy for a minute.
    for (let i = 0; i < 2; i++) {
      const c = new AbortController();
      const p = ask(HEAVY, { signal: c.signal }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      c.abort();
      await p;
    }
    const after = await ask(LIGHT);
    expect(await after.json()).toMatchObject({ boolean: true });
  }, 20_000);

  it.each([
    ['a SERVICE clause, which would make the server fetch a URL', 'SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }', 403, /SERVICE/],
    ['an update sent as a query', 'DROP ALL', 403, /read-only/],
    ['malformed SPARQL', 'SELECT * WHERE { ?s ?p }', 400, /unexpected/],
    ['a result over --max-results', 'SELECT * WHERE { ?s ?p ?o }', 413, /LIMIT/],
  ])('refuses %s', async (_name, query, status, message) => {
    const r = await ask(query);
    expect(r.status).toBe(status);
    expect(await r.text()).toMatch(message);
  });

  it('refuses an update without --writable, and a body over --max-body', async () => {
    const update = await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'CLEAR ALL' });
    expect(update.status).toBe(403);
    const huge = await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `ASK { ?s ?p ?o } #${'x'.repeat(1_100_000)}` }).catch((e: Error) => e);
    expect(huge instanceof Error || huge.status === 400).toBe(true);
    const still = await ask(LIGHT);
    expect(still.status).toBe(200);
  });
});

describe('newskg serve --timeout', () => {
  let server: ChildProcess;
  beforeAll(async () => {
    const graph = path.join(scratch('serve-timeout'), 'graph.ttl');
    expect(newskg(['build', ARTICLES, '-o', graph, '-q']).status).toBe(0);
    ({ child: server } = await startNewskg(['serve', '--data', graph, '--port', String(PORT + 1), '--workers', '1', '--timeout', '1500'], /SPARQL endpoint/));
  }, 30_000);
  afterAll(() => {
    server?.kill();
  });

  it('stops a query over the time limit with 503, and the next query is answered by a fresh thread', async () => {
    const url = (q: string) => `http://127.0.0.1:${PORT + 1}/sparql?query=${encodeURIComponent(q)}`;
    const heavy = await fetch(url(HEAVY));
    expect(heavy.status).toBe(503);
    expect(await heavy.text()).toMatch(/stopped after 1500 ms/);
    const light = await fetch(url(LIGHT), { headers: { accept: 'application/sparql-results+json' } });
    expect(await light.json()).toMatchObject({ boolean: true });
  }, 20_000);
});
