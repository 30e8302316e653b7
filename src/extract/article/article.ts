// Extract one article: its layout, language, outlet and date, then what the later steps find in it.
import { NewskgError } from '../../errors.js';
import type { ArticleInput } from '../../ingest/types.js';
import { parseIsoDate, toIsoDate, type PartialDate } from '../document/dates.js';
import { indexKb, lookupDomain, entityKey } from '../lexicon/kb-index.js';
import { detectLanguageOfTokens } from '../document/language.js';
import { ArticleDocument } from '../document/document.js';
import { extractEntities } from '../entities/entities.js';
import { extractStatements, readArticle, type Reading } from '../statements/statements.js';
import { rankStatements } from '../statements/likelihood.js';
import { rankResponses } from '../responses/likelihood.js';
import { extractEvents, pairCriticism } from '../events/events.js';
import { findResponses } from '../responses/responses.js';
import { foldText } from '../document/normalize.js';
import { detectAuthor, detectOutlet, detectPublished, kbEntityToEntity, outletNameWords } from './metadata.js';
import { lexiconsFor, type Lexicons } from '../lexicon/lexicons.js';
import type { ArticleEvent, ArticleExtraction, ArticleRecord, Entity, Mention, Response, Statement } from '../types.js';

function givenOutlet(name: string, lex: Lexicons): Entity {
  const index = indexKb(lex.kb);
  const known = lookupDomain(index, name) ?? index.byAlias.get(foldText(name))?.find((e) => e.type === 'Outlet');
  if (known) return kbEntityToEntity(known);
  return { key: entityKey('Outlet', name), type: 'Outlet', name, aliases: [], handles: [], confidence: 1 };
}

function givenDate(value: string, input: ArticleInput): string {
  const parsed = parseIsoDate(value);
  const iso = parsed && toIsoDate(parsed);
  if (!iso) throw new NewskgError('EFORMAT', `"published" is not an ISO 8601 date: ${value}`, { file: input.source });
  return iso;
}

/** The article record with its metadata: given by the source where it was, detected from the text otherwise. */
export function readArticleRecord(input: ArticleInput, doc: ArticleDocument, lex: Lexicons): { record: ArticleRecord; outlet?: Entity } {
  const { lines } = doc;
  const lang = input.given.lang ?? detectLanguageOfTokens(doc.tokens, lex.stopwords);
  doc.lang = lang;
  const record: ArticleRecord = { id: input.id, source: input.source, text: input.text, lang, url: input.given.url, title: input.given.title };
  let outlet: Entity | undefined;
  if (input.given.outlet) {
    outlet = givenOutlet(input.given.outlet, lex);
    record.outlet = { value: outlet.key, provenance: 'given' };
  } else {
    const detected = detectOutlet(doc, lex.layout, indexKb(lex.kb), outletNameWords(lex.organisations));
    if (detected) {
      outlet = detected.entity;
      record.outlet = { value: outlet.key, provenance: 'detected', evidence: detected.evidence };
    }
  }
  const author = input.given.author ? undefined : detectAuthor(lines, lex.layout, indexKb(lex.kb));
  if (input.given.author) record.author = { value: input.given.author, provenance: 'given' };
  else if (author) record.author = { value: author.text, provenance: 'detected', evidence: author };
  if (input.given.published) {
    record.published = { value: givenDate(input.given.published, input), provenance: 'given' };
  } else {
    const detected = detectPublished(lines, lex.layout, lex.dates, lang);
    if (detected) record.published = { value: detected.iso, provenance: 'detected', evidence: detected.evidence };
  }
  return { record, outlet };
}

/**
 * "NATION" atop the page, "told the Nation": the publisher's name without its first word ("Daily Nation", "The
 * Herald"), found as a name no list knows, is the publisher.
 */
function withPublisherByShortName<T extends { entities: Entity[]; mentions: Mention[] }>(found: T, outlet: Entity): T {
  const words = outlet.name.split(/\s+/u);
  // ("(GLP)" in the dateline of « GLP — Grands Lacs Presse »: the acronym its masthead gives is the publisher too.)
  // ("(CWS)" in the dateline of "Caribbean Wire Service": so are the initials of its name.)
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
  const shortNames = new Set([...(words.length >= 2 ? [words.slice(1).join(' ')] : []), ...(initials.length >= 3 ? [initials] : []), ...outlet.aliases].map((n) => foldText(n)));
  const named = new Set(found.entities.filter((e) => e.confidence < 1 && e.type !== 'Person' && shortNames.has(foldText(e.name))).map((e) => e.key));
  if (named.size === 0) return found;
  return {
    ...found,
    entities: found.entities.filter((e) => !named.has(e.key)),
    mentions: found.mentions.map((m) => (named.has(m.entity) ? { ...m, entity: outlet.key } : m)),
  };
}

