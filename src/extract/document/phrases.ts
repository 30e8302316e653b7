// Match lexicon phrases (titles, nationalities, reporting verbs) against tokens, longest first, ignoring case and accents.
import { tokenize, type Token } from './tokens.js';

export interface PhraseMatch<V> {
  /** Number of tokens matched. */
  length: number;
  value: V;
}

export const foldToken = (t: Token): string => t.folded;

/** One node per word of the phrases added: a trie, walked word by word without building strings. */
interface TrieNode<V> {
  next?: Map<string, TrieNode<V>>;
  value?: V;
}

export class PhraseIndex<V> {
  private readonly root: TrieNode<V> = {};

  add(phrase: string, value: V): this {
    const words = tokenize(phrase).map(foldToken);
    if (words.length === 0) return this;
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = {}));
      node = child;
    }
    // The first value given for a phrase stays.
    if (node.value === undefined) node.value = value;
    return this;
  }

  /** The longest phrase starting at token i. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    let found: PhraseMatch<V> | undefined;
    let node: TrieNode<V> | undefined = this.root;
    for (let n = i; n < tokens.length; n++) {
      node = node.next?.get(tokens[n]!.folded);
      if (!node) break;
      if (node.value !== undefined) found = { length: n - i + 1, value: node.value };
    }
    return found;
  }
}
