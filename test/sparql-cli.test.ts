// The query command line, result formats parsed back by real parsers, export, and the SPARQL endpoint server.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import https from 'node:https';
import { spawn, spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { SparqlJsonParser } from 'sparqljson-parse';
import { SparqlXmlParser } from 'sparqlxml-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { buildGraph, createSparqlServer, EmbeddedEngine, formatResult, negotiate, queryPrefixes, serializeBuild, toTable } from '../src/index.js';
import { ARTICLES, ROOT, newskg } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

let dir: string;
let graph: string;
let engine: EmbeddedEngine;

beforeAll(async () => {
  dir = scratch('sparql');
  graph = path.join(dir, 'graph.ttl');
  const result = await buildGraph([ARTICLES]);
  writeFileSync(graph, await serializeBuild(result));
  engine = await EmbeddedEngine.fromQuads(result.quads);
});

const SELECT = 'SELECT ?name ?handle WHERE { ?p a nkg:Person ; schema:name ?name . OPTIONAL { ?p nkg:handle ?handle } } ORDER BY ?name ?handle';

describe('result formats, as the W3C specs write them', () => {
  it('JSON parses back with sparqljson-parse and equals what oxigraph writes', async () => {
    const out = await formatResult(await engine.query(expand(SELECT)), 'json', queryPrefixes());
    // sparqljson-parse keys its rows by variable name, without the "?".
    const parsed = new SparqlJsonParser().parseJsonResults(JSON.parse(out)) as Record<string, { value: string }>[];
    expect(new Set(parsed.map((r) => r.name!.value)).size).toBe(9);
    expect(parsed.filter((r) => r.name!.value === 'Marco Rubio').map((r) => r.handle!.value)).toEqual(['@SenRubioPress', '@marcorubio']);
    expect(JSON.parse(out)).toEqual(JSON.parse(engine.store.query(expand(SELECT), { results_format: 'json' }) as string));
  });

  it('XML parses back with sparqlxml-parse', async () => {
    const out = await formatResult(await engine.query(expand(SELECT)), 'xml', queryPrefixes());
    const rows: Record<string, { value: string }>[] = [];
    await new Promise<void>((resolve, reject) => {
      new SparqlXmlParser().parseXmlResultsStream(Readable.from([out])).on('data', (r: Record<string, { value: string }>) => rows.push(r)).on('end', resolve).on('error', reject);
    });
    expect(rows.map((r) => r.name!.value)).toContain('Judd Legum');
  });

  it('CSV is RFC 4180 with CRLF, parses back with csv-parse, and equals what oxigraph writes', async () => {
    const out = await formatResult(await engine.query(expand(SELECT)), 'csv', queryPrefixes());
    expect(out.split('\r\n')[0]).toBe('name,handle');
    const records = parseCsv(out, { columns: true }) as { name: string; handle: string }[];
    expect(records.find((r) => r.name === 'Donald Trump')?.handle).toBe('@POTUS');
    expect(out).toBe(engine.store.query(expand(SELECT), { results_format: 'csv' }));
  });

  it('TSV writes terms in SPARQL syntax and equals what oxigraph writes', async () => {
    const q = expand('SELECT ?s ?text WHERE { ?s nkg:text ?text ; nkg:speaker person:judd-legum }');
    const out = await formatResult(await engine.query(q), 'tsv', queryPrefixes());
    const [header, row] = out.trimEnd().split('\n');
    expect(header).toBe('?s\t?text');
    expect(row).toMatch(/^<https:\/\/w3id\.org\/newskg\/id\/statement\/[^>]+>\t"En d’autres termes, .*"@fr$/);
    expect(out).toBe(engine.store.query(q, { results_format: 'tsv' }));
  });

  it('CONSTRUCT and DESCRIBE give graphs that n3 and jsonld parse back', async () => {
    const construct = await engine.query(expand('CONSTRUCT { ?a nkg:respondedTo ?b } WHERE { ?a nkg:respondedTo ?b }'));
    const ttl = await formatResult(construct, 'ttl', queryPrefixes());
    expect(new Parser().parse(ttl)).toHaveLength(9);
    const nt = await formatResult(construct, 'nt', queryPrefixes());
    expect(nt.trim().split('\n')).toHaveLength(9);
    const ld = JSON.parse(await formatResult(construct, 'jsonld', queryPrefixes()));
    expect(await jsonld.toRDF(ld, { format: 'application/n-quads' })).toMatch(/respondedTo/);
    const describe = await engine.query(expand('DESCRIBE person:judd-legum'));
    expect(describe.type).toBe('quads');
  });

  it('refuses a format that does not fit the result', async () => {
    await expect(formatResult(await engine.query(expand(SELECT)), 'ttl', queryPrefixes())).rejects.toMatchObject({ code: 'EUSAGE' });
  });
});

function expand(text: string): string {
  return Object.entries(queryPrefixes()).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join('\n') + '\n' + text;
}

describe('TLS to remote endpoints', () => {
  it('is never silenced: a self-signed certificate fails the query with exit 3, naming the certificate', async () => {
    const dir = scratch('tls');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    expect(made.status, 'openssl makes a self-signed certificate').toBe(0);
    const server = https.createServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) }, (_req, res) => res.end('{"boolean": true}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    // Run in a child process, so this test's own server can answer it.
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join('dist', 'cli', 'main.js'), 'query', '-e', 'ASK { ?s ?p ?o }', '--endpoint', `https://127.0.0.1:${port}/sparql`]);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.once('exit', (status) => resolve({ status, stderr }));
    });
    server.close();
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/SELF_SIGNED|self[- ]signed|certificate/i);
  });
});

