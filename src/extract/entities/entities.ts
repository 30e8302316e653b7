// Find the people, organisations, outlets and places an article names, and resolve every mention to one entity:
// knowledge-base aliases and handles, unknown names found by linguistic cues, surnames, and role phrases.
import { parseIsoDate, type PartialDate } from '../document/dates.js';
import { allNames, entityKey, indexKb, type KbIndex } from '../lexicon/kb-index.js';
import { findKbMentions } from './kb-mentions.js';
import { kbEntityToEntity } from '../article/metadata.js';
import { foldText, foldWord } from '../document/normalize.js';
import { foldToken, PhraseIndex } from '../document/phrases.js';
import { matchReportingVerb, verbAfterApposition } from '../statements/reporting-verbs.js';
import { matchRolePhrase, NOT_CURRENT, partyNamedAt, type RolePhrase } from './roles.js';
import type { Token } from '../document/tokens.js';
import { pushTo, appendAll } from '../../collections.js';
import { certainGenderOfName, genderMarkedIn, genderOfName, isFirstNameAnywhere, isFirstNameInLists, isListedFirstName, type Gender } from './gender.js';
import { isCommonWord } from '../lexicon/dictionary.js';
import type { ArticleDocument } from '../document/document.js';
import { firstStartingAt } from '../document/span.js';
import { namesEntities, roundUpName } from '../document/layout.js';
import { honorificWords, QUESTIONED_BY_REACH, questionedBy, stopwordSet, type EntityType, type KbEntity, type Lexicons } from '../lexicon/lexicons.js';
import type { Entity, Mention, RoleAssertion, Span } from '../types.js';

export interface EntityExtraction {
  entities: Entity[];
  /** Mentions in text order. */
  mentions: Mention[];
  roles: RoleAssertion[];
}

/** Confidence of each way of finding an entity; the knowledge base confirms, text cues only suggest. */
export const CONFIDENCE = {
  kb: 1,
  handle: 1,
  nameVariant: 0.8,
  surnameInKb: 0.8,
  roleInArticle: 0.9,
  roleNamedLast: 0.7,
  roleInKb: 0.7,
  unknownWithFirstName: 0.7,
  unknownByCue: 0.6,
  unknownOrganisation: 0.6,
  unknownOutlet: 0.7,
  unknownSingleName: 0.5,
} as const;

/** « LFI », "SIPTU", and a group's acronym with its letter after a hyphen: « CRCE-K ». */
const isAcronym = (t: Token) => /^\p{Lu}{2,6}(?:-\p{Lu}{1,2})?$|^\p{Lu}+&\p{Lu}+$/u.test(t.text);
/** An acronym joined by a hyphen to a capitalised word: « CGT-Cheminots », "SUD-Rail", « ACV-Transcom ». */
const UNION_OF = /^\p{Lu}{2,6}-(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})$/u;

const PLATFORM_PREPOSITIONS = new Set(['sur', 'on', 'via']);
/** Prepositions that open a role's complement (« responsable de », "responsible for"). */
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'de', 'du', 'des', 'd', 'pour', 'with', 'avec', 'from', 'to', 'a', 'au', 'aux']);
/** "responsible for Manitoba Hydro", "coordinator at CUTS International": a preposition, or one and an acronym, before a name makes it a complement. */
const isComplementPreposition = (t: Token | undefined) => t !== undefined && (COMPLEMENT_PREPOSITIONS.has(t.folded) || t.folded === 'at');

function opensComplement(tokens: readonly Token[], k: number): boolean {
  return isComplementPreposition(tokens[k]) || (tokens[k] !== undefined && isAcronym(tokens[k]!) && isComplementPreposition(tokens[k - 1])) || portfolioGoesOn(tokens, k);
}

/**
 * "the Minister of Local Government and Public Works": after a preposition, capitalised words joined by "and", « et »
 * are one complement; the name after the last "and" is the portfolio's, no holder's.
 */
function portfolioGoesOn(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:and|et|&)$/u.test(tokens[k]?.folded ?? '')) return false;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.capitalised) j--;
  return j < k - 1 && isComplementPreposition(tokens[j]);
}
/** Words before a name that make it no agent: « dirigée par X », "a letter to X", « contre X ». */
const OBJECT_PREPOSITIONS = new Set([...COMPLEMENT_PREPOSITIONS, 'par', 'by', 'contre', 'against']);
/** The knowledge-base name of the platform embedded tweets come from. */
const TWEET_PLATFORM = 'Twitter';

/** Whether a reporting verb ends right before token i (« a déclaré » + name). */
function reportingVerbEndsAt(tokens: readonly Token[], i: number, ctx: Context): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const v = matchReportingVerb(tokens, k, ctx.lex.verbs);
    if (v && k + v.length === i) return true;
  }
  return false;
}

/** How many tokens may separate a role phrase from the name it introduces (« le fondateur du blog X Judd Legum »). */
const ROLE_WINDOW = 10;
/** Tokens of a word in parentheses: "(", "NANTU", ")". */
const PARENTHESISED_WORD = 3;
/** Words between a role and the body it is held in: « de la », "of the". */
const ROLE_COMPLEMENT_WORDS = new Set(['of', 'the', 'de', 'du', 'des', 'd', 'la', 'l', 'le', 'les', 'at']);
/**
 * « la cheffe du DFI et son collègue X », "the minister and her deputy X": past « et » and a possessive, the name is
 * someone else's (but « la ministre du Travail et de la Santé, X » joins two words of one title).
 */
const COORDINATORS = new Set(['et', 'and', 'ou', 'or']);
const POSSESSIVE_DETERMINERS = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'his', 'her', 'their', 'its']);
const joinsSomeoneElse = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).some((t, k) => COORDINATORS.has(t.folded) && POSSESSIVE_DETERMINERS.has(tokens[from + k + 1]?.folded ?? ''));

interface Candidate {
  /** Token range within its line. */
  start: number;
  end: number;
  span: Span;
  type: EntityType;
  kb?: KbEntity;
  /** Name of an entity the knowledge base does not know. */
  name?: string;
  /** A single capitalised word, to be resolved against the article's people. */
  surname?: boolean;
  /** A lone word right before punctuation (« Josh, … »): a name even when it is also an ordinary word. */
  beforePunctuation?: boolean;
  /** A full name with no cue of its own: kept only if the article names that person elsewhere. */
  pendingFullName?: boolean;
  /** A handle no list knows (« @ThomasRegnierLR »): the person of the article whose name it spells, if any. */
  unknownHandle?: boolean;
  role?: RolePhrase;
  confidence: number;
  extractor: string;
  /** An acronym the text defines for this name (« Mouvement pour la Justice sociale (MJS) »). */
  acronym?: string;
  /** The gender an honorific before the name marks (« Mme », "Sir"). */
  gender?: Gender;
  /** The country of a body the knowledge base does not know, from the one it belongs to ("CBC Manitoba": CBC's). */
  of?: string;
  /** Bodies of several countries that go by these words at home: the article's country chooses (`chooseByCountry`). */
  atHome?: KbEntity[];
  /** With `atHome`: the words also name `kb` wherever the article is from. */
  everywhere?: boolean;
  /** Set by resolution. */
  entity?: Entity;
}

interface PendingRole {
  role: RolePhrase;
  span: Span;
  /** The gender its words mark (« la ministre », "spokeswoman"). */
  gender?: Gender;
  /** The candidate the role describes, when the text names it. */
  target?: Candidate;
  /** "The committee chair, Liberal Democrat MP Fiona Pryce": the role before this one, set off by a comma, names the same person. */
  apposed?: PendingRole;
  /** « le député socialiste »: the party its adjective names, resolved with the article's country. */
  party?: Candidate;
}

/** The role, and any role in apposition before it, describe this candidate. */
function setRoleTarget(role: PendingRole, target: Candidate): void {
  for (let r: PendingRole | undefined = role; r && !r.target; r = r.apposed) r.target = target;
}

/** A comma, and at most a party's capitalised words, between two roles: the second is in apposition to the first. */
const APPOSITION = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

interface Context {
  commonAcronyms: ReadonlySet<string>;
  /** Folded adjectives of nationality (roles.json "nationalities"): « le Sénat américain » is no regional body. */
  nationalityWords: ReadonlySet<string>;
  kbByName: ReadonlyMap<string, KbEntity>;
  /** The knowledge base's people by the titles their roles give them. */
  kbPeopleByTitle: ReadonlyMap<string, KbEntity[]>;
  /** The knowledge base's entry for the platform tweets are posted on. */
  twitter?: KbEntity;
  lex: Lexicons;
  kb: KbIndex;
  firstNames: Set<string>;
  notNames: Set<string>;
  placeNouns: Set<string>;
  thingNouns: Set<string>;
  /** Nouns of kin and entourage (roles.json "relations"). */
  relations: PhraseIndex<true>;
  /** Folded nouns a lower-case party adjective names the party after (roles.json "partyMembers"). */
  partyMembers: Set<string>;
  sloganOpenings: Set<string>;
  campaignNouns: Set<string>;
  particles: Set<string>;
  /** « ould », « mint », "bin": son or daughter of, folded. */
  patronymics: Set<string>;
  /** "Trần", "Wang", "Kim": family names written first, folded. */
  familyNamesFirst: Set<string>;
  orgHeads: Set<string>;
  chamberHeads: Set<string>;
  orgTails: Set<string>;
  /** The tails as written, in lower case: an accent the list does not write makes another word ("Có" is no "Co."). */
  orgTailsWritten: Set<string>;
  outletNouns: PhraseIndex<true>;
  outletCues: PhraseIndex<true>;
  /** « selon », "according to": cues of a voice, from quotes.json. */
  speakerCues: PhraseIndex<true>;
  outletNameWords: Set<string>;
  broadcastWords: Set<string>;
  /** « l'organisation X », « l'ONG X »: nouns that introduce an organisation's name. */
  organisationNouns: PhraseIndex<true>;
  /** Plurals of the one-word nouns of bodies (« sociétés », "companies"), folded: a list of names after one names bodies. */
  bodyListNouns: Set<string>;
  lowercaseHeads: PhraseIndex<true>;
  lowercaseTails: PhraseIndex<true>;
  /** Nouns that introduce a body by a quoted name (« la liste « … » »). */
  quotedNameNouns: Set<string>;
  /** Words that qualify a place's name ("Northern", « Haute »): before a place they name a region, not a body. */
  placeQualifiers: Set<string>;
  /** Titles written after a name ("MP", "MS", "TD"): the name is a person's. */
  postNominals: Set<string>;
  /** Function words ("In", « Dans »): capitalised at a sentence's start, they name nothing. */
  stopwords: ReadonlySet<string>;
  lowercaseTopicHeads: PhraseIndex<true>;
  honorifics: Set<string>;
  leaderNouns: Set<string>;
  auxiliaries: Set<string>;
  /** Surname (folded) → knowledge-base people with that surname. */
  kbSurnames: Map<string, KbEntity[]>;
  /** Entity key → its knowledge-base entry. */
  kbByKey: Map<string, KbEntity>;
}

const contexts = new WeakMap<Lexicons, Context>();

/**
 * "Bachar al-Assad" → ["al assad", "assad"]; "Donald J. Trump" → ["trump"]; « Ahmedou Ould Sidi Brahim » → ["ould
 * sidi brahim", "brahim"] (a patronymic's words to the end are a family name).
 */
export function surnamesOf(name: string, particles: ReadonlySet<string>, patronymics?: ReadonlySet<string>): string[] {
  const words = foldText(name).split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const out = [last];
  const beforeLast = words[words.length - 2]!;
  if (particles.has(beforeLast) && words.length > 2) out.unshift(`${beforeLast} ${last}`);
  const patronymic = patronymics ? words.findIndex((w, k) => k >= 1 && k < words.length - 1 && patronymics.has(w)) : -1;
  if (patronymic >= 1) {
    const family = words.slice(patronymic).join(' ');
    if (!out.includes(family)) out.unshift(family);
  }
  // « Gagnon-Lévesque »: a hyphenated family name is named whole (folding splits it into two words).
  const written = name.trim().split(/\s+/);
  const compound = written.length >= 2 && written[written.length - 1]!.includes('-') ? foldText(written[written.length - 1]!) : undefined;
  if (compound && !out.includes(compound)) out.unshift(compound);
  // « Nadège Fils-Aimé Duverger » is « Mme Fils-Aimé Duverger »: a hyphenated name before the last one opens a family name of two.
  const double = written.length >= 3 && written[written.length - 2]!.includes('-') ? foldText(written.slice(-2).join(' ')) : undefined;
  if (double && !out.includes(double)) out.unshift(double);
  return out;
}

function context(lex: Lexicons): Context {
  let ctx = contexts.get(lex);
  if (ctx) return ctx;
  const fold = (w: string) => foldText(w);
  const particles = new Set(lex.names.particles.map(fold));
  const patronymics = new Set(lex.names.patronymics.map(fold));
  const kbSurnames = new Map<string, KbEntity[]>();
  for (const e of lex.kb.entities) {
    if (e.type !== 'Person') continue;
    for (const name of allNames(e)) {
      for (const s of surnamesOf(name, particles, patronymics)) {
        const list = kbSurnames.get(s) ?? [];
        if (!list.includes(e)) list.push(e);
        kbSurnames.set(s, list);
      }
    }
  }
  ctx = {
    lex,
    kb: indexKb(lex.kb),
    firstNames: new Set(lex.names.firstNames.map(fold)),
    notNames: new Set(lex.names.notNames.map(fold)),
    placeNouns: new Set(lex.names.placeNouns.map(fold)),
    thingNouns: new Set(lex.names.thingNouns.map(fold)),
    relations: Object.values(lex.roles.relations).flat().reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    partyMembers: new Set(lex.roles.partyMembers.map(fold)),
    sloganOpenings: new Set(lex.organisations.sloganOpenings),
    campaignNouns: new Set(lex.organisations.campaignNouns.map(fold)),
    particles,
    patronymics,
    familyNamesFirst: new Set(lex.names.familyNamesFirst.map(fold)),
    orgHeads: new Set(lex.organisations.heads.map(fold)),
    chamberHeads: new Set(lex.organisations.chamberHeads.map(fold)),
    commonAcronyms: new Set(lex.organisations.commonAcronyms),
    orgTails: new Set(lex.organisations.tails.map(fold)),
    orgTailsWritten: new Set(lex.organisations.tails.map((w) => w.toLowerCase().replace(/\.$/u, ''))),
    outletNouns: lex.organisations.outletNouns.reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    outletCues: lex.venues.outletCues.reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    speakerCues: lex.quotes.speakerCues.reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    outletNameWords: new Set(lex.organisations.outletNameWords.map(fold)),
    broadcastWords: new Set(lex.organisations.broadcastWords.map(fold)),
    organisationNouns: [...lex.organisations.anaphoraNouns.Organisation, ...lex.organisations.introducingNouns].reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    bodyListNouns: new Set([...lex.organisations.anaphoraNouns.Organisation, ...lex.organisations.introducingNouns].filter((w) => /^\p{Ll}+$/u.test(w)).map((w) => fold(pluralOf(w)))),
    lowercaseHeads: lex.organisations.lowercaseHeads.reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    lowercaseTopicHeads: lex.organisations.lowercaseTopicHeads.reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    lowercaseTails: lex.organisations.lowercaseTails.reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>()),
    quotedNameNouns: new Set(lex.organisations.quotedNameNouns.map(fold)),
    placeQualifiers: new Set(lex.names.placeQualifiers.map(fold)),
    postNominals: new Set(lex.names.postNominals),
    stopwords: stopwordSet(lex.stopwords),
    honorifics: new Set(honorificWords(lex.roles).map(fold)),
    leaderNouns: new Set(lex.names.leaderNouns.map(fold)),
    auxiliaries: new Set(Object.values(lex.verbs.auxiliaries).flat().map(fold)),
    kbSurnames,
    kbByKey: new Map(lex.kb.entities.map((e) => [entityKey(e.type, e.name), e])),
    kbByName: new Map(lex.kb.entities.map((e) => [e.name, e])),
    nationalityWords: new Set(Object.values(lex.roles.nationalities).flat().map(fold)),
    kbPeopleByTitle: lex.kb.entities.filter((e) => e.type === 'Person').reduce((m, e) => {
      for (const t of new Set((e.roles ?? []).map((role) => role.title))) pushTo(m, t, e);
      return m;
    }, new Map<string, KbEntity[]>()),
    twitter: lex.kb.entities.find((e) => e.name === TWEET_PLATFORM),
  };
  contexts.set(lex, ctx);
  return ctx;
}

/** Words an acronym's expansion skips: « Fédération des associations de parents (FAPEO) ». */
const EXPANSION_FUNCTION_WORDS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'pour', 'sur', 'à', 'au', 'aux', 'of', 'and', 'the', 'for', 'on', 'in', 'per', 'i', 'y', 'del', 'dels', 'por', 'para']);
/** How far back an acronym's expansion may open. */
const MAX_EXPANSION_WORDS = 15;

/**
 * « le projet de loi de financement de la Sécurité sociale (PLFSS) », "a goods and services tax (GST)": an acronym
 * defined in parentheses whose expansion opens in lower case (the nearest word before it with the acronym's first
 * letter) shortens a common noun (a bill, a tax), not a body's name (« la Fédération des … (FAPEO) »), unless it is
 * an institution the press writes in lower case (« l'agence régionale de santé (ARS) », « l'inspection générale des
 * affaires sociales (IGAS) »: a body's head opens it).
 */
function shortensCommonNoun(tokens: readonly Token[], i: number, ctx: Context): boolean {
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') return false;
  const initial = tokens[i]!.folded.charAt(0);
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_EXPANSION_WORDS; k--) {
    const t = tokens[k]!;
    if (/^[.!?;:()«»"“”]$/u.test(t.text)) return false;
    if (t.folded.charAt(0) === initial && !EXPANSION_FUNCTION_WORDS.has(t.folded)) return /^\p{Ll}/u.test(t.text) && !ctx.lowercaseHeads.matchAt(tokens, k) && !ctx.orgHeads.has(t.folded);
  }
  return false;
}

/**
 * « l'Association des propriétaires d'Andorre (APA) », "Demòcrates per Andorra (DA)": an acronym in parentheses that
 * the words before it spell, from a capitalised one, is defined there, whatever else a list knows by it.
 */
function definitionStart(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') return undefined;
  const acronym = tokens[i]!.folded;
  let initials = '';
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_EXPANSION_WORDS && initials.length < acronym.length; k--) {
    const t = tokens[k]!;
    if (!/^\p{L}/u.test(t.text)) return undefined;
    if (EXPANSION_FUNCTION_WORDS.has(t.folded)) continue;
    initials = t.folded.charAt(0) + initials;
    if (initials === acronym && t.capitalised) return k;
  }
  return undefined;
}

/** The acronyms an article defines as shortening a common noun (shortensCommonNoun): a tax, a bill, not a body. */
function commonNounAcronyms(tokens: readonly Token[], ctx: Context): Set<string> {
  return new Set(tokens.filter((t, i) => isAcronym(t) && shortensCommonNoun(tokens, i, ctx)).map((t) => t.text));
}

const ALL_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * A word in capitals that is no acronym: a month in a dateline ("24 FEB 2026"), or a word of a kicker or a page label
 * written in capitals ("OHIO POLITICS", « MISE À JOUR »), told by an ordinary word among them.
 */
function writtenInCapitals(tokens: readonly Token[], i: number, ctx: Context): boolean {
  const t = tokens[i]!;
  if (!ALL_CAPITALS.test(t.text)) return false;
  const number = (k: number) => /^\d/u.test(tokens[k]?.text ?? '');
  if (ctx.lex.dates.months[t.folded] !== undefined && (number(i - 1) || number(i + 1))) return true;
  // « MISE À JOUR »: a one-letter word in capitals goes on the run.
  const inRun = (t: Token | undefined) => t !== undefined && (ALL_CAPITALS.test(t.text) || /^\p{Lu}$/u.test(t.text));
  let start = i;
  let end = i + 1;
  while (start > 0 && inRun(tokens[start - 1])) start--;
  while (end < tokens.length && inRun(tokens[end])) end++;
  return tokens.slice(start, end).filter((t) => ALL_CAPITALS.test(t.text)).length >= 2 && tokens.slice(start, end).some((w) => w.text.length >= 4 && isCommonWord(w.text));
}

/** Where the capitalised words from `from` on end, before a first name. */
function nameWordsEnd(tokens: readonly Token[], from: number, ctx: Context): number {
  let end = from;
  // ("Nurses' Association": through a plural's possessive to the name word after it.)
  while ((isNameWord(tokens[end], ctx) && !ctx.firstNames.has(tokens[end]!.folded)) || (end > from && pluralPossessive(tokens, end) && isNameWord(tokens[end + 1], ctx))) end++;
  return end;
}

/** Whether the capitalised words from `from` on end with a word that closes a body's name ("Legislature", "Association"). */
function endsOnBodyTail(tokens: readonly Token[], from: number, ctx: Context): boolean {
  const end = nameWordsEnd(tokens, from, ctx);
  return end > from && ctx.orgTails.has(foldToken(tokens[end - 1]!));
}

/** Whether the capitalised words from `from` on end with a body's tail or an ordinary word ("Manitoba Hydro"). */
function opensBodyName(tokens: readonly Token[], from: number, ctx: Context): boolean {
  const end = nameWordsEnd(tokens, from, ctx);
  return endsOnBodyTail(tokens, from, ctx) || (end > from && isCommonWord(tokens[end - 1]!.text));
}

/** "St", "Saint", « Sainte », "Santa", "San": a saint's name opens a place's or a body's name (St Colman's University Hospital, Santa Venera), never a person's. */
const SAINTS = new Set(['st', 'saint', 'sainte', 'ste', 'santa', 'santo', 'san']);

/** "Allison St Rose", "Kelvin St. Hill": a saint's name after a first name is a family name, not a street or a place. */
function opensFamilyName(words: readonly Token[], k: number): boolean {
  return SAINTS.has(words[k]!.folded.replace(/\.$/u, '')) && words[k + 1]?.capitalised === true;
}

