// Scale-out: push the five-article graph to a real Virtuoso (Debian's virtuoso-opensource) over the Graph Store
// Protocol with Digest authentication, and bulk-load it with Virtuoso's own loader; run every stored query there and
// compare with the embedded engine.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, EmbeddedEngine, listStoredQueries, prepareQuery, pushQuads, RemoteEngine, type BuildResult, type QueryResult, type StoredQuery } from '../src/index.js';
import { ARTICLES, newskg } from './helpers/cli.js';
import { solutionSet } from './helpers/results.js';
import { startVirtuoso, virtuosoMissing, type Virtuoso } from './helpers/virtuoso.js';

const missing = virtuosoMissing();
const GRAPH = 'https://example.org/newskg/seeds';
const DBA = { user: 'dba', password: 'dba' };
const PARAMS: Record<string, string[]> = { evidence: ['node=person:marco-rubio'] };

/**
 * Known, documented differences between engines, normalised before comparing:
 * - GROUP_CONCAT's order is left open by SPARQL;
 * - Virtuoso writes decimals and integers in its own lexical form ("0.8" for "0.80");
 * - Virtuoso types plain literals from Turtle as xsd:string, which the readable form does not show.
 */
const normalize = (name: string, value: string) => {
  if (name === 'participants') return value.split(', ').sort().join(', ');
  return /^-?\d+(\.\d+)?$/.test(value) ? String(Number(value)) : value;
};

describe.skipIf(missing !== undefined)(`Virtuoso round trip${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let virtuoso: Virtuoso;
  let build: BuildResult;
  let local: EmbeddedEngine;
  let remote: RemoteEngine;
  let queries: StoredQuery[];

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    build = await buildGraph([ARTICLES]);
    local = await EmbeddedEngine.fromQuads(build.quads);
    remote = new RemoteEngine(virtuoso.sparql, { defaultGraph: GRAPH });
    queries = await listStoredQueries();
  }, 120_000);

  afterAll(async () => {
    await virtuoso?.stop();
  });

  it('refuses an upload without credentials', async () => {
    await expect(pushQuads(virtuoso.graphStore, build.quads, { graph: GRAPH })).rejects.toMatchObject({ code: 'EREMOTE', message: expect.stringMatching(/401|403/) });
  });

  it('pushes the graph in batches through the Graph Store Protocol with Digest authentication', async () => {
    const batches: number[] = [];
    const sent = await pushQuads(virtuoso.graphStore, build.quads, { graph: GRAPH, credentials: DBA, batchSize: 1000, onBatch: (n) => batches.push(n) });
    expect(sent).toBe(build.quads.length);
    expect(batches.length).toBe(Math.ceil(build.quads.length / 1000));
    const count = async () => {
      const r = await remote.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
      return r.type === 'bindings' ? Number(r.bindings[0]!.get('n')!.value) : -1;
    };
    const expected = new Set(build.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.object.termType === 'Literal' ? q.object.language : ''}`)).size;
    expect(await count()).toBe(expected);
    // A push cut off midway (here: after three batches) and run again leaves each triple once.
    await pushQuads(virtuoso.graphStore, build.quads.slice(0, 3000), { graph: GRAPH, credentials: DBA, batchSize: 1000 });
    await pushQuads(virtuoso.graphStore, build.quads, { graph: GRAPH, credentials: DBA, batchSize: 1000 });
    expect(await count()).toBe(expected);
  });

  it('answers every stored query as the embedded engine does', async () => {
    for (const q of queries) {
      const text = prepareQuery(q, PARAMS[q.name]).text;
      const set = (r: QueryResult) => [...new Set(solutionSet(r, normalize))];
      const [ours, theirs] = [await local.query(text), await remote.query(text)];
      expect(set(theirs), q.name).toEqual(set(ours));
    }
  });

  it('documents a known gap: Virtuoso refuses an unbounded transitive path that oxigraph answers', async () => {
    const text = prepareQuery({ text: 'SELECT (COUNT(*) AS ?n) WHERE { ?a nkg:respondedTo+ ?b }', file: '-e', params: [] }).text;
    const ours = await local.query(text);
    expect(ours.type === 'bindings' && Number(ours.bindings[0]!.get('n')!.value)).toBeGreaterThan(0);
    await expect(remote.query(text)).rejects.toMatchObject({ code: 'EREMOTE', message: expect.stringMatching(/transitive start not given/) });
  });

  it('bulk-loads a build written as N-Triples with Virtuoso\'s loader (ld_dir, rdf_loader_run), and the stored queries answer there as here', async () => {
    const dir = path.join(virtuoso.loadDir, 'bulk');
    mkdirSync(dir);
    expect(newskg(['build', ARTICLES, '-o', path.join(dir, 'graph.nt'), '-q']).status).toBe(0);
    const bulk = `${GRAPH}/bulk`;
    virtuoso.isql(`ld_dir('${dir}', '*.nt', '${bulk}'); rdf_loader_run(); checkpoint;`);
    const loaded = new RemoteEngine(virtuoso.sparql, { defaultGraph: bulk });
    const count = await loaded.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    const expected = new Set(build.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.object.termType === 'Literal' ? q.object.language : ''}`)).size;
    expect(count.type === 'bindings' && Number(count.bindings[0]!.get('n')!.value)).toBe(expected);
    for (const q of queries) {
      const text = prepareQuery(q, PARAMS[q.name]).text;
      const set = (r: QueryResult) => [...new Set(solutionSet(r, normalize))];
      expect(set(await loaded.query(text)), q.name).toEqual(set(await local.query(text)));
    }
  }, 120_000);

  it('runs a stored query from the command line with --endpoint', () => {
    const r = newskg(['query', 'most-responded-to', '--endpoint', virtuoso.sparql, '--graph', GRAPH, '-f', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toBe('https://w3id.org/newskg/id/person/donald-trump,Donald Trump,20,7');
  });

  it('pushes from the command line with credentials from the environment, and reports HTTP errors with exit 3', () => {
    const env = { ...process.env, NEWSKG_SPARQL_USER: 'dba', NEWSKG_SPARQL_PASSWORD: 'Wr0ng-s3cret' };
    const bad = newskg(['push', '--endpoint', virtuoso.graphStore, '--graph', `${GRAPH}/cli`, '--data', 'test/fixtures/broken-graph.ttl'], { env });
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/answered 401/);
    expect(bad.stderr + bad.stdout).not.toContain('Wr0ng-s3cret');
  });
});
