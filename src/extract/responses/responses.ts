// Who responded to whom. Each statement is read for the cues the press gives, strongest first: the person its verb
// addresses (« a répliqué à X », "hit back at X", "accused X of"), a denial of what someone said, an answer to the
// question or the attack just before it, a person it names who spoke or acted in the article, and, in a reaction
// round-up, the article's main act. The strongest cue found gives the target; the response model (likelihood.ts)
// gives each response its confidence.
import { foldToken, PhraseIndex } from '../document/phrases.js';
import { foldText } from '../document/normalize.js';
import { storyOrder } from '../document/live-blog.js';
import { matchReportingVerb } from '../statements/reporting-verbs.js';
import { matchRolePhrase } from '../entities/roles.js';
import type { Reading } from '../statements/statements.js';
import { isCourtKey } from '../events/events.js';
import { articleDay, inside, memberQualified, mentionsEndingAt, mentionsWithin, qualifiesMember, speechNouns, addressedIn } from '../statements/discourse.js';
import { firstStartingAt } from '../document/span.js';
import { pushTo } from '../../collections.js';
import type { Token } from '../document/tokens.js';
import type { ArticleEvent, Mention, Response, Span, Statement } from '../types.js';
import { honorificWords, QUESTIONED_BY_REACH, stopwordSet, type Lexicons } from '../lexicon/lexicons.js';
import { genderOfPronoun } from '../entities/gender.js';

export const RESPONSE_DEFAULTS = {
  /** Content words (first four letters) a reaction shares with the main act's sentence. */
  minSharedStems: 2,
  /** How far, in characters, a quote may follow the sentence that introduces it (« X lui a répondu. « … » »). */
  introGap: 20,
  /** How far, in characters, a statement may follow the one it answers in an exchange. */
  maxExchangeGap: 600,
  /** How far, in characters, a reaction may follow the last one to continue a run of reactions. */
  maxRunGap: 700,
  /** How many words after a verb its addressee may stand (« a répliqué sèchement au député X »). */
  addresseeWindow: 8,
  /** How far, in characters, from a statement the verb that addresses someone may stand in its sentence. */
  addresseeReach: 600,
  /** How far back, in characters, a statement is looked for that another one answers. */
  maxReach: 10_000,
  /** How many earlier statements a denial is compared with to find the one it denies. */
  maxLookBack: 20,
  /** How many body paragraphs make an article's lead, where the act everyone reacts to is told. */
  leadParagraphs: 2,
  /** A quote naming someone answers them only if they were among the last few other people to speak before it (a denial, a retort: the last few statements). */
  maxNamedLookBack: 3,
};

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const item of items) {
    yield item;
    if (--n <= 0) return;
  }
}

/** Cues that tie a statement to the act the article reports by its words or its place only. */
const WEAK_REACTION_CUES = new Set<Response['cue']>(['shares-topic', 'reaction-sequence']);

