// Find where a text names knowledge-base entities, by their names and aliases, longest match first.
import { foldText } from '../document/normalize.js';
import { allNames, tokenKey, type KbIndex } from '../lexicon/kb-index.js';
import type { KbEntity } from '../lexicon/lexicons.js';
import type { Token } from '../document/tokens.js';
import type { Span } from '../types.js';

export interface KbMention {
  span: Span;
  /** What the words name everywhere; empty when they are only a home name. */
  candidates: KbEntity[];
  /** Bodies of several countries that go by these words at home, to choose from by the article's country. */
  atHome: KbEntity[];
}

const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/**
 * Capitalised words of an alias must be capitalised in the text ("Le Point" is an outlet, « au point » is not),
 * and acronyms must be in capitals ("UN" is not « Un petit tweet »). After a capitalised first word, French writes
 * the rest of a name in lower case (« Parti québécois » for "Parti Québécois").
 */
function caseCompatible(surface: readonly Token[], alias: string): boolean {
  const aliasWords = alias.split(/\s+/);
  if (aliasWords.length !== surface.length) return surface.some((t) => t.capitalised) && !aliasWords.some(isAcronym);
  const lowerCaseBody = isLowerCaseBody(aliasWords);
  // « Le Monde », « La Liberté »: after a capitalised article, the name's own words keep their capitals (« Le monde entier »).
  const restMayBeLower = surface[0]!.capitalised && !ARTICLES.has(surface[0]!.folded);
  return aliasWords.every((w, i) => {
    const t = surface[i]!.text;
    if (isAcronym(w)) return t === t.toUpperCase();
    return !/^\p{Lu}/u.test(w) || surface[i]!.capitalised || (i > 0 && restMayBeLower) || lowerCaseBody;
  });
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);
/** « dans les 24 heures », "within 24 hours": before these, a name that opens with a number is a count. */
const BEFORE_A_COUNT = new Set(['les', 'des', 'ces', 'en', 'dans', 'depuis', 'pendant', 'sous', 'aux', 'sur', 'of', 'in', 'within', 'for', 'the', 'last', 'next', 'first', 'past']);

/** « 24 heures sur 24 », "24 hours a day": after these, it is a count too. */
const AFTER_A_COUNT = new Set(['sur', 'par', 'a', 'per']);

/**
 * « Parquet national financier », « Cour de cassation »: a name of three or more words with only its first one
 * capitalised is an institution's, which the press also writes all in lower case (« le parquet national financier »).
 */
function isLowerCaseBody(aliasWords: readonly string[]): boolean {
  return aliasWords.length >= 3 && aliasWords.slice(1).every((w) => !/\p{Lu}/u.test(w));
}

/** Punctuation folds to nothing: a word has letters or digits left. */
function isWord(t: Token): boolean {
  return t.folded !== '' && t.folded !== '@';
}

/** French articles fused with a preposition: « du Soir » is « de » + « Le Soir », « aux Républicains » « à » + « Les Républicains ». */
const CONTRACTIONS: Record<string, string> = { du: 'le', au: 'le', des: 'les', aux: 'les' };
/** Words after a name that go on naming something else: « au Centre de presse », « du Monde diplomatique ». */
const NAME_GOES_ON = /^(?:de|du|des|d|of|\p{Ll}+(?:al|ale|aux|ique|ier|ière|if|ive|aire|el|elle|ien|ienne|ais|aise|é|ée))$/u;

export function findKbMentions(text: string, tokens: readonly Token[], index: KbIndex): KbMention[] {
  const found: KbMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // « le président du Centre », « confié au Soir »: a name that opens on « Le », « Les », after their contraction.
    const article = i > 0 && tokens[i]!.capitalised ? CONTRACTIONS[tokens[i - 1]!.folded] : undefined;
    const contracted = article !== undefined ? longestMatch(text, tokens, index, i, article) : undefined;
    const goesOn = contracted && (tokens[i + contracted.words]?.capitalised || NAME_GOES_ON.test(tokens[i + contracted.words]?.folded ?? ''));
    const match = (contracted && !goesOn ? contracted : undefined) ?? longestMatch(text, tokens, index, i);
    if (match) found.push(withHomeNamesAfterArticle(match, text, tokens, index, i));
    i += Math.max(match?.words ?? 0, 1);
  }
  return found;
}

/**
 * "the Greens" is one country's home name with its article and others' without it: a match at home only, opening on
 * an article, may be any of them, the one of the article's country (chosen later, by country).
 */
function withHomeNamesAfterArticle(match: { mention: KbMention; words: number }, text: string, tokens: readonly Token[], index: KbIndex, i: number): KbMention {
  const { mention, words } = match;
  if (mention.candidates.length > 0 || words < 2 || !HOME_NAME_ARTICLES.has(tokens[i]!.folded)) return mention;
  const after = longestMatch(text, tokens, index, i + 1);
  if (!after || after.words !== words - 1 || after.mention.candidates.length > 0) return mention;
  return { ...mention, atHome: [...mention.atHome, ...after.mention.atHome.filter((e) => !mention.atHome.includes(e))] };
}
/** Articles a home name may open with ("the Greens", « les Verts »). */
const HOME_NAME_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/** The longest name the knowledge base knows at token `i` (after an elided article, when one is given). */
function longestMatch(text: string, tokens: readonly Token[], index: KbIndex, i: number, article?: string): { mention: KbMention; words: number } | undefined {
  if (!isWord(tokens[i]!)) return undefined;
  // Names do not run across punctuation (« Bachar el-) Assad » is two pieces): grow the key word by word.
  const keys: string[] = [];
  for (let n = 0; n < index.maxAliasWords * 2 && i + n < tokens.length && isWord(tokens[i + n]!); n++) {
    const key = n === 0 ? (article ? `${article} ${tokens[i]!.folded}` : tokens[i]!.folded) : `${keys[n - 1]} ${tokens[i + n]!.folded}`;
    if (!index.prefixes.has(key)) break;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const key = keys[n - 1]!;
    const words = tokens.slice(i, i + n);
    const withoutArticle = (a: string) => (article ? a.replace(/^\S+\s+/u, '') : a);
    const fits = (names: readonly string[]) => names.some((a) => (foldText(a) === key || tokenKey(a) === key) && caseCompatible(words, withoutArticle(a)));
    if (/^\p{N}/u.test(tokens[i]!.text) && ((i > 0 && BEFORE_A_COUNT.has(tokens[i - 1]!.folded)) || AFTER_A_COUNT.has(tokens[i + n]?.folded ?? ''))) continue;
    const fitting = (index.byAlias.get(key) ?? []).filter((c) => fits(allNames(c)));
    const atHome = (index.byHomeName.get(key) ?? []).filter((c) => fits(c.homeNames!));
    if (fitting.length === 0 && atHome.length === 0) continue;
    const last = words[n - 1]!;
    return { mention: { span: { start: tokens[i]!.start, end: last.end, text: text.slice(tokens[i]!.start, last.end) }, candidates: fitting, atHome }, words: n };
  }
  return undefined;
}
