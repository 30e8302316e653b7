// Reading who does what in a sentence: speaker mentions, subjects and objects, pronouns and noun anaphora.
import { foldText } from '../document/normalize.js';
import { foldToken } from '../document/phrases.js';
import type { Token } from '../document/tokens.js';
import { foldedWords, type ArticleDocument } from '../document/document.js';
import { firstStartingAt, isInside } from '../document/span.js';
import { genderMarkedIn, genderOfPronoun, type Gender } from '../entities/gender.js';
import { toIsoDate, type PartialDate } from '../document/dates.js';
import { honorificWords, type Lexicons } from '../lexicon/lexicons.js';
import { matchRolePhrase } from '../entities/roles.js';
import type { ArticleRecord, Entity, EntityType, Mention, Span } from '../types.js';

const SPEAKER_TYPES = new Set(['Person', 'Organisation', 'Outlet']);

const PREPOSITIONS = new Set(['sur', 'a', 'au', 'aux', 'avec', 'de', 'd', 'du', 'des', 'contre', 'via', 'par', 'pour', 'entre', 'dans', 'chez', 'selon', 'apres', 'vers', 'according', 'on', 'with', 'to', 'for', 'of', 'by', 'from', 'against', 'about', 'at', 'in', 'into', 'than']);

/** Prepositions whose noun phrase is an agent or an object, never the clause's subject, even with a title before the name. */
const OBJECT_PREPOSITIONS = new Set(['par', 'a', 'au', 'aux', 'avec', 'contre', 'by', 'to', 'with', 'against']);

const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'he', 'she', 'celui ci', 'celle ci']);
/** A subject pronoun as written: « il », "She", not an acronym in capitals (« l'Initiative libérale (IL) »). */
const isSubjectPronoun = (t: Token) => SUBJECT_PRONOUNS.has(foldToken(t)) && !/^\p{Lu}{2,}$/u.test(t.text);
/** « Celui-ci a répliqué »: a demonstrative stands for the person named last, even after a preposition (« jugés déplacés par X. Celui-ci … »). */
const DEMONSTRATIVE = /^(?:celui|celle)-ci$/iu;

export interface Context {
  doc: ArticleDocument;
  text: string;
  lex: Lexicons;
  entities: Map<string, Entity>;
  /** Speaker-type mentions in text order, outside quotes unless said otherwise. */
  mentions: Mention[];
  /** Spans of quoted words: mentions there are not the speaker of the sentence around them. */
  quoted: Span[];
  reference?: PartialDate;
  article: ArticleRecord;
}

/** The article's day (YYYY-MM-DD): its publication date, else the day its relative dates were read against. */
export function articleDay(ctx: Context): string | undefined {
  return ctx.article.published?.value.slice(0, 10) ?? (ctx.reference?.day !== undefined ? toIsoDate(ctx.reference) : undefined);
}

/** Whether an offset is inside one of the spans (sorted by start, not overlapping). */
export const inside = isInside;

/** The mentions wholly within [start, end), in text order (the mentions are sorted by start). */
export function mentionsWithin(ctx: Context, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAt(ctx.mentions, start, (m) => m.span.start); i < ctx.mentions.length && ctx.mentions[i]!.span.start < end; i++) {
    if (ctx.mentions[i]!.span.end <= end) out.push(ctx.mentions[i]!);
  }
  return out;
}

/** How long a name may run back from the word that ends it, in characters. */
const NAME_CHARS = 120;

/** The mentions that end where a word ends: the name that word closes ("Tom Halewood's", "Daphne Corlett, who …"). */
export function mentionsEndingAt(ctx: Context, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAt(ctx.mentions, end, (m) => m.span.start) - 1; i >= 0 && end - ctx.mentions[i]!.span.start <= NAME_CHARS; i--) {
    if (ctx.mentions[i]!.span.end === end) out.push(ctx.mentions[i]!);
  }
  return out;
}

/** Mentions that name a platform as where something was posted (« sur X », a tweet's handle): never a speaker. */
const PLATFORM_MENTIONS = new Set(['entities/platform-x', 'entities/tweet-platform']);

/** « le député socialiste X »: a party its member's adjective names qualifies the member, who acts and speaks. */
export function qualifiesMember(m: Mention): boolean {
  return m.extractor === 'entities/party-of-member';
}

/** How far after a party's mention the member it qualifies is named (« le député LFI du Val-de-Marne Yanis Belkacem »). */
const MEMBER_REACH = 80;

/** « l'insoumis Yanis Belkacem », « le député LFI X », "Labour MP Jo Bloggs": the person a party's mention makes its member. */
export function memberQualified(ctx: Context, m: Mention): string | undefined {
  const person = (p: Mention) => ctx.entities.get(p.entity)?.type === 'Person';
  // (« le socialiste Mathieu Roche »: a party named as a noun right before a name.)
  if (m.extractor === 'entities/party-as-noun') {
    const next = ctx.mentions[firstStartingAt(ctx.mentions, m.span.end, (p) => p.span.start)];
    return next && person(next) && ctx.text.slice(m.span.end, next.span.start).trim() === '' ? next.entity : undefined;
  }
  if (!qualifiesMember(m) && !qualifiesTitle(ctx, m) && !qualifiesTitleBefore(ctx, m)) return undefined;
  return mentionsIn(ctx, m.span.end, Math.min(ctx.text.length, m.span.end + MEMBER_REACH)).find(person)?.entity;
}

export function isSpeaker(ctx: Context, m: Mention): boolean {
  return SPEAKER_TYPES.has(ctx.entities.get(m.entity)?.type ?? '') && !PLATFORM_MENTIONS.has(m.extractor ?? '') && !qualifiesMember(m) && !qualifiesTitle(ctx, m) && !qualifiesTitleBefore(ctx, m);
}

/** Lower-case words of a portfolio before a title: "health spokesman", "shadow housing minister". */
const MAX_PORTFOLIO_WORDS = 2;

/**
 * "the Tory leader accused …", "Labour MP": a party's adjective before a title qualifies the holder, who speaks; so
 * does a body's name before a title and its holder's name ("Greens health spokesman Tom Harcourt interjected").
 */
function qualifiesTitle(ctx: Context, m: Mention): boolean {
  const adjective = m.extractor === 'entities/party-adjective';
  if (!adjective && ctx.entities.get(m.entity)?.type !== 'Organisation') return false;
  const after = ctx.doc.tokensIn(m.span.end, Math.min(ctx.text.length, m.span.end + 60));
  // (Past a portfolio in lower case: "health spokesman".)
  const opening = adjective ? 0 : Math.max(0, after.findIndex((t) => !/^\p{Ll}+$/u.test(t.text)));
  let role: ReturnType<typeof matchRolePhrase>;
  for (let k = 0; k <= Math.min(MAX_PORTFOLIO_WORDS, opening) && !role; k++) role = matchRolePhrase(after, k, ctx.lex.roles, () => false);
  if (!role) return false;
  const name = after[role.end];
  const holder = name ? mentionsWithin(ctx, name.start, name.start + NAME_CHARS).find((h) => h.span.start === name.start) : undefined;
  return adjective || ctx.entities.get(holder?.entity ?? '')?.type === 'Person';
}

