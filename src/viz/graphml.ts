// GraphML for Cytoscape, yEd and Gephi: every node metric and edge weight as a declared key.
import type { ProjectedGraph } from '../graph/projection.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type KeyType = 'string' | 'double' | 'int';

function keyType(values: unknown[]): KeyType | undefined {
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  if (values.every((v) => typeof v === 'string')) return 'string';
  return undefined;
}

export function toGraphml(graph: ProjectedGraph): string {
  const nodeKeys = new Map<string, KeyType>();
  const names = new Set(graph.nodes().flatMap((n) => Object.keys(graph.getNodeAttributes(n))));
  for (const name of [...names].sort()) {
    const t = keyType(graph.nodes().map((n) => graph.getNodeAttribute(n, name)));
    if (t) nodeKeys.set(name, t);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [name, t] of nodeKeys) out.push(`  <key id="${esc(name)}" for="node" attr.name="${esc(name)}" attr.type="${t}"/>`);
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>', '  <key id="statements" for="edge" attr.name="statements" attr.type="string"/>');
  out.push(`  <graph id="newskg" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`);
  graph.forEachNode((n, a) => {
    const data = [...nodeKeys.keys()].map((k) => `<data key="${esc(k)}">${esc(String((a as Record<string, unknown>)[k]))}</data>`).join('');
    out.push(`    <node id="${esc(n)}">${data}</node>`);
  });
  graph.forEachEdge((e, a, s, t) => {
    const texts = a.items.map((i) => i.text ?? i.article).join(' | ');
    out.push(`    <edge id="${esc(e)}" source="${esc(s)}" target="${esc(t)}"><data key="weight">${a.weight}</data><data key="statements">${esc(texts)}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
