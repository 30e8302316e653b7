// The embedded engine: oxigraph's in-memory store (Rust compiled to WASM), full SPARQL 1.1.
import { promises as fs } from 'node:fs';
import oxigraph from 'oxigraph';
import type { Quad } from '@rdfjs/types';
import { NewskgError } from '../errors.js';
import { formatOfFile, MEDIA_TYPES } from '../rdf/formats.js';
import { queryKind } from './parse.js';
import { parseSparqlJson } from './sparql-json.js';
import type { QueryOptions, QueryResult, SparqlEngine } from './types.js';

const JSONLD = 'application/ld+json';

function mediaTypeOf(file: string): string {
  if (file.toLowerCase().endsWith('.jsonld')) return JSONLD;
  const format = formatOfFile(file);
  if (!format) throw new NewskgError('EUSAGE', 'unknown RDF syntax; use .ttl, .nt, .nq, .trig or .jsonld', { file });
  return MEDIA_TYPES[format];
}

/** oxigraph says "Parser error between line 3 column 9 and line 4 column 1: …": keep the message, point at the start. */
function loadError(err: unknown, file: string): NewskgError {
  const message = (err as Error).message ?? String(err);
  const m = /line (\d+) column (\d+)/.exec(message);
  return new NewskgError('EFORMAT', `bad RDF: ${message.replace(/^Parser error (?:between|at) [^:]*:\s*/, '')}`, { file, line: m ? Number(m[1]) : undefined, column: m ? Number(m[2]) : undefined });
}

export class EmbeddedEngine implements SparqlEngine {
  readonly store: oxigraph.Store;

  constructor(store: oxigraph.Store = new oxigraph.Store()) {
    this.store = store;
  }

  /** An engine over quads already in memory (a build's result). */
  static async fromQuads(quads: Iterable<Quad>): Promise<EmbeddedEngine> {
    const engine = new EmbeddedEngine();
    const { serializeQuads } = await import('../rdf/syntax.js');
    engine.store.load(await serializeQuads(quads, 'nquads', {}, { sorted: false }), { format: MEDIA_TYPES.nquads });
    return engine;
  }

  /** An engine over graph files, each parsed by oxigraph in the syntax its extension names. */
  static async fromFiles(files: readonly string[]): Promise<EmbeddedEngine> {
    const engine = new EmbeddedEngine();
    for (const file of files) await engine.loadFile(file);
    return engine;
  }

  async loadFile(file: string): Promise<void> {
    const format = mediaTypeOf(file);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      throw new NewskgError('ENOENT', 'no such graph file (build one with: newskg build data/articles -o out/graph.ttl)', { file });
    }
    try {
      this.store.load(text, { format });
    } catch (err) {
      throw loadError(err, file);
    }
  }

  /** Runs in this thread: `options.timeoutMs` needs the worker (see runQueryInWorker). */
  async query(text: string, _options: QueryOptions = {}): Promise<QueryResult> {
    const kind = queryKind(text);
    try {
      if (kind === 'quads') {
        const nt = this.store.query(text, { results_format: MEDIA_TYPES.ntriples }) as string;
        // n3's parser is loaded only for a graph result: a SELECT, the common case, starts faster without it.
        const { parseRdf } = await import('../rdf/syntax.js');
        return { type: 'quads', quads: parseRdf(nt, 'ntriples') };
      }
      return parseSparqlJson(this.store.query(text, { results_format: 'application/sparql-results+json' }) as string);
    } catch (err) {
      if (err instanceof NewskgError) throw err;
      throw new NewskgError('ESPARQL', (err as Error).message);
    }
  }

  async update(text: string): Promise<void> {
    try {
      this.store.update(text);
    } catch (err) {
      throw new NewskgError('ESPARQL', (err as Error).message);
    }
  }
}
