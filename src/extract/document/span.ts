// A stretch of an article's text, the unit every layer of a document and every piece of evidence is made of.

/** A stretch of an article's text: the evidence behind every extracted fact. */
export interface Span {
  /** Offset of the first character, in UTF-16 code units of the article text (as JavaScript strings index). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The exact text, `article.text.slice(start, end)`. */
  text: string;
}

/** Index of the first item whose start is at or after `offset`, in items sorted by start (binary search). */
export function firstStartingAt<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an offset falls inside one of the spans, sorted by start and not overlapping. */
export function isInside(offset: number, spans: readonly Span[]): boolean {
  const i = firstStartingAt(spans, offset + 1, (s) => s.start) - 1;
  return i >= 0 && offset < spans[i]!.end;
}
