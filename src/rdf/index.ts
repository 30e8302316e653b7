// RDF: extraction to quads, syntaxes in and out, SHACL validation.
export { Iris, articleSlug } from './iris.js';
export { corpusToQuads, corpusQuadChunks, dateLiteral } from './to-quads.js';
export { serializeQuads, parseRdf, readRdfFile, sortQuads, standardPrefixes } from './syntax.js';
export { formatOfFile, MEDIA_TYPES, type RdfFormat } from './formats.js';
export { validateQuads, SHAPES_FILE, type ShaclReport, type ShaclViolation } from './shacl.js';
export { writeGraphChunks } from './write-graph.js';