describe('credentials for remote endpoints', () => {
  it('come from the environment and are never printed: not in errors, not in --help', () => {
    const env = { ...process.env, NEWSKG_SPARQL_USER: 'alice', NEWSKG_SPARQL_PASSWORD: 'p4ss-n0t-printed' };
    const inUrl = newskg(['query', '-e', 'ASK { ?s ?p ?o }', '--endpoint', 'http://alice:p4ss-n0t-printed@127.0.0.1:9/sparql'], { env });
    expect(inUrl.status).toBe(2);
    expect(inUrl.stderr).toMatch(/no credentials in the endpoint URL/);
    const failed = newskg(['query', '-e', 'ASK { ?s ?p ?o }', '--endpoint', 'http://127.0.0.1:9/sparql'], { env });
    expect(failed.status).toBe(3);
    const pushed = newskg(['push', '--endpoint', 'http://127.0.0.1:9/store', '--graph', 'https://example.org/g', '--data', 'test/fixtures/broken-graph.ttl'], { env });
    expect(pushed.status).not.toBe(0);
    for (const r of [inUrl, failed, pushed, newskg(['push', '--help'], { env }), newskg(['query', '--help'], { env })]) {
      expect(r.stdout + r.stderr).not.toContain('p4ss-n0t-printed');
    }
  });
});

