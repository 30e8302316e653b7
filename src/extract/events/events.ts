// Find events in an article's prose: meetings, summits, proposals, announcements, retractions, denials,
// elections and leaks, with who took part, where and when; and one denial event per reported denial.
import { firstStartingAt, isInside } from '../document/span.js';
import { dateAfterDuration, parseIsoDate, toIsoDate, type DateMention } from '../document/dates.js';
import { afterPreposition, articleDay, clauseStart, mentionsIn, outsideRelativeClauses, RELATIVE_PRONOUNS, mentionsWithin, nounAnaphor, passiveAgent, salientPerson, subjectBefore, subjectPronoun, subjectRightAfter, titleSubject, withAuxiliary, wordTokens, type Context } from '../statements/discourse.js';
import { PhraseIndex, type PhraseMatch } from '../document/phrases.js';
import { isLiveBlog } from '../document/live-blog.js';
import { foldText } from '../document/normalize.js';
import { matchReportingVerb, participleIndex, passesJudgement } from '../statements/reporting-verbs.js';
import type { EventType, Lexicons, ReportingVerb } from '../lexicon/lexicons.js';
import type { Reading } from '../statements/statements.js';
import type { ArticleEvent, Mention, Response, Span, Statement } from '../types.js';
import type { Token } from '../document/tokens.js';

export const EVENT_CONFIDENCE = { trigger: 0.7, fromStatement: 0.75 } as const;

/** A date gives the event's date only if written this close to its trigger (« a rencontré … le 7 juillet »). */
const MAX_DATE_DISTANCE = 120;
/** A dateline opens the article (« date 2017-07 … », « PARIS, 10 juillet – »): it dates the article, not an event. */
const DATELINE_CHARS = 40;
/**
 * Determiners that make a trigger a noun (« cette proposition », « l'annonce du président »): its actor follows it.
 * Not possessives: « X a remis sa démission », "X announced his resignation" are X's acts.
 */
