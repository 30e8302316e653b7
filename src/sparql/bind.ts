// Bind a stored query's parameters as RDF terms in its syntax tree (VALUES, LIMIT), never by pasting text.
import { DataFactory } from '../rdf/data-factory.js';
import type { SparqlQuery } from 'sparqljs';
import type { Term } from '@rdfjs/types';
import { NewskgError } from '../errors.js';
import { NS } from '../vocab.js';
import type { ParamSpec } from './stored.js';

const { namedNode, literal } = DataFactory;

/** A parameter value as the term its type says: IRIs in full, <…> or prefixed; typed literals checked. */
export function paramTerm(spec: ParamSpec, value: string, prefixes: Record<string, string>): Term {
  const bad = (what: string) => new NewskgError('EUSAGE', `--param ${spec.name}=${value}: ${what}`);
  switch (spec.type) {
    case 'iri': {
      if (/^<[^<>"\s]*>$/.test(value)) return namedNode(value.slice(1, -1));
      const prefixed = /^([\w-]*):(\S*)$/.exec(value);
      const namespace = prefixed ? prefixes[prefixed[1]!] : undefined;
      if (namespace !== undefined && !value.includes('//')) return namedNode(namespace + prefixed![2]);
      if (/^https?:\/\/\S+$/.test(value)) return namedNode(value);
      throw bad(`not an IRI (write <…>, a full http IRI, or a prefixed name such as person:donald-trump)`);
    }
    case 'integer':
    case 'limit':
      if (!/^\d+$/.test(value)) throw bad('not a whole number');
      return literal(value, namedNode(`${NS.xsd}integer`));
    case 'date':
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw bad('not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
      return literal(value);
    default:
      return literal(value);
  }
}

/** Parse "name=value" pairs, refusing names the query does not declare. */
export function parseParamArgs(args: readonly string[], specs: readonly ParamSpec[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new NewskgError('EUSAGE', `--param ${arg}: write name=value`);
    const name = arg.slice(0, eq);
    if (!specs.some((s) => s.name === name)) {
      throw new NewskgError('EUSAGE', `--param ${name}: this query takes ${specs.length > 0 ? specs.map((s) => s.name).join(', ') : 'no parameters'}`);
    }
    values.set(name, arg.slice(eq + 1));
  }
  return values;
}

/** The query with each given or default parameter bound: a VALUES row for ?name, or the LIMIT. */
export function bindParameters(query: SparqlQuery, specs: readonly ParamSpec[], values: ReadonlyMap<string, string>, prefixes: Record<string, string>): SparqlQuery {
  if (query.type !== 'query') return query;
  const bound = { ...query, where: [...(query.where ?? [])] } as typeof query;
  const row: Record<string, Term> = {};
  for (const spec of specs) {
    const value = values.get(spec.name) ?? spec.default;
    if (value === undefined) {
      if (spec.required) throw new NewskgError('EUSAGE', `this query needs --param ${spec.name}=… (${spec.description || spec.type})`);
      continue;
    }
    const term = paramTerm(spec, value, prefixes);
    if (spec.type === 'limit') (bound as { limit?: number }).limit = Number(value);
    else row[`?${spec.name}`] = term;
  }
  if (Object.keys(row).length > 0) bound.where!.unshift({ type: 'values', values: [row] } as never);
  return bound;
}
