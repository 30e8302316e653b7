// Read a scraped page's layout: split it into lines and tell article body from navigation, teasers,
// credits, bylines, the site's talk about itself, and reader comments.
import { foldWord } from './normalize.js';
import type { LayoutLexicon } from '../lexicon/lexicons.js';
import type { Span } from './span.js';

export type LineKind = 'body' | 'heading' | 'caption' | 'navigation' | 'teaser' | 'credit' | 'self-reference' | 'byline' | 'comments';

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

/** Lines and cues are given folded (see compile): a line is folded once for all its cues. */
function startsWithCue(folded: string, cues: readonly string[]): boolean {
  return cues.some((c) => folded.startsWith(c) && !/[\p{L}\p{N}]/u.test(folded.charAt(c.length)));
}

function containsCue(folded: string, cues: readonly string[]): boolean {
  return cues.some((c) => folded.includes(c));
}

/** The layout lexicon with its cues folded once, its patterns compiled once. */
interface CompiledLayout {
  navigationLines: Set<string>;
  selfReferencePrefixes: string[];
  selfReferenceCues: string[];
  teaserPrefixes: string[];
  creditCues: string[];
  bylineCues: string[];
  bylineOpeners: string[];
  publishedCues: string[];
  sections: Set<string>;
  chrome: RegExp[];
  credits: RegExp[];
  bylines: RegExp[];
  comments: RegExp[];
  notNames: Set<string>;
}

const compiled = new WeakMap<LayoutLexicon, CompiledLayout>();

function compile(lex: LayoutLexicon): CompiledLayout {
  let c = compiled.get(lex);
  if (!c) {
    c = {
      navigationLines: new Set(lex.navigationLines.map(foldWord)),
      selfReferencePrefixes: lex.selfReferencePrefixes.map(foldWord),
      selfReferenceCues: lex.selfReferenceCues.map(foldWord),
      teaserPrefixes: lex.teaserPrefixes.map(foldWord),
      creditCues: lex.creditCues.map(foldWord),
      bylineCues: lex.bylineCues.map(foldWord),
      bylineOpeners: lex.bylineOpeners.map(foldWord),
      publishedCues: [...lex.publishedCues, ...lex.updatedCues].map(foldWord),
      chrome: lex.chromePatterns.map((p) => new RegExp(p, 'iu')),
      sections: new Set(lex.sectionNames.map(foldWord)),
      credits: lex.creditPatterns.map((p) => new RegExp(p, 'u')),
      bylines: lex.bylinePatterns.map((p) => new RegExp(p, 'u')),
      comments: lex.commentSectionCues.map((cue) => new RegExp(cue, 'iu')),
      notNames: new Set(lex.bylineNotNames.map(foldWord)),
    };
    compiled.set(lex, c);
  }
  return c;
}

/**
 * Section names with no sentence around them: « Monde   Économie   Sports   Culture », "Vaud Monde Économie Sports" (a
 * region's name among them): three or more, two in three of the line's items, and no punctuation of prose.
 */
