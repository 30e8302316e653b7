// Graphviz: DOT text, and SVG or PNG rendered by Graphviz's `dot` when it is installed.
import { spawnSync } from 'node:child_process';
import { NewskgError } from '../errors.js';
import type { ProjectedGraph } from '../graph/projection.js';
import { maxWeight, nodeStyles, type StyleOptions } from './style.js';

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function toDot(graph: ProjectedGraph, options: StyleOptions = {}): string {
  const styles = nodeStyles(graph, options);
  const heaviest = maxWeight(graph);
  const arrow = graph.type === 'undirected' ? '--' : '->';
  const lines = [
    `${graph.type === 'undirected' ? 'graph' : 'digraph'} newskg {`,
    '  graph [rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];',
    '  node [shape=ellipse, style=filled, fontname="Helvetica", fontcolor="white"];',
    '  edge [fontname="Helvetica", fontsize=10, color="#555555"];',
  ];
  graph.forEachNode((n, a) => {
    const s = styles.get(n)!;
    lines.push(`  ${quote(n)} [label=${quote(a.label)}, fillcolor=${quote(s.colour)}, width=${(0.8 + 1.6 * s.relativeSize).toFixed(2)}, tooltip=${quote(`${a.label} (${a.type})`)}];`);
  });
  graph.forEachEdge((_e, a, source, target) => {
    const tip = a.items.map((i) => `${i.date ? `${i.date} ` : ''}${i.outlet ?? i.article}${i.text ? `: ${i.text.slice(0, 80)}` : ''}`).join('\n');
    lines.push(`  ${quote(source)} ${arrow} ${quote(target)} [label=${quote(String(a.weight))}, penwidth=${(1 + 5 * (a.weight / heaviest)).toFixed(2)}, tooltip=${quote(tip)}];`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Render DOT with Graphviz; a clear message when Graphviz is not installed. */
export function renderDot(dot: string, format: 'svg' | 'png'): Buffer {
  const r = spawnSync('dot', [`-T${format}`], { input: dot, maxBuffer: 256 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new NewskgError('EUSAGE', `rendering ${format.toUpperCase()} needs Graphviz's "dot" (Debian: apt-get install graphviz); --format dot writes the DOT file instead`);
  }
  if (r.status !== 0) throw new NewskgError('EFORMAT', `Graphviz failed: ${r.stderr.toString().trim()}`);
  return r.stdout;
}
