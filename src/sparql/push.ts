// Upload a graph to a store: SPARQL 1.1 Graph Store HTTP Protocol (PUT, then POST per batch), or SPARQL Update
// (INSERT DATA per batch) where that is all the server offers.
import { DataFactory } from '../rdf/data-factory.js';
import type { Quad } from '@rdfjs/types';
import { request, type Credentials } from './http.js';

export interface PushOptions {
  graph: string;
  /** "gsp": Graph Store Protocol (default); "update": SPARQL Update. */
  protocol?: 'gsp' | 'update';
  batchSize?: number;
  credentials?: Credentials;
  timeoutMs?: number;
  onBatch?: (sent: number, total: number) => void;
}

export const PUSH_DEFAULTS = { protocol: 'gsp' as const, batchSize: 50_000 };

/** The graph's IRI as the protocol names it: ?graph= in the standard, ?graph-uri= in Virtuoso's endpoint. */
function graphUrl(endpoint: string, graph: string): string {
  const url = new URL(endpoint);
  url.searchParams.set(url.pathname.includes('graph-crud') ? 'graph-uri' : 'graph', graph);
  return url.toString();
}

export async function pushQuads(endpoint: string, quads: readonly Quad[], options: PushOptions): Promise<number> {
  const { protocol, batchSize } = { ...PUSH_DEFAULTS, ...options };
  const { serializeQuads } = await import('../rdf/syntax.js');
  // The target graph is named by the protocol: the quads go in as triples.
  const triples = quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  let sent = 0;
  if (protocol === 'update') {
    await request(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: `CLEAR SILENT GRAPH <${options.graph}>`, credentials: options.credentials, timeoutMs: options.timeoutMs });
  }
  for (let i = 0; i < triples.length || (i === 0 && protocol === 'gsp'); i += batchSize) {
    const batch = triples.slice(i, i + batchSize);
    const nt = await serializeQuads(batch, 'ntriples');
    if (protocol === 'gsp') {
      // The first batch replaces the graph; the next ones add to it.
      await request(graphUrl(endpoint, options.graph), { method: i === 0 ? 'PUT' : 'POST', headers: { 'content-type': 'application/n-triples' }, body: nt, credentials: options.credentials, timeoutMs: options.timeoutMs });
    } else {
      await request(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: `INSERT DATA { GRAPH <${options.graph}> {\n${nt}} }`, credentials: options.credentials, timeoutMs: options.timeoutMs });
    }
    sent += batch.length;
    options.onBatch?.(sent, triples.length);
    if (triples.length === 0) break;
  }
  return sent;
}
