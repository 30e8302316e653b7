// Graph analytics: RDF → graphology projections, metrics and communities, layout.
export { project, PROJECTIONS, type ProjectionName, type ProjectionFilters, type ProjectedGraph, type EdgeItem } from './projection.js';
export { computeMetrics, seededRandom, METRIC_NAMES, METRIC_LABELS, type NodeMetrics } from './metrics.js';
export { layout } from './layout.js';
export { metricQuads } from './annotate.js';
