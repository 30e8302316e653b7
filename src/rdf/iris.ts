// Stable, readable IRIs for everything newskg extracts, under a configurable base.
import { DataFactory } from './data-factory.js';
import type { NamedNode } from '@rdfjs/types';
import { slugify } from '../extract/document/normalize.js';
import { DEFAULT_BASE } from '../vocab.js';

const { namedNode } = DataFactory;

export class Iris {
  readonly base: string;

  constructor(base: string = DEFAULT_BASE) {
    this.base = base.endsWith('/') || base.endsWith('#') ? base : `${base}/`;
  }

  /** "000_6aaf923bddb29eb2.txt" → <base/article/000-6aaf923bddb29eb2>. */
  article(id: string): NamedNode {
    return namedNode(`${this.base}article/${articleSlug(id)}`);
  }

  /** Entity keys are already "type/slug". */
  entity(key: string): NamedNode {
    return namedNode(this.base + key);
  }

  /** One node per person, title, country and qualifier, gathering the evidence of every article that states it. */
  role(entityKey: string, title: string, country?: string, qualifier?: string): NamedNode {
    return namedNode(`${this.base}role/${slugify([entityKey.replace(/^.*\//, ''), title, country, qualifier].filter(Boolean).join(' '))}`);
  }

  statement(articleId: string, key: string): NamedNode {
    return namedNode(`${this.base}statement/${articleSlug(articleId)}-${key}`);
  }

  event(key: string): NamedNode {
    return namedNode(`${this.base}event/${key}`);
  }

  claim(eventKey: string, articleId: string): NamedNode {
    return namedNode(`${this.base}claim/${eventKey}-${articleSlug(articleId)}`);
  }

  response(articleId: string, statementKey: string, n: number): NamedNode {
    return namedNode(`${this.base}response/${articleSlug(articleId)}-${statementKey}-${n}`);
  }

  cluster(key: string): NamedNode {
    return namedNode(`${this.base}cluster/${key}`);
  }

  /**
   * A span is named by its article and offsets (RFC 5147 / NIF `#char=start,end`): the IRI itself says where the
   * words are, so the graph writes only the words (see spanLocation).
   */
  span(articleId: string, start: number, end: number): NamedNode {
    return namedNode(`${this.article(articleId).value}#char=${start},${end}`);
  }

  /** Prefixes for the data namespaces, so Turtle reads `person:donald-trump`. */
  prefixes(): Record<string, string> {
    return Object.fromEntries(['article', 'person', 'org', 'outlet', 'place', 'role', 'statement', 'cluster', 'event', 'claim', 'response'].map((p) => [p, `${this.base}${p}/`]));
  }
}

export function articleSlug(id: string): string {
  return slugify(id.replace(/\.(txt|md)$/i, ''));
}

export interface SpanLocation {
  article: string;
  start: number;
  end: number;
}

/** The article IRI and offsets a span IRI names, or undefined for an IRI that is not a span's. */
export function spanLocation(iri: string): SpanLocation | undefined {
  const m = /^(.*)#char=(\d+),(\d+)$/.exec(iri);
  return m ? { article: m[1]!, start: Number(m[2]), end: Number(m[3]) } : undefined;
}
