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
export function splitSentences(text: string, from: number, to: number, lang: string): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter(lang).segment(text.slice(from, to))) {
    const raw = seg.segment;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = from + seg.index + lead;
    const span = { start, end: start + body.length, text: body };
    const prev = out[out.length - 1];
    if (prev && (/^[\p{Ll},;:»”)\]]/u.test(body) || /(?:^|\s)(?:\p{Lu}|M|Mme|Dr|Mr|Mrs|Ms|St)\.$/u.test(prev.text))) {
      out[out.length - 1] = { start: prev.start, end: span.end, text: text.slice(prev.start, span.end) };
    } else {
      out.push(span);
    }
  }
  return out;
}
