// Match lexicon phrases (titles, nationalities, reporting verbs) against tokens, longest first, ignoring case and accents.
import { foldText } from './normalize.js';
import { tokenize, type Token } from './tokens.js';

export interface PhraseMatch<V> {
  /** Number of tokens matched. */
  length: number;
  value: V;
}

export const foldToken = (t: Token): string => t.folded;

export class PhraseIndex<V> {
  private readonly entries = new Map<string, V>();
  private maxTokens = 0;

  add(phrase: string, value: V): this {
    const words = tokenize(phrase).map(foldToken);
    const key = words.join(' ');
    if (key !== '' && !this.entries.has(key)) this.entries.set(key, value);
    this.maxTokens = Math.max(this.maxTokens, words.length);
    return this;
  }

  /** The longest phrase starting at token i. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    let key = '';
    const keys: string[] = [];
    for (let n = 0; n < Math.min(this.maxTokens, tokens.length - i); n++) {
      key = n === 0 ? tokens[i]!.folded : `${key} ${tokens[i + n]!.folded}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1]!;
      const value = this.entries.get(key);
      if (value !== undefined) return { length: n, value };
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.entries.has(foldText(word));
  }
}
