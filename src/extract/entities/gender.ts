// A person's grammatical gender as the article marks it (« Mme », « la ministre », "spokeswoman") or, failing that,
// as their first name suggests: what « elle », « il », she and he can point back to.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getGender } from 'gender-detection-from-name';
import { isCommonWord } from '../lexicon/dictionary.js';
import { foldWord } from '../document/normalize.js';
import { PhraseIndex } from '../document/phrases.js';
import type { Token } from '../document/tokens.js';
import type { RolesLexicon } from '../lexicon/lexicons.js';

export type Gender = 'female' | 'male';

interface GenderWord {
  gender: Gender;
  /** As listed, in lower case: « président » is French and masculine, "president" English and either. */
  written: string;
}

const indexes = new WeakMap<RolesLexicon, PhraseIndex<GenderWord>>();

function genderWords(lex: RolesLexicon): PhraseIndex<GenderWord> {
  let index = indexes.get(lex);
  if (!index) {
    index = new PhraseIndex<GenderWord>();
    for (const w of lex.genders.female) index.add(w, { gender: 'female', written: w.toLowerCase() });
    for (const w of lex.genders.male) index.add(w, { gender: 'male', written: w.toLowerCase() });
    indexes.set(lex, index);
  }
  return index;
}

/** A word listed with accents marks its gender only written with them ("President" is no « président »). */
function writtenAsListed(t: Token, word: GenderWord): boolean {
  return word.written === foldWord(word.written) || /\s/u.test(word.written) || t.text.toLowerCase() === word.written;
}

/** Prepositions that open a noun phrase's complement: « de la Haute-Loire », "of the Treasury". */
const COMPLEMENT_OPENERS = new Set(['de', 'du', 'des', 'd', "d'", 'd’', 'of', 'for']);

/**
 * The gender the words of tokens[from, to) mark, when they agree on one; a complement is another noun's
 * (« l'élu de la Haute-Loire » is a man, « le président de la République » too).
 */
export function genderMarkedIn(tokens: readonly Token[], from: number, to: number, lex: RolesLexicon): Gender | undefined {
  const index = genderWords(lex);
  const found = new Set<Gender>();
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    if (k > from && COMPLEMENT_OPENERS.has(tokens[k]!.text.toLowerCase())) break;
    const m = index.matchAt(tokens, k);
    if (m && k + m.length <= to && writtenAsListed(tokens[k]!, m.value)) found.add(m.value.gender);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The gender a full name's first name usually has, from gender-detection-from-name's lists; none for a single name. */
export function genderOfName(name: string): Gender | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const first = words[0]!.split('-')[0]!;
  const byName = firstNameGenders();
  // A name written with accents the lists never give it is another name: Icelandic « Ólöf » is no Swedish "Olof".
  const lower = first.toLowerCase();
  if (lower !== foldWord(lower) && !writtenNames!.has(lower)) return undefined;
  return byName.get(foldWord(first));
}

const NAME_LISTS = ['en', 'fr', 'de', 'es', 'it', 'tr'];
let genders: Map<string, Gender> | undefined;
/** Names the lists give both genders, the other often enough to doubt (« Patrice », « Dominique », « Camille »). */
let epicene: Set<string> | undefined;
/** How many listings of the other gender outweigh a name's gender: four to one is a gender, three to two is doubt. */
const CERTAIN_GENDER_RATIO = 4;
let listed: Set<string> | undefined;
/** The names as the lists write them, accents included, in lower case. */
let writtenNames: Set<string> | undefined;

/**
 * The gender most of the package's lists give each first name, none on a tie. The package's own look-up keeps, of a
 * name listed with both genders, the one listed last (« Bertrand » comes out female, « Jean » female in French), so
 * its lists are read here, once, and their votes counted: « Bertrand » (male and female in the French list) has none,
 * « Jean » (male in four lists, female in two) is male.
 */