/** "Prison Officers' Association": an apostrophe closing a plural word, a possessive that may stand inside a body's name. */
function pluralPossessive(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const before = tokens[at - 1];
  return t !== undefined && before !== undefined && /^['’]$/u.test(t.text) && t.start === before.end && /s$/u.test(before.text);
}

/** « al-Hassan », "van-Dyke", "deBrum": a particle in lower case joined to a name's word makes no common word of it. */
const PARTICLE_PREFIX = /^(?:(?:al|el|ben|bin|abu|de|van|von|di|da|du|le|la|ibn)-\p{Lu}|(?:de|da|di|du|la|le|van|von|ver)\p{Lu}\p{Ll})/u;

/** "Republican-controlled", "DA-led", "London-based": a name made an adjective by a participle after its hyphen. */
const HYPHENATED_PARTICIPLE = /-\p{Ll}+(?:ed|run)$/u;

function isNameWord(t: Token | undefined, ctx: Context): boolean {
  if (!t) return false;
  if (PARTICLE_PREFIX.test(t.text)) return true;
  return t.capitalised && /\p{L}/u.test(t.text) && !ctx.notNames.has(foldToken(t)) && !t.text.startsWith('@') && !HYPHENATED_PARTICIPLE.test(t.text);
}

/** Where "(S)" in "JD(S)" ends: one to three capitals in parentheses, written against the acronym before them. */
function acronymSuffixEnd(tokens: readonly Token[], k: number): number {
  const [open, letters, close] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  const joined = open?.text === '(' && open.start === tokens[k - 1]!.end && close?.text === ')' && close.start === letters!.end;
  return joined && /^\p{Lu}{1,3}$/u.test(letters!.text) ? k + 3 : k;
}

/** "M.C.", "J.R.R.": initials written against each other (« M. C. Dupont » is Monsieur C. Dupont). */
function joinedInitials(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.start === tokens[i]!.end && /^\p{Lu}\.$/u.test(tokens[i]!.text) && /^\p{Lu}\.$/u.test(next.text);
}

/** « M. », "Dr", and « gouvernement » in « le gouvernement De Wever » (what a leader's government is named by is a person). */
function isNameCue(t: Token, ctx: Context): boolean {
  return ctx.honorifics.has(t.folded) || (!t.capitalised && ctx.leaderNouns.has(t.folded));
}

/**
 * "Mere Takerei, who chairs the group": "who" after a name stands for a person, unless the name ends in an ordinary
 * word ("Kaimai Health, who run the clinic": British English says "who" of bodies too).
 */
/** The title of whoever heads a government named after them. */
const HEAD_OF_GOVERNMENT = 'prime-minister';
// (Not « cabinet »: « le cabinet de la ministre X » is her office.)
const GOVERNMENT_NOUNS = new Set(['gouvernement', 'government']);

/** Whether a government's noun names itself after the person at [start, end): « gouvernement (de) X », "X government". */
function namesGovernment(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.folded === 'de' || tokens[start - 1]?.folded === 'of' ? start - 2 : start - 1;
  return (before >= 0 && GOVERNMENT_NOUNS.has(tokens[before]!.folded)) || GOVERNMENT_NOUNS.has(tokens[end]?.folded ?? '');
}

/** Most words of a page's name a post is signed with. */
const MAX_PAGE_NAME_WORDS = 6;

/** Whether a speaker cue (« selon », "according to", "for") opens the sentence right before token i. */
function speakerCueOpensAt(tokens: readonly Token[], i: number, ctx: Context): boolean {
  for (let k = Math.max(0, i - MAX_CUE_WORDS); k < i; k++) {
    const cue = ctx.speakerCues.matchAt(tokens, k);
    if (cue && k + cue.length === i && opensSentence(tokens, k)) return true;
  }
  return false;
}
const MAX_CUE_WORDS = 4;

/**
 * « Souksavanh Phommachanh, 29 ans, vendeur … », "Tom Hale, 45, said", "…, aged 61,": an age in apposition marks a
 * person.
 */
function ageAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const [a, b, c] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
  if (a?.folded === 'aged' && AGE.test(b?.text ?? '')) return true;
  return AGE.test(a?.text ?? '') && (b?.folded === 'ans' ? c?.text === ',' : b?.text === ',');
}
const AGE = /^(?:1[0-9]|[2-9][0-9]|1[01][0-9])$/u;

function whoAfter(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === ',' && ['who', 'whom', 'whose'].includes(tokens[end + 1]?.folded ?? '') && !isCommonWord(tokens[end - 1]!.text);
}

