// Find reporting verbs in their French and English shapes: « a ironisé », « a-t-il tweeté », « s'est emporté », « résumait », "said".
import type { ReportingVerb, ReportingVerbsLexicon } from '../lexicon/lexicons.js';
import { PhraseIndex, type PhraseMatch } from '../document/phrases.js';
import { foldText } from '../document/normalize.js';
import type { Token } from '../document/tokens.js';

export interface VerbMatch extends PhraseMatch<ReportingVerb> {
  /** True for an inverted form (« a-t-il dit », « a ironisé le sénateur ») whose subject follows it. */
  inverted: boolean;
  /** True for a present participle (« accusant », "accusing"): its subject is the clause's, before it. */
  gerund?: boolean;
}

const cache = new WeakMap<ReportingVerbsLexicon, PhraseIndex<ReportingVerb>>();
const participleCache = new WeakMap<ReportingVerbsLexicon, PhraseIndex<ReportingVerb>>();

/** Bare participles, for passives: « démentie par la Maison-Blanche », "denied by the Kremlin". */
export function participleIndex(lex: ReportingVerbsLexicon): PhraseIndex<ReportingVerb> {
  let index = participleCache.get(lex);
  if (!index) {
    index = new PhraseIndex<ReportingVerb>();
    for (const verb of lex.verbs) for (const form of verb.participles) index.add(form, verb);
    participleCache.set(lex, index);
  }
  return index;
}

/** Every surface form of every verb: participle after each auxiliary, and the finite forms on their own. */
function verbIndex(lex: ReportingVerbsLexicon): PhraseIndex<ReportingVerb> {
  let index = cache.get(lex);
  if (index) return index;
  index = new PhraseIndex<ReportingVerb>();
  for (const verb of lex.verbs) {
    const auxiliaries = lex.auxiliaries[verb.lang] ?? [];
    for (const aux of auxiliaries) {
      const reflexiveAux = aux.startsWith("s'") || aux.startsWith('se ');
      if (verb.lang === 'fr' && verb.reflexive !== reflexiveAux) continue;
      for (const form of verb.participles) index.add(`${aux} ${form}`, verb);
      // Adverbs sit between auxiliary and participle (« a ainsi ironisé »): handled by skipping one adverb below.
    }
    for (const form of verb.forms) {
      index.add(form, verb);
      if (verb.lang === 'fr') for (const inverted of invertedForms(form)) index.add(inverted, verb);
    }
    if (verb.lang === 'en') index.add(verb.participle, verb);
    if (verb.gerund) index.add(verb.gerund, verb);
  }
  cache.set(lex, index);
  return index;
}

/** « ironise-t-il », « rétorque-t-elle », « dit-il », « lancent-ils »: the subject pronoun after a finite form. */
function invertedForms(form: string): string[] {
  if (form.endsWith('ant') || form.includes(' ')) return [];
  if (/nt$/u.test(form)) return [`${form}-ils`, `${form}-elles`];
  return /[aeé]$/u.test(form) ? [`${form}-t-il`, `${form}-t-elle`, `${form}-t-on`] : [`${form}-il`, `${form}-elle`, `${form}-on`];
}

const INVERTED_PRONOUN = /-t-(il|elle|on)$|-(il|elle|ils|elles)$/i;
const ADVERBS = new Set(['abord', 'emblée', 'emblee', 'entrée', 'entree', 'ainsi', 'alors', 'aussi', 'aussitôt', 'aussitot', 'sitôt', 'sitot', 'vite', 'toujours', 'souvent', 'encore', 'également', 'egalement', 'quant', 'déjà', 'deja', 'ensuite', 'enfin', 'même', 'meme', 'bien', 'simplement', 'vivement', 'immédiatement', 'notamment', 'pourtant', 'toutefois', 'sobrement', 'rapidement', 'longtemps', 'plutôt', 'plutot', 'nouveau', 'cependant', 'néanmoins', 'neanmoins', 'surtout', 'certes', 'donc', 'also', 'later', 'then', 'quickly', 'simply', 'again', 'once']);
/** Words of adverbial phrases between auxiliary and participle: « a quant à lui », « a de nouveau », « a de son côté », « a pour sa part », « a d'abord ». */
const ADVERBIAL_WORDS = new Set(['à', 'lui', 'elle', 'eux', 'a', 'de', "d'", 'd’', 'son', 'sa', 'côté', 'pour', 'part', 'en', 'revanche', 'outre', 'effet', 'par', 'ailleurs']);

