// Projections into graphology, metrics, filters, and every file format parsed back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { Parser } from 'n3';
import { buildGraph, computeMetrics, EmbeddedEngine, layout, project, toDot, toGexf, toGraphml, toHtml, type ProjectedGraph } from '../src/index.js';
import { ARTICLES, newskg } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const P = 'https://w3id.org/newskg/id/';
let engine: EmbeddedEngine;

beforeAll(async () => {
  engine = await EmbeddedEngine.fromQuads((await buildGraph([ARTICLES])).quads);
});

function edgesByLabel(g: ProjectedGraph): Record<string, number> {
  return Object.fromEntries(g.mapEdges((_e: string, a: { weight: number }, s: string, t: string) => [`${g.getNodeAttribute(s, 'label')} → ${g.getNodeAttribute(t, 'label')}`, a.weight]));
}

describe('the who-responded-to-whom projection of the five articles', () => {
  let g: ProjectedGraph;
  beforeAll(async () => {
    g = await project(engine, 'responses');
  });

  it('has the responders → Trump edges with their weights (statements), and White House → Lavrov', () => {
    expect(edgesByLabel(g)).toEqual({
      'Marco Rubio → Donald Trump': 8,
      'Lindsey Graham → Donald Trump': 3,
      'Vladimir Putin → Donald Trump': 3,
      'WikiLeaks → Donald Trump': 2,
      'John McCain → Donald Trump': 2,
      // « Je suis sûr que Vladimir Poutine pourrait être d'une grande aide … puisqu'il le fait lui-même », after Putin's denial.
      'John McCain → Vladimir Putin': 1,
      'Judd Legum → Donald Trump': 1,
      'The Verge → Donald Trump': 1,
      'White House → Sergey Lavrov': 1,
    });
  });

  it('carries on each edge its statements, with article and outlet', () => {
    const items = g.getEdgeAttribute(g.edge(`${P}person/john-mccain`, `${P}person/donald-trump`)!, 'items');
    expect(items.map((i) => [i.article, i.outlet])).toEqual([
      ['000_6aaf923bddb29eb2.txt', 'HuffPost'],
      ['002_848892df07c77a24.txt', 'Journal du Geek'],
    ]);
    expect(items[0]!.text).toMatch(/^Je suis sûr que Vladimir Poutine/);
  });

  it('computes metrics: Trump has the highest in-degree and PageRank; two communities', () => {
    const metrics = computeMetrics(g);
    expect(metrics[0]).toMatchObject({ label: 'Donald Trump', inDegree: 7, weightedInDegree: 20 });
    expect(Math.max(...metrics.map((m) => m.inDegree))).toBe(7);
    const community = Object.fromEntries(metrics.map((m) => [m.label, m.community]));
    expect(community['Marco Rubio']).toBe(community['Donald Trump']);
    expect(community['White House']).toBe(community['Sergey Lavrov']);
    expect(community['White House']).not.toBe(community['Donald Trump']);
    expect(computeMetrics(g)).toEqual(metrics);
  });

  it.each([
    [{ outlet: 'HuffPost' }, ['John McCain → Donald Trump', 'John McCain → Vladimir Putin', 'Marco Rubio → Donald Trump', 'Vladimir Putin → Donald Trump']],
    [{ person: 'Sergey Lavrov' }, ['White House → Sergey Lavrov']],
    [{ minWeight: 3 }, ['Lindsey Graham → Donald Trump', 'Marco Rubio → Donald Trump', 'Vladimir Putin → Donald Trump']],
    [{ from: '2017-07-09', to: '2017-07-09' }, ['Marco Rubio → Donald Trump', 'WikiLeaks → Donald Trump']],
  ])('filters %j', async (filters, expected) => {
    expect(Object.keys(edgesByLabel(await project(engine, 'responses', filters))).sort()).toEqual(expected);
  });
});

describe('other projections', () => {
  it('who each outlet quotes', async () => {
    const g = await project(engine, 'outlet-speakers');
    expect(edgesByLabel(g)['HuffPost → Donald Trump']).toBe(6);
    expect(edgesByLabel(g)['Journal du Geek → WikiLeaks']).toBe(1);
  });

  it('who appears with whom, undirected, weighted by articles', async () => {
    const g = await project(engine, 'co-mentions');
    expect(g.type).toBe('undirected');
    expect(g.getEdgeAttribute(g.edge(`${P}person/donald-trump`, `${P}person/vladimir-putin`)!, 'weight')).toBe(5);
  });
});

