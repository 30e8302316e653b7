// Read French and English date expressions, absolute or relative to a reference date, into ISO strings.
import type { DateLexicon } from '../lexicon/lexicons.js';
import type { Span } from './span.js';

/** A calendar date known to some precision; missing parts are unknown. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface DateMention {
  span: Span;
  date: PartialDate;
  /** True when the expression needed the reference date (« dimanche », « ce lundi », « en mars »). */
  relative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the precision known: "2017", "2017-07", "2017-07-10" or "2017-07-10T10:33:00". */
export function toIsoDate(d: PartialDate): string | undefined {
  if (d.year === undefined) return undefined;
  let iso = String(d.year);
  if (d.month === undefined) return iso;
  iso += `-${pad(d.month)}`;
  if (d.day === undefined) return iso;
  iso += `-${pad(d.day)}`;
  if (d.hour === undefined) return iso;
  return `${iso}T${pad(d.hour)}:${pad(d.minute ?? 0)}:00`;
}

export function parseIsoDate(iso: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return undefined;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  return { year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]) };
}

export function precisionOf(d: PartialDate): number {
  return [d.year, d.month, d.day, d.hour].filter((x) => x !== undefined).length;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(d: PartialDate, days: number): PartialDate {
  const t = new Date(Date.UTC(d.year!, d.month! - 1, d.day!) + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The most recent given weekday on or before the reference day: news reports what has happened. */
function lastWeekday(ref: PartialDate, weekday: number): PartialDate {
  const refDay = new Date(Date.UTC(ref.year!, ref.month! - 1, ref.day!)).getUTCDay();
  return addDays(ref, -((refDay - weekday + 7) % 7));
}

const sameDay = (a: PartialDate, b: PartialDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/** The first given weekday on or after the reference day: « une réunion doit se tenir jeudi », "will meet on Thursday". */
function nextWeekday(ref: PartialDate, weekday: number): PartialDate {
  const refDay = new Date(Date.UTC(ref.year!, ref.month! - 1, ref.day!)).getUTCDay();
  return addDays(ref, (weekday - refDay + 7) % 7);
}

/** How far before a weekday, in characters, a word of the future may stand in its clause. */
const FUTURE_REACH = 60;

/** Whether the words just before a weekday (back to the sentence's start) or right after it speak of the future. */
function speaksOfFuture(text: string, start: number, end: number, cues: RegExp): boolean {
  const before = text.slice(Math.max(0, start - FUTURE_REACH), start).split(/[.!?;]/u).pop()!;
  return cues.test(before) || FRENCH_FUTURE_VERB.test(before) || /^\s*(?:prochain|prochaine)(?![\p{L}])/iu.test(text.slice(end, end + 12));
}

/**
 * « qu'elle saisirait vendredi la Cour », « il réunira jeudi »: a French verb in the future or the conditional right
 * before the weekday (its article aside), whatever the verb.
 */
const FRENCH_FUTURE_VERB = /(?<![\p{L}-])(?!(?:re|por|ex|at|abs|dis)?trait\s|a?ffront\s|cam[ée]ra\s|op[ée]ra\s|extra\s|ultra\s)\p{Ll}{2,}(?:rait|raient|ront|ra)\s+(?:le\s+|ce\s+)?$/u;

/** How many years before the latest year an article writes its yearless dateline may fall: a weekday recurs on one day every 5–11 years. */
const DATELINE_YEARS_BACK = 6;

/**
 * The year of a yearless dateline (« NAMUR, 25 novembre (Belga) – », "LONDON, March 14 (Reuters) –") from the weekdays
 * its first paragraph names: the report's day is the weekday the others lead up to (« lundi soir … a indiqué mardi »:
 * Tuesday), and the year is the one, near the latest year the article writes, when the day falls on it.
 */
export function yearOfDateline(day: number, month: number, weekdays: readonly number[], latestYear: number): number | undefined {
  if (weekdays.length === 0) return undefined;
  const back = (from: number, to: number) => (from - to + 7) % 7;
  const reportDay = [...new Set(weekdays)]
    .map((w) => ({ w, reach: Math.max(...weekdays.map((o) => back(w, o))) }))
    .sort((a, b) => a.reach - b.reach || a.w - b.w)[0]!.w;
  const years = [];
  for (let y = latestYear + 1; y >= latestYear - DATELINE_YEARS_BACK; y--) {
    if (isValidDay(y, month, day) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() === reportDay) years.push(y);
  }
  return years.sort((a, b) => Math.abs(a - latestYear) - Math.abs(b - latestYear) || b - a)[0];
}

/** The weekdays a text names (indexes, Sunday 0), in text order. */
export function weekdaysIn(text: string, lex: DateLexicon): number[] {
  return [...text.matchAll(patternsFor(lex).weekday)].map((m) => lex.weekdays[m[2]!.toLowerCase()]!);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

interface Patterns {
  /** Every word of the month, weekday and relative-day names, in lower case: a line with none names no such date. */
  words: Set<string>;
  iso: RegExp;
  numeric: RegExp;
  dayMonth: RegExp;
  monthDay: RegExp;
  monthYear: RegExp;
  weekday: RegExp;
  future: RegExp;
  relativeDay: RegExp;
  year: RegExp;
}

const patternCache = new WeakMap<DateLexicon, Patterns>();

/** « 26 » in « 05/02/26 » is 2026; « 98 » is 1998. */
function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length > 2 ? year : year < 70 ? 2000 + year : 1900 + year;
}

const NOT_LETTERS = /[^\p{L}]+/u;

/** Whether a text holds one of the words of a month's, a weekday's or a relative day's name. */
function namesDateWord(text: string, words: ReadonlySet<string>): boolean {
  return text.toLowerCase().split(NOT_LETTERS).some((w) => words.has(w));
}

function patternsFor(lex: DateLexicon): Patterns {
  let p = patternCache.get(lex);
  if (p) return p;
  const month = `(${alternation(Object.keys(lex.months))})\\.?`;
  const weekday = `(${alternation(Object.keys(lex.weekdays))})`;
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const time = `(?:\\s*(?:à|at|,)?\\s*(\\d{1,2})\\s*[:h]\\s*(\\d{2}))?`;
  p = {
    words: new Set([...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...Object.keys(lex.relativeDays)].flatMap((name) => name.toLowerCase().split(NOT_LETTERS))),
    // (« 2025.11.18 18:40 »: dots, as some pages write it, with a day.)
    iso: new RegExp(`${B}(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|\\.(\\d{2})\\.(\\d{2}))(?:[T ](\\d{2}):(\\d{2}))?${E}`, 'gu'),
    // « 05/02/26 »: a two-digit year only with slashes, where a page's date line writes it.
    numeric: new RegExp(`${B}(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|(?<=/\\d{1,2}/)\\d{2})${time}${E}`, 'gu'),
    dayMonth: new RegExp(`${B}(?:${weekday}\\s+)?(\\d{1,2}|1er)\\s+${month}(?:\\s+(\\d{4}))?${time}${E}`, 'giu'),
    monthDay: new RegExp(`${B}(?:${weekday},?\\s+)?${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${time}${E}`, 'giu'),
    monthYear: new RegExp(`${B}(?:(en|in|de|of|depuis|since)\\s+)?${month}(?:\\s+(\\d{4}))?${E}`, 'giu'),
    weekday: new RegExp(`${B}(?:(ce|cette|last|this|on)\\s+)?${weekday}(?:\\s+(matin|soir|après-midi|midi|morning|evening|night))?${E}`, 'giu'),
    relativeDay: new RegExp(`${B}(${alternation(Object.keys(lex.relativeDays))})${E}`, 'giu'),
    future: new RegExp(`${B}(?:${alternation(lex.futureCues)})${E}`, 'iu'),
    // A bare year needs a preposition: « la présidentielle de 2016 », "in 2016"; « 2016 » alone may be any number.
    year: new RegExp(`${B}(?:de|en|depuis|in|since|of)\\s+((?:19|20)\\d{2})${E}`, 'giu'),
  };
  patternCache.set(lex, p);
  return p;
}

export interface DateReadingOptions {
  /** The article's publication date, to resolve « dimanche », « ce lundi », « en mars ». */
  reference?: PartialDate;
  /** Day/month order of numeric dates with slashes: "dmy" (French, British) or "mdy" (American). */
  numericOrder?: 'dmy' | 'mdy';
}

/** A month without a year is the latest such month not after the reference (« en mars » in a July article). */
function yearForMonth(month: number, ref: PartialDate | undefined): number | undefined {
  if (ref?.year === undefined) return undefined;
  return ref.month !== undefined && month > ref.month ? ref.year - 1 : ref.year;
}

/** How many days after its report a day without a year may fall: a strike called « le 26 mars », a vote next month. */
const FUTURE_DAYS = 60;

/**
 * A day and month without a year: the year that puts it within the year before the reference, or in the few weeks
 * after it (news reports what happened, and what is planned soon: « une grève le 26 mars » on 12 March).
 */
function yearForDay(month: number, day: number, ref: PartialDate | undefined): number | undefined {
  if (ref?.year === undefined) return undefined;
  if (ref.month === undefined || ref.day === undefined) return ref.year;
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  const daysAfter = (year: number) => (Date.UTC(year, month - 1, day) - refTime) / 86_400_000;
  return [ref.year + 1, ref.year].find((y) => daysAfter(y) <= FUTURE_DAYS && daysAfter(y) > FUTURE_DAYS - 365) ?? ref.year - 1;
}

/**
 * Every date expression in a text, longest first where expressions overlap,
 * each with its character span and the date it denotes at the precision the text gives.
 */
export function findDates(text: string, lex: DateLexicon, options: DateReadingOptions = {}): DateMention[] {
  const p = patternsFor(lex);
  const ref = options.reference;
  const found: DateMention[] = [];
  const month = (s: string | undefined) => (s === undefined ? undefined : lex.months[s.toLowerCase().replace(/\.$/, '')]);
  const num = (s: string | undefined) => (s === undefined ? undefined : s === '1er' ? 1 : Number(s));
  const add = (m: RegExpExecArray, date: PartialDate, relative: boolean) => {
    if (date.year !== undefined && date.month !== undefined && date.day !== undefined && !isValidDay(date.year, date.month, date.day)) return;
    // "6:00 PM": an afternoon hour on the twelve-hour clock.
    const meridiem = date.hour !== undefined ? /^\s*([ap])\.?m\b/iu.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) : null;
    if (meridiem) date.hour = (date.hour! % 12) + (meridiem[1]!.toLowerCase() === 'p' ? 12 : 0);
    found.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0] }, date, relative });
  };

  // Dates written with numbers need a digit: most lines of prose have none, and skip five of the patterns.
  const digits = /\d/u.test(text);
  for (const m of digits ? text.matchAll(p.iso) : []) {
    add(m, { year: num(m[1]), month: num(m[2] ?? m[4]), day: num(m[3] ?? m[5]), hour: num(m[6]), minute: num(m[7]) }, false);
  }
  for (const m of digits ? text.matchAll(p.numeric) : []) {
    const [a, b] = [num(m[1])!, num(m[3])!];
    // Month first only with slashes ("11/3/2025" in American English), and only where both orders make a date:
    // dotted dates are day first everywhere ("11.03.2025", ERR News), and "25/12" has one reading.
    const monthFirst = options.numericOrder === 'mdy' && m[2] === '/' ? a <= 12 : a <= 12 && b > 12;
    const [day, mon] = monthFirst ? [b, a] : [a, b];
    add(m, { year: fullYear(m[4]!), month: mon, day, hour: num(m[5]), minute: num(m[6]) }, false);
  }
  for (const m of digits ? text.matchAll(p.dayMonth) : []) {
    const mon = month(m[3])!;
    const day = num(m[2])!;
    const year = num(m[4]) ?? yearForDay(mon, day, ref);
    add(m, { year, month: mon, day, hour: num(m[5]), minute: num(m[6]) }, m[4] === undefined);
  }
  for (const m of digits ? text.matchAll(p.monthDay) : []) {
    const mon = month(m[2])!;
    const day = num(m[3])!;
    // "mars 2017" is month-year, not the 20th of March; only one- or two-digit numbers are days.
    if (m[3]!.length > 2) continue;
    const year = num(m[4]) ?? yearForDay(mon, day, ref);
    add(m, { year, month: mon, day, hour: num(m[5]), minute: num(m[6]) }, m[4] === undefined);
  }
  const named = namesDateWord(text, p.words);
  for (const m of named ? text.matchAll(p.monthYear) : []) {
    const mon = month(m[2])!;
    // A bare month name needs a year or a preposition (« en mars »): "mai" and "may" are also common words.
    if (m[3] === undefined && m[1] === undefined) continue;
    const year = num(m[3]) ?? yearForMonth(mon, ref);
    add(m, { year, month: mon }, m[3] === undefined);
  }
  for (const m of digits ? text.matchAll(p.year) : []) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ span: { start, end: start + 4, text: m[1]! }, date: { year: Number(m[1]) }, relative: false });
  }
  if (named && ref?.year !== undefined && ref.month !== undefined && ref.day !== undefined) {
    for (const m of text.matchAll(p.weekday)) {
      const weekday = lex.weekdays[m[2]!.toLowerCase()]!;
      // "last Wednesday", « mercredi dernier » written on a Wednesday: the week before, not the day itself.
      const previous = m[1]?.toLowerCase() === 'last' || /^\s+derni[eè]re?(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      const past = lastWeekday(ref, weekday);
      add(m, speaksOfFuture(text, m.index, m.index + m[0].length, p.future) ? nextWeekday(ref, weekday) : previous && sameDay(past, ref) ? addDays(ref, -7) : past, true);
    }
    for (const m of text.matchAll(p.relativeDay)) {
      add(m, addDays(ref, lex.relativeDays[m[1]!.toLowerCase()]!), true);
    }
  }
  return keepLongest(found);
}

/**
 * « 12 heures après », « deux jours plus tard », "two days later": the date that many days after `base`,
 * hours rounded to whole days. Undefined when the text has no duration or the base has no day.
 */
export function dateAfterDuration(text: string, lex: DateLexicon, base: PartialDate | undefined): PartialDate | undefined {
  if (base?.year === undefined || base.month === undefined || base.day === undefined) return undefined;
  const units = alternation(Object.keys(lex.durationUnits));
  const after = alternation(lex.durationAfter);
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(\\d+|[\\p{L}-]+)\\s+(${units})\\s+(?:plus\\s+)?(${after})(?![\\p{L}])`, 'iu').exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : lex.numberWords[m[1]!.toLowerCase()];
  if (n === undefined) return undefined;
  return addDays(base, Math.round(n * lex.durationUnits[m[2]!.toLowerCase()]!));
}

/** Keep the longest of overlapping mentions (« ce samedi 8 juillet » over « ce samedi »), in text order. */
function keepLongest(mentions: DateMention[]): DateMention[] {
  const byLength = [...mentions].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: DateMention[] = [];
  for (const m of byLength) {
    if (kept.some((k) => m.span.start < k.span.end && k.span.start < m.span.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
