// Read a scraped page's layout: split it into lines and tell article body from navigation, teasers,
// credits, bylines, the site's talk about itself, and reader comments.
import { foldWord } from './normalize.js';
import type { LayoutLexicon } from '../lexicon/lexicons.js';
import type { Span } from './span.js';

export type LineKind = 'body' | 'heading' | 'navigation' | 'teaser' | 'credit' | 'self-reference' | 'byline' | 'comments';

export interface Line {
  span: Span;
  kind: LineKind;
}

/** Boilerplate lines are short; a long line that happens to contain a cue word is article text. */
const MAX_BOILERPLATE_CHARS = 300;
const MAX_BYLINE_CHARS = 120;
/** A comment section opens in the second part of a page; "12 commentaires" near the title is a counter. */
const COMMENTS_NOT_BEFORE = 0.4;

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    lines.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return lines;
}

function startsWithCue(line: string, cues: readonly string[]): boolean {
  const folded = foldWord(line);
  return cues.some((cue) => {
    const c = foldWord(cue);
    return folded.startsWith(c) && !/[\p{L}\p{N}]/u.test(folded.charAt(c.length));
  });
}

function containsCue(line: string, cues: readonly string[]): boolean {
  const folded = foldWord(line);
  return cues.some((cue) => folded.includes(foldWord(cue)));
}

function classify(line: string, lex: LayoutLexicon): LineKind {
  if (line.length > MAX_BOILERPLATE_CHARS) return 'body';
  const folded = foldWord(line).replace(/[\s:]+$/, '');
  if (lex.navigationLines.some((nav) => foldWord(nav) === folded)) return 'navigation';
  if (startsWithCue(line, lex.teaserPrefixes)) return 'teaser';
  if (containsCue(line, lex.creditCues)) return 'credit';
  // « Par X / 10/07/2017 », "By Sarah Whitfield | Published March 14, 2024": a short line that opens with a byline cue and gives a year.
  if (startsWithCue(line, lex.bylineCues) && line.length <= MAX_BYLINE_CHARS && /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(line)) return 'byline';
  if (containsCue(line, lex.selfReferenceCues)) return 'self-reference';
  if (isHeading(line)) return 'heading';
  return 'body';
}

/** A short line with no closing punctuation is a title or a subheading: it names people but reports no speech. */
const MAX_HEADING_WORDS = 16;
function isHeading(line: string): boolean {
  return !/[.!?:;…»”"')\]]$/u.test(line) && line.split(/\s+/).length <= MAX_HEADING_WORDS;
}

export function readLayout(text: string, lex: LayoutLexicon): Line[] {
  const commentCues = lex.commentSectionCues.map((cue) => new RegExp(cue, 'iu'));
  let inComments = false;
  return splitLines(text).map((span) => {
    if (!inComments && span.start >= text.length * COMMENTS_NOT_BEFORE && commentCues.some((re) => re.test(span.text))) {
      inComments = true;
    }
    return { span, kind: inComments ? 'comments' : classify(span.text, lex) };
  });
}

/** Lines of the article itself, headings included: what extractors read. */
export function isArticleText(line: Line): boolean {
  return line.kind === 'body' || line.kind === 'heading';
}
