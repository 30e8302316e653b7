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
