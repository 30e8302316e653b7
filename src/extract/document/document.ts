// One article read once: its lines, tokens (with folded forms) and sentences, as layers every extractor reads,
// the way a spaCy Doc or a CoreNLP Annotation is shared by the steps of a pipeline.
import { readLayout, isArticleText, type Line } from './layout.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { findDates, parseIsoDate, toIsoDate, type DateMention, type PartialDate } from './dates.js';
import { findQuotes, houseMarks, type Quote } from './quotes.js';
import { findTweets, type EmbeddedTweet } from './tweets.js';
import type { DateLexicon, LayoutLexicon, QuoteLexicon } from '../lexicon/lexicons.js';
import { firstStartingAt, isInside, type Span } from './span.js';
import { entryStarts } from './live-blog.js';

/** A sentence of the article's own text, with the line it stands on. */
export interface Sentence {
  sentence: Span;
  line: Line;
}

export class ArticleDocument {
  readonly text: string;
  readonly lines: readonly Line[];
  /** Every token of the text, in order, made once. */
  readonly tokens: readonly Token[];
  /** Language of the article (set once it is known: given by the source or detected from the tokens). */
  lang = 'und';
  /** The date relative expressions are read against (set by readQuotations). */
  reference?: PartialDate;
  /** Tweets pasted into the article, each with its signature. */
  tweets: EmbeddedTweet[] = [];
  /** Quotations of the prose, each one or several pieces (a quote over paragraphs). */
  quoteGroups: Quote[][] = [];
  /** The quoted words: mentions there are not the speaker of the sentence around them. */
  quoted: Span[] = [];
  private prose: Line[] = [];
  private readonly sentenceCache = new Map<string, Span[]>();
  private dateLexicon?: DateLexicon;
  /** Date expressions per line (by the line's start), read once against the reference date. */
  private readonly dateCache = new Map<number, DateMention[]>();
  private entries?: number[];

  constructor(text: string, layout: LayoutLexicon) {
    this.text = text;
    this.lines = readLayout(text, layout);
    this.tokens = tokenize(text);
  }

  /** Where the article's lead ends: after its first `paragraphs` body paragraphs (title and standfirst come before). */
  leadEnd(paragraphs: number): number {
    const body = this.lines.filter((l) => l.kind === 'body');
    return body[Math.min(paragraphs, body.length) - 1]?.span.end ?? 0;
  }

  /** Where the live-blog entry around an offset starts (0 outside entries, or in a text that is no live blog). */
  entryStartAt(offset: number): number {
    this.entries ??= entryStarts(this.lines);
    return this.entries[firstStartingAt(this.entries, offset + 1, (start) => start) - 1] ?? 0;
  }

  /** Index of the first token that starts at or after `offset`. */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The tokens that lie wholly within [start, end). */
  tokensIn(start: number, end: number): Token[] {
    const out: Token[] = [];
    for (let i = this.tokenIndexAt(start); i < this.tokens.length && this.tokens[i]!.start < end; i++) {
      if (this.tokens[i]!.end <= end) out.push(this.tokens[i]!);
    }
    return out;
  }

  /** Up to `n` tokens that end at or before `offset`, in text order. */
  tokensBefore(offset: number, n: number): Token[] {
    const last = this.tokenIndexAt(offset);
    return this.tokens.slice(Math.max(0, last - n), last).filter((t) => t.end <= offset);
  }

  /** Up to `n` tokens that start at or after `offset`, in text order. */
  tokensAfter(offset: number, n: number): Token[] {
    const first = this.tokenIndexAt(offset);
    return this.tokens.slice(first, first + n);
  }

  /** The folded words of [start, end), joined by single spaces, as foldText would give them. */
  foldedIn(start: number, end: number): string {
    return foldedWords(this.tokensIn(start, end)).join(' ');
  }

