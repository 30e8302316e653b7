// Graph analytics: RDF → graphology projections, metrics and communities, layout.
export { PROJECTIONS, METRIC_NAMES, type ProjectionName } from './names.js';
export { project, RESPONSE_KINDS, responseKind, type ProjectionFilters, type ProjectedGraph, type EdgeItem, type EdgeAttributes, type NodeAttributes, type ResponseKind } from './projection.js';
export { computeMetrics, seededRandom, METRIC_LABELS, type NodeMetrics } from './metrics.js';
export { layout } from './layout.js';
export { metricQuads } from './annotate.js';
