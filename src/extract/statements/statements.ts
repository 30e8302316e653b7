// Find statements and their speakers: direct quotes (attributed by a reporting verb after them, a speaker
// introduced before a colon, or the subject of the sentence), embedded tweets (by their signature), and
// reported speech (« a démenti », « a indiqué que »), each with its venue and date when the text gives them.
import { appendAll } from '../../collections.js';
import { createHash } from 'node:crypto';
import { toIsoDate } from '../document/dates.js';
import { entityKey, indexKb } from '../lexicon/kb-index.js';
import { detectLanguageOfTokens } from '../document/language.js';
import type { ArticleDocument, Sentence } from '../document/document.js';
import { firstStartingAt } from '../document/span.js';
import { foldText } from '../document/normalize.js';
import { foldToken, PhraseIndex } from '../document/phrases.js';
import type { Quote } from '../document/quotes.js';
import { roundUpName } from '../document/layout.js';
import { matchReportingVerb, participleIndex, passesJudgement, verbAfterApposition, type VerbMatch } from './reporting-verbs.js';
import { matchRolePhrase } from '../entities/roles.js';
import { certainGenderOfName, genderOfPronoun, type Gender } from '../entities/gender.js';
import type { Token } from '../document/tokens.js';
import type { EmbeddedTweet } from '../document/tweets.js';
import { afterPreposition, articleDay, COMPLEMENT_PREPOSITIONS, coordinated, OPENING_SUBORDINATORS, RELATIVE_PRONOUNS, relativeAntecedent, opensAsSide, outsideRelativeClauses, inside, isHonorific, isPossessor, isSpeaker, isVenueWord, mentionsIn, mentionsWithin, nounAnaphor, passiveAgent, salientPerson,
  salientBody, span, subjectBefore, subjectPronoun, subjectRightAfter, titleSubject, isPastAuxiliary, wordTokens, descriptorAnaphor, partyTitleAnaphor, addressedIn, speechNouns, mentionsEndingAt, withAuxiliary, type Context } from './discourse.js';
import { QUESTIONED_BY_REACH, questionedBy, stopwordSet, timeNounSet, type Lexicons, type ReportingVerb, type Stance } from '../lexicon/lexicons.js';
import type { ArticleRecord, Entity, Mention, Span, Statement } from '../types.js';

const SUBJECT_PRONOUN = /^(?:il|elle|he|she)$/iu;
/** An interviewer's question on a line of its own: "Q – … ?", « Question : … ? », "Q: … ?". */
const INTERVIEW_QUESTION = /^(?:Q|Question)\s*[–—:.-]\s*.*\?\s*$/u;
/** « a-t-il ajouté », « dit-elle »: a verb form that ends with its subject pronoun. */
const INVERTED_PRONOUN_AT_END = /-(?:t-)?(?:il|elle|ils|elles)$/iu;

/** The pronoun after a cue (« selon lui », "according to her") stands for the speaker. */
const CUE_PRONOUNS = /^(?:lui|elle|eux|elles|him|her|them)$/iu;
const OBJECT_CLITICS = new Set(['l', 'lui', 'leur', 'les', 'le', 'la', 'nous', 'vous', 'y', 'en']);
/** How many words after an inverted reporting verb its subject may end (« a lancé d'entrée de jeu le chef du Parti libéral du Québec et de l'opposition officielle, X »). */
const SUBJECT_WINDOW = 22;
const addressCache = new WeakMap<Lexicons['roles'], RegExp>();
/** How a speaker addresses someone, right before the name: « Monsieur X », "Mister X" (roles.json addressForms). */
function addressBefore(ctx: Context, at: number): boolean {
  let re = addressCache.get(ctx.lex.roles);
  if (!re) addressCache.set(ctx.lex.roles, (re = new RegExp(`(?:^|\\s)(?:${Object.values(ctx.lex.roles.addressForms).flat().join('|')})\\s+$`, 'iu')));
  return re.test(ctx.text.slice(Math.max(0, at - 14), at));
}

const FIRST_PERSON = /(?:^|[^\p{L}])(?:je|j['’]|moi|me|m['’]|mon|ma|mes|nous|notre|nos|i|me|my|we|our|us)(?=[^\p{L}]|$)/iu;

function statementKey(articleId: string, span: Span): string {
  return createHash('sha256').update(`${articleId}\u0000${span.start}\u0000${span.end}`).digest('hex').slice(0, 12);
}

function wordCount(ctx: Context, spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + ctx.doc.tokensIn(s.start, s.end).filter((t) => /\p{L}/u.test(t.text)).length, 0);
}

interface Attribution {
  speaker?: string;
  /** The words that say who spoke. */
  evidence: Span;
  verb?: VerbMatch;
  /** The stance the words that attribute it give, where no verb does (« Réplique de X : »). */
  stance?: Stance;
  extractor: string;
  /** The verb's subject is someone the article does not name (« a glissé un conseiller »). */
  unnamed?: true;
}

/** « La socialiste a confirmé »: the noun phrase that opens the clause right before the verb, read as a person's descriptor. */
function descriptorBefore(ctx: Context, tokens: readonly Token[], verbAt: number): Mention | undefined {
  for (const length of [2, 3]) {
    const start = verbAt - length;
    if (start < 0 || (start > 0 && !/^[,;:]$/u.test(tokens[start - 1]!.text))) continue;
    const found = descriptorAnaphor(ctx, tokens.slice(start, verbAt));
    if (found) return found;
  }
  // « le maire LR du 17e arrondissement avait lancé : »: a title with its complement.
  return titleSubject(ctx, tokens, verbAt);
}

/** « La cheffe du gouvernement a choisi ses mots : »: a title opening a clause, before its first verb in the past tense. */
function titleBeforeAnyVerb(ctx: Context, clause: Span): Mention | undefined {
  const tokens = wordTokens(ctx, clause.start, clause.end);
  const aux = tokens.findIndex((t, k) => k > 0 && isPastAuxiliary(t));
  return aux > 0 && tokens[aux + 1] ? titleSubject(ctx, tokens, aux + 1) : undefined;
}

/** Most words of a heading that labels a section with a person's name and title. */
const LABEL_WORDS = 8;

/**
 * "Liina Pärn, Eesti 200 chair" over "The junior coalition partner's leader said …": in a round-up told under
 * headings, a subject by title (`subject`'s tokens hold one) in the first paragraph under a section heading (not the
 * article's title) that names one person is that person.
 */
function headingPerson(ctx: Context, subject: readonly Token[], offset: number): Mention | undefined {
  if (!subject.some((_, k) => matchRolePhrase(subject, k, ctx.lex.roles, () => false) !== undefined)) return undefined;
  const lines = ctx.doc.lines;
  const at = firstStartingAt(lines, offset + 1, (l) => l.span.start) - 1;
  const heading = lines[at - 1];
  // (Under a heading after the article's first body line: the article's title heads no section.)
  const firstBody = lines.findIndex((l) => l.kind === 'body');
  if (heading?.kind !== 'heading' || firstBody < 0 || firstBody >= at - 1 || heading.span.text.split(/\s+/u).length > LABEL_WORDS) return undefined;
  // (A post's signature is no heading of what follows it.)
  if (ctx.doc.tweets.some((t) => t.lines.some((l) => l.span.start === heading.span.start))) return undefined;
  // A label that names the person ("Auditor General Piret Lill"), not a headline about them (« La FGTB répond au ministre »).
  const people = mentionsWithin(ctx, heading.span.start, heading.span.end).filter((m) => ctx.entities.get(m.entity)?.type === 'Person');
  const named = (m: Mention) => m.span.text.includes(ctx.entities.get(m.entity)!.name.split(' ').at(-1)!);
  return people.length > 0 && people.every((m) => m.entity === people[0]!.entity && named(m)) ? people[0] : undefined;
}

/** « a assuré le Zurichois, qui … »: the noun phrase right after an inverted verb, up to punctuation, read as a person's descriptor. */
function descriptorAfter(ctx: Context, tokens: readonly Token[], from: number): { person: Mention; end: number } | undefined {
  // (« a lancé l'élu au micro de la radio publique »: up to where it was said.)
  // (« a répliqué l'ancien maire de Vannes »: up to the title's complement.)
  const opensPlace = (k: number) => k > from && (PLACE_PREPOSITIONS.has(tokens[k]!.folded) || (k > from + 1 && COMPLEMENT_PREPOSITIONS.has(tokens[k]!.folded) && tokens[k + 1 + (COMPLEMENT_ARTICLES.has(tokens[k + 1]?.folded ?? '') ? 1 : 0)]?.capitalised === true));
  let end = from;
  while (end < from + 3 && tokens[end] && /\p{L}/u.test(tokens[end]!.text) && !opensPlace(end)) end++;
  if (tokens[end] !== undefined && !/^[,.;:!?]$/u.test(tokens[end]!.text) && !opensPlace(end)) return undefined;
  const person = descriptorAnaphor(ctx, tokens.slice(from, end));
  return person && { person, end: tokens[end - 1]!.end };
}

/** Articles between a title's complement's preposition and its name: « maire de la Ville ». */
const COMPLEMENT_ARTICLES = new Set(['la', 'l']);

/** « , en s'adressant », « , en se tournant vers »: a comma, « en », maybe a reflexive pronoun, a present participle. */
function opensGerund(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',' || tokens[k]?.folded !== 'en') return false;
  const next = tokens[k + 1] && /^(?:se|s|me|m|te|t|nous|vous|lui|leur|y)$/u.test(tokens[k + 1]!.folded) ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && /\p{Ll}{2,}ant$/u.test(next.text);
}

