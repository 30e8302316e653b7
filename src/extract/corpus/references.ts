// Date an undated article by the articles that report the same statements: a story's reports appear within days.
import { parseIsoDate, toIsoDate, type PartialDate } from '../document/dates.js';
import type { ArticleExtraction } from '../types.js';

/**
 * For each article without a reference date, the commonest reference date (to the day) of the articles that share
 * a statement cluster with it; the latest on a tie. It resolves « dimanche 9 juillet » to a year; it is never
 * written as the article's publication date.
 */
export function inferReferences(extractions: readonly ArticleExtraction[]): Map<string, PartialDate> {
  const byCluster = new Map<string, Set<string>>();
  const referenceOf = new Map<string, string>();
  for (const x of extractions) {
    const r = x.reference;
    if (r?.year !== undefined && r.month !== undefined && r.day !== undefined) referenceOf.set(x.article.id, toIsoDate({ year: r.year, month: r.month, day: r.day })!);
    for (const s of x.statements) {
      if (!s.cluster) continue;
      const members = byCluster.get(s.cluster) ?? new Set<string>();
      members.add(x.article.id);
      byCluster.set(s.cluster, members);
    }
  }
  const inferred = new Map<string, PartialDate>();
  for (const x of extractions) {
    if (x.reference) continue;
    const votes = new Map<string, number>();
    for (const s of x.statements) {
      for (const other of byCluster.get(s.cluster ?? '') ?? []) {
        const date = referenceOf.get(other);
        if (other !== x.article.id && date) votes.set(date, (votes.get(date) ?? 0) + 1);
      }
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
    if (best) inferred.set(x.article.id, parseIsoDate(best[0])!);
  }
  return inferred;
}
