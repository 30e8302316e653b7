// Detect an article's publishing outlet and publication date from its text when its source does not give them.
import { appendAll } from '../../collections.js';
import { findDates, precisionOf, toIsoDate, weekdaysIn, yearOfDateline, type DateMention } from '../document/dates.js';
import { entityKey, lookupDomain, type KbIndex } from '../lexicon/kb-index.js';
import { findKbMentions } from '../entities/kb-mentions.js';
import { foldWord } from '../document/normalize.js';
import type { ArticleDocument } from '../document/document.js';
import { fieldItems, isSectionName, type Line } from '../document/layout.js';
import type { DateLexicon, KbEntity, LayoutLexicon, OrganisationsLexicon } from '../lexicon/lexicons.js';
import type { Entity, Span } from '../types.js';

export interface DetectedOutlet {
  entity: Entity;
  evidence: Span;
}

export interface DetectedDate {
  iso: string;
  evidence: Span;
}

const DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/u;

export function kbEntityToEntity(kb: KbEntity): Entity {
  return {
    key: entityKey(kb.type, kb.name),
    type: kb.type,
    name: kb.name,
    wikidata: kb.wikidata,
    aliases: kb.aliases ?? [],
    handles: kb.handles ?? [],
    confidence: 1,
  };
}

/** An outlet known only by its web domain is named by that domain: newskg never invents a name. */
function outletFromDomain(domain: string): Entity {
  const name = domain.toLowerCase().replace(/^www\./, '');
  return { key: entityKey('Outlet', name), type: 'Outlet', name, aliases: [], handles: [], confidence: 0.8 };
}

