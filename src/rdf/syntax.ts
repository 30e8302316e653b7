// RDF syntaxes in and out: Turtle, N-Triples, N-Quads and TriG through n3, deterministically sorted.
import { promises as fs } from 'node:fs';
import { Parser, Writer } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { NewskgError } from '../errors.js';
import { NS } from '../vocab.js';
import { formatOfFile, RDF_EXTENSIONS, type RdfFormat } from './formats.js';

const N3_FORMAT: Record<RdfFormat, string> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

function termKey(t: Term): string {
  switch (t.termType) {
    case 'Literal':
      return `"${t.value}"@${t.language}^^${t.datatype.value}`;
    case 'BlankNode':
      return `_:${t.value}`;
    default:
      return t.value;
  }
}

/** Quads without duplicates, sorted by graph, subject, predicate (rdf:type first) and object: the same graph always writes the same bytes. */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  const rdfType = `${NS.rdf}type`;
  // Grouped by graph and subject, then by predicate and object: the order of the four keys joined, without comparing
  // the long shared subject again for every pair of a subject's quads.
  const bySubject = new Map<string, Map<string, Quad>>();
  for (const q of quads) {
    const subject = `${termKey(q.graph)}\u0000${termKey(q.subject)}`;
    let group = bySubject.get(subject);
    if (!group) bySubject.set(subject, (group = new Map()));
    group.set(`${q.predicate.value === rdfType ? '' : q.predicate.value}\u0000${termKey(q.object)}`, q);
  }
  const sorted: Quad[] = [];
  for (const subject of [...bySubject.keys()].sort()) {
    const group = bySubject.get(subject)!;
    for (const key of [...group.keys()].sort()) sorted.push(group.get(key)!);
  }
  return sorted;
}

/** The ontology's prefixes, then the data's, for readable output. */
export function standardPrefixes(extra: Record<string, string> = {}): Record<string, string> {
  return { ...NS, ...extra };
}

/** Serialise quads; sorted (deterministic bytes) unless `sorted: false`, for a machine that will not read the order. */
export function serializeQuads(quads: Iterable<Quad>, format: RdfFormat, prefixes: Record<string, string> = {}, options: { sorted?: boolean } = {}): Promise<string> {
  const sorted = options.sorted === false ? [...quads] : sortQuads(quads);
  const usePrefixes = format === 'turtle' || format === 'trig';
  const writer = new Writer({ format: N3_FORMAT[format], prefixes: usePrefixes ? prefixes : undefined });
  writer.addQuads(sorted);
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}

/** Parse RDF text; a syntax error names the file and the line. */
export function parseRdf(text: string, format: RdfFormat, file = '<input>'): Quad[] {
  try {
    return new Parser({ format: N3_FORMAT[format] }).parse(text) as Quad[];
  } catch (err) {
    const context = (err as { context?: { line?: number } }).context;
    const message = (err as Error).message.replace(/ on line \d+\.?$/, '');
    throw new NewskgError('EFORMAT', `bad ${N3_FORMAT[format]}: ${message}`, { file, line: context?.line });
  }
}

export async function readRdfFile(file: string): Promise<Quad[]> {
  const format = formatOfFile(file);
  if (!format) {
    throw new NewskgError('EUSAGE', `unknown RDF syntax; use one of ${Object.keys(RDF_EXTENSIONS).join(', ')}`, { file });
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new NewskgError('ENOENT', 'no such file', { file });
  }
  return parseRdf(text, format, file);
}