/** The auxiliaries an adverb may follow before the participle. */
const AUXILIARIES: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'has', 'had', 'have']);

/** More words than any reporting verb's forms have. */
const VERB_WORDS = 8;

/** A reporting verb starting at token i, allowing adverbs between auxiliary and participle (« a ainsi ironisé », « a quant à lui tancé »). */
export function matchReportingVerb(tokens: readonly Token[], i: number, lex: ReportingVerbsLexicon): VerbMatch | undefined {
  const index = verbIndex(lex);
  const direct = index.matchAt(tokens, i);
  if (direct && !afterPrepositionEn(tokens, i)) {
    const gerund = direct.value.gerund !== undefined && tokens[i]!.folded === gerundHead(direct.value);
    return { length: direct.length, value: direct.value, inverted: !gerund && isInvertedAux(tokens, i), gerund };
  }
  const reflexive = infinitiveAfterReflexiveSemiAuxiliary(tokens, i, lex);
  if (reflexive) return reflexive;
  // Auxiliary, then up to four adverbial words (« quant à lui »), then the participle.
  const token = tokens[i];
  // (Most words are neither: their folded form says so without a copy in lower case.)
  if (!token) return undefined;
  // « s'est en revanche dit », « s'est toutefois félicitée »: a reflexive auxiliary is two tokens.
  const auxLength = token.folded === 's' && REFLEXIVE_AUXILIARY.test(tokens[i + 1]?.folded ?? '') ? 2 : 1;
  if (auxLength === 1 && !AUXILIARIES.has(token.folded) && !token.text.includes('-')) return undefined;
  const aux = token.text.toLowerCase();
  if (auxLength === 1 && !AUXILIARIES.has(aux) && !INVERTED_PRONOUN.test(aux)) return undefined;
  const throughSemiAuxiliary = auxLength === 1 ? infinitiveAfterSemiAuxiliary(tokens, i + 1, lex) : undefined;
  if (throughSemiAuxiliary) return { length: throughSemiAuxiliary.length + 1, value: throughSemiAuxiliary.value, inverted: INVERTED_PRONOUN.test(aux) };
  for (let skip = 1; skip <= 4 && i + auxLength - 1 + skip < tokens.length; skip++) {
    const word = tokens[i + auxLength - 1 + skip]!.text.toLowerCase();
    // « a catégoriquement nié », "has flatly denied": any -ment / -ly adverb may stand between.
    const adverb = ADVERBS.has(word) || /\p{L}{3,}(?:ment|ly)$/u.test(word);
    if (!adverb && !ADVERBIAL_WORDS.has(word)) break;
    // The auxiliary joined to the words after the adverb: a few words, never the rest of a long line.
    const after = i + auxLength + skip;
    const rest = index.matchAt([...tokens.slice(i, i + auxLength), ...tokens.slice(after, after + VERB_WORDS)], 0);
    if (rest && rest.length > auxLength) return { length: rest.length + skip, value: rest.value, inverted: INVERTED_PRONOUN.test(aux) };
  }
  return undefined;
}

/**
 * « a-t-elle fini par répondre », « a tenu à préciser », « a voulu rassurer »: participles that take a verb's
 * infinitive after them (not « a dû rappeler à l'ordre », an act).
 */
const SEMI_AUXILIARIES = ['fini par', 'tenu à', 'voulu', 'préféré'].reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>());
const infinitiveCache = new WeakMap<ReportingVerbsLexicon, PhraseIndex<ReportingVerb>>();

/** « s'est-il contenté de répondre », « s'est bornée à rappeler »: reflexive participles that take an infinitive. */
const REFLEXIVE_SEMI_AUXILIARIES = ['contenté de', 'contentée de', 'borné à', 'bornée à'].reduce((ix, w) => ix.add(w, true as const), new PhraseIndex<true>());
const REFLEXIVE_AUXILIARY = /^(?:est|etait)(?: t)?(?: il| elle)?$/u;