/** The outlet the knowledge base knows by this name or alias. */
function knownOutlet(index: KbIndex, name: string): KbEntity | undefined {
  return index.byAlias.get(foldWord(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim())?.find((e) => e.type === 'Outlet');
}

/** An outlet by the name it signs with, known or not: a site's domain, the knowledge base's outlet, or the name itself. */
function outletNamed(name: string, evidence: Span, index: KbIndex): DetectedOutlet {
  const known = lookupDomain(index, name) ?? knownOutlet(index, name);
  if (known) return { entity: kbEntityToEntity(known), evidence };
  if (DOMAIN.test(name)) return { entity: outletFromDomain(name), evidence };
  return { entity: { key: entityKey('Outlet', name), type: 'Outlet', name, aliases: [], handles: [], confidence: 0.8 }, evidence };
}

const outletWordSets = new WeakMap<OrganisationsLexicon, ReadonlySet<string>>();

/** The words of outlets' names, folded, made once per lexicon. */
export function outletNameWords(lex: OrganisationsLexicon): ReadonlySet<string> {
  let words = outletWordSets.get(lex);
  if (!words) outletWordSets.set(lex, (words = new Set(lex.outletNameWords.map(foldWord))));
  return words;
}

/** A name an outlet could bear: a few capitalised words, one of them a word of outlets' names ("Arizona Mirror", « Le Quotidien de la Réunion »). */
function isOutletLikeName(item: string, outletWords: ReadonlySet<string>): boolean {
  const words = item.split(/\s+/u);
  return words.length <= 6 && /^\p{Lu}/u.test(item) && !/\d/u.test(item) && words.some((w) => outletWords.has(foldWord(w)));
}

/** "Par huffingtonpost.fr / 10/07/2017 10:33": who signs the byline, when it is an outlet and not an author. */
function signedOutlet(line: Span, lex: LayoutLexicon, index: KbIndex): DetectedOutlet | undefined {
  const cue = lex.bylineCues.find((c) => foldWord(line.text).startsWith(foldWord(c)));
  if (!cue) return undefined;
  const rest = line.text.slice(cue.length);
  const who = /^\s*(.+?)\s*(?:[/|–—-]|\d{1,2}[/.]\d{1,2}[/.]\d{4}|$)/u.exec(rest);
  if (!who?.[1]) return undefined;
  const name = who[1];
  const start = line.start + cue.length + rest.indexOf(name);
  return lookupDomain(index, name) || knownOutlet(index, name) || DOMAIN.test(name) ? outletNamed(name, { start, end: start + name.length, text: name }, index) : undefined;
}

/**
 * "By Caleb Nuñez | Arizona Mirror | April 9, 2026", « L'essentiel | Par Sophie Kremer | Publié le … »: the field of a
 * byline that is an outlet, known or named like one.
 */
function outletField(line: Span, lex: LayoutLexicon, index: KbIndex, outletWords: ReadonlySet<string>): DetectedOutlet | undefined {
  let from = 0;
  let signed = false;
  for (const field of fieldItems(line.text)) {
    const at = line.text.indexOf(field, from);
    from = at + field.length;
    if (lex.bylineCues.some((c) => foldWord(field).startsWith(`${foldWord(c)} `))) {
      signed = true;
      continue;
    }
    // « Par Moussa Keïta – Mali Horizon, 10 avril 2024 »: right after the author, a short name before the date.
    const dated = DATED_FIELD.exec(field);
    const item = dated ? dated[1]! : field;
    const known = lookupDomain(index, item) ?? knownOutlet(index, item);
    const afterAuthor = signed && dated !== null && item.split(/\s+/u).length <= MASTHEAD_WORDS && MASTHEAD.test(item);
    if (known || isOutletLikeName(item, outletWords) || afterAuthor) return outletNamed(item, { start: line.start + at, end: line.start + at + item.length, text: item }, index);
  }
  return undefined;
}

/** A byline's field that names something, then a date after a comma: "Mali Horizon, 10 avril 2024". */
const DATED_FIELD = /^(.+?),\s*(?:\p{L}+\s+)?\d{1,2}\s+\p{L}+\.?\s+\d{4}\b/u;

/** The outlet a site names in its own boilerplate ("abonnez-vous", "l'application France 24"), most named first. */
function outletFromSelfReference(doc: ArticleDocument, index: KbIndex): DetectedOutlet | undefined {
  const counts = new Map<KbEntity, { n: number; evidence: Span }>();
  for (const line of doc.lines) {
    if (line.kind !== 'self-reference') continue;
    for (const m of findKbMentions(doc.text, doc.tokensIn(line.span.start, line.span.end), index)) {
      const outlet = m.candidates.find((c) => c.type === 'Outlet');
      if (!outlet) continue;
      const seen = counts.get(outlet);
      counts.set(outlet, { n: (seen?.n ?? 0) + 1, evidence: seen?.evidence ?? m.span });
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  return best ? { entity: kbEntityToEntity(best[0]), evidence: best[1].evidence } : undefined;
}

/** Where the author's name starts in a byline: after its cue ("By", « Par », "(Reporting by"), else at the start ("Jane Roe, Political Correspondent"). */
function bylineNameStart(line: string, lex: LayoutLexicon): number {
  const head = foldWord(line.slice(0, 40));
  for (const cue of lex.bylineCues) {
    const m = new RegExp(`(?:^|[\\s(])${foldWord(cue)}\\s+`, 'u').exec(head);
    if (m) return m.index + m[0].length;
  }
  return 0;
}

/** "By Sarah Whitfield | Published …", « Par Jean Dupont / … »: the byline's author, when it names a person, not an outlet. */
export function detectAuthor(lines: readonly Line[], lex: LayoutLexicon, index: KbIndex): Span | undefined {
  for (const line of lines) {
    if (line.kind !== 'byline' || signedOutlet(line.span, lex, index)) continue;
    const from = bylineNameStart(line.span.text, lex);
    const m = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|van|von|da|di|le))+)/u.exec(line.span.text.slice(from));
    if (!m) continue;
    const start = line.span.start + from + m[0].indexOf(m[1]!);
    return { start, end: start + m[1]!.length, text: m[1]! };
  }
  return undefined;
}

