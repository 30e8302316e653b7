// The data that flows between extraction steps and on to the RDF writer.
import type { EntityType, EventType, Stance } from './lexicon/lexicons.js';
import type { PartialDate } from './document/dates.js';
import type { Span } from './document/span.js';

export type { Span };

export type { EntityType };

/** A value stated by the article's source, or detected in its text with the span that shows it. */
export type Sourced<T> = { value: T; provenance: 'given' } | { value: T; provenance: 'detected'; evidence: Span };

/** An entity as the graph knows it, after resolution: one per real-world person, organisation or outlet. */
export interface Entity {
  /** Stable key, `type/slug`, from which the IRI is made. */
  key: string;
  type: EntityType;
  name: string;
  wikidata?: string;
  aliases: string[];
  handles: string[];
  /** 1 for entities confirmed by the knowledge base; lower for those found only in text. */
  confidence: number;
  /** A person's gender as an article marks it or their first name suggests, for resolving pronouns (not written). */
  gender?: 'female' | 'male';
}

export interface ArticleRecord {
  id: string;
  source: string;
  text: string;
  lang: string;
  url?: string;
  title?: string;
  /** Key of the publishing outlet entity. */
  outlet?: Sourced<string>;
  /** ISO 8601 date or date-time. */
  published?: Sourced<string>;
  /** The author a byline names (a name, not an entity: bylines are not part of the story). */
  author?: Sourced<string>;
}

/** Everything extracted from one article, before the cross-article steps. */
export interface ArticleExtraction {
  article: ArticleRecord;
  /** Entities this article names or is published by, keyed by entity key. */
  entities: Entity[];
  /** Where the article names each entity, in text order. */
  mentions: Mention[];
  /** Roles the article gives people (« le sénateur républicain de Floride »). */
  roles: RoleAssertion[];
  /** What people said, as this article reports it. */
  statements: Statement[];
  /** What happened, as this article reports it. */
  events: ArticleEvent[];
  /** Which statements respond to which statement or event. */
  responses: Response[];
  /** The date relative expressions were read against (publication date, or inferred); never written as publication. */
  reference?: PartialDate;
}

/** An event as one article reports it; reports of the same event are merged into one node across articles. */
export interface ArticleEvent {
  /** Index within the article, for responses to point at. */
  local: number;
  type: EventType;
  /** Entity keys of who took part (for acts: who acted). */
  participants: string[];
  /** Entity key of a Place. */
  place?: string;
  /** The sentences that report it. */
  spans: Span[];
  /** ISO date this article gives it, at the precision given. */
  date?: string;
  /** The words that give the date. */
  dateEvidence?: Span;
  /** The text gives no date: `date` is the article's publication day, what a news report of the day implies. */
  dateAssumed?: boolean;
  /** Done to its participants (« inculpé », "fired"), not by them: no act anyone answers them for. */
  undergone?: boolean;
  /** A gathering (a debate, a hearing, question time) of everyone the sentence names: no act anyone answers them for. */
  gathering?: boolean;
  confidence: number;
  extractor: string;
  /** Key of the corpus-wide event node (set when articles are merged). */
  key?: string;
}

/** A statement responding to another statement or to an event, with the cue and words that show it. */
export interface Response {
  from: string;
  /** A statement of the article, an event it reports, or (when it says whom but not what) a person or organisation. */
  to: { statement: string } | { event: number } | { agent: string };
  cue: 'addressee' | 'denial' | 'criticism' | 'answer' | 'names-actor' | 'names-speaker' | 'shares-topic' | 'reaction-sequence' | 'criticism-context' | 'criticism-of-protagonist' | 'echoes';
  confidence: number;
  evidence: Span;
}

/** One report of something a speaker said: a quote, a tweet, or reported speech, in one article. */
export interface Statement {
  /** Short content hash, stable for the same article and offsets. */
  key: string;
  kind: 'direct' | 'indirect';
  /** The words as reported; fragments of a quote broken by an incise are joined by « … ». */
  text: string;
  /** Where the words stand in the article: one span, or one per fragment. */
  spans: Span[];
  lang: string;
  /** Entity key of who said it; absent when the article does not say. */
  speaker?: string;
  /** The words that say who spoke (« a ironisé le sénateur républicain John McCain », a tweet's signature). */
  attribution?: Span;
  /** What the reporting verb says of the speaker's attitude (criticism, denial…). */
  stance?: Stance;
  /** The reporting verb asks a question (« a demandé », "asked"). */
  asks?: boolean;
  /** The reporting verb reacts to what happened (« a réagi », "welcomed"). */
  reacts?: boolean;
  /** Entity key of where it was said: Twitter, a TV channel. */
  venue?: string;
  /** ISO date it was said, when the text gives or implies it. */
  date?: string;
  /** A tweet's handle, as signed. */
  handle?: string;
  /** The handle of the post a tweet replies to ("Replying to @…"). */
  replyTo?: string;
  /** Entity key of the outlet or organisation the article cites as its source (« selon CNBC »). */
  source?: string;
  confidence: number;
  extractor: string;
  /** Key of the cluster of reports of the same statement across articles (set by clustering). */
  cluster?: string;
}

/** A role the text gives a person, with the words that say so. */
export interface RoleAssertion {
  entity: string;
  /** Role key from data/lexicon/roles.json: "senator", "president". */
  title: string;
  /** Key of the country (a Place entity) the role is held in. */
  country?: string;
  /** Key of the party or organisation entity. */
  affiliation?: string;
  /** « de Floride »: the place or body, as written. */
  qualifier?: string;
  span: Span;
}

export interface Mention {
  entity: string;
  span: Span;
  extractor: string;
  confidence: number;
}

/** The extraction of a whole corpus, ready to be written as RDF. */
/** What the graph is written from: the linked articles, walked in input order (perhaps read from disk each time), and what they share. */
export interface LinkedCorpus {
  articles: Iterable<ArticleExtraction>;
  entities: Map<string, Entity>;
  events: CorpusEvent[];
  conflicts: DateConflict[];
}

/** The linked corpus held in memory. */
export interface CorpusExtraction extends LinkedCorpus {
  articles: ArticleExtraction[];
}

/** What one article says an event's date is, with the words that say it. */
export interface DateClaim {
  article: string;
  date: string;
  evidence?: Span;
}

export interface CorpusEvent {
  key: string;
  type: EventType;
  participants: string[];
  place?: string;
  /** The date most articles give, at the best precision they give; else the day the first report was published. */
  date?: string;
  /** No article gives the date: it is the first report's publication day. */
  dateAssumed?: boolean;
  claims: DateClaim[];
  reports: { article: string; event: ArticleEvent }[];
}

/** Two articles disagreeing on a fact: both claims stay, each with its article. */
export interface DateConflict {
  event: string;
  claims: [DateClaim, DateClaim];
}
