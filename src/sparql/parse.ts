// Parse and validate SPARQL with sparqljs before any data is loaded: errors say file:line:column.
import sparqljs from 'sparqljs';
import type { SparqlQuery } from 'sparqljs';
import { NewskgError } from '../errors.js';
import { DEFAULT_BASE, NS } from '../vocab.js';
import { Iris } from '../rdf/iris.js';

/** The ontology's prefixes and the data's (person:, event:…), injected into every query that does not declare them. */
export function queryPrefixes(base: string = DEFAULT_BASE): Record<string, string> {
  return { ...NS, ...new Iris(base).prefixes() };
}

interface SparqljsError {
  message: string;
  hash?: { loc?: { first_line: number; first_column: number }; line?: number };
}

/** Parse a query; `lineOffset` counts header lines stripped before the query text, so positions match the file. */
export function parseQuery(text: string, options: { file?: string; base?: string } = {}): SparqlQuery {
  const parser = new sparqljs.Parser({ prefixes: queryPrefixes(options.base) });
  try {
    return parser.parse(text);
  } catch (err) {
    const e = err as SparqljsError;
    const loc = e.hash?.loc;
    const line = loc ? loc.first_line : e.hash?.line !== undefined ? e.hash.line + 1 : undefined;
    const column = loc ? loc.first_column + 1 : undefined;
    const last = e.message.split('\n').filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()) && !l.startsWith('...')).pop() ?? e.message;
    const where = line !== undefined ? { line, column } : positionOfPrefix(text, /Unknown prefix: (\S+)/.exec(e.message)?.[1]);
    throw new NewskgError('ESPARQL', shorten(last.replace(/^Parse error on line \d+:\s*/, '')), { file: options.file ?? '<query>', ...where });
  }
}

/** "Expecting 'IRIREF', … 20 more, got '}'" → "unexpected '}'" with the first few expected tokens. */
function shorten(message: string): string {
  const m = /^Expecting (.+), got '(.+)'$/.exec(message);
  if (!m) return message;
  const expected = m[1]!.split(', ');
  const shown = expected.slice(0, 4).join(', ');
  return `unexpected ${m[2] === 'INVALID' ? 'token' : `'${m[2]}'`}, expecting ${shown}${expected.length > 4 ? ', …' : ''}`;
}

/** Where an undeclared prefix is first used, for an error that points at it. */
function positionOfPrefix(text: string, prefix: string | undefined): { line?: number; column?: number } {
  if (!prefix) return {};
  const at = text.search(new RegExp(`(?<![\\w:])${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`));
  if (at < 0) return {};
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The prologue of a query or an update: white space, comments, BASE and PREFIX declarations. */
const PROLOGUE = /^(?:\s+|#[^\n]*(?:\n|$)|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*/iu;
const KINDS: Record<string, 'bindings' | 'quads' | 'boolean'> = { SELECT: 'bindings', CONSTRUCT: 'quads', DESCRIBE: 'quads', ASK: 'boolean' };

/**
 * What a query returns: solutions (SELECT), quads (CONSTRUCT, DESCRIBE) or a boolean (ASK); updates return nothing.
 * Read from the keyword after the prologue, without parsing the query again (it was validated when prepared);
 * whatever is not one of the four query forms counts as an update.
 */
export function queryKind(text: string): 'bindings' | 'quads' | 'boolean' | 'update' {
  const keyword = /^[A-Za-z]+/u.exec(text.replace(PROLOGUE, ''))?.[0].toUpperCase() ?? '';
  return KINDS[keyword] ?? 'update';
}

export function generateQuery(query: SparqlQuery): string {
  return new sparqljs.Generator({ allPrefixes: false }).stringify(query);
}
