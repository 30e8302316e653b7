// Compare query results across engines and with golden files: rows as readable strings, as ordered lists or as sets.
import type { Term } from '@rdfjs/types';
import { queryPrefixes, shortIriFor } from './prefixes.js';
import type { QueryResult } from '../../src/index.js';

export function readableTerm(t: Term | undefined): string {
  if (t === undefined) return '';
  if (t.termType === 'NamedNode') return shortIriFor(t.value);
  if (t.termType === 'Literal') return t.language ? `${t.value}@${t.language}` : t.value;
  return `_:${t.termType}`;
}

/** Rows as objects of readable strings, in result order; graphs as sorted triples. */
export function readableRows(result: QueryResult): unknown {
  if (result.type === 'boolean') return result.value;
  if (result.type === 'quads') return result.quads.map((q) => [q.subject, q.predicate, q.object].map(readableTerm).join(' ')).sort();
  return result.bindings.map((row) => Object.fromEntries(result.variables.map((v) => [v, readableTerm(row.get(v))])));
}

/** The same, as a sorted list: solutions compared as a multiset, whatever order an engine returns them in. */
export function solutionSet(result: QueryResult, normalize: (v: string, value: string) => string = (_, x) => x): string[] {
  const rows = readableRows(result);
  if (!Array.isArray(rows)) return [String(rows)];
  return rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(Object.fromEntries(Object.entries(r as Record<string, string>).map(([k, v]) => [k, normalize(k, v)]))))).sort();
}

export { queryPrefixes };
