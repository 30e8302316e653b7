// SPARQL: parse and bind queries, run them on the embedded store or a remote endpoint, write the results.
export type { QueryResult, SparqlEngine, QueryOptions, Bindings } from './types.js';
export { parseQuery, generateQuery, queryPrefixes, queryKind } from './parse.js';
export { listStoredQueries, resolveQuery, parseStoredQuery, type StoredQuery, type ParamSpec } from './stored.js';
export { bindParameters, paramTerm } from './bind.js';
export { prepareQuery, runQuery, type PreparedQuery } from './run.js';
export { EmbeddedEngine } from './embedded.js';
export { QueryPool, type PoolOptions } from './pool.js';
export { RemoteEngine } from './remote.js';
export { pushQuads } from './push.js';
export { credentialsFromEnv } from './http.js';
export { formatResult, toSparqlJson, toSparqlXml, toCsv, toTsv, toTable, toJsonLd, shortIri, RESULT_MEDIA_TYPES, type ResultFormat } from './results.js';
export { createSparqlServer, negotiate } from './server.js';
export { parseSparqlJson } from './sparql-json.js';
