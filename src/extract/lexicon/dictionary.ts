// Ordinary words of English and French (an-array-of-english-words, an-array-of-french-words): a capitalised word
// that is also a common word ("Justice", "Swimming", « Maison ») is weaker evidence of a person's name.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let words: Set<string> | undefined;

/** Loaded on first use: about 600,000 words, read once per process. */
function dictionary(): Set<string> {
  words ??= new Set([...(require('an-array-of-english-words') as string[]), ...(require('an-array-of-french-words') as string[])]);
  return words;
}

/** True when the word, in lower case, is a common English or French word. */
export function isCommonWord(word: string): boolean {
  return dictionary().has(word.toLowerCase());
}
