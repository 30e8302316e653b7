// The interactive page: sigma.js draws the graph laid out by newskg; a click shows the statements behind a node or an
// edge; the search box finds a speaker. Bundled by esbuild into every HTML file newskg writes: no network needed.
import Graph from 'graphology';
import Sigma from 'sigma';

interface Item {
  text?: string;
  lang?: string;
  date?: string;
  outlet?: string;
  article: string;
}

interface PageData {
  title: string;
  directed: boolean;
  nodes: { key: string; label: string; type: string; x: number; y: number; size: number; color: string; metrics: Record<string, number | string> }[];
  metricLabels: Record<string, { label: string; help: string }>;
  edges: { key: string; source: string; target: string; weight: number; size: number; items: Item[] }[];
}

const data = JSON.parse(document.getElementById('newskg-data')!.textContent!) as PageData;
const graph = new Graph({ type: data.directed ? 'directed' : 'undirected' });
for (const n of data.nodes) graph.addNode(n.key, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.label });
for (const e of data.edges) graph.addEdgeWithKey(e.key, e.source, e.target, { size: e.size, color: '#9aa0a6', type: data.directed ? 'arrow' : 'line' });

const container = document.getElementById('graph')!;
const panel = document.getElementById('panel')!;
const renderer = new Sigma(graph, container, { enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 0, labelSize: 14, stagePadding: 90, defaultEdgeType: data.directed ? 'arrow' : 'line' });
const nodes = new Map(data.nodes.map((n) => [n.key, n]));
const edges = new Map(data.edges.map((e) => [e.key, e]));

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function itemHtml(edgeKey: string, item: Item): string {
  const e = edges.get(edgeKey)!;
  const who = `${esc(nodes.get(e.source)!.label)} → ${esc(nodes.get(e.target)!.label)}`;
  const meta = [item.date, item.outlet ?? item.article].filter(Boolean).map((x) => esc(x!)).join(' · ');
  return `<li class="statement"><div class="who">${who}</div>${item.text ? `<blockquote lang="${esc(item.lang ?? '')}">${esc(item.text)}</blockquote>` : ''}<div class="meta">${meta}${item.outlet ? ` · ${esc(item.article)}` : ''}</div></li>`;
}

function showEdge(key: string): void {
  const e = edges.get(key)!;
  panel.innerHTML = `<h2>${esc(nodes.get(e.source)!.label)} → ${esc(nodes.get(e.target)!.label)}</h2><p>${e.weight} statement${e.weight === 1 ? '' : 's'}</p><ul>${e.items.map((i) => itemHtml(key, i)).join('')}</ul>`;
}

/** Show a node's statements; `focus` also moves the view to it (when it was searched for, not clicked). */
function showNode(key: string, focus = false): void {
  const n = nodes.get(key)!;
  const metrics = Object.entries(n.metrics)
    .map(([k, v]) => {
      const name = data.metricLabels[k] ?? { label: k, help: '' };
      return `<tr><th>${esc(name.label)}<small>${esc(name.help)}</small></th><td>${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : esc(String(v))}</td></tr>`;
    })
    .join('');
  const items = graph.edges(key).flatMap((e) => edges.get(e)!.items.map((i) => itemHtml(e, i)));
  panel.innerHTML = `<h2>${esc(n.label)}</h2><p class="type">${esc(n.type)}</p><table>${metrics}</table><h3>Statements</h3><ul>${items.join('')}</ul>`;
  const pos = focus ? renderer.getNodeDisplayData(key) : undefined;
  if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y }, { duration: 300 });
}

renderer.on('clickNode', ({ node }) => showNode(node));
renderer.on('clickEdge', ({ edge }) => showEdge(edge));

const search = document.getElementById('search') as HTMLInputElement;
const options = document.getElementById('speakers')!;
options.innerHTML = data.nodes.map((n) => `<option value="${esc(n.label)}"></option>`).join('');
search.addEventListener('change', () => {
  const wanted = search.value.trim().toLowerCase();
  const hit = data.nodes.find((n) => n.label.toLowerCase() === wanted) ?? data.nodes.find((n) => n.label.toLowerCase().includes(wanted));
  if (hit) showNode(hit.key, true);
});

(window as unknown as { newskg: unknown }).newskg = { ready: true, graph, renderer, showNode, showEdge };