describe('tables people read', () => {
  it('fit a terminal width: long cells are cut with …, and whole when no width is given (a file, a pipe, --wide)', async () => {
    const engine = await EmbeddedEngine.fromQuads((await buildGraph([ARTICLES])).quads);
    const q = 'PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?s ?text WHERE { ?s nkg:text ?text } ORDER BY ?s LIMIT 5';
    const result = await engine.query(q);
    const fitted = toTable(result, queryPrefixes(), 80).split('\n');
    expect(Math.max(...fitted.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(fitted.some((l) => l.includes('…'))).toBe(true);
    const whole = toTable(result, queryPrefixes()).split('\n');
    expect(Math.max(...whole.map((l) => [...l].length))).toBeGreaterThan(80);
    expect(whole.some((l) => l.includes('…'))).toBe(false);
  });
});

describe('newskg query', () => {
  it('starts without the parsers, the engine and the graph libraries: each command loads what it needs when it runs', () => {
    const program = path.join(ROOT, 'dist/cli/program.js');
    const script = `await import(${JSON.stringify(program)}); const { createRequire } = await import('node:module'); console.log(Object.keys(createRequire(import.meta.url).cache).join('\\n'));`;
    const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout.split('\n');
    expect(loaded.some((f) => f.includes('/node_modules/commander/'))).toBe(true);
    expect(loaded.filter((f) => /\/node_modules\/(?:n3\/lib\/index|n3\/lib\/N3Parser|sparqljs|oxigraph|graphology|jsonld)/.test(f))).toEqual([]);
  });

  it('a graph of a few articles is queried with V8’s baseline WASM code; a large one, or one it cannot see, is not', async () => {
    const { isSmallGraph, SMALL_GRAPH_BYTES } = await import('../src/sparql/quick-start.js');
    expect(await isSmallGraph([graph])).toBe(true);
    const large = path.join(dir, 'large.nt');
    writeFileSync(large, '<http://x/s> <http://x/p> "o" .\n'.repeat(Math.ceil(SMALL_GRAPH_BYTES / 30)));
    expect(await isSmallGraph([large])).toBe(false);
    expect(await isSmallGraph([graph, path.join(dir, 'missing.ttl')])).toBe(false);
  });

  it('prints an aligned table with prefixed names by default', () => {
    const r = newskg(['query', 'most-responded-to', '--data', graph]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^person\s+name\s+responses\s+responders$/);
    expect(r.stdout).toMatch(/person:donald-trump\s+Donald Trump\s+20\s+7/);
  });

  it('writes the format named by -o’s extension, atomically', () => {
    const out = path.join(dir, 'who.csv');
    const r = newskg(['query', 'who-responded-to-whom', '--data', graph, '-p', 'person=person:sergey-lavrov', '-o', out]);
    expect(r.status).toBe(0);
    expect(parseCsv(readFileSync(out, 'utf8'), { columns: true })).toEqual([expect.objectContaining({ responder: 'White House', responded_to: 'Sergey Lavrov' })]);
  });

  it('runs ad-hoc queries with -e, and a .rq file', () => {
    expect(newskg(['query', '-e', 'ASK { person:marco-rubio nkg:respondedTo person:donald-trump }', '--data', graph, '-f', 'json']).stdout.trim()).toBe('{"head":{},"boolean":true}');
    const rq = path.join(dir, 'names.rq');
    writeFileSync(rq, 'SELECT ?n WHERE { ?o a nkg:Outlet ; schema:name ?n } ORDER BY ?n');
    expect(newskg(['query', rq, '--data', graph, '-f', 'tsv']).stdout).toContain('"CBS"');
  });

  it('lists the stored queries with their parameters', () => {
    const r = newskg(['queries']);
    expect(r.stdout).toMatch(/who-responded-to-whom\s+Who responded to whom\s+\[person\?\]/);
    expect(r.stdout).toMatch(/evidence\s+The evidence behind a node\s+\[node\]/);
  });

  it('reports malformed SPARQL as file:line:column, exit 2, before reading any data', () => {
    const rq = path.join(dir, 'bad.rq');
    writeFileSync(rq, 'SELECT ?s WHERE {\n  ?s ?p\n}\n');
    const r = newskg(['query', rq, '--data', path.join(dir, 'does-not-exist.ttl')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(new RegExp(`^newskg: ${rq.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2:6: unexpected '\\}'`));
  });

  it('names the known stored queries when asked for an unknown one', () => {
    const r = newskg(['query', 'who-said-what']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown stored query "who-said-what"; known: conflicting-claims, .*who-responded-to-whom/);
  });

  it('reports bad Turtle with file, line and column', () => {
    const bad = path.join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix a: <http://a/> .\na:x a:y "unterminated .\n');
    const r = newskg(['query', 'timeline', '--data', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.ttl:2:\d+: bad RDF/);
  });

  it('an unreachable endpoint: a clear message, exit 3, and no output file', () => {
    const out = path.join(dir, 'remote.csv');
    const r = newskg(['query', 'timeline', '--endpoint', 'http://127.0.0.1:9/sparql', '-o', out]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9\/sparql/);
    expect(existsSync(out)).toBe(false);
  });

  it('stops a query that runs too long with --timeout, exit 3', () => {
    const r = newskg(['query', '-e', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', '--data', graph, '--timeout', '300']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/query stopped after 300 ms/);
  });
});

describe('newskg export', () => {
  it.each([
    ['ttl', 'Turtle'],
    ['nt', 'N-Triples'],
    ['nq', 'N-Quads'],
    ['trig', 'TriG'],
  ])('%s parses back into the same triples, and is deterministic', (format, syntax) => {
    const a = newskg(['export', '--data', graph, '-f', format]).stdout;
    expect(newskg(['export', '--data', graph, '-f', format]).stdout).toBe(a);
    expect(new Parser({ format: syntax }).parse(a).length).toBe(new Parser().parse(readFileSync(graph, 'utf8')).length);
  });

  it('jsonld parses back with jsonld into the same number of triples', async () => {
    const out = path.join(dir, 'graph.jsonld');
    expect(newskg(['export', '--data', graph, '-f', 'jsonld', '-o', out]).status).toBe(0);
    const nquads = (await jsonld.toRDF(JSON.parse(readFileSync(out, 'utf8')), { format: 'application/n-quads' })) as unknown as string;
    expect(nquads.trim().split('\n').length).toBe(new Parser().parse(readFileSync(graph, 'utf8')).length);
    expect(readdirSync(dir).some((f) => f.startsWith('graph.jsonld.'))).toBe(false);
  });
});

describe('SPARQL endpoint server', () => {
  let base: string;
  let server: ReturnType<typeof createSparqlServer>;
  beforeAll(async () => {
    server = createSparqlServer(engine);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('answers GET with content negotiation and CORS', async () => {
    const q = encodeURIComponent(expand('SELECT ?n WHERE { ?o a nkg:Outlet ; schema:name ?n } ORDER BY ?n LIMIT 2'));
    const csv = await fetch(`${base}?query=${q}`, { headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('access-control-allow-origin')).toBe('*');
    expect(await csv.text()).toBe('n\r\nCBS\r\nCNBC\r\n');
    const json = await fetch(`${base}?query=${q}`);
    expect(json.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
  });

  it('answers POST of a form and of application/sparql-query, and graphs as Turtle', async () => {
    const form = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+xml' }, body: new URLSearchParams({ query: expand('ASK { ?s a nkg:Event }') }).toString() });
    expect(await form.text()).toContain('<boolean>true</boolean>');
    const direct = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: expand('CONSTRUCT WHERE { person:judd-legum ?p ?o }') });
    expect(direct.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(new Parser().parse(await direct.text()).length).toBeGreaterThan(2);
  });

  it('refuses updates when read-only, and bad queries with 400', async () => {
    const update = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'DELETE WHERE { ?s ?p ?o }' });
    expect(update.status).toBe(403);
    expect(engine.store.size).toBeGreaterThan(1000);
    const bad = await fetch(`${base}?query=${encodeURIComponent('SELECT WHERE')}`);
    expect(bad.status).toBe(400);
  });

  it('negotiates by q values', () => {
    expect(negotiate('text/csv;q=0.5, application/sparql-results+xml', false)).toBe('xml');
    expect(negotiate('*/*', true)).toBe('ttl');
    expect(negotiate('application/n-triples', true)).toBe('nt');
  });
});