/** « s'est-il contenté de répondre » from token i (« s' »): the reporting verb is the infinitive. */
function infinitiveAfterReflexiveSemiAuxiliary(tokens: readonly Token[], i: number, lex: ReportingVerbsLexicon): VerbMatch | undefined {
  if (tokens[i]?.folded !== 's' || !REFLEXIVE_AUXILIARY.test(tokens[i + 1]?.folded ?? '')) return undefined;
  const verb = infinitiveAfterSemiAuxiliary(tokens, i + 2, lex, REFLEXIVE_SEMI_AUXILIARIES);
  return verb && { length: verb.length + 2, value: verb.value, inverted: INVERTED_PRONOUN.test(tokens[i + 1]!.text) };
}

/** A French verb's infinitive after a participle that takes one, from token i; its length counts both. */
function infinitiveAfterSemiAuxiliary(tokens: readonly Token[], i: number, lex: ReportingVerbsLexicon, semiAuxiliaries = SEMI_AUXILIARIES): PhraseMatch<ReportingVerb> | undefined {
  const semi = semiAuxiliaries.matchAt(tokens, i);
  if (!semi) return undefined;
  let infinitives = infinitiveCache.get(lex);
  if (!infinitives) {
    infinitives = new PhraseIndex<ReportingVerb>();
    for (const verb of lex.verbs) if (verb.lang === 'fr' && !verb.reflexive) infinitives.add(verb.lemma, verb);
    infinitiveCache.set(lex, infinitives);
  }
  const verb = infinitives.matchAt(tokens, i + semi.length);
  return verb && { length: semi.length + verb.length, value: verb.value };
}

/** Words that make « en » the pronoun before a verb (« il en dénonce les effets », « l'en accuse »). */
const BEFORE_PRONOUN_EN = new Set(['il', 'elle', 'on', 'ils', 'elles', 'je', 'j', 'nous', 'vous', 'qui', 'ne', 'n', 'l', 'les', 'lui', 'leur', 'se', 's', 'm', 't', 'me', 'te']);

/** « prendre en charge », « mettre en cause »: a word after the preposition « en » is a noun, no verb's form. */
function afterPrepositionEn(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.folded === 'en' && !tokens[i]!.folded.endsWith('ant') && !BEFORE_PRONOUN_EN.has(tokens[i - 2]?.folded ?? '');
}

const gerundHeads = new WeakMap<ReportingVerb, string>();

/** The first word of a verb's present participle, folded: « accusant », "accusing" (of "accusing … of"). */
function gerundHead(verb: ReportingVerb): string {
  let head = gerundHeads.get(verb);
  if (head === undefined) gerundHeads.set(verb, (head = foldText(verb.gerund!.split(' ')[0]!)));
  return head;
}

function isInvertedAux(tokens: readonly Token[], i: number): boolean {
  return INVERTED_PRONOUN.test(tokens[i]?.text ?? '');
}

/** How many words after a verb that judges its verdict or penalty may stand (« a condamné mercredi X, maire de …, à … »). */
const JUDGEMENT_REACH = 30;

/** Whether the clause after a verb that judges names a verdict or a penalty (« coupable », « de prison avec sursis »). */
export function passesJudgement(lex: ReportingVerbsLexicon, tokens: readonly Token[], after: number): boolean {
  const end = Math.min(tokens.length, after + JUDGEMENT_REACH);
  for (let k = after; k < end && !/^[.;:?!«“"]$/u.test(tokens[k]!.text); k++) if (lex.judgement.has(tokens[k]!.folded)) return true;
  return false;
}

/** Words an apposition after a name may run over before its verb ("62, of Bagatelle Road", "one of the three who voted against"). */
const APPOSITION_WORDS = 12;

/**
 * '"…," Sharon Mohammed, 62, of Bagatelle Road, told Newsday', "Losana Waqa, one of the three who voted against, told
 * reporters": the token of a reporting verb right after the comma that closes an apposition opening at `comma`, or -1.
 */
export function verbAfterApposition(tokens: readonly Token[], comma: number, lex: ReportingVerbsLexicon): number {
  if (tokens[comma]?.text !== ',') return -1;
  for (let k = comma + 2; k < Math.min(tokens.length, comma + 2 + APPOSITION_WORDS); k++) {
    if (/^[.;:!?«»“”"]$/u.test(tokens[k]!.text)) return -1;
    if (tokens[k - 1]!.text === ',' && matchReportingVerb(tokens, k, lex)) return k;
  }
  return -1;
}