function isMenu(line: string, layout: CompiledLayout): boolean {
  if (/[.,;:!?«»"“”]/u.test(line)) return false;
  const words = line.split(/\s*[|·•/]\s*|\s{2,}|\s+(?=\p{Lu})/u).map((w) => foldWord(w.trim())).filter(Boolean);
  const sections = words.filter((w) => layout.sections.has(w)).length;
  return (sections >= 3 && sections * 3 >= words.length * 2) || (sections >= 1 && isSpacedItems(line));
}

/** Words per item of a menu laid out with wide gaps or bars: « Faits divers », "Te Ao Māori". */
const MAX_MENU_ITEM_WORDS = 3;
const MIN_MENU_ITEMS = 4;

/**
 * « Accueil   Région   Lille   Douai   Faits divers »: a line of short items set apart by wide gaps or bars is a
 * menu whatever its items are (cities, a show's name), once one of them is a section's name.
 */
function isSpacedItems(line: string): boolean {
  const items = line.split(/\s*[|·•]\s*|\s{2,}|\t/u).filter(Boolean);
  return items.length >= MIN_MENU_ITEMS && items.every((item) => item.split(/\s+/u).length <= MAX_MENU_ITEM_WORDS);
}

/**
 * "By Sarah Whitfield", « Par notre envoyé spécial », « Par lemonde.fr »: a byline's cue goes on with a name or a
 * site; "By Friday afternoon," and « Par ailleurs » do not.
 */
function namesAfterCue(line: string, layout: CompiledLayout): boolean {
  const rest = line.replace(/^\S+\s+/u, '');
  if (startsWithCue(foldWord(rest), layout.bylineOpeners)) return true;
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,}(?:\s|$)/u.test(rest)) return true; // « Par huffingtonpost.fr / … »
  const word = /^[\p{L}'’-]+/u.exec(rest)?.[0] ?? '';
  return /^\p{Lu}/u.test(word) && !layout.notNames.has(foldWord(word));
}

function isChrome(text: string, layout: CompiledLayout, folded = foldWord(text)): boolean {
  return layout.navigationLines.has(folded.replace(/[\s:]+$/, '')) || layout.chrome.some((re) => re.test(text));
}

/**
 * « Partager sur Facebook   Partager sur X   Partager sur LinkedIn », "Share on Facebook | Comments", « Écouter cet
 * article | Partager : Facebook - X »: items set apart by wide gaps, bars or dashes, each of them chrome.
 */
function isChromeItems(line: string, layout: CompiledLayout): boolean {
  const items = line.split(/\s*[|·•]\s*|\s{2,}|\t|\s[-–—]\s/u).map((item) => item.trim()).filter(Boolean);
  return items.length >= 2 && items.every((item) => isChrome(item, layout));
}

/** Whether the words are a section's name (« Politique », "Business"): layout.json sectionNames. */
export function isSectionName(words: string, lex: LayoutLexicon): boolean {
  return compile(lex).sections.has(foldWord(words));
}

/**
 * Items of a header line set apart by bars, middle dots, spaced dashes or a wide gap (a copied page's lost separator):
 * « L'essentiel | Par Sophie Kremer | Publié le … », "By Tom Petrakis  Global News".
 */
export function fieldItems(line: string): string[] {
  return line.split(/\s*[|·•]\s*|\s[–—]\s|\s{2,}|\t/u).map((item) => item.trim()).filter(Boolean);
}

/** A byline's cue and a name: "By Sarah Whitfield", « Par notre envoyé spécial ». */
function isBylineItem(item: string, layout: CompiledLayout): boolean {
  return startsWithCue(foldWord(item), layout.bylineCues) && namesAfterCue(item, layout);
}

function classify(line: string, layout: CompiledLayout): LineKind {
  if (line.length > MAX_BOILERPLATE_CHARS) return PHOTO_MARKER.test(line) ? 'caption' : 'body';
  const folded = foldWord(line);
  if (isChrome(line, layout, folded) || isMenu(line, layout) || isChromeItems(line, layout)) return 'navigation';
  if (startsWithCue(folded, layout.selfReferencePrefixes)) return 'self-reference';
  if (startsWithCue(folded, layout.teaserPrefixes)) return 'teaser';
  if (containsCue(folded, layout.creditCues)) return 'credit';
  if (PHOTO_MARKER.test(line)) return 'caption';
  // « Par X / 10/07/2017 », "By Sarah Whitfield | Published March 14, 2024": a short line that opens with a byline cue and gives a year.
  // « Le Quotidien — Publié le 28 juin 2025 — Par Jean-Marc Payet »: or any item of such a line of fields.
  const givesYear = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(line);
  if (givesYear && line.length <= MAX_BYLINE_CHARS && isBylineItem(line, layout)) return 'byline';
  if (givesYear && line.length <= MAX_BYLINE_CHARS * 2 && fieldItems(line).some((item) => isBylineItem(item, layout))) return 'byline';
  if (line.length <= MAX_BYLINE_CHARS * 2 && layout.bylines.some((re) => re.test(line))) return 'byline';
  // (« Contactée par notre rédaction, l'UDT a dit … », « a-t-il déclaré à notre rédaction »: the newsroom asked, a body line.)
  if (containsCue(folded.replace(NEWSROOM_ASKED, ' '), layout.selfReferenceCues)) return 'self-reference';
  if (isHeading(line)) return 'heading';
  return 'body';
}

/** "[Photo: …]", « [Photo] Lionel Gumbs vendredi soir, … », "[Image] …": a marker a copied page leaves for a picture, its caption after it. */
const PHOTO_MARKER = /^\[(?:photos?|images?|picture|illustration|vid[ée]o|caption|légende)\b/iu;

/** The newsroom as the one spoken to, in a folded line: « par notre rédaction », « à notre rédaction ». */
const NEWSROOM_ASKED = /\b(?:par|a)\s+notre\s+redaction\b/gu;

/** A short line with no closing punctuation is a title or a subheading: it names people but reports no speech. */
const MAX_HEADING_WORDS = 16;
/** « Les Engagés saluent « un geste rare » »: a subheading that ends on a quote is shorter still. */
const MAX_QUOTED_HEADING_WORDS = 8;
/** « 16h45 – Le ministre accuse la COB de « faire de la politique » »: a live blog's entry headline, after its time. */
const ENTRY_HEADLINE = /^\[?\d{1,2}[:h.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\]?\s*[–—-]\s+\S/iu;
function isHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (/[»”"]$/u.test(line) && !/[.!?…]\s*[»”"]$/u.test(line)) return words <= (ENTRY_HEADLINE.test(line) ? MAX_HEADING_WORDS : MAX_QUOTED_HEADING_WORDS);
  return !/[.!?:;…»”"')\]]$/u.test(line) && words <= MAX_HEADING_WORDS;
}

const CUED_CREDIT = /^\(?(?:photos?|photograph|picture|image|crédits?|credit|illustration)\s*(?::|(?:by|par|de)\s)/iu;
const AFTER_CAPTION = /^[.!?]\s/u;
/** "(Dante Carroll/The Nassau Guardian)": a photographer and their paper in parentheses, as a caption ends. */
const NAME_SLASH_OUTLET = /^\(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*\/\s*[^()/]{2,40}\)$/u;

/**
 * A photo credit that ends a caption (« Le ministre, mardi. AFP / JEAN DUPONT »): its start, when the words
 * around the slash are names and one of them is in capitals, as agencies and photographers sign.
 */
function creditStart(line: Span, layout: CompiledLayout): number | undefined {
  for (const re of layout.credits) {
    const m = re.exec(line.text);
    // Signed in capitals (an agency, a photographer), after a copyright sign (« © Thomas Rigaud / France Télévisions »),
    // named by its cue (« Crédit : », "(Photo: Jane Roe/The Herald)", "Image: Joel Aldridge / Manchester Evening News"), or "title/photographer" right after the
    // caption's last sentence (« … à Lausanne. 24 heures/Marc-Olivier Dutoit »).
    if (m?.[1] && (/\p{Lu}{2,}/u.test(m[1]) || m[1].startsWith('©') || CUED_CREDIT.test(m[1]) || AFTER_CAPTION.test(m[0]) || NAME_SLASH_OUTLET.test(m[1]))) return line.start + m.index + m[0].indexOf(m[1]);
  }
  return undefined;
}

/** The line, or its caption and its credit as two lines; whether the last part is a credit. */
function withCredit(text: string, span: Span, layout: CompiledLayout): { parts: Span[]; credit: boolean } {
  const at = creditStart(span, layout);
  if (at === undefined || at === span.start) return { parts: [span], credit: at === span.start };
  const captionEnd = at - (text.slice(span.start, at).length - text.slice(span.start, at).trimEnd().length);
  return {
    parts: [
      { start: span.start, end: captionEnd, text: text.slice(span.start, captionEnd) },
      { start: at, end: span.end, text: text.slice(at, span.end) },
    ],
    credit: true,
  };
}

export function readLayout(text: string, lex: LayoutLexicon): Line[] {
  const layout = compile(lex);
  let inComments = false;
  const lines: Line[] = [];
  for (const line of splitLines(text)) {
    if (!inComments && line.start >= text.length * COMMENTS_NOT_BEFORE && layout.comments.some((re) => re.test(line.text))) {
      inComments = true;
    }
    const { parts, credit } = withCredit(text, line, layout);
    for (const [n, span] of parts.entries()) {
      // The second part of a split line is the credit, whatever pattern found it; the first is a photo's caption.
      const isCredit = credit && n === parts.length - 1;
      const kind = inComments ? 'comments' : isCredit ? 'credit' : parts.length === 2 ? 'caption' : classify(span.text, layout);
      lines.push({ span, kind });
    }
  }
  return withTitle(withNameLinesSigning(withSectionLabels(withTeaserLists(withMotto(lines)), layout), layout));
}

/** Most headings a "Read more:" list holds. */
const MAX_TEASER_LIST = 6;

/**
 * "Read more:" / "- Moldova's Court of Accounts Flags Overpayment …" / "- Explainer: …": the headings right under a
 * teaser's cue that stands alone are the other articles it lists, teasers too.
 */
function withTeaserLists(lines: Line[]): Line[] {
  return lines.map((l, k) => {
    if (l.kind !== 'heading') return l;
    let cue = k - 1;
    while (cue >= 0 && k - cue <= MAX_TEASER_LIST && lines[cue]!.kind === 'heading') cue--;
    const opener = lines[cue];
    return opener?.kind === 'teaser' && opener.span.text.split(/\s+/u).length <= TEASER_CUE_WORDS ? { ...l, kind: 'teaser' } : l;
  });
}

/** Words of a teaser's cue alone on its line: « À lire aussi », "Read more:". */
const TEASER_CUE_WORDS = 4;

/**
 * « POLITIQUE », "NATION" over the headline: a section's name alone on a line below the page's first is the page's,
 * as in its menu (atop the page, "NATION" may be the site's own name, the Daily Nation's).
 */
function withSectionLabels(lines: Line[], layout: CompiledLayout): Line[] {
  return lines.map((l, k) => (k > 0 && l.kind === 'heading' && layout.sections.has(foldWord(l.span.text)) ? { ...l, kind: 'navigation' } : l));
}

/**
 * "The Royal Gazette" / "Bermuda's only daily newspaper since 1828" / the navigation: a short line between the site's
 * name and its navigation is the site's motto, page chrome that names nobody.
 */
function withMotto(lines: Line[]): Line[] {
  const [name, motto, navigation] = lines;
  if (name?.kind !== 'heading' || motto?.kind !== 'heading' || navigation?.kind !== 'navigation') return lines;
  return [name, { ...motto, kind: 'navigation' }, ...lines.slice(2)];
}

/** Most words a title runs to ("'A gut punch for the coast': Anger and grief as …, 640 jobs to go"). */
const MAX_TITLE_WORDS = 30;

/**
 * The article's first line of prose is its title when it does not end a sentence, however long: it tells the story
 * and reports no speech of its own (« Grève à la SNCB : …, le ministre dénonce une « prise d'otages » »).
 */
function withTitle(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => l.kind === 'body');
  const line = lines[first];
  if (!line || /[.!?…]\s*[»”"’)]*$/u.test(line.span.text) || line.span.text.split(/\s+/u).length > MAX_TITLE_WORDS) return lines;
  return lines.map((l, k) => (k === first ? { ...l, kind: 'heading' } : l));
}

/**
 * A line that is only a name (two to four capitalised words, perhaps the site's name before it: « Ouest-France  Léo
 * Kerbrat. »), or names joined by commas, « et », "and" (« Camille Baud, Yannick Ducret »), perhaps with where they
 * write from (« Julien Morissette à Québec »), is the authors' when a byline or a publication date follows it.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const NAME_LINE = new RegExp(String.raw`^${NAME}(?:\s*(?:,|&|\bet\b|\band\b)\s*${NAME}){0,3}(?:\s+(?:à|in|from)\s+\p{Lu}[\p{L}'’-]+)?\.?$`, 'u');
function withNameLinesSigning(lines: Line[], layout: CompiledLayout): Line[] {
  const signs = (line: Line | undefined) => line !== undefined && (line.kind === 'byline' || startsWithCue(foldWord(line.span.text), layout.publishedCues));
  // From the last line up, so that a signature of two lines (« Marie-Claude Paquin » over « La Presse » over the date) is read whole.
  const out = [...lines];
  for (let k = out.length - 1; k >= 0; k--) {
    const line = out[k]!;
    if ((line.kind === 'heading' || line.kind === 'body') && NAME_LINE.test(line.span.text) && signs(out[k + 1])) out[k] = { ...line, kind: 'byline' };
  }
  return out;
}

/** Lines of the article itself, headings included: what extractors read. */
export function isArticleText(line: Line): boolean {
  return line.kind === 'body' || line.kind === 'heading';
}

/** Lines that name people and bodies: the article's, and its photos' captions (which report no speech and no event). */
export function namesEntities(line: Line): boolean {
  return isArticleText(line) || line.kind === 'caption';
}

/** Words a round-up's name line gives its person: "Angah Busu", "Tijah Anak Uda". */
const ROUND_UP_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?=,\s+\S)/u;
/** A paragraph that opens on a quotation mark. */
const OPENS_ON_QUOTE = /^["«“]/u;

/**
 * "Angah Busu, Tok Batin of Kampung Sungai Berok" over a paragraph that opens on a quote: in a round-up of reactions,
 * a short line of a name and who they are, with no sentence's end, introduces the words below it. The name's span.
 */
export function roundUpName(lines: readonly Line[], k: number): Span | undefined {
  const line = lines[k];
  const next = lines[k + 1];
  if (!line || !next || !isArticleText(line) || !OPENS_ON_QUOTE.test(next.span.text)) return undefined;
  if (/[.!?…]$/u.test(line.span.text) || line.span.text.split(/\s+/u).length > MAX_HEADING_WORDS) return undefined;
  const m = ROUND_UP_NAME.exec(line.span.text);
  return m ? { start: line.span.start, end: line.span.start + m[0].length, text: m[0] } : undefined;
}
