// Find the outermost quotations in paragraphs: « … », “ … ”, " … ", nested quotes, and quotes that run over
// several paragraphs (each new paragraph reopening the quote, as French and English press write them).
import type { Span } from './span.js';

export interface QuoteMarks {
  pairs: [string, string][];
  symmetric: string[];
  inner?: [string, string][];
}

/** Marks that also write the apostrophe: between two letters ("didn't", "Aurigny’s") they are no quote's. */
const APOSTROPHES = new Set(["'", '’']);
/** A single mark that opens a quote: at a word's start, after a space, a bracket or a dash. */
const SINGLE_OPENING = /(?:^|[\s([{—–-])['‘][\p{L}\p{N}]/gu;
/** Fewest single-mark openings that make them a text's quotation marks. */
const MIN_SINGLE_OPENINGS = 2;

/**
 * The marks a text quotes with: the usual ones, or, in a text that uses none of them but opens quotes with single
 * marks ('…', ‘…’, as many British papers do), the single marks.
 */
export function houseMarks(text: string, paragraphs: readonly Span[], marks: QuoteMarks): QuoteMarks {
  if (!marks.inner || marks.inner.length === 0) return marks;
  const usual = usualMarks(marks);
  let singles = 0;
  for (const p of paragraphs) {
    const words = text.slice(p.start, p.end);
    if (usual.test(words)) return marks;
    singles += words.match(SINGLE_OPENING)?.length ?? 0;
  }
  if (singles < MIN_SINGLE_OPENINGS) return marks;
  return { pairs: marks.inner.filter(([open, close]) => open !== close), symmetric: marks.inner.filter(([open, close]) => open === close).map(([m]) => m) };
}

/** A character class of the marks. */
function markClass(marks: readonly string[], flags: string): RegExp {
  return new RegExp(`[${marks.join('').replace(/[\\\]^-]/gu, '\\$&')}]`, flags);
}

const usualCache = new WeakMap<QuoteMarks, RegExp>();

/** Any of the usual marks (pairs and symmetric ones), compiled once per lexicon. */
function usualMarks(marks: QuoteMarks): RegExp {
  let re = usualCache.get(marks);
  if (!re) {
    re = markClass([...marks.pairs.flat(), ...marks.symmetric], 'u');
    usualCache.set(marks, re);
  }
  return re;
}

/** An apostrophe, not a mark: a letter or a digit on both sides. */
function isApostrophe(text: string, i: number): boolean {
  return APOSTROPHES.has(text.charAt(i)) && /[\p{L}\p{N}]/u.test(text.charAt(i - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(i + 1));
}

export interface Quote {
  /** The words inside the marks. */
  content: Span;
  /** The quote with its marks. */
  outer: Span;
}

/** A symmetric mark opens after a space, an opening bracket or the start; otherwise it closes. */
function opensHere(text: string, i: number): boolean {
  return i === 0 || /[\s([{—–-]/u.test(text.charAt(i - 1));
}

/** The words of a quote without surrounding spaces, nor the comma that English puts inside the marks ("…," she said). */
function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /[\s,;]/u.test(text.charAt(e - 1))) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Quotes in the paragraphs (spans of one text, in order). A quote still open at the end of a paragraph goes on
 * when the next paragraph starts with the same opening mark, or is the next line; otherwise it is dropped as unbalanced.
 * A quote that runs over paragraphs gets one content span per paragraph, joined by a space in its text.
 */
export function findQuotes(text: string, paragraphs: readonly Span[], marks: QuoteMarks): Quote[][] {
  const closers = new Map(marks.pairs.map(([open, close]) => [open, close]));
  const closing = new Set(marks.pairs.map(([, close]) => close));
  // The scan jumps from mark to mark: most of a text is words.
  const anyMark = markClass([...closers.keys(), ...closing, ...marks.symmetric], 'gu');
  const nextMark = (from: number, end: number): number => {
    anyMark.lastIndex = from;
    const m = anyMark.exec(text);
    return m && m.index < end ? m.index : -1;
  };
  const found: Quote[][] = [];
  let stack: { close: string; at: number }[] = [];
  let pieces: Span[] = [];
  /** Where the outermost mark opened, and where its words start in the current paragraph. */
  let openedAt = -1;
  let contentFrom = -1;

  const open = (close: string, at: number, markLength: number) => {
    if (stack.length === 0) {
      openedAt = at;
      contentFrom = at + markLength;
    }
    stack.push({ close, at });
  };
  const finish = (closeAt: number, markLength: number) => {
    pieces.push(trimmed(text, contentFrom, closeAt));
    const content = pieces.filter((p) => p.text !== '');
    if (content.length > 0) {
      found.push(
        content.map((c, i) => {
          const outer = { start: i === 0 ? openedAt : c.start, end: i === content.length - 1 ? closeAt + markLength : c.end };
          return { content: c, outer: { ...outer, text: text.slice(outer.start, outer.end) } };
        }),
      );
    }
    stack = [];
    pieces = [];
  };

  let previousEnd = -1;
  for (const para of paragraphs) {
    let i = para.start;
    // « … » broken over two lines with no blank line between them (a pasted page's wrapped text) goes on too; a
    // straight mark, which opens as it closes, does not.
    const wrapped = stack.length > 0 && !marks.symmetric.includes(stack[0]!.close) && /^[ \t]*\r?\n[ \t]*$/u.test(text.slice(previousEnd, para.start));
    previousEnd = para.end;
    if (stack.length > 0) {
      // The quote goes on if this paragraph reopens it with the same mark ('"If it finds …' / '"And if …," he said': a
      // straight mark reopens itself), or is the quote's next line.
      const reopen = [...closers.entries(), ...marks.symmetric.map((m) => [m, m] as const)].find(([open, close]) => close === stack[0]!.close && text.startsWith(open, para.start));
      if (reopen) {
        contentFrom = para.start + reopen[0].length;
        i = contentFrom;
      } else if (wrapped) {
        contentFrom = para.start;
      } else {
        stack = [];
        pieces = [];
      }
    }
    for (i = nextMark(i, para.end); i >= 0; i = nextMark(i + 1, para.end)) {
      if (isApostrophe(text, i)) continue;
      const ch = text.charAt(i);
      const top = stack[stack.length - 1];
      if (marks.symmetric.includes(ch)) {
        if (top?.close === ch) {
          stack.pop();
          if (stack.length === 0) finish(i, 1);
        } else if (opensHere(text, i)) {
          open(ch, i, 1);
        }
        continue;
      }
      if (top && ch === top.close) {
        stack.pop();
        if (stack.length === 0) finish(i, 1);
        continue;
      }
      if (closing.has(ch) && stack.some((s) => s.close === ch)) {
        // A closing mark for an outer quote: inner marks were left open (« … “ … »).
        while (stack.length > 0 && stack[stack.length - 1]!.close !== ch) stack.pop();
        stack.pop();
        if (stack.length === 0) finish(i, 1);
        continue;
      }
      const close = closers.get(ch);
      if (close !== undefined) open(close, i, 1);
    }
    if (stack.length > 0) {
      // Keep what this paragraph said, in case the next one reopens the quote.
      pieces.push(trimmed(text, contentFrom, para.end));
      stack.length = 1;
    }
  }
  return found;
}
