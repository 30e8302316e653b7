// newskg: build an RDF knowledge graph of news (people, statements, outlets, events, responses) and query it.
export { buildGraph, extractCorpus, extractRecords, linkCorpus, linkCorpusOnDisk, serializeBuild, type BuildOptions, type BuildResult, type SpooledCorpus } from './pipeline.js';
export { ExtractionCache } from './extract/cache.js';
export { readRecordFiles, type ExtractionRecord } from './extract/records.js';
export { NewskgError, type ErrorCode, type ErrorContext } from './errors.js';
export * from './ingest/index.js';
export * from './extract/index.js';
export * from './rdf/index.js';
export * from './eval/index.js';
export * from './sparql/index.js';
export * from './graph/index.js';
export * from './viz/index.js';
export { writeOutputFile, writeOutputStream } from './output.js';
export * as vocab from './vocab.js';
