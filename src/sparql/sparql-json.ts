// Read SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/) into terms.
import { NewskgError } from '../errors.js';
import { fromPlain } from './terms.js';
import type { QueryResult } from './types.js';

interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings?: Record<string, JsonTerm>[] };
}

function term(t: JsonTerm) {
  switch (t.type) {
    case 'uri':
      return fromPlain({ termType: 'NamedNode', value: t.value });
    case 'bnode':
      return fromPlain({ termType: 'BlankNode', value: t.value });
    default:
      return fromPlain({ termType: 'Literal', value: t.value, language: t['xml:lang'], datatype: t.datatype });
  }
}

export function parseSparqlJson(text: string, source = 'results'): QueryResult {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch (err) {
    throw new NewskgError('EREMOTE', `${source} sent results that are not JSON: ${(err as Error).message}`);
  }
  if (typeof json.boolean === 'boolean') return { type: 'boolean', value: json.boolean };
  const variables = json.head?.vars ?? [];
  const bindings = (json.results?.bindings ?? []).map((row) => new Map(Object.entries(row).map(([k, v]) => [k, term(v)])));
  return { type: 'bindings', variables, bindings };
}
