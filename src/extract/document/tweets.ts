// Find tweets pasted into articles: "text — Name (@handle) date", the signature on the tweet's line or the next one;
// or, as pages render posts, the signature first on a line of its own and the text on the next: "Name (@handle) · date".
import { findDates, toIsoDate, type PartialDate } from './dates.js';
import type { DateLexicon } from '../lexicon/lexicons.js';
import { isArticleText, type Line } from './layout.js';
import type { Span } from './span.js';

export interface EmbeddedTweet {
  text: Span;
  /** The whole "— Name (@handle) date" signature. */
  signature: Span;
  /** The name as signed, and its span. */
  name: Span;
  /** The handle, without its @ (empty for a Facebook post). */
  handle: string;
  date?: string;
  /** The lines the tweet occupies, text and signature. */
  lines: Line[];
  /** The handle of the post it replies to ("Replying to @AshPrasadFJ" above its text). */
  replyTo?: string;
  /** The platform, when the post is no tweet: a Facebook post has a name and a date line, no handle. */
  platform?: 'Facebook';
}

// Handles are at most 15 characters on Twitter, but pages and other platforms' embeds carry longer ones.
const SIGNATURE = /(?:^|\s)[—–-]\s*([^()\n—–]{1,80}?)\s*\(@(\w{1,30})\)\s*([^\n]{0,40})$/u;
/** A post's header line: the author's name, the handle in parentheses, the date (after « · » or a space) or nothing. */
const HEADER = /^([^()\n—–·@]{1,80}?)\s*\(@(\w{1,30})\)\s*(?:[·•|]\s*)?([^\n]{0,40})$/u;
/** A post as a card renders it: the author's name on a line, the handle alone on the next. */
const CARD_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}?[\p{L}'’.-]+){0,4}$/u;
// (Bluesky's handles are domain names: "@ehebert.bsky.social".)
const HANDLE_LINE = /^@(\w{1,30}(?:\.[\w-]{1,30}){0,3})$/u;
/** A post that opens on a handle answers that account: "@RepThibodeaux Nos grands-parents …". */
const OPENING_HANDLE = /^@(\w{1,30})\s/u;
/** The line a platform sets above a reply's text: "Replying to @AshPrasadFJ", « En réponse à @X ». */
const REPLYING_TO = /^(?:Replying to|In reply to|En réponse à)\s+@(\w{1,30})(?:\s|$)/iu;
/** Thread counters ("2/3"), links and ".." left by scrapers at the end of a tweet's text. */
const TRAILER = /(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+|\d+\/\d+))+\s*$/u;

function cleanEnd(text: string, span: Span): Span {
  const body = span.text.replace(TRAILER, '').replace(/\s+$/u, '');
  return { start: span.start, end: span.start + body.length, text: text.slice(span.start, span.start + body.length) };
}

export function findTweets(text: string, lines: readonly Line[], dates: DateLexicon, reference?: PartialDate): EmbeddedTweet[] {
  const tweets: EmbeddedTweet[] = [];
  lines.forEach((line, i) => {
    if (!isArticleText(line) && !HANDLE_LINE.test(lines[i + 1]?.span.text ?? '')) return;
    const m = SIGNATURE.exec(line.span.text);
    if (!m) {
      const header = headerFirstTweet(text, lines, i, dates, reference) ?? cardTweet(text, lines, i, dates, reference) ?? oneLineHeaderPost(text, lines, i, dates, reference) ?? facebookPost(text, lines, i, dates, reference);
      if (header) tweets.push(header);
      return;
    }
    const sigStart = line.span.start + m.index + (m[0].length - m[0].trimStart().length);
    const nameStart = line.span.start + line.span.text.indexOf(m[1]!, m.index);
    const name = { start: nameStart, end: nameStart + m[1]!.length, text: m[1]! };
    const signature = { start: sigStart, end: line.span.end, text: text.slice(sigStart, line.span.end) };
    const dateMention = findDates(m[3] ?? '', dates, { reference })[0];
    const date = dateMention ? toIsoDate(dateMention.date) : undefined;
    const before = text.slice(line.span.start, sigStart).trimEnd();
    let body: Span;
    const used = [line];
    if (before !== '') {
      body = { start: line.span.start, end: line.span.start + before.length, text: before };
    } else {
      // The signature stands alone: the tweet is the line before.
      const previous = lines[i - 1];
      if (!previous || !isArticleText(previous)) return;
      body = previous.span;
      used.unshift(previous);
    }
    tweets.push({ text: cleanEnd(text, body), signature, name, handle: m[2]!, date, lines: used });
  });
  return tweets;
}

/** "Nadia Benhamou (@NBenhamouLFI) · 9 oct. 2025" on line i, the post's text on the next line. */
function headerFirstTweet(text: string, lines: readonly Line[], i: number, dates: DateLexicon, reference?: PartialDate): EmbeddedTweet | undefined {
  const line = lines[i]!;
  const m = HEADER.exec(line.span.text);
  const next = lines[i + 1];
  if (!m || !next || !isArticleText(next) || HEADER.test(next.span.text)) return undefined;
  // After the handle only a date may stand: "Ms Lennox (@KLennoxLab) said on Tuesday that …" is a sentence.
  const dateMention = m[3] ? findDates(m[3], dates, { reference })[0] : undefined;
  if (m[3] && (!dateMention || m[3].slice(dateMention.span.end).trim() !== '')) return undefined;
  const name = { start: line.span.start, end: line.span.start + m[1]!.length, text: m[1]! };
  return { text: cleanEnd(text, next.span), signature: line.span, name, handle: m[2]!, date: dateMention ? toIsoDate(dateMention.date) : undefined, lines: [line, next] };
}

