// What ingest hands to extraction: one article's text and the metadata its source gave.
import type { NewskgError } from '../errors.js';

/** Metadata a source states about an article (front matter, a manifest, a JSON Lines record). */
export interface GivenMetadata {
  outlet?: string;
  /** ISO 8601 date or date-time, as given. */
  published?: string;
  lang?: string;
  url?: string;
  title?: string;
  /** Who wrote it, as the source names them (a byline the page states, not one read from the text). */
  author?: string;
}

export interface ArticleInput {
  /** Stable identifier: the file name, or `file.jsonl#L12` for a JSON Lines record. */
  id: string;
  /** Where the article came from, for error messages: a path, with the line for JSON Lines. */
  source: string;
  /** The article body; all character offsets in the graph are offsets into this string. */
  text: string;
  given: GivenMetadata;
}

/** Which column or field of a table or JSON Lines record holds each article field (`--map text=body`). */
export interface ColumnMap {
  text?: string;
  id?: string;
  outlet?: string;
  published?: string;
  url?: string;
  title?: string;
  lang?: string;
  author?: string;
  /** A saved page instead of text: its article is read as from an .html file. */
  html?: string;
}

export interface ReadOptions {
  /** Columns of CSV/TSV files, and fields of JSON Lines records, to read article fields from. */
  columns?: ColumnMap;
  /** Largest article accepted, in bytes of UTF-8. */
  maxBytes?: number;
  /** Stop at the first bad article instead of skipping it. */
  strict?: boolean;
  /** Told of each bad article skipped (empty, binary, not UTF-8, too large, malformed), with where and why. */
  onSkip?: (error: NewskgError) => void;
}

export const READ_DEFAULTS = {
  maxBytes: 5 * 1024 * 1024,
  strict: false,
};