/** « TOURS, 11 octobre 2025 (AFP) – », "LONDON, March 14 (Reuters) -", « Bellinzone (AFP) - »: a dispatch's agency. */
const DATELINE_AGENCY = /^\p{Lu}[\p{L} .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\(([\p{L}][\p{L} .-]{1,30})\)\s*[-–—]/u;

/** The agency of the dispatch: named in parentheses after the dateline that opens the first body line. */
function outletFromDateline(doc: ArticleDocument, index: KbIndex): DetectedOutlet | undefined {
  const first = doc.lines.find((l) => l.kind === 'body' && l.span.text.split(/\s+/).length >= FIRST_PARAGRAPH_WORDS);
  const m = first && DATELINE_AGENCY.exec(first.span.text);
  if (!m) return undefined;
  const known = knownOutlet(index, m[1]!);
  if (!known) return undefined;
  const start = first.span.start + m[0].indexOf(`(${m[1]})`) + 1;
  return { entity: kbEntityToEntity(known), evidence: { start, end: start + m[1]!.length, text: m[1]! } };
}

/** A header field that names the publisher: "Outlet: Le Soir", « Source : La Presse », "Publication: Stuff". */
const OUTLET_FIELD = /^(?:outlet|source|publication|publisher|m[ée]dia|journal)\s*:\s*(\S.{0,60}?)\s*$/iu;
/** Header fields stand among the first lines of a file. */
const FIELD_LINES = 6;

/** The outlet a header field names, known or not: an export's metadata says who published it. */
function outletFromHeaderField(doc: ArticleDocument, index: KbIndex): DetectedOutlet | undefined {
  for (const line of doc.lines.slice(0, FIELD_LINES)) {
    const m = OUTLET_FIELD.exec(line.span.text);
    if (!m) continue;
    const name = m[1]!;
    const start = line.span.start + line.span.text.lastIndexOf(name);
    const evidence = { start, end: start + name.length, text: name };
    return outletNamed(name, evidence, index);
  }
  return undefined;
}

/**
 * A masthead's name: a few words in title case, perhaps its acronym after it ("Agence Bénin Presse (ABP)", « Le
 * Nouvelliste », "Times of Malta", « Guadeloupe La 1ère », « Le Soir d'Algérie »; not "Post office to close").
 */
const MASTHEAD = /^(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|d['’]\p{Lu}[\p{L}'’.-]*|of|de|du|des|la|le|les|the|and|et)){0,5})(\s*\(\p{Lu}{2,6}\))?$/u;