/**
 * "Élodie Marchetti" / "@ElodieMarchetti86" / the post's text / "7:42 PM · 14 mai 2025": a post as a card renders it,
 * name and handle on lines of their own, the text on the next, its date on the line after when there is one.
 */
function cardTweet(text: string, lines: readonly Line[], i: number, dates: DateLexicon, reference?: PartialDate): EmbeddedTweet | undefined {
  const [line, handleLine] = [lines[i]!, lines[i + 1]];
  // (A reply has "Replying to @…" between its handle and its text.)
  const replyLine = lines[i + 2] && REPLYING_TO.exec(lines[i + 2]!.span.text.trim())?.[1];
  const [body, after] = replyLine ? [lines[i + 3], lines[i + 4]] : [lines[i + 2], lines[i + 3]];
  const replyTo = replyLine ?? (body && OPENING_HANDLE.exec(body.span.text)?.[1]);
  const handle = handleLine && HANDLE_LINE.exec(handleLine.span.text.trim());
  if (!handle || !body || !isArticleText(body) || !CARD_NAME.test(line.span.text.trim()) || HANDLE_LINE.test(body.span.text.trim())) return undefined;
  const dateMention = after && after.span.text.length <= 60 ? findDates(after.span.text, dates, { reference })[0] : undefined;
  const name = { start: line.span.start, end: line.span.start + line.span.text.trimEnd().length, text: line.span.text.trimEnd() };
  const signature = { start: line.span.start, end: handleLine.span.end, text: text.slice(line.span.start, handleLine.span.end) };
  const used = replyLine ? [line, handleLine, lines[i + 2]!, body] : [line, handleLine, body];
  return { text: cleanEnd(text, body.span), signature, name, handle: handle[1]!, date: dateMention ? toIsoDate(dateMention.date) : undefined, lines: used, ...(replyTo && { replyTo }) };
}

/** "Aidos Kenzhebayev @kenzhebayev_a", "@taza_aua · Taza Aua Almaty": a name and a handle on one line, either way round. */
const NAME_THEN_HANDLE = /^(\p{Lu}[^@\n·•|]{0,78}?)\s+@(\w{1,30})$/u;
const HANDLE_THEN_NAME = /^@(\w{1,30})\s*[·•|]\s*(\p{Lu}[^\n]{0,78})$/u;
/** Most characters of the date line under a post ("9:04 PM · Jan 14, 2025 · 212K Views"). */
const DATE_LINE_LENGTH = 60;

/**
 * "Aidos Kenzhebayev @kenzhebayev_a" / the post's text / "Jan 17, 2025": a post whose name and handle share a line,
 * read only with the date line under its text, which tells it from a sentence that ends on a handle.
 */
function oneLineHeaderPost(text: string, lines: readonly Line[], i: number, dates: DateLexicon, reference?: PartialDate): EmbeddedTweet | undefined {
  const [line, body, after] = [lines[i]!, lines[i + 1], lines[i + 2]];
  const written = line.span.text.trim();
  const nameFirst = NAME_THEN_HANDLE.exec(written);
  const handleFirst = nameFirst ? undefined : HANDLE_THEN_NAME.exec(written);
  if ((!nameFirst && !handleFirst) || !body || !isArticleText(body) || !after || after.span.text.length > DATE_LINE_LENGTH) return undefined;
  const dateMention = findDates(after.span.text, dates, { reference })[0];
  if (!dateMention) return undefined;
  const [nameText, handle] = nameFirst ? [nameFirst[1]!, nameFirst[2]!] : [handleFirst![2]!.trimEnd(), handleFirst![1]!];
  const nameStart = line.span.start + line.span.text.indexOf(nameText);
  const name = { start: nameStart, end: nameStart + nameText.length, text: nameText };
  return { text: cleanEnd(text, body.span), signature: line.span, name, handle, date: toIsoDate(dateMention.date), lines: [line, body] };
}

/**
 * A Facebook post's date line: "22 July at 19:04 · 🌏", "July 22 at 7:04 PM ·", « 22 juillet, 19:04 · » (or a full
 * date first, read below).
 */
// (« à » is no ASCII word: \b cannot bound it.)
const FACEBOOK_DATE_LINE = /^[^\n]{3,40}?(?:\bat\b|(?<![\p{L}\p{N}])à(?![\p{L}\p{N}])|,)\s*\d{1,2}[:h.]\d{2}(?:\s*[AP]M)?\s*·/iu;

/**
 * "Salote Vakacegu" / "22 July at 19:04 · 🌏" / the post's text: a Facebook post as a page renders it, the author's
 * name on a line, the date line under it, then the text.
 */
function facebookPost(text: string, lines: readonly Line[], i: number, dates: DateLexicon, reference?: PartialDate): EmbeddedTweet | undefined {
  const [line, dateLine, body] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (!dateLine || !body || !isArticleText(body) || !CARD_NAME.test(line.span.text.trim())) return undefined;
  const dateMention = findDates(dateLine.span.text, dates, { reference })[0];
  if (!dateMention) return undefined;
  // (Or a full date first, then the dot: "12 February 2025 · Majuro".)
  const datedFirst = dateMention.span.start === 0 && dateMention.date.day !== undefined && /^\s*·/u.test(dateLine.span.text.slice(dateMention.span.end));
  if (!datedFirst && !FACEBOOK_DATE_LINE.test(dateLine.span.text.trim())) return undefined;
  const name = { start: line.span.start, end: line.span.start + line.span.text.trimEnd().length, text: line.span.text.trimEnd() };
  const signature = { start: line.span.start, end: dateLine.span.end, text: text.slice(line.span.start, dateLine.span.end) };
  return { text: cleanEnd(text, body.span), signature, name, handle: '', date: toIsoDate(dateMention.date), lines: [line, dateLine, body], platform: 'Facebook' };
}
