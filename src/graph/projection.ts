// Project the RDF graph into a graphology graph through a stored SELECT query (queries/projection-*.rq):
// one node per speaker, one edge per pair, weighted by the statements (or articles) behind it.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Term } from '@rdfjs/types';
import { NewskgError } from '../errors.js';
import { prepareQuery } from '../sparql/run.js';
import { resolveQuery } from '../sparql/stored.js';
import type { SparqlEngine } from '../sparql/types.js';
import { PROJECTIONS, type ProjectionName } from './names.js';

/** What a response does: criticise, deny, answer (a question, an attack, an exchange), or react to what happened. */
export type ResponseKind = 'criticism' | 'denial' | 'answer' | 'reaction';
export const RESPONSE_KINDS: readonly ResponseKind[] = ['criticism', 'denial', 'answer', 'reaction'];

/** The kind of a response, from its statement's stance, else from the cue that linked it (responses/criticism…). */
export function responseKind(stance: string | undefined, cue: string | undefined): ResponseKind {
  if (stance === 'criticism' || stance === 'denial') return stance;
  if (stance === 'response') return 'answer';
  const c = cue?.replace(/^responses\//, '');
  if (c === 'criticism' || c === 'criticism-context') return 'criticism';
  if (c === 'denial') return 'denial';
  if (c === 'answer' || c === 'addressee' || c === 'names-speaker') return 'answer';
  return 'reaction';
}

/** What stands behind an edge: a statement (or an article, for co-mentions), where and when it appeared. */
export interface EdgeItem {
  statement?: string;
  text?: string;
  lang?: string;
  date?: string;
  article: string;
  outlet?: string;
  /** For responses: what the statement does to the one it answers. */
  kind?: ResponseKind;
}

export interface NodeAttributes {
  label: string;
  type: string;
  iri: string;
  [metric: string]: unknown;
}

export interface EdgeAttributes {
  weight: number;
  items: EdgeItem[];
}

export type ProjectedGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

export interface ProjectionFilters {
  /** Keep only items reported by this outlet (its name, compared without case). */
  outlet?: string;
  /** Keep only items dated on or after / on or before these ISO dates (undated items are dropped when set). */
  from?: string;
  to?: string;
  /** Keep only edges touching this person (IRI, or name without case). */
  person?: string;
  /** Drop edges with fewer items. */
  minWeight?: number;
}

function keep(item: EdgeItem, f: ProjectionFilters): boolean {
  if (f.outlet && item.outlet?.toLowerCase() !== f.outlet.toLowerCase()) return false;
  if ((f.from || f.to) && !item.date) return false;
  if (f.from && item.date!.slice(0, f.from.length) < f.from) return false;
  if (f.to && item.date!.slice(0, f.to.length) > f.to) return false;
  return true;
}

const text = (t: Term | undefined) => t?.value;

/** Build the projection from the stored query's rows, applying the filters every output format shares. */
export async function project(engine: SparqlEngine, name: ProjectionName, filters: ProjectionFilters = {}): Promise<ProjectedGraph> {
  const spec = PROJECTIONS[name];
  const query = await resolveQuery(spec.query);
  const result = await engine.query(prepareQuery(query).text);
  if (result.type !== 'bindings') throw new NewskgError('EUSAGE', `${query.file}: a projection query must be a SELECT`);
  for (const column of ['source', 'target', 'source_label', 'target_label']) {
    if (!result.variables.includes(column)) throw new NewskgError('EUSAGE', `${query.file}: a projection query must select ?${column}`);
  }
  const graph: ProjectedGraph = spec.directed ? new DirectedGraph<NodeAttributes, EdgeAttributes>() : new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const person = filters.person?.toLowerCase();
  for (const row of result.bindings) {
    const [source, target] = [text(row.get('source'))!, text(row.get('target'))!];
    const [sourceLabel, targetLabel] = [text(row.get('source_label'))!, text(row.get('target_label'))!];
    if (person && ![source, target, sourceLabel.toLowerCase(), targetLabel.toLowerCase()].some((x) => x.toLowerCase() === person)) continue;
    const item: EdgeItem = {
      statement: text(row.get('statement')),
      text: text(row.get('text')),
      lang: (row.get('text') as { language?: string } | undefined)?.language || undefined,
      date: text(row.get('date')) || undefined,
      article: text(row.get('article')) ?? '',
      outlet: text(row.get('outlet')),
      ...(name === 'responses' && { kind: responseKind(text(row.get('stance')), text(row.get('cue'))) }),
    };
    if (!keep(item, filters)) continue;
    graph.mergeNode(source, { label: sourceLabel, type: text(row.get('source_type')) ?? 'Person', iri: source });
    graph.mergeNode(target, { label: targetLabel, type: text(row.get('target_type')) ?? 'Person', iri: target });
    const edge = graph.edge(source, target) ?? graph.addEdge(source, target, { weight: 0, items: [] });
    const attrs = graph.getEdgeAttributes(edge);
    // One statement (or article) counts once, however many rows carry it.
    const id = item.statement ?? item.article;
    if (!attrs.items.some((i) => (i.statement ?? i.article) === id)) {
      attrs.items.push(item);
      attrs.weight = attrs.items.length;
    }
  }
  if (filters.minWeight) {
    for (const edge of graph.filterEdges((_, a) => a.weight < filters.minWeight!)) graph.dropEdge(edge);
  }
  for (const node of graph.filterNodes((n) => graph.degree(n) === 0)) graph.dropNode(node);
  return graph;
}
