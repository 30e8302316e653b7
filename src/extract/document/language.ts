// Tell the language of a text (article, quote, tweet) from its function words.
import type { Stopwords } from '../lexicon/lexicons.js';

const setCache = new WeakMap<Stopwords, Map<string, Set<string>>>();

function stopwordSets(stopwords: Stopwords): Map<string, Set<string>> {
  let sets = setCache.get(stopwords);
  if (!sets) {
    sets = new Map(Object.entries(stopwords).filter(([lang]) => lang !== 'about').map(([lang, words]) => [lang, new Set(words)]));
    setCache.set(stopwords, sets);
  }
  return sets;
}

/**
 * The language whose function words are most frequent in the text, or `fallback` when none stands out.
 * Trigram models (franc and the like) are unreliable on tweet-length text; for telling a few
 * well-described languages apart, function words are both faster and more accurate.
 */
export function detectLanguage(text: string, stopwords: Stopwords, fallback = 'und'): string {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}']+/gu) ?? [];
  let best = fallback;
  let bestScore = 0;
  let second = 0;
  for (const [lang, set] of stopwordSets(stopwords)) {
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
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
