// Ordinary words of English and French (an-array-of-english-words, an-array-of-french-words): a capitalised word
// that is also a common word ("Justice", "Swimming", « Maison ») is weaker evidence of a person's name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A word list as its package ships it, a JSON array of lower-case words in code-unit order without escapes, searched
 * in place: parsing its 600,000 strings into a Set cost half a second and 40 MB in every process and worker.
 */
class SortedWordList {
  private readonly json: string;
  /** Offset of each word's opening quote. */
  private readonly starts: Int32Array;

  constructor(json: string) {
    this.json = json;
    const starts: number[] = [];
    for (let at = json.indexOf('"'); at >= 0; at = json.indexOf('"', json.indexOf('"', at + 1) + 1)) starts.push(at);
    this.starts = Int32Array.from(starts);
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]! + 1;
      const entry = this.json.slice(start, this.json.indexOf('"', start));
      if (entry === word) return true;
      if (entry < word) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

let lists: SortedWordList[] | undefined;

/** Read on first use, once per process. */
function dictionary(): SortedWordList[] {
  lists ??= ['an-array-of-english-words', 'an-array-of-french-words'].map((name) => new SortedWordList(readFileSync(require.resolve(name), 'utf8')));
  return lists;
}

/** Words recur (names, function words): remembering the answer saves most of the searching. */
const known = new Map<string, boolean>();
const KNOWN_CACHE_SIZE = 200_000;

/** True when the word, in lower case, is a common English or French word. */
export function isCommonWord(word: string): boolean {
  let common = known.get(word);
  if (common === undefined) {
    const lower = word.toLowerCase();
    common = dictionary().some((list) => list.has(lower));
    if (known.size >= KNOWN_CACHE_SIZE) known.clear();
    known.set(word, common);
  }
  return common;
}
