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
  kind?: string;
}

interface PageData {
  title: string;
  directed: boolean;
  nodes: { key: string; label: string; type: string; x: number; y: number; size: number; color: string; metrics: Record<string, number | string> }[];
  metricLabels: Record<string, { label: string; help: string }>;
  edges: { key: string; source: string; target: string; weight: number; size: number; items: Item[] }[];
  kindColours: Record<string, string>;
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
  const meta = [item.kind, item.date, item.outlet ?? item.article].filter(Boolean).map((x) => esc(x!)).join(' · ');
  return `<li class="statement"><div class="who">${who}</div>${item.text ? `<blockquote lang="${esc(item.lang ?? '')}">${esc(item.text)}</blockquote>` : ''}<div class="meta">${meta}${item.outlet ? ` · ${esc(item.article)}` : ''}</div></li>`;
}

function showEdge(key: string): void {
  const e = edges.get(key)!;
  const items = shownItems(key);
  panel.innerHTML = `<h2>${esc(nodes.get(e.source)!.label)} → ${esc(nodes.get(e.target)!.label)}</h2><p>${items.length} statement${items.length === 1 ? '' : 's'}</p><ul>${items.map((i) => itemHtml(key, i)).join('')}</ul>`;
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
  const items = graph.edges(key).flatMap((e) => shownItems(e).map((i) => itemHtml(e, i)));
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

// Filters: a date range (two sliders over the dates the statements carry), an outlet, the kinds of response.
const fromInput = document.getElementById('from') as HTMLInputElement;
const toInput = document.getElementById('to') as HTMLInputElement;
const outletSelect = document.getElementById('outlet') as HTMLSelectElement;
const kindBoxes = Array.from(document.querySelectorAll<HTMLInputElement>('#kinds input'));
const allItems = data.edges.flatMap((e) => e.items);
const dates = [...new Set(allItems.map((i) => i.date?.slice(0, 10)).filter((d): d is string => Boolean(d)))].sort();
const outlets = [...new Set(allItems.map((i) => i.outlet).filter((o): o is string => Boolean(o)))].sort();
outletSelect.innerHTML = `<option value="">all outlets</option>${outlets.map((o) => `<option>${esc(o)}</option>`).join('')}`;
for (const input of [fromInput, toInput]) input.max = String(Math.max(0, dates.length - 1));
toInput.value = toInput.max;
fromInput.value = '0';
if (dates.length === 0) document.getElementById('dates')!.hidden = true;

interface Filters {
  from?: string;
  to?: string;
  outlet: string;
  kinds: Set<string>;
}

function currentFilters(): Filters {
  const [a, b] = [Number(fromInput.value), Number(toInput.value)].sort((x, y) => x - y);
  const whole = a === 0 && b === dates.length - 1;
  return { from: whole ? undefined : dates[a!], to: whole ? undefined : dates[b!], outlet: outletSelect.value, kinds: new Set(kindBoxes.filter((k) => k.checked).map((k) => k.value)) };
}

function shows(item: Item, f: Filters): boolean {
  if (f.outlet && item.outlet !== f.outlet) return false;
  if (item.kind && !f.kinds.has(item.kind)) return false;
  if (f.from || f.to) {
    const day = item.date?.slice(0, 10);
    if (!day || (f.from && day < f.from) || (f.to && day > f.to)) return false;
  }
  return true;
}

let filters = currentFilters();
const shownItems = (edgeKey: string) => edges.get(edgeKey)!.items.filter((i) => shows(i, filters));

/** The kind most of an edge's shown statements have: its colour. */
function dominantKind(items: readonly Item[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of items) if (i.kind) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
}

function applyFilters(): void {
  filters = currentFilters();
  document.getElementById('range')!.textContent = dates.length ? `${filters.from ?? dates[0]} – ${filters.to ?? dates[dates.length - 1]}` : '';
  const heaviest = Math.max(1, ...data.edges.map((e) => e.items.length));
  const linked = new Set<string>();
  let shown = 0;
  for (const e of data.edges) {
    const items = shownItems(e.key);
    const kind = dominantKind(items);
    graph.mergeEdgeAttributes(e.key, { hidden: items.length === 0, size: 1 + 6 * (items.length / heaviest), color: (kind && data.kindColours[kind]) || '#9aa0a6' });
    if (items.length > 0) {
      shown++;
      linked.add(e.source).add(e.target);
    }
  }
  graph.forEachNode((n) => graph.setNodeAttribute(n, 'hidden', !linked.has(n)));
  document.getElementById('shown')!.textContent = `${shown} of ${data.edges.length} links`;
}

for (const input of [fromInput, toInput, outletSelect, ...kindBoxes]) input.addEventListener('input', applyFilters);
applyFilters();

(window as unknown as { newskg: unknown }).newskg = { ready: true, graph, renderer, showNode, showEdge, applyFilters };
