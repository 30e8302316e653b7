// The projections and metrics newskg offers, by name: what the command line lists in its help without loading
// graphology, oxigraph or the query engine.

/** Each projection: the stored query that makes it, and whether its edges have a direction. */
export const PROJECTIONS = {
  responses: { query: 'projection-responses', directed: true },
  'co-mentions': { query: 'projection-co-mentions', directed: false },
  'outlet-speakers': { query: 'projection-outlet-speakers', directed: true },
} as const;

export type ProjectionName = keyof typeof PROJECTIONS;

export const METRIC_NAMES = ['inDegree', 'outDegree', 'weightedInDegree', 'weightedOutDegree', 'pagerank', 'betweenness', 'community'] as const;
