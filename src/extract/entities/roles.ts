// Find role phrases: a title with its nationality, party and place (« le sénateur républicain de Floride »,
// « son homologue russe », « le maître du Kremlin »), and the determiner that says whether it stands for a person.
import type { RolesLexicon } from '../lexicon/lexicons.js';
import { foldToken, PhraseIndex } from '../document/phrases.js';
import { tokenize, type Token } from '../document/tokens.js';
import { foldWord } from '../document/normalize.js';
import { isListedFirstName } from './gender.js';

export interface RolePhrase {
  /** Token range [start, end). */
  start: number;
  end: number;
  title: string;
  /** Country code from a nationality adjective or a periphrasis. */
  country?: string;
  /** Party (canonical name) from a party adjective. */
  party?: string;
  /** The party adjective's token. */
  partyAt?: number;
  /** « de Floride », "of Florida": the place or body, as written. */
  qualifier?: string;
  /** « son homologue »: the same title as the person last spoken of, in another country. */
  counterpart: boolean;
  /** « l'ancien ministre », "the shadow education secretary": a title the person does not hold now. */
  notCurrent?: boolean;
  /** Singular definite or possessive determiner before it: the phrase can stand for one person. */
  definite: boolean;
}

interface RoleIndexes {
  titles: PhraseIndex<string>;
  /** Every word of every title as written, in lower case: accents tell « maire » from the Irish name « Máire ». */
  titleWords: Set<string>;
  nationalities: PhraseIndex<string>;
  parties: PhraseIndex<string>;
  counterpart: PhraseIndex<true>;
  periphrases: PhraseIndex<{ title: string; of: string }>;
  portfolios: Set<string>;
}

const cache = new WeakMap<RolesLexicon, RoleIndexes>();

function indexes(lex: RolesLexicon): RoleIndexes {
  let ix = cache.get(lex);
  if (ix) return ix;
  ix = {
    titles: new PhraseIndex(),
    titleWords: new Set(),
    nationalities: new PhraseIndex(),
    parties: new PhraseIndex(),
    counterpart: new PhraseIndex(),
    periphrases: new PhraseIndex(),
    portfolios: new Set(Object.values(lex.portfolios).flat()),
  };
  for (const [title, byLang] of Object.entries(lex.titles)) {
    for (const words of Object.values(byLang)) {
      for (const w of words) {
        ix.titles.add(w, title);
        for (const t of tokenize(w.toLowerCase())) ix.titleWords.add(t.text);
      }
    }
  }
  for (const [country, words] of Object.entries(lex.nationalities)) for (const w of words) ix.nationalities.add(w, country);
  for (const [party, words] of Object.entries(lex.parties)) for (const w of words) ix.parties.add(w, party);
  for (const words of Object.values(lex.counterpart)) for (const w of words) ix.counterpart.add(w, true);
  for (const p of lex.periphrases) for (const [k, v] of Object.entries(p)) if (k !== 'title' && k !== 'of') ix.periphrases.add(v, { title: p.title, of: p.of });
  cache.set(lex, ix);
  return ix;
}

/** Words before a saint's name (folded): the name after them is a place's, nobody's. */
const SAINTS = new Set(['st', 'saint', 'sainte', 'ste']);
const SINGULAR_DEFINITE = new Set(['le', 'la', 'l', 'son', 'sa', 'the', 'his', 'her', 'its', 'this', 'ce', 'cet', 'cette', 'notre', 'leur', 'du', 'au']);
const DETERMINERS = new Set([...SINGULAR_DEFINITE, 'les', 'des', 'ses', 'leurs', 'un', 'une', 'a', 'an', 'aux', 'ces']);
/** Words before a title that say the person does not hold it now. */
export const NOT_CURRENT = new Set(['ancien', 'ancienne', 'ex', 'former', 'shadow', 'fantome', 'futur', 'future', 'outgoing', 'sortant', 'sortante']);
const FRENCH_DETERMINERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'son', 'sa', 'ses', 'ce', 'cet', 'cette', 'ces', 'notre', 'leur', 'leurs']);
const ORDINAL = new Set(['ancien', 'ancienne', 'ex', 'futur', 'future', 'nouveau', 'nouvelle', 'former', 'new', 'actuel', 'actuelle', 'premier', 'première']);

/** "Conservative government", "Labor MP": a capitalised party adjective before a lower-case word names the party. */
export function partyNamedAt(tokens: readonly Token[], i: number, lex: RolesLexicon, sentenceStart: boolean): { party: string; length: number } | undefined {
  const m = indexes(lex).parties.matchAt(tokens, i);
  if (!m || !tokens[i]!.capitalised) return undefined;
  // Before a title ("Labor MP", "Conservative leader", "Republican state Rep.") even at a sentence's start; before
  // another word, only inside one.
  const titleAt = (k: number) => indexes(lex).titles.matchAt(tokens, k) !== undefined;
  const after = i + m.length;
  const beforeTitle = titleAt(after) || (/^\p{Ll}+$/u.test(tokens[after]?.text ?? '') && titleAt(after + 1));
  if (!beforeTitle && (sentenceStart || !/^\p{Ll}/u.test(tokens[i + m.length]?.text ?? ''))) return undefined;
  return { party: m.value, length: m.length };
}

