// Visualisation: the projected graph as DOT/SVG/PNG, GEXF, GraphML, JSON, or an interactive HTML page.
export { toDot, renderDot } from './dot.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toHtml, pageData, BROWSER_BUNDLE } from './html.js';
export { nodeStyles, PALETTE, TYPE_COLOURS, type StyleOptions, type ColourBy } from './style.js';