const honorificSets = new WeakMap<Lexicons['roles'], Set<string>>();
/** « M. », « Mme », "Mr", "Dr" (data/lexicon/roles.json honorifics): a title before a name, not a name. */
export function isHonorific(ctx: Context, t: Token): boolean {
  let set = honorificSets.get(ctx.lex.roles);
  if (!set) honorificSets.set(ctx.lex.roles, (set = new Set(honorificWords(ctx.lex.roles).map((h) => foldText(h)))));
  return set.has(t.folded);
}

/** Nouns for someone the article does not name: "a government source", « une source gouvernementale ». */
const UNNAMED_SOURCES = new Set(['source', 'sources', 'insider', 'insiders']);
/** Words between a determiner and the noun for an unnamed source: "a senior government source". */
const UNNAMED_SOURCE_REACH = 4;
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'the', 'a', 'an', 'son', 'sa', 'ses', 'his', 'her', 'its', 'their']);

/** The words before a mention, to tell a subject from an object (« de Trump », « sur Twitter », « d'après le Daily Dot »). */
export function afterPreposition(ctx: Context, m: Mention): boolean {
  // A role phrase that starts with « du », « au » is already inside a prepositional phrase.
  if (/^(?:du|au|aux|des)\s/iu.test(m.span.text)) return true;
  // « par Hugo Lemaire (Le Monde) », "Kate Hale (Labour)": a name in parentheses right after a person's glosses them,
  // and is no one's subject.
  const glossed = mentionBeforeParenthesis(ctx, m);
  if (glossed && glossed.entity !== m.entity && ctx.entities.get(glossed.entity)?.type === 'Person') return true;
  // Words back to the last number, comma or quote mark: in '"We won in 2022," Marek said', "in" governs 2022, not Marek.
  const near = ctx.doc.tokensBefore(m.span.start, 8).filter((t) => t.start >= m.span.start - 30);
  const lastBreak = near.findLastIndex((t) => !/\p{L}/u.test(t.text) && t.text !== '.');
  const words = near.slice(lastBreak + 1).filter((t) => /\p{L}/u.test(t.text));
  let k = words.length - 1;
  // « par le journaliste Romain Chappuis », « à la ministre X », « par le libéral-radical X »: a title or an adjective
  // between the preposition and the name.
  const titled = () => {
    let j = k;
    while (j >= 0 && k - j < 2 && /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(words[j]!.text) && !DETERMINERS.has(words[j]!.text) && !PREPOSITIONS.has(foldToken(words[j]!))) j--;
    if (j === k || j < 0) return false;
    // ("led by chief executive Graham Whitcombe": or the preposition right before the title.)
    const at = DETERMINERS.has(words[j]!.text.toLowerCase().replace(/['’]$/, '')) ? j - 1 : j;
    if (at < 0 || (at === j && !AGENT_PREPOSITIONS.has(words[j]!.folded))) return false;
    return OBJECT_PREPOSITIONS.has(foldToken(words[at]!)) && !/[,;:.!?«»"“”()]/u.test(ctx.text.slice(words[at]!.end, m.span.start));
  };
  if (titled()) return true;
  // "Asked by Ms Pryce", « interrogé par M. Dupont »: an honorific between the preposition and the name.
  if (k > 0 && isHonorific(ctx, words[k]!)) k--;
  // Accents matter here: « a » may be the English article, « à » never is.
  if (k >= 0 && DETERMINERS.has(words[k]!.text.toLowerCase().replace(/['’]$/, ''))) k--;
  // « interrogée par Paul Arvenne et Inès Kerbrat »: a name joined to one after a preposition is governed by it too.
  if (k >= 0 && ['et', 'and'].includes(words[k]!.folded)) {
    const joined = mentionsIn(ctx, Math.max(0, words[k]!.start - 60), words[k]!.start).at(-1);
    return joined !== undefined && /^\s*$/u.test(ctx.text.slice(joined.span.end, words[k]!.start)) && afterPreposition(ctx, joined);
  }
  if (k < 0 || !PREPOSITIONS.has(foldToken(words[k]!))) return false;
  // « Quant à Marco Rubio, il … », "As for Rubio, he …": the topic is the subject, not an object.
  const topic = k > 0 ? `${foldToken(words[k - 1]!)} ${foldToken(words[k]!)}` : '';
  return topic !== 'quant a' && topic !== 'quant au' && topic !== 'as for';
}

/** "Keith Dornan's administration … asked": a name with a possessive owns the subject, it is not the subject. */
export function isPossessor(ctx: Context, m: Mention): boolean {
  return /^['’]s?(?![\p{L}])/u.test(ctx.text.slice(m.span.end, m.span.end + 3));
}

/**
 * « Pour Étienne Morlaix, … », « Selon X, … », "According to X, …", « Selon leur présidente de groupe, X, … » opening a
 * sentence: X is what the sentence is about, and who a pronoun after it may point back to, though a preposition
 * stands before the name.
 */
function isTopic(ctx: Context, m: Mention): boolean {
  const sentence = ctx.doc.sentenceAt(m.span.start);
  if (!sentence || ctx.text.charAt(m.span.end) !== ',') return false;
  return /^\s*(?:pour|selon|d['’]après|according to|for)\s+(?:\p{L}+\.?\s+|[^,.;:]{1,60},\s+)?$/iu.test(ctx.text.slice(sentence.start, m.span.start));
}

/**
 * "The proposal was put forward by Cr Liam Fitzgerald. He told …": the agent of a passive whose sentence names no
 * person before it is who that sentence is about (not in "Asked by Ms Pryce, …", which opens on the participle).
 */
function isOnlyAgent(ctx: Context, m: Mention): boolean {
  const sentence = ctx.doc.sentenceAt(m.span.start);
  if (!sentence || opensWithAdjunct(ctx, sentence.start) || !agentInClause(ctx, m, sentence.start)) return false;
  if (!PASSIVE_AUXILIARY.test(ctx.text.slice(sentence.start, m.span.start))) return false;
  return mentionsWithin(ctx, sentence.start, sentence.end).every((p) => p === m || ctx.entities.get(p.entity)?.type !== 'Person');
}
/** The auxiliary of a passive clause (« évoqué par X » alone is an adjunct, not the sentence's verb). */
const PASSIVE_AUXILIARY = /(?<!\p{L})(?:was|were|been|is|are|été|est|sont|était|étaient|fut)(?!\p{L})/iu;

/** Words that open a subordinate clause at a sentence's start (« Quand celui-ci lui a demandé si …, Mme Paquin a répondu »). */
export const OPENING_SUBORDINATORS = new Set(['quand', 'lorsque', 'alors', 'comme', 'when', 'as', 'while', 'after', 'before']);

/** « Marco Rubio et Lindsey Graham ont … »: a subject of several speakers is no single speaker. */
export function coordinated(ctx: Context, m: Mention, others: readonly Mention[]): boolean {
  const typeOf = (x: Mention) => ctx.entities.get(x.entity)?.type;
  return others.some((o) => {
    if (o === m || opensAsSide(ctx, o)) return false;
    const between = ctx.text.slice(o.span.end, m.span.start);
    // « La cheffe de groupe Ecolo, Sophie Lemaire-Dubois, a regretté … »: a body, a comma, then a person is an apposition.
    if (/^\s*,\s*$/u.test(between) && typeOf(o) !== typeOf(m)) return false;
    return /^\s*(?:,|et|and|&)\s*$/iu.test(between);
  });
}

/** « Côté Rassemblement national, Yannick Ferrand a accusé … », « Chez les Verts, … »: the side a sentence opens on, not a second subject. */
export function opensAsSide(ctx: Context, m: Mention): boolean {
  const sentence = ctx.doc.sentenceAt(m.span.start);
  return sentence !== undefined && /^\s*(?:du\s+)?(?:côté|chez)\s+(?:d[eu']\s*|des\s+)?(?:l[ae']\s*|les\s+)?$/iu.test(ctx.text.slice(sentence.start, m.span.start));
}

export function mentionsIn(ctx: Context, start: number, end: number, withQuoted = false): Mention[] {
  return mentionsWithin(ctx, start, end).filter((m) => isSpeaker(ctx, m) && (withQuoted || !inside(m.span.start, ctx.quoted)));
}

/** Prepositions that open a sentence's framing phrase: « Sur la querelle qui oppose X à Y, … », "On X's remarks, …". */
const FRAMING_PREPOSITIONS = new Set(['sur', 'dans', 'concernant', 'quant', 'face', 'on', 'about', 'regarding']);
/** Determiners that open a noun subject right after a framing phrase: « …, la macroniste s'est montrée … ». */
const SUBJECT_DETERMINERS = new Set(['le', 'la', 'l', 'les', 'the']);

/**
 * « Sur la querelle qui oppose Claire Vasseur à Étienne Morvan, la macroniste s'est montrée plus mesurée. Elle … »:
 * a person named in the phrase that frames a sentence, before a comma and the sentence's own noun subject, is not
 * what the next pronoun stands for.
 */
function inOpeningPhrase(ctx: Context, m: Mention): boolean {
  const sentence = ctx.doc.sentenceAt(m.span.start);
  if (!sentence) return false;
  const tokens = ctx.doc.tokensIn(sentence.start, sentence.end);
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0 || !FRAMING_PREPOSITIONS.has(tokens[0]!.folded) || tokens[comma]!.start < m.span.end) return false;
  return SUBJECT_DETERMINERS.has(tokens[comma + 1]?.folded ?? '') && mentionsWithin(ctx, tokens[comma]!.end, tokens[Math.min(tokens.length - 1, comma + 3)]!.end).length === 0;
}

/** How far back, in characters, a pronoun's person may have been named: a few paragraphs. */
const ANTECEDENT_REACH = 3000;

/**
 * The person last named as a subject before a position, outside quotes: what « il », « a-t-elle », she refer to.
 * A pronoun's gender leaves out people of the other gender, when the article or their first name tells it. The
 * pronoun of a retort (`answering`) is the other side: "X accused Y of … '…,' he shot back" stands for Y.
 */
export function salientPerson(ctx: Context, before: number, pronoun?: string, answering = false): Mention | undefined {
  const gender = pronoun === undefined ? undefined : genderOfPronoun(pronoun);
  const latter = pronoun !== undefined && DEMONSTRATIVE.test(pronoun);
  const fits = (m: Mention) => {
    if (inside(m.span.start, ctx.quoted) || (!latter && afterPreposition(ctx, m) && !isTopic(ctx, m) && !isOnlyAgent(ctx, m))) return false;
    const entity = ctx.entities.get(m.entity);
    // (A photo's caption or credit is nobody's sentence: « (Léa Fontaine/Libération) » is no antecedent of « dit-elle ».)
    return entity?.type === 'Person' && !(gender && entity.gender && entity.gender !== gender) && ctx.doc.lineAt(m.span.start)?.kind !== 'caption';
  };
  // (A live blog's entry is its own story: the one above it may come later, or be about someone else.)
  const entryStart = ctx.doc.entryStartAt(before);
  for (let i = firstStartingAt(ctx.mentions, before, (m) => m.span.start) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (before - m.span.start > ANTECEDENT_REACH || m.span.start < entryStart) break;
    if (!fits(m)) continue;
    if (latter) return m;
    if (inOpeningPhrase(ctx, m)) continue;
    // The subject of that sentence before its object: « Lemasson a accusé le ministre de … « … », a-t-il dénoncé »
    // (not the agent of a passive set off by commas: « La séance, présidée par le vice-président X, s'est ouverte … »).
    const sentence = ctx.doc.sentenceAt(m.span.start);
    const subject = sentence ? subjectAfterOpening(ctx, mentionsWithin(ctx, sentence.start, m.span.end).filter((p) => fits(p) && !agentInClause(ctx, p, sentence.start) && !isPossessor(ctx, p)), sentence.start) : undefined;
    if (subject && subject !== m) return answering ? m : subject;
    // « Il accuse Koen Delvaux de … « … », lance-t-il »: a pronoun subject before the name carries the same person on.
    if (sentence && pronounBefore(ctx, sentence.start, m.span.start, gender)) continue;
    return m;
  }
  // « Sur le tableau de la classe de Mélanie Broussard, … « … », dit-elle »: with no subject to stand for, the person
  // the paragraph names last, whatever the preposition before them.
  return pronoun !== undefined && !latter ? lastNamedInParagraph(ctx, before, (m) => ctx.entities.get(m.entity)?.type === 'Person' && !inside(m.span.start, ctx.quoted) && !(gender && ctx.entities.get(m.entity)?.gender !== undefined && ctx.entities.get(m.entity)?.gender !== gender)) : undefined;
}

/** The person last named before a position, within reach, outside quotes and captions, of the gender given. */
function lastPersonNamed(ctx: Context, before: number, gender: Gender | undefined): Mention | undefined {
  for (let i = firstStartingAt(ctx.mentions, before, (m) => m.span.start) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (before - m.span.start > ANTECEDENT_REACH) break;
    const entity = ctx.entities.get(m.entity);
    if (entity?.type !== 'Person' || inside(m.span.start, ctx.quoted) || ctx.doc.lineAt(m.span.start)?.kind === 'caption') continue;
    if (!gender || !entity.gender || entity.gender === gender) return m;
  }
  return undefined;
}

/** The last mention before a position, in its paragraph and within reach, that passes the test. */
function lastNamedInParagraph(ctx: Context, before: number, test: (m: Mention) => boolean): Mention | undefined {
  const line = ctx.doc.lineAt(before);
  if (!line) return undefined;
  const from = Math.max(line.span.start, before - ANTECEDENT_REACH);
  for (let i = firstStartingAt(ctx.mentions, before, (m) => m.span.start) - 1; i >= 0 && ctx.mentions[i]!.span.start >= from; i--) {
    if (test(ctx.mentions[i]!)) return ctx.mentions[i];
  }
  return undefined;
}

/** « par », "by": what names a passive's agent. */
const AGENT_PREPOSITIONS = new Set(['par', 'by']);

/** Whether « par » or "by" stands before a mention in its clause (since the comma or the sentence's start before it). */
function agentInClause(ctx: Context, m: Mention, sentenceStart: number): boolean {
  const comma = ctx.text.lastIndexOf(',', m.span.start);
  return ctx.doc.tokensIn(Math.max(sentenceStart, comma + 1), m.span.start).some((t) => AGENT_PREPOSITIONS.has(t.folded));
}

/** "Speaking to …", "Asked by …", « Interrogé par … », "In a letter to …": a sentence opening on a participle or a preposition. */
function opensWithAdjunct(ctx: Context, sentenceStart: number): boolean {
  const first = ctx.doc.tokens[ctx.doc.tokenIndexAt(sentenceStart)];
  return first !== undefined && (PREPOSITIONS.has(foldToken(first)) || /^\p{Lu}\p{Ll}+(?:ing|ed|é|ée|és|ées)$/u.test(first.text));
}

/**
 * The first of a sentence's people that is its subject: "Speaking to host Lisa Whitcombe this morning, Gallagher
 * said …": a person inside the phrase a sentence opens with, before its first comma, is not the subject when another
 * person follows that comma.
 */
function subjectAfterOpening(ctx: Context, people: readonly Mention[], sentenceStart: number): Mention | undefined {
  const first = people[0];
  if (!first || !opensWithAdjunct(ctx, sentenceStart)) return first;
  const comma = ctx.text.indexOf(',', sentenceStart);
  if (comma < first.span.end) return first;
  return people.find((p) => p.span.start > comma) ?? first;
}

/** The grammatical gender a body is introduced with: the determiner before it (« la », « le »: roles.json genders), past at most two common nouns (« la coalition X »). */
function genderIntroduced(ctx: Context, m: Mention): Gender | undefined {
  const before = ctx.doc.tokensBefore(m.span.start, 3);
  for (let k = before.length - 1; k >= 0; k--) {
    const gender = genderMarkedIn(before, k, k + 1, ctx.lex.roles);
    if (gender) return gender;
    if (!/^\p{Ll}+$/u.test(before[k]!.text)) return undefined;
  }
  return undefined;
}

/**
 * « La coalition X a dénoncé … Elle accuse le gouvernement »: when no person fits a French subject pronoun, the last
 * organisation named as a subject before it, introduced with a determiner of the pronoun's gender.
 */
export function salientBody(ctx: Context, before: number, pronoun: string): Mention | undefined {
  const gender = genderOfPronoun(pronoun);
  if (!gender || !/(?:^|-)(?:il|elle)$/iu.test(pronoun)) return undefined;
  for (let i = firstStartingAt(ctx.mentions, before, (m) => m.span.start) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (before - m.span.start > ANTECEDENT_REACH) break;
    if (ctx.entities.get(m.entity)?.type !== 'Organisation' || inside(m.span.start, ctx.quoted) || afterPreposition(ctx, m) || isVenueWord(ctx, m)) continue;
    if (genderIntroduced(ctx, m) === gender) return m;
  }
  return undefined;
}

/** A subject pronoun of the gender asked (any, when none is) between two positions, outside quotes. */
function pronounBefore(ctx: Context, from: number, to: number, gender: Gender | undefined): boolean {
  // ("When she was recognised, Mrs Williams-Forbes said …": a pronoun in the clause a sentence opens with looks ahead
  // to the name.)
  const tokens = ctx.doc.tokensIn(from, to);
  const comma = tokens.findIndex((t) => t.text === ',');
  const opening = tokens[0] && OPENING_SUBORDINATORS.has(tokens[0].folded) && comma > 0 ? comma : 0;
  return tokens.some((t, k) => {
    if (k < opening || !isSubjectPronoun(t) || inside(t.start, ctx.quoted) || IMPERSONAL.test(tokens[k + 1]?.text ?? '')) return false;
    // (« …, qui lui demande s'il présentera des excuses, le ministre … »: a subordinate clause's subject is not the sentence's.)
    if (SUBORDINATING_BEFORE_PRONOUN.has(tokens[k - 1]?.folded ?? '')) return false;
    const marked = genderOfPronoun(t.text);
    return gender === undefined || marked === undefined || marked === gender;
  });
}

/** Words that open a subordinate clause right before its subject pronoun: « s'il », « qu'elle », "if he". */
const SUBORDINATING_BEFORE_PRONOUN = new Set(['s', 'si', 'que', 'qu', 'quand', 'lorsque', 'lorsqu', 'puisque', 'puisqu', 'if', 'whether', 'that', 'when', 'because']);

/** « il faut », « il y a », « il semble »: an impersonal « il » refers to nobody. */
const IMPERSONAL = /^(?:faut|fallait|y|semble|semblait|s['’]agit|s['’]agissait|paraît|parait|reste|restait|est|était|suffit|vaut)$/iu;

export function subjectPronoun(tokens: readonly Token[], before: number): Token | undefined {
  // (« Elle a salué X, avec qui elle dit … »: the one nearest the verb.)
  for (let k = before - 1; k >= 0; k--) {
    if (isSubjectPronoun(tokens[k]!) && !IMPERSONAL.test(tokens[k + 1]?.text ?? '')) return tokens[k];
  }
  // « Tout juste a-t-il rappelé que … »: the pronoun the verb's inverted auxiliary carries.
  const inverted = INVERTED_SUBJECT.exec(tokens[before]?.text ?? '');
  return inverted ? { ...tokens[before]!, text: inverted[1]!, folded: inverted[1]!.toLowerCase() } : undefined;
}

const INVERTED_SUBJECT = /-(?:t-)?(il|elle|ils|elles)$/iu;

/** « la très controversée organisation », « le site »: the last organisation or outlet named before. */
/** What a noun points back at: a type (« l'entreprise », « le quotidien »), and whether it names a kind of body that only the one it introduced can be (« le constructeur »). */
interface AnaphoraNoun {
  type: EntityType;
  introduced: boolean;
}

const anaphoraCache = new WeakMap<Lexicons['organisations'], ReadonlyMap<string, AnaphoraNoun>>();

function anaphoraNouns(lex: Lexicons['organisations']): ReadonlyMap<string, AnaphoraNoun> {
  let found = anaphoraCache.get(lex);
  if (!found) {
    const general = (Object.entries(lex.anaphoraNouns) as [EntityType, string[]][]).flatMap(([type, nouns]) => nouns.map((n): [string, AnaphoraNoun] => [foldText(n), { type, introduced: false }]));
    const kinds = lex.introducingNouns.map((n): [string, AnaphoraNoun] => [foldText(n), { type: 'Organisation', introduced: true }]);
    found = new Map([...kinds, ...general]);
    anaphoraCache.set(lex, found);
  }
  return found;
}

/** « le constructeur Stellantis », « Manufacture Vauclair », "the operator, CalMac": a body the text introduced with this noun. */
function introducedAs(ctx: Context, m: Mention, noun: string): boolean {
  if (foldText(ctx.entities.get(m.entity)?.name ?? '').split(/\s+/).includes(noun)) return true;
  return foldedWords(ctx.doc.tokensBefore(m.span.start, 3)).includes(noun);
}

/** Prepositions after which a noun complements the one before it: « de », « du », "of". */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'd', 'du', 'des', 'of']);

export function nounAnaphor(ctx: Context, tokens: readonly Token[], before: number): Mention | undefined {
  // "A senior government source told …": a subject the article does not name; no noun further on (« the coalition
  // believed … ») is the speaker.
  const opening = tokens.findIndex((t, k) => k < before && DETERMINERS.has(foldToken(t)));
  if (opening >= 0 && tokens.slice(opening + 1, opening + 1 + UNNAMED_SOURCE_REACH).some((t) => UNNAMED_SOURCES.has(t.folded))) return undefined;
  for (let k = 0; k < before; k++) {
    if (!DETERMINERS.has(foldToken(tokens[k]!))) continue;
    // (« la tête de liste de l'union de la gauche lui avait reproché »: a noun after « de » complements another.)
    if (k > 0 && COMPLEMENT_PREPOSITIONS.has(tokens[k - 1]!.folded)) continue;
    for (let n = k + 1; n < Math.min(before, k + 4); n++) {
      // « l'agence de presse » (an outlet) before « l'agence » (a body): the longest noun phrase first.
      const nouns = anaphoraNouns(ctx.lex.organisations);
      const word = [3, 2, 1].map((len) => tokens.slice(n, Math.min(n + len, before)).map(foldToken).join(' ')).find((w) => nouns.has(w));
      // "the Ministry of Housing": a noun that opens a name is the name's, no anaphor; "the junior coalition partner's
      // leader": a noun before "'s" says whose, the subject is the noun after it.
      if (word === undefined || namedAt(ctx, tokens[n]!.start) || tokens.slice(n + 1, before).some((t) => /^['’]s$/u.test(t.text))) continue;
      const noun = nouns.get(word)!;
      // "The union disputed her figure": the nearest body named or introduced by the noun ("… Dentists Union"), past a
      // nearer one that is not ("the Employment and Labour Relations Court"); else the nearest, where the noun allows.
      let nearest: Mention | undefined;
      for (let i = firstStartingAt(ctx.mentions, tokens[k]!.start, (m) => m.span.start) - 1; i >= 0; i--) {
        const m = ctx.mentions[i]!;
        if (tokens[k]!.start - m.span.start > ANTECEDENT_REACH) break;
        if (ctx.entities.get(m.entity)?.type !== noun.type || !isSpeaker(ctx, m) || inside(m.span.start, ctx.quoted) || isVenueWord(ctx, m)) continue;
        if (introducedAs(ctx, m, word)) return m;
        nearest ??= m;
      }
      if (nearest && !noun.introduced) return nearest;
    }
  }
  return undefined;
}

/** Whether a mention covers the offset. */
function namedAt(ctx: Context, offset: number): boolean {
  const m = ctx.mentions[firstStartingAt(ctx.mentions, offset + 1, (x) => x.span.start) - 1];
  return m !== undefined && m.span.end > offset;
}

/** A French noun made from an adjective, which the press uses for a person named before: « l'écologiste », « le Zurichois ». */
const ADJECTIVAL_NOUN = /^\p{L}\p{Ll}{2,}(?:iste|istes|ois|oise|ais|aise|ien|ienne|ain|aine)$/u;
/** Singular determiners, with the pronoun of the gender they mark. */
const SINGULAR_DETERMINERS: Record<string, string | undefined> = { le: 'il', la: 'elle', l: undefined };

const titleNounCache = new WeakMap<Lexicons['roles'], Map<string, ReadonlySet<string>>>();

/** The titles of one word in a language (« élu », « édile », "MP", "leader"), folded, made once per lexicon and language. */
function oneWordTitles(roles: Lexicons['roles'], lang: 'fr' | 'en'): ReadonlySet<string> {
  let byLang = titleNounCache.get(roles);
  if (!byLang) titleNounCache.set(roles, (byLang = new Map()));
  let found = byLang.get(lang);
  if (!found) byLang.set(lang, (found = new Set(Object.values(roles.titles).flatMap((t) => t[lang] ?? []).filter((w) => !/\s/u.test(w)).map(foldText))));
  return found;
}

/**
 * '"…?" the NDP leader asked', "the Labour MP said": an article, a party and an English title of one word, which the
 * text names nobody by, stand for the person last named as a subject. `tokens` are exactly the noun phrase.
 */
export function partyTitleAnaphor(ctx: Context, tokens: readonly Token[]): Mention | undefined {
  const [det, party, title] = tokens;
  if (tokens.length !== 3 || det!.folded !== 'the' || !isBodyAt(ctx, party!) || !oneWordTitles(ctx.lex.roles, 'en').has(title!.folded)) return undefined;
  return salientPerson(ctx, det!.start);
}

/**
 * « a assuré le Zurichois », « La socialiste a confirmé », « a lancé l'élu », « l'adjointe a répondu »: a singular
 * determiner and a noun made from an adjective (of a party, a place) or a title, which the text names nobody by,
 * stand for the person of that gender last named as a subject. `tokens` are exactly the noun phrase.
 */
export function descriptorAnaphor(ctx: Context, tokens: readonly Token[]): Mention | undefined {
  const [det, ...named] = tokens;
  // « le jeune homme », "the teenager": a noun for a person, the one of its gender last named as a subject, else
  // last named at all (« … des mains de Matías Silva, 19 ans … », a raconté le jeune homme »).
  if (det && PERSON_DETERMINERS.has(det.folded) && personNouns(ctx.lex.names).has(named.map((t) => t.folded).join(' '))) {
    const gender = genderMarkedIn(tokens, 0, tokens.length, ctx.lex.roles);
    return salientPerson(ctx, det.start, gender ? PRONOUN_OF[gender] : undefined) ?? lastPersonNamed(ctx, det.start, gender);
  }
  // « La députée PS », « l'élue Ecolo »: the party after a title qualifies it.
  const words = named.length === 2 && isBodyAt(ctx, named[1]!) ? named.slice(0, 1) : named;
  if (!det || !(det.folded in SINGULAR_DETERMINERS) || words.length === 0 || words.length > 2) return undefined;
  const head = words.length === 2 && /^(?:elu|elue|ancien|ancienne|premier|premiere)$/u.test(words[0]!.folded) ? words[1]! : words.length === 1 ? words[0]! : undefined;
  if (!head || mentionsWithin(ctx, det.start, head.end).length > 0) return undefined;
  // (« l'ancien maire »: the title after « ancien », « premier ».)
  if (!ADJECTIVAL_NOUN.test(head.text) && !((words.length === 1 || head === words[1]) && (oneWordTitles(ctx.lex.roles, 'fr').has(head.folded) || CONCERNED.has(head.folded)))) return undefined;
  const gender = genderMarkedIn(tokens, 0, tokens.length, ctx.lex.roles);
  return salientPerson(ctx, det.start, gender ? PRONOUN_OF[gender] : SINGULAR_DETERMINERS[det.folded]);
}

/** Auxiliaries between a subject and its verb in the past tense: « la ministre a annoncé », « ont voté ». */
const AUXILIARY = /^(?:a|ont|avait|avaient|has|have|had)$/u;

/**
 * « Interpellée par X, la ministre de la Transition écologique a annoncé … »: a title (with its complement) that opens
 * the clause right before a verb is its subject, and stands for the person of its gender the article last named.
 */
export function titleSubject(ctx: Context, tokens: readonly Token[], at: number): Mention | undefined {
  const verb = withAuxiliary(tokens, at);
  let end = verb;
  let open = clauseStart(tokens, end);
  // « La première adjointe, chargée des finances depuis 2014, réplique »: past an incise between commas.
  if (open === verb && tokens[open - 1]?.text === ',') {
    const incise = clauseStart(tokens, open - 1);
    if (tokens[incise - 1]?.text === ',') open = clauseStart(tokens, (end = incise - 1));
  }
  const role = matchRolePhrase(tokens, open, ctx.lex.roles, () => false);
  // (Its complement may run on past what the role lexicon reads: « de la Transition écologique », « LR du 17e arrondissement ».)
  const runsOn = role !== undefined && role.end <= end && end - role.end <= ROLE_COMPLEMENT_TAIL && tokens.slice(role.end, end).every((t) => /^[\p{L}\p{N}'’-]+$/u.test(t.text));
  // (« la ministre », or « la première adjointe »: the title's head is its second or third word.)
  return runsOn ? descriptorAnaphor(ctx, tokens.slice(open, open + 2)) ?? descriptorAnaphor(ctx, tokens.slice(open, Math.min(role.end, open + 3))) : undefined;
}

/** Where the verb at `at` starts, with its auxiliary (« a annoncé », "had voted"). */
export function withAuxiliary(tokens: readonly Token[], at: number): number {
  return at > 0 && isPastAuxiliary(tokens[at - 1]!) ? at - 1 : at;
}

/** Whether a word is the auxiliary of a past tense (« a », « ont », "had"). */
export function isPastAuxiliary(t: Token): boolean {
  return AUXILIARY.test(t.folded);
}

/** Where the clause that ends at `end` opens: after the punctuation before it, or at the first token. */
export function clauseStart(tokens: readonly Token[], end: number): number {
  let open = end;
  while (open > 0 && !/^[,;:.]$/u.test(tokens[open - 1]!.text)) open--;
  return open;
}

/** Words of a complement past the role phrase read (« écologique », « LR du 17e arrondissement »). */
const ROLE_COMPLEMENT_TAIL = 5;

const vocativeCache = new WeakMap<Lexicons, { opening: RegExp; closing: RegExp }>();

/**
 * What stands before a name a quote addresses: nothing but an honorific and a particle at a sentence's start
 * (« Monsieur De Wever, … »), or a comma before them at its end ("…, Mr Hollis!").
 */
function vocativePatterns(lex: Lexicons): { opening: RegExp; closing: RegExp } {
  let found = vocativeCache.get(lex);
  if (!found) {
    const words = honorificWords(lex.roles).map((w) => w.replace(/[.]/g, '\\.'));
    const cue = `(?:(?:${words.join('|')})\\s+)?(?:(?:${lex.names.particles.join('|')})\\s+)*`;
    found = { opening: new RegExp(`(?:^|[.!?…«“"]\\s*)${cue}$`, 'iu'), closing: new RegExp(`,\\s*${cue}$`, 'iu') };
    vocativeCache.set(lex, found);
  }
  return found;
}

/** « Madame Vasseur, vous avez … », "…, Mr Hollis!": the people a quote's words speak to by name, in text order. */
export function addressedIn(ctx: Context, spans: readonly Span[]): string[] {
  const vocative = vocativePatterns(ctx.lex);
  const found: string[] = [];
  for (const sp of spans) {
    for (const m of mentionsWithin(ctx, sp.start, sp.end)) {
      if (ctx.entities.get(m.entity)?.type !== 'Person') continue;
      const before = ctx.text.slice(Math.max(sp.start, m.span.start - 40), m.span.start);
      const after = ctx.text.slice(m.span.end, m.span.end + 3);
      const opens = (m.span.start - 40 <= sp.start || /[.!?…]\s*(?:\S+\s+){0,3}$/u.test(before)) && vocative.opening.test(before) && /^\s*,/u.test(after);
      if (opens || (vocative.closing.test(before) && /^\s*[!?.]/u.test(after))) found.push(m.entity);
    }
  }
  return found;
}

const PRONOUN_OF: Record<Gender, string> = { male: 'il', female: 'elle' };
/** Determiners before a noun that points back to a person: « le », « la », « l' », "the". */
const PERSON_DETERMINERS = new Set(['le', 'la', 'l', 'the']);
const personNounCache = new WeakMap<Lexicons['names'], ReadonlySet<string>>();

function personNouns(names: Lexicons['names']): ReadonlySet<string> {
  let found = personNounCache.get(names);
  if (!found) {
    found = new Set(names.personNouns.map(foldText));
    personNounCache.set(names, found);
  }
  return found;
}
/** « l'intéressé se défend », « a répondu l'intéressée »: the person the story is about, named before. */
const CONCERNED = new Set(['interesse', 'interessee']);

/** Whether an organisation's name is all that stands at the token (« PS », « Ecolo », "N-VA"). */
function isBodyAt(ctx: Context, t: Token): boolean {
  const m = mentionsWithin(ctx, t.start, t.end)[0];
  return m !== undefined && m.span.start === t.start && ctx.entities.get(m.entity)?.type === 'Organisation';
}

/**
 * « la députée PS », « l'élue Ecolo », « le député N-VA »: a body named right after a title qualifies its holder, who
 * speaks; so does its acronym in parentheses after it (« le député Rassemblement national (RN) »).
 */
function qualifiesTitleBefore(ctx: Context, m: Mention): boolean {
  if (ctx.entities.get(m.entity)?.type !== 'Organisation') return false;
  const restated = restatedMention(ctx, m);
  if (restated) return qualifiesTitleBefore(ctx, restated);
  const before = ctx.doc.tokensBefore(m.span.start, 5);
  // (« le chef du groupe AUR »: or a title, then the group or party it leads.)
  return before.some((_, k) => {
    const end = matchRolePhrase(before, k, ctx.lex.roles, () => false)?.end;
    return end !== undefined && (end === before.length || (end >= before.length - 3 && before.slice(end).every((t) => GROUP_OF.has(t.folded)) && GROUP_NOUNS.has(before.at(-1)!.folded)));
  });
}

/** « du groupe », « du parti », "of the party": what stands between a title and the group or party it leads. */
const GROUP_OF = new Set(['du', 'de', 'la', 'des', 'd', 'groupe', 'parti', 'of', 'the', 'group', 'party']);
const GROUP_NOUNS = new Set(['groupe', 'parti', 'group', 'party']);

/** "Rassemblement national (RN)": for the mention in parentheses, the mention of the same entity right before it. */
function restatedMention(ctx: Context, m: Mention): Mention | undefined {
  const previous = mentionBeforeParenthesis(ctx, m);
  return previous?.entity === m.entity ? previous : undefined;
}

/** "Kate Hale (Labour)": for a mention that opens a parenthesis, the mention right before it. */
function mentionBeforeParenthesis(ctx: Context, m: Mention): Mention | undefined {
  let open = m.span.start - 1;
  while (open >= 0 && /\s/u.test(ctx.text[open]!)) open--;
  if (open < 0 || ctx.text[open] !== '(') return undefined;
  const previous = mentionsWithin(ctx, Math.max(0, open - 120), open).at(-1);
  return previous && ctx.text.slice(previous.span.end, open).trim() === '' ? previous : undefined;
}

interface SpeechNouns {
  wordNouns: ReadonlySet<string>;
  answerNouns: ReadonlySet<string>;
  bodyObjects: ReadonlySet<string>;
}
const speechNounCache = new WeakMap<Lexicons['quotes'], SpeechNouns>();

/** The quote lexicon's nouns of what was said and of answers, folded, made once per lexicon. */
export function speechNouns(quotes: Lexicons['quotes']): SpeechNouns {
  let found = speechNounCache.get(quotes);
  if (!found) {
    found = { wordNouns: new Set(quotes.wordNouns.map(foldText)), answerNouns: new Set(quotes.answerNouns.map(foldText)), bodyObjects: new Set(quotes.bodyObjects.map(foldText)) };
    speechNounCache.set(quotes, found);
  }
  return found;
}

/** Words that are not quote marks or punctuation, so « a « catégoriquement niée » » reads as a verb. */
export function wordTokens(ctx: Context, start: number, end: number): Token[] {
  return ctx.doc.tokensIn(start, end).filter((t) => !/^[«»“”"„‹›‘’]$/u.test(t.text));
}

export function span(ctx: Context, start: number, end: number): Span {
  return { start, end, text: ctx.text.slice(start, end) };
}

/** « démentie par la Maison-Blanche »: the agent of a passive reporting verb. */
export function passiveAgent(ctx: Context, tokens: readonly Token[], afterVerb: number): Mention | undefined {
  const at = pastDate(ctx, tokens, afterVerb);
  const par = tokens[at];
  if (!par || !['par', 'by'].includes(foldToken(par))) return undefined;
  const agent = mentionsIn(ctx, par.end, tokens[Math.min(tokens.length - 1, at + 5)]!.end)[0];
  // « contestée par le député des Forces libanaises (FL) Élie Rahmé »: the body a role is held in stands for its
  // holder, named after it.
  const role = agent && ctx.entities.get(agent.entity)?.type !== 'Person' ? matchRolePhrase(tokens, at + 1, ctx.lex.roles, () => false) : undefined;
  const holder = role && mentionsIn(ctx, agent!.span.end, tokens[Math.min(tokens.length - 1, role.end + ROLE_COMPLEMENT_TOKENS)]!.end).find((m) => ctx.entities.get(m.entity)?.type === 'Person');
  return holder || agent;
}

/** How many tokens a role's complement and its holder's name may take after its title (« des Forces libanaises (FL) Élie Rahmé »). */
const ROLE_COMPLEMENT_TOKENS = 8;

/** Words that may open a date right after a verb: « le 24 février », "on Monday". */
const DATE_OPENERS = new Set(['le', 'on', 'ce', 'this', 'last']);

/** The token after a date written right after a verb (« annoncé le 24 février par », "unveiled on Monday by"), else `at`. */
function pastDate(ctx: Context, tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first) return at;
  const opener = DATE_OPENERS.has(first.folded) ? 1 : 0;
  const date = ctx.doc.datesIn(first.start, tokens[Math.min(tokens.length - 1, at + 5)]!.end).find((d) => d.span.start === first.start || d.span.start === tokens[at + opener]?.start);
  if (!date) return at;
  let k = at;
  while (k < tokens.length && tokens[k]!.start < date.span.end) k++;
  return k;
}

/** « sur CBS », « à la chaîne NBC », "on Twitter": where something was said, not who said it. */
export function isVenueWord(ctx: Context, m: Mention): boolean {
  // A preposition a few lower-case words before the name (« sur France Inter », « à la chaîne NBC », "on her Facebook
  // page"), not past punctuation or another name ("published on Tuesday morning, Ofwat said"); compared as written,
  // not folded: « à » is no "a" ("a record sum"), nor the « a » of « a dit ».
  const before = ctx.doc.tokensBefore(m.span.start, 8).filter((t) => t.start >= m.span.start - 25);
  for (let k = before.length - 1; k >= 0; k--) {
    const t = before[k]!;
    if (venuePrepositions(ctx.lex.venues).has(t.text.toLowerCase())) return true;
    if (!/^\p{Ll}/u.test(t.text) && !/^['’]$/u.test(t.text)) return false;
  }
  return false;
}

const venuePrepositionCache = new WeakMap<Lexicons['venues'], ReadonlySet<string>>();

/** The venue lexicon's one-word prepositions, in lower case, made once per lexicon. */
function venuePrepositions(venues: Lexicons['venues']): ReadonlySet<string> {
  let found = venuePrepositionCache.get(venues);
  if (!found) {
    found = new Set(venues.prepositions.filter((p) => !/\s/u.test(p)).map((p) => p.toLowerCase()));
    venuePrepositionCache.set(venues, found);
  }
  return found;
}

/** Words that open a relative clause after a comma: « X, qui représente Y, a confirmé », "X, who chairs Y, said". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['qui', 'dont', 'lequel', 'laquelle', 'who', 'whose', 'which']);

/**
 * Mentions that are not inside a relative clause before a verb: in « Me Caron, qui représente M. Bouffard, a
 * confirmé », Bouffard is in the clause that describes Caron, and cannot be the verb's subject.
 */
export function outsideRelativeClauses(ctx: Context, mentions: readonly Mention[], from: number, to: number): Mention[] {
  const tokens = ctx.doc.tokensIn(from, to);
  const clauses: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!RELATIVE_PRONOUNS.has(tokens[k]!.folded)) continue;
    let close = tokens.findIndex((t, j) => j > k && t.text === ',');
    // "The Ontario Medical Association, whose president, Dr. Rajiv Menon, met with her, said": a possessive relative
    // whose noun an apposition names runs past the apposition to the comma that closes its verb.
    if (POSSESSIVE_RELATIVES.has(tokens[k]!.folded) && close >= 0 && close - k <= POSSESSIVE_NOUN_WORDS + 1) {
      const afterApposition = tokens.findIndex((t, j) => j > close && t.text === ',');
      const afterVerb = afterApposition >= 0 ? tokens.findIndex((t, j) => j > afterApposition && t.text === ',') : -1;
      if (afterVerb >= 0) close = afterVerb;
    }
    // After a comma, or after the noun of an apposition set off by commas: "Kieran Doyle, the Labour MP who had
    // pressed the prime minister, said".
    const inApposition = close >= 0 && tokens.slice(0, k).some((t) => t.text === ',');
    if (tokens[k - 1]!.text !== ',' && !inApposition) continue;
    clauses.push({ start: tokens[k]!.start, end: close >= 0 ? tokens[close]!.start : to, text: '' });
  }
  return clauses.length === 0 ? [...mentions] : mentions.filter((m) => !clauses.some((c) => m.span.start >= c.start && m.span.end <= c.end));
}

/** Relative pronouns of possession: "whose president", « dont le président ». */
const POSSESSIVE_RELATIVES = new Set(['whose', 'dont']);
/** Most words of the noun a possessive relative opens on (« dont le président »). */
const POSSESSIVE_NOUN_WORDS = 2;

/** Relative pronouns that stand for a speaker: « qui », "who", and "which" for a body. */
const SPEAKER_RELATIVES = new Set(['qui', 'who', 'which']);
/** Words a relative pronoun may stand before its verb: "who had already", « qui l'a ». */
const RELATIVE_REACH = 3;

/**
 * "the minister clashed with Hadjipetrou, who accused her department of …", « il a répondu à Mme X, qui l'accusait de
 * … »: the person a relative clause set off by a comma is about, when the verb at `at` is that clause's.
 */
export function relativeAntecedent(ctx: Context, tokens: readonly Token[], at: number): Mention | undefined {
  for (let k = at - 1; k >= Math.max(2, at - RELATIVE_REACH); k--) {
    if (!SPEAKER_RELATIVES.has(tokens[k]!.folded) || tokens[k - 1]!.text !== ',') continue;
    const antecedent = mentionsEndingAt(ctx, tokens[k - 2]!.end).find((m) => isSpeaker(ctx, m) && !inside(m.span.start, ctx.quoted));
    // ("the Liberia Accountability Forum, which said …": "which" stands for a body; « qui » after a body is too often
    // another's clause, and is left unread.)
    const type = antecedent ? ctx.entities.get(antecedent.entity)?.type : undefined;
    return type === 'Person' ? (tokens[k]!.folded === 'which' ? undefined : antecedent) : type === 'Organisation' && tokens[k]!.folded === 'which' ? antecedent : undefined;
  }
  return undefined;
}

/**
 * The subject among the speakers named before a verb: the person nearest it, else the nearest body. A party,
 * union or agency named beside a person describes them (« Pieter De Smet (N-VA) a répondu », "Nathalie Claes,
 * who leads the union CSC, told marchers").
 */
export function subjectBefore(ctx: Context, before: readonly Mention[]): Mention | undefined {
  for (let k = before.length - 1; k >= 0; k--) if (ctx.entities.get(before[k]!.entity)?.type === 'Person') return before[k];
  // « Invité de La Première (RTBF), … », "Speaking to RTÉ": an outlet named as where it was said is no subject.
  const subjects = before.filter((m) => ctx.entities.get(m.entity)?.type !== 'Outlet' || !isVenueWord(ctx, m));
  return subjects[subjects.length - 1];
}

/** Words that may stand between an inverted verb and its subject: when it was said (« a annoncé mercredi matin la ministre »). */
const MAX_WORDS_BEFORE_INVERTED_SUBJECT = 3;
/** Words of a role's complement before the name apposed to it (« la ministre responsable de l'Habitation, X »). */
const MAX_ROLE_COMPLEMENT = 6;

/** The subject of an inverted verb: a mention starting within a few words after it, no punctuation between. */
export function subjectRightAfter(ctx: Context, tokens: readonly Token[], after: number, end: number, accept: (m: Mention) => boolean): Mention | undefined {
  let last = after;
  while (last < after + MAX_WORDS_BEFORE_INVERTED_SUBJECT && tokens[last + 1] && !/^[,;:.!?]$/u.test(tokens[last]!.text)) last++;
  const first = tokens[after];
  if (!first) return undefined;
  // « la ministre de l'Habitation, Sophie Gagnon »: a role right there, and the name apposed to it.
  let reach = tokens[last]!.start;
  for (let k = after; k <= last; k++) {
    const role = matchRolePhrase(tokens, k, ctx.lex.roles, () => false);
    if (role) {
      // The role's own complement may run on (« responsable de l'Habitation ») up to the comma before the name.
      let comma = role.end;
      while (comma < role.end + MAX_ROLE_COMPLEMENT && tokens[comma] && tokens[comma]!.text !== ',') comma++;
      reach = tokens[Math.min(tokens.length - 1, tokens[comma]?.text === ',' ? comma + 1 : role.end)]!.start;
      break;
    }
  }
  return mentionsIn(ctx, first.start, end).find((m) => m.span.start <= reach && accept(m) && !afterPreposition(ctx, m));
}
