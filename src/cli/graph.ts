// `newskg graph` and `newskg stats`: project the graph with graphology, measure it, and draw it.
import { appendAll } from '../collections.js';
import path from 'node:path';
import type { Command } from 'commander';
import { NewskgError } from '../errors.js';
import type { Quad } from '@rdfjs/types';
import type { NodeMetrics } from '../graph/metrics.js';
import { METRIC_NAMES, PROJECTIONS, type ProjectionName } from '../graph/names.js';
import type { ProjectionFilters } from '../graph/projection.js';
import type { ColourBy } from '../viz/style.js';
import { writeOutputFile } from '../output.js';
import { emit } from './output.js';
import { oneOf, positiveInteger } from './options.js';
import { DEFAULT_GRAPH } from './query.js';

const GRAPH_FORMATS = ['html', 'dot', 'svg', 'png', 'gexf', 'graphml', 'json'] as const;
type GraphFormat = (typeof GRAPH_FORMATS)[number];
const PROJECTION_NAMES = Object.keys(PROJECTIONS) as ProjectionName[];
const isoDate = (v: string) => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new NewskgError('EUSAGE', `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${v}`);
  return v;
};

interface CommonFlags {
  data?: string[];
  outlet?: string;
  from?: string;
  to?: string;
  person?: string;
  minWeight?: number;
}

function addFilters(command: Command): Command {
  return command
    .option('-d, --data <file>', `graph file, repeatable (default: ${DEFAULT_GRAPH})`, (v: string, p: string[] = []) => [...p, v])
    .option('--outlet <name>', 'only statements reported by this outlet')
    .option('--from <date>', 'only statements dated on or after this date', isoDate)
    .option('--to <date>', 'only statements dated on or before this date', isoDate)
    .option('--person <name|iri>', 'only edges touching this person')
    .option('--min-weight <n>', 'only edges with at least this many statements', positiveInteger);
}

async function projected(name: ProjectionName, flags: CommonFlags) {
  const files = flags.data ?? [DEFAULT_GRAPH];
  await (await import('../sparql/quick-start.js')).quickStartFor(files);
  const [{ EmbeddedEngine }, { project }, { computeMetrics }] = await Promise.all([import('../sparql/embedded.js'), import('../graph/projection.js'), import('../graph/metrics.js')]);
  const engine = await EmbeddedEngine.fromFiles(files);
  const filters: ProjectionFilters = { outlet: flags.outlet, from: flags.from, to: flags.to, person: flags.person, minWeight: flags.minWeight };
  const graph = await project(engine, name, filters);
  return { graph, metrics: computeMetrics(graph) };
}

