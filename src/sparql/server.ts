// A SPARQL 1.1 Protocol endpoint over an engine: GET and POST, content negotiation, CORS; read-only unless writable.
import http from 'node:http';
import { NewskgError } from '../errors.js';
import { parseQuery, queryPrefixes } from './parse.js';
import { formatResult, RESULT_MEDIA_TYPES, type ResultFormat } from './results.js';
import type { SparqlEngine } from './types.js';

export interface ServerOptions {
  writable?: boolean;
  timeoutMs?: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Run SERVICE clauses: the server would fetch the URLs a client names, so they are refused unless allowed. */
  allowService?: boolean;
}

/** Whether a parsed query has a SERVICE clause anywhere. */
function usesService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesService);
  if (node === null || typeof node !== 'object') return false;
  if ((node as { type?: unknown }).type === 'service') return true;
  return Object.values(node).some(usesService);
}

const BY_MEDIA_TYPE: [string, ResultFormat][] = [
  ['application/sparql-results+json', 'json'],
  ['application/json', 'json'],
  ['application/sparql-results+xml', 'xml'],
  ['application/xml', 'xml'],
  ['text/csv', 'csv'],
  ['text/tab-separated-values', 'tsv'],
  ['text/turtle', 'ttl'],
  ['application/n-triples', 'nt'],
  ['application/ld+json', 'jsonld'],
];

/** The first acceptable format of the Accept header, by its q values; JSON for solutions and Turtle for graphs by default. */
export function negotiate(accept: string | undefined, graph: boolean): ResultFormat {
  const ranges = (accept ?? '')
    .split(',')
    .map((part, i) => {
      const [type, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { type: type!.trim().toLowerCase(), q, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const fits = (f: ResultFormat) => (graph ? ['ttl', 'nt', 'jsonld'] : ['json', 'xml', 'csv', 'tsv']).includes(f);
  for (const r of ranges) {
    const hit = BY_MEDIA_TYPE.find(([t, f]) => t === r.type && fits(f));
    if (hit) return hit[1];
  }
  return graph ? 'ttl' : 'json';
}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new NewskgError('EUSAGE', `request body over ${max} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'content-type, accept' };

export function createSparqlServer(engine: SparqlEngine, options: ServerOptions = {}): http.Server {
  const prefixes = queryPrefixes();
  return http.createServer(async (req, res) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { ...CORS, 'content-type': type });
      res.end(body);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') return send(204, '');
      if (url.pathname !== '/sparql') return send(404, 'The SPARQL endpoint is /sparql\n');
      let query = url.searchParams.get('query') ?? undefined;
      let update: string | undefined;
      if (req.method === 'POST') {
        const body = await readBody(req, options.maxBodyBytes ?? 1_000_000);
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
        if (type === 'application/sparql-query') query = body;
        else if (type === 'application/sparql-update') update = body;
        else if (type === 'application/x-www-form-urlencoded') {
          const form = new URLSearchParams(body);
          query = form.get('query') ?? undefined;
          update = form.get('update') ?? undefined;
        } else return send(415, 'POST application/sparql-query, application/sparql-update or a form\n');
      } else if (req.method !== 'GET') {
        return send(405, 'GET or POST\n');
      }
      if (update !== undefined) {
        if (!options.writable || !engine.update) return send(403, 'This endpoint is read-only (start it with --writable to accept updates)\n');
        await engine.update(update);
        return send(204, '');
      }
      if (!query) return send(400, 'Give a query: ?query=… or POST it\n');
      const parsed = parseQuery(query);
      if (parsed.type === 'update') return send(403, 'Updates go in an update request, and this endpoint is read-only unless --writable\n');
      if (!options.allowService && usesService(parsed)) return send(403, 'SERVICE (federated queries) is refused: start the endpoint with --allow-service to let it fetch other endpoints\n');
      // A client that goes away stops its query.
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableEnded) gone.abort();
      });
      const result = await engine.query(query, { timeoutMs: options.timeoutMs, signal: gone.signal });
      const format = negotiate(req.headers.accept, result.type === 'quads');
      return send(200, await formatResult(result, format, prefixes), `${RESULT_MEDIA_TYPES[format]}; charset=utf-8`);
    } catch (err) {
      if (res.destroyed) return;
      const status = err instanceof NewskgError ? (err.code === 'ETIMEOUT' ? 503 : err.code === 'ETOOLARGE' ? 413 : err.exitCode === 2 ? 400 : 502) : 500;
      return send(status, `${err instanceof NewskgError ? err.toString() : (err as Error).message}\n`);
    }
  });
}
