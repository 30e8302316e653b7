// Turn a corpus extraction into RDF quads under the newskg ontology.
import { DataFactory } from './data-factory.js';
import type { Quad, Quad_Object, Quad_Subject, NamedNode } from '@rdfjs/types';
import { parseIsoDate, precisionOf } from '../extract/document/dates.js';
import type { ArticleExtraction, LinkedCorpus, Entity, Response, RoleAssertion, Span, Statement } from '../extract/types.js';
import type { CorpusEvent, DateClaim } from '../extract/types.js';
import { pushTo } from '../collections.js';
import { nkg, owl, rdf, rdfs, schema, xsd, NS } from '../vocab.js';
import type { Iris } from './iris.js';

const { quad, literal, namedNode } = DataFactory;

/** A date literal typed at the precision it is known: xsd:gYear, xsd:gYearMonth, xsd:date or xsd:dateTime. */
export function dateLiteral(iso: string) {
  const d = parseIsoDate(iso);
  const type = [xsd.gYear, xsd.gYear, xsd.gYearMonth, xsd.date, xsd.dateTime][d ? precisionOf(d) : 0]!;
  return literal(iso, type);
}

export const intLiteral = (n: number) => literal(String(n), xsd.integer);
export const decimalLiteral = (n: number) => literal(n.toFixed(2), xsd.decimal);

const ENTITY_CLASS: Record<Entity['type'], NamedNode> = {
  Person: nkg.Person,
  Organisation: nkg.Organisation,
  Outlet: nkg.Outlet,
  Place: nkg.Place,
};

export class QuadSink {
  readonly quads: Quad[] = [];
  add(s: Quad_Subject, p: NamedNode, o: Quad_Object): void {
    this.quads.push(quad(s, p, o));
  }
}

export function spanQuads(out: QuadSink, iris: Iris, articleId: string, span: Span): NamedNode {
  // Article and offsets are in the span's IRI; the words are the one thing written about it.
  const node = iris.span(articleId, span.start, span.end);
  out.add(node, nkg.exactText, literal(span.text));
  return node;
}

export function entityQuads(out: QuadSink, iris: Iris, entity: Entity): void {
  const node = iris.entity(entity.key);
  out.add(node, rdf.type, ENTITY_CLASS[entity.type]);
  out.add(node, schema.name, literal(entity.name));
  if (entity.wikidata) out.add(node, owl.sameAs, namedNode(NS.wd + entity.wikidata));
  for (const alias of entity.aliases) out.add(node, nkg.alias, literal(alias));
  for (const handle of entity.handles) out.add(node, nkg.handle, literal(`@${handle}`));
  out.add(node, nkg.confidence, decimalLiteral(entity.confidence));
}

export function articleQuads(out: QuadSink, iris: Iris, extraction: ArticleExtraction): void {
  const { article } = extraction;
  const node = iris.article(article.id);
  out.add(node, rdf.type, nkg.Article);
  out.add(node, nkg.fileName, literal(article.id));
  if (article.lang !== 'und') out.add(node, schema.inLanguage, literal(article.lang));
  if (article.url) out.add(node, schema.url, namedNode(article.url));
  if (article.title) out.add(node, schema.headline, literal(article.title, article.lang !== 'und' ? article.lang : undefined));
  if (article.outlet) {
    out.add(node, nkg.publishedBy, iris.entity(article.outlet.value));
    if (article.outlet.provenance === 'detected') {
      out.add(node, nkg.detectedProperty, nkg.publishedBy);
      out.add(node, nkg.metadataEvidence, spanQuads(out, iris, article.id, article.outlet.evidence));
    }
  }
  if (article.author) {
    out.add(node, schema.author, literal(article.author.value));
    if (article.author.provenance === 'detected') {
      out.add(node, nkg.detectedProperty, schema.author);
      out.add(node, nkg.metadataEvidence, spanQuads(out, iris, article.id, article.author.evidence));
    }
  }
  if (article.published) {
    out.add(node, nkg.publicationDate, dateLiteral(article.published.value));
    if (article.published.provenance === 'detected') {
      out.add(node, nkg.detectedProperty, nkg.publicationDate);
      out.add(node, nkg.metadataEvidence, spanQuads(out, iris, article.id, article.published.evidence));
    }
  }
  for (const mention of extraction.mentions) {
    out.add(node, nkg.mentions, iris.entity(mention.entity));
    const span = spanQuads(out, iris, article.id, mention.span);
    out.add(iris.entity(mention.entity), nkg.evidence, span);
  }
  for (const role of extraction.roles) out.add(roleIri(iris, role), nkg.evidence, spanQuads(out, iris, article.id, role.span));
}

