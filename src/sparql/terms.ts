// Convert terms between engines (oxigraph, n3) and a plain form that crosses worker threads.
import { DataFactory } from '../rdf/data-factory.js';
import type { Term } from '@rdfjs/types';

const { namedNode, literal, blankNode, defaultGraph } = DataFactory;

export interface PlainTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: string;
}

export function toPlain(t: Term): PlainTerm {
  return t.termType === 'Literal' ? { termType: 'Literal', value: t.value, language: t.language || undefined, datatype: t.datatype.value } : { termType: t.termType, value: t.value };
}

/** An n3 term from any RDF/JS-shaped term (oxigraph's terms, plain objects). */
export function fromPlain(t: PlainTerm): Term {
  switch (t.termType) {
    case 'NamedNode':
      return namedNode(t.value);
    case 'BlankNode':
      return blankNode(t.value);
    case 'Literal':
      return t.language ? literal(t.value, t.language) : literal(t.value, t.datatype ? namedNode(t.datatype) : undefined);
    case 'DefaultGraph':
      return defaultGraph();
    default:
      throw new Error(`unexpected term type ${t.termType}`);
  }
}
