// Tokenise text into words with character offsets, splitting French elisions (« d'Assad » → d' + Assad).
import { foldText } from './normalize.js';
import type { Span } from './span.js';

export interface Token extends Span {
  /** True for a word that begins with a capital letter. */
  capitalised: boolean;
  /** The text folded as foldText does, computed once: look-ups compare folded words. */
  folded: string;
}

// Order matters: web domains and handles before plain words; words keep inner hyphens and apostrophes, and the digits
// that end a name (« TF1 », "LN24", « G20 »); capitals joined by « & » are one name ("CD&V", "AT&T", "H&M").
const TOKEN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:fr|com|org|net|ch|be|ca|eu|io|ru|de|uk|info|news)(?![\p{L}\p{N}])|@\w+|\p{Lu}+&\p{Lu}+(?![\p{L}\p{N}])|\p{L}+(?:[-'’]\p{L}+)*\p{N}*\.?|\p{N}+(?:[.,:h]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
// English possessive and contraction: "Whitfield's" → Whitfield + 's, so a name never ends in 's.
const POSSESSIVE = /\p{L}['’]s$/u;
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;
// A trailing period belongs to the word only for initials and abbreviations ("J.", "M.", "St.").
const ABBREVIATION = /^(?:\p{Lu}|M|Mme|Mlle|Dr|Mr|Mrs|Ms|St|Sr|Jr|Pr|Me|Mgr|Gen|Sen|Rep|Gov|Pres|Hon|Prof|Rev|Cllr|Capt|Col|Lt|Sgt)\.$/u;

/** A capital first, perhaps after a Polynesian ʻokina (« ʻAkilisi », "ʻUiha"). */
const CAPITALISED = /^[ʻʼ]?\p{Lu}/u;

function token(text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, capitalised: CAPITALISED.test(t), folded: foldText(t) };
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    let start = from + m.index;
    let end = start + m[0].length;
    let word = m[0];
    const elision = ELISION.exec(word);
    if (elision) {
      tokens.push(token(text, start, start + elision[0].length));
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    if (POSSESSIVE.test(word)) {
      tokens.push(token(text, start, end - 2));
      tokens.push(token(text, end - 2, end));
      continue;
    }
    if (word.endsWith('.') && word.length > 1 && !ABBREVIATION.test(word)) {
      tokens.push(token(text, start, end - 1));
      tokens.push(token(text, end - 1, end));
      continue;
    }
    tokens.push(token(text, start, end));
  }
  return tokens;
}