/** A present participle after a comma, and no sentence end: « …, accusant l'opposition de mener », "…, calling it". */
const PARTICIPLE_GOES_ON = /^[^.!?]*,\s*(?:en\s+)?\p{Ll}{3,}(?:ant|ing)\s[^.!?]*$/u;
/** « que », "that" opening a clause. */
const THAT_CLAUSE = /\b(?:que|qu['’]|that)\s*/u;

/**
 * Whether the words between two quotes of a sentence go on the first one's clause with a participle, with no person
 * as the subject of a clause of their own (« …, ajoutant que le président russe avait « … » » is his words).
 */
function participleGoesOn(ctx: Context, from: number, to: number): boolean {
  const between = ctx.text.slice(from, to);
  if (!PARTICIPLE_GOES_ON.test(between)) return false;
  const that = THAT_CLAUSE.exec(between);
  return !that || !mentionsIn(ctx, from + that.index, to).some((m) => ctx.entities.get(m.entity)?.type === 'Person');
}

/**
 * « a dénoncé « … » et reproché au Conseil d'État d'avoir « … » », "… and accused the minister of "…"": a reporting
 * verb joined by « et », "and" right after a quote goes on with the same subject.
 */
function joinedVerbGoesOn(ctx: Context, from: number, to: number): boolean {
  const tokens = wordTokens(ctx, from, to);
  const at = tokens[0]?.text === ',' ? 1 : 0;
  if (!['et', 'and'].includes(tokens[at]?.folded ?? '')) return false;
  return matchReportingVerb(tokens, at + 1, ctx.lex.verbs) !== undefined || participleIndex(ctx.lex.verbs).matchAt(tokens, at + 1) !== undefined;
}

/** Words a noun subject right after an inverted verb takes (« la coalition », « le syndicat »). */
/** How far before a passive participle the noun it agrees with may stand (« une affirmation aussitôt démentie »). */
const PASSIVE_SUBJECT_REACH = 4;

/** Whether a noun of words said (quotes.json wordNouns: « déclaration », "remarks") stands just before a passive participle. */
function actsOnWords(ctx: Context, tokens: readonly Token[], at: number): boolean {
  const nouns = speechNouns(ctx.lex.quotes).wordNouns;
  return tokens.slice(Math.max(0, at - PASSIVE_SUBJECT_REACH), at).some((t) => nouns.has(t.folded));
}

/** A clause that goes on the last speaker's words with an infinitive or a gerund: « Avant d'ajouter », « Et de conclure », "before adding". */
const GOES_ON_SPEAKING = /^\s*(?:(?:avant|et|puis)\s+d['’]\s*|(?:et|puis)\s+de\s+)\p{L}+er\b|^\s*before\s+\p{L}+ing\b/iu;

/** Prepositions that open where or how words were said (« au micro de », « sur le plateau de », « devant la presse »). */
const PLACE_PREPOSITIONS = new Set(['au', 'aux', 'a', 'sur', 'dans', 'devant', 'lors', 'chez', 'pendant', 'depuis', 'en']);
const NOUN_SUBJECT_WORDS = 3;

/** Words describing a subject between a quote and its name ("Olympic silver medallist Kate Horvath said"). */
const MAX_DESCRIPTOR_WORDS = 4;
/** A possessive may open such a description: "his daughter Margaret Dunne says" (not "the": measured, it named more wrong speakers than right ones). */
const DESCRIPTOR_OPENERS = new Set(['his', 'her', 'their']);

/** A word of the description before a subject's name: a word or an initial, not a function word; or a possessive opening it. */
function isDescriptorWord(ctx: Context, t: Token, k: number): boolean {
  if (k === 0 && DESCRIPTOR_OPENERS.has(t.folded)) return true;
  if (k > 0 && /^['’]s$/u.test(t.text)) return true;
  return /^\p{L}+$|^\p{Lu}\.$/u.test(t.text) && !isHonorific(ctx, t) && !stopwordSet(ctx.lex.stopwords).has(t.folded);
}

/** "Olympic swimmer", "Kenya's Treasury Cabinet Secretary": a few words before a name that describe who it is. */
function describesSubject(ctx: Context, descriptors: readonly Token[]): boolean {
  return descriptors.filter((t) => !/^['’]s$/u.test(t.text)).length <= MAX_DESCRIPTOR_WORDS && descriptors.every((t, k) => isDescriptorWord(ctx, t, k));
}

/** '"…," the chairman, Tom Hale, said', '"…," its chief executive, Ana Ruiz, told …': a role and a comma before the name. */
function roleInAppositionBefore(ctx: Context, descriptors: readonly Token[]): boolean {
  // (An honorific may open the name: "its chairman, Alhaji Mohamed Sankoh, told".)
  const comma = descriptors.length - (descriptors.length > 0 && isHonorific(ctx, descriptors[descriptors.length - 1]!) ? 2 : 1);
  if (comma < 1 || descriptors[comma]!.text !== ',') return false;
  return matchRolePhrase(descriptors, 0, ctx.lex.roles, () => false)?.end === comma;
}

/** « résume un sénateur LR », « confie une proche du ministre », "said one official": a subject nobody is named for. */
const UNNAMED_VOICE = /^\s+(?:un|une|one|an?)\s+(?!peu\b)\p{L}/iu;

/** Whether the words right after a statement's attribution give it a speaker the article does not name. */
function voicedByUnnamed(ctx: Context, s: Statement): boolean {
  return s.attribution !== undefined && UNNAMED_VOICE.test(ctx.text.slice(s.attribution.end, s.attribution.end + 40));
}

/**
 * « …, a ironisé le sénateur John McCain », "…," Okonkwo said, « …, a-t-il tweeté »: a reporting verb right after
 * the quote, its subject after it (inverted) or before it.
 */
function attributeAfter(ctx: Context, quoteEnd: number, sentenceEnd: number, insideQuote = false): Attribution | undefined {
  const tokens = wordTokens(ctx, quoteEnd, sentenceEnd);
  let i = 0;
  while (i < tokens.length && /^[,.;:!?)\]—–-]$/u.test(tokens[i]!.text)) i++;
  if (i > 2 || i >= tokens.length) return undefined;
  // « …, l'a relancé la journaliste », « …, lui a répondu le ministre »: an object pronoun before the verb.
  if (OBJECT_CLITICS.has(tokens[i]!.folded) && matchReportingVerb(tokens, i + 1, ctx.lex.verbs)) i++;
  const verb = matchReportingVerb(tokens, i, ctx.lex.verbs);
  // « «…», ajoutant que … »: a present participle goes on the sentence's clause; it names no speaker after it.
  if (verb?.gerund) return undefined;
  if (verb) {
    const verbEnd = tokens[i + verb.length - 1]!.end;
    const inverted = tokens.slice(i, i + verb.length).find((t) => /-(?:t-)?(?:il|elle)$/iu.test(t.text));
    if (inverted) {
      const who = invertedPronounPerson(ctx, quoteEnd, inverted.text, verb.value.stance === 'response');
      return { speaker: who?.entity, evidence: span(ctx, tokens[i]!.start, verbEnd), verb, extractor: 'statements/verb-after-quote' };
    }
    // The subject follows the verb: the first speaker named within a few words, before the sentence goes on; a
    // person before a body (« a soutenu la présidente du groupe Ensemble pour la République, Claire Vasseur »).
    // Not past a relative clause: « a répliqué le président de la FGTB, qui accuse le ministre de … ».
    const window = tokens.slice(i + verb.length, i + verb.length + SUBJECT_WINDOW + 1);
    // Nor past a gerund: in « a lancé l'élu, en s'adressant à l'adjointe, Sandrine Pujol », she is spoken to.
    // Nor past a subordinate clause: in « l'a coupé la conseillère régionale, avant que l'animatrice X ne rappelle … », X is another.
    const relative = window.findIndex((t, k) => RELATIVE_PRONOUNS.has(t.folded) || opensGerund(window, k) || (k > 0 && window[k - 1]!.text === ',' && SUBORDINATORS.has(t.folded)));
    const limit = (relative >= 0 ? window[relative]!.start : window[window.length - 1]?.end) ?? verbEnd;
    const after = mentionsIn(ctx, verbEnd, limit, insideQuote).filter((m) => !afterPreposition(ctx, m));
    // A body is the subject only when it comes first (« a réagi le PS »); after a noun it qualifies a role that names
    // nobody known (« a ironisé le conseiller régional RN »), and someone else said it.
    const first = after[0] && /^[\s,]*(?:(?:le|la|les|l['’]|the)\s*)?$/iu.test(ctx.text.slice(verbEnd, after[0].span.start)) ? after[0] : undefined;
    // « écrit la coalition dans ce texte signé de son coordonnateur, X »: a noun right after the verb for a body named
    // before, with no name of its own after it, is the subject, not a person named further on.
    // (« a lancé l'élu au micro de la radio publique »: not past a preposition that opens where it was said.)
    const complement = window.findIndex((t, k) => k > 0 && k < NOUN_SUBJECT_WORDS && PLACE_PREPOSITIONS.has(t.folded));
    const nounWords = window.slice(0, complement > 0 ? complement : NOUN_SUBJECT_WORDS);
    const noun = verb.value.lang === 'fr' && !after.some((m) => m.span.start < (nounWords.at(-1)?.end ?? 0) + 2) ? nounAnaphor(ctx, nounWords, nounWords.length) : undefined;
    const named = noun ?? after.find((m) => ctx.entities.get(m.entity)?.type === 'Person') ?? first;
    const described = named ? undefined : descriptorAfter(ctx, tokens, i + verb.length);
    const subject = named ?? described?.person;
    if (!subject && UNNAMED_VOICE.test(ctx.text.slice(verbEnd, verbEnd + 40))) return { evidence: span(ctx, tokens[i]!.start, verbEnd), verb, extractor: 'statements/verb-after-quote', unnamed: true };
    return { speaker: subject?.entity, evidence: span(ctx, tokens[i]!.start, named?.span.end ?? described?.end ?? verbEnd), verb, extractor: 'statements/verb-after-quote' };
  }
  // "…," she said: a subject pronoun, then the verb.
  const pronounVerb = SUBJECT_PRONOUN.test(tokens[i]!.text) ? matchReportingVerb(tokens, i + 1, ctx.lex.verbs) : undefined;
  // « «…», elle a regretté que … »: a verb that goes on with its own « que » reports that, not the quote before it.
  if (pronounVerb && COMPLEMENTISERS.has(tokens[i + 1 + pronounVerb.length]?.folded ?? '')) return undefined;
  if (pronounVerb && !pronounVerb.gerund) {
    const who = salientPerson(ctx, quoteEnd, tokens[i]!.text, pronounVerb.value.stance === 'response');
    return { speaker: who?.entity, evidence: span(ctx, tokens[i]!.start, tokens[i + pronounVerb.length]!.end), verb: pronounVerb, extractor: 'statements/pronoun-after-quote' };
  }
  // English order: "…," Okonkwo told the Daily Ledger; "…," Mr Lyons said; "…," Olympic swimmer Kate Horvath said, "…,"
  // U.S. Attorney Rebecca Anand said: a few words that describe the subject may stand before its name, no punctuation
  // (but initials) and no preposition.
  if (isHonorific(ctx, tokens[i]!) && tokens[i + 1]) i++;
  // "Kenya's Treasury Cabinet Secretary Joseph Kiprono told": a place, or a name with "'s", describes the subject.
  const subject = mentionsIn(ctx, tokens[i]!.start, sentenceEnd, insideQuote).find((m) => ctx.entities.get(m.entity)?.type !== 'Place' && !/^['’]s\b/u.test(ctx.text.slice(m.span.end, m.span.end + 3)));
  const described = subject && tokens.slice(i).findIndex((t) => t.start >= subject.span.start);
  const descriptors = described !== undefined && described >= 0 ? tokens.slice(i, i + described) : [];
  const apposed = subject !== undefined && roleInAppositionBefore(ctx, descriptors);
  if (subject && (describesSubject(ctx, descriptors) || apposed) && !afterPreposition(ctx, subject)) {
    const nameEnd = tokens.findIndex((t) => t.start >= subject.span.end);
    // '"…," Sharon Mohammed, 62, of Bagatelle Road, told Newsday', '"…," Tom Hale, a spokesman for the union, said': past
    // an apposition set off by commas; '"…," the chairman, Tom Hale, said': past the comma that closes the role's.
    const closesRole = apposed && tokens[nameEnd]?.text === ',' && matchReportingVerb(tokens, nameEnd + 1, ctx.lex.verbs) !== undefined;
    const after = closesRole ? nameEnd + 1 : nameEnd >= 0 && tokens[nameEnd]!.text === ',' ? verbAfterApposition(tokens, nameEnd, ctx.lex.verbs) : nameEnd;
    const v = after >= 0 ? matchReportingVerb(tokens, after, ctx.lex.verbs) : undefined;
    if (v) {
      return { speaker: subject.entity, evidence: span(ctx, subject.span.start, tokens[after + v.length - 1]!.end), verb: v, extractor: 'statements/verb-after-quote' };
    }
  }
  // '"…?" the NDP leader asked': a party and a title no one named holds, then the verb.
  const byTitle = partyTitleAnaphor(ctx, tokens.slice(i, i + ENGLISH_DESCRIPTOR_WORDS));
  const titleVerb = byTitle && matchReportingVerb(tokens, i + ENGLISH_DESCRIPTOR_WORDS, ctx.lex.verbs);
  if (byTitle && titleVerb) return { speaker: byTitle.entity, evidence: span(ctx, tokens[i]!.start, tokens[i + ENGLISH_DESCRIPTOR_WORDS + titleVerb.length - 1]!.end), verb: titleVerb, extractor: 'statements/verb-after-quote' };
  return undefined;
}

/** "the NDP leader": an article, a party and a title. */
const ENGLISH_DESCRIPTOR_WORDS = 3;


/**
 * The clause's reporting verb: the first, unless it opens the clause as a participle before another one (« Interrogée
 * par X, Mme Y a rejeté … », "Asked about it, Lemoine hit back: …": the main verb is the second).
 */
function findVerb(ctx: Context, tokens: readonly Token[]): { at: number; verb: VerbMatch } | undefined {
  let first: { at: number; verb: VerbMatch } | undefined;
  // « X, qui avait qualifié la réforme de « … », elle a regretté que … »: a relative clause's verb is X's, not the clause's.
  let relative: { at: number; verb: VerbMatch } | undefined;
  for (let k = 0; k < tokens.length; k++) {
    // "Leaders' Questions": a capital past the clause's first word is a name's, not a verb.
    const verb = k > 0 && tokens[k]!.capitalised ? undefined : matchReportingVerb(tokens, k, ctx.lex.verbs);
    if (!verb || describesNoun(ctx, tokens, k, verb)) continue;
    if (opensRelative(tokens, k)) {
      relative ??= { at: k, verb };
      k += verb.length - 1;
      continue;
    }
    if (first) return { at: k, verb };
    first = { at: k, verb };
    if (k > 0) return first;
    k += verb.length - 1;
  }
  return first ?? relative;
}

/** The last reporting verb among the tokens. */
function lastReportingVerb(ctx: Context, tokens: readonly Token[]): { at: number; verb: VerbMatch } | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
    if (verb && !describesNoun(ctx, tokens, k, verb)) return { at: k, verb };
  }
  return undefined;
}

/** « dans un communiqué publié lundi soir »: a French past participle with no auxiliary, right after a noun, describes it. */
function describesNoun(ctx: Context, tokens: readonly Token[], k: number, verb: VerbMatch): boolean {
  const before = tokens[k - 1];
  // "Asked about those remarks", "his claims", "the comments": an English verb form after a determiner is a noun.
  if (verb.value.lang === 'en' && verb.length === 1 && before !== undefined && ENGLISH_DETERMINERS.has(before.folded) && /s$/u.test(tokens[k]!.text)) return true;
  const auxiliaries = ctx.lex.verbs.auxiliaries.fr ?? [];
  // (« Le vice-président chargé des mobilités, X, a écrit »: a participle right after a noun, hyphens and all, describes it.)
  return verb.value.lang === 'fr' && verb.length === 1 && /(?:é|ée|és|ées)$/u.test(tokens[k]!.text) && before !== undefined && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(before.text) && !auxiliaries.includes(before.folded) && !NO_NOUN_BEFORE_PARTICIPLE.has(before.folded);
}

/** English determiners before a noun: "those remarks", "her claims". */
const ENGLISH_DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'such', 'whose']);
/** Words before a participle that make it no noun's: « a été publié », « s'est dit ». */
const NO_NOUN_BEFORE_PARTICIPLE = new Set(['été', 'ete', 'est', 'sont', 'était', 'etait', 'fut', 'pas', 'plus', 'jamais', 'déjà', 'deja', 'aussi', 'bien']);

/** A relative pronoun in the few words before a verb (« qui avait qualifié », "who had called"). */
function opensRelative(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 3), k).some((t) => RELATIVE_PRONOUNS.has(t.folded));
}

/** Words that say whose voice a body speaks with: « par la voix de », "through". */
const VOICE_OF = [['par', 'la', 'voix', 'de'], ['par', 'la', 'voix', 'du'], ['through']];
/** How many words may stand between those words and the person named (« de son directeur général, »). */
const VOICE_REACH = 5;

/** « L'UCM a déploré par la voix de son directeur, Arnaud Deprez, « … » », "the union, through its secretary Jo Hale, said": the person the body speaks through. */
function voiceOf(ctx: Context, tokens: readonly Token[]): Mention | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const cue = VOICE_OF.find((words) => words.every((w, j) => tokens[k + j]?.folded === w));
    if (!cue) continue;
    const from = tokens[k + cue.length];
    const to = tokens[Math.min(tokens.length - 1, k + cue.length + VOICE_REACH)];
    if (!from || !to) return undefined;
    return mentionsIn(ctx, from.start, to.end).find((m) => ctx.entities.get(m.entity)?.type === 'Person');
  }
  return undefined;
}

/**
 * The speaker of a clause: the speaker named nearest before its reporting verb (not after a preposition),
 * else a subject pronoun's referent, else the first speaker the clause names.
 */
function subjectOfClause(ctx: Context, clause: Span): { speaker?: Mention; verb?: VerbMatch; verbSpan?: Span } {
  const tokens = wordTokens(ctx, clause.start, clause.end);
  const found = findVerb(ctx, tokens);
  const verbStart = found ? tokens[found.at]!.start : clause.end;
  const verbSpan = found ? span(ctx, verbStart, tokens[found.at + found.verb.length - 1]!.end) : undefined;
  // (« Lawyer X, who represents Y, said … »: not a name inside a relative clause.)
  const before = outsideRelativeClauses(ctx, mentionsIn(ctx, clause.start, verbStart), clause.start, verbStart).filter((m) => !afterPreposition(ctx, m) && !isPossessor(ctx, m));
  // With a reporting verb, its subject stands nearest before it; without one, the sentence's subject comes first
  // (« Wikileaks y a vu l'occasion de placer Julian Assange … »).
  const verbIndex = found ? found.at : tokens.length;
  // "remarks by Daphne Corlett, who told the Gazette that the department had "…"": the words a relative clause's verb
  // reports, right before them, are its antecedent's.
  const last = tokens.some((t) => RELATIVE_PRONOUNS.has(t.folded)) ? lastReportingVerb(ctx, tokens) : undefined;
  const antecedent = last && opensRelative(tokens, last.at) ? relativeAntecedent(ctx, tokens, last.at) : undefined;
  if (antecedent) return { speaker: antecedent, verb: last!.verb, verbSpan: span(ctx, tokens[last!.at]!.start, tokens[last!.at + last!.verb.length - 1]!.end) };
  const pronoun = subjectPronoun(tokens, verbIndex);
  // « Elle a visé X, accusant le ministre de « … » »: a participle after a comma goes on the clause before it, whose
  // subject opens the sentence; the name between is its object.
  if (found?.verb.gerund && found.at > 0 && tokens[found.at - 1]!.text === ',') {
    if (pronoun && pronoun === tokens[0]) return { speaker: salientPerson(ctx, pronoun.start, pronoun.text), verb: found.verb, verbSpan };
    const opening = before[0];
    if (opening && ctx.entities.get(opening.entity)?.type === 'Person' && ctx.doc.tokensIn(clause.start, opening.span.start).length <= 2) return { speaker: opening, verb: found.verb, verbSpan };
  }
  if (before.length > 0) {
    // (« INVITÉ RTL - Thibault Garrigues sur la réforme : »: with no verb, the outlet a person speaks on is no subject.)
    const subject = found ? subjectBefore(ctx, before) : before.find((m) => ctx.entities.get(m.entity)?.type !== 'Outlet') ?? before[0];
    const voice = ctx.entities.get(subject?.entity ?? '')?.type === 'Person' ? undefined : voiceOf(ctx, tokens);
    if (voice) return { speaker: voice, verb: found?.verb, verbSpan };
    // "Speaking to RTÉ's Morning Ireland, he said …": a pronoun nearer the verb than a name that is no person's is the subject.
    // « Visant X, qui …, elle a regretté »: nor than a person set off from it by a comma.
    const pronounNearer = found && pronoun && subject && pronoun.start > subject.span.end && (ctx.entities.get(subject.entity)?.type !== 'Person' || ctx.text.slice(subject.span.end, pronoun.start).includes(','));
    return { speaker: pronounNearer ? salientPerson(ctx, pronoun.start, pronoun.text) : subject, verb: found?.verb, verbSpan };
  }
  if (pronoun) return { speaker: salientPerson(ctx, pronoun.start, pronoun.text), verb: found?.verb, verbSpan };
  // « Dans sa lettre, l'intéressé se défend : »: a person's descriptor right before the verb.
  const described = found ? descriptorBefore(ctx, tokens, found.at) : undefined;
  if (described) return { speaker: described, verb: found?.verb, verbSpan };
  const anaphor = nounAnaphor(ctx, tokens, verbIndex);
  if (anaphor) return { speaker: anaphor, verb: found?.verb, verbSpan };
  // « Interrogé mardi par la LBCI, le ministre … : »: who asks is not who answers.
  const passive = found && !found.verb.value.asks ? passiveAgent(ctx, tokens, found.at + found.verb.length) : undefined;
  if (passive) return { speaker: passive, verb: found?.verb, verbSpan };
  const first = mentionsIn(ctx, clause.start, clause.end).find((m) => !afterPreposition(ctx, m));
  // "the Tory leader accused the Prime Minister of …": a role no one was found to hold is the verb's subject, and
  // whom the verb names as its object is not (one named after « que », "that" speaks in a clause of their own).
  if (found && first && roleBefore(ctx, tokens, found.at) && !tokens.some((t) => t.start > verbStart && t.end <= first.span.start && COMPLEMENTISERS.has(t.folded))) return { verb: found.verb, verbSpan };
  return { speaker: first, verb: found?.verb, verbSpan };
}

function venueIn(ctx: Context, region: Span, verb?: VerbMatch): string | undefined {
  const outlet = mentionsIn(ctx, region.start, region.end).find((m) => {
    const type = ctx.entities.get(m.entity)?.type;
    return (type === 'Outlet' || type === 'Organisation') && isVenueWord(ctx, m);
  });
  if (outlet) return outlet.entity;
  const words = ` ${ctx.doc.foldedIn(region.start, region.end)} ${verb ? foldText(verb.value.participle) : ''} `;
  for (const [name, cues] of Object.entries(ctx.lex.venues.words)) {
    if (cues.some((c) => words.includes(` ${foldText(c)} `))) {
      const kb = indexKb(ctx.lex.kb).byAlias.get(foldText(name))?.[0];
      if (kb) return entityKey(kb.type, kb.name);
    }
  }
  return undefined;
}


/**
 * The day written last in the words that attribute a statement, nearest the verb or the colon (« de dimanche à lundi »
 * is Monday). A year or a month there dates something else (« la présidentielle de 2016 »), and so does a day after
 * the article's: nobody said it yet (« a nié mercredi qu'elle fermerait l'urgence le 1er juin »).
 */
function dateIn(ctx: Context, region: Span): string | undefined {
  const today = articleDay(ctx);
  const dates = ctx.doc
    .datesIn(region.start, region.end)
    .filter((d) => d.date.year !== undefined && d.date.day !== undefined)
    .map((d) => toIsoDate(d.date)!)
    .filter((iso) => !today || iso.slice(0, 10) <= today);
  return dates[dates.length - 1];
}

/** « selon CNBC », « d'après le Daily Dot »: the outlet or organisation the article cites for what it reports. */
function citedSource(ctx: Context, sentence: Span): string | undefined {
  return mentionsWithin(ctx, sentence.start, sentence.end).find((m) => {
    const type = ctx.entities.get(m.entity)?.type;
    if (type !== 'Outlet' && type !== 'Organisation') return false;
    const before = ctx.doc.foldedIn(Math.max(sentence.start, m.span.start - 20), m.span.start).replace(/(?:^|\s)(?:le|la|les|l|the)$/, '');
    return ctx.lex.venues.sourceCues.some((cue) => before.endsWith(foldText(cue)));
  })?.entity;
}

function makeStatement(ctx: Context, kind: Statement['kind'], spans: Span[], attribution: Attribution, extra: Partial<Statement> = {}): Statement {
  const text = spans.map((s) => s.text).join(' … ');
  return {
    key: statementKey(ctx.article.id, spans[0]!),
    kind,
    text,
    spans,
    lang: detectLanguageOfTokens(spans.flatMap((s) => ctx.doc.tokensIn(s.start, s.end)), ctx.lex.stopwords, ctx.article.lang),
    speaker: attribution.speaker,
    attribution: attribution.speaker || attribution.unnamed ? attribution.evidence : undefined,
    stance: attribution.stance ?? (attribution.verb?.value.stance as Stance | undefined),
    asks: attribution.verb?.value.asks,
    reacts: attribution.verb?.value.reacts,
    // Given by the statement model (likelihood.ts) once every statement of the article is found.
    confidence: 0,
    extractor: attribution.speaker ? attribution.extractor : 'statements/unattributed',
    ...extra,
  };
}

/**
 * "The operator replied the following afternoon." right above a tweet: the reporting verb that introduces it (its
 * stance: a reply, an attack), when the sentence's subject is the tweet's author or no other person.
 */
function introVerb(ctx: Context, tweetStart: number, author: string | undefined): VerbMatch | undefined {
  const last = ctx.text.slice(0, tweetStart).trimEnd().length - 1;
  const sentence = last >= 0 ? ctx.doc.sentenceAt(last) : undefined;
  if (!sentence || ctx.doc.isQuoted(sentence.start)) return undefined;
  const clause = subjectOfClause(ctx, sentence);
  const other = clause.speaker && clause.speaker.entity !== author && ctx.entities.get(clause.speaker.entity)?.type === 'Person';
  return clause.verb && !other ? clause.verb : undefined;
}

/**
 * « Souksavanh Phommachanh, 29 ans, y filme les étiquettes … » above a post signed with a page's name ("Souk
 * Vientiane"): the person the paragraph right above is about wrote it.
 */
function authorIntroducedBefore(ctx: Context, tweet: EmbeddedTweet): string | undefined {
  const lines = ctx.doc.lines;
  const above = lines[lines.indexOf(tweet.lines[0]!) - 1];
  if (!above || above.kind !== 'body') return undefined;
  const who = salientPerson(ctx, above.span.end);
  return who && who.span.start >= above.span.start ? who.entity : undefined;
}

function tweetStatement(ctx: Context, tweet: EmbeddedTweet): Statement {
  const byHandle = indexKb(ctx.lex.kb).byHandle.get(tweet.handle.toLowerCase());
  let speaker = byHandle ? entityKey(byHandle.type, byHandle.name) : undefined;
  speaker ??= mentionsWithin(ctx, tweet.name.start, tweet.name.end).find((m) => isSpeaker(ctx, m))?.entity;
  speaker ??= authorIntroducedBefore(ctx, tweet);
  const platform = indexKb(ctx.lex.kb).byAlias.get(foldText(tweet.platform ?? 'twitter'))?.[0];
  const verb = introVerb(ctx, tweet.text.start, speaker);
  return makeStatement(ctx, 'direct', [tweet.text], { speaker, evidence: tweet.signature, verb, extractor: 'statements/tweet-signature' }, {
    venue: platform ? entityKey(platform.type, platform.name) : undefined,
    date: tweet.date,
    ...(tweet.handle && { handle: tweet.handle }),
    ...(tweet.replyTo && { replyTo: tweet.replyTo }),
  });
}

export interface StatementInput {
  doc: ArticleDocument;
  article: ArticleRecord;
  entities: readonly Entity[];
  mentions: readonly Mention[];
}

/** One reading of an article shared by the statement and event extractors: its sentences, quotes and tweets. */
export interface Reading {
  ctx: Context;
  tweets: EmbeddedTweet[];
  quoteGroups: Quote[][];
  sentences: Sentence[];
}

/** The reading the statement, event and response extractors share: the document's layers and the entities found in it. */
export function readArticle(input: StatementInput, lex: Lexicons): Reading {
  const { doc, article } = input;
  const ctx: Context = {
    doc,
    text: doc.text,
    lex,
    entities: new Map(input.entities.map((e) => [e.key, e])),
    mentions: [...input.mentions].sort((a, b) => a.span.start - b.span.start),
    quoted: doc.quoted,
    reference: doc.reference,
    article,
  };
  return { ctx, tweets: doc.tweets, quoteGroups: doc.quoteGroups, sentences: doc.proseSentences() };
}

export function extractStatements(reading: Reading): Statement[] {
  const { ctx, tweets, quoteGroups, sentences } = reading;
  const { text } = ctx;
  const quotes = ctx.lex.quotes;
  const sentenceAt = (p: number) => sentences.find((s) => p >= s.sentence.start && p < s.sentence.end);

  const statements: Statement[] = tweets.map((t) => tweetStatement(ctx, t));
  const consumed = new Set<Quote[]>();
  for (let g = 0; g < quoteGroups.length; g++) {
    const group = quoteGroups[g]!;
    if (consumed.has(group)) continue;
    const first = group[0]!;
    // « la liste « Villeurbanne en commun » »: quotes around a body's name mark a name, not words said.
    if (group.length === 1 && mentionsWithin(ctx, first.content.start, first.content.end).some((m) => m.extractor === 'entities/quoted-name' && m.span.start === first.content.start)) continue;
    const last = group[group.length - 1]!;
    const here = sentenceAt(first.outer.start);
    const sentence = here?.sentence ?? first.outer;
    const spans = group.map((q) => q.content);
    // ICU ends sentences inside quotes: what attributes a quote runs to the end of the sentence where it closes, or of
    // the next one on the line after a question or an exclamation ("Who pays?" Ms Carty asked.).
    const endOf = (quote: Quote) => {
      const end = sentenceAt(quote.outer.end - 1)?.sentence.end ?? quote.outer.end;
      if (end > quote.outer.end + 1 || !/[?!]\s*$/u.test(text.slice(quote.content.start, quote.content.end))) return end;
      const next = sentenceAt(end + 1) ?? sentenceAt(end + 2);
      return next && !text.slice(quote.outer.end, next.sentence.start).includes('\n') ? next.sentence.end : end;
    };
    let lastQuote = last;
    let nextIndex = g + 1;
    const attributionEnd = () => {
      const next = quoteGroups[nextIndex]?.[0];
      const end = endOf(lastQuote);
      return next && next.outer.start > lastQuote.outer.end && next.outer.start < end ? next.outer.start : Math.max(end, lastQuote.outer.end);
    };

    let kind: Statement['kind'] = 'direct';
    let attribution = attributeAfter(ctx, lastQuote.outer.end, attributionEnd());
    // (« …, résume un sénateur LR »: a speaker the article chose not to name is nobody else.)
    const unattributed = () => !attribution?.speaker && !attribution?.unnamed;
    const inner = unattributed() && group.length === 1 ? innerIncise(ctx, first.content) : undefined;
    if (inner) {
      spans.splice(0, spans.length, ...inner.fragments);
      attribution = inner.attribution;
    }
    // « “…”, concernant les sanctions, “…”, a averti le président »: fragments split by a comma phrase, attributed after the last.
    while (unattributed() && quoteGroups[nextIndex] && isCommaIncise(text, lastQuote.outer.end, quoteGroups[nextIndex]![0]!.outer.start)) {
      const next = quoteGroups[nextIndex]!;
      spans.push(...next.map((q) => q.content));
      consumed.add(next);
      lastQuote = next[next.length - 1]!;
      nextIndex++;
      attribution = attributeAfter(ctx, lastQuote.outer.end, attributionEnd());
    }
    if (attribution?.speaker && attribution.verb?.value.continues) attribution.speaker = continuedSpeaker(ctx, statements, first.outer.start, attribution);
    const nextQuote = quoteGroups[nextIndex]?.[0];
    const words = wordCount(ctx, spans);
    // « …, a ironisé X, sur CBS, “…” »: a second quote right after the incise is the same statement.
    if (attribution?.speaker && nextQuote && nextQuote.outer.start < endOf(lastQuote) + 1) {
      const between = text.slice(attribution.evidence.end, nextQuote.outer.start);
      if (/^[^.!?«»“”"]*,\s*$/u.test(between)) {
        spans.push(...quoteGroups[nextIndex]!.map((q) => q.content));
        consumed.add(quoteGroups[nextIndex]!);
        attribution.evidence = span(ctx, attribution.evidence.start, nextQuote.outer.start);
      }
    }
    if (unattributed()) {
      const colon = colonClause(ctx, first.outer.start, here, sentences);
      // « Avant d'ajouter, quelques secondes plus tard : « … » », "before adding: "…"": the last speaker goes on.
      const previous = statements[statements.length - 1];
      if (colon && GOES_ON_SPEAKING.test(colon.text) && previous?.speaker && previous.kind === 'direct') {
        attribution = { speaker: previous.speaker, evidence: colon, extractor: 'statements/speaker-before-colon' };
      } else if (colon) {
        const s = subjectOfClause(ctx, colon);
        const owner = s.speaker && s.verb ? undefined : speechOwner(ctx, colon);
        // (« Il a accusé Mathilde Arnaud de … Réplique immédiate de l'écologiste : »: nobody replies to themselves; a
        // descriptor that would stand for who just spoke stands for the person their words were aimed at.)
        const replier = owner?.answers && owner.described && previous?.speaker === owner.speaker.entity ? personSpokenTo(ctx, previous) : undefined;
        if (owner) attribution = { speaker: replier?.entity ?? owner.speaker.entity, evidence: colon, stance: owner.answers ? 'response' : undefined, extractor: 'statements/speaker-before-colon' };
        else if (s.speaker) attribution = { speaker: s.speaker.entity, evidence: colon, verb: s.verb, extractor: 'statements/speaker-before-colon' };
        else {
          // « Une proposition aussitôt balayée par Bernard Lescure : « … » »: the only person of the clause, its agent;
          // "X addressed the nation. The key lines:": a short label names no one, the sentence before it says who.
          const agent = agentOfColonClause(ctx, colon) ?? subjectBeforeLabel(ctx, colon, sentences) ?? titleBeforeAnyVerb(ctx, colon);
          if (agent) attribution = { speaker: agent.entity, evidence: colon, extractor: 'statements/speaker-before-colon' };
        }
      }
    }
    if (unattributed() && here && first.outer.start > sentence.start) {
      // « Du côté du ministère de l'Intérieur, on se contente de rappeler que … « … » »: the side speaks, through « on ».
      const side = sideSpeaking(ctx, span(ctx, sentence.start, first.outer.start));
      if (side) attribution = { speaker: side.entity, evidence: span(ctx, sentence.start, first.outer.start), extractor: 'statements/speaker-cue' };
    }
    if (unattributed() && here && first.outer.start > sentence.start) {
      // (« Il a répondu à X, qui avait dénoncé … : selon le maire, le RN est « … » »: or the clause after a colon.)
      const opening = span(ctx, sentence.start, first.outer.start);
      const afterColon = afterLastColon(ctx, sentence.start, first.outer.start);
      const inOpening = speakerByCue(ctx, opening);
      const cued = inOpening ?? speakerByCue(ctx, afterColon);
      if (cued) {
        attribution = { speaker: cued.entity, evidence: inOpening ? opening : afterColon, extractor: 'statements/speaker-cue' };
        // « Selon lui, les effets du « paquet logement » ne se feront sentir qu'« à partir de l'été » »: quotes that are
        // pieces of one cued sentence report it, as one statement in the article's words.
        const inSentence = (k: number) => quoteGroups[k] !== undefined && quoteGroups[k]![0]!.outer.start < sentence.end;
        if (inSentence(nextIndex)) {
          while (inSentence(nextIndex)) consumed.add(quoteGroups[nextIndex++]!);
          kind = 'indirect';
          spans.splice(0, spans.length, sentence);
        }
      }
    }
    if (unattributed() && here) {
      // « « … », a-t-il lancé, accusant l'opposition de mener « … » »: a participle goes on the clause of the quote
      // before, and so does its speaker.
      const before = lastSpokenIn(statements, sentence.start, first.outer.start);
      const from = before ? before.spans[before.spans.length - 1]!.end : 0;
      if (before && (participleGoesOn(ctx, from, first.outer.start) || joinedVerbGoesOn(ctx, from, first.outer.start))) attribution = { speaker: before.speaker, evidence: span(ctx, from, first.outer.start), extractor: 'statements/continuation' };
    }
    if (unattributed()) {
      // « « … » : la question de Mme Hoa a été partagée … », ""…" — the message of X": whose words the quote is, after it.
      const owner = ownerAfterQuote(ctx, lastQuote.outer.end);
      if (owner) attribution = { speaker: owner.entity, evidence: span(ctx, lastQuote.outer.end, owner.span.end), extractor: 'statements/owner-after-quote' };
    }
    if (unattributed() && here && first.outer.start > sentence.start) {
      // "Mr Moir, he said, retained "my full confidence"": an attribution set off by commas before the quote.
      const mid = midAttribution(ctx, wordTokens(ctx, sentence.start, sentence.end));
      if (mid && mid.evidence.end <= first.outer.start && !inside(mid.evidence.start, ctx.quoted)) {
        attribution = { speaker: mid.speaker.entity, evidence: mid.evidence, verb: mid.verb, extractor: 'statements/inner-attribution' };
      }
    }
    if (unattributed() && here && first.outer.start > sentence.start) {
      // "Lachance answered that …, a figure MacPherson dismissed as "a talking point"": a person and the verb that calls
      // it something, right before the quote, speak it, whoever the sentence's subject.
      const caller = callerRightBefore(ctx, sentence.start, first.outer.start);
      if (caller) attribution = { speaker: caller.speaker.entity, evidence: caller.evidence, verb: caller.verb, extractor: 'statements/verb-before-quote' };
    }
    if (unattributed() && here && words >= quotes.minWordsInReportedSpeech && first.outer.start > sentence.start) {
      // A long quote inside a sentence: the words of the sentence's subject (« Trump a « fermement interrogé … » »);
      // in a gerund that opens the sentence, the main clause's (« En accusant X d'avoir « … », Étienne Morvan … »).
      const gerund = gerundSubject(ctx, sentence, lastQuote.outer.end);
      const s = gerund ? { speaker: gerund, verb: undefined } : subjectOfClause(ctx, span(ctx, sentence.start, first.outer.start));
      if (s.speaker) {
        attribution = { speaker: s.speaker.entity, evidence: span(ctx, sentence.start, first.outer.start), verb: s.verb, extractor: 'statements/subject-of-sentence' };
      }
    }
    const nextGroup = quoteGroups[nextIndex];
    const quotedAgain = nextGroup !== undefined && nextGroup[0]!.outer.start < sentence.end && wordCount(ctx, nextGroup.map((q) => q.content)) >= quotes.minWordsInReportedSpeech;
    if (unattributed() && here && quotedAgain && words < quotes.minWordsInReportedSpeech && first.outer.start > sentence.start) {
      // "He called the motion "political theatre" and said …", "accused the New Democrats of "fear-mongering" and told
      // them …": a short quote that is the object of the clause's verb of calling or accusing, in a sentence that goes
      // on to quote a statement, is the words of its subject (else the sentence is read as reported speech: « a
      // dénoncé une « grève politique » …, mais a aussi reproché … d'avoir « laissé filer » … »).
      const s = subjectOfClause(ctx, span(ctx, sentence.start, first.outer.start));
      const callsOrAccuses = s.verb !== undefined && (s.verb.value.quotes === true || s.verb.value.describes === true || s.verb.value.stance === 'criticism');
      if (s.speaker && s.verbSpan && callsOrAccuses && ctx.entities.get(s.speaker.entity)?.type === 'Person' && quotedObject(ctx, s.verbSpan.end, first.outer.start)) {
        attribution = { speaker: s.speaker.entity, evidence: span(ctx, sentence.start, first.outer.start), verb: s.verb, extractor: 'statements/subject-of-sentence' };
      }
    }
    if (unattributed()) {
      // ""…," the spokesperson said", ""…," the statement added": whoever that spokesperson or statement spoke for before.
      const pointed = pointedSpeaker(ctx, statements, lastQuote.outer.end);
      if (pointed) attribution = { speaker: pointed.speaker, evidence: pointed.evidence, extractor: 'statements/same-voice' };
    }
    // « X n'a pas tardé à réagir. « … », a répliqué le président de la FGTB »: a quote in the first person, or one
    // whose verb's subject names nobody the article knows, is the words of the person the sentence before names;
    // with such a verb, also when the quote opens the next paragraph (« … », a affirmé l'élu socialiste).
    // (Or a quote that is a whole sentence, right after one in its paragraph whose subject is a person: « Interrogé
    // sur …, X se fait plus offensif. « Le prix … se décide ici. » ».)
    const previous = here ? sentences[firstStartingAt(sentences, here.sentence.start, (x) => x.sentence.start) - 1] : undefined;
    const quotesIn = (sp: Span) => (ctx.quoted[firstStartingAt(ctx.quoted, sp.start, (q) => q.start)]?.start ?? Infinity) < sp.end;
    const wholeSentence = here !== undefined && first.outer.start === here.sentence.start && endOf(lastQuote) >= here.sentence.end - 2 && previous?.line === here.line && !quotesIn(previous.sentence);
    if (unattributed() && (FIRST_PERSON.test(spans.map((s) => s.text).join(' ')) || attribution?.verb || wholeSentence)) {
      const atParagraphStart = here !== undefined && first.outer.start === here.line.span.start;
      const opensParagraph = attribution?.verb !== undefined && atParagraphStart;
      // (« La réponse de la ministre a été tout aussi directe. » / « « Monsieur le député, je ne vous laisserai pas … » »:
      // or a first-person quote that opens a paragraph under one that is a single short sentence introducing it.)
      const introduced = atParagraphStart && previous !== undefined && previous.line !== here!.line && previous.sentence.start === previous.line.span.start && previous.sentence.end >= previous.line.span.end - 1 && /[.!]\s*$/u.test(previous.line.span.text) && wordCount(ctx, [previous.sentence]) <= INTRODUCTION_WORDS;
      if (previous && (previous.line === here!.line || opensParagraph || introduced)) {
        const who = mentionsIn(ctx, previous.sentence.start, previous.sentence.end).find((m) => introduced || !afterPreposition(ctx, m));
        if (who && ctx.entities.get(who.entity)?.type === 'Person') {
          attribution = { speaker: who.entity, evidence: previous.sentence, extractor: 'statements/first-person-context' };
        }
      }
    }
    if (unattributed() && here && first.outer.start === here.line.span.start) {
      // "Angah Busu, Tok Batin of Kampung Sungai Berok" over a paragraph that is a quote: a round-up's name line.
      const name = roundUpName(ctx.doc.lines, ctx.doc.lines.indexOf(here.line) - 1);
      const who = name ? mentionsIn(ctx, name.start, name.end).find((m) => ctx.entities.get(m.entity)?.type === 'Person') : undefined;
      if (who) attribution = { speaker: who.entity, evidence: name!, extractor: 'statements/round-up-name' };
    }
    if (unattributed() && here && first.outer.start === here.line.span.start) {
      // "Q – Combien coûtera la réparation ?" over a paragraph that is a quote: the interviewee answers, whoever spoke last.
      const asked = ctx.doc.lines[ctx.doc.lines.indexOf(here.line) - 1];
      const interviewee = asked && INTERVIEW_QUESTION.test(asked.span.text) ? statements.findLast((s) => s.speaker !== undefined && s.spans[0]!.start < asked.span.start) : undefined;
      if (interviewee) attribution = { speaker: interviewee.speaker, evidence: asked!.span, extractor: 'statements/interview-answer' };
    }
    // « Madame Vasseur, vous avez … », « …, monsieur Morvan. »: whom the words address by name did not say them.
    if (attribution?.speaker && kind === 'direct' && addressedIn(ctx, spans).includes(attribution.speaker)) attribution = undefined;
    if (unattributed() && words < quotes.minWordsAlone) continue; // scare quotes: « brevet de diplomate »
    if (unattributed() && words < quotes.minWordsInReportedSpeech && here && first.outer.start > sentence.start) continue;
    // The venue may follow the speaker: « a dit Lindsey Graham à la chaîne NBC ».
    const region = attribution?.extractor === 'statements/verb-after-quote' ? span(ctx, attribution.evidence.start, Math.max(attribution.evidence.end, attributionEnd())) : attribution?.evidence ?? sentence;
    statements.push(
      makeStatement(ctx, kind, spans, attribution ?? { evidence: sentence, extractor: 'statements/unattributed' }, {
        venue: venueIn(ctx, region, attribution?.verb),
        date: dateIn(ctx, region),
      }),
    );
  }

  appendAll(statements, transcriptTurns(ctx, statements));
  const proseSentences = sentences.filter((s) => s.line.kind === 'body').map((s) => s.sentence);
  // « …, a constaté l'AFP » in an AFP dispatch: the publisher telling what it saw is the article's own narration.
  appendAll(statements, reportedSpeech(ctx, proseSentences, quoteGroups, statements).filter((s) => !s.speaker || s.speaker !== ctx.article.outlet?.value));
  adoptSpeakersOfSameWords(ctx, statements);
  statements.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  continueSpeakers(ctx, statements);
  return statements;
}

/**
 * « En accusant X d'avoir « … », Étienne Morvan comptait … », "Accusing X of "…", Morvan said": the quote stands in a
 * gerund that opens the sentence; its speaker is the main clause's subject, the person named first after the comma
 * that closes the gerund.
 */
function gerundSubject(ctx: Context, sentence: Span, quoteEnd: number): Mention | undefined {
  const [first, second] = wordTokens(ctx, sentence.start, sentence.end);
  const gerund = (first?.folded === 'en' && /\p{L}{2,}ant$/u.test(second?.folded ?? '')) || (first?.capitalised === true && /\p{L}{2,}ing$/u.test(first.folded));
  const comma = ctx.text.indexOf(',', quoteEnd);
  if (!gerund || comma < 0 || comma >= sentence.end) return undefined;
  return mentionsIn(ctx, comma, sentence.end).find((m) => ctx.entities.get(m.entity)?.type === 'Person' && !afterPreposition(ctx, m));
}

/** What may stand before the name in a transcript's label: nothing, or a word or two in title case (« Ministre », "Hon.", "Le"). */
const LABEL_OPENING = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?$/u;
/** A quotation mark opening a text. */
const QUOTE_OPENING = /^["'“‘«„]/u;
/** Most words of a paragraph that introduces the quote under it (« La réponse de la ministre a été tout aussi directe. »). */
const INTRODUCTION_WORDS = 30;

/** A paragraph that asks: it ends on a question mark, or trails off (« … menacés par des autorités locales... »). */
const ASKING_END = /(?:\?|…|\.\.\.)\s*$/u;
/** Most words of an interviewer's question printed as a paragraph of its own. */
const MAX_QUESTION_WORDS = 40;
/** Fewest words of a transcript's turn: one word after a name and a colon ("Renouf: Yes") tells too little to be sure. */
const MIN_TURN_WORDS = 2;

/**
 * "KERMODE: It is, and I won't dress it up.", "Mr Quayle: And if Tynwald says no?": a body line that opens on a
 * person's name and a colon is a transcript's turn, the person's own words (a question when it ends on one).
 */
function transcriptTurns(ctx: Context, statements: readonly Statement[]): Statement[] {
  const turns: Statement[] = [];
  const saidAlready = (content: Span) => statements.some((s) => s.spans.some((sp) => sp.start < content.end && sp.end > content.start));
  // An interview printed as questions and answers: after a guest's first labelled answer, the paragraphs alternate,
  // a question (« … ? », « … ») then the guest's answer, with no more labels, until a paragraph names the guest.
  let guest: { entity: string; asked?: Span } | undefined;
  for (const line of ctx.doc.lines) {
    if (line.kind !== 'body') continue;
    const turn = labelledTurn(ctx, line.span);
    if (!turn) {
      if (!guest) continue;
      // (A paragraph of the writer's between two questions, « Le ministre reconnaît toutefois que … », pauses the
      // interview; one that names someone else ends it.)
      const people = mentionsWithin(ctx, line.span.start, line.span.end).filter((m) => ctx.entities.get(m.entity)?.type === 'Person');
      if (!guest.asked && ASKING_END.test(line.span.text)) guest = { ...guest, asked: line.span };
      else if (!guest.asked) guest = people.every((m) => m.entity === guest!.entity) ? guest : undefined;
      // (An answer may end on a question of its own: longer than any question, it is still the guest's.)
      else if (saidAlready(line.span) || (ASKING_END.test(line.span.text) && wordCount(ctx, [line.span]) <= MAX_QUESTION_WORDS) || wordCount(ctx, [line.span]) < MIN_TURN_WORDS) guest = undefined;
      else {
        turns.push(makeStatement(ctx, 'direct', [line.span], { speaker: guest.entity, evidence: guest.asked, extractor: 'statements/interview-answer' }));
        guest = { entity: guest.entity };
      }
      continue;
    }
    guest = undefined;
    const { label, content } = turn;
    // ("Dalgleish: 'I will not walk away'": a quote after the name is a headline's, told again in the body.)
    if (QUOTE_OPENING.test(content.text) || wordCount(ctx, [content]) < MIN_TURN_WORDS || saidAlready(content)) continue;
    const asks = ASKING_END.test(content.text) || undefined;
    turns.push(makeStatement(ctx, 'direct', [content], { speaker: label.entity, evidence: span(ctx, label.span.start, content.start), extractor: 'statements/transcript-turn' }, { asks }));
    if (!asks) guest = { entity: label.entity };
  }
  return turns;
}

/** A line that opens on a person's name and a colon: the name's mention, and the words after the colon. */
function labelledTurn(ctx: Context, line: Span): { label: Mention; content: Span } | undefined {
  const label = mentionsWithin(ctx, line.start, line.end)[0];
  // ("Le Maistre: …", "Hon. Hoareau : …", « Ministre Dugasse : … »: a particle, an honorific or a title may open it.)
  const opening = ctx.text.slice(line.start, label?.span.start ?? line.start).trim();
  if (!label || ctx.entities.get(label.entity)?.type !== 'Person' || !LABEL_OPENING.test(opening)) return undefined;
  const colon = /^\s*:\s*/u.exec(ctx.text.slice(label.span.end, line.end));
  return colon ? { label, content: span(ctx, label.span.end + colon[0].length, line.end) } : undefined;
}

/** ""…," the spokesperson said", ""…," the statement added": a noun for an unnamed voice, with its verb, right after a quote. */
const POINTED_VOICE = /^[\s,]*the (spokesperson|spokeswoman|spokesman|statement) (?:said|added|says|adds|continued|went on)\b/iu;
/** How far back the voice a noun points to was heard (characters). */
const POINTED_VOICE_REACH = 1500;

/**
 * ""…," the spokesperson said": the speaker the sentence naming that spokesperson or statement before gave (« A
 * spokesperson for the FA said … », "In a written statement, he said …"), or the body named right after "for" there.
 */
function pointedSpeaker(ctx: Context, statements: readonly Statement[], quoteEnd: number): { speaker: string; evidence: Span } | undefined {
  const m = POINTED_VOICE.exec(ctx.text.slice(quoteEnd, quoteEnd + 60));
  if (!m) return undefined;
  const noun = new RegExp(String.raw`\b${m[1]}\b`, 'iu');
  const evidence = span(ctx, quoteEnd + m[0].length - m[0].trimStart().length, quoteEnd + m[0].length);
  for (let i = statements.length - 1; i >= 0; i--) {
    const st = statements[i]!;
    if (quoteEnd - st.spans[0]!.start > POINTED_VOICE_REACH) break;
    const around = ctx.doc.sentenceAt(st.spans[0]!.start);
    if (st.speaker && around && noun.test(around.text)) return { speaker: st.speaker, evidence };
  }
  // "A spokesperson for the Drinking Water Inspectorate has been in touch": the body the noun is of.
  const before = ctx.text.slice(Math.max(0, quoteEnd - POINTED_VOICE_REACH), quoteEnd);
  const of = [...before.matchAll(new RegExp(String.raw`\b${m[1]} (?:for|from) `, 'giu'))].at(-1);
  if (of?.index === undefined) return undefined;
  const at = quoteEnd - before.length + of.index + of[0].length;
  const body = mentionsWithin(ctx, at, at + 80)[0];
  return body && body.span.start === at + (/^the /iu.test(ctx.text.slice(at, at + 4)) ? 4 : 0) ? { speaker: body.entity, evidence } : undefined;
}

/**
 * « … », explique-t-il. « … », ajoute l'élu: a verb that goes on (« ajoute », "added") with a pronoun or a role for
 * its subject continues the speaker of the quote just before in the paragraph; a name given there still wins.
 */
function continuedSpeaker(ctx: Context, statements: readonly Statement[], quoteStart: number, attribution: Attribution): string | undefined {
  const previous = statements[statements.length - 1];
  const line = ctx.doc.lineAt(quoteStart);
  if (!previous?.speaker || previous.kind !== 'direct' || !line || previous.spans[0]!.start < line.span.start) return attribution.speaker;
  const named = mentionsWithin(ctx, attribution.evidence.start, attribution.evidence.end).some((m) => m.entity === attribution.speaker && m.extractor !== 'entities/role');
  return named ? attribution.speaker : previous.speaker;
}

/**
 * « … », a lancé l'élue. « Pendant dix-neuf jours, … » / Puis, haussant le ton : « … »: a quote nobody is named
 * for, in the paragraph of an attributed statement or the next one, with nobody else named in between, goes on
 * that statement's speaker.
 */
function continueSpeakers(ctx: Context, statements: Statement[]): void {
  let previous: Statement | undefined;
  for (const s of statements) {
    if (!s.speaker && s.kind === 'direct' && previous && !voicedByUnnamed(ctx, s) && continuesFrom(ctx, previous, s)) {
      // (« « Regrettez-vous cette phrase ? », lui a demandé le journaliste. « Évidemment. … » »: after a question, the
      // one it was put to answers.)
      const next = putToSomeone(ctx, previous) ? askedOne(ctx, previous) : previous.speaker;
      // « « Madame Vasseur, … », accuse Morvan. … : « …, monsieur Morvan. » »: words addressed to the one who just spoke
      // are the reply of the one they spoke to.
      const addressed = addressedIn(ctx, s.spans);
      const interlocutor = next !== undefined && addressed.includes(next) ? addressedIn(ctx, previous.spans).find((p) => p !== next) : undefined;
      if (interlocutor) {
        s.speaker = interlocutor;
        s.extractor = 'statements/interlocutor';
      } else if (next !== undefined && !addressed.includes(next) && !otherGenderThanItsPronoun(ctx, s, next)) {
        s.speaker = next;
        s.extractor = 'statements/continuation';
      }
    }
    // Speech a quote reports (« The Taoiseach told this House that … » inside her words) is not who goes on speaking.
    if (s.speaker && !(s.kind === 'indirect' && inside(s.spans[0]!.start, ctx.quoted))) previous = s;
  }
}

/** How many tokens after a quote its verb's inverted pronoun may stand (« », avait-il affirmé »). */
const PRONOUN_AFTER_QUOTE = 4;

/**
 * « « Je ne démissionnerai pas », avait-il affirmé », after a woman's words: a quote whose verb's pronoun the article
 * left unresolved does not go on a speaker of the other gender.
 */
function otherGenderThanItsPronoun(ctx: Context, s: Statement, speaker: string): boolean {
  const pronoun = ctx.doc.tokensAfter(Math.max(...s.spans.map((p) => p.end)), PRONOUN_AFTER_QUOTE).find((t) => INVERTED_PRONOUN_AT_END.test(t.text));
  const gender = pronoun ? genderOfPronoun(pronoun.text) : undefined;
  const entity = ctx.entities.get(speaker);
  const theirs = entity && (entity.gender ?? certainGenderOfName(entity.name));
  return gender !== undefined && theirs !== undefined && theirs !== gender;
}

/** « « … ? », lui a demandé le journaliste », "she asked him": a question put to someone (not one a speaker asks of all). */
function putToSomeone(ctx: Context, s: Statement): boolean {
  if (!s.asks || !/\?\s*$/u.test(s.text) || !s.attribution) return false;
  const end = Math.max(...s.spans.map((p) => p.end));
  return ctx.doc.tokensIn(Math.min(end, s.attribution.start), s.attribution.end).some((t) => ASKED_PRONOUNS.has(t.folded));
}
const ASKED_PRONOUNS = new Set(['lui', 'leur', 'him', 'her', 'them']);

/** Whom a question was put to: the person the article was about before it, other than who asked. */
function askedOne(ctx: Context, question: Statement): string | undefined {
  const who = salientPerson(ctx, question.spans[0]!.start);
  return who && who.entity !== question.speaker ? who.entity : undefined;
}

function continuesFrom(ctx: Context, previous: Statement, s: Statement): boolean {
  const from = Math.max(...previous.spans.map((p) => p.end), previous.attribution?.end ?? 0);
  const to = s.spans[0]!.start;
  if (from > to) return false;
  // The previous paragraph at most: one line starts between the statement and the quote (the quote's own), and it
  // is no heading.
  const lines = ctx.doc.lines;
  const first = firstStartingAt(lines, from + 1, (l) => l.span.start);
  const linesStarted = firstStartingAt(lines, to + 1, (l) => l.span.start) - first;
  if (linesStarted > 1 || (linesStarted === 1 && lines[first]!.kind === 'heading' && lines[first]!.span.end <= to)) return false;
  const others = mentionsWithin(ctx, from, to).filter((m) => m.entity !== previous.speaker && ctx.entities.get(m.entity)?.type === 'Person' && !inside(m.span.start, ctx.quoted));
  return others.length === 0;
}

/** What opens an incise inside a quote, and what closes it. */
const INCISE_OPENERS = new Set([',', '?', '!']);
const INCISE_CLOSERS = new Set([',', '.']);

/**
 * « Nous ne céderons pas, a-t-elle dit, ni demain ni jamais », « … site protégé ? a-t-elle demandé. Les habitants
 * … »: an incise inside the marks, after a comma or a question, up to a comma or the sentence's end, that starts with
 * a reporting verb. The quote is the two fragments around it.
 */
function innerIncise(ctx: Context, content: Span): { fragments: Span[]; attribution: Attribution } | undefined {
  const tokens = wordTokens(ctx, content.start, content.end);
  for (let k = 0; k < tokens.length - 2; k++) {
    if (!INCISE_OPENERS.has(tokens[k]!.text) || (tokens[k]!.text !== ',' && !/^\p{Ll}/u.test(tokens[k + 1]!.text))) continue;
    const close = tokens.findIndex((t, j) => j > k + 1 && INCISE_CLOSERS.has(t.text));
    if (close < 0 || close - k > 12) continue;
    const found = attributeAfter(ctx, tokens[k]!.start, tokens[close]!.start, true);
    if (!found?.speaker) continue;
    // (A question's mark is the quote's own: « … existe-t-il ? ».)
    const before = span(ctx, content.start, tokens[k]!.text === ',' ? tokens[k]!.start : tokens[k]!.end);
    const afterStart = tokens[close + 1]?.start ?? content.end;
    return { fragments: [before, span(ctx, afterStart, content.end)], attribution: { ...found, evidence: span(ctx, tokens[k]!.end, tokens[close]!.start) } };
  }
  return undefined;
}

/** Only a comma-delimited phrase, with no sentence end and no quote mark, between two quotes. */
function isCommaIncise(text: string, from: number, to: number): boolean {
  return /^\s*,[^.!?«»“”"]*,\s*$/u.test(text.slice(from, to));
}

/** Words that say whose a noun of speech is: « de », "of", "from". */
const OWNER_PREPOSITIONS = new Set(['de', 'd', 'du', 'des', 'of', 'from']);
/** How many words a noun of speech and its owner's name may stand apart (« Réplique immédiate de la maire, X »). */
const OWNER_WINDOW = 6;

/**
 * « Réplique immédiate de Karim Benaïssa : », « Réaction de la maire, Anne Dupuis : », "Reply from the minister's
 * office:": a clause with no verb, a noun of speech or of answer, and whose words they are, before a quote.
 */
function speechOwner(ctx: Context, clause: Span): { speaker: Mention; answers: boolean; described?: boolean } | undefined {
  const tokens = wordTokens(ctx, clause.start, clause.end);
  const { wordNouns, answerNouns } = speechNouns(ctx.lex.quotes);
  for (let k = 0; k < tokens.length; k++) {
    const answers = answerNouns.has(tokens[k]!.folded);
    if (!answers && !wordNouns.has(tokens[k]!.folded)) continue;
    // (Past an incise between commas: « Réponse, dix minutes plus tard, de Thomas Girard : ».)
    const closing = tokens[k + 1]?.text === ',' ? tokens.findIndex((t, j) => j > k + 1 && j <= k + 1 + INCISE_WORDS && t.text === ',') : -1;
    const from = closing > 0 ? closing : k;
    const of = tokens.findIndex((t, j) => j > from && j <= from + 2 && OWNER_PREPOSITIONS.has(t.folded));
    if (of < 0) continue;
    // (« Réponse de l'intéressée : », « Réplique de la ministre : »: a descriptor for someone named before.)
    const named = mentionsIn(ctx, tokens[of]!.end, tokens[Math.min(tokens.length - 1, of + OWNER_WINDOW)]!.end).find((m) => isSpeaker(ctx, m));
    if (named) return { speaker: named, answers };
    const described = descriptorAnaphor(ctx, tokens.slice(of + 1, of + 3));
    if (described) return { speaker: described, answers, described: true };
  }
  return undefined;
}

/** The person a statement's sentence names besides its speaker, last, outside quotes: whom its words were aimed at. */
function personSpokenTo(ctx: Context, st: Statement): Mention | undefined {
  const sentence = ctx.doc.sentenceAt(st.attribution?.start ?? st.spans[0]!.start);
  if (!sentence) return undefined;
  return mentionsWithin(ctx, sentence.start, sentence.end).filter((m) => m.entity !== st.speaker && ctx.entities.get(m.entity)?.type === 'Person' && !inside(m.span.start, ctx.quoted)).at(-1);
}

/** Most words of an incise between a noun of speech and its owner. */
const INCISE_WORDS = 8;

/** How far after a quote the noun that says whose words it was may stand (characters). */
const OWNER_AFTER_QUOTE_REACH = 80;

/** Right after a quote, a colon or a comma, then a noun of speech with its owner (« : la question de Mme Hoa »). */
function ownerAfterQuote(ctx: Context, quoteEnd: number): Mention | undefined {
  const gap = /^\s*[:,—–]\s*/u.exec(ctx.text.slice(quoteEnd, quoteEnd + 4));
  if (!gap) return undefined;
  const from = quoteEnd + gap[0].length;
  const clause = span(ctx, from, Math.min(ctx.text.length, ctx.doc.sentenceAt(from)?.end ?? from + OWNER_AFTER_QUOTE_REACH, from + OWNER_AFTER_QUOTE_REACH));
  const tokens = wordTokens(ctx, clause.start, clause.end);
  // (The noun opens the clause, after its determiner: « la question de », "the message from".)
  const { wordNouns } = speechNouns(ctx.lex.quotes);
  if (!tokens.slice(0, 2).some((t) => wordNouns.has(t.folded))) return undefined;
  const owner = speechOwner(ctx, clause);
  return owner && !owner.answers && ctx.entities.get(owner.speaker.entity)?.type === 'Person' ? owner.speaker : undefined;
}

/** The last statement with a speaker between two offsets; the statements are in text order, so it looks back only that far. */
function lastSpokenIn(statements: readonly Statement[], from: number, to: number): Statement | undefined {
  for (let k = statements.length - 1; k >= 0; k--) {
    const st = statements[k]!;
    if (st.spans[0]!.start < from) return undefined;
    if (st.speaker && st.spans[st.spans.length - 1]!.end <= to) return st;
  }
  return undefined;
}

/** Most words of a label before a colon that names no one ("The key lines:", « Extraits : »). */
const LABEL_BEFORE_COLON_WORDS = 4;

/**
 * "Prime Minister X has addressed the nation. The key lines:", « La ministre a tenu une conférence de presse. Extraits : »:
 * a short label with no verb and no name, ending a paragraph, introduces the words of the person its paragraph's
 * sentence before it has as its subject.
 */
function subjectBeforeLabel(ctx: Context, colon: Span, sentences: readonly Sentence[]): Mention | undefined {
  const tokens = wordTokens(ctx, colon.start, colon.end).filter((t) => /\p{L}/u.test(t.text));
  if (tokens.length === 0 || tokens.length > LABEL_BEFORE_COLON_WORDS || findVerb(ctx, tokens) || mentionsIn(ctx, colon.start, colon.end).length > 0) return undefined;
  const at = firstStartingAt(sentences, colon.start, (s) => s.sentence.start);
  const before = sentences[at - 1];
  if (!before || sentences[at]?.sentence.start !== colon.start || before.line !== sentences[at]!.line) return undefined;
  const subject = subjectOfClause(ctx, before.sentence).speaker;
  return subject && ctx.entities.get(subject.entity)?.type === 'Person' ? subject : undefined;
}

/**
 * The one person a colon clause names, after « par », "by": who swept aside or answered what it names; not who asked
 * (« Questionnée par X sur …, la ministre a balayé la question : »).
 */
function agentOfColonClause(ctx: Context, colon: Span): Mention | undefined {
  const people = mentionsIn(ctx, colon.start, colon.end).filter((m) => ctx.entities.get(m.entity)?.type === 'Person');
  if (people.length !== 1) return undefined;
  const before = ctx.doc.tokensBefore(people[0]!.span.start, QUESTIONED_BY_REACH + 1);
  return ['par', 'by'].includes(before.at(-1)?.folded ?? '') && !questionedBy(before, ctx.lex.quotes) ? people[0] : undefined;
}

/**
 * « Quand le journaliste rappelle que X a qualifié la loi de « … », Y hausse le ton : »: past a quotation, a clause that
 * names someone is the colon's own.
 */
function lastClauseNamingSomeone(ctx: Context, clause: Span): Span {
  const closings = [...clause.text.matchAll(/[»”"]\s*,/gu)];
  const last = closings[closings.length - 1];
  if (!last) return clause;
  const rest = span(ctx, clause.start + last.index! + last[0].length, clause.end);
  return mentionsIn(ctx, rest.start, rest.end).some((m) => ctx.entities.get(m.entity)?.type === 'Person') ? rest : clause;
}

/** The clause that introduces a quote with a colon: in the same sentence, or ending the paragraph before. */
function colonClause(ctx: Context, quoteStart: number, here: Sentence | undefined, sentences: readonly Sentence[]): Span | undefined {
  const before = ctx.text.slice(here ? here.sentence.start : quoteStart, quoteStart);
  if (here && /:\s*$/u.test(before) && before.trim().length > 1) return lastClauseNamingSomeone(ctx, span(ctx, here.sentence.start, quoteStart));
  if (here && quoteStart > here.sentence.start) return undefined;
  // The quote opens its paragraph: was the paragraph before closed by a colon?
  const idx = here ? sentences.indexOf(here) : sentences.findIndex((s) => s.sentence.start > quoteStart) ;
  const prev = sentences[idx - 1];
  if (prev && /:\s*$/u.test(prev.sentence.text) && (!here || prev.line !== here.line)) return prev.sentence;
  return undefined;
}

const spokesCache = new WeakMap<Lexicons['roles'], PhraseIndex<true>>();

/**
 * The role words of people who speak for a body (roles.json "spokesperson": « porte-parole », "spokesman", "official"),
 * and the nouns of a body's voice (quotes.json "bodyVoices": « direction », "management").
 */
function spokespersonWords(lex: Lexicons): PhraseIndex<true> {
  let index = spokesCache.get(lex.roles);
  if (!index) {
    index = new PhraseIndex<true>();
    for (const words of Object.values(lex.roles.titles.spokesperson ?? {})) for (const w of words) index.add(w, true);
    for (const w of lex.quotes.bodyVoices) index.add(w, true);
    spokesCache.set(lex.roles, index);
  }
  return index;
}

/**
 * « un porte-parole de la SNCB a indiqué », "a spokesperson for the agency said", "a Nav Canada spokesperson said",
 * « la direction d'Ardelis justifie »: an unnamed spokesperson's words, or a body's voice's, are the body's they speak
 * for, named right after the role (« de », "for", "at") or right before it.
 */
function spokespersonsBody(ctx: Context, tokens: readonly Token[], from: number, verbAt: number): Mention | undefined {
  const words = spokespersonWords(ctx.lex);
  const isBody = (m: Mention | undefined) => m !== undefined && ['Organisation', 'Outlet'].includes(ctx.entities.get(m.entity)?.type ?? '');
  for (let k = 0; k < verbAt; k++) {
    if (tokens[k]!.start < from) continue;
    const role = words.matchAt(tokens, k);
    if (!role) continue;
    const after = k + role.length;
    const prep = tokens[after] && /^(?:de|du|des|d|for|of|at|a|au)$/u.test(tokens[after]!.folded) ? after + 1 : undefined;
    const next = prep !== undefined && tokens[prep] ? mentionsWithin(ctx, tokens[prep]!.start, tokens[Math.min(verbAt, tokens.length) - 1]!.end).find((m) => m.span.start <= (tokens[prep + 1]?.start ?? Infinity)) : undefined;
    if (isBody(next)) return next;
    const before = k > 0 ? mentionsWithin(ctx, tokens[Math.max(0, k - 4)]!.start, tokens[k]!.start).at(-1) : undefined;
    if (isBody(before) && before!.span.end >= tokens[k - 1]!.end) return before;
  }
  return undefined;
}

/** How far, in characters, a tweet or a quote may follow the sentence that introduces it. */
const INTRODUCTION_GAP = 10;

/** Whether a statement of the speaker that the test keeps starts right after the sentence. */
function speaksRightAfter(sentence: Span, speaker: string, statements: readonly Statement[], kept: (s: Statement) => boolean): boolean {
  return statements.some((s) => kept(s) && s.speaker === speaker && s.spans[0]!.start >= sentence.end && s.spans[0]!.start - sentence.end <= INTRODUCTION_GAP);
}

/** Whether the words after a reporting verb open a clause of what was said: « que », "that", a colon. */
const opensReportedClause = (rest: readonly Token[]) => rest.some((t) => COMPLEMENTISERS.has(t.folded) || t.text === ':');

/**
 * "Morag Kennedy … posted a photograph of an empty shelf.", "Mrs Kennedy posted once more.": a verb of publishing
 * right before its speaker's embedded tweet, with no « que », "that" or colon after it, introduces the tweet.
 */
function introducesTweet(sentence: Span, speaker: string, rest: readonly Token[], statements: readonly Statement[]): boolean {
  return !opensReportedClause(rest) && speaksRightAfter(sentence, speaker, statements, (t) => t.extractor === 'statements/tweet-signature');
}

/** Most words of a sentence that introduces the quote after it. */
const QUOTE_INTRO_WORDS = 10;
/** Prepositions that name whom a verb speaks to (« répond à X », "replied to X"). */
const TO_WHOM = new Set(['a', 'au', 'aux', 'to', 'at']);

/**
 * « Bertrand Vasseur répond à Karim Belkacem. « Vous parlez … », lance le Premier ministre. »: a short sentence whose
 * verb reports no words of its own (no « que », "that" or colon), right before its speaker's quote, introduces it.
 */
function introducesQuote(ctx: Context, sentence: Span, speaker: string, rest: readonly Token[], statements: readonly Statement[]): boolean {
  // (Its verb goes on to an object or to whom it speaks, not to a clause: "Gauthier said he would not run. "…"".)
  const object = rest[0] !== undefined && (DETERMINERS_BEFORE_NOUN.has(rest[0].folded) || TO_WHOM.has(rest[0].folded));
  return object && wordCount(ctx, [sentence]) <= QUOTE_INTRO_WORDS && !opensReportedClause(rest) && speaksRightAfter(sentence, speaker, statements, (d) => d.kind === 'direct');
}

/**
 * Reported speech: a reporting verb with its subject (« Poutine a démenti », « Lavrov avait indiqué à la presse que »,
 * « démentie par la Maison-Blanche »), also inside quotes (« Il a démenti avec véhémence »), unless the sentence's
 * quote already gives that speaker's words.
 */
function reportedSpeech(ctx: Context, sentences: readonly Span[], quoteGroups: readonly Quote[][], direct: readonly Statement[]): Statement[] {
  // Sentences inside quotes, cut at the closing mark: "…, she said." after it is the article's, not the quote's.
  const inQuotes = quoteGroups.flat().flatMap((q) =>
    ctx.doc.sentencesIn(q.content.start, q.content.end).map((s) => (s.end > q.content.end || s.start < q.content.start ? span(ctx, Math.max(s.start, q.content.start), Math.min(s.end, q.content.end)) : s)),
  );
  const out: Statement[] = [];
  const quoted = quoteGroups.flat().map((q) => q.outer);
  // Sentences of the article's own prose, then the sentences inside quotes, each read once.
  // A sentence that ends with a colon introduces the quote after it: its words are attributed there.
  const prose = sentences.filter((s) => !(inside(s.start, quoted) && s.end <= quoted[firstStartingAt(quoted, s.start + 1, (q) => q.start) - 1]!.end + 1) && !/:\s*$/u.test(s.text));
  // In the article's prose, the words of direct statements are someone else's: read only what is around them
  // (short quotes stay: « a « catégoriquement niée » » is the article's own clause).
  const directWords = direct.flatMap((d) => d.spans).sort((a, b) => a.start - b.start);
  const withinQuotes = new Set(inQuotes);
  for (const sentence of [...prose, ...inQuotes]) {
    const withinQuote = withinQuotes.has(sentence);
    const quotedWords = withinQuote ? [] : directWords;
    const tokens = wordTokens(ctx, sentence.start, sentence.end).filter((t) => !inside(t.start, quotedWords));
    const clauses = mainClausesFirst(tokens, reportingClauses(ctx, tokens));
    // (« Interpellé par X, qui lui demandait …, le ministre a reconnu que … »: the main clause's report before the relative's.)
    const ordered = [...clauses.filter((c) => !opensRelative(tokens, c.at)), ...clauses.filter((c) => opensRelative(tokens, c.at))];
    for (const clause of ordered) {
      const verbStart = tokens[clause.at]!.start;
      const verbEnd = tokens[clause.at + clause.length - 1]!.end;
      let speaker: Mention | undefined;
      if (clause.passive) {
        speaker = passiveAgent(ctx, tokens, clause.at + clause.length);
      } else {
        const from = clause.clauseStart !== undefined ? tokens[clause.clauseStart]!.start : sentence.start;
        const subjectEnd = clause.subjectBefore !== undefined ? tokens[clause.subjectBefore]!.start : verbStart;
        const before = outsideRelativeClauses(ctx, mentionsIn(ctx, from, subjectEnd, withinQuote), from, subjectEnd).filter((m) => !afterPreposition(ctx, m) && !isPossessor(ctx, m));
        speaker = relativeAntecedent(ctx, tokens, clause.at) ?? subjectBefore(ctx, before);
        if (speaker && coordinated(ctx, speaker, before)) continue;
        // "…, a suggestion Mr Dunstan angrily rejected.": a verb that ends the sentence, its subject right after a noun
        // the clause is about, says what someone did with words before it and reports none of its own (but « …,
        // ajoutant que le président russe avait « catégoriquement nié » » does).
        if (speaker && endsSentence(tokens, clause.at + clause.length) && objectBefore(ctx, tokens, speaker.span.start)) continue;
        // "…, in Downing Street, a spokesperson said": a role between the name and the verb is the subject, and names nobody.
        // ("A Downing Street spokesperson said": unless the role is the body's spokesperson, read below.)
        if (speaker && roleBetween(ctx, tokens, speaker.span.end, verbStart)) {
          speaker = withinQuote ? undefined : spokespersonsBody(ctx, tokens, from, clause.at);
          if (!speaker) continue;
        }
        // « X inculpé …, l'opposition réclame sa démission »: a common noun after the last comma is the verb's subject.
        if (speaker && nounSubjectBetween(tokens, speaker.span.end, clause.at)) continue;
        const pronoun = subjectPronoun(tokens, clause.at);
        // "Speaking to RTÉ's Morning Ireland, he said …": a pronoun nearer the verb than any name is its subject.
        // (« …, Bernard Castellini, avec qui il dit entretenir … »: nor than a person set off from it by a comma.)
        const pronounNearer = pronoun !== undefined && (!speaker || pronoun.start > speaker.span.end) && (ctx.entities.get(speaker?.entity ?? '')?.type !== 'Person' || (speaker !== undefined && ctx.text.slice(speaker.span.end, pronoun.start).includes(',')));
        if ((!speaker || pronounNearer) && pronoun) speaker = withinQuote ? lastPersonIn(ctx, sentence, pronoun.start) : salientPerson(ctx, pronoun.start, pronoun.text) ?? salientBody(ctx, pronoun.start, pronoun.text);
        if (!speaker && !withinQuote) speaker = spokespersonsBody(ctx, tokens, from, clause.at) ?? nounAnaphor(ctx, tokens, clause.at) ?? descriptorBefore(ctx, tokens, clause.at) ?? headingPerson(ctx, tokens.slice(clause.clauseStart ?? 0, clause.at), sentence.start);
        // « Le PTB, par la voix de Julie Mertens, a réclamé … »: the body speaks through the person named.
        if (speaker && ctx.entities.get(speaker.entity)?.type !== 'Person') speaker = voiceOf(ctx, tokens.slice(0, clause.at)) ?? speaker;
      }
      if (!speaker) continue;
      // Inside a quote, only a person the quote names reports speech, and only a denial, criticism or answer (« Il a
      // démenti »): not « la ministre nous dit qu'on ne ferme rien », which is the speaker's words; not a slogan's
      // subject, nor the opponent the speaker addresses (« Monsieur Delforge nous dit qu'il s'est retiré »).
      if (withinQuote && (ctx.entities.get(speaker.entity)?.type !== 'Person' || addressBefore(ctx, speaker.span.start) || clause.verb.stance === 'neutral')) continue;
      if (!clause.passive && !reportsContent(ctx, tokens, clause.at + clause.length, clause.verb)) continue;
      // « Une affirmation aussitôt démentie par X »: a passive reports speech when what it acts on is words said; « la
      // prime proposée par l'USL », « une lecture contestée par X » name no one's words.
      if (clause.passive && !actsOnWords(ctx, tokens, clause.at)) continue;
      // (Unless the verb, after the quote, reports more: '"…," said Gowda, who demanded that the state pay', « …, a-t-il
      // dit, ajoutant que … », when what it reports is no report of its own: « ajoutant que le président russe avait nié ».)
      const goesOn = COMPLEMENTISERS.has(tokens[clause.at + clause.length]?.folded ?? '') && !clauses.some((c) => c.at > clause.at);
      const sameSpeakerQuoted = direct.some((d) => d.speaker === speaker!.entity && d.spans.some((s) => s.start < sentence.end && s.end > sentence.start && (!goesOn || s.end > verbStart)));
      if (sameSpeakerQuoted) continue;
      if (clause.verb.publishes && introducesTweet(sentence, speaker.entity, tokens.slice(clause.at + clause.length), direct)) continue;
      if (!withinQuote && introducesQuote(ctx, sentence, speaker.entity, tokens.slice(clause.at + clause.length), direct)) continue;
      // The words that say who spoke are the sentence's: « Il a précisé », not the paragraphs back to the name it stands for.
      const named = speaker.span.start >= sentence.start && speaker.span.end <= sentence.end;
      const evidence = named ? span(ctx, Math.min(speaker.span.start, verbStart), Math.max(verbEnd, speaker.span.end)) : span(ctx, Math.min(subjectPronoun(tokens, clause.at)?.start ?? verbStart, verbStart), verbEnd);
      const verb = { length: clause.length, value: clause.verb, inverted: false };
      const extractor = clause.passive ? 'statements/reported-speech-passive' : 'statements/reported-speech';
      const extra = { venue: venueIn(ctx, sentence, verb), date: dateIn(ctx, sentence), source: citedSource(ctx, sentence) };
      // One report per sentence and speaker, the first clause that names one; two when a second verb or complement
      // joined to it reports more, each part its own statement.
      const joinedAt = clause.passive || withinQuote ? undefined : joinedReportAt(tokens, clause, clauses);
      if (joinedAt === undefined) {
        out.push(makeStatement(ctx, 'indirect', [sentence], { speaker: speaker.entity, evidence, verb, extractor }, extra));
        break;
      }
      const cut = tokens[joinedAt]!.start;
      const joined = clauses.find((c) => c.at === joinedAt + 1);
      const firstPart = span(ctx, sentence.start, sentence.start + ctx.text.slice(sentence.start, cut).replace(/[\s,]+$/u, '').length);
      out.push(makeStatement(ctx, 'indirect', [firstPart], { speaker: speaker.entity, evidence, verb, extractor }, extra));
      const secondVerb = joined ? { length: joined.length, value: joined.verb, inverted: false } : verb;
      out.push(makeStatement(ctx, 'indirect', [span(ctx, cut, sentence.end)], { speaker: speaker.entity, evidence, verb: secondVerb, extractor }, extra));
      break;
    }
    if (withinQuote || out.some((o) => o.spans[0]!.start === sentence.start)) continue;
    const atEnd = trailingAttribution(ctx, tokens);
    const trailing = atEnd ?? midAttribution(ctx, tokens) ?? cuedSentence(ctx, sentence, tokens);
    if (!trailing || direct.some((d) => d.speaker === trailing.speaker.entity && d.spans.some((s) => s.start < sentence.end && s.end > sentence.start))) continue;
    out.push(
      makeStatement(ctx, 'indirect', [sentence], { speaker: trailing.speaker.entity, evidence: trailing.evidence, verb: trailing.verb, extractor: atEnd ? 'statements/trailing-attribution' : trailing.verb ? 'statements/inner-attribution' : 'statements/cued-sentence' }, {
        venue: venueIn(ctx, sentence, trailing.verb),
        date: dateIn(ctx, sentence),
        source: citedSource(ctx, sentence),
      }),
    );
  }
  return out;
}

/** Determiners that open the noun an appended clause acts on: ", a suggestion Mr Dunstan rejected". */
const APPENDED_NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l', 'ce', 'cette']);

/** ", a suggestion Mr Dunstan": after the last comma, a determiner and a noun or two, then the subject at `offset`. */
function objectBefore(ctx: Context, tokens: readonly Token[], offset: number): boolean {
  let end = tokens.findIndex((t) => t.start >= offset);
  while (end > 0 && isHonorific(ctx, tokens[end - 1]!)) end--;
  const comma = tokens.slice(0, end).findLastIndex((t) => t.text === ',');
  const between = tokens.slice(comma + 1, end);
  return comma >= 0 && between.length >= 2 && between.length <= 3 && APPENDED_NOUN_DETERMINERS.has(between[0]!.folded) && between.slice(1).every((t) => /^\p{Ll}{3,}$/u.test(t.text));
}

/** Whether nothing but punctuation follows token `at`. */
function endsSentence(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(at).every((t) => /^\p{P}+$/u.test(t.text));
}


/**
 * « Quand celui-ci lui a demandé si …, Mme Paquin a répondu que … »: the clauses of the sentence's main clause before
 * those of a subordinate clause it opens with, which frames what the main clause reports.
 */
function mainClausesFirst(tokens: readonly Token[], clauses: ReportingClause[]): ReportingClause[] {
  if (!tokens[0] || !OPENING_SUBORDINATORS.has(tokens[0].folded)) return clauses;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0) return clauses;
  return [...clauses.filter((c) => c.at > comma), ...clauses.filter((c) => c.at < comma)];
}

/** Most words an attribution after the words it reports takes (« , a annoncé mercredi matin la ministre de l'Habitation, Sophie Gagnon-Lévesque »). */
const MAX_TRAILING_ATTRIBUTION = 16;
/** Fewest words the report before it has. */
const MIN_TRAILING_REPORT = 4;
/** Prepositions that open a phrase set off by a comma after an attribution ("…, she said, in her first interview since"). */
const ADJUNCT_OPENERS = new Set(['in', 'as', 'at', 'during', 'after', 'before', 'amid', 'ahead', 'following', 'lors', 'dans', 'apres', 'avant', 'pendant', 'au']);

/**
 * "…, Transport Minister Nadine Arsenault said on Tuesday, in the biggest overhaul since 2019": a phrase after the
 * sentence's last comma, opened by a preposition, tells when or how it was said; the attribution ends before it.
 */
function endBeforeAdjunct(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k > MIN_TRAILING_REPORT; k--) {
    if (tokens[k]!.text === ',') return ADJUNCT_OPENERS.has(tokens[k + 1]?.folded ?? '') ? k : end;
  }
  return end;
}

/** Words after a verb whose subject came first ("said on Monday night", "told reporters in Ottawa"). */
const MAX_WORDS_AFTER_VERB = 6;

/**
 * Words reported without quotes, their attribution after them: « Québec créera un registre des loyers …, a annoncé
 * mercredi matin la ministre », "The baths will close in March, the council leader, Tom Hale, said on Monday.",
 * "…, he added." The attribution follows the report's last comma and reports nothing after its verb.
 */
function trailingAttribution(ctx: Context, tokens: readonly Token[]): { speaker: Mention; evidence: Span; verb: VerbMatch } | undefined {
  const end = endBeforeAdjunct(tokens, tokens[tokens.length - 1]?.text === '.' ? tokens.length - 1 : tokens.length);
  const from = Math.max(MIN_TRAILING_REPORT, end - MAX_TRAILING_ATTRIBUTION);
  for (let k = from; k < end; k++) {
    const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
    // « la note », "the claim": after a determiner, the word is a noun.
    if (!verb?.value.incise || verb.gerund || DETERMINERS_BEFORE_NOUN.has(tokens[k - 1]?.folded ?? '')) continue;
    const after = k + verb.length;
    const rest = tokens.slice(after, end);
    if (rest.some((t) => COMPLEMENTISERS.has(t.folded) || /^[:«“"(]$/u.test(t.text))) return undefined;
    // The report ends at the comma before the attribution: right before an inverted verb with its subject after it
    // (« , a-t-elle ajouté », « , a annoncé la ministre »), else the first comma in reach ("…, the leader, Tom Hale, said").
    const inverted = tokens[k - 1]?.text === ',' && k - 1 >= MIN_TRAILING_REPORT ? invertedSubject(ctx, tokens, k, verb, end) : undefined;
    const comma = attributionComma(tokens, from, k);
    // "…, and that the plan had delivered the beds it promised": a clause of the report, not its attribution.
    const subjectOnly = comma >= MIN_TRAILING_REPORT && !tokens.slice(comma + 1, k).some((t) => COMPLEMENTISERS.has(t.folded) || CLAUSE_LINKS.has(t.folded));
    const before = !inverted && subjectOnly && reportsNothingAfter(ctx, rest) ? subjectBetween(ctx, tokens, comma + 1, k) : undefined;
    const speaker = inverted ?? before;
    if (!speaker) continue;
    const verbSpan = span(ctx, tokens[k]!.start, tokens[after - 1]!.end);
    return { speaker, evidence: span(ctx, Math.min(speaker.span.start, verbSpan.start), Math.max(verbSpan.end, speaker.span.end)), verb };
  }
  return undefined;
}

/** Most words between the commas of an attribution inside its report (« , a annoncé mardi la ministre X, »). */
const MAX_INNER_ATTRIBUTION = 10;

/**
 * "Water-positive pledges, she said, often rely on offsetting", « La réforme, a-t-il estimé, est injuste »: an
 * attribution set off by commas inside the words it reports, with words of the report on both sides.
 */
function midAttribution(ctx: Context, tokens: readonly Token[]): { speaker: Mention; evidence: Span; verb: VerbMatch } | undefined {
  const end = tokens[tokens.length - 1]?.text === '.' ? tokens.length - 1 : tokens.length;
  for (let open = 1; open < end; open++) {
    if (tokens[open]!.text !== ',') continue;
    let close = open + 1;
    while (close < end && close - open < MAX_INNER_ATTRIBUTION && tokens[close]!.text !== ',') close++;
    if (close >= end || tokens[close]!.text !== ',') continue;
    // "…, she said, adding that …": a verb after the second comma opens a clause of its own, not the rest of the report.
    if (end - close - 1 < MIN_TRAILING_REPORT || matchReportingVerb(tokens, close + 1, ctx.lex.verbs)) continue;
    for (let k = open + 1; k < close; k++) {
      const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
      if (!verb?.value.incise || verb.gerund || !reportsNothingAfter(ctx, tokens.slice(k + verb.length, close)) || (verb.value.judges && passesJudgement(ctx.lex.verbs, tokens, k + verb.length))) continue;
      // (A pronoun there stands for someone named before the sentence, not for the report's own subject: "Mr Moir, he said, …".)
      const speaker = k === open + 1 ? invertedSubject(ctx, tokens, k, verb, close) : subjectBetween(ctx, tokens, open + 1, k, tokens[0]!.start);
      if (!speaker) break;
      const verbSpan = span(ctx, tokens[k]!.start, tokens[k + verb.length - 1]!.end);
      const named = speaker.span.start >= tokens[open]!.end && speaker.span.end <= tokens[close]!.start;
      return { speaker, evidence: named ? span(ctx, Math.min(speaker.span.start, verbSpan.start), Math.max(verbSpan.end, speaker.span.end)) : span(ctx, tokens[open + 1]!.start, verbSpan.end), verb };
    }
  }
  return undefined;
}

/** Most words between a reporting verb and a short quote that is its object ("called the motion", "accused the New Democrats of"). */
const QUOTED_OBJECT_WORDS = 4;

/** Whether the words from a reporting verb to a quote are only its object: a few, with no comma, quote or verb of their own. */
function quotedObject(ctx: Context, verbEnd: number, quoteStart: number): boolean {
  const between = wordTokens(ctx, verbEnd, quoteStart);
  return between.length <= QUOTED_OBJECT_WORDS && between.every((t, k) => /^[\p{L}'’-]+$/u.test(t.text) && !matchReportingVerb(between, k, ctx.lex.verbs)) && !inside(verbEnd, ctx.quoted);
}

/** What links a verb of calling to the words it calls something: "dismissed as", "called it", « décrit comme ». (Not
 * « de »: « X parle de « … » » speaks of words that may be someone else's.) */
const CALLED_AS = new Set(['as', 'it', 'comme']);

/**
 * "a figure MacPherson dismissed as "…"", « ce que Karim Haddad a décrit comme « … » »: a person named right before a
 * reporting verb and its "as", which stand right before the quote.
 */
function callerRightBefore(ctx: Context, from: number, quoteStart: number): { speaker: Mention; evidence: Span; verb: VerbMatch } | undefined {
  const tokens = wordTokens(ctx, from, quoteStart);
  const link = tokens.length - 1;
  if (link < 2 || !CALLED_AS.has(tokens[link]!.folded)) return undefined;
  for (let k = link - 1; k >= Math.max(1, link - 3); k--) {
    const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
    if (!verb || k + verb.length !== link) continue;
    const at = withAuxiliary(tokens, k);
    // (« Marchal, décrié comme « … » »: a participle without its auxiliary says what was done to the person.)
    if (at === k && /ée?s?$/u.test(tokens[k]!.text)) return undefined;
    const speaker = mentionsEndingAt(ctx, tokens[at - 1]!.end).find((m) => ctx.entities.get(m.entity)?.type === 'Person' && !inside(m.span.start, ctx.quoted));
    return speaker && { speaker, evidence: span(ctx, speaker.span.start, tokens[link]!.end), verb };
  }
  return undefined;
}

/** Words that open a clause of the report itself, between its last comma and a verb. */
const CLAUSE_LINKS = new Set(['and', 'et', 'but', 'mais', 'qui', 'which', 'who', 'whom', 'where', 'when', 'ou', 'or', 'dont', 'lorsque', 'quand']);

/** Words that may follow a verb whose subject came first, in an attribution, besides the dates lexicon's (folded: « à » is "a"): "on Monday", "in a statement", "told reporters". */
const AFTER_VERB_WORDS = new Set(['on', 'in', 'at', 'to', 'during', 'after', 'before', 'later', 'earlier', 'tonight', 'reporters', 'journalists', 'a', 'an', 'the', 'statement', 'interview', 'briefing', 'press', 'conference', 'last', 'this', 'sur', 'au', 'dans', 'lors', 'devant', 'communique', 'un', 'une', 'le', 'la', 'l']);

/** "said on Monday", "told reporters in Ottawa", "told the BBC": after the verb, only where and when, no object. */
function reportsNothingAfter(ctx: Context, rest: readonly Token[]): boolean {
  const { weekdays, relativeDays } = ctx.lex.dates;
  const says = (t: Token) => t.capitalised || /^\p{N}/u.test(t.text) || AFTER_VERB_WORDS.has(t.folded) || timeNounSet(ctx.lex.dates).has(t.folded) || t.folded in weekdays || t.folded in relativeDays;
  return rest.length <= MAX_WORDS_AFTER_VERB && rest.every(says);
}

/**
 * Whom an inverted verb's pronoun stands for (« a-t-il lancé »): the person salience gives, else, when the article gave
 * the subject by a role alone (« … le maire avait prévenu … « … », avait-il affirmé »), the one of the pronoun's gender
 * it names most.
 */
function invertedPronounPerson(ctx: Context, at: number, pronoun: string, answering = false): Mention | undefined {
  return salientPerson(ctx, at, pronoun, answering) ?? mostNamedOfGender(ctx, at, genderOfPronoun(pronoun));
}

/** The person of a gender named most often before a position, outside quotes; none when two tie. */
function mostNamedOfGender(ctx: Context, before: number, gender: Gender | undefined): Mention | undefined {
  if (!gender) return undefined;
  const counts = new Map<string, { n: number; last: Mention }>();
  for (const m of ctx.mentions) {
    if (m.span.start >= before) break;
    const entity = ctx.entities.get(m.entity);
    if (entity?.type !== 'Person' || (entity.gender ?? certainGenderOfName(entity.name)) !== gender || inside(m.span.start, ctx.quoted)) continue;
    counts.set(m.entity, { n: (counts.get(m.entity)?.n ?? 0) + 1, last: m });
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  return first && (!second || second.n < first.n) ? first.last : undefined;
}

/** « a-t-elle ajouté », « a annoncé la ministre », "said Tom Hale": the subject after an inverted verb. */
function invertedSubject(ctx: Context, tokens: readonly Token[], at: number, verb: VerbMatch, end: number): Mention | undefined {
  // English inverts "said" and "added" only: "told Reuters" names whom the subject told.
  if (verb.value.lang === 'en' && !['say', 'add'].includes(verb.value.lemma)) return undefined;
  const pronoun = tokens.slice(at, at + verb.length).find((t) => INVERTED_PRONOUN_AT_END.test(t.text));
  if (pronoun) return invertedPronounPerson(ctx, tokens[at]!.start, pronoun.text);
  // (« a dénoncé sur sa page Facebook "…" »: where it was said is no subject.)
  const subject = subjectRightAfter(ctx, tokens.slice(0, end), at + verb.length, tokens[end - 1]!.end, (m) => isSpeaker(ctx, m) && !isVenueWord(ctx, m));
  // "…, said the Tories had a nerve": in English a name that goes on with more words is the report's subject, no inversion.
  if (subject && verb.value.lang === 'en') {
    const next = tokens.find((t) => t.start >= subject.span.end);
    if (next && next.start < tokens[end - 1]!.end && next.text !== ',') return undefined;
  }
  return subject;
}

/**
 * The comma that ends the report: the last one before the verb, or the one before an apposed subject
 * ("…, the council leader, Tom Hale, said": the comma after "Hale" only closes the apposition).
 */
function attributionComma(tokens: readonly Token[], from: number, verbAt: number): number {
  const commas: number[] = [];
  for (let c = verbAt - 1; c >= from - 1 && commas.length < 2; c--) if (tokens[c]!.text === ',') commas.push(c);
  return commas[0] === verbAt - 1 && commas[1] !== undefined ? commas[1] : commas[0] ?? -1;
}

/** Whether a role phrase stands among the first `at` tokens. */
const roleBefore = (ctx: Context, tokens: readonly Token[], at: number) => tokens.slice(0, at).some((_, k) => matchRolePhrase(tokens, k, ctx.lex.roles, () => false) !== undefined);

/**
 * "the council leader, Tom Hale, said", "he said": the subject between comma and verb; "a spokesperson said" names
 * nobody. A pronoun stands for a person named before `antecedentsBefore` (when given) and before itself.
 */
function subjectBetween(ctx: Context, tokens: readonly Token[], from: number, verbAt: number, antecedentsBefore = Infinity): Mention | undefined {
  const named = mentionsIn(ctx, tokens[from]!.start, tokens[verbAt]!.start).filter((m) => !afterPreposition(ctx, m) && isSpeaker(ctx, m));
  if (named.length > 0) return subjectBefore(ctx, named);
  if (tokens.slice(from, verbAt).some((_, k) => matchRolePhrase(tokens, from + k, ctx.lex.roles, () => false) !== undefined)) return undefined;
  const pronoun = subjectPronoun(tokens, verbAt);
  if (pronoun && pronoun.start >= tokens[from]!.start) return salientPerson(ctx, Math.min(pronoun.start, antecedentsBefore), pronoun.text);
  return nounAnaphor(ctx, tokens.slice(from), verbAt - from);
}

/**
 * A role between a name and its verb is the verb's subject (« Reyes, in Downing Street, a spokesperson said »),
 * unless it stands between commas right after the name, describing it (« Starmer, the Labour leader, said »).
 */
function roleBetween(ctx: Context, tokens: readonly Token[], from: number, to: number): boolean {
  if (/^\s*,[^,]*,\s*$/u.test(ctx.text.slice(from, to))) return false;
  return tokens.some((t, k) => t.start >= from && t.end <= to && matchRolePhrase(tokens, k, ctx.lex.roles, () => false) !== undefined);
}

/** Words that join a new clause, with its own subject: « …, et l'opposition réclame », "while the union said". */
const CLAUSE_JOINERS = new Set(['et', 'mais', 'tandis', 'alors', 'and', 'but', 'while', 'whereas']);
/** Words between a determiner and its verb that make a noun phrase subject: « l'opposition », "the union's leadership". */
const MAX_NOUN_SUBJECT_WORDS = 3;

/**
 * « X inculpé dans l'affaire, et l'opposition réclame … »: after the last comma or « et » between a name and its verb, a
 * determiner and common nouns right before the verb are the verb's own subject, and the name is not.
 */
function nounSubjectBetween(tokens: readonly Token[], from: number, verbAt: number): boolean {
  const boundary = (t: Token) => t.text === ',' || CLAUSE_JOINERS.has(t.folded);
  let k = verbAt - 1;
  while (k >= 0 && tokens[k]!.start >= from && !boundary(tokens[k]!) && verbAt - k <= MAX_NOUN_SUBJECT_WORDS + 1) k--;
  if (k < 0 || !boundary(tokens[k]!) || tokens[k]!.start < from) return false;
  const phrase = tokens.slice(k + 1, verbAt);
  return phrase.length >= 2 && DETERMINERS_BEFORE_NOUN.has(phrase[0]!.folded) && phrase.slice(1).every((t) => !t.capitalised && /^\p{L}/u.test(t.text));
}

/** The side a clause opens on (« Du côté du ministère, on rappelle … », « Chez Ecolo, on regrette … ») when « on » speaks for it. */
function sideSpeaking(ctx: Context, clause: Span): Mention | undefined {
  const side = mentionsWithin(ctx, clause.start, clause.end)[0];
  if (!side || !opensAsSide(ctx, side)) return undefined;
  return /^\s*,\s*on\s/iu.test(ctx.text.slice(side.span.end, clause.end)) ? side : undefined;
}

/** The words after the last colon or semicolon before `end`, from `start` on: the clause a quote's sentence ends with. */
function afterLastColon(ctx: Context, start: number, end: number): Span {
  const text = ctx.text.slice(start, end);
  const at = Math.max(text.lastIndexOf(' : '), text.lastIndexOf('; '));
  if (at < 0) return span(ctx, end, end);
  const from = start + at + text.slice(at).search(/[^\s:;]/u);
  return span(ctx, from, end);
}

/** « Pour Mme Duval, porte-parole du groupe, « … » », "According to Hale, …": the speaker a cue names before the quote. */
function speakerByCue(ctx: Context, clause: Span): Mention | undefined {
  const words = ctx.doc.foldedIn(clause.start, clause.end);
  const cue = ctx.lex.quotes.speakerCues.map(foldText).find((c) => words === c || words.startsWith(`${c} `));
  if (!cue) return undefined;
  const tokens = ctx.doc.tokensIn(clause.start, clause.end);
  // « Selon lui, Étienne Gravel « a eu le courage … » »: the pronoun is the speaker, not the person named next.
  const pronoun = tokens.find((t, k) => k > 0 && CUE_PRONOUNS.test(t.text) && tokens[k - 1]!.folded === cue.split(' ').pop());
  if (pronoun) return salientPerson(ctx, clause.start, pronoun.text);
  const named = mentionsIn(ctx, clause.start, clause.end).find((m) => isSpeaker(ctx, m) && ctx.entities.get(m.entity)?.type === 'Person');
  if (named) return named;
  // « Pour la socialiste, les syndicats « se trompent de combat » »: a descriptor after the cue, up to its comma.
  const from = cue.split(' ').length;
  const comma = tokens.findIndex((t, k) => k >= from && t.text === ',');
  return comma > from && comma - from <= CUE_DESCRIPTOR_WORDS ? descriptorAnaphor(ctx, tokens.slice(from, comma)) : undefined;
}

/** Most words of a descriptor after a speaker cue (« Pour l'ancien ministre, »). */
const CUE_DESCRIPTOR_WORDS = 3;

/** How many words a cue's phrase (« Selon le rapporteur de la commission, le député X, ») may take before its comma. */
const CUE_PHRASE_WORDS = 16;
/** The fewest words after the cue's phrase that say something. */
const CUED_CONTENT_WORDS = 4;

/**
 * « Selon elle, les vendeuses n'ont été prévenues que … », "According to the ministry, 40 posts are vacant": a sentence
 * a speaker cue opens, with no reporting verb, reports what the cue's speaker says. The cue's phrase ends at its
 * first or second comma (« Selon le rapporteur, le député X (UPR), … »).
 */
function cuedSentence(ctx: Context, sentence: Span, tokens: readonly Token[]): { speaker: Mention; evidence: Span; verb?: undefined } | undefined {
  const commas = tokens.flatMap((t, k) => (t.text === ',' && k <= CUE_PHRASE_WORDS ? [k] : [])).slice(0, 2);
  for (const k of commas) {
    const clause = span(ctx, sentence.start, tokens[k]!.start);
    const speaker = tokens.length - k > CUED_CONTENT_WORDS ? speakerByCue(ctx, clause) : undefined;
    if (speaker) return { speaker, evidence: clause };
  }
  return undefined;
}

interface ReportingClause {
  at: number;
  length: number;
  verb: ReportingVerb;
  passive: boolean;
  /** Token where the clause of a later verb starts (« …, ajoutant que le président russe avait nié »). */
  clauseStart?: number;
  /** A verb joined to the one before by « et » (« a estimé que … et réclamé »): its subject stands before that one, at this token. */
  subjectBefore?: number;
}

const COMPLEMENTISERS = new Set(['que', 'qu', 'si', 'comment', 'pourquoi', 'combien', 'that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where']);
/** Words that open an English clause reported without "that" ("said he would", "said the State had"). */
const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'no', 'every', 'all', 'some', 'both', 'none', 'nothing', 'nobody', 'everyone', 'everybody', 'many', 'most', 'several', 'neither', 'each']);
/** English verbs that take a clause without "that" ("said staff had been told"). */
const BARE_CLAUSE_VERBS = new Set(['say', 'add', 'claim', 'argue', 'insist', 'warn', 'admit', 'suggest']);
/** English verbs whose clause follows whom they address ("told reporters the plan had failed"). */
const ADDRESSING_VERBS = new Set(['tell', 'assure', 'remind', 'warn', 'inform']);
/** Words a bare clause's subject may run over before its verb. */
const BARE_SUBJECT_WORDS = 3;
/** Auxiliaries, modals and verbs of feeling that show a finite clause ("would", "had", "were", "felt"), or a past tense in -ed. */
const FINITE_WORDS = new Set(['would', 'will', 'were', 'was', 'had', 'have', 'has', 'is', 'are', 'could', 'should', 'must', 'might', 'may', 'can', 'did', 'do', 'does', 'felt', 'knew', 'thought']);
const isFiniteVerbShape = (t: Token) => FINITE_WORDS.has(t.folded) || /^\p{Ll}{3,}ed$/u.test(t.text);

/** Modals that show a clause's verb past a long subject ("said basic foodstuffs, including …, would remain"). */
const MODALS = new Set(['would', 'will', 'could', 'should', 'must', 'might']);
/** Words a bare clause's long subject may run over before its modal. */
const LONG_SUBJECT_WORDS = 12;

/** Auxiliaries of a perfect or a passive, a clause's verb when a participle follows ("staff … had raised", "was told"). */
const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were']);

/**
 * "said talks with the unions on salaries would resume", "said staff in the Ministry of Infrastructure had raised …":
 * a modal, or an auxiliary and its participle, within a few words, no sentence punctuation or relative pronoun before it.
 */
function modalAfterLongSubject(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + LONG_SUBJECT_WORDS); k++) {
    if (/^[.;:?!«“"]$/u.test(tokens[k]!.text) || COMPLEMENTISERS.has(tokens[k]!.folded) || RELATIVE_PRONOUNS.has(tokens[k]!.folded)) return false;
    if (MODALS.has(tokens[k]!.folded)) return true;
    if (PERFECT_AUXILIARIES.has(tokens[k]!.folded) && /^(?:\p{Ll}{3,}ed|been)$/u.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** How far after its verb (and the person it addresses: « a indiqué à la presse que ») what was said must begin. */
const CONTENT_WINDOW = 8;

/** "called the plan "a fantasy"", "a figure Vézina later called "pure fiction"": a quote right after the verb's object (of a few words). */
const QUOTE_AFTER_OBJECT = /^(?:\s+[\p{L}\p{N}'’-]+){0,4}?\s*[«“"]/u;
/** Particles that make another verb of one that reports only what it quotes ("called on", "called for"). */
const PHRASAL_PARTICLES = new Set(['to', 'on', 'for', 'off', 'in', 'back', 'up', 'out']);

function quoteAfterObject(ctx: Context, tokens: readonly Token[], after: number): boolean {
  const verbEnd = tokens[after - 1]!.end;
  const object = QUOTE_AFTER_OBJECT.exec(ctx.text.slice(verbEnd, verbEnd + 80));
  return object !== null && !object[0].split(/\s+/u).some((w) => PHRASAL_PARTICLES.has(w.toLowerCase()));
}

/** Adjectives between a determiner and a time noun ("the next morning", "the same day", « la même semaine »). */
const TIME_ADJECTIVES = new Set(['next', 'following', 'same', 'previous', 'whole', 'meme', 'suivant', 'suivante']);

/** A « que », "that" opening a clause within a few words after a verb, before the clause ends. */
function thatWithin(tokens: readonly Token[], after: number): boolean {
  for (let k = after; k < Math.min(tokens.length, after + CONTENT_WINDOW); k++) {
    if (/^[.;:?!,«“"]$/u.test(tokens[k]!.text)) return false;
    if (COMPLEMENTISERS.has(tokens[k]!.folded)) return true;
  }
  return false;
}

/**
 * Whether a reporting verb reports something: a clause (« que », "that", "said he would"), a quote or a colon,
 * an infinitive (« a refusé de commenter », "vowed to"), a thing asked or announced (« a réclamé le remboursement »),
 * or a denial, or criticism's object (« a dénoncé une réforme »).
 * "X has conceded.", "X hit back within the hour." or « X réplique sur Radio 1 » reports nothing.
 */
function reportsContent(ctx: Context, tokens: readonly Token[], after: number, verb: ReportingVerb): boolean {
  // « Le tribunal a condamné mercredi X à dix-huit mois de prison », « l'a reconnu coupable »: a verdict, not speech.
  if (verb.judges && passesJudgement(ctx.lex.verbs, tokens, after)) return false;
  // ("called it "a disgrace"", but also "called across the chamber that …": a clause past where it was said.)
  if (verb.quotes) return quoteAfterObject(ctx, tokens, after) || thatWithin(tokens, after);
  // « a démenti », "denied": a denial is a statement in itself; « a dénoncé une réforme »: so is criticism of something.
  const next = tokens[after];
  if (verb.stance === 'denial') return true;
  if (!next) return false;
  // A person as the object is whom it addresses (« a interpellé la ministre sur … »): what was said must follow.
  if (verb.stance === 'criticism' && /^[\p{L}«“"]/u.test(next.text) && !namesPerson(ctx, tokens, after)) return true;
  // « a réclamé le remboursement », « a annoncé la création de … », "proposed a cap": a thing asked, announced,
  // offered; but « a interpellé la ministre » names whom it addresses, not what was said.
  const objectAt = /(?:ment|ly)$/u.test(next.folded) && tokens[after + 1] ? after + 1 : after;
  // "replied the next morning", « a répondu le lendemain même »: a time, not an object, after a time adjective too.
  const noun = TIME_ADJECTIVES.has(tokens[objectAt + 1]?.folded ?? '') ? tokens[objectAt + 2] : tokens[objectAt + 1];
  const timeNoun = noun !== undefined && timeNounSet(ctx.lex.dates).has(noun.folded);
  if (DETERMINERS_BEFORE_NOUN.has(tokens[objectAt]!.folded) && !namesPerson(ctx, tokens, objectAt) && !timeNoun) return true;
  if (verb.lang === 'en' && (CLAUSE_OPENERS.has(next.folded) || next.capitalised)) return true;
  // "said faculty members felt …", "said staff had been told …": a clause with no "that", a bare noun then its verb.
  // ("said talks with the unions on salaries would resume": a longer subject, when a modal shows its verb.)
  const bareClause = tokens.slice(after + 1, after + 1 + BARE_SUBJECT_WORDS).some(isFiniteVerbShape) || modalAfterLongSubject(tokens, after + 1);
  if (verb.lang === 'en' && BARE_CLAUSE_VERBS.has(verb.lemma) && /^\p{Ll}+$/u.test(next.text) && bareClause) return true;
  // "told reporters outside Parliament House the minister's answer was …": past whom it tells, a clause with no "that".
  if (verb.lang === 'en' && ADDRESSING_VERBS.has(verb.lemma)) {
    for (let k = after + 1; k < Math.min(tokens.length, after + CONTENT_WINDOW); k++) {
      if (/^[.;:?!,]$/u.test(tokens[k]!.text)) break;
      if (CLAUSE_OPENERS.has(tokens[k]!.folded) && !tokens[k]!.capitalised && tokens.slice(k + 1, k + 2 + BARE_SUBJECT_WORDS).some(isFiniteVerbShape)) return true;
    }
  }
  for (let k = after; k < Math.min(tokens.length, after + CONTENT_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') return false;
    if (COMPLEMENTISERS.has(t.folded) || /^[:«“"]$/u.test(t.text)) return true;
    const following = tokens[k + 1];
    // « a plaidé pour l'ouverture », "called for an inquiry": what someone argues for or against.
    if (['pour', 'for', 'contre', 'against'].includes(t.folded) && following && DETERMINERS_BEFORE_NOUN.has(following.folded) && !isPersonAt(ctx, following)) return true;
    // « proposait au président, dans un tweet, les services de … »: the object after an incise.
    if (t.text === ',' && following && DETERMINERS_BEFORE_NOUN.has(following.folded) && k > after && !isPersonAt(ctx, following)) return true;
    if (['de', 'd', 'a', 'to'].includes(t.folded) && following && /^\p{Ll}/u.test(following.text) && (t.folded === 'to' || isInfinitive(following))) return true;
    // « a affirmé dimanche vouloir … », « expliquait avoir discuté »: a bare infinitive right after the verb.
    if (k <= after + 1 && isInfinitive(t) && !DETERMINERS_BEFORE_NOUN.has(tokens[k - 1]?.folded ?? '')) return true;
  }
  return false;
}

/** A person named, or a role standing for one (« la ministre »), at token k. */
const namesPerson = (ctx: Context, tokens: readonly Token[], k: number) =>
  isPersonAt(ctx, tokens[k]!) || matchRolePhrase(tokens, k, ctx.lex.roles, () => false) !== undefined;
const isPersonAt = (ctx: Context, t: Token) => mentionsWithin(ctx, t.start, t.end + 200).some((m) => m.span.start === t.start && ctx.entities.get(m.entity)?.type === 'Person');
const DETERMINERS_BEFORE_NOUN = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** A French infinitive's shape (« vouloir », « créer », « être »): a lower-case word ending in -er, -ir, -oir or -re. */
function isInfinitive(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && t.text.length > 3 && /(?:er|ir|re)$/u.test(t.folded);
}

/**
 * Words after which a gerund or a present participle is a verb of the sentence: a clause's opening, an auxiliary
 * ("was answering"), "heard saying", « en » (« tout en lui demandant »: an object pronoun may stand between).
 */
const GERUND_OPENERS = new Set([',', ';', ':', '—', '–', '-', '(', 'is', 'are', 'was', 'were', 'be', 'been', 'by', 'after', 'before', 'while', 'when', 'without', 'heard', 'en']);
const CLITIC_OBJECTS = new Set(['lui', 'leur', 'se', 's', 'les', 'la', 'le', 'l', 'y']);

/** "3,000 fewer people answering those phones", « le groupe RN demandant »: a participle after a noun describes it, and reports nothing. */
function modifiesNoun(tokens: readonly Token[], k: number): boolean {
  const before = k > 1 && CLITIC_OBJECTS.has(tokens[k - 1]!.folded) ? k - 2 : k - 1;
  return before >= 0 && !GERUND_OPENERS.has(tokens[before]!.text.toLowerCase());
}

/** The reporting verbs of a sentence: finite forms with a subject before them, and bare participles with « par » after. */
function reportingClauses(ctx: Context, tokens: readonly Token[]): ReportingClause[] {
  const out: ReportingClause[] = [];
  const participles = participleIndex(ctx.lex.verbs);
  let clauseStart: number | undefined;
  // "…, as Democrats accused her of …": after a comma, a subordinating word opens a clause with its own subject.
  let subordinate: number | undefined;
  let afterIncise = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = foldToken(tokens[k]!);
    if (t === 'que' || t === 'qu' || t === 'that') clauseStart = k + 1;
    if (tokens[k - 1]?.text === ',' && SUBORDINATORS.has(t)) subordinate = k + 1;
    const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
    // "Dr Cartwright was told …", « Ebnöther était accusé d'avoir … »: a passive's subject is who was spoken to or
    // of, not the speaker; only its « par » / "by" agent spoke (read below).
    const passive = verb !== undefined && isPassive(tokens, k, verb);
    // Retractions (« rétropédale ») are events, not speech; an inverted verb belongs to a quote.
    // « n'a pas souhaité réagir », "did not comment": a verb said not to have been spoken reports nothing, unless words
    // follow it (« n'a pas exclu que … »).
    const declined = verb !== undefined && negated(tokens, k, verb.length) && !complementAfter(tokens, k + verb.length);
    // « « … », a-t-il lancé, accusant l'opposition de … »: a participle after an inverted verb goes on the quote's incise.
    if (verb?.inverted) afterIncise = true;
    if (verb && !passive && !declined && !verb.inverted && verb.value.stance !== 'retraction' && !(verb.gerund && (modifiesNoun(tokens, k) || afterIncise)) && !describesNoun(ctx, tokens, k, verb)) {
      // « X a estimé que la ministre devait … et réclamé … »: a verb joined by « et » shares the subject of the one before;
      // so does a participle after a comma (« X a annoncé que son groupe saisirait le Conseil, estimant que … »), when
      // that verb's subject stands before it (not « « … », a assuré le ministre, ajoutant que … »).
      const last = out[out.length - 1];
      const participleGoesOn = verb.gerund && afterCommaOrGerundive(tokens, k) && last !== undefined && last.at > 0 && tokens[last.at - 1]!.text !== ',';
      const previous = last !== undefined && (JOINING_WORDS.has(tokens[k - 1]?.folded ?? '') || participleGoesOn) ? last : undefined;
      out.push({ at: k, length: verb.length, verb: verb.value, passive: false, clauseStart: previous ? previous.clauseStart : out.length > 0 ? clauseStart : subordinate, subjectBefore: previous?.at });
      k += verb.length - 1;
      continue;
    }
    // « était accusé par X »: the participle is the matched form's last word.
    const at = passive ? k + verb!.length - 1 : k;
    const participle = participles.matchAt(tokens, at);
    if (participle && !participle.value.asks && !participle.value.passiveIsOther && ['par', 'by'].includes(tokens[at + participle.length] ? foldToken(tokens[at + participle.length]!) : '')) {
      out.push({ at, length: participle.length, verb: participle.value, passive: true });
    }
    if (passive) k += verb!.length - 1;
  }
  return out;
}

/** Words that join a second verb to the first, with its subject: « a dénoncé … mais a aussi reproché », "and said". */
const JOINING_WORDS = new Set(['et', 'mais', 'puis', 'and', 'but']);
/** Words each part of a report joined to another must have, to stand as a statement of its own. */
const JOINED_REPORT_WORDS = 4;

/**
 * « Elle a dénoncé une « grève politique », mais a aussi reproché au ministre d'avoir … », "She criticised … and said
 * …": where a second verb of the same speaker starts a report of its own in the sentence, at the word that joins it
 * (token index).
 */
function joinedReportAt(tokens: readonly Token[], clause: ReportingClause, clauses: readonly ReportingClause[]): number | undefined {
  const after = clause.at + clause.length;
  const joined = clauses.find((c) => c.subjectBefore === clause.at && JOINING_WORDS.has(tokens[c.at - 1]?.folded ?? ''));
  if (!joined) return undefined;
  const at = joined.at - 1;
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text)).length;
  return words(after, at) >= JOINED_REPORT_WORDS && words(at + 1, tokens.length) >= JOINED_REPORT_WORDS ? at : undefined;
}

/** « …, estimant que », « …, tout en jugeant que »: a participle after a comma, or a French gerundive (« en », « tout en »). */
function afterCommaOrGerundive(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.folded === 'en') j--;
  if (j < k - 1 && tokens[j]?.folded === 'tout') j--;
  return tokens[j]?.text === ',';
}

/** Words that open a subordinate clause after a comma (folded). */
const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'because', 'since', 'although', 'though', 'before', 'tandis', 'alors', 'lorsque', 'quand', 'avant', 'pendant', 'puisque', 'car']);

/** Words that negate a verb (folded), besides English contractions in "n't". */
const NEGATIONS = new Set(['pas', 'jamais', 'plus', 'guere', 'point', 'not', 'never']);
/** How many words a complement may stand after a verb and still be what it reports. */
const COMPLEMENT_REACH = 6;

/** Whether a negation frames the verb: « n'a pas souhaité », « ne s'est jamais exprimé », "did not comment", "has never said". */
function negated(tokens: readonly Token[], k: number, length: number): boolean {
  const around = tokens.slice(Math.max(0, k - 3), k + length).map((t) => t.folded);
  const english = around.some((w) => w === 'not' || w === 'never' || /n['’]t$/u.test(w));
  return english || (around.some((w) => NEGATIONS.has(w)) && (around.includes('n') || around.includes('ne')));
}

/** Whether what the verb reports follows it: « que », "that", a colon, or quotation marks within a few words. */
function complementAfter(tokens: readonly Token[], from: number): boolean {
  // Punctuation folds to nothing: the colon and the quotation marks are read as written.
  return tokens.slice(from, from + COMPLEMENT_REACH).some((t) => ['que', 'qu', 'that'].includes(t.folded) || [':', '«', '“', '"'].includes(t.text));
}

/** Forms of "be" / « être » before a participle make it passive (for verbs that take « avoir » in French). */
const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'est', 'sont', 'etait', 'etaient', 'ete', 'fut', 'furent', 'sera', 'seront']);

function isPassive(tokens: readonly Token[], k: number, verb: VerbMatch): boolean {
  // Reflexive verbs take « être » in every tense (« s'est exclamé »); the others take it only in the passive.
  if (verb.value.reflexive) return false;
  const first = tokens[k]!.folded;
  // « était accusé » matched as one form (auxiliary + participle), or "was" right before "told".
  return (verb.length > 1 && BE_FORMS.has(first)) || BE_FORMS.has(tokens[k - 1]?.folded ?? '');
}

/** Inside a quote, « il » is the person the quote itself last named (« le président Poutine … Il a démenti »). */
function lastPersonIn(ctx: Context, sentence: Span, before: number): Mention | undefined {
  const quote = ctx.quoted.find((q) => sentence.start >= q.start && sentence.end <= q.end);
  if (!quote) return undefined;
  const people = mentionsWithin(ctx, quote.start, before).filter((m) => ctx.entities.get(m.entity)?.type === 'Person');
  return people[people.length - 1];
}

/** Share of a text's words found in another: how much of a headline quote a longer quote repeats. */
function containedShare(words: readonly string[], pool: ReadonlySet<string>): number {
  return words.length === 0 ? 0 : words.filter((w) => pool.has(w)).length / words.length;
}

/** A quote repeated without attribution (a headline) takes the speaker of the same words attributed elsewhere in the article. */
function adoptSpeakersOfSameWords(ctx: Context, statements: Statement[]): void {
  // Each statement's words are read once, not once per pair.
  const attributed = statements.filter((s) => s.speaker).map((s) => ({ s, pool: new Set(ctx.doc.wordsOf(s.spans)) }));
  for (const s of statements) {
    if (s.speaker) continue;
    const words = ctx.doc.wordsOf(s.spans);
    const same = attributed.find((a) => containedShare(words, a.pool) >= 0.8)?.s;
    if (same) {
      s.speaker = same.speaker;
      s.extractor = 'statements/same-words-attributed';
    }
  }
}