/**
 * « le président de l'Agglomération du Val de Scarpe »: the place or body after the role's own « de X » belongs to
 * the role (« du Val de Scarpe »), not to the name a role introduces; a first name there starts that name instead.
 */
function complementEnd(tokens: readonly Token[], from: number, isFirstName: (word: string) => boolean): number {
  const folded = (k: number) => (tokens[k] ? foldToken(tokens[k]!) : '');
  let e = from;
  for (;;) {
    // « , de l'Urbanisme et des Biens de l'État »: a portfolio listed after a comma or « et ».
    const at = (tokens[e]?.text === ',' || folded(e) === 'et') && COMPLEMENT_OF.has(folded(e + 1)) ? e + 1 : e;
    if (!COMPLEMENT_OF.has(folded(at))) return e;
    const article = COMPLEMENT_ARTICLES.has(folded(at + 1)) ? 1 : 0;
    const word = tokens[at + 1 + article];
    if (word?.capitalised && !isFirstName(word.text)) {
      e = at + 2 + article;
      while (tokens[e]?.capitalised || (COMPLEMENT_LINKS.has(folded(e)) && tokens[e + 1]?.capitalised)) e++;
    } else if (at === e && article === 0 && word && /^\p{Ll}{3,}$/u.test(word.text) && tokens[e - 1]?.capitalised) {
      // « de l'Aménagement du territoire »: one word in lower case completes the capitalised one before it.
      e = at + 2;
    } else {
      return e;
    }
  }
}

/** Nouns that end an English ministry's portfolio of several words ("Economic Affairs", "Water Resources"). */
const PORTFOLIO_ENDS = new Set(['affairs', 'resources', 'relations', 'services', 'works', 'development', 'protection', 'planning', 'fisheries', 'industries']);
/** Most words of such a portfolio. */
const MAX_PORTFOLIO_RUN = 4;

/**
 * Where a portfolio of capitalised words that starts at `from` ends, right after its closing noun, when two
 * capitalised words or more (a person's name) follow it; else undefined.
 */
function portfolioEndAt(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k < from + MAX_PORTFOLIO_RUN && tokens[k]?.capitalised; k++) {
    if (!PORTFOLIO_ENDS.has(tokens[k]!.folded)) continue;
    return tokens[k + 1]?.capitalised && tokens[k + 2]?.capitalised ? k + 1 : undefined;
  }
  return undefined;
}

/** Prepositions of a title's complement, the articles after them, and the words inside a complement's name. */
const COMPLEMENT_OF = new Set(['du', 'de', 'des', 'd']);
const COMPLEMENT_ARTICLES = new Set(['la', 'le', 'l', 'les']);
const COMPLEMENT_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'd', 'l']);

/** A word with accents no title word has: « Máire » is a name, not « maire ». */
function accentsDiffer(word: string, titleWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return !titleWords.has(lower) && lower !== foldWord(lower);
}

/** "Co-leader", « co-porte-parole », « co-présidente »: a title shared by two, which each of them holds. */
function sharedTitleAt(tokens: readonly Token[], j: number, ix: RoleIndexes): { length: number; value: string } | undefined {
  const t = tokens[j];
  if (!t || !/^co[ -]\p{L}{3}/u.test(t.folded)) return undefined;
  const bare = { ...t, text: t.text.slice(3), folded: t.folded.slice(3), capitalised: false };
  return ix.titles.matchAt([bare, ...tokens.slice(j + 1, j + 4)], 0);
}