/** Stances whose verbs answer someone: their object or « à X » is whom they answer. */
const ANSWERING = new Set(['criticism', 'denial', 'response']);
/** Words that end the stretch where a verb's addressee can stand. */
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', 'que', 'qu', 'that', '«', '»', '“', '”', '"']);
/** Acts a round-up's reactions answer; meetings and elections are background, and reactions answer a plan, not its withdrawal. */
const ACTS: ReadonlySet<ArticleEvent['type']> = new Set(['proposal', 'announcement', 'other']);
const MAX_ACTORS = 2;
/** Most words of a sentence that announces the next as an answer (« La réponse n'a pas tardé. », "The reply came fast."). */
const ANNOUNCING_WORDS = 8;
/** Most words of a sentence whose verb of answering, reporting nothing, announces the next words as the answer. */
const ANSWERING_SENTENCE_WORDS = 12;
/** Cues of one side of an exchange answering the other. */
const EXCHANGE_CUES: ReadonlySet<string> = new Set(['answer', 'addressee', 'names-speaker']);
/** Object pronouns of a verb that answers someone: French clitics before it (« lui a répondu »), English ones after it. */
const CLITICS = new Set(['lui', 'leur']);
const OBJECT_PRONOUNS = new Set([...CLITICS, 'him', 'her', 'them']);
/** Words that open a reported clause about someone: « que », "that". */
const THAT_WORDS = new Set(['que', 'qu', 'that']);
/** « a lancé à X », « a dit au ministre X »: a French verb of telling reaches the person through « à ». */
const TELLING_PREPOSITIONS = new Set(['a', 'au']);
/** Determiners of a noun that points back at something just said: « ces critiques », "that argument". */
const POINTING_BACK = new Set(['ce', 'cet', 'cette', 'ces', 'that', 'this', 'these', 'those']);
/** How far past its attribution a criticism's object is looked for (characters). */
const BODY_OBJECT_REACH = 40;
/** Determiners before a verb's object. */
const OBJECT_DETERMINERS = new Set(['the', 'its', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses']);
/** "hit back at him", "responded to her". */
const BEFORE_OBJECT = new Set(['at', 'to']);

const start = (s: Statement) => s.spans[0]!.start;
const end = (s: Statement) => s.spans[s.spans.length - 1]!.end;

type Target = Response['to'];

/** Whom a response's target stands for: a statement's speaker, an act's participants, the person or body it names. */
export function peopleAnswered(to: Target, statementByKey: ReadonlyMap<string, Statement>, events: readonly ArticleEvent[]): string[] {
  if ('statement' in to) {
    const speaker = statementByKey.get(to.statement)?.speaker;
    return speaker ? [speaker] : [];
  }
  if ('event' in to) return events.find((e) => e.local === to.event)?.participants ?? [];
  return [to.agent];
}
interface Candidate {
  to: Target;
  cue: Response['cue'];
}

/** Prepositions that say whose words a noun of speech names: « les critiques de X », "the remarks of X". */
const OWNER_PREPOSITIONS = ['de', 'd', 'du', 'des', 'of'];

/** Prepositions that name a partner, not whom words answer. */
const COMPANIONS = new Set(['avec', 'with', 'alongside']);
/** Possessives a body's voice opens a sentence with: « Sa porte-parole, X », "Its spokesperson, X". */
const VOICE_POSSESSIVES = new Set(['sa', 'son', 'leur', 'its', 'their']);

/** Letters that make a word long enough to be taken up as an echo ("cassation", « moratoire »). */
const ECHO_WORD = 7;

function stems(words: readonly string[], stopwords: ReadonlySet<string>): Set<string> {
  return new Set(words.filter((w) => w.length >= 4 && !stopwords.has(w)).map((w) => w.slice(0, 4)));
}

/**
 * The act the article is about, that reactions answer (a proposal, an announcement, a resignation, a verdict…):
 * the first act by someone its lead names (headline, standfirst, first paragraphs). An act by someone the lead does
 * not name is a detail of the story, not what everyone reacts to.
 */
function mainActOf(events: readonly ArticleEvent[], protagonists: ReadonlySet<string>, published: string | undefined, isPerson: (key: string) => boolean, isCourt: (key: string) => boolean): ArticleEvent | undefined {
  // A verdict (« condamné par le tribunal correctionnel », "the High Court ruled") is the court's act, whoever it
  // was done to: the reactions of a round-up answer the court.
  const verdict = (e: ArticleEvent) => e.participants.length > 0 && e.participants.every(isCourt);
  return events
    // An act has one or two actors; an event naming a crowd is a gathering (a debate, a session), not an act.
    // What was done to someone (« inculpé », "fired") is no act of theirs to answer.
    // A gathering (question time, a debate) is where people spoke, not an act of theirs.
    .filter((e) => ACTS.has(e.type) && (!e.undergone || verdict(e)) && !e.gathering && e.participants.length <= MAX_ACTORS && e.participants.some((p) => protagonists.has(p)))
    .filter((e) => isRecent(e, published))
    // People react to what a person did: a body's act (« le groupe annonce une motion ») is reported, not answered.
    .filter((e) => e.participants.some(isPerson) || verdict(e))
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)[0];
}

/** Words of a demand made of someone: their leaving (nouns, verbs after "to") or a modal after their name. */
interface DemandWords {
  nouns: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  modals: ReadonlySet<string>;
}

const demandCache = new WeakMap<Lexicons['quotes'], DemandWords>();

/** The quote lexicon's departure nouns and verbs and its demand modals, folded as tokens are, made once per lexicon. */
function demandWords(quotes: Lexicons['quotes']): DemandWords {
  let found = demandCache.get(quotes);
  if (!found) demandCache.set(quotes, (found = { nouns: new Set(quotes.departureNouns.map(foldText)), verbs: new Set(quotes.departureVerbs.map(foldText)), modals: new Set(quotes.demandModals.map(foldText)) }));
  return found;
}

const phraseCache = new WeakMap<readonly string[], PhraseIndex<true>>();

/** A list of the quote lexicon's phrases (answer adverbs, questioning participles) as an index, made once per list. */
function phrasesOf(list: readonly string[]): PhraseIndex<true> {
  let index = phraseCache.get(list);
  if (!index) {
    index = new PhraseIndex<true>();
    for (const phrase of list) index.add(phrase, true);
    phraseCache.set(list, index);
  }
  return index;
}

/** Words of a title between « par », "by" and the questioner's name (« le député socialiste »). */
const QUESTIONER_TITLE_WORDS = 5;

/** How far past its attribution an answer adverb may stand, in characters (« a ironisé en retour sur »). */
const ANSWER_ADVERB_REACH = 20;

/** How many days before its report an act can still be what the reactions answer. */
const RECENT_DAYS = 7;

/** « la démission du maire en juin », in an article of September: background, not the news the article reacts to. */
function isRecent(e: ArticleEvent, published: string | undefined): boolean {
  if (!e.date || e.dateAssumed || !published) return true;
  const at = (iso: string) => Date.parse(iso.length === 7 ? `${iso}-28` : iso.length === 4 ? `${iso}-12-31` : iso.slice(0, 10));
  const days = (at(published) - at(e.date)) / 86_400_000;
  return Number.isNaN(days) || days <= RECENT_DAYS;
}

/** The person named most often among `named` who is also a speaker; none when two tie. */
function mostNamedSpeaker(named: readonly string[], speakers: ReadonlySet<string>, isPerson: (key: string) => boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const key of named) if (speakers.has(key) && isPerson(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** Words between an actor and the person named right after them as theirs ("'s lawyer, ", "'s press secretary, ", " spokesperson ", « , Me »), never « et », "and", "against". */
const AFFILIATION_BETWEEN = /^(?:['’]s)?[\s,]*(?:(?!(?:et|and|ou|or|mais|but|contre|against|face|versus|vs)\s)\p{Ll}[\p{Ll}-]*(?:\s+|,\s*)){0,3}[\s,]*$/u;
/** A relative clause that ties a person to whom they act for: « X, qui représente Y », "X, who represents Y". */
const REPRESENTS = /^,?\s*(?:qui\s+repr[ée]sente|who\s+represents|représentant|representing)\s+$/iu;

/**
 * The people on the side of the act's actors, whose words defend it and react to nothing: « l'avocat de Bruno
 * Delattre, Me Arnaud Wallaert », "Manitoba Hydro spokesperson Tanya Brandt", « Me Caron, qui représente M. Bouffard ».
 */
function alliesOf(ctx: Reading['ctx'], actors: ReadonlySet<string>): Set<string> {
  const allies = new Set<string>();
  const { mentions, text } = ctx;
  const honorifics = new Set(honorificWords(ctx.lex.roles).map(foldText));
  for (let i = 1; i < mentions.length; i++) {
    const [before, after] = [mentions[i - 1]!, mentions[i]!];
    // (Only a person named beside an actor may be their ally: most pairs are none.)
    const named = actors.has(before.entity) && !actors.has(after.entity) && ctx.entities.get(after.entity)?.type === 'Person';
    const representing = actors.has(after.entity) && !actors.has(before.entity) && ctx.entities.get(before.entity)?.type === 'Person';
    if (!named && !representing) continue;
    // « l'avocat de X, Me Y »: an honorific right before the name is no word between them.
    const gap = text.slice(before.span.end, after.span.start);
    const last = /(\S+)\s+$/u.exec(gap)?.[1];
    const between = last && honorifics.has(foldText(last)) ? gap.slice(0, gap.lastIndexOf(last)) : gap;
    if (/[.!?;:]/u.test(between)) continue;
    if (named && AFFILIATION_BETWEEN.test(between)) allies.add(after.entity);
    if (representing && REPRESENTS.test(between)) allies.add(before.entity);
  }
  return allies;
}

export function findResponses(reading: Reading, statements: readonly Statement[], events: readonly ArticleEvent[], options = RESPONSE_DEFAULTS): Response[] {
  const { ctx, sentences } = reading;
  const { doc } = ctx;
  const stopwords = stopwordSet(ctx.lex.stopwords);
  // Who answers whom goes by the order things were said: a live blog's newest entries come first in its text.
  const when = storyOrder(doc.lines);
  const saidAt = (s: Statement) => when(start(s));
  const doneAt = (s: Statement) => when(end(s));
  const ordered = statements.filter((s) => s.speaker).sort((a, b) => saidAt(a) - saidAt(b));
  const leadEnd = doc.leadEnd(options.leadParagraphs);
  // The article's day: its publication date, else the date it was read against (the latest it writes).
  const today = articleDay(ctx);
  const isPersonKey = (key: string) => ctx.entities.get(key)?.type === 'Person';
  const isCourt = (key: string) => isCourtKey(ctx, key);
  const act = mainActOf(events, new Set(ctx.mentions.filter((m) => m.span.start < leadEnd).map((m) => m.entity)), today, isPersonKey, isCourt);
  // The person the article is about: the one its title and lead name most, who speaks in it.
  const protagonist = mostNamedSpeaker(ctx.mentions.filter((m) => m.span.start < leadEnd).map((m) => m.entity), new Set(ordered.map((o) => o.speaker!)), isPersonKey);
  // « Tollé après les propos du ministre », "uproar over the minister's remarks": with no act in the lead, the words
  // the person the article is about says there are what the round-up reacts to.
  const remark = act || !protagonist ? undefined : ordered.find((o) => o.speaker === protagonist && start(o) < leadEnd);
  const reactedTo: Target | undefined = act ? { event: act.local } : remark ? { statement: remark.key } : undefined;
  const actors = new Set(act?.participants ?? (remark ? [remark.speaker!] : []));
  const actSpans = act?.spans ?? remark?.spans ?? [];
  const actAt = act ? when(act.spans[0]!.start) : remark ? saidAt(remark) : Infinity;
  const allies = alliesOf(ctx, actors);
  const auxiliaries = new Set(Object.values(ctx.lex.verbs.auxiliaries).flat().map(foldText));
  const topic = stems(doc.wordsOf(actSpans), stopwords);
  const inAct = new Set(actSpans.flatMap((sp) => mentionsWithin(ctx, sp.start, sp.end)).map((m) => m.entity));
  // Long words of each statement (their first letters), and in how many statements each stands.
  const echoWords = new Map(ordered.map((o) => [o, new Set(doc.wordsOf(o.spans).filter((w) => w.length >= ECHO_WORD && !stopwords.has(w)).map((w) => w.slice(0, ECHO_WORD)))]));
  const echoCount = new Map<string, number>();
  for (const words of echoWords.values()) for (const w of words) echoCount.set(w, (echoCount.get(w) ?? 0) + 1);
  /** Index of the sentence around a position (sentences are in text order), or -1. */
  const sentenceIndexOf = (p: number) => {
    const k = firstStartingAt(sentences, p + 1, (x) => x.sentence.start) - 1;
    return k >= 0 && p < sentences[k]!.sentence.end ? k : -1;
  };
  const sentenceOf = (p: number) => sentences[sentenceIndexOf(p)];
  /** Whether the person said something earlier in the article, in its own words (not inside the responder's quote). */
  const quotedBy = new Map<string, Span[]>();
  for (const o of ordered) if (o.kind === 'direct') for (const sp of o.spans) pushTo(quotedBy, o.speaker!, sp);
  for (const spans of quotedBy.values()) spans.sort((a, b) => a.start - b.start);
  const spokeBefore = (who: string, s: Statement) =>
    [...take(earlierSpeakers(s), options.maxNamedLookBack)].some((o) => o.speaker === who && doneAt(o) < saidAt(s) && !inside(start(o), quotedBy.get(s.speaker!) ?? []));
  const isPerson = (key: string | undefined) => ctx.entities.get(key ?? '')?.type === 'Person';
  const topicCues = ctx.lex.quotes.topicCues.map(foldText);
  const agentTypes = new Set(['Person', 'Organisation']);

  /** Entities a stretch names, outside or inside quotes, in text order. */
  const namedIn = (spans: readonly Span[]) => spans.flatMap((sp) => mentionsWithin(ctx, sp.start, sp.end)).map((m) => m.entity);

  /** What to point at for a response to this person: their statement nearest before, else after, else their act, else them. */
  const bySpeaker = new Map<string, Statement[]>();
  for (const o of ordered) pushTo(bySpeaker, o.speaker!, o);
  const statementByKey = new Map(ordered.map((o) => [o.key, o]));
  const firstActOf = new Map<string, ArticleEvent>();
  // (A gathering, or what was done to someone, is no act of theirs to answer.)
  const acts = events.filter((e) => !e.gathering && !e.undergone).sort((a, b) => when(a.spans[0]!.start) - when(b.spans[0]!.start));
  for (const e of acts) for (const p of e.participants) if (!firstActOf.has(p)) firstActOf.set(p, e);
  /** The people the article makes members of each party (« le député LFI X »). */
  const membersOf = new Map<string, string[]>();
  for (const m of ctx.mentions) {
    const member = ctx.entities.get(m.entity)?.type === 'Organisation' ? memberQualified(ctx, m) : undefined;
    if (member && !membersOf.get(m.entity)?.includes(member)) pushTo(membersOf, m.entity, member);
  }
  const targetFor = (person: string, s: Statement): Target => {
    const theirs = bySpeaker.get(person) ?? [];
    const k = firstStartingAt(theirs, saidAt(s), saidAt) - 1;
    const said = theirs[k] ?? theirs.find((o) => o !== s);
    if (said) return { statement: said.key };
    const acted = firstActOf.get(person);
    if (acted) return { event: acted.local };
    // « La ministre a répondu à La France insoumise »: a party that said nothing answers through its member who spoke last.
    const member = membersOf.get(person)?.flatMap((p) => (p === s.speaker ? [] : (bySpeaker.get(p) ?? []))).filter((o) => saidAt(o) < saidAt(s)).sort((a, b) => saidAt(b) - saidAt(a))[0];
    return member ? { statement: member.key } : { agent: person };
  };

  /** « a répliqué à X », « a accusé X de », "hit back at X": the person a responding verb of the sentence addresses. */
  const addresseeOf = (s: Statement): string | undefined => {
    const anchor = s.attribution?.start ?? start(s);
    const sentence = sentenceOf(anchor)?.sentence ?? s.attribution;
    if (!sentence) return undefined;
    // Near the statement only: text with no sentence ends (one scraped line) must not make each statement read it all.
    const from = Math.max(sentence.start, Math.min(anchor, start(s)) - options.addresseeReach);
    const to = Math.min(sentence.end, Math.max(anchor, end(s)) + options.addresseeReach);
    const tokens = doc.tokensIn(from, to).filter((t) => !doc.isQuoted(t.start) || s.kind === 'indirect');
    return answeredIn(tokens, s) ?? whoseWordsIn(tokens, s) ?? answeredBeforeQuote(s);
  };

  /** The person a responding verb among the tokens addresses: its object pronoun, or the first agent after it. */
  const answeredIn = (tokens: readonly Token[], s: Statement): string | undefined => {
    for (let k = 0; k < tokens.length; k++) {
      const verb = matchReportingVerb(tokens, k, ctx.lex.verbs);
      if (!verb) continue;
      const verbAt = k;
      k += verb.length - 1;
      if (!ANSWERING.has(verb.value.stance)) {
        const told = verb.value.addresses ? personTold(tokens, k + 1, s, verb.value.lang) : undefined;
        if (told) return told;
        continue;
      }
      // « …, a dénoncé le député LFI X »: after the verb that attributes the quote stands its subject, not whom it
      // answers; a pronoun before it still says whom (« …, lui a rétorqué le socialiste »).
      const attributes = s.extractor === 'statements/verb-after-quote' && s.attribution !== undefined && tokens[k]!.start >= s.attribution.start && tokens[k]!.end <= s.attribution.end;
      const who = pronounAddressee(tokens, verbAt, k + 1, s) ?? (attributes ? undefined : firstAgentAfter(tokens, k + 1));
      if (who && who !== s.speaker) return who;
    }
    return undefined;
  };

  /**
   * "she told Senator Berrington he would …", « a lancé à Mme Paquin »: the person right after a verb of telling (after
   * « à » in French, past an honorific or a title), when they speak in the article too.
   */
  const personTold = (tokens: readonly Token[], after: number, s: Statement, lang: string): string | undefined => {
    // ("wrote to Hallam": an English verb of writing reaches the person through "to".)
    const at = lang === 'fr' || tokens[after]?.folded === 'to' ? after + 1 : after;
    if (!tokens[at] || (lang === 'fr' && !TELLING_PREPOSITIONS.has(tokens[after]!.folded))) return undefined;
    // « a lancé au ministre »: the role's mention takes « au » in.
    const told = mentionOpening(tokens, at) ?? (tokens[after]!.folded === 'au' ? mentionOpening(tokens, after) : undefined) ?? holderApposedAt(tokens, at);
    return told !== undefined && isPerson(told) && told !== s.speaker && bySpeaker.has(told) ? told : undefined;
  };

  /** « à la ministre de l'Énergie, Clarisse Gbazi »: the person named right after a role that opens at `at`. */
  const holderApposedAt = (tokens: readonly Token[], at: number): string | undefined => {
    const role = matchRolePhrase(tokens, at, ctx.lex.roles, () => false);
    if (!role || !tokens[role.end]) return undefined;
    const name = tokens[role.end]!.text === ',' ? role.end + 1 : role.end;
    return tokens[name] ? mentionOpening(tokens, name) : undefined;
  };

  /** The person a reported clause opens on, right after its verb and « que », "that" (an honorific or a title may lead). */
  const subjectReported = (s: Statement): string | undefined => {
    if (!s.attribution) return undefined;
    const tokens = doc.tokensIn(s.attribution.end, end(s));
    const at = tokens[0] && THAT_WORDS.has(tokens[0].folded) ? 1 : 0;
    return tokens[at] ? mentionOpening(tokens, at) : undefined;
  };

  /** The entity named right before a quote that goes on its sentence (« Mme Ferrandon « confond … » »), a verb between at most. */
  const subjectOfQuote = (s: Statement): string | undefined => {
    const sentence = sentenceOf(start(s))?.sentence;
    if (!sentence || !/^\p{Ll}/u.test(s.text)) return undefined;
    const before = doc.tokensBefore(start(s), 4).filter((t) => t.start >= sentence.start && !/^[«»“”"„]$/u.test(t.text));
    const m = before.length > 0 ? mentionsWithin(ctx, before[0]!.start, start(s)).at(-1) : undefined;
    if (!m) return undefined;
    // Between the name and the quote: nothing, or a verb's words (« a « menti » », "had \"misled\""), no punctuation.
    const between = before.filter((t) => t.start >= m.span.end);
    return between.length <= 2 && between.every((t) => /^\p{Ll}+$/u.test(t.text)) ? m.entity : undefined;
  };

  /** « Quant à Olivier Grondin, « il devrait relire les comptes » », "As for Ms Hale, "…"": the person a quote is about. */
  const topicOfQuote = (s: Statement): string | undefined => {
    const sentence = s.kind === 'direct' ? sentenceOf(start(s))?.sentence : undefined;
    const comma = sentence ? doc.tokensBefore(start(s), 2).find((t) => t.text === ',') : undefined;
    if (!sentence || !comma) return undefined;
    const m = mentionsWithin(ctx, sentence.start, comma.start).at(-1);
    return m && m.span.end === comma.start && topicCues.includes(doc.foldedIn(sentence.start, m.span.start)) ? m.entity : undefined;
  };

  /** The entity named right at token `at`, or one word on (past an honorific or a title's first word). */
  const mentionOpening = (tokens: readonly Token[], at: number): string | undefined => {
    const m = mentionsWithin(ctx, tokens[at]!.start, tokens[Math.min(tokens.length - 1, at + 3)]!.end)[0];
    return m && (m.span.start === tokens[at]!.start || m.span.start === tokens[at + 1]?.start) ? m.entity : undefined;
  };

  /**
   * « Le sénateur X lui a répondu sans ménagement. « … », a-t-il affirmé »: a sentence right before a quote that names
   * its speaker and reports no words of its own says whom the quote answers.
   */
  const answeredBeforeQuote = (s: Statement): string | undefined => {
    if (s.kind !== 'direct') return undefined;
    const before = sentences[sentenceIndexOf(start(s)) - 1]?.sentence;
    if (!before || start(s) - before.end > options.introGap || !namedIn([before]).includes(s.speaker!)) return undefined;
    if (ordered.some((o) => o !== s && o.spans.some((sp) => sp.start < before.end && sp.end > before.start))) return undefined;
    return answeredIn(doc.tokensIn(before.start, before.end), s);
  };

  /**
   * « X lui a répondu », « leur a répliqué », "accused him of", "hit back at her": the person an object pronoun of the
   * verb stands for is the last other speaker before the statement that the pronoun's gender fits.
   */
  const pronounAddressee = (tokens: readonly Token[], verbAt: number, after: number, s: Statement): string | undefined => {
    const before = tokens[verbAt - 1] && auxiliaries.has(tokens[verbAt - 1]!.folded) ? verbAt - 2 : verbAt - 1;
    const next = tokens[after] && BEFORE_OBJECT.has(tokens[after]!.folded) ? after + 1 : after;
    const pronoun = [tokens[before], tokens[next]].find((t) => t !== undefined && OBJECT_PRONOUNS.has(t.folded) && (t === tokens[before]) === CLITICS.has(t.folded));
    if (!pronoun) return undefined;
    const gender = genderOfPronoun(pronoun.text);
    const fits = (key: string | undefined) => {
      const entity = ctx.entities.get(key ?? '');
      return !(gender && (entity?.type !== 'Person' || (entity.gender && entity.gender !== gender)));
    };
    // « Caroline Desmedt a renvoyé Julien Marchal au bilan de son parti. « … », lui a rétorqué le socialiste »: the
    // person the sentence before names first, when they speak in the article, is whom the pronoun stands for.
    const previous = sentences[sentenceIndexOf(pronoun.start) - 1]?.sentence;
    const named = previous && mentionsWithin(ctx, previous.start, previous.end).find((m) => m.entity !== s.speaker && !doc.isQuoted(m.span.start) && isPerson(m.entity) && bySpeaker.has(m.entity) && fits(m.entity));
    if (named) return named.entity;
    for (const o of take(earlierSpeakers(s), options.maxNamedLookBack)) if (fits(o.speaker)) return o.speaker;
    return undefined;
  };

  /**
   * « Interrogé sur les critiques de la ministre et de X, Y a … », "describing Ms Lowry's comments as …", « en réponse
   * à X »: the person whose words the sentence names, or whom it says it answers, is whom the statement answers.
   */
  const { wordNouns, answerNouns, bodyObjects } = speechNouns(ctx.lex.quotes);
  const whoseWordsIn = (tokens: readonly Token[], s: Statement): string | undefined => {
    for (let k = 0; k < tokens.length; k++) {
      const words = wordNouns.has(tokens[k]!.folded);
      // « en réponse à X », "in response to X".
      if (!words && !answerNouns.has(tokens[k]!.folded)) continue;
      // (« la réponse du ministre », "the minister's reply": an answer is its owner's words too.)
      const prepositions = words ? OWNER_PREPOSITIONS : [...OWNER_PREPOSITIONS, 'a', 'au', 'aux', 'to'];
      const of = tokens[k + 1] && prepositions.includes(tokens[k + 1]!.folded) ? firstAgentAfter(tokens, k + 1) : undefined;
      // (The mention ends on the word before "'s": "the Opposition leader's comment" names the leader.)
      const possessor = tokens[k - 1] && /^['’]s$/u.test(tokens[k - 1]!.text) && tokens[k - 2] ? mentionsEndingAt(ctx, tokens[k - 2]!.end).find((m) => isPerson(m.entity))?.entity : undefined;
      const who = of ?? possessor;
      if (who && who !== s.speaker) return who;
    }
    return undefined;
  };

  const firstAgentAfter = (tokens: readonly Token[], from: number): string | undefined => {
    const limit = Math.min(tokens.length, from + options.addresseeWindow);
    let stop = tokens[limit - 1]?.end ?? 0;
    for (let k = from; k < limit; k++) {
      // "hit back, saying the Conservatives had …": past a comma, a verb of saying opens what was said; one that answers
      // or describes someone (« qualifiant la ministre de … », "accusing him of") still names whom.
      const verbAfterComma = tokens[k]!.text === ',' && tokens[k + 1] !== undefined ? matchReportingVerb(tokens, k + 1, ctx.lex.verbs)?.value : undefined;
      const saying = verbAfterComma !== undefined && !ANSWERING.has(verbAfterComma.stance) && !verbAfterComma.describes;
      if (CLAUSE_END.has(foldToken(tokens[k]!)) || CLAUSE_END.has(tokens[k]!.text) || saying) {
        stop = tokens[k]!.start;
        break;
      }
    }
    // An agent, not a platform where it was said (« a dénoncé sur X »).
    const isAgent = (key: string) => agentTypes.has(ctx.entities.get(key)?.type ?? '') && !((ctx.entities.get(key)?.name ?? '') in ctx.lex.venues.words);
    // "he hit back, to cheers from SNP backbenchers": those the words come from are not whom they answer.
    const fromThem = (x: Mention) => ctx.doc.tokensBefore(x.span.start, 1)[0]?.folded === 'from';
    const m = tokens[from] ? mentionsWithin(ctx, tokens[from]!.start, stop).find((x) => isAgent(x.entity) && !fromThem(x) && !qualifiesMember(x) && memberQualified(ctx, x) === undefined) : undefined;
    return m?.entity;
  };

  /** "accusing the government of …", « a dénoncé le pouvoir »: criticism whose verb's object, right after it, is a body named by its noun. */
  const aimedAtBody = (s: Statement): boolean => {
    if (!s.attribution) return false;
    const object = doc.tokensIn(s.attribution.end, s.attribution.end + BODY_OBJECT_REACH).filter((t) => !OBJECT_DETERMINERS.has(t.folded))[0];
    return object !== undefined && bodyObjects.has(object.folded);
  };

  /** « Monsieur De Wever, recevez les syndicats ! », "Josh, with respect, …": the person a quote speaks to by name. */
  const vocativeIn = (s: Statement): string | undefined => (s.kind === 'direct' ? addressedIn(ctx, s.spans).find((e) => e !== s.speaker) : undefined);

  /** Statements by others before a position, nearest first (ordered is sorted by start). */
  function* earlierByOthers(s: Statement, at: number): Generator<Statement> {
    const from = when(at);
    for (let i = firstStartingAt(ordered, from, saidAt) - 1; i >= 0 && from - saidAt(ordered[i]!) <= options.maxReach; i--) {
      if (ordered[i]!.speaker !== s.speaker) yield ordered[i]!;
    }
  }

  /** The nearest earlier statement of each other speaker, nearest first: the last few people to speak before s. */
  function* earlierSpeakers(s: Statement): Generator<Statement> {
    const seen = new Set<string>();
    for (const o of earlierByOthers(s, start(s))) {
      if (seen.has(o.speaker!)) continue;
      seen.add(o.speaker!);
      yield o;
    }
  }

  /**
   * A denial answers the nearest earlier statement by someone else, preferring one (among the last few) that names the
   * denier; « a rejeté ces critiques », "dismissed that argument": what its object points back at, just said (the
   * criticism voiced among the last few statements, else the last one).
   */
  const deniedBy = (s: Statement): Statement | undefined => {
    const earlier = [...take(earlierByOthers(s, s.attribution?.start ?? start(s)), options.maxLookBack)];
    const criticism = earlier.slice(0, options.maxNamedLookBack).find((o) => o.stance === 'criticism');
    const object = s.attribution ? doc.tokensIn(s.attribution.end, s.attribution.end + 40).slice(0, 2) : [];
    if (object.length === 2 && POINTING_BACK.has(object[0]!.folded) && /^\p{Ll}/u.test(object[1]!.text)) return criticism ?? earlier[0];
    // « a rejeté ces critiques »: what is rejected is criticism, when some was voiced just before.
    return earlier.find((o) => namedIn(o.spans).includes(s.speaker!)) ?? criticism ?? earlier[0];
  };

  /** The statement just before by another speaker, close enough to be the other side of an exchange. */
  const previousByOther = (s: Statement, people = false): Statement | undefined => {
    for (const o of earlierByOthers(s, start(s))) {
      if (doneAt(o) > saidAt(s) || (people && !isPerson(o.speaker))) continue;
      return saidAt(s) - doneAt(o) <= options.maxExchangeGap ? o : undefined;
    }
    return undefined;
  };

  /**
   * « a répliqué », "hit back": the criticism voiced just before (among the last few by others), past a neutral
   * remark. A retort answers a person: a body's statement just before is the story's context (on the development
   * corpus, none of the six retorts linked to one was right).
   */
  const attackAnswered = (s: Statement): Statement | undefined =>
    [...take(earlierByOthers(s, start(s)), options.maxNamedLookBack)].find((o) => o.stance === 'criticism' && isPerson(o.speaker) && doneAt(o) <= saidAt(s) && saidAt(s) - doneAt(o) <= options.maxExchangeGap * 2);

  /** « Le premier secrétaire a ironisé en retour », "she said in response": an adverb of the attribution says it answers. */
  const answersInReturn = (s: Statement): boolean => {
    if (!s.attribution) return false;
    const adverbs = phrasesOf(ctx.lex.quotes.answerAdverbs);
    // After the attribution (« a ironisé en retour »), or opening its sentence ("In response, Mr Brennan said …").
    const sentence = sentenceOf(s.attribution.start)?.sentence;
    const from = sentence ? Math.max(sentence.start, s.attribution.start - 3 * ANSWER_ADVERB_REACH) : s.attribution.start;
    const tokens = doc.tokensIn(from, s.attribution.end + ANSWER_ADVERB_REACH).filter((t) => !doc.isQuoted(t.start));
    return tokens.some((_, k) => adverbs.matchAt(tokens, k) !== undefined) || announcedAsAnswer(s);
  };

  /**
   * « La réponse n'a pas tardé. Dans un communiqué, le gouvernement « regrette … » », "Sultanbekova was not impressed.
   * "…," she said": a short sentence before announces it.
   */
  const announcedAsAnswer = (s: Statement): boolean => {
    const before = sentences[sentenceIndexOf(s.attribution?.start ?? start(s)) - 1]?.sentence;
    if (!before || ordered.some((o) => o.spans.some((sp) => sp.start < before.end && sp.end > before.start))) return false;
    const words = doc.wordsOf([before]).length;
    const tokens = doc.tokensIn(before.start, before.end);
    // « C'est le Premier ministre lui-même qui lui a répondu. », "The minister replied.": a verb of answering that
    // reports nothing of its own.
    if (words <= ANSWERING_SENTENCE_WORDS && tokens.some((_, k) => matchReportingVerb(tokens, k, ctx.lex.verbs)?.value.stance === 'response')) return true;
    // (« La réponse est venue dès lundi soir du président des Républicains, X. »: longer when it names who answers.)
    if (words > ANNOUNCING_WORDS && !(s.speaker && namedIn([before]).includes(s.speaker))) return false;
    const { answerNouns } = speechNouns(ctx.lex.quotes);
    const clauses = phrasesOf(ctx.lex.quotes.answerClauses);
    return tokens.slice(0, 3).some((t) => answerNouns.has(t.folded)) || tokens.some((_, k) => clauses.matchAt(tokens, k) !== undefined);
  };

  /** « M. El Ouazzani a répliqué que le PJD « n'a pas posé … » »: a retort about someone who spoke answers their last words. */
  const answeredByName = (s: Statement): Statement | undefined => {
    const about = s.kind === 'indirect' ? subjectReported(s) : subjectOfQuote(s);
    if (!about || about === s.speaker) return undefined;
    return [...(bySpeaker.get(about) ?? [])].reverse().find((o) => doneAt(o) <= saidAt(s));
  };

  /** "Serrano fired back: "… The mayor knows that."": a retort whose words name someone who spoke answers their last words. */
  const namedInRetort = (s: Statement): Statement | undefined => {
    const named = s.kind === 'direct' ? namedIn(s.spans).find((e) => e !== s.speaker && isPerson(e) && spokeBefore(e, s)) : undefined;
    return named ? [...(bySpeaker.get(named) ?? [])].reverse().find((o) => doneAt(o) <= saidAt(s)) : undefined;
  };

  /**
   * « Interpellé par le député socialiste Karim Benali, le ministre a défendu … »: the person whose questions a statement
   * answers (`asker`); no asker when the phrase names none (« Interrogé par LCP », "asked by reporters"): the words
   * answer an interviewer, not the one who spoke before.
   */
  const questionedBy = (s: Statement): { asker?: string } | undefined => {
    const sentence = sentenceOf(s.attribution?.start ?? start(s))?.sentence;
    if (!sentence) return undefined;
    const tokens = doc.tokensIn(sentence.start, Math.min(sentence.end, s.attribution?.end ?? end(s)));
    const index = phrasesOf(ctx.lex.quotes.questionedBy);
    for (let k = 0; k < tokens.length; k++) {
      const cue = index.matchAt(tokens, k);
      if (!cue) continue;
      // « Interpellé en séance plénière par … »: a few words may stand before « par », "by".
      const by = tokens.slice(k + cue.length, k + cue.length + QUESTIONED_BY_REACH).findIndex((t) => t.folded === 'par' || t.folded === 'by');
      if (by < 0) return undefined;
      const after = tokens[k + cue.length + by + 1];
      const m = after ? mentionsWithin(ctx, after.start, Math.min(sentence.end, after.start + 80)).find((x) => isPerson(x.entity)) : undefined;
      // The person named in the phrase, a title at most before them (« par le député socialiste Karim Benali, »), not
      // someone its object names ("asked by reporters about Hale's remarks").
      const near = m && doc.tokensIn(after!.start, m.span.start).length <= QUESTIONER_TITLE_WORDS && !/[,.;]/u.test(doc.text.slice(after!.start, m.span.start));
      return { asker: near && m.entity !== s.speaker ? m.entity : undefined };
    }
    return undefined;
  };

  /** « “…”, a-t-elle lancé au ministre. “…”, a répliqué le ministre »: the retort answers the words just addressed to its speaker. */
  const spokenTo = (s: Statement): Statement | undefined => {
    const before = previousByOther(s, true);
    return before && addresseeOf(before) === s.speaker ? before : undefined;
  };

  const responses: Response[] = [];
  // « L'annonce a été accueillie avec scepticisme par l'opposition. », "Here is how Batswana reacted.": a sentence that
  // says the act drew reactions, after it and reporting no words itself, opens a run of them.
  const openers = phrasesOf(ctx.lex.quotes.reactionOpeners);
  const opensRun = (sentence: Span) => {
    if (ordered.some((o) => o.spans.some((sp) => sp.start < sentence.end && sp.end > sentence.start))) return false;
    const tokens = doc.tokensIn(sentence.start, sentence.end).filter((t) => !doc.isQuoted(t.start));
    return tokens.some((_, k) => openers.matchAt(tokens, k) !== undefined);
  };
  const runOpeners = reactedTo ? sentences.map((x) => x.sentence).filter((sp) => when(sp.start) > actAt && opensRun(sp)) : [];
  let lastReactionEnd = -Infinity;
  for (const s of ordered) {
    const candidate = bestCandidate(s);
    if (!candidate) continue;
    responses.push({ from: s.key, to: candidate.to, cue: candidate.cue, confidence: 0, evidence: s.attribution ?? s.spans[0]! });
    if (candidate.to === reactedTo) lastReactionEnd = doneAt(s);
    const also = alsoNamed(s, candidate.to);
    if (also) responses.push({ from: s.key, to: targetFor(also, s), cue: 'names-speaker', confidence: 0, evidence: s.attribution ?? s.spans[0]! });
  }
  return responses;

  /** Whom a statement answers: the person it addresses or who asked it, else whom its response already found stands for. */
  function answeredPeople(o: Statement): string[] {
    const direct = addresseeOf(o) ?? questionedBy(o)?.asker;
    if (direct) return [direct];
    // (An exchange's answer to their words, not a reaction to their act.)
    const found = responses.find((r) => r.from === o.key && 'statement' in r.to && EXCHANGE_CUES.has(r.cue));
    return found ? peopleAnswered(found.to, statementByKey, events) : [];
  }

  /**
   * « Monsieur Imhof parle des malades, mais … », answering the minister too: a quote that answers one person and
   * names another who spoke before answers them as well, unless it names them as someone's partner ("partnering with
   * Putin", « avec le ministre »).
   */
  function alsoNamed(s: Statement, to: Target): string | undefined {
    if (s.kind !== 'direct') return undefined;
    const answered = peopleAnswered(to, statementByKey, events);
    const partner = (m: Mention) => COMPANIONS.has(doc.tokensBefore(m.span.start, 1)[0]?.folded ?? '');
    const named = s.spans.flatMap((sp) => mentionsWithin(ctx, sp.start, sp.end)).filter((m) => m.entity !== s.speaker && isPerson(m.entity) && !answered.includes(m.entity) && !partner(m));
    return named.find((m) => spokeBefore(m.entity, s))?.entity;
  }

  function bestCandidate(s: Statement): Candidate | undefined {
    // "Replying to @AshPrasadFJ": a post that replies to another the article quotes answers it.
    const replied = s.replyTo ? ordered.find((o) => o !== s && o.handle?.toLowerCase() === s.replyTo!.toLowerCase()) : undefined;
    if (replied) return { to: { statement: replied.key }, cue: 'addressee' };
    const voiced = answerOfBodyVoiced(s);
    if (voiced) return voiced;
    const addressee = addresseeOf(s) ?? vocativeIn(s);
    if (addressee) return { to: targetFor(addressee, s), cue: 'addressee' };
    const questioned = questionedBy(s);
    if (questioned?.asker) return { to: targetFor(questioned.asker, s), cue: 'addressee' };
    // « a réclamé la démission du maire », "called for Hartley to resign", "said Whitfield must appoint an inquiry": a
    // demand made of someone answers them.
    const demanded = personDemandedOf(s);
    if (demanded) return { to: targetFor(demanded, s), cue: 'criticism' };
    const topic = topicOfQuote(s);
    // (However far back they spoke: the cue names them.)
    if (topic && topic !== s.speaker && bySpeaker.get(topic)?.some((o) => doneAt(o) < saidAt(s))) return { to: targetFor(topic, s), cue: 'names-speaker' };
    if (s.stance === 'denial') {
      const denied = deniedBy(s);
      if (denied) return { to: { statement: denied.key }, cue: 'denial' };
    }
    // « a réagi », "welcomed": a reaction to what the article reports happened, when it reports one.
    const reaction = reactionToAct(s);
    if (reaction && s.reacts) return reaction;
    // « a répliqué », "countered", « a rétorqué », « a ironisé en retour »: the other side of the exchange just before.
    if (s.stance === 'response' || answersInReturn(s)) {
      // « X a voulu savoir si … Le ministre a répondu que … »: a question just before is what the reply answers.
      const asked = previousByOther(s, true);
      // (« Interrogée par X, la ministre a reconnu … X a répliqué que … La ministre a répondu que … »: the words just
      // before, when they answered the one who replies.)
      const answeredMe = asked !== undefined && answeredPeople(asked).includes(s.speaker!) ? asked : undefined;
      const answered = spokenTo(s) ?? (asked?.asks ? asked : undefined) ?? answeredMe ?? answeredByName(s) ?? namedInRetort(s) ?? attackAnswered(s) ?? asked;
      if (answered) return { to: { statement: answered.key }, cue: 'answer' };
      // « « M. Benali a besoin d'ennemis » », a-t-elle rétorqué »: a retort that names someone whose words the article
      // does not quote answers them.
      const named = s.kind === 'direct' ? namedIn(s.spans).find((e) => e !== s.speaker && isPerson(e)) : undefined;
      if (named) return { to: targetFor(named, s), cue: 'answer' };
    }
    // A question and its answer: one person's statement right after another's question answers it.
    const question = questioned ? undefined : previousByOther(s);
    if (question?.asks && !s.asks && isPerson(question.speaker) && isPerson(s.speaker)) return { to: { statement: question.key }, cue: 'answer' };
    // « X a demandé à la ministre, Y, quand … « … » La ministre a indiqué que … »: words right after someone's that
    // were put to this speaker answer them.
    if (question && isPerson(question.speaker) && isPerson(s.speaker) && answeredPeople(question).includes(s.speaker!)) return { to: { statement: question.key }, cue: 'answer' };
    // A quote that names someone who spoke earlier in the article answers what they said, rather than the act a
    // weak cue (its words, its place in a run) ties it to, unless the act's own sentence names them too.
    const named = s.kind === 'direct' ? namedIn(s.spans).find((e) => e !== s.speaker && spokeBefore(e, s)) : undefined;
    if (reaction && !(named && WEAK_REACTION_CUES.has(reaction.cue) && !inAct.has(named))) return reaction;
    if (named) return { to: targetFor(named, s), cue: 'names-speaker' };
    // "Gagnon-Roy said the minister had …", « a estimé que la ministre devait … »: reported words about someone who
    // spoke before answer them.
    const about = s.kind === 'indirect' ? subjectReported(s) : undefined;
    if (about && about !== s.speaker && isPerson(about) && spokeBefore(about, s)) return { to: targetFor(about, s), cue: 'names-speaker' };
    // « Selon lui, Mme Ferrandon « confond l'hémicycle avec un plateau » »: the quote says something of the person
    // named right before it, who spoke before.
    const subject = s.kind === 'direct' ? subjectOfQuote(s) : undefined;
    if (subject && subject !== s.speaker && isPerson(subject) && spokeBefore(subject, s)) return { to: targetFor(subject, s), cue: 'names-speaker' };
    // Criticism that names a person who speaks in the article is aimed at them (« a jugé que Mme Morvan « n'avait plus l'autorité » »).
    if (s.stance === 'criticism') {
      const aimed = namedIn([...s.spans, ...(s.attribution ? [s.attribution] : [])]).find((e) => e !== s.speaker && isPerson(e) && bySpeaker.has(e));
      if (aimed) return { to: targetFor(aimed, s), cue: 'names-speaker' };
      // Criticism that names no one, in an article about one person who has spoken: aimed at them.
      if (protagonist && protagonist !== s.speaker && !aimedAtBody(s) && bySpeaker.get(protagonist)!.some((o) => doneAt(o) < saidAt(s))) return { to: targetFor(protagonist, s), cue: 'criticism-of-protagonist' };
    }
    const echoed = echoOf(s);
    if (echoed) return { to: { statement: echoed.key }, cue: 'echoes' };
    return undefined;
  }

  /**
   * The person of whom a statement's sentence demands something: their departure (« la démission de X », « le départ
   * du maire », "X's resignation", "X to resign") or an act (« le ministre doit s'expliquer », "Whitfield must appoint").
   */
  function personDemandedOf(s: Statement): string | undefined {
    const sentence = sentenceOf(s.attribution?.start ?? start(s))?.sentence;
    if (!sentence) return undefined;
    const tokens = doc.tokensIn(sentence.start, sentence.end).filter((t) => !doc.isQuoted(t.start));
    const { nouns, verbs, modals } = demandWords(ctx.lex.quotes);
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k]!.folded;
      const byNoun = nouns.has(word) && OWNER_PREPOSITIONS.includes(tokens[k + 1]?.folded ?? '') ? mentionsWithin(ctx, tokens[k + 1]!.end, tokens[Math.min(tokens.length - 1, k + 4)]!.end)[0] : undefined;
      const byPossessive = nouns.has(word) && k > 1 && /^['’]s$/u.test(tokens[k - 1]!.text) ? mentionsEndingAt(ctx, tokens[k - 2]!.end)[0] : undefined;
      const byVerb = word === 'to' && verbs.has(tokens[k + 1]?.folded ?? '') && k > 0 ? mentionsEndingAt(ctx, tokens[k - 1]!.end)[0] : undefined;
      // "said Whitfield must appoint an inquiry", « estime que le ministre doit s'expliquer »: a demand made of them.
      const byModal = modals.has(word) && k > 0 ? mentionsEndingAt(ctx, tokens[k - 1]!.end)[0] : undefined;
      const who = byNoun ?? byPossessive ?? byVerb ?? byModal;
      if (who && who.entity !== s.speaker && isPerson(who.entity)) return who.entity;
    }
    return undefined;
  }

  /**
   * « Le PAS a rejeté ces demandes. Sa porte-parole, Doina Sîrbu, a assuré … », "PAS rejected Gutu's demands. Its
   * spokesperson, Doina Sirbu, said …", « Dans un communiqué, sa vice-présidente, X, estime … »: a person named as a
   * body's voice (a possessive, a title, a comma) gives the answer that body gave in the sentence before.
   */
  function answerOfBodyVoiced(s: Statement): Candidate | undefined {
    const at = sentenceIndexOf(start(s));
    const sentence = sentences[at]?.sentence;
    const previous = sentences[at - 1]?.sentence;
    const named = sentence && mentionsWithin(ctx, sentence.start, sentence.end).find((m) => m.entity === s.speaker && !doc.isQuoted(m.span.start));
    if (!previous || !named || !isPerson(s.speaker) || !voicedBefore(doc.tokensIn(sentence.start, named.span.start))) return undefined;
    const body = ordered.find((o) => o !== s && !isPerson(o.speaker) && o.spans.some((sp) => sp.start >= previous.start && sp.start < previous.end));
    const answer = body ? responses.find((r) => r.from === body.key) : undefined;
    return answer ? { to: answer.to, cue: answer.cue } : undefined;
  }

  /** Whether the words before a name end on a possessive and a title, then a comma: « sa vice-présidente, », "Its director,". */
  function voicedBefore(tokens: readonly Token[]): boolean {
    const comma = tokens.length - 1;
    if (tokens[comma]?.text !== ',') return false;
    const k = tokens.findLastIndex((t, i) => i < comma && VOICE_POSSESSIVES.has(t.folded));
    return k >= 0 && matchRolePhrase(tokens, k + 1, ctx.lex.roles, () => false)?.end === comma;
  }

  /**
   * « … se pourvoie en cassation » / « Aller en cassation pour gagner six mois, … »: a person who takes up a word
   * only one other person said in the article, a few voices before, answers them.
   */
  function echoOf(s: Statement): Statement | undefined {
    if (!isPerson(s.speaker)) return undefined;
    const own = echoWords.get(s)!;
    for (const o of take(earlierSpeakers(s), 1)) {
      if (!isPerson(o.speaker) || doneAt(o) > saidAt(s)) continue;
      const theirs = echoWords.get(o)!;
      if ([...own].some((w) => theirs.has(w) && echoCount.get(w) === 2 && !(act && topic.has(w.slice(0, 4))))) return o;
    }
    return undefined;
  }

  /** In a round-up, statements after the main act, by others, react to it when a cue ties them to it. */
  function reactionToAct(s: Statement): Candidate | undefined {
    if (!reactedTo || actors.has(s.speaker!) || allies.has(s.speaker!) || saidAt(s) < actAt) return undefined;
    // (Words aimed at a body, « a accusé le gouvernement de … », answer it rather than a person's remark.)
    if (remark && aimedAtBody(s)) return undefined;
    const to = reactedTo;
    if (s.stance === 'criticism' || s.stance === 'response') return { to, cue: 'criticism' };
    const at = sentenceIndexOf(start(s));
    const context = sentences[at];
    const previous = at > 0 ? sentences[at - 1] : undefined;
    // « X et Y ont stigmatisé cette proposition. « … », a dit Y. »
    if (previous && previous.sentence.end <= start(s) && start(s) - previous.sentence.end < 200 && namedIn([previous.sentence]).includes(s.speaker!)) {
      const tokens = doc.tokensIn(previous.sentence.start, previous.sentence.end);
      if (tokens.some((_, k) => matchReportingVerb(tokens, k, ctx.lex.verbs)?.value.stance === 'criticism')) return { to, cue: 'criticism-context' };
    }
    const named = namedIn([...s.spans, ...(s.attribution ? [s.attribution] : [])]);
    if (named.some((e) => actors.has(e) && e !== s.speaker)) return { to, cue: 'names-actor' };
    const around = doc.wordsOf(context ? [...s.spans, context.sentence] : s.spans);
    // The weak cues below hold for people and for a body's own words (a tweet, a quote): a body's reported position
    // on the same subject is one more report of the story, not a reaction.
    const voiced = isPerson(s.speaker) || s.kind === 'direct';
    if (voiced && [...stems(around, stopwords)].filter((w) => topic.has(w)).length >= options.minSharedStems) return { to, cue: 'shares-topic' };
    // A run of reactions answers a plan (a proposal, an announcement); after a resignation, a verdict or a vote, the
    // next voices comment on it to whoever they name (on the development corpus, 3 of 8 such links were right).
    const runStart = Math.max(lastReactionEnd, ...runOpeners.map((sp) => when(sp.end)).filter((at) => at <= saidAt(s)));
    // (After someone's words, a run the article opens as reactions (« Ses explications ont suscité une pluie de
    // réactions ») answers them too.)
    const runAfter = (act && act.type !== 'other') || ((act !== undefined || remark !== undefined) && runOpeners.length > 0);
    if (runAfter && voiced && saidAt(s) - runStart <= options.maxRunGap) return { to, cue: 'reaction-sequence' };
    return undefined;
  }
}