function spanOf(text: string, tokens: readonly Token[], start: number, end: number): Span {
  const s = tokens[start]!.start;
  const e = tokens[end - 1]!.end;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * "Rachel Hurst (Lab)", "Sen. Ana Ruiz (D-Ariz.)": the party label the press sets in parentheses after a member's
 * name names the party, read as its full name would be (so "Lab" is the Labour of the article's country).
 */
function partyTaggedAt(tokens: readonly Token[], i: number, ctx: Context): Candidate | undefined {
  const t = tokens[i]!;
  if (i < 2 || tokens[i - 1]!.text !== '(' || !isNameWord(tokens[i - 2], ctx)) return undefined;
  const tag = /^(\p{L}+)(?:-\p{Lu}|$)/u.exec(t.text)?.[1];
  const full = tag === undefined ? undefined : ctx.lex.roles.partyTags[tag];
  if (full === undefined || (tag === t.text && tokens[i + 1]?.text !== ')')) return undefined;
  const key = foldText(full);
  const candidates = ctx.kb.byAlias.get(key) ?? [];
  const atHome = ctx.kb.byHomeName.get(key) ?? [];
  if (candidates.length + atHome.length === 0) return undefined;
  const span = { start: t.start, end: t.start + tag!.length, text: tag! };
  return { start: i, end: i + 1, span, type: 'Organisation', kb: preferredKb(candidates.length > 0 ? candidates : atHome), atHome: atHome.length > 0 ? atHome : undefined, everywhere: candidates.length > 0, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/party-tag' };
}

/** Determiners before a party adjective used as a noun: « la socialiste Anne Vidal », « les insoumis ». */
const PARTY_NOUN_DETERMINERS = new Set(['le', 'la', 'l', 'les']);

/**
 * « socialiste »: the party a lower-case party adjective names, the one of the article's country (the Parti socialiste
 * in Paris, the PS in Brussels), or none. As a member's qualifier (« le député socialiste ») it names no speaker; as
 * a noun (« les socialistes ») it may.
 */
function partyOfAdjective(text: string, tokens: readonly Token[], i: number, ctx: Context, extractor = 'entities/party-of-member'): Candidate | undefined {
  const parties = ctx.kb.byAdjective.get(tokens[i]!.folded);
  if (!parties) return undefined;
  return { start: i, end: i + 1, span: spanOf(text, tokens, i, i + 1), type: 'Organisation', kb: preferredKb(parties), atHome: parties, everywhere: false, confidence: CONFIDENCE.unknownOrganisation, extractor };
}

/**
 * « le groupe socialiste », « les élus insoumis et communistes », « la socialiste Anne Vidal », « les péquistes »: a
 * party adjective after a member noun or a determiner names the party (after a title, the role reads it);
 * « le conservateur du musée » is no member (after a determiner, a name or a plural must follow or be).
 */
function partyOfMemberAt(text: string, tokens: readonly Token[], i: number, found: readonly Candidate[], ctx: Context): Candidate | undefined {
  if (i === 0 || !ctx.kb.byAdjective.has(tokens[i]!.folded)) return undefined;
  const before = tokens[i - 1]!.folded;
  const listedAfter = ['et', 'and', ','].includes(before) ? found.find((c) => c.end === i - 1 && c.extractor.startsWith('entities/party-')) : undefined;
  const asNoun = PARTY_NOUN_DETERMINERS.has(before) && ((before === 'les' && /[sx]$/u.test(tokens[i]!.folded)) || (tokens[i + 1]?.capitalised === true && isNameWord(tokens[i + 1], ctx)));
  if (asNoun) return partyOfAdjective(text, tokens, i, ctx, 'entities/party-as-noun');
  return listedAfter || ctx.partyMembers.has(before) ? partyOfAdjective(text, tokens, i, ctx, listedAfter?.extractor) : undefined;
}

function preferredKb(candidates: readonly KbEntity[]): KbEntity {
  const order: EntityType[] = ['Person', 'Organisation', 'Outlet', 'Place'];
  return [...candidates].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0]!;
}

/**
 * The country an article is mostly about: the one most of its unambiguous knowledge-base entities belong to, and
 * the roles it names (« le premier ministre belge »).
 */
function articleCountry(candidates: readonly Candidate[], roles: readonly PendingRole[]): string | undefined {
  const votes = new Map<string, number>();
  const vote = (country: string | undefined) => country && votes.set(country, (votes.get(country) ?? 0) + 1);
  // (Not a known outlet's edition: "SBS Transit" may be no edition at all, and says nothing of where the story is.)
  for (const c of candidates) if (!c.atHome && c.extractor !== 'entities/edition') vote(c.kb?.of ?? c.kb?.country ?? c.of);
  for (const pending of roles) vote(pending.role.country);
  let best: string | undefined;
  for (const [country, n] of votes) if (best === undefined || n > votes.get(best)!) best = country;
  return best;
}

/**
 * The region (province, nation) of the country most of the article's bodies and places are in, when they outnumber
 * the country's national ones: a Québec story's « Parti libéral » is the Parti libéral du Québec, a federal one's not.
 */
function articleRegion(candidates: readonly Candidate[], country: string | undefined): string | undefined {
  const votes = new Map<string, number>();
  let national = 0;
  for (const c of candidates) {
    if (c.atHome || !c.kb || (c.kb.of ?? c.kb.country) !== country) continue;
    if (c.kb.region === undefined) national++;
    else votes.set(c.kb.region, (votes.get(c.kb.region) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [region, n] of votes) if (best === undefined || n > votes.get(best)!) best = region;
  return best !== undefined && votes.get(best)! > national ? best : undefined;
}

/**
 * « la Chambre », "the Senate", "the Greens": the body of the article's country that goes by that name at home,
 * else the body the name means everywhere; words that are only a home name elsewhere name nothing here, unless they
 * name a body in full (ownBodyOfCountry), whether the article's country is known or not.
 */
function chooseByCountry(candidates: readonly Candidate[], roles: readonly PendingRole[]): Candidate[] {
  const country = articleCountry(candidates, roles);
  const region = articleRegion(candidates, country);
  // A region's body only in a story of that region, and before the country's own.
  const fits = (kb: KbEntity) => kb.of === country && (kb.region === undefined || kb.region === region);
  // « le Parti libéral du Québec » then « les libéraux »: the body the article names in full comes first.
  const named = new Set(candidates.filter((c) => !c.atHome).map((c) => c.kb));
  return candidates.filter((c) => {
    if (!c.atHome) return true;
    const home = c.atHome.find((kb) => kb.of === country && named.has(kb)) ?? c.atHome.find((kb) => fits(kb) && kb.region !== undefined) ?? c.atHome.find(fits);
    if (home) c.kb = home;
    else if (!c.everywhere) return ownBodyOfCountry(c);
    c.type = c.kb!.type;
    return true;
  });
}

/**
 * « la Cour constitutionnelle » in a story from Gabon, "the High Court" in one from Fiji, « Radio 1 » in one from
 * Tahiti, "the United Democratic Party" in one that never names its country: a body's or an outlet's name of two
 * words or more that others of other countries go by at home, written as a name (capitalised), is the story's
 * country's own, one the knowledge base does not know. (One word, « le Parlement », "the Senate", is too vague to name
 * one.)
 */
function ownBodyOfCountry(c: Candidate): boolean {
  const words = c.span.text.replace(/^(?:the|la|le|les|l['’])\s*/iu, '');
  const type = c.atHome![0]!.type;
  if ((type !== 'Organisation' && type !== 'Outlet') || !/^\p{Lu}/u.test(words) || !/\s/u.test(words)) return false;
  const confidence = type === 'Outlet' ? CONFIDENCE.unknownOutlet : CONFIDENCE.unknownOrganisation;
  Object.assign(c, { kb: undefined, atHome: undefined, type, name: words, confidence, extractor: 'entities/body-of-country' });
  return true;
}

/** "Public Health Scotland", "Food Standards Scotland": where the capitalised common nouns before a body's word begin. */
function commonNounsBefore(tokens: readonly Token[], from: number, taken: readonly boolean[], ctx: Context): number {
  let k = from;
  while (k > 1 && !taken[k - 1] && isCapitalisedCommonNoun(tokens[k - 1]!, ctx) && !opensSentence(tokens, k - 1)) k--;
  return k;
}

function isCapitalisedCommonNoun(t: Token, ctx: Context): boolean {
  return t.capitalised && t.text.length >= 3 && /^\p{L}+$/u.test(t.text) && isCommonWord(t.text) && !ctx.stopwords.has(t.folded) && !ctx.firstNames.has(t.folded);
}

/** Most words a body's name may run past its first words to the acronym its initials spell. */
const MAX_SPELLED_WORDS = 16;

/** The first letters of a name's words but its function words (« Association des propriétaires d'Andorre »: "apa"). */
function initialsOf(words: readonly Token[]): string {
  return words.filter((t) => /^\p{L}/u.test(t.text) && !EXPANSION_FUNCTION_WORDS.has(t.folded)).map((t) => t.folded.charAt(0)).join('');
}

/** Where "(Word)" stands after a name that starts at `start`, when the initials of the words up to it spell Word. */
function initialsAcronymAt(tokens: readonly Token[], start: number, from: number): number | undefined {
  for (let k = from; k < from + MAX_SPELLED_WORDS && tokens[k + 2]; k++) {
    if (/^[.;:!?()«»"“”]$/u.test(tokens[k]!.text) && tokens[k]!.text !== '(') return undefined;
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !/^\p{Lu}\p{L}{2,}(?:-\p{Lu}+)?$/u.test(tokens[k + 1]!.text)) continue;
    const initials = initialsOf(tokens.slice(start, k));
    // « (FEESP-CSN) »: the body's initials, then the confederation it belongs to.
    return initials === tokens[k + 1]!.folded.split(' ')[0] ? k : undefined;
  }
  return undefined;
}

/** Titles that take a portfolio before them ("Energy Minister"), not the body they lead ("University President"). */
const PORTFOLIO_TITLES = new Set(['minister', 'foreign-minister', 'secretary-of-state']);

/**
 * Where a capitalised title (no determiner) starts between two token positions, when a name follows it ("Federal
 * Energy Minister Daniel Kerrigan": the title may start right where the run of capitals stopped).
 */
function portfolioTitleAt(tokens: readonly Token[], from: number, to: number, ctx: Context): number | undefined {
  for (let k = from; k < to; k++) {
    const role = tokens[k]?.capitalised ? matchRolePhrase(tokens, k, ctx.lex.roles, () => false) : undefined;
    if (role && role.start === k && PORTFOLIO_TITLES.has(role.title) && isNameWord(tokens[role.end], ctx)) return k;
  }
  return undefined;
}

/**
 * « le beau-frère de la ministre », « l'avocat du sénateur », "the lawyer of the senator": a role (from its determiner
 * at `start`) that is the complement of a noun of kin or entourage.
 */
function complementsRelation(tokens: readonly Token[], start: number, ctx: Context): boolean {
  const contracted = ['du', 'des'].includes(tokens[start]?.folded ?? '');
  const of = contracted ? start : start - 1;
  if (!contracted && !['de', 'd', 'of'].includes(tokens[of]?.folded ?? '')) return false;
  return [1, 2, 3].some((n) => of - n >= 0 && ctx.relations.matchAt(tokens, of - n)?.length === n);
}

/** « Sophie Rochat (PS/VD) »: two capitals after the party's slash, closing the parentheses, are the member's canton or state. */
function constituencyCode(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === '/' && tokens[i + 1]?.text === ')' && /^\p{Lu}{2}$/u.test(tokens[i]!.text);
}

/** "the Sinn Féin leader", "the Labour MP": a body named right before token i, with "the" before it. */
function bodyOpensRole(tokens: readonly Token[], i: number, found: readonly Candidate[]): boolean {
  const body = found.find((c) => c.end === i && c.type === 'Organisation');
  return body !== undefined && body.start > 0 && ['the', 'le', 'la', 'l'].includes(tokens[body.start - 1]!.folded);
}

/** The words between two token positions carry no verb: a role there still describes the name after it. */
function noVerbBetween(tokens: readonly Token[], from: number, to: number, ctx: Context): boolean {
  for (let k = from; k < to; k++) {
    // « le vice-président chargé des finances, X »: a French participle with no auxiliary describes the role.
    const participle = /(?:é|ée|és|ées)$/u.test(tokens[k]!.text);
    if (ctx.auxiliaries.has(foldToken(tokens[k]!)) || (!participle && matchReportingVerb(tokens, k, ctx.lex.verbs))) return false;
    if (/^[.!?;:«»“”"]$/.test(tokens[k]!.text)) return false;
  }
  return true;
}

/**
 * Whether a role after a name and a comma describes that name: not when it is the subject of the verb that follows it
 * (« Interpellée par X, la ministre de l'Écologie a annoncé »), nor when its gender is not the name's.
 */
function describesName(tokens: readonly Token[], role: RolePhrase, name: string | undefined, ctx: Context): boolean {
  const next = tokens[role.end];
  if (next !== undefined && /\p{L}/u.test(next.text) && !noVerbBetween(tokens, role.end, role.end + 1, ctx)) return false;
  return gendersAgree(genderMarkedIn(tokens, role.start, role.end, ctx.lex.roles), name);
}

/** Whether the gender a role marks (if any) is the one a name's first name usually has (if known). */
function gendersAgree(marked: Gender | undefined, name: string | undefined): boolean {
  const named = name === undefined ? undefined : certainGenderOfName(name);
  return marked === undefined || named === undefined || marked === named;
}

/**
 * A noun right before a name that says what it names: « la radio NPO », « l'ONG Transparence Nord »; one adjective
 * may follow the noun (« le groupe norvégien Norvik Metals », « la compagnie aérienne Volterre »), unless told that a
 * first name opens the name ("airline executive Jeffrey Lindqvist": the word between is the person's role).
 */
/** Adjectives that may stand between a noun and the name it introduces. */
const MAX_ADJECTIVES = 2;

function nounBefore(tokens: readonly Token[], start: number, nouns: PhraseIndex<true>, maxWords = 3, pastAdjective = true): boolean {
  // (Past an adjective or two: « la radio publique groenlandaise KNR », « l'agence de presse cap-verdienne Inforpress ».)
  let nounEnd = start;
  while (pastAdjective && start - nounEnd < MAX_ADJECTIVES && nounEnd > 0 && ADJECTIVE.test(tokens[nounEnd - 1]!.text.replace(/^\p{Ll}+-/u, '')) && !nouns.matchAt(tokens, nounEnd - 1)) nounEnd--;
  for (let k = 1; k <= maxWords && nounEnd - k >= 0; k++) {
    const m = nouns.matchAt(tokens, nounEnd - k);
    if (m && m.length === k) return true;
  }
  // « le collectif de riverains Kergoat Vigilance », « le groupe parlementaire de l'opposition Takku Wallu »: the
  // noun's complement, « de » (with its article) and a lower-case noun, between.
  const article = start > 2 && ['l', 'la', 'le'].includes(tokens[start - 2]!.folded) ? 1 : 0;
  const complement = start - 2 - article;
  if (complement > 0 && ['de', 'd', 'des'].includes(tokens[complement]!.folded) && /^\p{Ll}{3,}$/u.test(tokens[start - 1]!.text)) {
    // The noun may have its adjective: « le groupe parlementaire de … ».
    for (let k = 1; k <= maxWords && complement - k >= 0; k++) {
      const m = nouns.matchAt(tokens, complement - k);
      if (m && (m.length === k || (m.length === k - 1 && /^\p{Ll}{3,}$/u.test(tokens[complement - 1]!.text)))) return true;
    }
  }
  return false;
}

/** At most this many words name an edition or a branch: "Radio 5 Live". */
const MAX_EDITION_WORDS = 3;

/** Where the capitalised words (and numbers between them) right after an outlet's name end, if no title or first name stands among them. */
function editionEnd(tokens: readonly Token[], from: number, ctx: Context): number | undefined {
  // "NATO Secretary General Anders Kjeldsen": a title, or a first name, ends it.
  const opens = (k: number) => matchRolePhrase(tokens, k, ctx.lex.roles, () => false) !== undefined || isFirstNameWord(ctx, tokens[k]!.text, tokens[k + 1]?.text);
  let end = from;
  while (end - from < MAX_EDITION_WORDS && (isNameWord(tokens[end], ctx) || (/^\d+$/u.test(tokens[end]?.text ?? '') && isNameWord(tokens[end + 1], ctx))) && !opens(end)) end++;
  return end > from && !isNameWord(tokens[end], ctx) ? end : undefined;
}

/** « Mosaïque FM », "Joy FM": a name that ends on its band, in capitals, is a radio station's ("the FM's answers" is no name). */
function namesRadioBand(words: readonly Token[]): boolean {
  return words.length > 1 && ['FM', 'AM'].includes(words[words.length - 1]!.text);
}

/** "95.7": a radio station's frequency. */
const STATION_FREQUENCY = /^\d{2,3}[.,]\d$/u;
/** "Bernews", « Tchadinfos »: a site's name of one word made with "news" or « infos ». */
const NEWS_COMPOUND = /^\p{Lu}\p{L}{2,}(?:news|infos?)$/u;

/** "Radio 1", "TV 5": a channel's number. */
const CHANNEL_NUMBER = /^\d{1,2}$/u;

/** "FM100", "EMTV", "CyBC" before "radio": one word that names a station. */
function isStationName(tokens: readonly Token[], i: number, ctx: Context): boolean {
  const token = tokens[i]!;
  if (!token.capitalised) return false;
  const word = token.text;
  if (word.endsWith('TV') ? /^\p{Lu}{2,4}TV$/u.test(word) : (word.startsWith('FM') || word.startsWith('AM')) && /^(?:FM|AM)\d{2,3}$/u.test(word)) return true;
  const next = tokens[i + 1];
  return next !== undefined && !next.capitalised && ctx.broadcastWords.has(next.folded) && /^\p{Lu}\p{L}{1,5}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * "News 95.7", « Radio Vision 2000, »: a station's frequency, or a number that ends a clause, after an outlet's name is
 * part of it (but not "Radio Kiskeya 5 jours plus tard").
 */
function numberOfStation(tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  if (!t) return end;
  const frequency = STATION_FREQUENCY.test(t.text);
  const closing = /^\d+$/u.test(t.text) && (tokens[end + 1] === undefined || /^[,.;:)]$/u.test(tokens[end + 1]!.text));
  return frequency || closing ? end + 1 : end;
}

/** « La Matinale de la RTS », "Morning Ireland on RTÉ": a programme, named before the outlet the knowledge base knows. */
function programmeOf(tokens: readonly Token[], end: number, kbAt: ReadonlyMap<number, Candidate>): boolean {
  if (!/^(?:de|du|d|of|on|sur)$/u.test(tokens[end]?.folded ?? '')) return false;
  const at = /^(?:la|le|l|the)$/u.test(tokens[end + 1]?.folded ?? '') ? end + 2 : end + 1;
  return kbAt.get(at)?.type === 'Outlet';
}

/** Most words between a noun like « liste » and the quoted name it introduces (« la liste d'union de la gauche « … » »). */
const MAX_WORDS_BEFORE_QUOTED_NAME = 6;
/** Most words in such a name. */
const MAX_QUOTED_NAME_WORDS = 8;
const OPENING_QUOTES = new Set(['«', '“', '"']);
const CLOSING_QUOTES = new Set(['»', '”', '"']);

/**
 * « la liste « Bellerive d'abord » », « tête de la liste d'union de la gauche « Villeurbanne en commun » », "the
 * Yes for Homes campaign's slate \"…\"": a quoted name a noun of lists and campaigns introduces is a body's.
 */
function quotedBodyNames(text: string, tokens: readonly Token[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENING_QUOTES.has(tokens[i]!.text) || !tokens[i + 1]?.capitalised) continue;
    // Only a few words ahead: a line of many quotes is read once.
    let close = i + 1;
    while (close <= i + MAX_QUOTED_NAME_WORDS + 1 && tokens[close] && !CLOSING_QUOTES.has(tokens[close]!.text)) close++;
    if (!tokens[close] || !CLOSING_QUOTES.has(tokens[close]!.text)) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= MAX_WORDS_BEFORE_QUOTED_NAME && /^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[k]!.text) && !ctx.quotedNameNouns.has(tokens[k]!.folded)) k--;
    if (k < 0 || !ctx.quotedNameNouns.has(tokens[k]!.folded)) continue;
    const span = spanOf(text, tokens, i + 1, close);
    out.push({ start: i + 1, end: close, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/quoted-name' });
    i = close;
  }
  return out;
}

/** Articles that open an apposition after a name: "Northgate Civils, a company run by …", « Volterre, le fabricant de … ». */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l']);
const DEFINITE_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/** "Northgate Civils, a company run by his friend", « Volterre, une entreprise jurassienne »: a noun that types a body, in apposition after the name, perhaps after one adjective. */
function bodyInApposition(tokens: readonly Token[], end: number, ctx: Context): boolean {
  if (tokens[end]?.text !== ',' || !APPOSITION_ARTICLES.has(tokens[end + 1]?.folded ?? '')) return false;
  return [end + 2, end + 3].some((k) => {
    const noun = tokens[k] && !tokens[k]!.capitalised ? ctx.organisationNouns.matchAt(tokens, k) : undefined;
    // "the federation's president" describes a person; "Ministers, the operator and the opposition" is a list.
    const next = tokens[k + (noun?.length ?? 0)];
    return noun !== undefined && !/^(?:['’]s|and|et|or|ou|,)$/iu.test(next?.text ?? '');
  });
}

/** Words of an apposition before its title: "the SNP's Westminster leader", « la nouvelle présidente ». */
const APPOSITION_WORDS = 5;

/**
 * "Morag Kinnaird, the SNP's Westminster leader, says": a name set off by a comma before an article and a title,
 * closed by a comma, is a person's, whatever their first name.
 */
function roleInApposition(tokens: readonly Token[], end: number, ctx: Context): boolean {
  if (tokens[end]?.text !== ',') return false;
  // "Bwalya Ngandu, centre coordinator at CUTS, said": with no article, lower-case words, then the title and its body.
  const bare = !APPOSITION_ARTICLES.has(tokens[end + 1]?.folded ?? '');
  // (A body's name and its acronym before the title count as one word: "the Citizens Coalition for Change (CCC) MP".)
  const reach = bare ? APPOSITION_WORDS : APPOSITION_WORDS + bodyNameLength(tokens, end + 2);
  for (let k = bare ? end + 1 : end + 2; k <= end + 1 + reach && tokens[k] && tokens[k]!.text !== ','; k++) {
    const role = matchRolePhrase(tokens, k, ctx.lex.roles, () => false);
    // ("the Citizens Coalition for Change (CCC) MP for Harare East, accused": a seat after the title.)
    if (role) return tokens[role.end]?.text === ',' || (bare && APPOSITION_PREPOSITIONS.has(tokens[role.end]?.folded ?? '')) || seatThenComma(tokens, role.end);
    if (bare && !/^\p{Ll}+$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** How many tokens a capitalised name (its "for", « de » inside) and an acronym in parentheses after it take from `at`. */
function bodyNameLength(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k] && (tokens[k]!.capitalised || (k > at && /^(?:for|of|and|de|du|des|et)$/u.test(tokens[k]!.folded) && tokens[k + 1]?.capitalised))) k++;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  return k - at;
}

/** "MP for Harare East,", « député de la Gironde, »: a title's seat, capitalised words after « for », « de », then a comma. */
function seatThenComma(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:for|of|de|du|d['’])$/iu.test(tokens[at]?.text ?? '')) return false;
  const from = /^(?:la|l['’])$/iu.test(tokens[at + 1]?.text ?? '') ? at + 2 : at + 1;
  const end = capitalisedRunEnd(tokens, from);
  return end > from && tokens[end]?.text === ',';
}

/** Prepositions that open the body a bare apposition's title belongs to: "coordinator at CUTS", « directrice de l'ONG », « chargée de recherche à la Licadho ». */
const APPOSITION_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'de', 'du', 'des', 'd', 'chez', 'a', 'au', 'aux']);

/**
 * "Labour's Llinos Pugh", "the Welsh Conservatives' Geraint Fellowes MS", "Toby Marchant MP": a name a body owns by
 * its possessive, or that a post-nominal title follows, is a member's, a person's.
 */
function namedAsMember(tokens: readonly Token[], start: number, end: number, found: readonly Candidate[], ctx: Context): boolean {
  // Not "the Galway West TD Eileen Daly", "the Scottish Conservative MSP for Highlands", "Every Liberal MP": a
  // post-nominal that goes on to a name or a seat follows a seat or a party, not a person's name.
  const after = tokens[end + 1];
  const goesOn = after !== undefined && (after.capitalised || /^(?:for|pour|of|de)$/u.test(after.folded));
  const postNominal = tokens[end] !== undefined && ctx.postNominals.has(tokens[end]!.text);
  if (postNominal && goesOn) return false;
  if (postNominal && isFirstNameInLists(tokens[start]!.text)) return true;
  const possessive = tokens[start - 1] && /^['’]s?$/u.test(tokens[start - 1]!.text) ? start - 1 : undefined;
  return possessive !== undefined && found.some((c) => c.end === possessive && c.type === 'Organisation');
}

/**
 * "Claire Kermode MHK": a title written after a person's name (one no role lexicon knows, else it would have ended the
 * name) is in the mention, not in the name.
 */
function withoutPostNominal(text: string, words: readonly Token[], ctx: Context): string {
  const end = words.length >= 3 && ctx.postNominals.has(words[words.length - 1]!.text) ? words[words.length - 2]!.end : words[words.length - 1]!.end;
  return text.slice(words[0]!.start, end);
}

/**
 * "KERMODE: It is, and …" opening a line of a transcript: a word in capitals before a colon labels who speaks, by
 * their family name; it is a person's if the article names one so, else nobody's ("UPDATE:", "NOTE:").
 */
function isSpeakerLabel(tokens: readonly Token[], i: number, end: number): boolean {
  return i === 0 && end === 1 && tokens[1]?.text === ':' && /^\p{Lu}{3,}$/u.test(tokens[0]!.text);
}

/** Lower-case words (an adjective or two) between a role and the « de » of its seat: « député indépendant d'Oran ». */
const SEAT_ADJECTIVES = 2;

/** Whether the word at `at` follows a role's « de », « d' », « du », perhaps past an adjective or two: the role's seat. */
function seatOfRoleAt(tokens: readonly Token[], at: number, ctx: Context): boolean {
  if (!/^(?:de|d['’]|du)$/iu.test(tokens[at - 1]?.text ?? '')) return false;
  for (let k = at - 2; k >= Math.max(0, at - 2 - SEAT_ADJECTIVES); k--) {
    const role = matchRolePhrase(tokens, k, ctx.lex.roles, () => false);
    if (role && role.end <= at - 1 && tokens.slice(role.end, at - 1).every((t) => /^\p{Ll}+$/u.test(t.text))) return true;
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Fewest letters of an ordinary word in capitals that is no acronym ("BUDGET", « CHEFFE »; "NATO", "UNESCO" are no words). */
const SHOUTED_WORD = 5;

/**
 * "LIVE | P.E.I. BUDGET 2025", « LA CHEFFE DE L'OPPOSITION »: an ordinary word in capitals among others, no body's
 * acronym (alone on its line, "NATION" may be a masthead's short name).
 */
function isShoutedWord(t: Token): boolean {
  return t.text.length >= SHOUTED_WORD && isCommonWord(t.text.toLowerCase());
}

/** "MPs", "TDs": members of a body, in capitals with a plural s, no name. */
const isPluralAcronym = (words: readonly Token[]) => words.length === 1 && /^\p{Lu}{2,}s$/u.test(words[0]!.text);
const endsOnPluralAcronym = (words: readonly Token[]) => words.length > 1 && isPluralAcronym(words.slice(-1));

/** Longest outlet cue, in tokens (« invitée de la matinale de »). */
const MAX_OUTLET_CUE = 6;

/** « invitée de la RFM », "speaking to BBC Sport": a cue ends right before the name, or before its article. */
function outletCueBefore(tokens: readonly Token[], start: number, cues: PhraseIndex<true>): boolean {
  const from = start > 0 && /^(?:la|le|l|les|the)$/u.test(tokens[start - 1]!.folded) ? start - 1 : start;
  return nounBefore(tokens, from, cues, MAX_OUTLET_CUE);
}

/** « d'ici la mi-décembre », « d'abord », « d'ailleurs »: adverbs made with « de », no complement of a body's name. */
const ADVERBS_AFTER_DE = new Set(['ici', 'abord', 'ailleurs', 'emblee', 'autant', 'habitude', 'apres', 'ores', 'urgence']);

/** Endings only English adjectives and nouns have ("political", "secretary", "northern"; French has « public », « social »). */
const ENGLISH_ADJECTIVE = /^\p{Ll}{3,}(?:ical|ary|ern|ics)$/u;

/** The shape of a French or English adjective after an organisation's head: « pénal », « fédérale », « financiers »
 * (English adjectives take no plural: "Commission officials" is the sentence going on). */
// Not past participles: « Brussels Airport paralysé » is the sentence going on.
const ADJECTIVE = /^\p{Ll}{3,}(?:iste|istes|anne|annes|ain|ains|aine|aines|al|ale|aux|ales|el|elle|ique|iques|ien|ienne|ais|aise|ois|oise|if|ive|aire|ier|ière|eur|eure|ic|ical|ial|ary|ern|els|elles|iens|iennes|aises|oises|ifs|ives|aires|iers|ières|eurs|eures|ics)$/u;
const INFINITIVE = /^(?:\p{Ll}+(?:er|ir|oir)|être|faire|dire|prendre|mettre)$/u;
/** Lower-case words that may follow « de » in a French body's name: « Commission des affaires sociales ». */
const NAME_OF_WORDS = 3;

/** How far a series of complements may run to the « et de » that closes it. */
const MAX_SERIES_WORDS = 8;

/** A comma then « de », in a series of complements that « et de » closes: « de l'économie, de la formation et de la recherche ». */
function seriesGoesOn(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || !['de', 'des', 'du', 'd'].includes(tokens[at + 1]?.folded ?? '')) return false;
  for (let k = at + 2; k < at + 2 + MAX_SERIES_WORDS && tokens[k]; k++) {
    if (/^[,.;:()]$/u.test(tokens[k]!.text)) return false;
    if (tokens[k]!.folded === 'et' && ['de', 'des', 'du', 'd'].includes(tokens[k + 1]?.folded ?? '')) return true;
  }
  return false;
}

/** Bodies named by what they sit on: "the House Committee on Ways, Means and Finance". */
const SITTING_BODIES = new Set(['committee', 'subcommittee', 'commission', 'panel', 'council']);
/**
 * "Committee on Foreign Affairs": "on" and the capitalised topic a committee sits on go on its name; not a day or a
 * month ("on Tuesday"), nor a place ("on Capitol Hill").
 */
function committeeOn(tokens: readonly Token[], e: number, ctx: Context): boolean {
  const topic = tokens[e + 1];
  if (tokens[e]!.text !== 'on' || !SITTING_BODIES.has(tokens[e - 1]?.folded ?? '') || !topic?.capitalised) return false;
  const dates = ctx.lex.dates;
  const word = topic.text.toLowerCase();
  return dates.months[word] === undefined && dates.weekdays[word] === undefined && !ctx.placeNouns.has(tokens[capitalisedRunEnd(tokens, e + 1) - 1]!.folded);
}

/** A word in lower case as written, without its elision's apostrophe: « dès » is no « des », « d' » is « d ». */
function asWritten(t: Token): string {
  return t.text.toLowerCase().replace(/['’]$/u, '');
}

/**
 * Extend an organisation's name over what follows its head or tail: adjectives (« Tribunal pénal fédéral »),
 * « de l'Intérieur », "of Midwives", and in French lower-case words after « de » (« Haut Conseil des finances
 * publiques », « Agence nationale de sécurité du médicament »), never over a verb or a preposition (« Assemblée entre »).
 */
function extendOrganisation(tokens: readonly Token[], end: number, ctx: Context): number {
  let e = end;
  // (French sets adjectives after a name, « Parti socialiste »; English never: "Monash University political scientist".)
  while (tokens[e] && ADJECTIVE.test(tokens[e]!.text) && !ENGLISH_ADJECTIVE.test(tokens[e]!.text) && e < end + 2) e++;
  while (tokens[e] && (['de', 'des', 'du', 'd', 'of', 'for', 'pour', 'et', 'and'].includes(asWritten(tokens[e]!)) || seriesGoesOn(tokens, e) || committeeOn(tokens, e, ctx))) {
    // « Département de l'économie, de la formation et de la recherche »: a comma between complements of a series.
    if (tokens[e]!.text === ',') e++;
    // « Direction de l'économie et de l'énergie », « ministère de la Santé et de la Prévention »: a second complement.
    if (asWritten(tokens[e]!) === 'et' && e > end && tokens[e + 1] && ['de', 'des', 'du', 'd'].includes(asWritten(tokens[e + 1]!))) {
      const next = extendOrganisation(tokens, e + 1, ctx);
      if (next > e + 2) return next;
    }
    let k = e + 1;
    // « de l'Intérieur », "of the Treasury"; but "SIPTU and the Haut Conseil" is two bodies.
    const joins = ['et', 'and', 'pour', 'for'].includes(asWritten(tokens[e]!));
    if (!joins && tokens[k] && ['l', 'la', 'le', 'the'].includes(foldToken(tokens[k]!))) k++;
    // ("the Council of Ministers and I'm happy": "I" is the speaker, not a body's word; "the Tonga Broadcasting
    // Commission and RNZ Pacific": an acronym after "and" opens another body.)
    if (tokens[k]?.capitalised && !FIRST_PERSON_I.test(tokens[k]!.text) && !(joins && isAcronym(tokens[k]!))) {
      e = capitalisedListEnd(tokens, capitalisedRunEnd(tokens, k + 1));
      // « des Établissements pénitentiaires »: the complement's own adjectives, after a common noun (« la préfecture du
      // Finistère rappelle »: a place takes none, and the word is the sentence's verb).
      for (let n = 0; n < 2 && tokens[e] && ADJECTIVE.test(tokens[e]!.text) && isCommonWord(tokens[e - 1]!.text); n++) e++;
      continue;
    }
    // « des finances publiques », « de sécurité du médicament »: French only, lower-case nouns and adjectives, but
    // not the infinitive of the sentence going on (« accusant Lenoir Pharma d'avoir … »).
    if (!['de', 'des', 'du', 'd'].includes(asWritten(tokens[e]!)) || !tokens[k] || !/^\p{Ll}{3,}$/u.test(tokens[k]!.text)) break;
    if (k === e + 1 && (INFINITIVE.test(tokens[k]!.text) || ADVERBS_AFTER_DE.has(tokens[k]!.folded))) break;
    let n = k;
    while (n < k + NAME_OF_WORDS && tokens[n] && /^\p{Ll}{3,}$/u.test(tokens[n]!.text) && (n === k || ADJECTIVE.test(tokens[n]!.text))) n++;
    e = n;
  }
  return e;
}

/** "Times", « Télévision »: a word of outlets' names, alone or in a hyphenated one (« Radiodiffusion-Télévision »). */
/** A web domain's last part, written right after a name: "Civil.ge", "Delfi.lv". */
const TOP_LEVEL_DOMAIN = /^\p{Ll}{2,4}$/u;

/**
 * Where an outlet's name that the usual capitalised run misreads ends: "The" and the capitalised words after it, or a
 * capitalised word with its web domain joined to it; undefined for any other name.
 */
function outletNameEnd(tokens: readonly Token[], i: number, ctx: Context): number | undefined {
  const t = tokens[i]!;
  const joined = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  if (t.text === 'The' && isNameWord(tokens[i + 1], ctx)) return capitalisedRunEnd(tokens, i + 1);
  if (t.capitalised && tokens[i + 1]?.text === '.' && joined(t, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2]) && TOP_LEVEL_DOMAIN.test(tokens[i + 2]?.text ?? '')) return i + 3;
  return undefined;
}

function isOutletNameWord(t: Token, ctx: Context): boolean {
  return ctx.outletNameWords.has(foldToken(t)) || (t.text.includes('-') && t.text.split('-').some((part) => ctx.outletNameWords.has(foldText(part))));
}

/** Where « de Carrow », « d'Aubérive », « du Nord » after a newspaper's name ends (`end` itself when none follows). */
function townAfter(tokens: readonly Token[], end: number): number {
  if (!['de', 'd', 'du'].includes(tokens[end]?.folded ?? '') || !tokens[end + 1]?.capitalised) return end;
  return capitalisedRunEnd(tokens, end + 1);
}

function capitalisedRunEnd(tokens: readonly Token[], from: number): number {
  let e = from;
  while (tokens[e]?.capitalised && /\p{L}/u.test(tokens[e]!.text)) e++;
  return e;
}

/** "company" → "companies", « société » → « sociétés »: a noun's regular plural. */
function pluralOf(noun: string): string {
  return /[^aeiou]y$/u.test(noun) ? `${noun.slice(0, -1)}ies` : /[sxz]$/u.test(noun) ? noun : `${noun}s`;
}

/** Words of the clause before a colon that may name the bodies listed after it ("the three companies named in the audit:"). */
const COLON_CLAUSE_WORDS = 8;

/**
 * « aux sociétés Atlantic Blue Protein, Sanyang Marine Feeds et Kartong Ocean Products », "the three companies named
 * in the audit: A, B and C": each name of a list after a plural noun of bodies, or after a colon closing a clause
 * with one, is a body's.
 */
function listedBodyAt(tokens: readonly Token[], i: number, ctx: Context): boolean {
  let k = i;
  while (k > 1 && (tokens[k - 1]!.text === ',' || joinsList(tokens[k - 1])) && tokens[k - 2]!.capitalised) k = capitalisedRunStart(tokens, k - 1);
  const before = tokens[k - 1];
  if (!before) return false;
  // (Not across the wide gap of a line of tags: "Trade unions  Strikes  Transport policy".)
  if (ctx.bodyListNouns.has(before.folded)) return tokens[k]!.start - before.end === 1;
  return before.text === ':' && tokens.slice(Math.max(0, k - 1 - COLON_CLAUSE_WORDS), k - 1).some((t) => ctx.bodyListNouns.has(t.folded));
}

/** "and", « et », "&" (whose folded form is empty): the word that closes a list of names. */
function joinsList(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '&' || t.folded === 'and' || t.folded === 'et');
}

/** "Ministry of Housing, Communities and Local Government": capitalised words listed with commas and closed by "and". */
function capitalisedListEnd(tokens: readonly Token[], from: number): number {
  let e = from;
  while (tokens[e]?.text === ',' && tokens[e + 1]?.capitalised) e = capitalisedRunEnd(tokens, e + 1);
  const closing = joinsList(tokens[e]) && tokens[e + 1]?.capitalised;
  return e > from && closing ? capitalisedRunEnd(tokens, e + 1) : from;
}

/** Where a run of capitalised words ending just before `at` starts. */
function capitalisedRunStart(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && tokens[k - 1]!.capitalised && /\p{L}/u.test(tokens[k - 1]!.text)) k--;
  return k;
}

/** "Net Zero, Energy and Transport Committee", "Health and Social Care Committee": capitalised words listed before `at`, closed by "and". */
function listedBefore(tokens: readonly Token[], at: number): number {
  if (!joinsList(tokens[at - 1]) || !tokens[at - 2]?.capitalised) return at;
  let k = capitalisedRunStart(tokens, at - 1);
  while (tokens[k - 1]?.text === ',' && tokens[k - 2]?.capitalised) k = capitalisedRunStart(tokens, k - 1);
  // "The Community and Public Sector Union": an article that opens the sentence is no part of the name.
  if (k < at - 2 && /^(?:the|la|le|les|l)$/u.test(tokens[k]!.folded)) return k + 1;
  // The sentence's first word is capitalised whatever it is: the list must not start there.
  return k > 0 && !/^[.!?:;«»"“”(—–-]$/u.test(tokens[k - 1]!.text) ? k : at;
}

/** How many first letters an adjective of a region shares with the region's name (« vaud-ois », « genè-ve »). */
const STEM_LETTERS = 4;
/** « vaudois », « genevoise », « valaisan », « jurassienne »: a French adjective of a region (a demonym's ending). */
const REGIONAL_ADJECTIVE = /^\p{Ll}{3,}(?:ois|oise|ais|aise|ien|ienne|an|ane|in|ine)$/u;
/** Determiners and contracted prepositions before a body's name (« du Parti socialiste vaudois », « des Vert-e-s vaudois »). */
const FRENCH_DETERMINERS = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'de', 'd', 'au', 'aux']);

function capitalisedStems(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.capitalised && t.folded.length >= STEM_LETTERS).map((t) => t.folded.slice(0, STEM_LETTERS)));
}

/** An adjective of a region the article names, not of a nation: « le Parti socialiste vaudois » in an article on Vaud, not « la CSC chrétienne ». */
function isRegionalAdjective(t: Token | undefined, ctx: Context, article: ArticleCues): boolean {
  return t !== undefined && REGIONAL_ADJECTIVE.test(t.text) && !ctx.nationalityWords.has(t.folded) && article.capitalisedStems.has(t.folded.slice(0, STEM_LETTERS));
}

/** Heads of a news agency's name, with an outlet's word (« Agence ivoirienne de presse », "News Agency of Nigeria"). */
const NEWS_AGENCY_HEADS = new Set(['agence', 'agency']);

/** '"…," she told FrontPage Africa': a name no list knows, told words in a quote's attribution, is a newsroom's. */
function toldTo(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.folded === 'told';
}

/** The kinds of body a broadcaster's name may end on ("Jamaica Broadcasting Corporation", "Helen Television System"). */
const BROADCASTER_KINDS = new Set(['corporation', 'company', 'network', 'service', 'services', 'system', 'systems', 'group', 'media', 'co.']);

/** "Helen Television System", "Radio Caribbean International": a name with a broadcast word and no other kind of body's word. */
function namesBroadcaster(words: readonly Token[], ctx: Context): boolean {
  const otherKind = (w: Token) => (ctx.orgHeads.has(w.folded) || ctx.orgTails.has(w.folded)) && !BROADCASTER_KINDS.has(w.folded);
  return words.some((w) => ctx.broadcastWords.has(w.folded)) && !words.some(otherKind);
}

/** "Green Party", « Parlement européen »: words that name a kind of body, by their first word's head or last word's tail. */
function isGenericBodyName(words: readonly Token[], ctx: Context): boolean {
  return ctx.orgHeads.has(words[0]!.folded) || ctx.orgTails.has(words[words.length - 1]!.folded);
}

/** « de Wallonie », "of Manitoba": a preposition and a capitalised name that is no person's (no first name). */
function placeComplementAt(tokens: readonly Token[], at: number, ctx: Context): boolean {
  if (!tokens[at] || !['of', 'de', 'du', 'd'].includes(foldToken(tokens[at]!))) return false;
  const k = tokens[at + 1] && ['la', 'l'].includes(foldToken(tokens[at + 1]!)) ? at + 2 : at + 1;
  return tokens[k]?.capitalised === true && /^\p{L}/u.test(tokens[k]!.text) && !ctx.firstNames.has(tokens[k]!.folded);
}

/** "FIRST Minister Fraser Lennox was accused …": the British press sets a story's first word in capitals; it is an ordinary word, no acronym. */
function openingWordInCapitals(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i === 0 && tokens[i]!.text.length >= 4 && isCommonWord(tokens[i]!.text.toLowerCase()) && next !== undefined && next.capitalised && !isAcronym(next);
}

/** Whether tokens [start, end) lie in a run of capitals whose initials the acronym right after it spells ("Nigeria Labour Congress (NLC)"). */
function spelledByAcronymAfter(tokens: readonly Token[], start: number, end: number): boolean {
  const runEnd = capitalisedRunEnd(tokens, end);
  const acronym = acronymAfter(tokens, runEnd);
  if (acronym === undefined) return false;
  // ("All People's Congress (APC)": the run goes on over a possessive; its "'s" spells no letter.)
  let from = capitalisedRunStart(tokens, start);
  while (from > 1 && POSSESSIVE.test(tokens[from - 1]!.text) && tokens[from - 2]!.capitalised) from = capitalisedRunStart(tokens, from - 1);
  const run = tokens.slice(from, runEnd).filter((t, k) => (k > 0 || !DEFINITE_ARTICLES.has(t.folded)) && !POSSESSIVE.test(t.text));
  return run.length > end - start && run.map((t) => t.text.charAt(0)).join('').toUpperCase() === acronym.toUpperCase();
}

const POSSESSIVE = /^['’]s$/u;
/** "I", "I'm", "I've": the English first person, capitalised wherever it stands. */
const FIRST_PERSON_I = /^I(?:['’]\p{L}+)?$/u;

/**
 * "the People's National Party (PNP)", "All People's Congress (APC)": a capitalised word and "'s" before a body's name
 * open it, when the acronym after the name spells them too; else the name opens at `start`.
 */
function possessiveOpening(tokens: readonly Token[], start: number, end: number): number {
  const owner = tokens[start - 2];
  const acronym = acronymAfter(tokens, end);
  if (!owner?.capitalised || !POSSESSIVE.test(tokens[start - 1]?.text ?? '') || acronym === undefined) return start;
  const from = capitalisedRunStart(tokens, start - 2);
  const initials = [...tokens.slice(from, start - 1), ...tokens.slice(start, end)].filter((t, k) => k > 0 || !DEFINITE_ARTICLES.has(t.folded)).map((t) => t.text.charAt(0)).join('');
  return initials.toUpperCase() === acronym.toUpperCase() ? from : start;
}

/** "Green Alliance Party (GAP)": the acronym a text defines in parentheses right after a name. */
/** "Chama Cha Mapinduzi (CCM)": words of a name, two or more, whose first letters the acronym right after them spells. */
function spelledByAcronymRightAfter(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start > 1 && acronymAfter(tokens, end)?.toUpperCase() === tokens.slice(start, end).map((w) => w.text.charAt(0)).join('').toUpperCase();
}

function acronymAfter(tokens: readonly Token[], end: number): string | undefined {
  const [open, word, close] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  return open?.text === '(' && word && isAcronym(word) && close?.text === ')' ? word.text : undefined;
}

/** Letters of a short name in parentheses after a body's name ("Nantu", "Cosatu"). */
const SHORT_NAME = /^\p{Lu}\p{Ll}{2,7}$/u;

/**
 * "the Namibia National Teachers' Union (Nantu)", "Congress of South African Trade Unions (Cosatu)": a word in
 * parentheses right after a name, whose letters are taken in order from the name's words, the first from its first.
 */
function shortNameAfter(tokens: readonly Token[], start: number, end: number): string | undefined {
  const [open, word, close] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  if (open?.text !== '(' || !word || !SHORT_NAME.test(word.text) || close?.text !== ')') return undefined;
  const words = tokens.slice(start, end).map((t) => t.folded).filter((w) => /^\p{L}/u.test(w));
  const letters = word.folded;
  if (words.length < 2 || letters[0] !== words[0]![0]) return undefined;
  // Each letter is found further on in the name than the one before it.
  const name = words.join(' ');
  let at = 0;
  for (const letter of letters) {
    at = name.indexOf(letter, at) + 1;
    if (at === 0) return undefined;
  }
  return word.text;
}

/**
 * « le président de l'Agglomération du Val de Scarpe », « la présidente du Conseil d'État »: the body a role is
 * held in, named by a capitalised head with its own complement, is mentioned too.
 */
function bodyInRole(text: string, tokens: readonly Token[], role: RolePhrase, ctx: Context): Candidate | undefined {
  for (let k = role.start + 1; k < role.end; k++) {
    // « le président de la FDSEA du Finistère », « le secrétaire général de la CGT-Cheminots »: an acronym the role is
    // held in names a body, with its place or branch. ("the CS": a title's own abbreviation names no body.)
    if ((isAcronym(tokens[k]!) || UNION_OF.test(tokens[k]!.text)) && !ctx.commonAcronyms.has(tokens[k]!.text) && !(tokens[k]!.text in ctx.lex.roles.abbreviations) && ['de', 'du', 'd', 'of', 'la', 'l', 'the'].includes(foldToken(tokens[k - 1]!))) {
      const span = spanOf(text, tokens, k, role.end);
      return { start: k, end: role.end, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/body-of-role' };
    }
    if (!tokens[k]!.capitalised || !ctx.orgHeads.has(tokens[k]!.folded)) continue;
    if (!['de', 'du', 'd', 'of'].includes(tokens[k + 1] ? foldToken(tokens[k + 1]!) : '')) {
      // « la candidate de l'Union nationale (UN) », « du Parti démocratique gabonais (PDG) »: a head and its
      // adjectives, up to the acronym the text defines for them.
      const named = extendToAcronym(tokens, k, k + 1);
      if (named === k + 1) return undefined;
      const span = spanOf(text, tokens, k, named);
      return { start: k, end: named, span, type: 'Organisation', name: span.text, acronym: acronymAfter(tokens, named), confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/body-of-role' };
    }
    // « porte-parole du Collectif de défense de la maternité de Lassay »: the body's name may run past the role's words,
    // and over lower-case words up to its acronym (« député du Mouvement de la société pour la paix (MSP) »).
    const end = extendToAcronym(tokens, k, Math.max(role.end, extendOrganisation(tokens, k + 1, ctx)));
    if (end <= k + 2) return undefined;
    const span = spanOf(text, tokens, k, end);
    return { start: k, end, span, type: 'Organisation', name: span.text, acronym: acronymAfter(tokens, end), confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/body-of-role' };
  }
  return undefined;
}

/** Words a campaign's name may run over: « Sauvons la maternité de Montbrisac ». */
const MAX_SLOGAN_WORDS = 8;
/** A campaign named by what it calls for: a French imperative (« Sauvons »), or a slogan word of the lexicon. */
const FRENCH_IMPERATIVE = /^\p{Lu}\p{Ll}+ons$/u;
const opensSlogan = (t: Token, ctx: Context) => FRENCH_IMPERATIVE.test(t.text) || ctx.sloganOpenings.has(t.text);

/**
 * « le collectif Sauvons la maternité de Montbrisac, dont … », "the Save Hollinsbury Libraries campaign": after a
 * noun that types a body, a name opening with a slogan runs over lower-case words to a comma, a verb or the sentence's end.
 */
function sloganEnd(tokens: readonly Token[], start: number, runEnd: number, ctx: Context): number | undefined {
  if (!opensSlogan(tokens[start]!, ctx) || !nounBefore(tokens, start, ctx.organisationNouns)) return undefined;
  let e = runEnd;
  while (e < start + MAX_SLOGAN_WORDS && tokens[e] && /^\p{L}/u.test(tokens[e]!.text) && !ctx.auxiliaries.has(tokens[e]!.folded) && !CLAUSE_WORDS.has(tokens[e]!.folded)) e++;
  // « … de Montbrisac »: the name ends on a name or a noun, never on a preposition or an article.
  while (e > runEnd && /^(?:de|des|du|d|la|le|les|l|à|au|aux|of|the|to)$/u.test(tokens[e - 1]!.folded)) e--;
  return e;
}

/** Where a slogan's capitalised words end right before a campaign noun: "Save Our Leisure Centres campaign". */
function campaignNameEnd(tokens: readonly Token[], start: number, ctx: Context): number | undefined {
  if (!opensSlogan(tokens[start]!, ctx)) return undefined;
  for (let e = start + 1; e <= start + MAX_SLOGAN_WORDS && tokens[e]; e++) {
    if (ctx.campaignNouns.has(tokens[e]!.folded)) return e > start + 1 ? e : undefined;
    if (!tokens[e]!.capitalised) return undefined;
  }
  return undefined;
}

/** Words that open the sentence going on after a name (auxiliaries aside). */
const CLAUSE_WORDS = new Set(['qui', 'que', 'dont', 'who', 'which', 'that', 'said', 'says', 'is', 'are', 'was', 'were']);

/** Lower-case words a body's long name may run over before the acronym the text defines for it. */
const MAX_WORDS_BEFORE_ACRONYM = 8;
const MAX_ADJECTIVES_BEFORE_ACRONYM = 2;
const NAME_GOES_ON = new Set(['de', 'des', 'du', 'd', 'en', 'pour', 'contre', 'sur', 'of', 'for', 'on', 'against', 'per', 'del', 'por', 'para']);

/**
 * « Office central pour la répression de la corruption (OCRC) », « Bureau de communication en matière de
 * blanchiment d'argent (MROS) »: after a preposition, a name runs over lower-case words up to the acronym defined
 * right after them. Where no acronym closes them, the words are the sentence going on.
 */
function extendToAcronym(tokens: readonly Token[], start: number, end: number): number {
  if (!tokens[end] || !/^\p{Ll}/u.test(tokens[end]!.text)) return end;
  // « l'Office national de l'électricité et de l'eau potable (ONEE) »: an adjective or two end the name too.
  // (« le Parti démocrate vert du Rwanda (DGPR) »: or an adjective or two, then such a word.)
  const goesOn = [0, 1, 2].some((j) => tokens[end + j] !== undefined && NAME_GOES_ON.has(foldToken(tokens[end + j]!)) && tokens.slice(end, end + j).every((t) => /^\p{Ll}+$/u.test(t.text)));
  const reach = goesOn ? MAX_WORDS_BEFORE_ACRONYM : MAX_ADJECTIVES_BEFORE_ACRONYM;
  for (let k = end + 1; k <= end + reach && tokens[k]; k++) {
    // « le Mouvement pour la renaissance du Cameroun (MRC) »: a place's name may stand among the words, when the
    // acronym opens with the name's first letter.
    // (« le Parti démocrate vert du Rwanda (DGPR) »: an acronym of the name in another language holds the letter too.)
    const acronym = acronymAfter(tokens, k);
    if (acronym !== undefined && (!tokens.slice(end, k).some((t) => t.capitalised) || acronym.toUpperCase().includes(tokens[start]!.text.charAt(0).toUpperCase()))) return k;
    if (!/^\p{L}/u.test(tokens[k]!.text) || (tokens[k]!.capitalised && !goesOn)) return end;
  }
  return end;
}

/** A word that ends a body's name ("Council", "Co."), written as the list writes it, accents included. */
function isOrgTail(ctx: Context, word: Token): boolean {
  const lower = word.text.toLowerCase();
  return ctx.orgTailsWritten.has(lower) || (ctx.orgTails.has(foldToken(word)) && lower === foldWord(lower));
}

/** A first name: the curated list's, or the name lists' when the word is no ordinary word or `next` (the family name) is none. */
function isFirstNameWord(ctx: Context, word: string, next?: string): boolean {
  return ctx.firstNames.has(foldText(word)) || isListedFirstName(word, next);
}

/**
 * "a question from Mehboob Ali Afridi": an unlisted word that opens a run of three after a function word or a comma,
 * and reads like no common word or body, is a given name too, unless a complement or a noun before it makes it a
 * seat or a body (« la sénatrice de la Sarthe Françoise … », « le parti Wafd Nadia … »).
 */
function givenNameBefore(words: readonly Token[], k: number, before: Token | undefined, ctx: Context): boolean {
  const w = words[k - 1]!;
  // (Nor at a sentence's start, where any word is capitalised: "Olympian Kate Horvath replied".)
  const opensFreely = before !== undefined && (before.text === ',' || (ctx.stopwords.has(before.folded) && !COMPLEMENT_WORDS.has(before.folded)));
  return k === 1 && words.length === 3 && opensFreely && !ctx.honorifics.has(w.folded) && !ctx.nationalityWords.has(w.folded) && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isCommonWord(w.text) && !ctx.kb.byAlias.has(w.folded) && !ctx.orgHeads.has(w.folded) && !ctx.placeQualifiers.has(w.folded);
}

/** "Mehboob Ali Afridi": a given name the lists do not know, before one they know. */
function unlistedGivenName(words: readonly Token[], before: Token | undefined, ctx: Context): boolean {
  return words.length > 1 && isFirstNameWord(ctx, words[1]!.text) && givenNameBefore(words, 1, before, ctx);
}

const COMPLEMENT_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the']);

/** Where a first name starts a person's name inside a capitalised run that opens with other words; 0 when none does. */
function firstNameInside(words: readonly Token[], before: Token | undefined, ctx: Context): number {
  // Inside a run only an unambiguous first name counts: in "Maternity Justice Northbridge", "Justice" is a word.
  const known = (k: number) => isFirstNameWord(ctx, words[k]!.text);
  if (words.length < 3 || known(0) || SAINTS.has(words[0]!.folded)) return 0;
  // (« Ahmedou Ould Sidi Brahim »: a first name after « Ould », "bin" is the father's, inside one name.)
  // ("Trần Minh Khoa", "Wang Xiaoming": a family name written first opens the name.)
  for (let k = 1; k < words.length - 1; k++) if (known(k) && !known(k - 1) && !ctx.patronymics.has(words[k - 1]!.folded) && !ctx.familyNamesFirst.has(words[k - 1]!.folded) && !givenNameBefore(words, k, before, ctx)) return k;
  return 0;
}

/**
 * A capitalised word right before a place's name, not a first name, a function word or a compass point, names a
 * body: a common noun mid-sentence ("Swimming Australia", « Santé Québec »), any word when the place is followed by
 * a reporting verb or an apposition ("Air Canada said", "Nav Canada, the company that …").
 */
function isBodyBeforePlace(tokens: readonly Token[], placeStart: number, placeEnd: number, ctx: Context): boolean {
  const before = tokens[placeStart - 1];
  const opener = tokens[placeStart - 2];
  if (!before?.capitalised || before.text.length < 3 || !/^\p{L}+$/u.test(before.text)) return false;
  if (ctx.firstNames.has(before.folded) || ctx.notNames.has(before.folded) || ctx.placeQualifiers.has(before.folded) || ctx.stopwords.has(before.folded)) return false;
  const opensSentence = !opener || /^[.!?:;«»"“”(—–-]$/u.test(opener.text);
  const speaks = matchReportingVerb(tokens, placeEnd, ctx.lex.verbs) !== undefined || (tokens[placeEnd]?.text === ',' && APPOSITION_ARTICLES.has(tokens[placeEnd + 1]?.folded ?? ''));
  // "Services Australia chief grilled" opening a headline: a word that types a body is one anywhere.
  const typesBody = ctx.orgTails.has(before.folded) || ctx.orgHeads.has(before.folded);
  return speaks || typesBody || (!opensSentence && before.text.length >= 4 && isCommonWord(before.text));
}

/** A lower-case institution named by the place after it: « la préfecture d'Indre-et-Loire » is « Préfecture d'Indre-et-Loire ». */
function institutionAt(text: string, tokens: readonly Token[], i: number, ctx: Context): Candidate | undefined {
  if (tokens[i]!.capitalised) return undefined;
  const head = ctx.lowercaseHeads.matchAt(tokens, i) ?? ctx.lowercaseTopicHeads.matchAt(tokens, i);
  if (!head) return undefined;
  const end = extendOrganisation(tokens, i + head.length, ctx);
  if (end === i + head.length || !complementNamesBody(tokens, i + head.length, ctx.lowercaseTopicHeads.matchAt(tokens, i) !== undefined)) return undefined;
  const span = spanOf(text, tokens, i, end);
  const name = span.text.charAt(0).toUpperCase() + span.text.slice(1);
  return { start: i, end, span, type: 'Organisation', name, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/institution' };
}

/**
 * What follows a lower-case head makes it a body's name: a place (« la préfecture du Nord ») for any head, a subject
 * (« la commission des affaires sociales », « de la défense ») for a topic head.
 */
function complementNamesBody(tokens: readonly Token[], at: number, topical: boolean): boolean {
  const prep = tokens[at];
  // The words as written: « dès » folds to « des ».
  if (!prep || !/^(?:de|des|du|d['’])$/u.test(prep.text.toLowerCase())) return false;
  const next = tokens[at + 1] && ['l', 'la'].includes(foldToken(tokens[at + 1]!)) ? tokens[at + 2] : tokens[at + 1];
  if (prep.text.toLowerCase() !== 'des' && next?.capitalised) return true;
  return topical && next !== undefined && !next.capitalised;
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /^[.!?:«"“—–-]$/u.test(tokens[i - 1]!.text);
}

/** What lines are read against from the whole article. */
interface ArticleCues {
  /** Handles of the article's embedded tweets → the names they are signed with. */
  signed: ReadonlyMap<string, string>;
  /** The first letters (folded) of the article's capitalised words: « vaudois » is of a region the article names (« Vaud »). */
  capitalisedStems: ReadonlySet<string>;
  /** Acronyms the article defines as shortening a common noun (« la taxe générale sur la consommation (TGC) »), wherever they stand. */
  commonNounAcronyms: ReadonlySet<string>;
}

/** Candidates in one line: knowledge-base names and handles, role phrases, then capitalised runs judged by their cues. */
function findInLine(text: string, tokens: readonly Token[], ctx: Context, roles: PendingRole[], article: ArticleCues): Candidate[] {
  const found: Candidate[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  const tokenEnding = new Map(tokens.map((t, i) => [t.end, i]));
  const kbMentions = findKbMentions(text, tokens, ctx.kb);
  const kbMentionAt = new Map(kbMentions.map((m) => [tokenAt.get(m.span.start)!, m]));
  const kbMentionEnding = new Map(kbMentions.map((m) => [tokenEnding.get(m.span.end)!, m]));
  for (const m of kbMentions) {
    const start = tokenAt.get(m.span.start)!;
    const end = tokenEnding.get(m.span.end)! + 1;
    if (taken[start]) continue;
    // « l'Association des propriétaires d'Andorre (APA) »: an acronym the text defines is not the outlet or the place
    // a list knows by it (a body's is read as the body defined here, below: « l'Union nationale (UN) »), unless it
    // is defined by that outlet's name (« l'Agence d'information du Burkina (AIB) »).
    const known = [...m.candidates, ...m.atHome];
    const otherKind = known.every((c) => c.type !== 'Organisation');
    const definedBy = kbMentionEnding.get(start - 2);
    const definedByItsName = definedBy !== undefined && [...definedBy.candidates, ...definedBy.atHome].some((c) => known.includes(c));
    if (end === start + 1 && isAcronym(tokens[start]!) && otherKind && !definedByItsName && definitionStart(tokens, start) !== undefined) continue;
    // « l'Association des propriétaires d'Andorre (APA) »: a known name that closes such a definition is a word of it.
    if (acronymAfter(tokens, end) !== undefined && (definitionStart(tokens, end + 1) ?? start) < start) continue;
    // "Conservative MP": a party's adjective is read below, where the party it names everywhere is known too; "the
    // National Nurses Union": a home name that opens a longer name is a word of that name.
    // "the Green Alliance Party": nor is one that closes a longer name.
    const inLongerName = isNameWord(tokens[end], ctx) || (start > 0 && isNameWord(tokens[start - 1], ctx) && !opensSentence(tokens, start - 1));
    if (m.candidates.length === 0 && (partyNamedAt(tokens, start, ctx.lex.roles, opensSentence(tokens, start)) || inLongerName)) continue;
    // "Northbridge University Hospitals NHS Trust": a known name inside a run of capitals that ends on a body's tail
    // is a word of that body's name.
    if (start > 0 && isNameWord(tokens[start - 1], ctx) && !opensSentence(tokens, start - 1) && endsOnBodyTail(tokens, end, ctx)) continue;
    // "the Nigeria Labour Congress (NLC)": known names inside a run of capitals that the acronym after it spells are
    // words of the body the acronym names; « le Parti démocratique gabonais (PDG) »: so is a known name whose
    // lower-case words run on to an acronym.
    if (spelledByAcronymAfter(tokens, start, end) || extendToAcronym(tokens, start, end) > end) continue;
    // « sur Top Congo FM »: a known name inside a run that ends on a radio band is a word of the station's name.
    const runEnd = capitalisedRunEnd(tokens, end);
    if (runEnd > end && namesRadioBand(tokens.slice(capitalisedRunStart(tokens, start), runEnd))) continue;
    // "the Employment and Labour Relations Court", "the Green Climate Fund": a name made of ordinary words that opens
    // a run of names ending on a body's tail is a word of that body's name.
    if (tokens.slice(start, end).every((t) => isCommonWord(t.text)) && endsOnBodyTail(tokens, end, ctx)) continue;
    // "Ohio Democratic Party", "the Higher Education Department": a generic body's name after another name word (at a
    // sentence's opening, one that is no ordinary word and no first name) is another body, named in full below.
    const before = tokens[start - 1];
    const nameBefore = before !== undefined && isNameWord(before, ctx) && (!opensSentence(tokens, start - 1) || (!isCommonWord(before.text) && !ctx.firstNames.has(before.folded)));
    const knownBody = [...m.candidates, ...m.atHome].some((c) => c.type === 'Organisation');
    // "the Arizona House of Representatives": a chamber's name after a place's is that place's own chamber.
    if (nameBefore && knownBody && ctx.chamberHeads.has(tokens[start]!.folded) && !taken[start - 1]) {
      const span = spanOf(text, tokens, start - 1, end);
      found.push({ start: start - 1, end, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/body-of-place' });
      taken.fill(true, start - 1, end);
      continue;
    }
    if (nameBefore && isGenericBodyName(tokens.slice(start, end), ctx) && knownBody) continue;
    // « la Première ministre »: words that begin a title are the title's, not a name (the radio « La Première »).
    const title = matchRolePhrase(tokens, start, ctx.lex.roles, () => false);
    if (title && title.end > end) continue;
    // Words that are only some country's home name stand for the first such body until the article's country is known.
    const kb = preferredKb(m.candidates.length > 0 ? m.candidates : m.atHome);
    // "Transparency International Moldova", "Amnesty International France": a known body's name with a country right
    // after it names that country's branch, another body.
    const next = kb.type === 'Organisation' ? kbMentionAt.get(end) : undefined;
    const country = next?.candidates.some((c) => c.type === 'Place' && c.country !== undefined && c.region === undefined) ? next : undefined;
    if (country && tokens[end]!.capitalised) {
      const branchEnd = tokenEnding.get(country.span.end)! + 1;
      const span = spanOf(text, tokens, start, branchEnd);
      found.push({ start, end: branchEnd, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/organisation-cue' });
      taken.fill(true, start, branchEnd);
      continue;
    }
    // "The Nassau Guardian", "The Jamaica Gleaner": a known paper's name after a capitalised article and another name
    // is another paper, the town's (but a word of outlets' names before it, "The Daily Guardian", is the name run on).
    if (kb.type === 'Outlet' && start >= 2 && isNameWord(tokens[start - 1], ctx) && tokens[start - 2]!.capitalised && DEFINITE_ARTICLES.has(tokens[start - 2]!.folded) && !ctx.outletNameWords.has(tokens[start - 1]!.folded)) {
      const town = found[found.length - 1];
      if (town && town.end === start && town.start === start - 1 && town.type === 'Place') found.pop();
      const span = spanOf(text, tokens, start - 2, end);
      found.push({ start: start - 2, end, span, type: 'Outlet', name: span.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' });
      taken.fill(true, start - 2, end);
      continue;
    }
    // "the Green Party of Manitoba": a generic body's name (a head or a tail among its words) with a place after it is
    // another body, named in full below (but "the Labour Party of Tony Blair" is the party, and « le PS du Cher » the PS).
    if (kb.type === 'Organisation' && isGenericBodyName(tokens.slice(start, end), ctx) && placeComplementAt(tokens, end, ctx)) continue;
    const atHome = m.atHome.length > 0 ? m.atHome : undefined;
    // "the New Mexico Higher Education Department", "Manitoba Hydro had asked": a place that opens a run of names
    // ending on a body's tail or an ordinary word is the body's, named in full below.
    // (A place that is a first name too, « France Domaine », stays a place: the run would read as a person; unless
    // the run ends on a body's tail: "the Ontario Medical Association".)
    if (kb.type === 'Place' && (!isFirstNameWord(ctx, m.span.text) || endsOnBodyTail(tokens, end, ctx)) && opensBodyName(tokens, end, ctx)) continue;
    // "Swimming Australia", "Sport Ireland", « Santé Québec »: a common noun before a country or region names a body.
    // "Radio Wales" is an outlet, and "BBC Radio Wales" an outlet's edition, read below.
    const outletWord = start > 0 && ctx.outletNameWords.has(foldToken(tokens[start - 1]!));
    if (kb.type === 'Place' && outletWord && start > 1 && isNameWord(tokens[start - 2], ctx)) continue;
    if (kb.type === 'Place' && isBodyBeforePlace(tokens, start, end, ctx)) {
      const from = commonNounsBefore(tokens, start - 1, taken, ctx);
      const span = spanOf(text, tokens, from, end);
      // "RTÉ's Morning Ireland": after an outlet's possessive, a programme of the outlet.
      const programme = start > 2 && /^['’]s$/u.test(tokens[start - 2]!.text) && found.some((c) => c.end === start - 2 && c.type === 'Outlet');
      const outlet = outletWord || programme || toldTo(tokens, from);
      found.push({ start: from, end, span, type: outlet ? 'Outlet' : 'Organisation', name: span.text, confidence: outlet ? CONFIDENCE.unknownOutlet : CONFIDENCE.unknownOrganisation, extractor: 'entities/body-of-place' });
      taken.fill(true, from, end);
      continue;
    }
    // « le Parti socialiste vaudois », « le Conseil d'État genevois »: a body with a regional adjective after it is
    // that region's own body, another one.
    if (kb.type === 'Organisation' && isRegionalAdjective(tokens[end], ctx, article) && !taken[end] && start > 0 && FRENCH_DETERMINERS.has(tokens[start - 1]!.folded)) {
      const span = spanOf(text, tokens, start, end + 1);
      found.push({ start, end: end + 1, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/regional-body' });
      taken.fill(true, start, end + 1);
      continue;
    }
    // « la radio RPP », "the news site AIP": a body's acronym right after an outlet's noun names an outlet that
    // shares it, not the body.
    if (kb.type === 'Organisation' && end - start === 1 && isAcronym(tokens[start]!) && nounBefore(tokens, start, ctx.outletNouns, 3, false)) {
      found.push({ start, end, span: m.span, type: 'Outlet', name: m.span.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' });
      taken.fill(true, start, end);
      continue;
    }
    // "Parti républicain" yes, but the adjective « républicain » alone is no mention of the party.
    found.push({ start, end, span: m.span, type: kb.type, kb, atHome, everywhere: m.candidates.length > 0, confidence: CONFIDENCE.kb, extractor: atHome ? 'entities/kb-home-name' : 'entities/kb-alias' });
    taken.fill(true, start, end);
  }
  tokens.forEach((t, i) => {
    if (taken[i] || !t.text.startsWith('@')) return;
    const kb = ctx.kb.byHandle.get(t.text.slice(1).toLowerCase());
    // "Proud of @katehorvath": a handle the article's tweets are signed with names the person who signs them.
    const signer = kb ? undefined : article.signed.get(t.text.slice(1).toLowerCase());
    if (kb) found.push({ start: i, end: i + 1, span: spanOf(text, tokens, i, i + 1), type: kb.type, kb, confidence: CONFIDENCE.handle, extractor: 'entities/handle' });
    else if (signer) found.push({ start: i, end: i + 1, span: spanOf(text, tokens, i, i + 1), type: 'Person', name: signer, confidence: CONFIDENCE.unknownWithFirstName, extractor: 'entities/signed-handle' });
    else if (/^@\w{6,30}$/u.test(t.text)) found.push({ start: i, end: i + 1, span: spanOf(text, tokens, i, i + 1), type: 'Person', unknownHandle: true, confidence: CONFIDENCE.nameVariant, extractor: 'entities/handle-of-name' });
    else return;
    taken[i] = true;
  });

  for (const named of quotedBodyNames(text, tokens, ctx)) {
    if (taken.slice(named.start, named.end).some(Boolean)) continue;
    found.push(named);
    taken.fill(true, named.start, named.end);
  }

  /** The body a role names in its complement (« porte-parole du Collectif de défense … »), found once; where it ends. */
  const addBodyOfRole = (role: RolePhrase): number => {
    const body = bodyInRole(text, tokens, role, ctx);
    if (!body || found.some((c) => c.start < body.end && c.end > body.start)) return role.end;
    found.push(body);
    taken.fill(true, body.start, body.end);
    return body.end;
  };
  let lastRole: PendingRole | undefined;
  let lastRoleEnd = -Infinity;
  // Roles read their modifiers with the curated list only: « le sénateur de Floride » is no « de » + first name.
  const isCuratedFirstName = (w: string) => ctx.firstNames.has(foldText(w));
  const isFirstName = (w: string, next?: string) => isFirstNameWord(ctx, w, next);
  const kbAt = new Map(found.map((c) => [c.start, c]));
  for (let i = 0; i < tokens.length; i++) {
    let kbHere = kbAt.get(i);
    // "BBC Sport", "BBC Radio 5 Live": an outlet's edition or channel, named after it, is an outlet of its own.
    // « la CSC Transcom », « la CGT Cheminots »: likewise a branch named after a body's acronym.
    // « Le Courrier de Carrow »: a town's paper named like a known one is another paper.
    // (« Le Soir d'Algérie »: a country the knowledge base knows is such a town too.)
    const placeAfter = kbAt.get(kbHere ? kbHere.end + 1 : -1);
    const town = kbHere?.type === 'Outlet' && (!placeAfter || (placeAfter.kb?.type === 'Place' && placeAfter.kb.country !== undefined && placeAfter.end === capitalisedRunEnd(tokens, kbHere.end + 1))) ? townAfter(tokens, kbHere.end) : undefined;
    const edition = town !== undefined && town > kbHere!.end ? town : kbHere?.type === 'Outlet' || (kbHere?.type === 'Organisation' && isAcronym(tokens[i]!) && kbHere.end === i + 1) ? editionEnd(tokens, kbHere.end, ctx) : undefined;
    if (kbHere && edition && !kbAt.has(kbHere.end) && ctx.orgTails.has(foldToken(tokens[edition - 1]!))) {
      // "The Independent Football Regulator": words after an outlet's name that end on a body's tail name a body.
      const start = DEFINITE_ARTICLES.has(tokens[i]!.folded) ? i + 1 : i;
      const name = spanOf(text, tokens, start, edition);
      found[found.indexOf(kbHere)] = kbHere = { start: i, end: edition, span: name, type: 'Organisation', name: name.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/organisation-cue' };
      taken.fill(true, i, edition);
    } else if (kbHere && edition && !kbAt.has(kbHere.end)) {
      const name = spanOf(text, tokens, i, edition);
      const of = town === edition ? undefined : kbHere.kb?.of;
      found[found.indexOf(kbHere)] = kbHere = { start: i, end: edition, span: name, type: kbHere.type, name: name.text, of, confidence: kbHere.type === 'Outlet' ? CONFIDENCE.unknownOutlet : CONFIDENCE.unknownOrganisation, extractor: 'entities/edition' };
      taken.fill(true, i, edition);
      if (placeAfter && placeAfter.end <= edition) found.splice(found.indexOf(placeAfter), 1);
    }
    if (kbHere) {
      if (lastRole && !lastRole.target && i - lastRoleEnd <= ROLE_WINDOW && kbHere.type === 'Person' && noVerbBetween(tokens, lastRoleEnd, i, ctx)) {
        setRoleTarget(lastRole, kbHere);
      }
      // A role right after a name and a comma describes it: « Marc Rubio, le sénateur de Floride ».
      if (kbHere.type === 'Person' && tokens[kbHere.end]?.text === ',') {
        const after = matchRolePhrase(tokens, kbHere.end + 1, ctx.lex.roles, isCuratedFirstName);
        if (after && describesName(tokens, after, kbHere.name, ctx)) {
          roles.push({ role: after, span: spanOf(text, tokens, after.start, after.end), target: kbHere, gender: genderMarkedIn(tokens, after.start, after.end, ctx.lex.roles) });
          taken.fill(true, after.start, after.end);
          addBodyOfRole(after);
        }
      }
      i = kbHere.end - 1;
      continue;
    }
    if (taken[i]) continue;

    const memberParty = partyOfMemberAt(text, tokens, i, found, ctx);
    if (memberParty) {
      found.push(memberParty);
      taken[i] = true;
      continue;
    }
    const role = matchRolePhrase(tokens, i, ctx.lex.roles, isCuratedFirstName);
    if (role) {
      // "the Sinn Féin leader was …": a body named between a definite article and the title makes it definite.
      if (!role.definite && bodyOpensRole(tokens, i, found)) role.definite = true;
      // "Shadow education secretary Fiona Caldwell": a not-current word may stand before the role's own words.
      if (tokens.slice(Math.max(0, role.start - 2), role.start).some((t) => NOT_CURRENT.has(foldToken(t)))) role.notCurrent = true;
      const party = role.partyAt === undefined ? undefined : partyOfAdjective(text, tokens, role.partyAt, ctx);
      if (party) found.push(party);
      const pending: PendingRole = { role, span: spanOf(text, tokens, role.start, role.end), gender: genderMarkedIn(tokens, role.start, role.end, ctx.lex.roles), party };
      if (lastRole && !lastRole.target && lastRole.span.end <= pending.span.start && APPOSITION.test(text.slice(lastRole.span.end, pending.span.start))) pending.apposed = lastRole;
      roles.push(pending);
      // « le beau-frère de la ministre, Frédéric Dethier »: the name after a role that complements a relation is the relation's.
      lastRole = complementsRelation(tokens, role.start, ctx) ? undefined : pending;
      lastRoleEnd = role.end;
      taken.fill(true, role.start, role.end);
      i = Math.max(role.end, addBodyOfRole(role)) - 1;
      continue;
    }

    // « a réagi sur X », "posted on X": the platform that was Twitter, named by one letter after « sur », "on", "via".
    // ("posted on X." is one token with its period, as an initial would be.)
    const twitter = /^X\.?$/u.test(tokens[i]!.text) && i > 0 && PLATFORM_PREPOSITIONS.has(tokens[i - 1]!.folded) ? ctx.twitter : undefined;
    if (twitter) {
      const start = tokens[i]!.start;
      found.push({ start: i, end: i + 1, span: { start, end: start + 1, text: 'X' }, type: twitter.type, kb: twitter, confidence: CONFIDENCE.kb, extractor: 'entities/platform-x' });
      taken[i] = true;
      continue;
    }
    // "the previous Conservative government", "Greens senator": a party named by its adjective, mid-sentence.
    const party = partyNamedAt(tokens, i, ctx.lex.roles, opensSentence(tokens, i));
    const partyKb = party ? ctx.kbByName.get(party.party) : undefined;
    // ("Demòcrates per Andorra (DA)": not the first word of a name the acronym after it spells.)
    if (party && partyKb && extendToAcronym(tokens, i, i + party.length) === i + party.length) {
      // "Greens senator": the Greens of the article's country, when that country's party goes by the name.
      const atHome = ctx.kb.byHomeName.get(foldText(tokens.slice(i, i + party.length).map((t) => t.text).join(' ')));
      found.push({ start: i, end: i + party.length, span: spanOf(text, tokens, i, i + party.length), type: 'Organisation', kb: partyKb, atHome, everywhere: true, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/party-adjective' });
      taken.fill(true, i, i + party.length);
      i += party.length - 1;
      continue;
    }
    const tagged = partyTaggedAt(tokens, i, ctx);
    if (tagged) {
      found.push(tagged);
      taken[i] = true;
      continue;
    }
    // « le tribunal administratif d'Orléans », « la préfecture du Nord »: an institution the press writes in lower case.
    const institution = institutionAt(text, tokens, i, ctx);
    if (institution) {
      found.push(institution);
      taken.fill(true, institution.start, institution.end);
      i = institution.end - 1;
      continue;
    }
    // "said on News 95.7", « sur Radio 1 »: a word of outlets' names with a station's frequency, or a broadcaster's
    // word with a channel's number, names an outlet.
    const numbered = tokens[i]!.capitalised && ((ctx.outletNameWords.has(tokens[i]!.folded) && STATION_FREQUENCY.test(tokens[i + 1]?.text ?? '')) || (ctx.broadcastWords.has(tokens[i]!.folded) && CHANNEL_NUMBER.test(tokens[i + 1]?.text ?? '')));
    if (numbered) {
      const span = spanOf(text, tokens, i, i + 2);
      found.push({ start: i, end: i + 2, span, type: 'Outlet', name: span.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' });
      taken.fill(true, i, i + 2);
      i++;
      continue;
    }
    // « le quotidien The Citizen », « le site Civil.ge »: after an outlet's noun, a name may open on "The" or end on
    // its web domain.
    const cuedOutletEnd = nounBefore(tokens, i, ctx.outletNouns) ? outletNameEnd(tokens, i, ctx) : undefined;
    if (cuedOutletEnd !== undefined) {
      const span = spanOf(text, tokens, i, cuedOutletEnd);
      found.push({ start: i, end: cuedOutletEnd, span, type: 'Outlet', name: span.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' });
      taken.fill(true, i, cuedOutletEnd);
      i = cuedOutletEnd - 1;
      continue;
    }
    // "on FM100's Talkback", "told EMTV", "speaking to CyBC radio": a band joined to its frequency, an acronym ending on
    // TV, a broadcaster's acronym before a lower-case word for what it broadcasts, name an outlet.
    if (isStationName(tokens, i, ctx)) {
      found.push({ start: i, end: i + 1, span: spanOf(text, tokens, i, i + 1), type: 'Outlet', name: tokens[i]!.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' });
      taken[i] = true;
      continue;
    }
    // « M. De Wever », « le gouvernement De Wever »: after a cue for a name, a capitalised particle opens it.
    const cuedParticle = i > 0 && tokens[i]!.capitalised && ctx.particles.has(tokens[i]!.folded) && isNameWord(tokens[i + 1], ctx) && isNameCue(tokens[i - 1]!, ctx);
    if (!isNameWord(tokens[i], ctx) && !cuedParticle && !joinedInitials(tokens, i)) continue;
    // « Invité de Radio Scoop, … » opening a sentence: the cue is no part of the name after it.
    const outletCue = ctx.outletCues.matchAt(tokens, i);
    if (outletCue && isNameWord(tokens[i + outletCue.length], ctx)) {
      i += outletCue.length - 1;
      continue;
    }
    if (writtenInCapitals(tokens, i, ctx)) continue;
    // "EC$14.2 million", "NZ$40": letters written against a dollar sign name its currency.
    if (tokens[i + 1]?.text === '$' && tokens[i + 1]!.start === tokens[i]!.end) continue;
    // « la SARL Trégor Terrassements »: a noun that types a body, written in capitals, is no word of its name.
    if (isAcronym(tokens[i]!) && ctx.commonAcronyms.has(tokens[i]!.text) && nounBefore(tokens, i + 1, ctx.organisationNouns, 1)) continue;
    // « M. », « Mme », "Sir", "Dr": a cue for the name after it, not a part of it.
    // ("M.C. Gowda": an initial written against the next one is the first of the name's initials.)
    // ("Deputy Le Maistre hit back": or a family name's particle, then the name.)
    const particleAfter = ctx.particles.has(tokens[i + 1]?.folded ?? '') && isNameWord(tokens[i + 2], ctx);
    if (ctx.honorifics.has(foldToken(tokens[i]!)) && (isNameWord(tokens[i + 1], ctx) || particleAfter) && !joinedInitials(tokens, i)) continue;
    // "JD(S)", "CPI(M)": an acronym with its letter in parentheses, written against it, is one party's name.
    if (isAcronym(tokens[i]!) && !ctx.commonAcronyms.has(tokens[i]!.text) && acronymSuffixEnd(tokens, i + 1) > i + 1) {
      const end = acronymSuffixEnd(tokens, i + 1);
      const span = spanOf(text, tokens, i, end);
      found.push({ start: i, end, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownSingleName, extractor: 'entities/acronym' });
      taken.fill(true, i, end);
      i = end - 1;
      continue;
    }
    // "spoke to SABC News", « sur BFM TV »: an acronym and a word of outlets' names name an outlet.
    if (isAcronym(tokens[i]!) && !ctx.commonAcronyms.has(tokens[i]!.text) && tokens[i + 1]?.capitalised && !taken[i + 1] && ctx.outletNameWords.has(foldToken(tokens[i + 1]!))) {
      const span = spanOf(text, tokens, i, i + 2);
      found.push({ start: i, end: i + 2, span, type: 'Outlet', name: span.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' });
      taken.fill(true, i, i + 2);
      i++;
      continue;
    }
    // « le député LFI Karim Haddad »: an acronym before a name is a party or a body, not a first name ("the PNG Nurses
    // Association": but one that opens a body's name ending on its tail is a word of that name, read below).
    if (isAcronym(tokens[i]!) && !ctx.commonAcronyms.has(tokens[i]!.text) && isNameWord(tokens[i + 1], ctx) && !isAcronym(tokens[i + 1]!) && !endsOnBodyTail(tokens, i + 1, ctx)) {
      // « le syndicat MG France », « vice-président de MG France »: the place named after an acronym is in its name,
      // after a noun that types a body or where the name ends there; « le SPF Emploi »: so is one ordinary word.
      const place = kbAt.get(i + 1);
      const placeInName = place?.type === 'Place' && (nounBefore(tokens, i, ctx.organisationNouns) || !isNameWord(tokens[place.end], ctx));
      const branchWord = !place && isCommonWord(tokens[i + 1]!.text) && !isFirstNameWord(ctx, tokens[i + 1]!.text) && !isNameWord(tokens[i + 2], ctx) && matchRolePhrase(tokens, i + 1, ctx.lex.roles, () => false) === undefined;
      const end = placeInName ? place.end : branchWord ? i + 2 : i + 1;
      if (placeInName) found.splice(found.indexOf(place), 1);
      found.push({ start: i, end, span: spanOf(text, tokens, i, end), type: 'Organisation', name: spanOf(text, tokens, i, end).text, confidence: CONFIDENCE.unknownSingleName, extractor: 'entities/acronym' });
      taken.fill(true, i, end);
      i = end - 1;
      continue;
    }
    let end = i + 1;
    // A title ends a name: "Energy Secretary Tom Hale" is "Energy", then a title, then a name.
    while (end < tokens.length && !taken[end] && !matchRolePhrase(tokens, end, ctx.lex.roles, isCuratedFirstName)) {
      if (isNameWord(tokens[end], ctx)) end++;
      // (Not before an acronym: « Ousmane Dièye Faye du SAEMSS » is the union's man.)
      // (« le député UWP de Micoud-Nord »: nor after an acronym, a party's, with its member's seat after it.)
      else if (ctx.particles.has(foldToken(tokens[end]!)) && isNameWord(tokens[end + 1], ctx) && !taken[end + 1] && !isAcronym(tokens[end + 1]!) && !(end === i + 1 && isAcronym(tokens[i]!))) end += 2;
      // (Only when the words after it end on a body's tail: not in "the Welsh Conservatives' Geraint Fellowes".)
      else if (pluralPossessive(tokens, end) && !taken[end + 1] && endsOnBodyTail(tokens, end + 1, ctx)) end++;
      // "St Colman's University Hospital", "St. Vincent's Hospital": a saint's possessive names the body after it.
      else if (end === i + 2 && SAINTS.has(tokens[i]!.folded) && /^['’]s$/u.test(tokens[end]!.text) && !taken[end + 1] && endsOnBodyTail(tokens, end + 1, ctx)) end++;
      else break;
    }
    // "the Save Our Leisure Centres campaign": a slogan named by the noun after it, whatever names stand in it.
    const campaignEnd = campaignNameEnd(tokens, i, ctx);
    const campaign = campaignEnd !== undefined;
    if (campaign) end = campaignEnd;
    // « de Seine-Saint-Denis Inès Bouchareb », "Sport Ireland chief Padraig Lonergan": words before a first name
    // that are not a first name themselves name a place or a body, not the person.
    // « le député indépendant d'Oran Lyes Kaddour »: after a role and « de », a word before two names is the seat.
    const seat = !campaign && end - i >= 3 && !ctx.firstNames.has(tokens[i]!.folded) && seatOfRoleAt(tokens, i, ctx) ? 1 : 0;
    // ("Sanyang Marine Feeds" in a list of companies: a first name inside a body's name starts no person's.)
    // (Not a name that opens on a first name: « Réactions des partis : Marine Tondelier, … » lists people.)
    const inList = listedBodyAt(tokens, i, ctx) && !isFirstNameWord(ctx, tokens[i]!.text, tokens[i + 1]?.text);
    // (« le porte-parole du Chama Cha Mapinduzi (CCM) »: nor in a name its acronym spells, whatever first names stand
    // in it.)
    const inner = campaign || inList || spelledByAcronymRightAfter(tokens, i, end) ? 0 : seat || firstNameInside(tokens.slice(i, end), tokens[i - 1], ctx);
    if (inner > 0) {
      i += inner - 1;
      continue;
    }
    const words = tokens.slice(i, end);
    // "the Minister of Local Government and Public Works, Kudzai Marufu": the last words of a role's portfolio.
    if (lastRole !== undefined && !lastRole.target && i > lastRoleEnd && i - lastRoleEnd <= ROLE_WINDOW && portfolioGoesOn(tokens, i - 1)) {
      i = end - 1;
      continue;
    }
    // "U.S. tariffs", "the U.K.": initials with no name after them are a country's abbreviation, nobody's name.
    if (words.length > 1 && words.every((w) => /^\p{Lu}\.$/u.test(w.text))) {
      i = end - 1;
      continue;
    }
    // A role introduces one name: once it has it (« the Chancellor, Tom Reyes, in Downing Street »), it cues no other.
    // "the convener of Holyrood's Net Zero … Committee": what follows a possessive belongs to its owner, not to the role.
    // "the minister responsible for Manitoba Hydro": a name after a preposition is the role's complement, not its holder.
    // (« le chef de l'opposition au parlement de Kiribati (Maneaba ni Maungatabu), Ioane Bauro »: a name in
    // parentheses glosses the noun before it.)
    const afterRole = lastRole !== undefined && !lastRole.target && tokens[i - 1]?.text !== '(' && i - lastRoleEnd <= ROLE_WINDOW && noVerbBetween(tokens, lastRoleEnd, i, ctx) && !tokens.slice(lastRoleEnd, i).some((t) => /^['’]s$/u.test(t.text)) && !joinsSomeoneElse(tokens, lastRoleEnd, i) && !(i > lastRoleEnd && opensComplement(tokens, i - 1));
    const rightAfterRole = lastRole !== undefined && i === lastRoleEnd;
    const honorific = i > 0 && isNameCue(tokens[i - 1]!, ctx);
    const first = words[0]!.text;
    // "North Dunedin", "West Lothian": a compass point opens a place's name, never a person's.
    const firstName = !ctx.placeQualifiers.has(words[0]!.folded) && !SAINTS.has(words[0]!.folded) && (isFirstName(first.split('-')[0]!, words[1]?.text) || isFirstName(first, words[1]?.text) || unlistedGivenName(words, tokens[i - 1], ctx));
    // Only a first name the curated list knows outweighs a noun that types the name (« la banque Vernet Privée »), and
    // not one that is an ordinary word too: "the campaign group River Guardians".
    const listedFirstName = (isCuratedFirstName(first.split('-')[0]!) || isCuratedFirstName(first)) && !isCommonWord(first);
    // ("Losana Waqa, one of the three who voted against, told …": past an apposition between commas.)
    const verbAfter = matchReportingVerb(tokens, end, ctx.lex.verbs) !== undefined || (words.length >= 2 && verbAfterApposition(tokens, end, ctx.lex.verbs) >= 0);
    // « a déclaré Élise Marchand », "said Tom Hale": the subject of an inverted reporting verb.
    const verbBefore = reportingVerbEndsAt(tokens, i, ctx);
    // "For Mussa Ame Makame, the visit proved …", « Selon Gentian Lleshi, … »: a speaker cue opening the sentence
    // names a voice.
    const cuedVoice = words.length >= 2 && tokens[end]?.text === ',' && speakerCueOpensAt(tokens, i, ctx);
    // "— Helen Carter (@HelenCarterPM)": a tweet's signature names its author.
    const signedHandle = tokens[end]?.text === '(' && tokens[end + 1]?.text.startsWith('@') === true;
    const base = { start: i, span: spanOf(text, tokens, i, end) };
    // "Marlow Street Baths", « place du Marché », "St Colman's": a street, a place, a building or a saint is nobody, and no body either;
    // "Bank Street", "University Avenue": ending with one, not even after a head.
    const place = words.slice(1).some((w, k) => ctx.placeNouns.has(w.folded) && !(firstName && k === 0 && opensFamilyName(words, 1))) || (SAINTS.has(words[0]!.folded) && !(honorific && opensFamilyName(words, 0)));
    const street = words.length > 1 && ctx.placeNouns.has(words[words.length - 1]!.folded);
    let candidate: Candidate | undefined;
    // « Haut Conseil », "Royal Commission": a head anywhere in a run of two or more words; alone, « la Commission »
    // is a common noun's capital unless the text defines an acronym for it.
    // (« le Mouvement pour la renaissance nationale (MRN) »: or one whose lower-case words run to the acronym.)
    const headed = words.length > 1 ? words.some((w) => ctx.orgHeads.has(foldToken(w))) : ctx.orgHeads.has(foldToken(words[0]!)) && (acronymAfter(tokens, end) !== undefined || extendToAcronym(tokens, i, extendOrganisation(tokens, end, ctx)) > end);
    // "the Nigeria Labour Congress (NLC)": words whose initials the acronym after them spells name a body.
    // ("Demòcrates per Andorra (DA)": or words through lower-case ones to the acronym.)
    const toAcronym = extendToAcronym(tokens, i, end);
    const spelled = spelledByAcronymRightAfter(tokens, i, end) || (toAcronym > end && initialsOf(tokens.slice(i, toAcronym)) === acronymAfter(tokens, toAcronym)?.toLowerCase());
    // "Ashworth borough council": a body the press names by a place and a tail in lower case.
    const lowerTail = tokens[end] && !tokens[end]!.capitalised && !firstName ? ctx.lowercaseTails.matchAt(tokens, end) : undefined;
    // « le groupe Les Loyalistes », « le parti Les Démocrates »: a name that opens with its own article after the noun.
    const articleOfName = i > 1 && tokens[i - 1]!.capitalised && DEFINITE_ARTICLES.has(tokens[i - 1]!.folded) && !taken[i - 1] && nounBefore(tokens, i - 1, ctx.organisationNouns, 3, false);
    if (street && !campaign) {
      candidate = undefined;
    } else if (lowerTail) {
      const orgEnd = end + lowerTail.length;
      const name = `${base.span.text} ${tokens.slice(end, orgEnd).map((t) => t.text.charAt(0).toUpperCase() + t.text.slice(1)).join(' ')}`;
      candidate = { ...base, end: orgEnd, span: spanOf(text, tokens, i, orgEnd), type: 'Organisation', name, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/organisation-cue' };
    } else if (headed || campaign || spelled || articleOfName || inList || (words.length > 1 && isOrgTail(ctx, words[words.length - 1]!)) || ((nounBefore(tokens, i, ctx.organisationNouns, 3, !firstName) || (bodyInApposition(tokens, end, ctx) && !afterRole && !(words.length === 1 && isCommonWord(first)))) && !listedFirstName && !(firstName && holderAfterRoleOfBody(tokens, i, ctx)))) {
      // (A list's item ends where the list goes on: "…, Sanyang Marine Feeds and Kartong Ocean Products".)
      const orgEnd = inList ? end : sloganEnd(tokens, i, end, ctx) ?? extendToAcronym(tokens, i, extendOrganisation(tokens, end, ctx));
      // "Public Services and Procurement Minister Priya Raman": capitalised words that run on to a title are the
      // title's portfolio, and the name after it a person's.
      const title = portfolioTitleAt(tokens, end, Math.max(orgEnd, end + 1), ctx);
      if (title !== undefined) {
        i = title - 1;
        continue;
      }
      // "Australian Sports Commission", "New Zealand Nurses Organisation": the country named just before is the body's.
      const place = found[found.length - 1];
      let start = place?.type === 'Place' && place.end === i && place.start >= 0 ? found.pop()!.start : articleOfName ? i - 1 : possessiveOpening(tokens, i, orgEnd);
      // "Net Zero, Energy and Transport Committee": the capitalised words listed before a body named by its tail.
      const listed = isOrgTail(ctx, words[words.length - 1]!) ? listedBefore(tokens, start) : start;
      if (listed < start && !found.some((c) => c.type === 'Person' && c.confidence >= CONFIDENCE.unknownWithFirstName && c.end > listed && c.start < start)) {
        for (let k = found.length - 1; k >= 0 && found[k]!.end > listed; k--) if (found[k]!.start >= listed) found.splice(k, 1);
        start = listed;
      }
      if (start < i) taken.fill(false, start, i);
      // « l'Agence ivoirienne de presse », "the News Agency of Nigeria": an agency with an outlet's word in its name is a news agency.
      const newsAgency = tokens.slice(start, orgEnd).some((t) => NEWS_AGENCY_HEADS.has(t.folded)) && tokens.slice(start, orgEnd).some((t) => ctx.outletNameWords.has(foldToken(t)));
      const outlet = newsAgency || namesBroadcaster(tokens.slice(start, orgEnd), ctx) || toldTo(tokens, start) || (start === i && nounBefore(tokens, i, ctx.outletNouns));
      const span = spanOf(text, tokens, start, orgEnd);
      candidate = { ...base, start, end: orgEnd, span, type: outlet ? 'Outlet' : 'Organisation', name: span.text, confidence: outlet ? CONFIDENCE.unknownOutlet : CONFIDENCE.unknownOrganisation, extractor: 'entities/organisation-cue' };
    // "speaking to Dutch broadcaster NOS": a word between a cue and an outlet noun qualifies the noun, the name follows it.
    } else if ((nounBefore(tokens, i, ctx.outletNouns) || words.some((w) => isOutletNameWord(w, ctx)) || namesRadioBand(words) || (words.length === 1 && NEWS_COMPOUND.test(first)) || (outletCueBefore(tokens, i, ctx.outletCues) && !firstName && !programmeOf(tokens, end, kbAt) && !isPluralAcronym(words) && !ctx.outletNouns.matchAt(tokens, end))) && !listedFirstName) {
      // « La Gazette de Valmeuse », "The Carrow Echo": a capitalised article before a newspaper's name is part of it,
      // and so is the town after it (« L'Éclaireur d'Aubérive »).
      const article = tokens[i - 1];
      const start = article !== undefined && !taken[i - 1] && article.capitalised && DEFINITE_ARTICLES.has(article.folded) ? i - 1 : i;
      const outletEnd = numberOfStation(tokens, townAfter(tokens, end));
      const span = spanOf(text, tokens, start, outletEnd);
      candidate = { ...base, start, end: outletEnd, span, type: 'Outlet', name: span.text, confidence: CONFIDENCE.unknownOutlet, extractor: 'entities/outlet-cue' };
    } else if (place || endsOnPluralAcronym(words) || (i > 0 && !tokens[i - 1]!.capitalised && ctx.thingNouns.has(tokens[i - 1]!.folded))) {
      // "Several MPs told the ABC", "Conservative MPs shouted": members of a house, no body and nobody; « le canal
      // Funan Techo », "the storm Freddy": a thing's name after its noun.
      candidate = undefined;
    } else if (words.length >= 3 && !firstName && opensSentence(tokens, i) && isCommonWord(first) && !isGenericBodyName(words, ctx) && words.slice(1).every((w) => !isCommonWord(w.text) && !ctx.orgHeads.has(w.folded) && !ctx.orgTails.has(w.folded)) && (verbAfter || verbBefore)) {
      // "Presenter Jesaya Hamutenya asked her …", "Comedian Kasun Perera posted …": an ordinary noun opening the
      // sentence before a name of no ordinary words says who the person is; the name is theirs.
      const span = spanOf(text, tokens, i + 1, end);
      candidate = { start: i + 1, end, span, type: 'Person', name: span.text, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/name-cues' };
    } else if (words.length >= 2 && !firstName && !namedAsMember(tokens, i, end, found, ctx) && !afterRole && !honorific && !signedHandle && (verbAfter || verbBefore) && (isCommonWord(first) || isCommonWord(words[words.length - 1]!.text))) {
      // "Maternity Justice Northbridge a réagi", "Manitoba Hydro had asked": a speaker with no first name whose name
      // opens or ends with an ordinary word is a body.
      candidate = { ...base, end, type: 'Organisation', name: base.span.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/speaking-body' };
    } else if (words.length >= 2 && words.every((w) => isAcronym(w))) {
      // "PSP NCMP calls for …": acronyms in a row (a party, a title) are nobody's name.
      candidate = undefined;
    } else if (words.length >= 2 && (firstName || afterRole || honorific || verbAfter || verbBefore || cuedVoice || signedHandle || whoAfter(tokens, end) || ageAfter(tokens, end) || namedAsMember(tokens, i, end, found, ctx) || roleInApposition(tokens, end, ctx))) {
      // « M. De Smet »: a family name with its particle, the surname of a person the article may name in full.
      const surname = cuedParticle && words.length === 2 ? true : undefined;
      candidate = { ...base, end, type: 'Person', surname, name: withoutPostNominal(text, words, ctx), confidence: firstName ? CONFIDENCE.unknownWithFirstName : CONFIDENCE.unknownByCue, extractor: surname ? 'entities/surname' : 'entities/name-cues' };
    } else if (words.length >= 2) {
      // No cue here, but the article may name this person elsewhere with one (« Élise Marchand » again).
      candidate = { ...base, end, type: 'Person', name: withoutPostNominal(text, words, ctx), pendingFullName: true, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/known-full-name' };
    } else if (words.length === 1 && UNION_OF.test(first)) {
      // « le front commun FGTB-CSC »: two bodies the knowledge base knows, joined, are both named.
      const [one, two] = first.split('-').map((part) => ctx.kb.byAlias.get(foldText(part))?.find((e) => e.type === 'Organisation'));
      if (one && two) {
        const at = tokens[i]!.start;
        const cut = first.indexOf('-');
        found.push({ ...base, end, span: { start: at, end: at + cut, text: first.slice(0, cut) }, type: 'Organisation', kb: one, confidence: CONFIDENCE.kb, extractor: 'entities/kb-joined' });
        candidate = { ...base, end, span: { start: at + cut + 1, end: at + first.length, text: first.slice(cut + 1) }, type: 'Organisation', kb: two, confidence: CONFIDENCE.kb, extractor: 'entities/kb-joined' };
      } else {
        // « la CGT-Cheminots », "SUD-Rail", « l'UBT-FGTB »: an acronym joined to a word or another acronym names a
        // federation or a branch of that body.
        candidate = { ...base, end, type: 'Organisation', name: first, confidence: CONFIDENCE.unknownSingleName, extractor: 'entities/acronym' };
      }
    } else if (isAcronym(words[0]!) && !ctx.commonAcronyms.has(words[0]!.text) && !(tokens.length > 1 && isShoutedWord(words[0]!)) && !(i === 0 && /^[,(—–-]$/u.test(tokens[1]?.text ?? '')) && !isSpeakerLabel(tokens, i, end) && !article.commonNounAcronyms.has(words[0]!.text) && !constituencyCode(tokens, i) && !openingWordInCapitals(tokens, i)) {
      // « la CGT », "the NHS", "the union SIPTU": an acronym that is no common word names an organisation
      // (a city in capitals opening a dateline, "LONDON, March 14 –", "PARIS (AFP) –", does not).
      // « le CHU de Clermont-Ferrand », « l'ARS d'Occitanie »: with the town it serves (but « le député UWP de
      // Micoud-Nord » names a party, then the member's seat).
      const town = !rightAfterRole && ['de', 'd'].includes(tokens[end]?.folded ?? '') && tokens[end + 1]?.capitalised && !taken[end + 1] ? capitalisedRunEnd(tokens, end + 1) : end;
      const span = spanOf(text, tokens, i, town);
      candidate = { ...base, end: town, span, type: 'Organisation', name: span.text, confidence: CONFIDENCE.unknownSingleName, extractor: 'entities/acronym' };
    } else if (words.length === 1) {
      // « le sénateur Dupont », « Mme Verbeek »: a lone name right after its title.
      const single = (honorific || rightAfterRole) && !firstName;
      const beforePunctuation = /^[,!?.:;]$/u.test(tokens[end]?.text ?? '');
      candidate = { ...base, end, type: 'Person', surname: true, beforePunctuation, name: single ? base.span.text : undefined, confidence: CONFIDENCE.unknownSingleName, extractor: 'entities/surname' };
    }
    if (candidate) {
      if (candidate.type !== 'Person') candidate.acronym = acronymAfter(tokens, candidate.end) ?? shortNameAfter(tokens, candidate.start, candidate.end);
      // « Direction régionale de l'économie, de l'emploi, du travail et des solidarités (Dreets) »: a name runs on to
      // the word in parentheses that its words' initials spell.
      const spelled = candidate.type === 'Organisation' && !candidate.acronym ? initialsAcronymAt(tokens, candidate.start, candidate.end) : undefined;
      if (spelled !== undefined) {
        const span = spanOf(text, tokens, candidate.start, spelled);
        Object.assign(candidate, { end: spelled, span, name: span.text, acronym: tokens[spelled + 1]!.text });
      }
      found.push(candidate);
      taken.fill(true, candidate.start, candidate.end);
      // "the secretary general of the Namibia National Teachers' Union (NANTU), Loide Shikongo": the body the role is
      // held in (its acronym too) is the role's complement; the window for the role's holder opens after it.
      if (candidate.type === 'Organisation' && lastRole && !lastRole.target && candidate.start > lastRoleEnd && tokens.slice(lastRoleEnd, candidate.start).every((t) => ROLE_COMPLEMENT_WORDS.has(t.folded))) {
        lastRoleEnd = candidate.acronym !== undefined ? candidate.end + PARENTHESISED_WORD : candidate.end;
      }
      // A role describes the name it introduces; a lone capitalised word takes it only right after it.
      const namesSomeone = candidate.name !== undefined && (!candidate.surname || rightAfterRole);
      // (« D'après un conseiller de la rue de Varenne, Isabelle Morvan y exige »: not a role of the other gender.)
      if (candidate.type === 'Person' && afterRole && namesSomeone && lastRole && !lastRole.target && gendersAgree(lastRole.gender, candidate.name)) setRoleTarget(lastRole, candidate);
      // « Thibault Garnier, élu Les Républicains du Var, a estimé »: a role after the name and a comma describes it.
      if (candidate.type === 'Person' && namesSomeone && tokens[candidate.end]?.text === ',') {
        const after = matchRolePhrase(tokens, candidate.end + 1, ctx.lex.roles, isCuratedFirstName) ?? titleAfterPartyAdjective(tokens, candidate.end + 1, ctx, isCuratedFirstName) ?? titleAfterPossessive(tokens, candidate.end + 1, ctx, isCuratedFirstName);
        // (« the Labour MP »: the party's adjective inside the role may already be a mention of the party.)
        if (after && !taken.slice(after.start, after.end).some((t, k) => t && after.start + k !== after.partyAt) && describesName(tokens, after, candidate.name, ctx)) {
          roles.push({ role: after, span: spanOf(text, tokens, after.start, after.end), target: candidate, gender: genderMarkedIn(tokens, after.start, after.end, ctx.lex.roles) });
          // (The party's adjective is read below as a mention of the party: "the Conservative leader" names it.)
          taken.fill(true, after.start, after.end);
          if (after.partyAt !== undefined) taken[after.partyAt] = false;
          addBodyOfRole(after);
        }
      }
      // « le gouvernement de Bertrand Vasseur », « le gouvernement Vasseur », "the Vasseur government": a government
      // named after a person is the one they head.
      if (candidate.type === 'Person' && namesGovernment(tokens, candidate.start, candidate.end)) {
        roles.push({ role: { start: candidate.start, end: candidate.end, title: HEAD_OF_GOVERNMENT, counterpart: false, definite: true }, span: candidate.span, target: candidate });
      }
    }
    i = Math.max(i, (candidate?.end ?? end) - 1);
  }
  for (const c of found) {
    if (c.type === 'Person' && c.start > 0 && ctx.honorifics.has(foldToken(tokens[c.start - 1]!))) c.gender = genderMarkedIn(tokens, c.start - 1, c.start, ctx.lex.roles);
  }
  return found;
}

function toEntity(c: Candidate): Entity | undefined {
  if (c.kb) return kbEntityToEntity(c.kb);
  if (!c.name) return undefined;
  const name = c.name.replace(/\s+/g, ' ');
  return { key: entityKey(c.type, name), type: c.type, name, aliases: [], handles: [], confidence: c.confidence };
}

interface Resolver {
  ctx: Context;
  date?: PartialDate;
  /** People the article names in full, by key. */
  people: Map<string, Entity>;
  /** Surname (folded) → keys of the article's people. */
  surnames: Map<string, string[]>;
  /** First name (folded) → keys of the article's people: "Josh, with respect, …" is the one Josh it names. */
  firstNames: Map<string, string[]>;
  /** Roles the article itself gives its people. */
  statedRoles: Map<string, RolePhrase[]>;
  /** The genders the article's own words give each person (« le sénateur du Loiret X »). */
  statedGenders: Map<string, Set<Gender>>;
  /** People by the titles they may hold (see peopleWithTitle), made once people and stated roles are known. */
  byTitle?: Map<string, Entity[]>;
  /** People by the letters of their whole name (see personSpelledBy), made when first needed. */
  byLetters?: Map<string, Entity>;
  /** Where the article names each person in full, by key, in text order. */
  namedAt: Map<string, number[]>;
  /** Titles the article gave someone by a role phrase alone (« Le ministre de l'Intérieur ne cherche pas ses mots »), the last one's holder. */
  titledByRole: Map<string, Entity>;
  doc: ArticleDocument;
}

function isoOf(d: PartialDate): string {
  return [d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-');
}

/** Whether the knowledge base gives the person this role (title and country) at the date, when the date is known. */
function kbHoldsRole(kb: KbEntity | undefined, title: string, country: string | undefined, date: PartialDate | undefined): boolean {
  return (kb?.roles ?? []).some((r) => {
    if (r.title !== title || (country !== undefined && r.of !== country)) return false;
    if (!date) return true;
    const iso = isoOf(date);
    return (r.from === undefined || r.from.slice(0, iso.length) <= iso) && (r.to === undefined || r.to.slice(0, iso.length) >= iso);
  });
}

/**
 * The article's people who may hold a title: stated so in the article, or by the knowledge base. Indexed once per
 * article, so that resolving every role phrase stays linear in the article's length.
 */
function peopleWithTitle(r: Resolver, title: string): Entity[] {
  if (!r.byTitle) {
    r.byTitle = new Map();
    for (const person of r.people.values()) {
      const titles = new Set([...(r.statedRoles.get(person.key) ?? []).map((s) => s.title), ...(kbOf(person, r.ctx)?.roles ?? []).map((k) => k.title)]);
      for (const t of titles) pushTo(r.byTitle, t, person);
    }
  }
  return r.byTitle.get(title) ?? [];
}

function kbOf(entity: Entity, ctx: Context): KbEntity | undefined {
  return ctx.kbByKey.get(entity.key);
}

/**
 * Two qualifiers of one title agree when one is missing, when they are the same words, or when one is an acronym the
 * other opens with (« Bloc », « BE »).
 */
const qualifiersAgree = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || foldText(a) === foldText(b) || opensAcronym(a, b) || opensAcronym(b, a);
const opensAcronym = (acronym: string, name: string) => /^\p{Lu}{2,6}$/u.test(acronym) && !/^\p{Lu}{2,6}$/u.test(name) && foldText(name).startsWith(foldText(acronym.charAt(0)));

function holdsRole(entity: Entity, role: RolePhrase, title: string, r: Resolver): boolean {
  // A former or shadow minister is not « le ministre », nor the other way round.
  const stated = (r.statedRoles.get(entity.key) ?? []).filter((s) => s.title === title && !s.notCurrent === !role.notCurrent);
  if (stated.some((s) => (role.country === undefined || s.country === role.country) && qualifiersAgree(s.qualifier, role.qualifier))) return true;
  // The article says which one this person is (« ministre de l'Intérieur », not « de la Santé »): that outweighs the knowledge base.
  const contradicted = stated.some((s) => (s.country !== undefined && role.country !== undefined && s.country !== role.country) || !qualifiersAgree(s.qualifier, role.qualifier));
  return !contradicted && kbHoldsRole(kbOf(entity, r.ctx), title, role.country, r.date);
}

/**
 * Of several people holding a role, the one a bare role phrase stands for: the one the article's own words name
 * most often before it (the person the story is about), the one named last on a tie.
 */
function namedMostBefore(people: readonly Entity[], at: number, r: Resolver): Entity | undefined {
  const rank = (p: Entity) => {
    const before = (r.namedAt.get(p.key) ?? []).filter((pos) => pos < at);
    return { count: before.length, last: before.length > 0 ? before[before.length - 1]! : -1 };
  };
  const ranked = people.map((p) => ({ p, ...rank(p) })).filter((x) => x.count > 0);
  ranked.sort((a, b) => b.count - a.count || b.last - a.last);
  return ranked[0]?.p;
}

/** The title of a person, for « son homologue »: stated in the article, else from the knowledge base at the date. */
function titleOf(entity: Entity, r: Resolver): string | undefined {
  const stated = r.statedRoles.get(entity.key)?.find((s) => s.title !== '');
  if (stated) return stated.title;
  return kbOf(entity, r.ctx)?.roles?.find((role) => kbHoldsRole({ name: '', type: 'Person', roles: [role] }, role.title, role.of, r.date))?.title;
}

function resolveRole(c: Candidate, previous: Entity | undefined, r: Resolver): Entity | undefined {
  const role = c.role!;
  let title = role.title;
  if (role.counterpart) {
    title = previous ? titleOf(previous, r) ?? '' : '';
    if (title === '') return undefined;
  }
  // « la conseillère municipale » is no Kévin: a role that marks a gender leaves out people whose first name has the other.
  const genderOf = (p: Entity) => {
    const stated = r.statedGenders.get(p.key);
    return stated?.size === 1 ? [...stated][0] : genderOfName(p.name);
  };
  const genderFits = (p: Entity) => !c.gender || !genderOf(p) || genderOf(p) === c.gender;
  const inArticle = peopleWithTitle(r, title).filter((p) => p !== previous || !role.counterpart).filter((p) => genderFits(p) && holdsRole(p, role, title, r));
  // « Anne Le Goff, pour le MoDem, tente une voie médiane. La députée estime … »: a title many hold at once, opening
  // the sentence right after one that names someone with no other title, of its gender, is theirs, though the article
  // gave it to another before, or names another holder more often.
  if (inArticle.length > 0 && previous && r.ctx.lex.roles.sharedTitles.includes(title)) {
    const here = introducedHere();
    if (here) return here;
  }
  // « Lionel Gumbs … quitte ses fonctions. Dans sa lettre, l'élu invoque … »: in the body, a role points back to
  // someone already named; a holder the article names only later is someone else (a headline may name them ahead).
  if (inArticle.length === 1 && previous && r.doc.lineAt(c.span.start)?.kind === 'body' && !(r.namedAt.get(inArticle[0]!.key) ?? []).some((at) => at < c.span.start)) {
    return introducedHere() ?? introducedEarlier(c, title, previous, r, genderFits);
  }
  if (inArticle.length === 1) {
    c.confidence = CONFIDENCE.roleInArticle;
    return inArticle[0];
  }
  const namedBefore = inArticle.length > 1 ? namedMostBefore(inArticle, c.span.start, r) : undefined;
  if (namedBefore) {
    c.confidence = CONFIDENCE.roleNamedLast;
    return namedBefore;
  }
  const inKb = r.date && role.country !== undefined ? (r.ctx.kbPeopleByTitle.get(title) ?? []).filter((e) => kbHoldsRole(e, title, role.country, r.date)) : [];
  if (inKb.length === 1) {
    c.confidence = CONFIDENCE.roleInKb;
    return kbEntityToEntity(inKb[0]!);
  }
  return introducedHere() ?? introducedEarlier(c, title, previous, r, genderFits);

  /** The person named just before, whom this title introduces (and stands for later). */
  function introducedHere(): Entity | undefined {
    const introduced = introducedJustBefore(c, previous, r, genderFits);
    if (introduced) r.titledByRole.set(title, introduced);
    return introduced;
  }
}

/**
 * « Face à Samia Belkacem, …, le ministre choisit l'escalade »: the title's holder an earlier role phrase introduced,
 * when no one else it could stand for was named since, nor anyone the article gave another title (« Le député …
 * Olivier Sénéchal a plaidé … Le ministre a indiqué »).
 */
function introducedEarlier(c: Candidate, title: string, previous: Entity | undefined, r: Resolver, genderFits: (p: Entity) => boolean): Entity | undefined {
  const role = c.role!;
  const titled = role.definite && !role.counterpart && !role.notCurrent ? r.titledByRole.get(title) : undefined;
  const otherTitled = (p: Entity) => (r.statedRoles.get(p.key) ?? []).some((s) => s.title !== '' && s.title !== title);
  if (!titled || !genderFits(titled) || r.doc.isQuoted(c.span.start)) return undefined;
  if (previous !== titled && (previous === undefined || (genderFits(previous) && !otherTitled(previous)))) return undefined;
  c.confidence = CONFIDENCE.roleNamedLast;
  return titled;
}

/**
 * « C'est le Premier ministre lui-même qui lui a répondu. Laurent Vasseur a reproché … »: a definite role no one held
 * before is the person who opens the next sentence, with no title of their own, when the gender fits; the title's
 * later mentions that found no holder are that person too.
 */
function resolveRolesAhead(candidates: readonly Candidate[], r: Resolver): void {
  const holders = new Map<string, Entity>();
  candidates.forEach((c, k) => {
    if (c.entity || !c.role?.definite || c.role.counterpart || c.role.notCurrent || r.doc.isQuoted(c.span.start)) return;
    let holder = holders.get(c.role.title);
    const sentence = holder ? undefined : r.doc.sentenceAt(c.span.start);
    const next = sentence ? candidates[k + 1] : undefined;
    if (next?.entity?.type === 'Person' && !next.role && r.doc.sentenceAt(next.span.start)?.start === next.span.start && r.doc.text.slice(sentence!.end, next.span.start).trim() === '') {
      const gender = genderOfKey(next.entity.key, r);
      if (!r.statedRoles.has(next.entity.key) && (!c.gender || !gender || gender === c.gender)) holders.set(c.role.title, (holder = next.entity));
    }
    if (!holder) return;
    c.entity = holder;
    c.confidence = CONFIDENCE.roleNamedLast;
  });
}

/** Verbs that give their subject the title after them: « rester maire », "remains leader". */
const COPULAS = new Set(['rester', 'reste', 'restera', 'demeurer', 'demeure', 'devenir', 'devient', 'redevenir', 'redevient', 'etre', 'est', 'sera', 'remain', 'remains', 'become', 'becomes', 'is', 'stay', 'stays']);

/**
 * « "Touristes de la colère" : Élodie Ferrand refuse de s'excuser », then « la ministre de l'Agriculture a maintenu
 * ses propos »: a definite role no one holds, in the lead and before anyone else is named, is the one person the
 * headline names, when the article gives that person no other title and the gender fits. The title's later mentions
 * with no holder are that person too, unless someone else of that gender holds the title. (« Étienne Marchal et Nadia
 * Belkacem s'affrontent », then « le ministre des Comptes publics et l'insoumise »: of a man and a woman the headline
 * names, a role that marks a gender is the one of that gender.)
 */
function resolveRolesByHeadline(candidates: readonly Candidate[], roles: readonly PendingRole[], r: Resolver): void {
  const firstBody = r.doc.lines.find((l) => l.kind === 'body');
  if (!firstBody) return;
  const named = new Set<string>();
  // "Hollister accused … as Tory leader seizes on …": a title the headline gives beside the name is someone else's.
  const inHeading = (span: Span) => span.start < firstBody.span.start && !r.doc.isQuoted(span.start) && r.doc.lineAt(span.start)?.kind === 'heading';
  // (« Bertrand Séverac promet de rester maire de Montpellier »: not one the headline says its person is or stays.)
  const headlineTitles = new Set(roles.filter((p) => inHeading(p.span) && !COPULAS.has(r.doc.tokensBefore(p.span.start, 1)[0]?.folded ?? '')).map((p) => p.role.title));
  for (const c of candidates) {
    if (c.entity?.type === 'Person' && !c.role && inHeading(c.span)) named.add(c.entity.key);
  }
  const people = [...named].map((key) => r.people.get(key)).filter((p): p is Entity => p !== undefined);
  if (people.length === 1) giveHeadlineRoles(people[0]!, named, false);
  const [a, b] = people.map((p) => genderOfKey(p.key, r));
  if (people.length === 2 && a !== undefined && b !== undefined && a !== b) for (const person of people) giveHeadlineRoles(person, named, true);

  /** Give `person` the lead's roles that fit them (`byGender`: only those that mark their gender). */
  function giveHeadlineRoles(person: Entity, headliners: ReadonlySet<string>, byGender: boolean): void {
    const leadEnd = r.doc.leadEnd(2);
    const gender = genderOfKey(person.key, r);
    const stated = r.statedRoles.get(person.key) ?? [];
    const heldByOther = (role: RolePhrase, roleGender: Gender | undefined) =>
      [...r.statedRoles].some(([key, roles]) => key !== person.key && roles.some((s) => s.title === role.title) && (!roleGender || genderOfKey(key, r) !== (roleGender === 'female' ? 'male' : 'female')));
    const held = new Map<string, RolePhrase>();
    let someoneElseNamed = false;
    for (const c of candidates) {
      if (c.entity?.type === 'Person' && !headliners.has(c.entity.key) && !r.doc.isQuoted(c.span.start) && r.doc.isArticleTextAt(c.span.start)) someoneElseNamed = true;
      const role = c.role;
      if (role && c.entity?.key === person.key && !held.has(role.title)) held.set(role.title, role);
      if (c.entity || !role?.definite || role.counterpart || role.notCurrent || headlineTitles.has(role.title) || r.doc.isQuoted(c.span.start)) continue;
      if (byGender && c.gender !== gender) continue;
      const first = held.get(role.title);
      if (!first) {
        if (someoneElseNamed || c.span.start >= leadEnd || (c.gender && gender && c.gender !== gender) || stated.some((s) => s.title !== role.title)) continue;
        held.set(role.title, role);
      }
      if ((first && !qualifiersAgree(first.qualifier, role.qualifier)) || heldByOther(role, c.gender ?? gender)) continue;
      c.entity = person;
      c.confidence = CONFIDENCE.roleNamedLast;
    }
  }
}

/**
 * « Interrogé par Amandine Rocher dans RTL Matin, le ministre … « … ? », lui a demandé la journaliste »: a journalist's
 * title no one holds is the one person the article says put questions to someone, when the gender fits.
 */
function resolveJournalistByQuestioner(candidates: readonly Candidate[], r: Resolver): void {
  const askers = new Set<string>();
  for (const c of candidates) {
    if (c.entity?.type === 'Person' && !c.role && questionedBy(r.doc.tokensBefore(c.span.start, QUESTIONED_BY_REACH + 1), r.ctx.lex.quotes)) askers.add(c.entity.key);
  }
  const asker = askers.size === 1 ? r.people.get([...askers][0]!) : undefined;
  if (!asker || (r.statedRoles.get(asker.key) ?? []).some((s) => s.title !== JOURNALIST)) return;
  const gender = genderOfKey(asker.key, r);
  for (const c of candidates) {
    if (c.entity || c.role?.title !== JOURNALIST || !c.role.definite || r.doc.isQuoted(c.span.start) || (c.gender && gender && c.gender !== gender)) continue;
    c.entity = asker;
    c.confidence = CONFIDENCE.roleNamedLast;
  }
}

/** The title of who reports or interviews (roles.json). */
const JOURNALIST = 'journalist';

/**
 * « C'est ensuite Grégory Pallut qui a pris la parole. Le député RN de l'Aisne a raillé … », "Jane Hale rose next. The
 * Labour MP said …": a title nobody holds, opening a sentence, introduces the person named in the sentence before,
 * when the article gave that person no title of their own.
 */
function introducedJustBefore(c: Candidate, previous: Entity | undefined, r: Resolver, genderFits: (p: Entity) => boolean): Entity | undefined {
  const role = c.role!;
  // (« Pour l'écologiste Camille Ferrand, élue de l'Hérault, … La députée reproche … »: a title of their own that is this one does not bar them.)
  const otherTitle = (r.statedRoles.get(previous?.key ?? '') ?? []).some((s) => s.title !== role.title);
  if (!previous || !role.definite || role.counterpart || role.notCurrent || !genderFits(previous) || otherTitle) return undefined;
  // ("The Minister says no permit has been granted", in a post signed just before: in someone's words, a title is
  // whom they speak of, not themselves.)
  if (r.doc.isQuoted(c.span.start) || r.doc.tweets.some((t) => c.span.start >= t.text.start && c.span.start < t.text.end)) return undefined;
  const sentence = r.doc.sentenceAt(c.span.start);
  if (!sentence || !opensWithTitle(r.doc.tokensIn(sentence.start, c.span.start))) return undefined;
  let last = sentence.start - 1;
  while (last >= 0 && /\s/u.test(r.doc.text[last]!)) last--;
  const before = last >= 0 ? r.doc.sentenceAt(last) : undefined;
  // Named there as an agent, not after a preposition (« dirigée par X »: the judge who comes next is someone else).
  const named = (r.namedAt.get(previous.key) ?? []).filter((at) => before !== undefined && at >= before.start && at < before.end);
  if (named.length === 0 || named.some((at) => OBJECT_PREPOSITIONS.has(r.doc.tokensBefore(at, 1)[0]?.folded ?? ''))) return undefined;
  c.confidence = CONFIDENCE.roleNamedLast;
  return previous;
}

/** Most capitalised words of a body's name between "the" and a title that opens a sentence ("The Sinn Féin leader"). */
const BODY_BEFORE_TITLE_WORDS = 3;

/** Whether the words before a role phrase in its sentence leave it opening the sentence: none, or "The" and a body's name ("The Conservative leader"). */
function opensWithTitle(before: readonly Token[]): boolean {
  if (before.length === 0) return true;
  return before[0]!.folded === 'the' && before.length > 1 && before.length <= BODY_BEFORE_TITLE_WORDS + 1 && before.slice(1).every((t) => t.capitalised);
}

/** A person's gender as the article states it (a title, an honorific), else as their first name usually has it. */
function genderOfKey(key: string, r: Resolver): Gender | undefined {
  const stated = r.statedGenders.get(key);
  if (stated?.size === 1) return [...stated][0];
  const person = r.people.get(key);
  return person ? genderOfName(person.name) : undefined;
}

const lettersOf = (s: string) => foldText(s).replace(/[^a-z]/gu, '');

/** "@ThomasRegnierLR", "@kate_horvath": a handle that opens with a person's whole name, spaces and accents aside. */
function personSpelledBy(handle: string, r: Resolver): Entity | undefined {
  if (!r.byLetters) {
    r.byLetters = new Map();
    for (const p of r.people.values()) if (p.name.includes(' ') && !r.byLetters.has(lettersOf(p.name))) r.byLetters.set(lettersOf(p.name), p);
  }
  // Each of the handle's beginnings, longest first: a look-up per length, not a pass over the article's people.
  const spelled = lettersOf(handle);
  for (let n = spelled.length; n >= 4; n--) {
    const person = r.byLetters.get(spelled.slice(0, n));
    if (person) return person;
  }
  return undefined;
}

/**
 * « Marc Rubio » is Marco Rubio: same surname as a known person and a first name with the same initial. After an
 * honorific (`honorific`), two names may be someone's family name of two.
 */
function knownVariant(name: string, r: Resolver, honorific = false): Entity | undefined {
  const words = foldText(name).split(' ');
  if (words.length < 2) return undefined;
  // « Mme Fils-Aimé Duverger »: the whole family name of one person the article names in full.
  const family = (r.surnames.get(words.join(' ')) ?? []).map((k) => r.people.get(k)!).filter((p) => foldText(p.name).split(' ').length > words.length);
  if (family.length === 1) return family[0];
  // « M. Nkodo Essomba » is « Paul-Aimé Nkodo Essomba »: after an honorific, two names that end one person's full
  // name, the first of them no first name (without one, « Xavier Dupont » may be someone else than « Luc Xavier Dupont »;
  // the curated list's: the name lists hold family names too, « Mme Coulibaly Traoré » is « Aminata Coulibaly Traoré »).
  if (honorific && words.length === 2 && !r.ctx.firstNames.has(words[0]!)) {
    const ending = [...r.people.values()].filter((p) => foldText(p.name).endsWith(` ${words.join(' ')}`) && p.name.trim().split(/\s+/).length > 2);
    if (ending.length === 1) return ending[0];
  }
  for (const surname of surnamesOf(name, r.ctx.particles, r.ctx.patronymics)) {
    const inArticle = (r.surnames.get(surname) ?? []).map((k) => r.people.get(k)!).filter((p) => p.confidence === 1);
    const pool = inArticle.length > 0 ? inArticle : (r.ctx.kbSurnames.get(surname) ?? []).map(kbEntityToEntity);
    const same = pool.filter((p) => foldText(p.name).charAt(0) === words[0]!.charAt(0));
    if (same.length === 1) return same[0];
  }
  return undefined;
}

/**
 * "Chipo Mukanya was already sweeping … Mukanya had not yet rebuilt hers": a name of two words no cue marked is a
 * person's when the article names them again by the second word alone, capitalised, and no ordinary word.
 */
function confirmByRepeatedSurname(candidates: readonly Candidate[], ctx: Context): void {
  const surnames = new Set<string>();
  for (const c of candidates) if (c.surname && !c.entity) surnames.add(foldText(c.span.text));
  // (Words shaped as names only: not "BST Frayne" after a time, nor "Pennsylvania Capital-Star", a place's paper.)
  const nameShaped = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !(ctx.kb.byAlias.get(foldText(w)) ?? []).some((e) => e.type !== 'Person');
  for (const c of candidates) {
    const words = c.pendingFullName ? c.span.text.split(/\s+/u) : [];
    if (words.length !== 2 || !words.every(nameShaped) || !surnames.has(foldText(words[1]!))) continue;
    Object.assign(c, { pendingFullName: false, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/repeated-surname' });
  }
}

function addSurnames(r: Resolver, entity: Entity): void {
  for (const name of [entity.name, ...entity.aliases]) {
    for (const s of surnamesOf(name, r.ctx.particles, r.ctx.patronymics)) {
      const keys = r.surnames.get(s) ?? [];
      if (!keys.includes(entity.key)) keys.push(entity.key);
      r.surnames.set(s, keys);
    }
  }
  const first = foldText(entity.name.split(/\s+/)[0]!);
  if (entity.name.includes(' ')) r.firstNames.set(first, [...new Set([...(r.firstNames.get(first) ?? []), entity.key])]);
}

/**
 * A first name alone that belongs to one person of the article names that person, when it is no ordinary word or
 * stands alone before punctuation ("Josh, with respect, …", not "Mark my words").
 */
function firstNameOnly(c: Candidate, r: Resolver): Entity | undefined {
  if (isCommonWord(c.span.text) && !c.beforePunctuation) return undefined;
  const keys = r.firstNames.get(foldText(c.span.text)) ?? [];
  if (keys.length !== 1) return undefined;
  c.confidence = CONFIDENCE.unknownSingleName;
  c.extractor = 'entities/first-name';
  return r.people.get(keys[0]!);
}

/** Each person's gender: what the article marks (honorifics, gendered roles) when it agrees, else their first name's. */
function assignGenders(entities: Map<string, Entity>, candidates: readonly Candidate[], roles: readonly PendingRole[]): void {
  const marked = new Map<string, Set<Gender>>();
  const mark = (key: string | undefined, g: Gender | undefined) => {
    if (key && g) marked.set(key, (marked.get(key) ?? new Set<Gender>()).add(g));
  };
  for (const c of candidates) mark(c.entity?.key, c.gender);
  for (const r of roles) mark(r.target?.entity?.key, r.gender);
  for (const [key, entity] of entities) {
    if (entity.type !== 'Person') continue;
    const g = marked.get(key);
    const gender = g?.size === 1 ? [...g][0] : g === undefined ? genderOfName(entity.name) : undefined;
    if (gender) entities.set(key, { ...entity, gender });
  }
}

/** Handles of the article's embedded tweets → the person's name they are signed with ("— Kate Horvath (@katehorvath)"). */
function signedHandles(doc: ArticleDocument, ctx: Context): Map<string, string> {
  const signed = new Map<string, string>();
  for (const tweet of doc.tweets) {
    const name = tweet.name.text.trim();
    const words = name.split(/\s+/);
    if (tweet.handle && words.length >= 2 && isFirstNameWord(ctx, words[0]!, words[1])) signed.set(tweet.handle.toLowerCase(), name);
  }
  return signed;
}

/** Articles before an English party adjective and a title: "the Labour MP", "a Tory backbencher". */
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);

/** "Kieran Doyle, the Labour MP for Gateshead, asked": in English, a party's adjective between the article and the title. */
function titleAfterPartyAdjective(tokens: readonly Token[], at: number, ctx: Context, isFirstName: (word: string) => boolean): RolePhrase | undefined {
  if (!ENGLISH_ARTICLES.has(tokens[at]?.folded ?? '') || !tokens[at + 1]?.capitalised) return undefined;
  // (A party's adjective, "Conservative", or the name a party goes by at home, "Labour".)
  const adjective = partyNamedAt(tokens, at + 1, ctx.lex.roles, false);
  const party = adjective?.party ?? ctx.kb.byHomeName.get(tokens[at + 1]!.folded)?.find((e) => e.type === 'Organisation')?.name;
  const title = party ? matchRolePhrase(tokens, at + 1 + (adjective?.length ?? 1), ctx.lex.roles, isFirstName) : undefined;
  return title && { ...title, start: at, party: title.party ?? party, partyAt: title.partyAt ?? at + 1, definite: tokens[at]!.folded === 'the' };
}

/** Most words of a body's name before "'s" and a title: "the Transport Salaried Staffs' Association's general secretary". */
const POSSESSOR_WORDS = 4;

/** "Alison Mercer, Ofgem's chief executive,", "Tom Baker, the union's general secretary,": a title after a body's possessive. */
function titleAfterPossessive(tokens: readonly Token[], at: number, ctx: Context, isFirstName: (word: string) => boolean): RolePhrase | undefined {
  const from = ENGLISH_ARTICLES.has(tokens[at]?.folded ?? '') ? at + 1 : at;
  let s = from;
  while (s < from + POSSESSOR_WORDS && tokens[s] && /^\p{L}/u.test(tokens[s]!.text)) s++;
  if (s === from || !/^['’]s$/u.test(tokens[s]?.text ?? '')) return undefined;
  // (The title's own words only: the body's name before it may already be a mention.)
  return matchRolePhrase(tokens, s + 1, ctx.lex.roles, isFirstName);
}

/**
 * « le vice-président du parti Romain Vasseur »: after a title and its body named by a noun alone (« du parti », « du
 * groupe »), a first name and a name are the title's holder, not the body's name.
 */
function holderAfterRoleOfBody(tokens: readonly Token[], at: number, ctx: Context): boolean {
  if (!ctx.organisationNouns.matchAt(tokens, at - 1) || !['du', 'de'].includes(tokens[at - 2]?.folded ?? '')) return false;
  for (let k = Math.max(0, at - 6); k < at - 2; k++) if (matchRolePhrase(tokens, k, ctx.lex.roles, () => false)?.end === at - 2) return true;
  return false;
}

/** Fewest letters of a body's name that stands for it alone, without its tail ("Tidewell" for "Tidewell Energy"). */
const SHORT_NAME_LETTERS = 4;
/** How many mentions before a name's end are looked at for one that covers it (mentions overlap little). */
const OVERLAP_LOOKBACK = 8;

/** Cues that introduce a body no list knows: what they find is the body wherever its name stands again. */
const INTRODUCING_CUES = new Set(['entities/organisation-cue', 'entities/outlet-cue', 'entities/body-of-place', 'entities/body-of-country', 'entities/regional-body', 'entities/speaking-body']);

/**
 * "the regulator Ofgem … Ofgem said …": a body the article introduced with a cue is that body wherever its name stands
 * again, written the same way, outside the mentions already found. A lone capitalised word read as a surname is the
 * body's name when no person the article names bears it.
 */
function namedAgain(candidates: readonly Candidate[], doc: ArticleDocument, ctx: Context, isSurname: (word: string) => boolean): Candidate[] {
  const byFirstWord = new Map<string, { words: string[]; candidate: Candidate }[]>();
  const add = (words: string[], candidate: Candidate) => {
    if (words.length > 0 && !byFirstWord.get(words[0]!)?.some((n) => n.words.join(' ') === words.join(' '))) pushTo(byFirstWord, words[0]!, { words, candidate });
  };
  for (const c of candidates) {
    if (!c.entity || c.entity.type === 'Person' || !INTRODUCING_CUES.has(c.extractor)) continue;
    const tokens = doc.tokensIn(c.span.start, c.span.end);
    add(tokens.map((t) => t.text), c);
    // "Tidewell Energy … Tidewell said": a name and a body's tail go by the name alone, when it is no ordinary word.
    if (tokens.length === 2 && ctx.orgTails.has(tokens[1]!.folded) && tokens[0]!.text.length >= SHORT_NAME_LETTERS && !isCommonWord(tokens[0]!.text)) add([tokens[0]!.text], c);
  }
  if (byFirstWord.size === 0) return [];
  const bodyNamed = (text: string) => byFirstWord.get(text)?.find((n) => n.words.length === 1)?.candidate.entity;
  for (const c of candidates) {
    const body = c.surname && !c.entity && !isSurname(c.span.text) ? bodyNamed(c.span.text) : undefined;
    if (body) Object.assign(c, { entity: body, type: body.type, surname: false, extractor: 'entities/named-again' });
  }
  const covered = candidates.map((c) => c.span).filter((sp) => sp.start >= 0).sort((a, b) => a.start - b.start);
  // (Spans sorted by start: the few before the end that may reach over the start.)
  const isCovered = (start: number, end: number) => {
    const k = firstStartingAt(covered, end, (sp) => sp.start) - 1;
    for (let i = k; i >= 0 && i > k - OVERLAP_LOOKBACK; i--) if (covered[i]!.end > start) return true;
    return false;
  };
  const found: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (const { words, candidate } of byFirstWord.get(tokens[i]!.text) ?? []) {
      if (!words.every((w, j) => tokens[i + j]?.text === w)) continue;
      const last = tokens[i + words.length - 1]!;
      // (The name is whole: no capitalised word runs on after it.)
      if (tokens[i + words.length]?.capitalised && tokens[i + words.length]!.start === last.end + 1) continue;
      if (isCovered(tokens[i]!.start, last.end)) continue;
      found.push({ ...candidate, start: -1, end: -1, span: doc.span(tokens[i]!.start, last.end), extractor: 'entities/named-again', acronym: undefined });
      i += words.length - 1;
      break;
    }
  }
  return found;
}

/**
 * "Angah Busu, Tok Batin of …" over the words they said: the round-up's name line names a person, where no cue found
 * one (a name found with no cue, waiting for the article to name it again, is that person).
 */
function roundUpPerson(tokens: readonly Token[], name: Span | undefined, found: readonly Candidate[]): Candidate | undefined {
  if (!name) return undefined;
  const end = tokens.findIndex((t) => t.end === name.end) + 1;
  const there = found.filter((c) => c.start < end && c.end > 0);
  const pending = there.length === 1 && there[0]!.pendingFullName && there[0]!.span.text === name.text ? there[0] : undefined;
  if (pending) Object.assign(pending, { pendingFullName: false, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/round-up-name' });
  if (end <= 0 || there.length > 0) return undefined;
  return { start: 0, end, span: name, type: 'Person', name: name.text, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/round-up-name' };
}

export function extractEntities(doc: ArticleDocument, lex: Lexicons, published?: string): EntityExtraction {
  const { text, lines } = doc;
  const ctx = context(lex);
  const roles: PendingRole[] = [];
  const candidates: Candidate[] = [];
  const article: ArticleCues = { signed: signedHandles(doc, ctx), capitalisedStems: capitalisedStems(doc.tokens), commonNounAcronyms: commonNounAcronyms(doc.tokens, ctx) };
  for (const [k, line] of lines.entries()) {
    if (!namesEntities(line)) continue;
    const tokens = doc.tokensIn(line.span.start, line.span.end);
    const inLine = findInLine(text, tokens, ctx, roles, article);
    appendAll(candidates, inLine);
    const named = roundUpPerson(tokens, roundUpName(lines, k), inLine);
    if (named) candidates.push(named);
  }
  // An embedded tweet's "(@handle)" shows the article quoting Twitter: the platform is named there.
  const twitter = ctx.twitter;
  for (const tweet of twitter ? doc.tweets.filter((t) => t.handle !== '') : []) {
    const at = doc.text.indexOf(`@${tweet.handle}`, tweet.signature.start);
    if (at < 0 || at >= tweet.signature.end) continue;
    candidates.push({ start: -1, end: -1, span: doc.span(at, at + tweet.handle.length + 1), type: 'Organisation', kb: twitter, entity: kbEntityToEntity(twitter!), confidence: CONFIDENCE.handle, extractor: 'entities/tweet-platform' });
  }
  // "Salote Vakacegu" over a post's date line: the name a post is signed with is its author's, a person's when it
  // has two or three words, none an ordinary one, and nothing else was found there.
  for (const tweet of doc.tweets) {
    const words = tweet.name.text.split(/\s+/u);
    // ("Aidos Kenzhebayev @kenzhebayev_a": a handle that spells the last name vouches for words a dictionary lists; so
    // does a first word no dictionary lists, "Lijon Bigler", unless a body's head or tail stands in the name.)
    const spelled = tweet.handle !== '' && foldText(tweet.handle).includes(foldText(words[words.length - 1]!));
    const givenFirst = !isCommonWord(words[0]!) && !words.some((w) => ctx.orgHeads.has(foldText(w)) || ctx.orgTails.has(foldText(w)));
    const found = candidates.filter((c) => c.span.start < tweet.name.end && c.span.end > tweet.name.start);
    // (A name found with no cue, waiting for the article to name it again, is the author's.)
    const pending = found.length === 1 && found[0]!.pendingFullName && found[0]!.span.text === tweet.name.text ? found[0] : undefined;
    if (words.length < 2 || words.length > 3 || words.some((w) => (isCommonWord(w) && !spelled && !givenFirst) || !/^\p{Lu}/u.test(w))) {
      // ("Blue Reef Paje Resort" / "June 30, 2025 ·": a page's name of common words, its own capitalised, is a body's.)
      if ((pending || found.length === 0) && words.length >= 2 && words.length <= MAX_PAGE_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w))) {
        const body = { type: 'Organisation' as const, name: tweet.name.text, confidence: CONFIDENCE.unknownOrganisation, extractor: 'entities/post-author' };
        if (pending) Object.assign(pending, { ...body, pendingFullName: false });
        else candidates.push({ start: -1, end: -1, span: tweet.name, ...body });
      }
      continue;
    }
    if (pending) Object.assign(pending, { pendingFullName: false, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/post-author' });
    else if (found.length === 0) candidates.push({ start: -1, end: -1, span: tweet.name, type: 'Person', name: tweet.name.text, confidence: CONFIDENCE.unknownByCue, extractor: 'entities/post-author' });
  }
  // Definite role phrases that name nobody stand for a person: « le président américain a affirmé ».
  for (const pending of roles) {
    if (!pending.target && pending.role.definite) {
      candidates.push({ start: -1, end: -1, span: pending.span, type: 'Person', role: pending.role, gender: pending.gender, confidence: 0, extractor: 'entities/role' });
    }
  }
  candidates.sort((a, b) => a.span.start - b.span.start);
  const chosen = chooseByCountry(candidates, roles);
  candidates.length = 0;
  appendAll(candidates, chosen);

  const r: Resolver = { ctx, date: published ? parseIsoDate(published) : undefined, people: new Map(), surnames: new Map(), firstNames: new Map(), statedRoles: new Map(), statedGenders: new Map(), namedAt: new Map(), titledByRole: new Map(), doc };
  // Acronyms the article defines (« … (MJS) ») name that organisation wherever they stand.
  const defined = new Map<string, Entity>();
  for (const c of candidates) {
    const entity = c.acronym ? toEntity(c) : undefined;
    if (!entity || defined.has(c.acronym!)) continue;
    c.entity = entity.aliases.includes(c.acronym!) ? entity : { ...entity, aliases: [...entity.aliases, c.acronym!] };
    defined.set(c.acronym!, c.entity);
  }
  const definedAcronym = (c: Candidate) => (c.entity === undefined && c.span.text.length <= 12 ? defined.get(c.span.text) : undefined);
  confirmByRepeatedSurname(candidates, ctx);
  // First the full names, so surnames and roles can be resolved against them wherever they stand in the article.
  for (const c of candidates) {
    if (c.entity) continue;
    const acronym = definedAcronym(c);
    if (acronym) {
      c.entity = acronym;
      continue;
    }
    if (c.surname || c.role || c.pendingFullName || c.extractor === 'entities/speaking-body') continue;
    let entity = toEntity(c);
    if (entity && !c.kb && entity.type === 'Person') {
      const before = doc.tokensBefore(c.span.start, 1)[0];
      const variant = knownVariant(entity.name, r, before !== undefined && ctx.honorifics.has(foldToken(before)));
      if (variant) {
        entity = variant;
        c.confidence = CONFIDENCE.nameVariant;
        c.extractor = 'entities/name-variant';
      }
    }
    c.entity = entity;
    if (entity?.type === 'Person') {
      r.people.set(entity.key, entity);
      addSurnames(r, entity);
      // What a quote names is not what the article's own words point back to.
      if (!doc.isQuoted(c.span.start)) pushTo(r.namedAt, entity.key, c.span.start);
    }
  }
  appendAll(candidates, namedAgain(candidates, doc, ctx, (word) => r.surnames.has(foldText(word))));
  candidates.sort((a, b) => a.span.start - b.span.start);
  for (const pending of roles) {
    if (pending.target?.entity) {
      const list = r.statedRoles.get(pending.target.entity.key) ?? [];
      list.push(pending.role);
      r.statedRoles.set(pending.target.entity.key, list);
      if (pending.gender) r.statedGenders.set(pending.target.entity.key, (r.statedGenders.get(pending.target.entity.key) ?? new Set<Gender>()).add(pending.gender));
    }
  }
  let previousPerson: Entity | undefined;
  for (const c of candidates) {
    if (c.pendingFullName) {
      c.entity = r.people.get(entityKey('Person', c.name!.replace(/\s+/g, ' '))) ?? knownVariant(c.name!, r);
      if (c.entity) c.confidence = c.entity.confidence;
    } else if (c.surname && !c.entity) {
      const named = r.surnames.get(foldText(c.span.text)) ?? [];
      // Two people with one surname: « Mme Dunne » is the woman (when the honorific says), else the one named last.
      const fitting = c.gender && named.length > 1 ? named.filter((k) => genderOfKey(k, r) === c.gender) : [];
      const keys = fitting.length > 0 ? fitting : named;
      if (keys.length >= 1) {
        c.entity = r.people.get(keys.length === 1 ? keys[0]! : keys.find((k) => k === previousPerson?.key) ?? keys[0]!);
        c.confidence = c.entity!.confidence;
      } else {
        const kb = ctx.kbSurnames.get(foldText(c.span.text)) ?? [];
        if (kb.length === 1) {
          c.entity = kbEntityToEntity(kb[0]!);
          c.confidence = CONFIDENCE.surnameInKb;
          // A person more: the title and letter indexes are made again when next needed.
          if (!r.people.has(c.entity.key)) r.byTitle = r.byLetters = undefined;
          r.people.set(c.entity.key, c.entity);
        } else if (c.name) {
          c.entity = toEntity(c);
        } else {
          c.entity = firstNameOnly(c, r);
        }
      }
    } else if (c.role) {
      c.entity = resolveRole(c, previousPerson, r);
    } else if (c.unknownHandle) {
      c.entity = personSpelledBy(c.span.text.slice(1), r);
    } else if (c.extractor === 'entities/speaking-body' && !c.entity) {
      // « a déclaré Réjean Fortin »: a name that opens with a first name the lists know (and no ordinary word), which
      // the article gives a person elsewhere, is that person, not a body ("Morning Report" stays a programme).
      const first = c.span.text.split(/\s+/u)[0]!;
      const person = isFirstNameAnywhere(first) && !isCommonWord(first) ? r.people.get(entityKey('Person', c.name!.replace(/\s+/g, ' '))) : undefined;
      c.entity = person ?? toEntity(c);
    }
    if (c.entity?.type === 'Person') previousPerson = c.entity;
  }
  resolveRolesAhead(candidates, r);
  resolveRolesByHeadline(candidates, roles, r);
  resolveJournalistByQuestioner(candidates, r);

  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (!c.entity) continue;
    const entity = c.entity;
    const seen = entities.get(entity.key);
    entities.set(entity.key, seen && seen.confidence >= entity.confidence ? seen : entity);
    mentions.push({ entity: entity.key, span: c.span, extractor: c.extractor, confidence: c.confidence });
  }
  assignGenders(entities, candidates, roles);
  const assertions: RoleAssertion[] = [];
  for (const pending of roles) {
    const target = pending.target?.entity;
    if (!target || pending.role.title === '') continue;
    // Parties and countries of roles become nodes of the graph, but are not mentions: « républicain » names no party.
    // A party adjective's party is the one of the article's country, or none when no country's fits.
    const party = pending.party ? (pending.party.entity ? pending.party.kb : undefined) : pending.role.party ? ctx.kbByName.get(pending.role.party) : undefined;
    const country = pending.role.country ? ctx.lex.kb.entities.find((e) => e.country === pending.role.country) : undefined;
    for (const kb of [party, country]) {
      if (kb) entities.set(entityKey(kb.type, kb.name), entities.get(entityKey(kb.type, kb.name)) ?? kbEntityToEntity(kb));
    }
    assertions.push({
      entity: target.key,
      title: pending.role.title,
      country: country ? entityKey(country.type, country.name) : undefined,
      affiliation: party ? entityKey(party.type, party.name) : undefined,
      qualifier: pending.role.qualifier,
      span: pending.span,
    });
  }
  return { entities: [...entities.values()], mentions, roles: assertions };
}