describe('file formats, parsed back', () => {
  let g: ProjectedGraph;
  beforeAll(async () => {
    g = await project(engine, 'responses');
    computeMetrics(g);
    layout(g);
  });

  it('GEXF parses back with graphology-gexf, with the metrics as attributes', () => {
    const back = gexf.parse(DirectedGraph, toGexf(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute(`${P}person/donald-trump`, 'inDegree')).toBe(7);
    expect(back.getNodeAttribute(`${P}person/donald-trump`, 'label')).toBe('Donald Trump');
  });

  it('GraphML parses back with graphology-graphml, with weights and metrics', () => {
    const back = graphml.parse(DirectedGraph, toGraphml(g));
    expect(back.order).toBe(g.order);
    expect(back.getEdgeAttribute(back.edge(`${P}person/marco-rubio`, `${P}person/donald-trump`)!, 'weight')).toBe(8);
    expect(back.getNodeAttribute(`${P}person/donald-trump`, 'pagerank')).toBeCloseTo(g.getNodeAttribute(`${P}person/donald-trump`, 'pagerank') as number, 6);
  });

  const graphviz = spawnSync('dot', ['-V']).error === undefined;
  it.skipIf(!graphviz && process.env.CI !== 'true')(`DOT is read by Graphviz${graphviz ? '' : ' (skipped: graphviz is not installed)'}`, () => {
    const dot = toDot(g);
    const svg = spawnSync('dot', ['-Tsvg'], { input: dot });
    expect(svg.status).toBe(0);
    const text = svg.stdout.toString();
    // Graphviz writes "-" as &#45; in its SVG titles.
    expect(text).toContain('<title>https://w3id.org/newskg/id/person/marco&#45;rubio&#45;&gt;https://w3id.org/newskg/id/person/donald&#45;trump</title>');
    expect((text.match(/class="node"/g) ?? []).length).toBe(10);
  });

  it('HTML is self-contained: its data, and the sigma.js bundle inline, no external resource', () => {
    const html = toHtml(g, 'Test');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!w3id\.org|www\.w3\.org)[^"'\s]*\.(js|css)/);
    const data = JSON.parse(/<script type="application\/json" id="newskg-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(data.nodes).toHaveLength(10);
    expect(data.edges.find((e: { source: string }) => e.source.endsWith('marco-rubio')).items).toHaveLength(8);
  });
});

describe('newskg stats and newskg graph', () => {
  let dir: string;
  let graph: string;
  beforeAll(() => {
    dir = scratch('graph');
    graph = path.join(dir, 'graph.ttl');
    expect(newskg(['build', ARTICLES, '-o', graph, '-q']).status).toBe(0);
  });

  it('prints the metrics as a table, JSON or CSV', () => {
    const table = newskg(['stats', '--data', graph]);
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[2]).toMatch(/^Donald Trump\s+Person\s+7\s+0\s+20\s+0\s+0\.4053/);
    const json = JSON.parse(newskg(['stats', '--data', graph, '-f', 'json']).stdout);
    expect(json[0]).toMatchObject({ label: 'Donald Trump', inDegree: 7 });
  });

  it('writes the metrics back into the RDF graph as annotations', () => {
    const out = path.join(dir, 'annotated.ttl');
    expect(newskg(['stats', '--data', graph, '--annotate', out, '-f', 'csv']).status).toBe(0);
    const quads = new Parser().parse(readFileSync(out, 'utf8'));
    const trump = quads.filter((q) => q.subject.value === `${P}person/donald-trump` && q.predicate.value.endsWith('#inDegree'));
    expect(trump.map((q) => q.object.value)).toEqual(['7']);
    expect(newskg(['validate', out]).status).toBe(0);
  });

  it('draws to the format named by the extension, with filters', () => {
    const out = path.join(dir, 'r.gexf');
    const r = newskg(['graph', 'responses', '--data', graph, '-o', out, '--min-weight', '3']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('responses: 4 nodes, 3 edges');
    expect(gexf.parse(DirectedGraph, readFileSync(out, 'utf8')).size).toBe(3);
  });

  it('refuses an unknown format with a clear message', () => {
    const r = newskg(['graph', 'responses', '--data', graph, '-o', path.join(dir, 'r.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
  });
});
