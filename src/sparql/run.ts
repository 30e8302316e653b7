// Prepare a query for any engine: parse and validate it, inject prefixes, bind parameters, then run it.
import type { SparqlQuery } from 'sparqljs';
import { bindParameters, parseParamArgs } from './bind.js';
import { generateQuery, parseQuery, queryPrefixes } from './parse.js';
import type { StoredQuery } from './stored.js';
import type { QueryOptions, QueryResult, SparqlEngine } from './types.js';

export interface PreparedQuery {
  ast: SparqlQuery;
  /** Full SPARQL text with every prefix declared and every parameter bound: what engines receive. */
  text: string;
}

/** Everything that can fail about a query fails here, before any data is loaded. */
export function prepareQuery(query: Pick<StoredQuery, 'text' | 'file' | 'params'>, params: readonly string[] = [], base?: string): PreparedQuery {
  const prefixes = queryPrefixes(base);
  const ast = bindParameters(parseQuery(query.text, { file: query.file, base }), query.params, parseParamArgs(params, query.params), prefixes);
  return { ast, text: generateQuery(ast) };
}

export function runQuery(engine: SparqlEngine, prepared: PreparedQuery, options?: QueryOptions): Promise<QueryResult> {
  return engine.query(prepared.text, options);
}
