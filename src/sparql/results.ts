// Write query results as the W3C SPARQL 1.1 result formats (JSON, XML, CSV, TSV), an aligned table for people,
// or RDF (Turtle, N-Triples, JSON-LD) for CONSTRUCT and DESCRIBE.
import type { Quad, Term } from '@rdfjs/types';
import { NewskgError } from '../errors.js';
import type { QueryResult } from './types.js';

export type ResultFormat = 'table' | 'csv' | 'tsv' | 'json' | 'xml' | 'ttl' | 'nt' | 'jsonld';

export const RESULT_MEDIA_TYPES: Record<ResultFormat, string> = {
  table: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  jsonld: 'application/ld+json',
};

const BINDING_FORMATS: ResultFormat[] = ['table', 'csv', 'tsv', 'json', 'xml'];
const GRAPH_FORMATS: ResultFormat[] = ['table', 'ttl', 'nt', 'jsonld'];

function jsonTerm(t: Term): Record<string, string> {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType === 'Literal') {
    if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
    if (t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return { type: 'literal', value: t.value, datatype: t.datatype.value };
    return { type: 'literal', value: t.value };
  }
  throw new Error(`unexpected term ${t.termType}`);
}

/** https://www.w3.org/TR/sparql11-results-json/ */
export function toSparqlJson(result: QueryResult): string {
  if (result.type === 'boolean') return JSON.stringify({ head: {}, boolean: result.value });
  if (result.type !== 'bindings') throw new Error('JSON results are for SELECT and ASK');
  return JSON.stringify({
    head: { vars: result.variables },
    results: { bindings: result.bindings.map((row) => Object.fromEntries([...row].map(([k, v]) => [k, jsonTerm(v)]))) },
  });
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlTerm(t: Term): string {
  if (t.termType === 'NamedNode') return `<uri>${xmlEscape(t.value)}</uri>`;
  if (t.termType === 'BlankNode') return `<bnode>${xmlEscape(t.value)}</bnode>`;
  if (t.termType === 'Literal') {
    if (t.language) return `<literal xml:lang="${xmlEscape(t.language)}">${xmlEscape(t.value)}</literal>`;
    if (t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return `<literal datatype="${xmlEscape(t.datatype.value)}">${xmlEscape(t.value)}</literal>`;
    return `<literal>${xmlEscape(t.value)}</literal>`;
  }
  throw new Error(`unexpected term ${t.termType}`);
}

/** https://www.w3.org/TR/rdf-sparql-XMLres/ */
export function toSparqlXml(result: QueryResult): string {
  const open = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';
  if (result.type === 'boolean') return `${open}  <head/>\n  <boolean>${result.value}</boolean>\n</sparql>\n`;
  if (result.type !== 'bindings') throw new Error('XML results are for SELECT and ASK');
  const head = `  <head>\n${result.variables.map((v) => `    <variable name="${xmlEscape(v)}"/>\n`).join('')}  </head>\n`;
  const rows = result.bindings
    .map((row) => `    <result>\n${[...row].map(([k, v]) => `      <binding name="${xmlEscape(k)}">${xmlTerm(v)}</binding>\n`).join('')}    </result>\n`)
    .join('');
  return `${open}${head}  <results>\n${rows}  </results>\n</sparql>\n`;
}

/** https://www.w3.org/TR/sparql11-results-csv-tsv/ — CSV: plain values, RFC 4180 quoting, CRLF line ends. */
export function toCsv(result: QueryResult): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  if (result.type !== 'bindings') throw new Error('CSV is for SELECT results');
  const value = (t: Term | undefined) => (t === undefined ? '' : t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
  const lines = [result.variables.map(quote).join(','), ...result.bindings.map((row) => result.variables.map((v) => quote(value(row.get(v)))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** TSV: "?var" headers and values in SPARQL syntax (<iri>, "literal"@lang, "1"^^<datatype>). */
export function toTsv(result: QueryResult): string {
  if (result.type !== 'bindings') throw new Error('TSV is for SELECT results');
  const literal = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  const value = (t: Term | undefined): string => {
    if (t === undefined) return '';
    if (t.termType === 'NamedNode') return `<${t.value}>`;
    if (t.termType === 'BlankNode') return `_:${t.value}`;
    if (t.termType !== 'Literal') return '';
    if (t.language) return `${literal(t.value)}@${t.language}`;
    if (t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string') return literal(t.value);
    return `${literal(t.value)}^^<${t.datatype.value}>`;
  };
  const lines = [result.variables.map((v) => `?${v}`).join('\t'), ...result.bindings.map((row) => result.variables.map((v) => value(row.get(v))).join('\t'))];
  return `${lines.join('\n')}\n`;
}

/** An IRI as a prefixed name where a prefix fits, for people to read. */
export function shortIri(iri: string, prefixes: Record<string, string>): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  if (best && /^[\w.-]*$/.test(iri.slice(best[1].length))) return `${best[0]}:${iri.slice(best[1].length)}`;
  return `<${iri}>`;
}

function readable(t: Term | undefined, prefixes: Record<string, string>): string {
  if (t === undefined) return '';
  if (t.termType === 'NamedNode') return shortIri(t.value, prefixes);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  return t.value.replace(/\s+/g, ' ');
}

/** An aligned table with prefixed names; cells cut to `maxWidth` characters when given (a terminal). */
/** Narrowest a column is cut to when a table must fit a width. */
const MIN_COLUMN = 8;
const GAP = 2;

/** Column widths that fit `total`: the widest column gives way, a character at a time, none below MIN_COLUMN. */
function fitWidths(natural: readonly number[], total: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1) - total;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_COLUMN) break;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

/** A cell cut to a width, its end marked with … */
const cut = (cell: string, width: number) => ([...cell].length > width ? `${[...cell].slice(0, width - 1).join('')}…` : cell);

/**
 * An aligned table for people to read. With `width` (a terminal's columns), long cells are cut with … so that each
 * row fits it; without, cells are whole.
 */
export function toTable(result: QueryResult, prefixes: Record<string, string>, width?: number): string {
  if (result.type === 'boolean') return `${result.value ? 'yes' : 'no'}\n`;
  let header: string[];
  let rows: string[][];
  if (result.type === 'quads') {
    header = ['subject', 'predicate', 'object'];
    rows = result.quads.map((q) => [q.subject, q.predicate, q.object].map((t) => readable(t, prefixes)));
  } else {
    header = result.variables;
    rows = result.bindings.map((row) => result.variables.map((v) => readable(row.get(v), prefixes).replace(/\s*\n\s*/g, ' ')));
  }
  const natural = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const widths = width === undefined ? natural : fitWidths(natural, width);
  const line = (cells: string[]) => cells.map((c, i) => {
    const shown = cut(c, widths[i]!);
    return shown + ' '.repeat(widths[i]! - [...shown].length);
  }).join(' '.repeat(GAP)).trimEnd();
  const count = `${rows.length} ${result.type === 'quads' ? 'triple' : 'row'}${rows.length === 1 ? '' : 's'}`;
  return `${[line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n')}\n${count}\n`;
}

export async function formatResult(result: QueryResult, format: ResultFormat, prefixes: Record<string, string>, width?: number): Promise<string> {
  const allowed = result.type === 'quads' ? GRAPH_FORMATS : BINDING_FORMATS;
  if (!allowed.includes(format)) {
    throw new NewskgError('EUSAGE', `--format ${format} does not fit ${result.type === 'quads' ? 'a graph (CONSTRUCT, DESCRIBE)' : 'solutions (SELECT, ASK)'}; use one of ${allowed.join(', ')}`);
  }
  switch (format) {
    case 'table':
      return toTable(result, prefixes, width);
    case 'json':
      return `${toSparqlJson(result)}\n`;
    case 'xml':
      return toSparqlXml(result);
    case 'csv':
      return toCsv(result);
    case 'tsv':
      return toTsv(result);
    default:
      return formatQuads(result, format, prefixes);
  }
}

async function formatQuads(result: QueryResult, format: 'ttl' | 'nt' | 'jsonld', prefixes: Record<string, string>): Promise<string> {
  if (result.type !== 'quads') throw new Error('not a graph');
  const { serializeQuads } = await import('../rdf/syntax.js');
  if (format === 'ttl') return serializeQuads(result.quads, 'turtle', prefixes);
  if (format === 'nt') return serializeQuads(result.quads, 'ntriples');
  return toJsonLd(result.quads, prefixes);
}

/** JSON-LD with the prefixes as its context, through the jsonld library. */
export async function toJsonLd(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  const { serializeQuads } = await import('../rdf/syntax.js');
  const nquads = await serializeQuads(quads, 'nquads');
  // jsonld is large: loaded only when JSON-LD is asked for.
  const { default: jsonld } = await import('jsonld');
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, { '@context': prefixes } as never);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}