const NOUN_DETERMINERS = /^(?:le|la|les|l['’]|un|une|ce|cette|cet|ces|the|an|this|that)$/iu;
const POSSESSIVES = /^(?:his|her|their|its|my|our|your|son|sa|ses|leur|leurs)$/iu;

/** Words before « le », « la », « les » that make it an object pronoun before a verb: « et le retire », « qui la rejette ». */
const BEFORE_OBJECT_PRONOUN = new Set(['et', 'puis', 'mais', 'ne', 'n', 'qui', 'il', 'elle', 'ils', 'elles', 'on']);

/** Whether the trigger at `at` is a noun (« cette décision », « la proposition de Y »), not a verb after its object pronoun. */
function triggerIsNoun(tokens: readonly Token[], at: number): boolean {
  if (at === 0) return false;
  const before = tokens[at - 1]!;
  if (/^(?:own|propre)$/iu.test(before.text)) return at > 1 && POSSESSIVES.test(tokens[at - 2]!.text);
  if (!NOUN_DETERMINERS.test(before.text)) return false;
  return !(/^(?:le|la|les|l['’])$/iu.test(before.text) && BEFORE_OBJECT_PRONOUN.has(tokens[at - 2]?.folded ?? ''));
}

interface Trigger {
  type: EventType;
  actor: 'all' | 'subject';
  undergone?: boolean;
  lead?: boolean;
  collective?: boolean;
}

const triggerCache = new WeakMap<Lexicons, PhraseIndex<Trigger>>();

function triggers(lex: Lexicons): PhraseIndex<Trigger> {
  let index = triggerCache.get(lex);
  if (!index) {
    index = new PhraseIndex<Trigger>();
    for (const [type, groups] of Object.entries(lex.events.types)) {
      for (const group of groups!) for (const t of group.triggers) index.add(t, { type: type as EventType, actor: group.actor, undergone: group.undergone, lead: group.lead, collective: group.collective });
    }
    triggerCache.set(lex, index);
  }
  return index;
}

/** Body paragraphs that make an article's lead, where triggers marked `lead` are read. */
const LEAD_PARAGRAPHS = 2;

const PARTICIPANT_TYPES = new Set(['Person', 'Organisation']);

/** People and organisations take part; a platform where something was said (« sur Twitter ») does not. */
function isParticipant(ctx: Context, m: Mention): boolean {
  const entity = ctx.entities.get(m.entity);
  return PARTICIPANT_TYPES.has(entity?.type ?? '') && !(entity!.name in ctx.lex.venues.words);
}

/**
 * « Le tribunal a condamné X à dix-huit mois de prison »: a verb of criticism that a court also uses to pass judgement,
 * followed by a penalty or a verdict, is the court's act (type other), not criticism.
 */
function verdictAsCriticism(ctx: Context, tokens: readonly Token[], at: number, m: PhraseMatch<Trigger> | undefined): PhraseMatch<Trigger> | undefined {
  if (m?.value.type !== 'criticism' || !matchReportingVerb(tokens, at, ctx.lex.verbs)?.value.judges || !passesJudgement(ctx.lex.verbs, tokens, at + m.length)) return m;
  return { ...m, value: { type: 'other', actor: 'subject' } };
}

/** Who acted: the subject before the trigger, else « par X » or « l'annonce du président » after it, else a pronoun's referent. */
function actorOf(ctx: Context, tokens: readonly Token[], at: number, length: number, sentence: Span): string[] {
  const triggerStart = tokens[at]!.start;
  // « X a stigmatisé cette proposition »: a noun trigger is not X's act; only « la proposition de Y » names its actor.
  // « cette décision », "her own verdict": a determiner (or a possessive and "own") before the trigger makes it a noun.
  const isNoun = triggerIsNoun(tokens, at);
  // "She added that a strike would not change the outcome", "saying the Conservatives had voted": an act inside what
  // someone reports is not the reporter's; its actor stands after the reporting verb, if anywhere.
  const from = reportedFrom(ctx, tokens, at, sentence.start);
  const before = isNoun ? [] : outsideRelativeClauses(ctx, mentionsIn(ctx, from, triggerStart), from, triggerStart).filter((m) => isParticipant(ctx, m) && !afterPreposition(ctx, m));
  // The person nearest the trigger, not the party named beside them (« Valérie Stassart (Les Engagés) a défendu »).
  const subject = subjectBefore(ctx, before);
  if (subject) return [subject.entity];
  const inverted = isNoun ? undefined : invertedActor(ctx, tokens, at, length, sentence);
  if (inverted) return [inverted.entity];
  const agent = passiveAgent(ctx, tokens, at + length);
  if (agent) return [agent.entity];
  const after = mentionsIn(ctx, tokens[at + length - 1]!.end, tokens[Math.min(tokens.length - 1, at + length + 8)]!.end).filter((m) => isParticipant(ctx, m));
  // « l'annonce du président », « l'idée avancée par X », "the plan floated by X": the actor after « de », « par »,
  // "by", perhaps after a participle; the role phrase may itself begin with « du ».
  // Right after the preposition: in « la grève du 24 novembre, la ministre … », the minister is no actor.
  const between = after.length > 0 ? ctx.text.slice(tokens[at + length - 1]!.end, after[0]!.span.start) : '';
  if (after.length > 0 && /^[\p{L}\s'’-]*$/u.test(between) && between.trim().split(/\s+/u).length <= 6 && /^\s*(?:\p{L}+\s+)?(?:par|by|du|de|d['’]|of)\s/iu.test(between + after[0]!.span.text.slice(0, 4))) return [after[0]!.entity];
  if (isNoun) return [];
  const pronoun = subjectPronoun(tokens, at);
  if (pronoun) {
    const who = salientPerson(ctx, pronoun.start, pronoun.text);
    if (who) return [who.entity];
  }
  const titled = titleSubject(ctx, tokens, at);
  if (titled) return [titled.entity];
  const body = bodyOfMembers(ctx, tokens, at);
  if (body) return [body];
  const anaphor = nounAnaphor(ctx, tokens, at);
  return anaphor ? [anaphor.entity] : [];
}

const memberNounCache = new WeakMap<Lexicons, ReadonlyMap<string, readonly string[]>>();

/** The lexicon's member nouns, folded as tokens are (« Députés » is « députés »), made once per lexicon. */
function memberNouns(lex: Lexicons): ReadonlyMap<string, readonly string[]> {
  let found = memberNounCache.get(lex);
  if (!found) memberNounCache.set(lex, (found = new Map(Object.entries(lex.events.memberNouns).map(([noun, bodies]) => [foldText(noun), bodies]))));
  return found;
}

/** Most words of a subject made of a body's members (« les députés », « Les sénateurs socialistes », "MPs"). */
const MEMBERS_SUBJECT_WORDS = 3;

/**
 * « Les députés ont adopté », "Senators on Tuesday stripped …": members of a body as the subject of an act stand for
 * the body the article named last before it whose name holds a word the noun allows (« Assemblée », « Sénat », "House").
 */
function bodyOfMembers(ctx: Context, tokens: readonly Token[], at: number): string | undefined {
  const verb = withAuxiliary(tokens, at);
  const open = clauseStart(tokens, verb);
  const nouns = memberNouns(ctx.lex);
  const words = tokens.slice(open, Math.min(verb, open + MEMBERS_SUBJECT_WORDS)).flatMap((t) => nouns.get(t.folded) ?? []);
  if (words.length === 0) return undefined;
  const named = (key: string) => words.some((w) => ctx.entities.get(key)?.name.split(/[\s'’-]+/u).includes(w));
  for (let i = firstStartingAt(ctx.mentions, tokens[at]!.start, (m) => m.span.start) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (ctx.entities.get(m.entity)?.type === 'Organisation' && named(m.entity)) return m.entity;
  }
  return undefined;
}

/** Words that open a reported clause: « que », "that". */
const REPORTED_CLAUSE = new Set(['que', 'qu', 'that']);

/**
 * Where the clause a reporting verb before the trigger reports begins (« a ajouté que … », "saying …"), else the
 * sentence's start; « a annoncé sa démission » reports no clause: the act is the subject's own.
 */
function reportedFrom(ctx: Context, tokens: readonly Token[], at: number, sentenceStart: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
    if (!verb || k + verb.length > at || verb.value.stance === 'denial') continue;
    const clause = verb.gerund || tokens.slice(k + verb.length, at).some((t) => REPORTED_CLAUSE.has(t.folded));
    return clause ? tokens[k + verb.length - 1]!.end : sentenceStart;
  }
  return sentenceStart;
}

/**
 * « …, a annoncé mercredi matin la ministre X »: after a comma, a verb's subject stands right after it (when and
 * where aside); « X, a annoncé lundi le retrait de … » has an object there, and its subject before the comma.
 */
function invertedActor(ctx: Context, tokens: readonly Token[], at: number, length: number, sentence: Span): Mention | undefined {
  const verbStart = at > 0 && ['a', 'ont'].includes(tokens[at - 1]!.text) ? at - 1 : at;
  if (verbStart === 0 || tokens[verbStart - 1]!.text !== ',') return undefined;
  return subjectRightAfter(ctx, tokens, at + length, sentence.end, (m) => isParticipant(ctx, m));
}

/**
 * « M. Birtles a rejeté ces critiques », "she rejected the claims": a trigger of a vote (« a rejeté ») that is a
 * speaker's denial here; the statement's denial is the event.
 */
function deniesSomething(ctx: Context, tokens: readonly Token[], at: number): boolean {
  const verb = [at, at - 1, at - 2].map((k) => (k >= 0 ? matchReportingVerb(tokens, k, ctx.lex.verbs) : undefined)).find((v) => v !== undefined);
  return verb?.value.stance === 'denial';
}

/** Words that may stand between a verb and the trigger it governs: « sa », « la », « une », « de la », "for a". */
const BEFORE_GOVERNED = 3;

/**
 * The reporting verb a few function words before a trigger, whose object the trigger is (« a réclamé sa démission »);
 * its participle alone counts too (« s'est en revanche félicitée du vote »: the adverb after the auxiliary).
 */
function governingVerb(ctx: Context, tokens: readonly Token[], at: number): ReportingVerb | undefined {
  for (let j = at - 1; j >= Math.max(0, at - 1 - BEFORE_GOVERNED); j--) {
    const verb = matchReportingVerb(tokens, j, ctx.lex.verbs) ?? participleIndex(ctx.lex.verbs).matchAt(tokens, j);
    if (verb && j + verb.length <= at && tokens.slice(j + verb.length, at).every((t) => /^\p{Ll}+['’]?$/u.test(t.text))) return verb.value;
  }
  return undefined;
}

/**
 * « a réclamé sa démission », "called for a confidence vote": an act someone asks for has not happened. « La FNSEA
 * s'est félicitée du vote », "the union welcomed the resignation": an act someone reacts to is told as theirs
 * elsewhere; here the sentence's subject is no actor of it.
 */
function askedForOrReactedTo(ctx: Context, tokens: readonly Token[], at: number): boolean {
  const verb = governingVerb(ctx, tokens, at);
  return verb !== undefined && (verb.demands === true || verb.reacts === true);
}

const courtCache = new WeakMap<Lexicons['organisations'], ReadonlySet<string>>();

/** Whether an entity is a court: a body whose name has a court's word (« Tribunal correctionnel de Libourne », "Supreme Court of Canada"). */
export function isCourtKey(ctx: Context, key: string): boolean {
  const entity = ctx.entities.get(key);
  if (entity?.type !== 'Organisation') return false;
  let words = courtCache.get(ctx.lex.organisations);
  if (!words) {
    words = new Set(ctx.lex.organisations.courtWords.map(foldText));
    courtCache.set(ctx.lex.organisations, words);
  }
  return foldText(entity.name).split(/\s+/u).some((w) => words.has(w));
}

/** Particles that make another verb of a trigger ("fired back", "hit back"). */
const PHRASAL_PARTICLES = new Set(['back', 'off', 'up']);
/**
 * "Serrano fired back": a phrasal verb, no sacking; "Whitaker, who voted yes, has been careful": a relative clause
 * describes someone by an act the story does not tell; « n'a pas démissionné »: a denied act did not happen.
 */
function notTheAct(tokens: readonly Token[], at: number, length: number): boolean {
  // ("Ellery, who had led the group", « X, qui avait mené la fronde »: an auxiliary may stand between.)
  const relative = tokens.slice(Math.max(0, at - RELATIVE_REACH), at).some((t) => RELATIVE_PRONOUNS.has(t.folded));
  return PHRASAL_PARTICLES.has(tokens[at + length]?.folded ?? '') || relative || negated(tokens, at, length);
}

/** Words between a relative pronoun and the trigger it keeps from the story. */
const RELATIVE_REACH = 3;

/** How many words before a trigger its negation may stand (« n'a pas », "did not"). */
const NEGATION_REACH = 3;
/** Words that deny a verb: « ne … pas », "not", "never". */
const NEGATIONS = new Set(['not', 'never', 'pas', 'jamais', 'plus', 'point']);

/** « n'a pas donné de consigne de vote », "would not resign", "did not vote": a trigger its clause says did not happen. */
function negated(tokens: readonly Token[], at: number, length: number): boolean {
  const before = tokens.slice(Math.max(0, at - NEGATION_REACH), at);
  if (before.some((t) => NEGATIONS.has(t.folded) || /n['’]t$/u.test(t.text))) return true;
  // (French: « ne » or « n' » before, « pas » right after the auxiliary or the verb.)
  return before.some((t) => t.folded === 'ne' || t.folded === 'n') && tokens.slice(at, at + length + 1).some((t) => NEGATIONS.has(t.folded));
}

/** Everyone named in the sentence; « leur rencontre », "their meeting": the people of the sentence before. */
function allParticipants(ctx: Context, tokens: readonly Token[], sentence: Span, previous: Span | undefined): string[] {
  const named = mentionsIn(ctx, sentence.start, sentence.end).filter((m) => isParticipant(ctx, m)).map((m) => m.entity);
  const pronoun = tokens.find((t) => /^(?:il|elle|he|she)$/iu.test(t.text));
  // « Il faut », « il aura fallu », « il y a », « il semble »: an impersonal « il » is nobody.
  const impersonal = (t: Token | undefined) => /^(?:faut|fallu|fallait|faudra|faudrait|y|semble|semblait|est|était)$/iu.test(t?.text ?? '');
  const after = pronoun ? tokens.indexOf(pronoun) + 1 : -1;
  if (pronoun && !impersonal(tokens[after]) && !(/^(?:a|aura|avait|aurait)$/iu.test(tokens[after]?.text ?? '') && impersonal(tokens[after + 1]))) {
    const who = salientPerson(ctx, pronoun.start, pronoun.text);
    if (who) named.unshift(who.entity);
  }
  if (named.length < 2 && previous && tokens.some((t) => /^(?:leur|leurs|their|les deux|both)$/iu.test(t.text))) {
    named.push(...mentionsIn(ctx, previous.start, previous.end).filter((m) => isParticipant(ctx, m)).map((m) => m.entity));
  }
  return [...new Set(named)];
}

/** « PARIS, 10 juillet (AFP) – », « date 2017-07 »: a date that opens the article, before any prose, or a dash after it. */
function isDateline(text: string, start: number, end: number): boolean {
  if (start >= DATELINE_CHARS) return false;
  const before = text.slice(0, start);
  return !/\p{Ll}{3,}/u.test(before.replace(/\bdate\b/giu, '')) || /^\s*(?:\(|[–—-]|:)/u.test(text.slice(end, end + 4));
}

/** Where a trigger of the sentence stands, and whether it is a saying. */
interface TriggerAt {
  at: number;
  saying: boolean;
}

/**
 * Whether a date can date a trigger: any trigger before it (« se sont rencontrés dans le cadre du G20 ce samedi »),
 * a trigger after it only when none stands before (« a rencontré … le 7 juillet en marge du sommet » dates the meeting).
 * A saying before a day still to come does not own it (« a confirmé qu'il se rendrait vendredi … pour rencontrer le
 * maire »: the meeting's day).
 */
function canDate(triggerAt: number, dateAt: number, triggers: readonly TriggerAt[], dateIsFuture: boolean): boolean {
  return triggerAt <= dateAt || !triggers.some((t) => t.at <= dateAt && !(t.saying && dateIsFuture));
}

/**
 * The date written nearest the trigger in its sentence (« dans la nuit de dimanche à lundi, il a fait volte-face »
 * is Monday), among the dates it owns: « fait machine arrière lundi sur l'idée évoquée … » dates the reversal, not the idea.
 */
function nearestDate(ctx: Context, sentence: Span, trigger: Span, triggers: readonly TriggerAt[], saying = false): { iso?: string; evidence?: Span } {
  const triggerAt = trigger.start;
  // A saying's date stands before it or right after its verb (« a proposé mercredi », "said on Monday"); further on,
  // it dates what was said (« propose une primaire le 11 octobre »).
  // (A weekday past on the day of publication is the saying's wherever it stands: « a proposé une hausse de 2,5 % lundi ».)
  const published = articleDay(ctx);
  const isFuture = (d: DateMention) => published !== undefined && (toIsoDate(d.date) ?? '') > published;
  const pastWeekday = (d: DateMention) => saying && published !== undefined && toldByWeekday(d, ctx.lex.dates.weekdays) && (toIsoDate(d.date) ?? '~') <= published;
  const ownsDate = (d: DateMention) => !saying || d.span.start < triggerAt || ctx.text.slice(triggerAt, d.span.start).split(/\s+/u).filter(Boolean).length <= SAYING_DATE_WORDS || pastWeekday(d);
  const dates = ctx.doc.datesIn(sentence.start, sentence.end).filter(ownsDate);
  const distance = (d: (typeof dates)[number], at: number) => Math.min(Math.abs(d.span.start - at), Math.abs(d.span.end - at));
  const best = dates
    .filter((d) => !isDateline(ctx.text, d.span.start, d.span.end))
    // (The bound may open the date's own words: « depuis juillet 2024 ».)
    .filter((d) => !SPAN_BOUND.test(ctx.text.slice(Math.max(sentence.start, d.span.start - 16), d.span.start)) && !SPAN_BOUND.test(` ${d.span.text.split(/\s+/u)[0]} `))
    .filter((d) => !datesAnotherNoun(ctx.text, sentence.start, d.span.start, trigger))
    .map((d) => ({ d, distance: distance(d, triggerAt) }))
    // « Lundi en fin d'après-midi, … » dates the whole sentence it opens, however long.
    .filter((c) => (c.distance <= MAX_DATE_DISTANCE || opensSentence(sentence, c.d.span.start - sentence.start)) && canDate(triggerAt, c.d.span.start, triggers, isFuture(c.d)))
    .sort((a, b) => a.distance - b.distance)[0]?.d;
  if (!best) return {};
  return { iso: best.date.year !== undefined ? toIsoDate(best.date) : undefined, evidence: best.span };
}

/** A noun, then « du », « de », "of": the date after them is the noun's (« le scrutin du 9 février »). */
const NOUN_OF_DATE = /(\p{L}+)\s+(?:du|de|d['’]|of|of the)\s*$/iu;

/**
 * « annule le scrutin du 9 février »: a date that complements a noun after the trigger (its object, say) dates that
 * noun, not the trigger. (« la campagne électorale de l'an dernier » is dated by its own words; « Lors de l'audience du
 * 22 mai, X avait requis … »: a noun before the trigger frames the whole clause.)
 */
function datesAnotherNoun(text: string, sentenceStart: number, dateAt: number, trigger: Span): boolean {
  const before = text.slice(Math.max(sentenceStart, dateAt - 40), dateAt);
  const m = NOUN_OF_DATE.exec(before);
  return m !== null && dateAt - before.length + m.index >= trigger.end;
}

/** A date told by its weekday, from the reference day (« lundi », « mardi soir », "on Monday"), by the lexicon's weekday names. */
function toldByWeekday(d: DateMention, weekdays: Readonly<Record<string, number>>): boolean {
  return d.relative && d.span.text.toLowerCase().split(/\s+/u).some((w) => w in weekdays);
}

/** Words from a saying's verb to a date that is still the saying's: « a annoncé ce mercredi », "announced late on Tuesday". */
const SAYING_DATE_WORDS = 4;

/** "led the organisation since 2019", « en poste depuis 2021 »: a date that bounds a span of time dates no act. */
const SPAN_BOUND = /(?:^|\s)(?:since|from|until|till|depuis|jusqu['’]en|jusqu['’]au|jusqu['’]à)\s+(?:the\s+|le\s+)?$/iu;

function opensSentence(sentence: Span, at: number): boolean {
  return /^\s*(?:\p{L}{1,3}\s+)?$/u.test(sentence.text.slice(0, at));
}

const LOCATIVE = /(?:^|\s)(?:à|au|aux|en|dans|in|at|near|près de)\s*$/iu;

/** The place named nearest the trigger after a locative: « rencontrés … à Hambourg », not « avec la Russie ». */
function placeIn(ctx: Context, sentence: Span, triggerAt: number): string | undefined {
  return mentionsWithin(ctx, sentence.start, sentence.end)
    .filter((m) => ctx.entities.get(m.entity)?.type === 'Place')
    .filter((m) => LOCATIVE.test(ctx.text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start)))
    .map((m) => ({ m, distance: Math.abs(m.span.start - triggerAt) }))
    .filter((c) => c.distance <= MAX_DATE_DISTANCE)
    .sort((a, b) => a.distance - b.distance)[0]?.m.entity;
}

/** An announcement and a proposal by one person in one article are one act: announcing the proposal. */
const sameAct = (a: EventType, b: EventType) => a === b || (['proposal', 'announcement'].includes(a) && ['proposal', 'announcement'].includes(b));

/** Whether an event is dated after the article's day: planned (« doit être condamné le 27 mars »), not yet done. */
const isAhead = (e: ArticleEvent, today: string | undefined) => today !== undefined && e.date !== undefined && e.date.slice(0, 10) > today;

/** Two reports that may tell one event: same type, both done or both undergone, both gatherings or both acts. */
function sameKind(a: ArticleEvent, b: ArticleEvent, today: string | undefined): boolean {
  // Being charged and resigning are two events, though both are « other » and name the same person;
  // a trial and its verdict, a debate and its vote: a gathering and an act are two events.
  if (!sameAct(a.type, b.type) || Boolean(a.undergone) !== Boolean(b.undergone) || Boolean(a.gathering) !== Boolean(b.gathering)) return false;
  // The verdict and the sentencing due next month, the strike called and the strike to come: two events.
  return isAhead(a, today) === isAhead(b, today);
}

/** Two reports of one event in one article: the same kind, and the same people or no people named. */
function sameEvent(a: ArticleEvent, b: ArticleEvent, today: string | undefined): boolean {
  if (!sameKind(a, b, today)) return false;
  // The critics of one story are one wave of criticism, whoever voices it.
  if (a.type === 'criticism') return a.date === b.date || !a.date || !b.date;
  if (a.participants.length === 0 || b.participants.length === 0) return true;
  return a.participants.some((p) => b.participants.includes(p));
}

/** A definite article before a trigger: « la séance », "the meeting", "this vote". */
const DEFINITE = /^(?:le|la|les|l['’]|ce|cette|cet|the|this)$/iu;

/** The trigger's words, plural aside, so that "the meetings" names what "a meeting" named. */
const triggerKey = (tokens: readonly Token[], at: number, length: number) =>
  tokens.slice(at, at + length).map((t) => t.folded).join(' ').replace(/s$/u, '');

/**
 * An event as found, with its trigger's words; `definite` when an article before them points back (« la séance »,
 * "told the meeting", "late in the debate"): the event the article first named by those words, whoever the sentence names.
 */
type Found = ArticleEvent & { words?: string; definite?: boolean; collective?: boolean };

/**
 * Merge each event into the first earlier one it is the same as (sameEvent), looking only at the candidates an index
 * gives (the first of its family with no people, with each of its people, of its date, named by its words), so that
 * an article with thousands of events is merged in near-linear time.
 */
function mergeSameEvents(found: readonly Found[], today: string | undefined): ArticleEvent[] {
  const merged: ArticleEvent[] = [];
  const first = new Map<string, number>();
  const family = (e: ArticleEvent) => (sameAct(e.type, 'proposal') ? 'act' : e.type);
  const remember = (key: string, at: number) => {
    if (!first.has(key)) first.set(key, at);
  };
  const index = (e: ArticleEvent, at: number) => {
    const f = family(e);
    remember(`${f}|any`, at);
    remember(`${f}|date|${e.date ?? ''}`, at);
    if (e.participants.length === 0) remember(`${f}|nobody`, at);
    for (const p of e.participants) remember(`${f}|${p}`, at);
  };
  /** The earlier event that `words` with a definite article name, or -1. */
  const named = (event: ArticleEvent, words: string | undefined, definite: boolean | undefined): number => {
    const at = definite && words !== undefined ? first.get(`words|${words}`) : undefined;
    return at !== undefined && sameKind(merged[at]!, event, today) ? at : -1;
  };
  /** The earlier event this one tells again, or -1. */
  const earlier = (event: ArticleEvent): number => {
    const f = family(event);
    const keys =
      event.type === 'criticism'
        ? event.date ? [`${f}|date|${event.date}`, `${f}|date|`] : [`${f}|any`]
        : event.participants.length === 0 ? [`${f}|any`] : [`${f}|nobody`, ...event.participants.map((p) => `${f}|${p}`)];
    const candidates = keys.map((k) => first.get(k)).filter((k): k is number => k !== undefined);
    const at = candidates.length > 0 ? Math.min(...candidates) : -1;
    return at >= 0 && sameEvent(merged[at]!, event, today) ? at : -1;
  };
  /** The earlier vote of the same day (or an undated one), or -1. */
  const sameVote = (event: ArticleEvent): number => {
    const at = first.get(`vote|${event.date ?? ''}`) ?? (event.date ? undefined : first.get('vote|any'));
    return at !== undefined && sameKind(merged[at]!, event, today) ? at : -1;
  };
  for (const { words, definite, collective, ...event } of found) {
    let at = collective ? sameVote(event) : -1;
    // (Who else voted joins the vote's report, not its actors: reactions to the vote answer those who carried it.)
    if (at >= 0) event.participants = [];
    else {
      at = named(event, words, definite);
      // Pointed back to, it is told again, not joined: who the sentence names spoke of it (« a-t-il lancé pendant la
      // séance »), they did not all take part.
      if (at >= 0) event.participants = [];
      else at = earlier(event);
    }
    if (at >= 0) mergeInto(merged[at]!, event);
    else at = merged.push(event) - 1;
    index(merged[at]!, at);
    if (words !== undefined) remember(`words|${words}`, at);
    if (collective) {
      remember(`vote|${event.date ?? ''}`, at);
      remember('vote|any', at);
    }
  }
  return merged;
}

function mergeInto(target: ArticleEvent, other: ArticleEvent): void {
  for (const p of other.participants) if (!target.participants.includes(p)) target.participants.push(p);
  target.spans.push(...other.spans);
  target.place ??= other.place;
  if (other.type === 'proposal') target.type = 'proposal';
  // A report that names nobody is too loosely tied to lend its date, but an election is known by its year.
  if (!target.date && other.date && (other.participants.length > 0 || other.type === 'election')) {
    target.date = other.date;
    target.dateEvidence = other.dateEvidence;
  }
}

export function extractEvents(reading: Reading, statements: readonly Statement[]): ArticleEvent[] {
  const { ctx, sentences } = reading;
  const index = triggers(ctx.lex);
  const quotedWords = statements.filter((s) => s.kind === 'direct').flatMap((s) => s.spans).sort((a, b) => a.start - b.start);
  const found: Found[] = [];
  const published = articleDay(ctx);
  const leadEnd = ctx.doc.leadEnd(LEAD_PARAGRAPHS);
  sentences.forEach(({ sentence }, n) => {
    const tokens = wordTokens(ctx, sentence.start, sentence.end).filter((t) => !isInside(t.start, quotedWords) && !ctx.doc.isQuoted(t.start));
    const seen = new Set<EventType>();
    const hits: { k: number; length: number; type: EventType; actor: string; undergone?: boolean; collective?: boolean }[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const m = verdictAsCriticism(ctx, tokens, k, index.matchAt(tokens, k));
      if (!m || seen.has(m.value.type) || (m.value.lead && sentence.start >= leadEnd) || (m.value.type === 'other' && deniesSomething(ctx, tokens, k)) || askedForOrReactedTo(ctx, tokens, k) || notTheAct(tokens, k, m.length)) continue;
      seen.add(m.value.type);
      hits.push({ k, length: m.length, type: m.value.type, actor: m.value.actor, undergone: m.value.undergone, collective: m.value.collective });
      k += m.length - 1;
    }
    const triggerStarts = hits.map((h) => ({ at: tokens[h.k]!.start, saying: SAYINGS.has(h.type) }));
    for (const { k, length, actor, undergone, collective, ...hit } of hits) {
      let type = hit.type;
      const participants = actor === 'subject' ? actorOf(ctx, tokens, k, length, sentence) : allParticipants(ctx, tokens, sentence, sentences[n - 1]?.sentence);
      // « la Cour constitutionnelle annule le scrutin »: what a court undoes, it rules; a verdict is of type other.
      if (type === 'retraction' && participants.length > 0 && participants.every((p) => isCourtKey(ctx, p))) type = 'other';
      const nearest = nearestDate(ctx, sentence, ctx.doc.span(tokens[k]!.start, tokens[k + length - 1]!.end), triggerStarts, SAYINGS.has(type));
      // « annonce une réunion le vendredi 22 mai »: a day after publication is the announced act's, never the saying's.
      const date = SAYINGS.has(type) && published !== undefined && nearest.iso !== undefined && nearest.iso.slice(0, 10) > published ? {} : nearest;
      const gathering = actor === 'all' && type === 'other';
      const definite = k > 0 && DEFINITE.test(tokens[k - 1]!.text);
      found.push({ local: 0, type, participants, place: placeIn(ctx, sentence, tokens[k]!.start), spans: [sentence], date: date.iso, dateEvidence: date.evidence, ...(undergone && { undergone }), ...(gathering && { gathering }), confidence: EVENT_CONFIDENCE.trigger, extractor: `events/trigger:${type}`, words: triggerKey(tokens, k, length), definite, collective });
    }
  });
  // « 12 heures après »: an undated event counted from the last date the article wrote before it.
  const dated = [...statements.filter((s) => s.date).map((s) => ({ at: s.spans[0]!.start, date: s.date! })), ...found.filter((e) => e.date).map((e) => ({ at: e.spans[0]!.start, date: e.date! }))]
    .filter((d) => d.date.length >= 10)
    .sort((a, b) => a.at - b.at);
  for (const event of found) {
    if (event.date) continue;
    const before = dated[firstStartingAt(dated, event.spans[0]!.start, (d) => d.at) - 1];
    const date = dateAfterDuration(event.spans[0]!.text, ctx.lex.dates, before ? parseIsoDate(before.date) : undefined);
    if (date) event.date = toIsoDate(date);
  }
  // A reported denial is a denial event by its speaker, even when its verb sits inside a quote; criticism likewise.
  for (const s of statements) {
    if ((s.stance !== 'denial' && s.stance !== 'criticism') || !s.speaker) continue;
    found.push({ local: 0, type: s.stance, participants: [s.speaker], spans: [s.spans[0]!], date: s.date, confidence: EVENT_CONFIDENCE.fromStatement, extractor: `events/${s.stance}-statement` });
  }
  found.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  const merged = mergeSameEvents(found, published);
  // Elections are background: kept when the text says which one (« la présidentielle de 2016 »).
  const kept = merged.filter((e) => e.participants.length > 0 && (e.type !== 'election' || e.date !== undefined));
  // (A live blog tells its own day as it goes: a session it recalls does not date its entries.)
  assumeDates(ctx, kept, statements, (isLiveBlog(ctx.doc.lines) ? undefined : sessionDay(found, published)) ?? newsDay(ctx));
  return kept.map((e, local) => ({ ...e, local }));
}

/** Before this hour, a report is the morning paper's: it tells the day before. */
const MORNING_EDITION_HOUR = 7;

/**
 * The day the news an article tells happened: the day it was published, or the day before for a report put online
 * early in the morning (« mardi 18 mars 2025 à 06:12 » tells Monday's reactions).
 */
function newsDay(ctx: Context): string | undefined {
  const published = ctx.article.published?.value;
  const hour = published && /T(\d{2}):/u.exec(published)?.[1];
  // (A live blog opened early tells the day as it goes.)
  if (!published || hour === undefined || Number(hour) >= MORNING_EDITION_HOUR || isLiveBlog(ctx.doc.lines)) return articleDay(ctx);
  return new Date(Date.parse(published.slice(0, 10)) - 86_400_000).toISOString().slice(0, 10);
}

/** How many days before its report a session can be the day the report tells. */
const SESSION_DAYS = 3;

/**
 * « la dernière séance du conseil municipal a tourné à l'affrontement, lundi soir », "at question time on Wednesday":
 * the day of a session, a debate or a hearing the article dates, in the days before its report, is the day of what was
 * said there; what the article leaves undated happened then, not on the day it was published.
 */
function sessionDay(events: readonly ArticleEvent[], published: string | undefined): string | undefined {
  if (!published) return undefined;
  const earliest = new Date(Date.parse(published.slice(0, 10)) - SESSION_DAYS * 86_400_000).toISOString().slice(0, 10);
  return events.find((e) => e.gathering && e.date?.length === 10 && !e.dateAssumed && e.date <= published.slice(0, 10) && e.date >= earliest)?.date;
}

/** Events that are something said: a report tells them once said, and dates them by the saying, not by what was said. */
const SAYINGS = new Set<EventType>(['announcement', 'proposal', 'criticism', 'denial', 'retraction']);

/**
 * An event the text does not date took place on the day its paragraph last dated, or else on the day the article
 * was published: a news report tells what happened that day. The date is marked as assumed, never as a claim.
 */
function assumeDates(ctx: Context, events: ArticleEvent[], statements: readonly Statement[], published: string | undefined): void {
  const lineOf = (at: number) => ctx.doc.lineAt(at);
  let lastDated: { line: unknown; date: string } | undefined;
  // « …, a déclaré la ministre, mardi après-midi. Elle a annoncé … »: a statement's day dates its paragraph too.
  const said = statements.filter((st) => st.date !== undefined && st.date.length >= 10).map((st) => ({ at: st.spans[0]!.start, date: st.date!.slice(0, 10) }));
  const ordered = [...events].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  let next = 0;
  said.sort((a, b) => a.at - b.at);
  for (const e of ordered) {
    const line = lineOf(e.spans[0]!.start);
    for (; next < said.length && said[next]!.at < e.spans[0]!.start; next++) lastDated = { line: lineOf(said[next]!.at), date: said[next]!.date };
    if (e.date) {
      if (e.date.length >= 10) lastDated = { line, date: e.date.slice(0, 10) };
      continue;
    }
    // (A saying is never dated after publication by its paragraph: « la grève du 19 mars … Elle annonçait aussi ».)
    const paragraphDate = lastDated && lastDated.line === line && !(SAYINGS.has(e.type) && published !== undefined && lastDated.date > published) ? lastDated.date : undefined;
    const date = paragraphDate ?? published;
    if (date) {
      e.date = date;
      e.dateAssumed = true;
    }
  }
}

/**
 * Criticism that answers someone's words is criticism of them: « X a accusé la ministre de … » after the minister
 * spoke is an event of X and the minister. Each critic whose criticism answers a statement leaves the day's wave of
 * criticism for an event of their own with the person answered (the wave itself when they were its only critic).
 * Run once responses are known; new events take the next local indices, so responses keep pointing right.
 */
export function pairCriticism(events: ArticleEvent[], statements: readonly Statement[], responses: readonly Response[]): void {
  const byKey = new Map(statements.map((s) => [s.key, s]));
  const paired = new Set<string>();
  for (const r of responses) {
    const critic = byKey.get(r.from);
    const target = 'statement' in r.to ? byKey.get(r.to.statement)?.speaker : undefined;
    if (!critic?.speaker || critic.stance !== 'criticism' || !target || paired.has(`${critic.speaker}|${target}`)) continue;
    paired.add(`${critic.speaker}|${target}`);
    const wave = events.find((e) => e.type === 'criticism' && e.participants.includes(critic.speaker!));
    if (wave?.participants.length === 1) {
      wave.participants.push(target);
      continue;
    }
    if (wave) wave.participants.splice(wave.participants.indexOf(critic.speaker), 1);
    const date = critic.date ?? wave?.date;
    events.push({ local: events.length, type: 'criticism', participants: [critic.speaker, target], spans: [critic.attribution ?? critic.spans[0]!], date, ...(!critic.date && wave?.dateAssumed && { dateAssumed: true }), confidence: EVENT_CONFIDENCE.fromStatement, extractor: 'events/criticism-statement' });
  }
}
