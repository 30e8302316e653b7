// What every SPARQL engine answers, whatever runs the query: solutions, quads or a boolean.
import type { Quad, Term } from '@rdfjs/types';

export type Bindings = ReadonlyMap<string, Term>;

export type QueryResult =
  | { type: 'bindings'; variables: string[]; bindings: Bindings[] }
  | { type: 'quads'; quads: Quad[] }
  | { type: 'boolean'; value: boolean };

export interface QueryOptions {
  /** Stop the query after this many milliseconds. */
  timeoutMs?: number;
  /** Stop the query when this aborts (its client went away). */
  signal?: AbortSignal;
}

/** The one interface the embedded store and a remote endpoint both implement. */
export interface SparqlEngine {
  query(text: string, options?: QueryOptions): Promise<QueryResult>;
  /** Read-only engines refuse updates. */
  update?(text: string): Promise<void>;
}
