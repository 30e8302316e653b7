// What an evaluation reads from a graph, per article: entities named, statements, responses and events.
import { Store, DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { nkg, owl, rdf, schema, NS } from '../vocab.js';
import { spanLocation } from '../rdf/iris.js';

const { namedNode } = DataFactory;

export interface ViewEntity {
  iri: string;
  type: 'Person' | 'Organisation' | 'Outlet' | 'Place';
  names: string[];
  wikidata?: string;
}

export interface ViewStatement {
  iri: string;
  text: string;
  kind: string;
  speaker?: string;
  cluster?: string;
  venue?: string;
  date?: string;
  /** How sure the extractor was of the statement and its speaker (0–1). */
  confidence: number;
  /** What it responds to (a statement or an event), with the response's own confidence. */
  respondsTo: { target: string; confidence: number }[];
}

export interface ViewEvent {
  iri: string;
  type: string;
  date?: string;
  participants: string[];
}

export interface ArticleView {
  fileName: string;
  publishedBy?: string;
  mentions: string[];
  statements: ViewStatement[];
  events: ViewEvent[];
}

export interface GraphView {
  entities: Map<string, ViewEntity>;
  articles: Map<string, ArticleView>;
  /** Event IRI → its participants, for responses to events. */
  events: Map<string, ViewEvent>;
  statements: Map<string, ViewStatement>;
}

const TYPES: Record<string, ViewEntity['type']> = {
  [nkg.Person.value]: 'Person',
  [nkg.Organisation.value]: 'Organisation',
  [nkg.Outlet.value]: 'Outlet',
  [nkg.Place.value]: 'Place',
};

export function viewGraph(quads: Iterable<Quad>): GraphView {
  const store = new Store([...quads]);
  const one = (s: Term, p: Term): string | undefined => store.getObjects(s, p, null)[0]?.value;
  const all = (s: Term, p: Term): string[] => store.getObjects(s, p, null).map((o) => o.value);

  const entities = new Map<string, ViewEntity>();
  for (const [typeIri, type] of Object.entries(TYPES)) {
    for (const s of store.getSubjects(rdf.type, namedNode(typeIri), null)) {
      const sameAs = all(s, owl.sameAs).find((v) => v.startsWith(NS.wd));
      entities.set(s.value, {
        iri: s.value,
        type,
        names: [...all(s, schema.name), ...all(s, nkg.alias), ...all(s, nkg.handle)],
        wikidata: sameAs?.slice(NS.wd.length),
      });
    }
  }
  const events = new Map<string, ViewEvent>();
  for (const e of store.getSubjects(rdf.type, nkg.Event, null)) {
    events.set(e.value, { iri: e.value, type: one(e, nkg.eventType) ?? 'other', date: one(e, nkg.eventDate), participants: all(e, nkg.participant) });
  }
  const confidenceOf = (s: Term) => Number(one(s, nkg.confidence) ?? 1);
  const responses = new Map<string, { target: string; confidence: number }[]>();
  for (const r of store.getSubjects(rdf.type, nkg.Response, null)) {
    const from = one(r, nkg.responseFrom);
    const to = one(r, nkg.responseTo);
    if (from && to) responses.set(from, [...(responses.get(from) ?? []), { target: to, confidence: confidenceOf(r) }]);
  }
  const statements = new Map<string, ViewStatement>();
  for (const s of store.getSubjects(rdf.type, nkg.Statement, null)) {
    statements.set(s.value, {
      iri: s.value,
      text: one(s, nkg.text) ?? '',
      kind: one(s, nkg.kind) ?? 'direct',
      speaker: one(s, nkg.speaker),
      cluster: one(s, nkg.inCluster),
      venue: one(s, nkg.venue),
      date: one(s, nkg.statementDate),
      confidence: confidenceOf(s),
      respondsTo: responses.get(s.value) ?? all(s, nkg.respondsTo).map((target) => ({ target, confidence: 1 })),
    });
  }
  // Each event's evidence span names its article.
  const eventsByArticle = new Map<string, Set<string>>();
  for (const iri of events.keys()) {
    for (const span of store.getObjects(namedNode(iri), nkg.evidence, null)) {
      const article = spanLocation(span.value)?.article;
      if (article === undefined) continue;
      const seen = eventsByArticle.get(article);
      if (seen) seen.add(iri);
      else eventsByArticle.set(article, new Set([iri]));
    }
  }
  const articles = new Map<string, ArticleView>();
  for (const a of store.getSubjects(rdf.type, nkg.Article, null)) {
    const fileName = one(a, nkg.fileName);
    if (!fileName) continue;
    const eventIris = eventsByArticle.get(a.value) ?? new Set<string>();
    // The date an article gives an event is its own claim when it makes one, else the event's date.
    const claimed = new Map(store.getSubjects(nkg.claimedIn, a, null).map((c) => [one(c, nkg.claimAbout), one(c, nkg.claimValue)]));
    articles.set(fileName, {
      fileName,
      publishedBy: one(a, nkg.publishedBy),
      mentions: all(a, nkg.mentions),
      statements: store.getSubjects(nkg.reportedIn, a, null).map((s) => statements.get(s.value)).filter((s): s is ViewStatement => s !== undefined),
      events: [...eventIris].map((iri) => ({ ...events.get(iri)!, date: claimed.get(iri) ?? events.get(iri)!.date })),
    });
  }
  return { entities, articles, events, statements };
}