function firstNameGenders(): Map<string, Gender> {
  if (genders) return genders;
  const votes = new Map<string, number>();
  const male = new Map<string, number>();
  const female = new Map<string, number>();
  writtenNames = new Set();
  const require = createRequire(import.meta.url);
  for (const lang of NAME_LISTS) {
    const list = readFileSync(require.resolve(`gender-detection-from-name/names/${lang}`), 'utf8');
    for (const m of list.matchAll(/\['([^']+)', '(male|female)'\]/g)) {
      // « Hélène » and "Helene" are one name: the lists write it both ways.
      writtenNames.add(m[1]!.toLowerCase());
      const name = foldWord(m[1]!);
      votes.set(name, (votes.get(name) ?? 0) + (m[2] === 'male' ? 1 : -1));
      const listings = m[2] === 'male' ? male : female;
      listings.set(name, (listings.get(name) ?? 0) + 1);
    }
  }
  listed = new Set(votes.keys());
  epicene = new Set([...male].filter(([n, m]) => Math.min(m, female.get(n) ?? 0) * CERTAIN_GENDER_RATIO > Math.max(m, female.get(n) ?? 0)).map(([n]) => n));
  genders = new Map();
  for (const [name, vote] of votes) if (vote !== 0) genders.set(name, vote > 0 ? 'male' : 'female');
  return genders;
}

/** The gender the lists give a full name's first name, none when they give the other gender often enough to doubt. */
export function certainGenderOfName(name: string): Gender | undefined {
  const gender = genderOfName(name);
  return gender && !epicene!.has(foldWord(name.split(/\s+/)[0]!.split('-')[0]!)) ? gender : undefined;
}

/** Every first name the lists hold, folded. */
function listedFirstNames(): Set<string> {
  if (!listed) firstNameGenders();
  return listed!;
}

/**
 * A word the first-name lists of gender-detection-from-name know. They hold common words too ("Justice", "Premier"):
 * such a word is a first name only when the word after it, the family name, is no common word ("Guy Lafrenière").
 */
export function isListedFirstName(word: string, next?: string): boolean {
  const familyNameAfter = next !== undefined && /^\p{Lu}/u.test(next) && !isCommonWord(next);
  if (!isFirstNameInLists(word)) return familyNameAfter && isListedUnaccented(word);
  return !isCommonWord(word) || familyNameAfter;
}

/**
 * "Tomás Engel", « Réjean Lavoie »: the lists write such names unaccented. Found that way, a word is a first name only
 * before a family name, as a common word is: « Léman Bleu » is no one.
 */
function isListedUnaccented(word: string): boolean {
  return word.length >= 3 && /^\p{Lu}\p{Ll}/u.test(word) && isFirstNameAnywhere(word);
}

/** Whether the name lists hold the word as a first name, accents aside (« Réjean »), whatever the word after it. */
export function isFirstNameAnywhere(word: string): boolean {
  return !isPlaceCompound(word) && listedFirstNames().has(foldWord(word.split('-')[0]!));
}

/** « Val-de-Marne », « Ille-et-Vilaine », « Boulogne-sur-Mer »: a lower-case piece between hyphens makes a place, no first name. */
const isPlaceCompound = (word: string) => /-\p{Ll}+-/u.test(word);

/** Whether the name lists know the word as a first name at all, ordinary word or not ("Toby", "Rose"). */
export function isFirstNameInLists(word: string): boolean {
  return word.length >= 3 && /^\p{Lu}\p{Ll}/u.test(word) && !isPlaceCompound(word) && getGender(word.split('-')[0]!) !== 'unknown';
}

/** « elle », « -t-elle », she → female; « il », he → male; plural and other pronouns → none. */
export function genderOfPronoun(pronoun: string): Gender | undefined {
  const p = pronoun.toLowerCase();
  if (/(?:^|-)(?:elle|she|her)$|^celle-/u.test(p)) return 'female';
  if (/(?:^|-)(?:il|he|him|his)$|^celui-/u.test(p)) return 'male';
  return undefined;
}
