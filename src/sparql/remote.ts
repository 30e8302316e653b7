// A remote engine: any SPARQL 1.1 Protocol endpoint (Virtuoso, Fuseki, GraphDB, oxigraph server…).
import { NewskgError } from '../errors.js';
import { parseRdf } from '../rdf/syntax.js';
import { queryKind } from './parse.js';
import { parseSparqlJson } from './sparql-json.js';
import { request, type Credentials } from './http.js';
import type { QueryOptions, QueryResult, SparqlEngine } from './types.js';

export interface RemoteOptions {
  /** default-graph-uri: the graph to query (Virtuoso keeps each upload in its own graph). */
  defaultGraph?: string;
  credentials?: Credentials;
}

export class RemoteEngine implements SparqlEngine {
  constructor(
    readonly endpoint: string,
    readonly options: RemoteOptions = {},
  ) {}

  async query(text: string, options: QueryOptions = {}): Promise<QueryResult> {
    const kind = queryKind(text);
    const body = new URLSearchParams({ query: text });
    if (this.options.defaultGraph) body.set('default-graph-uri', this.options.defaultGraph);
    const accept = kind === 'quads' ? 'application/n-triples, text/turtle;q=0.9' : 'application/sparql-results+json';
    const response = await request(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
      body: body.toString(),
      timeoutMs: options.timeoutMs,
      credentials: this.options.credentials,
    });
    const text2 = await response.text();
    if (kind !== 'quads') return parseSparqlJson(text2, this.endpoint);
    const type = response.headers.get('content-type') ?? '';
    try {
      return { type: 'quads', quads: parseRdf(text2, /turtle/.test(type) ? 'turtle' : 'ntriples', this.endpoint) };
    } catch (err) {
      throw new NewskgError('EREMOTE', `${this.endpoint} sent a graph that does not parse: ${(err as Error).message}`);
    }
  }

  async update(text: string): Promise<void> {
    await request(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-update' },
      body: text,
      credentials: this.options.credentials,
    });
  }
}
