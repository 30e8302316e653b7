// Tell the language of a text (article, quote, tweet) from its function words.
import type { Stopwords } from '../lexicon/lexicons.js';
import { foldText } from './normalize.js';
import { tokenize, type Token } from './tokens.js';

const setCache = new WeakMap<Stopwords, Map<string, Set<string>>>();

/** Each language's function words, folded as tokens are (« c'est » gives « c » and « est »). */
function stopwordSets(stopwords: Stopwords): Map<string, Set<string>> {
  let sets = setCache.get(stopwords);
  if (!sets) {
    sets = new Map(Object.entries(stopwords).filter(([lang]) => lang !== 'about').map(([lang, words]) => [lang, new Set(words.flatMap((w) => foldText(w).split(' ')))]));
    setCache.set(stopwords, sets);
  }
  return sets;
}

/**
 * The language whose function words are most frequent among the tokens, or `fallback` when none stands out.
 * Trigram models (franc and the like) are unreliable on tweet-length text; for telling a few
 * well-described languages apart, function words are both faster and more accurate.
 */
export function detectLanguageOfTokens(tokens: readonly Token[], stopwords: Stopwords, fallback = 'und'): string {
  let best = fallback;
  let bestScore = 0;
  let second = 0;
  for (const [lang, set] of stopwordSets(stopwords)) {
    let score = 0;
    for (const t of tokens) if (set.has(t.folded)) score++;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > second) {
      second = score;
    }
  }
  return bestScore >= 2 && bestScore > second ? best : fallback;
}

/** The language of a text that is not part of a document (the library's entry point for any string). */
export function detectLanguage(text: string, stopwords: Stopwords, fallback = 'und'): string {
  return detectLanguageOfTokens(tokenize(text), stopwords, fallback);
}
