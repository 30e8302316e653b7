// Write node metrics back into the RDF graph as annotations on the nodes.
import { DataFactory } from '../rdf/data-factory.js';
import type { Quad } from '@rdfjs/types';
import { nkg } from '../vocab.js';
import { decimalLiteral, intLiteral } from '../rdf/to-quads.js';
import type { NodeMetrics } from './metrics.js';

const { namedNode, quad } = DataFactory;

export function metricQuads(metrics: readonly NodeMetrics[]): Quad[] {
  return metrics.flatMap((m) => {
    const node = namedNode(m.node);
    return [
      quad(node, nkg.inDegree, intLiteral(m.inDegree)),
      quad(node, nkg.outDegree, intLiteral(m.outDegree)),
      quad(node, nkg.responsesReceived, intLiteral(m.weightedInDegree)),
      quad(node, nkg.pageRank, DataFactory.literal(m.pagerank.toFixed(6), decimalLiteral(0).datatype)),
      quad(node, nkg.betweenness, DataFactory.literal(m.betweenness.toFixed(6), decimalLiteral(0).datatype)),
      quad(node, nkg.community, intLiteral(m.community)),
    ];
  });
}
