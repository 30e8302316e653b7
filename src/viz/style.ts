// How nodes and edges look in every format: colour by community or type, size by a metric, width by weight.
import type { ProjectedGraph } from '../graph/projection.js';

/** Colour-blind-safe qualitative palette (Okabe–Ito), then Tableau's. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000', '#4E79A7', '#F28E2B', '#59A14F', '#B07AA1'];
export const TYPE_COLOURS: Record<string, string> = { Person: '#0072B2', Organisation: '#E69F00', Outlet: '#009E73', Place: '#999999' };

export type ColourBy = 'community' | 'type';

export interface StyleOptions {
  colourBy?: ColourBy;
  /** Node attribute that sets the size: pagerank, inDegree, weightedInDegree… */
  sizeBy?: string;
}

export const STYLE_DEFAULTS: Required<StyleOptions> = { colourBy: 'community', sizeBy: 'weightedInDegree' };

export interface NodeStyle {
  colour: string;
  /** 0 to 1: the node's share of the largest value of the size metric. */
  relativeSize: number;
}

export function nodeStyles(graph: ProjectedGraph, options: StyleOptions = {}): Map<string, NodeStyle> {
  const { colourBy, sizeBy } = { ...STYLE_DEFAULTS, ...options };
  const value = (n: string) => Number(graph.getNodeAttribute(n, sizeBy) ?? 0);
  const max = Math.max(1e-9, ...graph.nodes().map(value));
  return new Map(
    graph.nodes().map((n) => {
      const attrs = graph.getNodeAttributes(n);
      const colour = colourBy === 'type' ? TYPE_COLOURS[attrs.type] ?? '#999999' : PALETTE[Number(attrs.community ?? 0) % PALETTE.length]!;
      return [n, { colour, relativeSize: value(n) / max }];
    }),
  );
}

export function maxWeight(graph: ProjectedGraph): number {
  return Math.max(1, ...graph.mapEdges((_e: string, a: { weight: number }) => a.weight));
}