/** Role phrase starting at token i (determiner included when there is one). */
export function matchRolePhrase(tokens: readonly Token[], i: number, lex: RolesLexicon, isFirstName: (word: string) => boolean): RolePhrase | undefined {
  const ix = indexes(lex);
  let j = i;
  const det = tokens[j] ? foldToken(tokens[j]!) : '';
  const hasDeterminer = DETERMINERS.has(det);
  if (hasDeterminer) j++;
  // « le premier secrétaire »: an ordinal before a title; but "Premier Michael Hollis" and "the premier" are a title itself.
  let k = j;
  while (tokens[k] && ORDINAL.has(foldToken(tokens[k]!))) k++;
  const notCurrent = tokens.slice(j, k).some((t) => NOT_CURRENT.has(foldToken(t))) || undefined;
  if (k > j) {
    const whole = ix.titles.matchAt(tokens, j);
    const ordinalInTitle = whole !== undefined && j + whole.length > k; // « Premier ministre »
    const titleAfter = ix.titles.matchAt(tokens, k) || ix.periphrases.matchAt(tokens, k) || ix.counterpart.matchAt(tokens, k);
    // (« au premier tour »: after a French determiner, an ordinal before a lower-case word is the ordinal.)
    const ordinalOfNoun = FRENCH_DETERMINERS.has(det) && /^\p{Ll}/u.test(tokens[k]?.text ?? '');
    if (!ordinalInTitle) {
      if (titleAfter) j = k;
      else if (!whole || (!hasDeterminer && !tokens[j]!.capitalised) || ordinalOfNoun) return undefined;
    }
  }

  // "the PM": a title in capitals that stands for a person after "the" only.
  const abbreviated = tokens[j] && SINGULAR_DEFINITE.has(det) ? lex.abbreviations[tokens[j]!.text] : undefined;
  if (abbreviated) return { start: i, end: j + 1, title: abbreviated, counterpart: false, definite: true };
  // "the justice secretary", "the health minister": a portfolio in lower case before a minister's title.
  const portfolio = hasDeterminer && tokens[j] && ix.portfolios.has(tokens[j]!.text) && ix.titles.matchAt(tokens, j + 1)?.value === 'minister' ? tokens[j]!.text : undefined;
  if (portfolio) j++;
  const periphrasis = ix.periphrases.matchAt(tokens, j);
  if (periphrasis) {
    return { start: i, end: j + periphrasis.length, title: periphrasis.value.title, country: periphrasis.value.of, counterpart: false, definite: SINGULAR_DEFINITE.has(det) };
  }
  const counterpart = ix.counterpart.matchAt(tokens, j);
  const title = counterpart ? undefined : ix.titles.matchAt(tokens, j) ?? sharedTitleAt(tokens, j, ix);
  if (!counterpart && !title) return undefined;
  if (title && tokens.slice(j, j + title.length).some((t) => accentsDiffer(t.text.replace(/^co-/iu, ''), ix.titleWords))) return undefined;
  // "the Member for Clarendon North Western": the seat after "for" is read below, as after "the MP for".
  const seatAfter = title !== undefined && tokens[j + title.length - 1]?.folded === 'for' ? 1 : 0;
  // A title word capitalised mid-sentence that is not a title use ("Président" as a name) is still a title here.
  const phrase: RolePhrase = {
    start: i,
    end: j + (counterpart?.length ?? title!.length - seatAfter),
    title: title?.value ?? '',
    counterpart: counterpart !== undefined,
    definite: SINGULAR_DEFINITE.has(det),
    notCurrent,
    ...(portfolio && { qualifier: portfolio }),
  };
  // Modifiers in any order: nationality, party, « de Floride » / "of Florida", « américain ».
  for (let guard = 0; guard < 4; guard++) {
    const k = phrase.end;
    const nat = ix.nationalities.matchAt(tokens, k);
    if (nat && !phrase.country) {
      phrase.country = nat.value;
      phrase.end += nat.length;
      continue;
    }
    const party = ix.parties.matchAt(tokens, k);
    if (party && !phrase.party) {
      phrase.party = party.value;
      phrase.partyAt = k;
      phrase.end += party.length;
      continue;
    }
    const prep = tokens[k] ? foldToken(tokens[k]!) : '';
    // "the Labour MP for Northbridge East": the constituency, however many words, is the role's, not a person.
    if (prep === 'for' && tokens[k + 1]?.capitalised && !phrase.qualifier) {
      let e = k + 1;
      // (A saint's name is the seat's: "St Catherine South Eastern".)
      while (tokens[e]?.capitalised && /\p{L}/u.test(tokens[e]!.text) && (!isFirstName(tokens[e]!.text) || SAINTS.has(tokens[e - 1]!.folded))) e++;
      // "TD for Cork North-West Donal Creedon": a first name and a family name that end the run are the person's.
      if (e - (k + 1) >= 3 && isListedFirstName(tokens[e - 2]!.text, tokens[e - 1]!.text)) e -= 2;
      if (e > k + 1) {
        phrase.qualifier = tokens.slice(k + 1, e).map((t) => t.text).join(' ');
        phrase.end = e;
        continue;
      }
    }
    // « de Floride », « de l'Environnement », "of the Treasury", but not « de Donald Trump »: one word, not a first name.
    const article = tokens[k + 1] && ['l', 'la', 'le', 'the'].includes(foldToken(tokens[k + 1]!)) ? 1 : 0;
    const word = tokens[k + 1 + article];
    if ((prep === 'de' || prep === 'of' || prep === 'd' || prep === 'du') && word?.capitalised && !phrase.qualifier) {
      if (isFirstName(word.text)) break;
      // "Minister of Economic Affairs Rein Ojala": a portfolio that ends on its noun ("Affairs", "Resources"), a
      // person's name of two words or more after it.
      const portfolioEnd = article === 0 ? portfolioEndAt(tokens, k + 1) : undefined;
      if (portfolioEnd !== undefined) {
        phrase.qualifier = tokens.slice(k + 1, portfolioEnd).map((t) => t.text).join(' ');
        phrase.end = portfolioEnd;
        continue;
      }
      // "secretary of the National Education Union": a name of several words is a body of its own, not a modifier.
      const next = tokens[k + 2 + article];
      if (next?.capitalised && /^\p{L}/u.test(next.text) && !isFirstName(next.text)) break;
      phrase.qualifier = word.text;
      phrase.end = complementEnd(tokens, k + 2 + article, isFirstName);
      continue;
    }
    break;
  }
  return phrase;
}
