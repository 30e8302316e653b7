// Place nodes with ForceAtlas2 from a seeded circular start: the same graph is drawn the same way every time.
// Strong gravity keeps small components (two speakers answering each other) near the rest of the picture.
import { circular } from 'graphology-layout';
import { forceAtlas2 } from './libraries.js';
import type { ProjectedGraph } from './projection.js';

export function layout(graph: ProjectedGraph, iterations = 300): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1, gravity: 1, strongGravityMode: true, scalingRatio: 10 }, getEdgeWeight: 'weight' });
}