  /** The folded words of several spans (a quote broken by an incise), in order. */
  wordsOf(spans: readonly Span[]): string[] {
    return spans.flatMap((s) => foldedWords(this.tokensIn(s.start, s.end)));
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** The sentences of [start, end), segmented once per span. */
  sentencesIn(start: number, end: number): Span[] {
    const key = `${start}:${end}`;
    let found = this.sentenceCache.get(key);
    if (!found) {
      found = splitSentences(this.text, start, end, this.lang);
      this.sentenceCache.set(key, found);
    }
    return found;
  }

  /**
   * The date expressions wholly within [start, end), with offsets in the text: each line is read once, against the
   * reference date, with the day/month order of the article's language. Empty before readQuotations.
   */
  datesIn(start: number, end: number): DateMention[] {
    const lex = this.dateLexicon;
    if (!lex) return [];
    const found: DateMention[] = [];
    for (let k = Math.max(0, firstStartingAt(this.lines, start + 1, (l) => l.span.start) - 1); k < this.lines.length && this.lines[k]!.span.start < end; k++) {
      const line = this.lines[k]!.span;
      let dates = this.dateCache.get(line.start);
      if (!dates) {
        dates = findDates(line.text, lex, { reference: this.reference, numericOrder: this.lang === 'en' ? 'mdy' : 'dmy' }).map((d) => ({
          ...d,
          span: { ...d.span, start: line.start + d.span.start, end: line.start + d.span.end },
        }));
        this.dateCache.set(line.start, dates);
      }
      for (const d of dates) if (d.span.start >= start && d.span.end <= end) found.push(d);
    }
    return found;
  }

  /** The line (paragraph) around an offset. */
  lineAt(offset: number): Line | undefined {
    const line = this.lines[firstStartingAt(this.lines, offset + 1, (l) => l.span.start) - 1];
    return line && offset < line.span.end ? line : undefined;
  }

  /** The sentence around an offset, within its line. */
  sentenceAt(offset: number): Span | undefined {
    const line = this.lineAt(offset);
    if (!line) return undefined;
    const sentences = this.sentencesIn(line.span.start, line.span.end);
    const sentence = sentences[firstStartingAt(sentences, offset + 1, (s) => s.start) - 1];
    return sentence && offset < sentence.end ? sentence : undefined;
  }

  /** Whether an offset falls in the article itself (body and headings), not a byline, a caption or a credit. */
  isArticleTextAt(offset: number): boolean {
    const line = this.lineAt(offset);
    return line !== undefined && isArticleText(line);
  }

  /** Lines of the article itself (body and headings). */
  articleLines(): Line[] {
    return this.lines.filter(isArticleText);
  }

  /** Whether an offset falls inside quoted words. */
  isQuoted(offset: number): boolean {
    return isInside(offset, this.quoted);
  }

  /** Sentences of the article's prose (its text less the tweets pasted in), with their lines. */
  proseSentences(): Sentence[] {
    return this.prose.flatMap((l) => this.sentencesIn(l.span.start, l.span.end).map((s) => ({ sentence: s, line: l })));
  }

  /**
   * Add the tweet and quotation layers. `reference` reads relative dates; without one, the publication date
   * `published`, else the latest full date the article writes (a tweet's): it resolves « dimanche » and « en mars »,
   * and is never written as the publication date.
   */
  readQuotations(lex: { quotes: QuoteLexicon; dates: DateLexicon }, published: string | undefined, reference?: PartialDate): void {
    const body = this.articleLines();
    this.reference = reference ?? (published ? parseIsoDate(published) : latestFullDate(body, lex.dates));
    this.dateLexicon = lex.dates;
    this.tweets = findTweets(this.text, body, lex.dates, this.reference);
    const tweetLines = new Set(this.tweets.flatMap((t) => t.lines));
    this.prose = body.filter((l) => !tweetLines.has(l));
    const paragraphs = this.prose.map((l) => l.span);
    this.quoteGroups = findQuotes(this.text, paragraphs, houseMarks(this.text, paragraphs, lex.quotes));
    this.quoted = this.quoteGroups.flat().map((q) => q.content).sort((a, b) => a.start - b.start);
  }
}

function latestFullDate(lines: readonly Line[], dates: DateLexicon): PartialDate | undefined {
  const full = lines
    .flatMap((l) => findDates(l.span.text, dates))
    .map((d) => d.date)
    .filter((d) => d.year !== undefined && d.month !== undefined && d.day !== undefined)
    .map((d) => toIsoDate({ year: d.year, month: d.month, day: d.day })!)
    .sort();
  return full.length > 0 ? parseIsoDate(full[full.length - 1]!) : undefined;
}

/** Folded forms of the word tokens (punctuation folds to nothing and is left out). */
export function foldedWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.folded === '') continue;
    if (t.folded.includes(' ')) out.push(...t.folded.split(' '));
    else out.push(t.folded);
  }
  return out;
}
