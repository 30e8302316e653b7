// A self-contained HTML page: the graph, its layout and its statements inline, with sigma.js bundled in.
// It opens from the file system with no server and no network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';
import { RESPONSE_KINDS, type EdgeItem, type ProjectedGraph, type ResponseKind } from '../graph/projection.js';
import { METRIC_LABELS } from '../graph/metrics.js';
import { METRIC_NAMES } from '../graph/names.js';
import { PACKAGE_ROOT } from '../paths.js';
import { maxWeight, nodeStyles, type StyleOptions } from './style.js';

/** Edge colours by kind of response (Okabe–Ito): criticism vermillion, denial purple, answer blue, reaction grey. */
export const KIND_COLOURS: Record<ResponseKind, string> = { criticism: '#D55E00', denial: '#CC79A7', answer: '#0072B2', reaction: '#9aa0a6' };

export const BROWSER_BUNDLE = path.join(PACKAGE_ROOT, 'dist', 'viz', 'browser.js');

function bundle(): string {
  try {
    return readFileSync(BROWSER_BUNDLE, 'utf8');
  } catch {
    throw new NewskgError('ENOENT', 'the page script is not built; run npm run build', { file: BROWSER_BUNDLE });
  }
}

/** JSON that can sit inside a <script> element. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function pageData(graph: ProjectedGraph, title: string, options: StyleOptions = {}) {
  const styles = nodeStyles(graph, options);
  const heaviest = maxWeight(graph);
  return {
    title,
    directed: graph.type !== 'undirected',
    nodes: graph.mapNodes((key: string, a: Record<string, unknown>) => ({
      key,
      label: String(a.label),
      type: String(a.type),
      x: Number(a.x ?? 0),
      y: Number(a.y ?? 0),
      size: 6 + 18 * styles.get(key)!.relativeSize,
      color: styles.get(key)!.colour,
      metrics: Object.fromEntries(METRIC_NAMES.filter((m) => a[m] !== undefined).map((m) => [m, a[m] as number])),
    })),
    metricLabels: METRIC_LABELS,
    kindColours: KIND_COLOURS,
    edges: graph.mapEdges((key: string, a: { weight: number; items: unknown[] }, source: string, target: string) => ({ key, source, target, weight: a.weight, size: 1 + 6 * (a.weight / heaviest), items: a.items })),
  };
}

/** The filters above the graph: dates, outlet, and for responses the kinds, each with its colour. */
function filtersHtml(graph: ProjectedGraph): string {
  const kinds = new Set(graph.mapEdges((_e: string, a: { items: EdgeItem[] }) => a.items.map((i) => i.kind)).flat());
  const kindBoxes = RESPONSE_KINDS.filter((k) => kinds.has(k))
    .map((k) => `<label><input type="checkbox" value="${k}" checked><span class="swatch" style="background:${KIND_COLOURS[k]}"></span>${k}</label>`)
    .join('');
  return `<span id="dates"><input id="from" type="range" min="0" step="1" aria-label="From date"><input id="to" type="range" min="0" step="1" aria-label="To date"> <span id="range"></span></span>
<select id="outlet" aria-label="Outlet"></select><span id="kinds">${kindBoxes}</span><span id="shown"></span>`;
}

export function toHtml(graph: ProjectedGraph, title: string, options: StyleOptions = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #202124; }
  body { display: grid; grid-template-columns: 1fr 380px; grid-template-rows: auto 1fr; height: 100vh; }
  th small { display: block; font-weight: normal; color: #5f6368; font-size: 12px; }
  header { grid-column: 1 / 3; display: flex; gap: 1em; align-items: center; padding: 8px 12px; border-bottom: 1px solid #ddd; }
  header h1 { font-size: 16px; margin: 0; flex: 1; }
  header input[type=range] { width: 90px; vertical-align: middle; }
  #range, #shown { color: #5f6368; font-size: 12px; }
  #kinds label { margin-right: 6px; white-space: nowrap; }
  .swatch { display: inline-block; width: 10px; height: 10px; margin: 0 3px; border-radius: 2px; }
  #graph { position: relative; min-height: 0; }
  #panel { overflow: auto; padding: 0 12px; border-left: 1px solid #ddd; }
  #panel ul { list-style: none; padding: 0; }
  .statement { margin: 0 0 12px; }
  .statement .who { font-weight: 600; }
  .statement blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #9aa0a6; }
  .statement .meta, .type { color: #5f6368; font-size: 12px; }
  table th { text-align: left; font-weight: normal; color: #5f6368; padding-right: 1em; }
</style>
</head>
<body>
<header><h1>${esc(title)}</h1>${filtersHtml(graph)}<input id="search" list="speakers" placeholder="Find a speaker…" aria-label="Find a speaker"><datalist id="speakers"></datalist></header>
<div id="graph"></div>
<aside id="panel"><p>Click a speaker or an arrow to read the statements behind it.</p></aside>
<script type="application/json" id="newskg-data">${inlineJson(pageData(graph, title, options))}</script>
<script>${bundle()}</script>
</body>
</html>
`;
}
