// Cluster the reports of one statement across articles and languages, near-linearly:
// same-language reports by MinHash LSH within each speaker's block, translations by their place beside the original.
import { createHash } from 'node:crypto';
import { foldText } from '../document/normalize.js';
import { candidatePairs, hashFeature, minhash } from './minhash.js';
import { stopwordSet, type Lexicons } from '../lexicon/lexicons.js';
import type { ArticleExtraction, Statement } from '../types.js';
import { pushTo } from '../../collections.js';

export const CLUSTER_DEFAULTS = {
  /** Overlap of content stems for two reports in one language. */
  sameLanguageOverlap: 0.5,
  /** Overlap for a translation beside its original, in one article. */
  translationOverlap: 0.3,
  /** How far apart, in characters, a translation and its original may stand. */
  translationDistance: 1000,
  signatureSize: 32,
  /** Above this many reports in one LSH bucket (wire copy reprinted everywhere), link each to one representative. */
  maxBucket: 50,
};

interface Item {
  statement: Statement;
  article: string;
  features: Uint32Array;
}

/**
 * Content words cut to four letters (cognates meet: « discuté »/"discussed", « impénétrable »/"impenetrable"), and the
 * entities named, each hashed to 32 bits: a sorted set of integers, a few bytes a statement however many a corpus has.
 */
export function statementFeatures(statement: Statement, extraction: ArticleExtraction, stopwords: ReadonlySet<string>): Uint32Array {
  const words = foldText(statement.text).split(' ').filter((w) => w.length >= 3 && !stopwords.has(w));
  const entities = extraction.mentions.filter((m) => statement.spans.some((s) => m.span.start >= s.start && m.span.end <= s.end)).map((m) => `entity:${m.entity}`);
  const hashes = [...new Set([...words.map((w) => w.slice(0, 4)), ...entities])].map(hashFeature);
  return Uint32Array.from(new Set(hashes)).sort();
}

/** The share of the smaller set found in the other, by a merge of two sorted sets. */
function overlap(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n / Math.min(a.length, b.length);
}

/** Two dated reports of different days are different statements. */
function datesCompatible(a: Statement, b: Statement): boolean {
  return a.date === undefined || b.date === undefined || a.date.slice(0, 10) === b.date.slice(0, 10);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Give every statement reported more than once its cluster key, and share the date and venue a tweet gives
 * with the other reports of it. Statements without a speaker are left alone. `featuresOf` gives the features of
 * statements whose words were set aside (see linkCorpusOnDisk).
 */
export function clusterStatements(extractions: readonly ArticleExtraction[], lex: Lexicons, options = CLUSTER_DEFAULTS, featuresOf?: { get(statement: Statement): Uint32Array | undefined }): void {
  const stopwords = stopwordSet(lex.stopwords);
  const items: Item[] = [];
  for (const x of extractions) {
    for (const s of x.statements) s.cluster = undefined;
    for (const s of x.statements) if (s.speaker) items.push({ statement: s, article: x.article.id, features: featuresOf?.get(s) ?? statementFeatures(s, x, stopwords) });
  }
  const uf = new UnionFind(items.length);
  const blocks = new Map<string, number[]>();
  items.forEach((item, i) => pushTo(blocks, item.statement.speaker!, i));

  for (const members of blocks.values()) {
    // Same language, any article.
    const signatures = members.map((i) => minhash(items[i]!.features, options.signatureSize));
    for (const [a, b] of candidatePairs(signatures, 1, options.maxBucket)) {
      const x = items[members[a]!]!;
      const y = items[members[b]!]!;
      if (x.statement.lang === y.statement.lang && datesCompatible(x.statement, y.statement) && overlap(x.features, y.features) >= options.sameLanguageOverlap) {
        uf.union(members[a]!, members[b]!);
      }
    }
    // A translation and its original side by side in one article: each report's nearest report in the other language.
    const byArticle = new Map<string, number[]>();
    for (const i of members) pushTo(byArticle, items[i]!.article, i);
    for (const inArticle of byArticle.values()) {
      for (const i of inArticle) {
        const x = items[i]!;
        const nearest = inArticle
          .filter((j) => items[j]!.statement.lang !== x.statement.lang && datesCompatible(x.statement, items[j]!.statement))
          .map((j) => ({ j, gap: gap(x.statement, items[j]!.statement) }))
          .filter((c) => c.gap <= options.translationDistance)
          .sort((p, q) => p.gap - q.gap)[0];
        if (nearest && overlap(x.features, items[nearest.j]!.features) >= options.translationOverlap) uf.union(i, nearest.j);
      }
    }
  }

  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = uf.find(i);
    pushTo(groups, root, item);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    const key = `${first.statement.speaker!.replace(/^.*\//, '')}-${createHash('sha256').update(`${first.article}\u0000${first.statement.key}`).digest('hex').slice(0, 8)}`;
    const tweet = group.find((g) => g.statement.handle !== undefined);
    for (const { statement } of group) {
      statement.cluster = key;
      if (tweet && statement.kind === 'direct') {
        statement.date ??= tweet.statement.date;
        statement.venue ??= tweet.statement.venue;
      }
    }
  }
}

/** Characters between two statements of one article. */
function gap(a: Statement, b: Statement): number {
  const [x, y] = a.spans[0]!.start < b.spans[0]!.start ? [a, b] : [b, a];
  return Math.max(0, y.spans[0]!.start - x.spans[x.spans.length - 1]!.end);
}
