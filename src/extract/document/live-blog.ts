// A live blog's entries stand newest first: the order its story happened in is the reverse of the text's.
import type { Line } from './layout.js';

/** An entry's time on a line of its own, or opening its line ("15:50", "16h20", "04:44 BST", "[12:30]", "7:44pm"). */
const ENTRY_TIME = /^\s*\[?(\d{1,2})[:h.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\]?(?:\s|$)/iu;
/** Fewer entries than this and a text is no live blog. */
const MIN_ENTRIES = 3;

/** Minutes of the day an entry's line gives, if it opens with a time. */
function entryMinutes(line: Line): number | undefined {
  const m = ENTRY_TIME.exec(line.span.text);
  if (!m || line.span.text.length > 80) return undefined;
  const [clock, minutes] = [Number(m[1]), Number(m[2])];
  // ("7:44pm" is 19:44; "12:15am" is 00:15.)
  const hours = m[3] ? (clock % 12) + (m[3].toLowerCase().startsWith('p') ? 12 : 0) : clock;
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** The lines that open with an entry's time, with its minutes of the day. */
function timedEntries(lines: readonly Line[]): { start: number; minutes: number }[] {
  return lines.flatMap((l) => {
    const minutes = entryMinutes(l);
    return minutes === undefined ? [] : [{ start: l.span.start, minutes }];
  });
}

/** Whether a text is a live blog: timed entries, in either order. */
export function isLiveBlog(lines: readonly Line[]): boolean {
  return timedEntries(lines).length >= MIN_ENTRIES;
}

/** Where a live blog's timed entries start, in text order; none in a text that is no live blog. */
export function entryStarts(lines: readonly Line[]): number[] {
  const entries = timedEntries(lines);
  return entries.length < MIN_ENTRIES ? [] : entries.map((e) => e.start);
}

/**
 * Where each offset stands in the order things happened: the text's own offsets, except in a live blog whose timed
 * entries mostly go back in time, where the entries are laid end to end oldest first (the lines above the first
 * entry open the story). Within an entry, the text's order stands.
 */
export function storyOrder(lines: readonly Line[]): (offset: number) => number {
  const entries = timedEntries(lines);
  if (entries.length < MIN_ENTRIES) return (offset) => offset;
  let backwards = 0;
  for (let k = 1; k < entries.length; k++) backwards += Math.sign(entries[k - 1]!.minutes - entries[k]!.minutes);
  if (backwards <= 0) return (offset) => offset;
  const textEnd = lines[lines.length - 1]!.span.end;
  const bounds = entries.map((e, k) => ({ start: e.start, end: entries[k + 1]?.start ?? textEnd }));
  // Oldest entry (the last in the text) first, right after what stands above the entries.
  const base = new Map<number, number>();
  let at = bounds[0]!.start;
  for (const b of [...bounds].reverse()) {
    base.set(b.start, at);
    at += b.end - b.start;
  }
  return (offset) => {
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bounds[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const entry = bounds[lo - 1];
    return entry ? base.get(entry.start)! + (offset - entry.start) : offset;
  };
}