/** "L'Écho caribéen" published, « à L'Écho caribéen » read as the known "L'Echo": a name that opens the publisher's. */
function withPublisherNamedInFull<T extends { entities: Entity[]; mentions: Mention[] }>(found: T, outlet: Entity, text: string): T {
  const names = [outlet.name, outlet.name.replace(/^(?:l['’]|le\s|la\s|les\s|the\s)/iu, '')].map((n) => foldText(n)).filter((n) => n.includes(' '));
  const opensPublisher = (m: Mention) => m.entity !== outlet.key && names.some((n) => foldText(text.slice(m.span.start, m.span.start + n.length + 2)).startsWith(n));
  const moved = found.mentions.filter(opensPublisher);
  if (moved.length === 0) return found;
  const mentions = found.mentions.map((m) => (moved.includes(m) ? { ...m, entity: outlet.key } : m));
  const left = new Set(mentions.map((m) => m.entity));
  return { ...found, entities: found.entities.filter((e) => e.type === 'Person' || left.has(e.key)), mentions };
}

/** An article read as far as its statements, before the statement model ranks them: what training learns from. */
export interface StatementCandidates {
  article: ArticleRecord;
  entities: Entity[];
  mentions: Mention[];
  roles: ArticleExtraction['roles'];
  reading: Reading;
  statements: Statement[];
}

/** Read an article and find every statement the rules see in it, however unlikely. */
export function findStatementCandidates(input: ArticleInput, allLexicons: Lexicons, reference?: PartialDate): StatementCandidates {
  const doc = new ArticleDocument(input.text, allLexicons.layout);
  const { record, outlet } = readArticleRecord(input, doc, allLexicons);
  const lex = lexiconsFor(allLexicons, doc.lang);
  doc.readQuotations(lex, record.published?.value, reference);
  const extracted = extractEntities(doc, lex, record.published?.value);
  const found = outlet ? withPublisherNamedInFull(withPublisherByShortName(extracted, outlet), outlet, doc.text) : extracted;
  const entities = outlet ? [outlet, ...found.entities] : found.entities;
  const reading = readArticle({ doc, article: record, entities, mentions: found.mentions }, lex);
  return { article: record, entities, mentions: found.mentions, roles: found.roles, reading, statements: extractStatements(reading) };
}

/** An article read as far as its responses, before the response model ranks them: what training learns from. */
export interface ResponseCandidates {
  /** The statements the statement model keeps, with their confidence. */
  statements: Statement[];
  events: ArticleEvent[];
  responses: Response[];
}

/** Keep an article's likely statements, and find its events and every response the cues give. */
export function findResponseCandidates(found: StatementCandidates, allLexicons: Lexicons): ResponseCandidates {
  const statements = rankStatements(found.reading.ctx, found.statements, allLexicons.models.statements);
  const events = extractEvents(found.reading, statements);
  return { statements, events, responses: findResponses(found.reading, statements, events) };
}

/**
 * Everything one article says. `reference` resolves relative dates when the article has no date of its own
 * (the corpus step infers it from articles that report the same statements).
 */
export function extractArticle(input: ArticleInput, allLexicons: Lexicons, reference?: PartialDate): ArticleExtraction {
  const found = findStatementCandidates(input, allLexicons, reference);
  const { article, entities, mentions, roles, reading } = found;
  const { statements, events, responses: candidates } = findResponseCandidates(found, allLexicons);
  const model = allLexicons.models.responses;
  // (Criticism is paired with whom it answers whatever the response's confidence: the events do not hang on the threshold.)
  const scored = rankResponses(reading.ctx, statements, events, candidates, { ...model, keep: 0 });
  pairCriticism(events, statements, scored);
  const responses = scored.filter((r) => r.confidence >= model.keep);
  return { article, entities, mentions, roles, statements, events, responses, reference: reading.ctx.reference };
}
