// Node metrics from graphology's own libraries: degrees, weighted degrees, PageRank, betweenness, Louvain communities.
import { weightedInDegree, weightedOutDegree, weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import { betweenness, louvain, pagerank } from './libraries.js';
import type { ProjectedGraph } from './projection.js';
import { pushTo } from '../collections.js';
import { METRIC_NAMES } from './names.js';

export interface NodeMetrics {
  node: string;
  label: string;
  type: string;
  inDegree: number;
  outDegree: number;
  weightedInDegree: number;
  weightedOutDegree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

export const METRICS_DEFAULTS = { seed: 1 };

/** Each metric for people reading the picture: a name, and one line saying what it measures. */
export const METRIC_LABELS: Record<(typeof METRIC_NAMES)[number], { label: string; help: string }> = {
  inDegree: { label: 'Responded to by', help: 'how many others responded to this one' },
  outDegree: { label: 'Responded to', help: 'how many others this one responded to' },
  weightedInDegree: { label: 'Responses received', help: 'statements by others that respond to this one' },
  weightedOutDegree: { label: 'Responses given', help: 'statements by this one that respond to others' },
  pagerank: { label: 'Centrality (PageRank)', help: 'how much the responses lead here, counting who responds' },
  betweenness: { label: 'Bridging (betweenness)', help: 'how often this one lies on the shortest path between two others' },
  community: { label: 'Community', help: 'the group it is most connected within (Louvain)' },
};

/** mulberry32: a small seeded generator, so communities come out the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Compute every metric, write it into the nodes' attributes, and return one row per node, highest PageRank first. */
export function computeMetrics(graph: ProjectedGraph, options = METRICS_DEFAULTS): NodeMetrics[] {
  if (graph.order === 0) return [];
  const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
  const between = betweenness(graph, { normalized: true });
  const communities = louvain(graph, { rng: seededRandom(options.seed), getEdgeWeight: 'weight' });
  // Louvain numbers communities in the order it meets them; renumber by size, then by first node, for stable colours.
  const bySize = new Map<number, string[]>();
  graph.forEachNode((n: string) => pushTo(bySize, communities[n]!, n));
  const order = [...bySize.entries()].sort((a: [number, string[]], b: [number, string[]]) => b[1].length - a[1].length || a[1][0]!.localeCompare(b[1][0]!)).map(([c]) => c);
  const rows = graph.mapNodes((node: string, attrs: { label: string; type: string }): NodeMetrics => {
    const directed = graph.type === 'directed';
    return {
      node,
      label: attrs.label,
      type: attrs.type,
      inDegree: directed ? graph.inDegree(node) : graph.degree(node),
      outDegree: directed ? graph.outDegree(node) : graph.degree(node),
      weightedInDegree: directed ? weightedInDegree(graph, node, 'weight') : weightedDegree(graph, node, 'weight'),
      weightedOutDegree: directed ? weightedOutDegree(graph, node, 'weight') : weightedDegree(graph, node, 'weight'),
      pagerank: ranks[node]!,
      betweenness: between[node]!,
      community: order.indexOf(communities[node]!),
    };
  });
  for (const row of rows) for (const m of METRIC_NAMES) graph.setNodeAttribute(row.node, m, row[m]);
  return rows.sort((a, b) => b.pagerank - a.pagerank || a.label.localeCompare(b.label));
}