/** « L'Écho caribéen », « Le Courrier monégasque »: a French paper's name, its article, a noun and a place's adjective. */
const MASTHEAD_WITH_ADJECTIVE = /^((?:L['’]|(?:Le|La|Les)\s+)\p{Lu}[\p{L}'’-]*\s+\p{Ll}[\p{L}'’-]{3,})$/u;

/** "© 2025 Caribbean Wire Service. All rights reserved.", « © Le Journal du Sud 2024 - Tous droits réservés »: the owner. */
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(\p{Lu}[^.,©]{2,60}?)\s*(?:\d{4}\s*)?[.,—–-]?\s*(?:all rights reserved|tous droits réservés)/iu;

/** "Get the Banjul Herald newsletter", « Recevez la newsletter du Courrier picard »: the site's newsletter, named after it. */
const NEWSLETTER = /\b(?:get|receive|subscribe to|sign up for)\s+the\s+(\p{Lu}[^.,:]{2,40}?)\s+newsletter\b|\bnewsletter\s+(?:de|du|d['’])\s*(\p{Lu}[^.,:]{2,40}?)\s*(?:[.,:]|$)/iu;

/**
 * The site's own name in its copyright line, known or not, or in the name of its newsletter when it reads like an
 * outlet's, when nothing else names the publisher.
 */
function outletFromCopyrightOrNewsletter(doc: ArticleDocument, index: KbIndex, outletWords: ReadonlySet<string>): DetectedOutlet | undefined {
  for (const line of doc.lines) {
    if (line.kind !== 'self-reference' && line.kind !== 'credit') continue;
    const m = COPYRIGHT.exec(line.span.text);
    if (m && MASTHEAD.test(m[1]!)) return outletIn(line, m[1]!, index);
    const named = NEWSLETTER.exec(line.span.text);
    const name = named?.[1] ?? named?.[2];
    if (name && MASTHEAD.test(name) && isOutletLikeName(name, outletWords)) return outletIn(line, name, index);
  }
  return undefined;
}

/** Most words a site's name has when no word of it says it is an outlet's. */
const MASTHEAD_WORDS = 3;

/** How many lines above the byline the site's name may stand ("Times of Malta", a date line, "by …"). */
const MASTHEAD_ABOVE_BYLINE = 2;

/**
 * The site's name atop the page: the first line with the navigation right under it, or a line right above the
 * byline, when it is a known outlet or named like one (« Le Nouvelliste », "Agence Bénin Presse (ABP)", « APS - Agence
 * de Presse Sénégalaise », "Times of Malta"); or the first item of a breadcrumb that opens the page, when known
 * (« Le Figaro › Politique »).
 */
function outletFromMasthead(doc: ArticleDocument, lex: LayoutLexicon, index: KbIndex, outletWords: ReadonlySet<string>): DetectedOutlet | undefined {
  const lines = doc.lines;
  const first = lines[0];
  if (first?.kind === 'navigation') {
    const item = first.span.text.split(/\s*[›»>|/]\s*/u)[0]!;
    return knownOutlet(index, item) ? outletIn(first, item, index) : undefined;
  }
  const byline = lines.findIndex((l) => l.kind === 'byline');
  // (Above the byline, a section's label in capitals, "U.S. NEWS", is no site's name; over the navigation, "THE DENVER POST" is.)
  const above = byline < 0 ? [] : lines.slice(Math.max(0, byline - MASTHEAD_ABOVE_BYLINE), byline).filter((l) => l.kind === 'heading' && l.span.text !== l.span.text.toUpperCase());
  const isSection = (part: string) => isSectionName(part, lex);
  // « Centrafrique Horizon | Politique »: the page's first line, the site's name and the section the page is in.
  const overNavigation = first?.kind === 'heading' && (lines[1]?.kind === 'navigation' || mastheadParts(first).slice(1).some(isSection)) ? first : undefined;
  for (const line of [...(overNavigation ? [overNavigation] : []), ...above]) {
    const parts = mastheadParts(line).filter((p) => !isSection(p));
    const known = parts.find((p) => knownOutlet(index, p));
    if (known) return outletIn(line, known, index);
    const spelled = nameSpellingAcronym(parts);
    if (spelled) {
      const found = outletIn(line, spelled.name, index);
      return found.entity.aliases.includes(spelled.acronym) ? found : { ...found, entity: { ...found.entity, aliases: [...found.entity.aliases, spelled.acronym] } };
    }
    for (const part of parts) {
      const m = MASTHEAD.exec(part) ?? MASTHEAD_WITH_ADJECTIVE.exec(part);
      // Right over the site's navigation, a short name alone is the site's ("Mmegi Online", « Acadie Nouvelle »; a
      // headline in title case is longer).
      const shortOverNavigation = line === overNavigation && m !== null && m[1]!.split(/\s+/u).length <= MASTHEAD_WORDS;
      if (m && (m[2] !== undefined || shortOverNavigation || isOutletLikeName(m[1]!, outletWords))) return outletIn(line, m[1]!, index);
    }
  }
  return undefined;
}

/** "The Telegram | SaltWire", « Burkina24 – L'actualité du Burkina Faso 24h/24 »: the name, then its group, motto or section. */
function mastheadParts(line: Line): string[] {
  return line.span.text.split(/\s[-–—|·]\s/u);
}

/** « GLP — GRANDS LACS PRESSE »: of a masthead's parts, an acronym and the name whose words' initials spell it. */
function nameSpellingAcronym(parts: readonly string[]): { name: string; acronym: string } | undefined {
  const acronym = parts.find((p) => /^\p{Lu}{2,6}$/u.test(p));
  if (!acronym) return undefined;
  const initials = (p: string) => p.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
  const name = parts.find((p) => p !== acronym && p.includes(' ') && initials(p) === acronym);
  return name ? { name, acronym } : undefined;
}

/** The outlet a line names, with its words as evidence. */
function outletIn(line: Line, name: string, index: KbIndex): DetectedOutlet {
  const start = line.span.start + line.span.text.indexOf(name);
  return outletNamed(name, { start, end: start + name.length, text: name }, index);
}

/** The publishing outlet: a header field, else who signs the byline, else the site's own boilerplate, else a dispatch's agency. */
export function detectOutlet(doc: ArticleDocument, lex: LayoutLexicon, index: KbIndex, outletWords: ReadonlySet<string>): DetectedOutlet | undefined {
  const field = outletFromHeaderField(doc, index);
  if (field) return field;
  for (const line of doc.lines) {
    if (line.kind !== 'byline') continue;
    const found = signedOutlet(line.span, lex, index) ?? outletField(line.span, lex, index, outletWords);
    if (found) return found;
  }
  return outletFromMasthead(doc, lex, index, outletWords) ?? outletFromSelfReference(doc, index) ?? outletFromDateline(doc, index) ?? outletFromCopyrightOrNewsletter(doc, index, outletWords);
}

/** Long enough to be the story's first paragraph: the page's header lines stand before it. */
const FIRST_PARAGRAPH_WORDS = 25;
/** A dateline's date opens the first paragraph: « BRUXELLES, 13 février 2025 (AFP) - ». */
const DATELINE_CHARS = 40;
/** Times and time zones beside a date: "14:32 GMT", « 18h42 », "6:00 PM EDT". */
const TIME = /\b\d{1,2}[:h.]\d{2}\b|\b(?:[ap]\.?m\.?|[A-Z]{2,4})\b|\b\d{1,2}\s*[ap]m\b/giu;

/** Where a line's segments open with a date cue (« Publié le », "Posted:"), and the cue's length. */
function cueStarts(text: string, foldedCues: readonly string[]): { at: number; length: number }[] {
  const starts: { at: number; length: number }[] = [];
  // (Segments after a separator or a full stop: « Ouest-France. Yann Le Guével. Publié le 12/11/2025 à 18h52 ».)
  for (const segment of text.matchAll(/[^\s·|•.](?:[^·|•.]|\.(?!\s))*/gu)) {
    const folded = foldWord(segment[0]);
    const cue = foldedCues.find((c) => folded.startsWith(c));
    if (cue) starts.push({ at: segment.index!, length: cue.length });
  }
  return starts;
}

/** « Publié le 10 juillet 2017 », "CBC News · Posted: Sep 15, 2025": the date right after a cue, at a line's start or after a separator. */
function cuedDate(text: string, found: readonly DateMention[], cues: readonly { at: number; length: number }[]): DateMention | undefined {
  for (const { at, length } of cues) {
    // The date must follow the cue at once, a weekday aside: "Posted Sun 6 Jul 2025".
    const first = found.find((d) => d.span.start >= at + length);
    if (first && /^[\s:,-]*(?:le\s+|on\s+)?(?:\p{L}{3,9}\.?,?\s+)?$/iu.test(text.slice(at + length, first.span.start))) return first;
  }
  return undefined;
}

/**
 * "Wednesday 6 November 2024 14:32 GMT", « 31 mars 2025 », "January 18, 2026 6:00 am (Updated 9:30 am)": a line
 * that is a date and nothing else but times, a weekday and the words of a date line.
 */
function isDateOnly(text: string, found: readonly DateMention[], fillers: ReadonlySet<string>): boolean {
  if (found.length === 0) return false;
  let rest = text;
  for (const d of found) rest = rest.replace(d.span.text, ' ');
  const words = rest.replace(TIME, ' ').match(/\p{L}+/gu) ?? [];
  return words.every((w) => fillers.has(foldWord(w)));
}

/** What parts a header line into fields: a bar, a middle dot, a dash between spaces; else a comma. */
const FIELD_SEPARATOR = /\s[|·•–—-]\s/gu;
const COMMA_SEPARATOR = /,\s/gu;

/**
 * "Wednesday, 20 August 2025 | Reading time: 4 min", « Yaoundé (APA) - 11/03/2025 - 16h42 GMT », "Wednesday October
 * 14 2026, 1.52pm, The Times": the date of a header line one of whose fields is a date alone.
 */
function dateOnlyField(text: string, found: readonly DateMention[], fillers: ReadonlySet<string>): DateMention | undefined {
  const field = dateOnlyFieldBy(FIELD_SEPARATOR, text, found, fillers);
  if (field) return field;
  // (After commas only a line's first field: a date in a sentence's last clause is no date line.)
  const first = dateOnlyFieldBy(COMMA_SEPARATOR, text, found, fillers);
  return first && text.slice(0, first.span.start).replace(/\p{L}+/gu, (w) => (fillers.has(foldWord(w)) ? '' : w)).trim() === '' ? first : undefined;
}

function dateOnlyFieldBy(separator: RegExp, text: string, found: readonly DateMention[], fillers: ReadonlySet<string>): DateMention | undefined {
  const cuts = [0, ...[...text.matchAll(separator)].flatMap((m) => [m.index, m.index + m[0].length]), text.length];
  for (let k = 0; k + 1 < cuts.length; k += 2) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    const inField = found.filter((d) => d.span.start >= from && d.span.end <= to);
    // (« Le Courrier des Balkans | Podgorica, 29 mai 2025 »: a place and its date make a field too.)
    const field = text.slice(from, to);
    if (inField.length > 0 && (isDateOnly(field, inField, fillers) || isPlaceAndDate(field, inField.map((d) => ({ ...d, span: { ...d.span, start: d.span.start - from, end: d.span.end - from } }))))) return inField[0];
  }
  return undefined;
}

/** The place a dateline opens with, before its date: « BRUXELLES, », "Porto-Novo, ", « Tahiti, le ». */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\p{L} .'’-]*,\s*(?:le\s+)?$/u;
/** A place and its region or country before a dateline's full date: "ROSEAU, Dominica, Mar 11, 2025 (CMC) –". */
const DATELINE_PLACE_IN_REGION = /^\p{Lu}[\p{Lu}\p{L} .'’-]*,\s*\p{Lu}[\p{L} .'’-]*,\s*$/u;

/** "Belagavi, December 9, 2025": a header line that is a dateline alone, a place and a full date. */
function isPlaceAndDate(text: string, found: readonly DateMention[]): boolean {
  const d = found[0];
  return d !== undefined && d.date.day !== undefined && d.span.start < DATELINE_CHARS && DATELINE_PLACE.test(text.slice(0, d.span.start)) && /^\s*$/u.test(text.slice(d.span.end));
}

/** Words a date line may hold besides the date: weekdays (and their abbreviations), its cues, "at", « à »… */
function dateLineWords(dates: DateLexicon, layout: LayoutLexicon): Set<string> {
  const names = Object.keys(dates.weekdays).map(foldWord);
  const cues = [...layout.publishedCues, ...layout.updatedCues].flatMap((c) => foldWord(c).split(/\s+/));
  return new Set([...names, ...names.map((n) => n.slice(0, 3)), ...cues, 'at', 'a', 'le', 'on']);
}

/**
 * "December 10, 2025 | 12:08 AM": a time in the field after a date's year is that date's; the bar becomes a space,
 * so offsets stay those of the line.
 */
function withTimeField(text: string): string {
  return text.replace(/(\d{4}\s*)[|·•](\s*\d{1,2}[:h.]\d{2})/gu, '$1 $2');
}

/** Lines at the top of a page where its date may stand alone, whatever stands above the story. */
const HEADER_LINES = 15;

/**
 * The publication date, from what a page shows above its story and never from dates inside the story: a byline
 * ("Par X / 10/07/2017 10:33") or a date line ("Publié le …", "date 2017-07"), the most precise winning; else a line
 * of the header that is only a date; else the dateline opening the first paragraph (« BRUXELLES, 13 février 2025 (AFP) - »).
 */
export function detectPublished(lines: readonly Line[], layout: LayoutLexicon, dates: DateLexicon, lang: string): DetectedDate | undefined {
  const candidates: DateMention[] = [];
  const updated: DateMention[] = [];
  const fillers = dateLineWords(dates, layout);
  const foldedCues = layout.publishedCues.map(foldWord);
  const foldedUpdateCues = layout.updatedCues.map(foldWord);
  const datesOf = (text: string) => findDates(withTimeField(text), dates, { numericOrder: numericOrderOf(text, lang) }).map((d) => ({ ...d, span: { ...d.span, text: text.slice(d.span.start, d.span.end) } }));
  let headerDate: DateMention | undefined;
  let dateline: DateMention | undefined;
  let yearless: { mention: DateMention; weekdays: number[] } | undefined;
  let inHeader = true;
  for (const [k, line] of lines.entries()) {
    const cues = cueStarts(line.span.text, foldedCues);
    const updateCues = cueStarts(line.span.text, foldedUpdateCues);
    // Below the header, only a byline or a cued date line can give the date: the story's own lines are not read.
    if (!inHeader && k >= HEADER_LINES && line.kind !== 'byline' && cues.length === 0 && updateCues.length === 0) continue;
    const all = datesOf(line.span.text);
    const found = all.filter((d) => d.date.year !== undefined);
    if (line.kind === 'byline') {
      appendAll(candidates, found.map((d) => shift(d, line.span.start)));
      continue;
    }
    const cued = cuedDate(line.span.text, found, cues);
    if (cued) candidates.push(shift(cued, line.span.start));
    const update = cuedDate(line.span.text, found, updateCues);
    if (update) updated.push(shift(update, line.span.start));
    if (!headerDate && (inHeader || k < HEADER_LINES)) {
      const whole = isDateOnly(line.span.text, found, fillers) || isPlaceAndDate(line.span.text, found);
      const date = whole ? found[0] : dateOnlyField(line.span.text, found, fillers);
      if (date) headerDate = shift(date, line.span.start);
    }
    if (!inHeader) continue;
    if (line.kind === 'body' && line.span.text.split(/\s+/).length >= FIRST_PARAGRAPH_WORDS) {
      inHeader = false;
      const first = all[0];
      const place = first ? line.span.text.slice(0, first.span.start) : '';
      if (first && first.span.start < DATELINE_CHARS && first.date.year !== undefined && DATELINE_PLACE_IN_REGION.test(place)) dateline = shift(first, line.span.start);
      else if (first && first.span.start < DATELINE_CHARS && DATELINE_PLACE.test(place)) {
        if (first.date.year !== undefined) dateline = shift(first, line.span.start);
        else if (first.date.day !== undefined) {
          // The weekdays of the first paragraph, else of the story ("Accra, Dec. 3, GNA – …", "on Tuesday" further on).
          const lead = weekdaysIn(line.span.text, dates);
          yearless = { mention: shift(first, line.span.start), weekdays: lead.length > 0 ? lead : lines.flatMap((l) => weekdaysIn(l.span.text, dates)) };
        }
      }
    }
  }
  if (!dateline && yearless) {
    // A dateline without its year takes the latest year the article writes.
    let latestYear = -Infinity;
    for (const l of lines) for (const d of datesOf(l.span.text)) latestYear = Math.max(latestYear, d.date.year ?? -Infinity);
    const { day, month } = yearless.mention.date;
    const year = Number.isFinite(latestYear) ? yearOfDateline(day!, month!, yearless.weekdays, latestYear) : undefined;
    if (year !== undefined) dateline = { ...yearless.mention, date: { ...yearless.mention.date, year } };
  }
  // (« Le 2 août 2025 à 14h50, modifié le 3 août … »: the date a page was last changed, only when it gives no other.)
  const best = candidates.sort((a, b) => precisionOf(b.date) - precisionOf(a.date))[0] ?? headerDate ?? dateline ?? updated[0];
  return best ? { iso: toIsoDate(best.date)!, evidence: best.span } : undefined;
}

/** A time on the 24-hour clock: "08:47", "14:05" (American pages write "8:47 a.m."). */
const TWENTY_FOUR_HOUR = /(?<!\d)(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?!\s*[ap]\.?m)/iu;

/**
 * The order of a date line's numbers: an English page is read month first ("11/3/2025"), unless its times are on the
 * 24-hour clock, as European pages in English write them ("Issued on: 10/02/2026 - 08:47").
 */
function numericOrderOf(text: string, lang: string): 'dmy' | 'mdy' {
  return lang === 'en' && !TWENTY_FOUR_HOUR.test(text) ? 'mdy' : 'dmy';
}

function shift(d: DateMention, by: number): DateMention {
  return { ...d, span: { ...d.span, start: d.span.start + by, end: d.span.end + by } };
}
