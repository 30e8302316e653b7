// Split text into sentences with character offsets, using the ICU sentence rules built into Node (Intl.Segmenter).
import type { Span } from './span.js';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Sentences of text[from, to), trimmed. ICU splits after « ? » or « ! » inside a quote and after "M." or "J.":
 * a piece that starts in lower case, or follows an initial or honorific, is joined to the one before.
 */
/**
 * V8's segmenter slows down more than linearly on long strings (a 400 KB line takes seconds): long stretches are
 * segmented in windows of about this many characters, cut after a sentence end where there is one.
 */
const WINDOW = 2_000;

/** [from, to) cut into windows, each ending after « . », « ? » or « ! » and a space where one is near the limit. */
function windows(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (to - start > WINDOW) {
    const chunk = text.slice(start, start + WINDOW);
    const ends = [...chunk.matchAll(/[.!?…]["»”’)]*\s+(?=\p{Lu}|["«“])/gu)];
    const lastEnd = ends[ends.length - 1];
    const space = chunk.lastIndexOf(' ');
    const cut = lastEnd ? lastEnd.index + lastEnd[0].length : space > 0 ? space + 1 : WINDOW;
    out.push([start, start + cut]);
    start += cut;
  }
  out.push([start, to]);
  return out;
}

export function splitSentences(text: string, from: number, to: number, lang: string): Span[] {
  const pieces: { start: number; end: number }[] = [];
  for (const [windowStart, windowEnd] of windows(text, from, to)) {
    for (const seg of segmenter(lang).segment(text.slice(windowStart, windowEnd))) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const bodyLength = raw.trim().length;
      if (bodyLength === 0) continue;
      const start = windowStart + seg.index + lead;
      const end = start + bodyLength;
      const prev = pieces[pieces.length - 1];
      // Only the first character of this piece and the last word of the one before decide: linear in the text.
      if (prev && (/^[\p{Ll},;:»”)\]]/u.test(text.charAt(start)) || endsWithAbbreviation(text, prev))) {
        prev.end = end;
      } else {
        pieces.push({ start, end });
      }
    }
  }
  return pieces.flatMap((p) => splitAfterClosedQuotes(text, p)).map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) }));
}

/** « … 9 millions. » La bourgmestre …: a quote closed after its own full stop ends the sentence when a capital follows (ICU reads on). */
const CLOSED_QUOTE_END = /[.!?…]\s?[»”]\s+(?=\p{Lu})/gu;

function splitAfterClosedQuotes(text: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = piece.start;
  for (const m of text.slice(piece.start, piece.end).matchAll(CLOSED_QUOTE_END)) {
    const cut = piece.start + m.index + m[0].trimEnd().length;
    out.push({ start, end: cut });
    start = piece.start + m.index + m[0].length;
  }
  out.push({ start, end: piece.end });
  return out;
}

const ABBREVIATION = /(?:\p{Lu}|M|Mme|Dr|Mr|Mrs|Ms|St)\.$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Whether a piece ends with an initial or an honorific (« J. », « M. »), read from its last word only. */
function endsWithAbbreviation(text: string, piece: { start: number; end: number }): boolean {
  const from = Math.max(piece.start, piece.end - 8);
  const tail = text.slice(from, piece.end);
  const space = tail.search(/\s\S*$/u);
  // ("(St. John's Centre)": punctuation that opens the word is no part of it.)
  const word = (space >= 0 ? tail.slice(space + 1) : from === piece.start ? tail : undefined)?.replace(/^[(\[«“"‘']+/u, '');
  // "U.S. Attorney", "the U.K. government": dotted initials end no sentence either.
  const abbreviated = word !== undefined && ((ABBREVIATION.test(word) && word.replace(ABBREVIATION, '') === '') || DOTTED_INITIALS.test(word));
  return abbreviated && !PLATFORM_X.test(text.slice(Math.max(piece.start, piece.end - 12), piece.end));
}

/** « a-t-elle écrit sur X. », "she wrote on X.": the platform, not an initial. */
const PLATFORM_X = /(?:^|\s)(?:on|sur|via)\s+X\.$/u;
