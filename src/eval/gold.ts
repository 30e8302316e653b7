// Read a gold annotation file (format: test/gold/README.md) and match names through canonical names and aliases.
import { promises as fs } from 'node:fs';
import { NewskgError } from '../errors.js';
import { foldText } from '../extract/document/normalize.js';

export interface GoldEntity {
  type: 'Person' | 'Organisation' | 'Outlet';
  wikidata?: string;
  aliases?: string[];
}

export interface GoldStatement {
  speaker: string | null;
  kind: 'direct' | 'indirect';
  text: string;
  cluster?: string;
  venue?: string;
  date?: string;
  optional?: boolean;
}

export interface GoldResponse {
  from: string;
  to: string;
  optional?: boolean;
}

export interface GoldEvent {
  type: string;
  date: string | null;
  place?: string;
  participants: string[];
  optional?: boolean;
}

/** An entry of an article's people, organisations or outlets: a name, or a name that may be missed or found. */
export type GoldListItem = string | { name: string; optional?: boolean };

export interface GoldArticle {
  outlet: string | null;
  published: string | null;
  people: GoldListItem[];
  organisations: GoldListItem[];
  outlets_mentioned: GoldListItem[];
  statements: GoldStatement[];
  responses: GoldResponse[];
  events: GoldEvent[];
}

export interface Gold {
  entities: Record<string, GoldEntity>;
  articles: Record<string, GoldArticle>;
}

export async function readGold(file: string): Promise<Gold> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new NewskgError('ENOENT', 'no such gold file', { file });
  }
  let gold: Gold;
  try {
    gold = JSON.parse(text) as Gold;
  } catch (err) {
    throw new NewskgError('EFORMAT', `bad JSON: ${(err as Error).message}`, { file });
  }
  if (typeof gold?.entities !== 'object' || typeof gold?.articles !== 'object') {
    throw new NewskgError('EFORMAT', 'a gold file has "entities" and "articles" objects', { file });
  }
  for (const [id, article] of Object.entries(gold.articles)) {
    for (const field of ['people', 'organisations', 'outlets_mentioned', 'statements', 'responses', 'events'] as const) {
      article[field] ??= [] as never;
    }
    for (const item of [...article.people, ...article.organisations, ...article.outlets_mentioned]) {
      const name = nameOf(item);
      if (typeof name !== 'string') throw new NewskgError('EFORMAT', `article ${id} lists ${JSON.stringify(item)}: an entry is a name or {"name": …, "optional": true}`, { file });
      if (!(name in gold.entities)) throw new NewskgError('EFORMAT', `article ${id} names "${name}", which is not a key of "entities"`, { file });
    }
  }
  return gold;
}

/** The name of a list entry, whether written as a string or as {"name": …, "optional": true}. */
export function nameOf(item: GoldListItem): string {
  return typeof item === 'string' ? item : item?.name;
}

/** An article list's names, split into those that must be found and those that may be (marked optional). */
export function splitList(items: readonly GoldListItem[]): { required: string[]; optional: string[] } {
  const required: string[] = [];
  const optional: string[] = [];
  for (const item of items) (typeof item !== 'string' && item.optional ? optional : required).push(nameOf(item));
  return { required, optional };
}

/** Names compare without case, accents or punctuation, "@" included (the gold format's rule). */
export function foldName(name: string): string {
  return foldText(name).replace(/@/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Folded alias → the canonical gold names it can stand for (a surname may be two people's, in different articles). */
export function goldNameIndex(gold: Gold): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [name, entity] of Object.entries(gold.entities)) {
    for (const alias of new Set([name, ...(entity.aliases ?? [])].map(foldName))) {
      const names = index.get(alias);
      if (names) names.push(name);
      else index.set(alias, [name]);
    }
  }
  return index;
}

/** Every name one article's gold uses: its lists, speakers, venues, response ends and event participants. */
export function namesInGoldArticle(article: GoldArticle): Set<string> {
  return new Set([
    ...(article.outlet ? [article.outlet] : []),
    ...[...article.people, ...article.organisations, ...article.outlets_mentioned].map(nameOf),
    ...article.statements.flatMap((s) => [s.speaker, s.venue].filter((n): n is string => typeof n === 'string')),
    ...article.responses.flatMap((r) => [r.from, r.to]),
    ...article.events.flatMap((e) => e.participants),
  ]);
}
