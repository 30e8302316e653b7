// One node per real event across articles, with each article's claim about its date and the conflicts between them.
import { slugify } from '../document/normalize.js';
import type { ArticleEvent, ArticleExtraction, CorpusEvent, DateClaim, DateConflict } from '../types.js';
import { pushTo } from '../../collections.js';

/** Same month at the precision both give, or one undated: reports of one event may differ by days (a conflict), not by months. */
function monthsCompatible(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined) return true;
  const n = Math.min(a.length, b.length, 7);
  return a.slice(0, n) === b.slice(0, n);
}

/** How far apart, in days, an event dated only by its report's day may be from the group it joins. */
const ASSUMED_REACH_DAYS = 31;

/**
 * An event dated only by the day it was reported is still of that time: it joins a group dated within a month of it,
 * not the same person's criticism of six years before.
 */
function withinReach(groupDate?: string, assumed?: string): boolean {
  if (groupDate === undefined || assumed === undefined) return true;
  const day = (iso: string) => Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso.slice(0, 10));
  return Math.abs(day(groupDate) - day(assumed)) <= ASSUMED_REACH_DAYS * 86_400_000;
}

/** Same people, or one group inside the other: a summit « with Trump » and one « with Trump and Putin » are one. */
function participantsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((p) => large.includes(p));
}

/**
 * A gathering (a debate, a trial) and an act (a vote, a verdict), or an act and what was done to someone, are never
 * one event.
 */
function sameKind(g: CorpusEvent, e: ArticleEvent): boolean {
  const first = g.reports[0]!.event;
  return Boolean(first.gathering) === Boolean(e.gathering) && Boolean(first.undergone) === Boolean(e.undergone);
}

/**
 * Whether an article already reports in the group: its own step kept apart the events it tells (it merges repeats).
 * An article's events are merged one after another, so only the group's last report can be of it.
 */
const told = (g: CorpusEvent, article: string) => g.reports[g.reports.length - 1]?.article === article;

/** The commonest date among claims, the most precise first, the earliest on a tie. */
function consensus(claims: readonly DateClaim[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.date, (counts.get(c.date) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[0].length - x[0].length || y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
}

/** The block of an event: its type, one participant, and its month (or "undated"). */
const blockKey = (type: string, participant: string, date: string | undefined) => `${type}|${participant}|${date?.slice(0, 7) ?? 'undated'}`;

/**
 * Merge article events into corpus events. An event is only compared with the groups that share its type, one of its
 * participants and its month, so the work stays near-linear however often a person appears. An undated event joins
 * the latest group of its type and participant.
 */
export function mergeEvents(extractions: readonly ArticleExtraction[]): { events: CorpusEvent[]; conflicts: DateConflict[] } {
  const groups: CorpusEvent[] = [];
  const byBlock = new Map<string, CorpusEvent[]>();
  const latest = new Map<string, CorpusEvent>();
  for (const x of extractions) {
    for (const event of x.events) {
      // A publication day is no claim about the event: such an event joins like an undated one.
      const written = event.dateAssumed ? undefined : event.date;
      const blocks = event.participants.flatMap((p) => [blockKey(event.type, p, written), ...(written ? [blockKey(event.type, p, undefined)] : [])]);
      const candidates = new Set([...blocks.flatMap((b) => byBlock.get(b) ?? []), ...(written ? [] : event.participants.map((p) => latest.get(`${event.type}|${p}`)).filter((g): g is CorpusEvent => g !== undefined))]);
      const home = [...candidates].find((g) => sameKind(g, event) && !told(g, x.article.id) && participantsCompatible(g.participants, event.participants) && (g.dateAssumed || monthsCompatible(g.date, written)) && (written !== undefined || withinReach(g.date, event.date)));
      const group = home ?? { key: '', type: event.type, participants: [], claims: [], reports: [] };
      if (!home) groups.push(group);
      group.reports.push({ article: x.article.id, event });
      for (const p of event.participants) if (!group.participants.includes(p)) group.participants.push(p);
      group.place ??= event.place;
      if (written) {
        group.claims.push({ article: x.article.id, date: written, evidence: event.dateEvidence });
        group.date = consensus(group.claims);
        group.dateAssumed = undefined;
      } else if (event.date && !group.date) {
        group.date = event.date;
        group.dateAssumed = true;
      }
      for (const p of group.participants) {
        const block = blockKey(group.type, p, group.date);
        const list = byBlock.get(block) ?? [];
        if (!list.includes(group)) list.push(group);
        byBlock.set(block, list);
        latest.set(`${group.type}|${p}`, group);
      }
    }
  }
  const used = new Map<string, number>();
  for (const g of groups) {
    g.participants.sort();
    const base = slugify([g.type, ...g.participants.map((p) => p.replace(/^.*\//, '')), g.date?.slice(0, 7) ?? 'undated'].join(' '));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    g.key = n === 1 ? base : `${base}-${n}`;
    for (const r of g.reports) r.event.key = g.key;
  }
  return { events: groups, conflicts: groups.flatMap(dateConflicts) };
}

/** Two dates disagree when they differ at the precision both give (to the day). */
function disagree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 10);
  return a.slice(0, n) !== b.slice(0, n);
}

/**
 * Claims of different articles that disagree. Claims are grouped by the date they give; each claim is linked to the
 * first claim of every date it disagrees with, so the links grow with claims times distinct dates (few), not with
 * the square of the articles that report an event.
 */
function dateConflicts(g: CorpusEvent): DateConflict[] {
  const byDate = new Map<string, DateClaim[]>();
  for (const c of g.claims) pushTo(byDate, c.date, c);
  const dates = [...byDate.keys()];
  const out: DateConflict[] = [];
  for (let i = 0; i < dates.length; i++) {
    for (let j = i + 1; j < dates.length; j++) {
      if (!disagree(dates[i]!, dates[j]!)) continue;
      const [a, b] = [byDate.get(dates[i]!)!, byDate.get(dates[j]!)!];
      const pairs: [DateClaim, DateClaim][] = [...b.map((y) => [a[0]!, y] as [DateClaim, DateClaim]), ...a.slice(1).map((x) => [x, b[0]!] as [DateClaim, DateClaim])];
      for (const [x, y] of pairs) if (x.article !== y.article) out.push({ event: g.key, claims: [x, y] });
    }
  }
  return out;
}