const roleIri = (iris: Iris, role: RoleAssertion) => iris.role(role.entity, role.title, role.country?.replace(/^.*\//, ''), role.qualifier);

/** A role node and who holds it: shared by every article that states it, so written once. */
function roleQuads(out: QuadSink, iris: Iris, role: RoleAssertion): void {
  const roleNode = roleIri(iris, role);
  out.add(iris.entity(role.entity), nkg.hasRole, roleNode);
  out.add(roleNode, rdf.type, nkg.Role);
  out.add(roleNode, nkg.roleTitle, literal(role.title));
  if (role.country) out.add(roleNode, nkg.affiliation, iris.entity(role.country));
  if (role.affiliation) out.add(roleNode, nkg.affiliation, iris.entity(role.affiliation));
  if (role.qualifier) out.add(roleNode, rdfs.comment, literal(role.qualifier));
}

function statementQuads(out: QuadSink, iris: Iris, articleId: string, st: Statement, clusterHeads: ReadonlyMap<string, NamedNode>): void {
  const node = iris.statement(articleId, st.key);
  out.add(node, rdf.type, nkg.Statement);
  out.add(node, nkg.text, literal(st.text, st.lang === 'und' ? undefined : st.lang));
  out.add(node, nkg.kind, literal(st.kind));
  if (st.stance && st.stance !== 'neutral') out.add(node, nkg.stance, literal(st.stance));
  out.add(node, nkg.reportedIn, iris.article(articleId));
  if (st.speaker) out.add(node, nkg.speaker, iris.entity(st.speaker));
  if (st.venue) out.add(node, nkg.venue, iris.entity(st.venue));
  if (st.date) out.add(node, nkg.statementDate, dateLiteral(st.date));
  if (st.source) out.add(node, nkg.citesSource, iris.entity(st.source));
  if (st.cluster) {
    out.add(node, nkg.inCluster, iris.cluster(st.cluster));
    const head = clusterHeads.get(st.cluster);
    if (head && !head.equals(node)) out.add(node, nkg.sameStatementAs, head);
  }
  for (const span of st.spans) out.add(node, nkg.evidence, spanQuads(out, iris, articleId, span));
  if (st.attribution) out.add(node, nkg.evidence, spanQuads(out, iris, articleId, st.attribution));
  out.add(node, nkg.confidence, decimalLiteral(st.confidence));
  out.add(node, nkg.extractor, literal(st.extractor));
}

/** Look-ups built once per corpus, so that no article's chunk scans the whole corpus. */
interface CorpusIndex {
  events: Map<string, CorpusEvent>;
  claims: Map<string, { event: CorpusEvent; claim: DateClaim }[]>;
  /**
   * The first report of each cluster: every other report links to it, so links grow linearly. Filled by the walk over
   * the articles that writes what the corpus shares, before any article's chunk is written.
   */
  clusterHeads: Map<string, NamedNode>;
}

function indexCorpus(corpus: LinkedCorpus): CorpusIndex {
  const claims = new Map<string, { event: CorpusEvent; claim: DateClaim }[]>();
  for (const event of corpus.events) for (const claim of event.claims) pushTo(claims, claim.article, { event, claim });
  return { events: new Map(corpus.events.map((e) => [e.key, e])), claims, clusterHeads: new Map() };
}

/** The speakers a response links: the responded-to statement's speaker, or the event's participants. */
function respondedTo(x: ArticleExtraction, r: Response, index: CorpusIndex, iris: Iris): { node: NamedNode; speakers: string[] } {
  if ('statement' in r.to) {
    const target = x.statements.find((s) => s.key === (r.to as { statement: string }).statement)!;
    return { node: iris.statement(x.article.id, target.key), speakers: target.speaker ? [target.speaker] : [] };
  }
  if ('agent' in r.to) return { node: iris.entity(r.to.agent), speakers: [r.to.agent] };
  const event = x.events.find((e) => e.local === (r.to as { event: number }).event)!;
  return { node: iris.event(event.key!), speakers: index.events.get(event.key!)?.participants ?? event.participants };
}

/** Quads per chunk of what the corpus shares: its head is written a chunk at a time, never held whole. */
const HEAD_CHUNK = 20_000;

/** Quads of the items, in chunks of about `size` quads (an item's quads stay in one chunk). */
function* inChunks<T>(items: Iterable<T>, size: number, write: (out: QuadSink, item: T) => void): Generator<Quad[]> {
  let out = new QuadSink();
  for (const item of items) {
    write(out, item);
    if (out.quads.length >= size) {
      yield out.quads;
      out = new QuadSink();
    }
  }
  if (out.quads.length > 0) yield out.quads;
}

/** What makes a role's quads: two assertions with the same key write the same quads. */
const roleKey = (role: RoleAssertion) => [role.entity, role.title, role.country ?? '', role.affiliation ?? '', role.qualifier ?? ''].join('\u0000');

/** Each role node's assertions, each written once; the assertions of one node share their quads, so they go together. */
function addRole(roles: Map<string, Map<string, RoleAssertion>>, iris: Iris, role: RoleAssertion): void {
  const node = roleIri(iris, role).value;
  const assertions = roles.get(node) ?? new Map<string, RoleAssertion>();
  roles.set(node, assertions);
  const key = roleKey(role);
  if (!assertions.has(key)) assertions.set(key, role);
}

function eventQuads(out: QuadSink, iris: Iris, event: CorpusEvent): void {
  const node = iris.event(event.key);
  out.add(node, rdf.type, nkg.Event);
  out.add(node, nkg.eventType, literal(event.type));
  if (event.date) out.add(node, nkg.eventDate, dateLiteral(event.date));
  if (event.dateAssumed) out.add(node, nkg.eventDateAssumed, literal('true', xsd.boolean));
  if (event.place) out.add(node, nkg.place, iris.entity(event.place));
  for (const p of event.participants) out.add(node, nkg.participant, iris.entity(p));
  out.add(node, nkg.confidence, decimalLiteral(Math.max(...event.reports.map((r) => r.event.confidence))));
  out.add(node, nkg.extractor, literal([...new Set(event.reports.map((r) => r.event.extractor))].sort().join(' ')));
}

/** A retraction takes back the proposals and announcements of the same people made before it (looked up by participant). */
function retractionQuads(out: QuadSink, iris: Iris, events: readonly CorpusEvent[]): void {
  const retractions = events.filter((e) => e.type === 'retraction');
  if (retractions.length === 0) return;
  const claimsBy = new Map<string, CorpusEvent[]>();
  for (const e of events) if (e.type === 'proposal' || e.type === 'announcement') for (const p of new Set(e.participants)) pushTo(claimsBy, p, e);
  for (const r of retractions) {
    const taken = new Set(r.participants.flatMap((p) => claimsBy.get(p) ?? []));
    for (const p of taken) if (!r.date || !p.date || p.date.slice(0, 10) <= r.date.slice(0, 10)) out.add(iris.event(r.key), nkg.retracts, iris.event(p.key));
  }
}

/**
 * What the corpus shares across articles, written once, in chunks: entities, roles, clusters, the person-to-person
 * respondedTo edges, events (without their evidence), conflicts and retractions.
 */
function* corpusChunks(iris: Iris, corpus: LinkedCorpus, index: CorpusIndex, size: number): Generator<Quad[]> {
  yield* inChunks(corpus.entities.values(), size, (out, entity) => entityQuads(out, iris, entity));
  // One walk over the articles (they may be read from disk), keeping each role, cluster and edge once, and each
  // cluster's first report for the articles' chunks.
  const roles = new Map<string, Map<string, RoleAssertion>>();
  const clusters = new Set<string>();
  const edges = new Map<string, [string, string]>();
  for (const x of corpus.articles) {
    for (const role of x.roles) addRole(roles, iris, role);
    for (const s of x.statements) {
      if (s.cluster === undefined) continue;
      clusters.add(s.cluster);
      if (!index.clusterHeads.has(s.cluster)) index.clusterHeads.set(s.cluster, iris.statement(x.article.id, s.key));
    }
    for (const r of x.responses) {
      const from = x.statements.find((s) => s.key === r.from)!.speaker;
      for (const to of respondedTo(x, r, index, iris).speakers) if (from && to !== from) edges.set(`${from}\u0000${to}`, [from, to]);
    }
  }
  yield* inChunks(roles.values(), size, (out, assertions) => {
    for (const role of assertions.values()) roleQuads(out, iris, role);
  });
  yield* inChunks(clusters, size, (out, cluster) => out.add(iris.cluster(cluster), rdf.type, nkg.StatementCluster));
  yield* inChunks(edges.values(), size, (out, [from, to]) => out.add(iris.entity(from), nkg.respondedTo, iris.entity(to)));
  yield* inChunks(corpus.events, size, (out, event) => eventQuads(out, iris, event));
  yield* inChunks(corpus.conflicts, size, (out, { event, claims: [a, b] }) => {
    out.add(iris.claim(event, a.article), nkg.conflictsWith, iris.claim(event, b.article));
    out.add(iris.claim(event, b.article), nkg.conflictsWith, iris.claim(event, a.article));
  });
  const retractions = new QuadSink();
  retractionQuads(retractions, iris, corpus.events);
  if (retractions.quads.length > 0) yield retractions.quads;
}

/**
 * What one article says: its metadata and mentions, its statements, its reports of events and their dates (claims),
 * and its responses, each with a Response node holding the cue, confidence and evidence.
 */
function articleChunk(out: QuadSink, iris: Iris, index: CorpusIndex, x: ArticleExtraction): void {
  articleQuads(out, iris, x);
  for (const statement of x.statements) statementQuads(out, iris, x.article.id, statement, index.clusterHeads);
  for (const event of x.events) {
    const node = iris.event(event.key!);
    for (const span of event.spans) out.add(node, nkg.evidence, spanQuads(out, iris, x.article.id, span));
  }
  for (const { event, claim } of index.claims.get(x.article.id) ?? []) {
    const c = iris.claim(event.key, claim.article);
    out.add(c, rdf.type, nkg.Claim);
    out.add(c, nkg.claimAbout, iris.event(event.key));
    out.add(c, nkg.claimProperty, nkg.eventDate);
    out.add(c, nkg.claimValue, dateLiteral(claim.date));
    out.add(c, nkg.claimedIn, iris.article(claim.article));
    if (claim.evidence) out.add(c, nkg.evidence, spanQuads(out, iris, claim.article, claim.evidence));
  }
  x.responses.forEach((r, n) => {
    const fromNode = iris.statement(x.article.id, r.from);
    const { node: toNode } = respondedTo(x, r, index, iris);
    out.add(fromNode, nkg.respondsTo, toNode);
    const node = iris.response(x.article.id, r.from, n);
    out.add(node, rdf.type, nkg.Response);
    out.add(node, nkg.responseFrom, fromNode);
    out.add(node, nkg.responseTo, toNode);
    out.add(node, nkg.confidence, decimalLiteral(r.confidence));
    out.add(node, nkg.extractor, literal(`responses/${r.cue}`));
    out.add(node, nkg.evidence, spanQuads(out, iris, x.article.id, r.evidence));
  });
}

/**
 * The graph in chunks: first what the corpus shares (in chunks of about `headChunk` quads), then one chunk per article,
 * in input order. No triple stands in two chunks, so a writer can stream them one at a time and never hold the whole graph.
 */
export function* corpusQuadChunks(corpus: LinkedCorpus, iris: Iris, headChunk = HEAD_CHUNK): Generator<Quad[]> {
  const index = indexCorpus(corpus);
  yield* corpusChunks(iris, corpus, index, headChunk);
  for (const x of corpus.articles) {
    const out = new QuadSink();
    articleChunk(out, iris, index, x);
    yield out.quads;
  }
}

export function corpusToQuads(corpus: LinkedCorpus, iris: Iris): Quad[] {
  return [...corpusQuadChunks(corpus, iris)].flat();
}
