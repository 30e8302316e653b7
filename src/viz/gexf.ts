// GEXF for Gephi, through graphology-gexf, with the metrics as node attributes and weights on edges.
import gexf from 'graphology-gexf';
import type { ProjectedGraph } from '../graph/projection.js';
import { nodeStyles, type StyleOptions } from './style.js';

export function toGexf(graph: ProjectedGraph, options: StyleOptions = {}): string {
  const styles = nodeStyles(graph, options);
  const hex = (c: string) => ({ r: parseInt(c.slice(1, 3), 16), g: parseInt(c.slice(3, 5), 16), b: parseInt(c.slice(5, 7), 16) });
  return gexf.write(graph, {
    formatNode: (key, attrs) => {
      const { label, x, y, ...rest } = attrs as Record<string, unknown>;
      const s = styles.get(key)!;
      return {
        label: String(label),
        attributes: Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'string' || typeof v === 'number')),
        viz: { color: hex(s.colour), size: 5 + 20 * s.relativeSize, ...(typeof x === 'number' ? { position: { x, y: Number(y), z: 0 } } : {}) },
      };
    },
    formatEdge: (_key, attrs) => ({ weight: attrs.weight, attributes: { statements: attrs.items.length } }),
  });
}