export function registerGraph(program: Command): void {
  addFilters(
    program
      .command('graph')
      .description('draw a projection (responses: who responded to whom) as an interactive page or a file for Gephi, Cytoscape, Graphviz')
      .argument('[projection]', PROJECTION_NAMES.join(', '), oneOf(PROJECTION_NAMES), 'responses')
      .option('-f, --format <format>', `${GRAPH_FORMATS.join(', ')} (default: from -o's extension, else html)`, oneOf(GRAPH_FORMATS))
      .option('-o, --output <file>', 'write here (atomically); stdout for text formats otherwise')
      .option('--size-by <metric>', `node size: ${METRIC_NAMES.join(', ')}`, oneOf(METRIC_NAMES), 'weightedInDegree')
      .option('--color-by <what>', 'node colour: community or type', oneOf(['community', 'type'] as const), 'community')
      .option('--title <text>', 'page title'),
  )
    .addHelpText('after', '\nExamples:\n  newskg graph responses -o out/responses.html\n  newskg graph responses --format gexf -o out/responses.gexf --min-weight 2\n  newskg graph co-mentions --format svg -o out/co-mentions.svg')
    .action(async (name: ProjectionName, flags: CommonFlags & { format?: GraphFormat; output?: string; sizeBy: string; colorBy: ColourBy; title?: string }) => {
      const format = flags.format ?? (flags.output ? (path.extname(flags.output).slice(1).toLowerCase() as GraphFormat) : 'html');
      if (!GRAPH_FORMATS.includes(format)) throw new NewskgError('EUSAGE', `unknown format "${format}"; use --format ${GRAPH_FORMATS.join('|')}`);
      if (['png', 'svg', 'html'].includes(format) && !flags.output && process.stdout.isTTY) throw new NewskgError('EUSAGE', `--format ${format} needs -o FILE (for example: -o out/responses.${format})`);
      const [{ graph }, { layout }, { renderDot, toDot }, { toGexf }, { toGraphml }, { toHtml }] = await Promise.all([
        projected(name, flags),
        import('../graph/layout.js'),
        import('../viz/dot.js'),
        import('../viz/gexf.js'),
        import('../viz/graphml.js'),
        import('../viz/html.js'),
      ]);
      layout(graph);
      const style = { sizeBy: flags.sizeBy, colourBy: flags.colorBy };
      const title = flags.title ?? `newskg: ${name === 'responses' ? 'who responded to whom' : name}`;
      let out: string | Buffer;
      switch (format) {
        case 'html':
          out = toHtml(graph, title, style);
          break;
        case 'dot':
          out = toDot(graph, style);
          break;
        case 'svg':
        case 'png':
          out = renderDot(toDot(graph, style), format);
          break;
        case 'gexf':
          out = toGexf(graph, style);
          break;
        case 'graphml':
          out = toGraphml(graph);
          break;
        default:
          out = `${JSON.stringify(graph.export(), null, 2)}\n`;
      }
      if (flags.output) await writeOutputFile(flags.output, out);
      else process.stdout.write(out);
      process.stderr.write(`${name}: ${graph.order} nodes, ${graph.size} edges${flags.output ? ` → ${flags.output}` : ''}\n`);
    });
}

function metricsTable(rows: readonly NodeMetrics[], format: 'table' | 'json' | 'csv'): string {
  const columns = ['label', 'type', ...METRIC_NAMES, 'node'] as const;
  const cell = (r: NodeMetrics, c: (typeof columns)[number]) => {
    const v = r[c];
    return typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v);
  };
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') {
    const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return `${[columns.join(','), ...rows.map((r) => columns.map((c) => q(cell(r, c))).join(','))].join('\r\n')}\r\n`;
  }
  const shown = columns.filter((c) => c !== 'node');
  const widths = shown.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${[line([...shown]), line(widths.map((w) => '─'.repeat(w))), ...rows.map((r) => line(shown.map((c) => cell(r, c))))].join('\n')}\n`;
}

export function registerStats(program: Command): void {
  addFilters(
    program
      .command('stats')
      .description('graph metrics of a projection: degrees, weighted degrees, PageRank, betweenness, Louvain communities')
      .argument('[projection]', PROJECTION_NAMES.join(', '), oneOf(PROJECTION_NAMES), 'responses')
      .option('-f, --format <format>', 'table, json or csv', oneOf(['table', 'json', 'csv'] as const), 'table')
      .option('-o, --output <file>', 'write here (atomically) instead of stdout')
      .option('--annotate <file>', 'also write the graph with the metrics as RDF annotations on the nodes (Turtle)'),
  ).action(async (name: ProjectionName, flags: CommonFlags & { format: 'table' | 'json' | 'csv'; output?: string; annotate?: string }) => {
    const { metrics } = await projected(name, flags);
    await emit(metricsTable(metrics, flags.format), flags.output);
    if (flags.annotate) {
      const [{ metricQuads }, { readRdfFile, serializeQuads }, { queryPrefixes }] = await Promise.all([import('../graph/annotate.js'), import('../rdf/syntax.js'), import('../sparql/parse.js')]);
      const quads: Quad[] = [];
      for (const file of flags.data ?? [DEFAULT_GRAPH]) appendAll(quads, await readRdfFile(file));
      appendAll(quads, metricQuads(metrics));
      await writeOutputFile(flags.annotate, await serializeQuads(quads, 'turtle', queryPrefixes()));
    }
  });
}
