// Which column of a table, or field of a JSON Lines record, holds each article field: the names common exports
// give them (Media Cloud's, news APIs'), or the user's `--map text=body,published=publish_date`.
import { NewskgError } from '../errors.js';
import type { ColumnMap } from './types.js';

/** Article fields and the column names exports commonly give them, tried in order. */
export const DEFAULT_COLUMNS: Record<keyof ColumnMap, string[]> = {
  text: ['text', 'body', 'content', 'article_text', 'full_text', 'story_text'],
  id: ['id', 'stories_id', 'story_id', 'guid'],
  outlet: ['outlet', 'media_name', 'publisher', 'source', 'site_name', 'media'],
  published: ['published', 'publish_date', 'published_at', 'publication_date', 'pub_date', 'date'],
  url: ['url', 'link', 'story_url'],
  title: ['title', 'headline'],
  lang: ['lang', 'language'],
  author: ['author', 'authors', 'byline'],
  html: ['html', 'raw_html', 'content_html'],
};

/** `text=body,published=publish_date` → { text: 'body', published: 'publish_date' }. */
export function parseColumnMap(value: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, column] = pair.split('=').map((s) => s.trim());
    if (!field || !column || !(field in DEFAULT_COLUMNS)) {
      throw new NewskgError('EUSAGE', `--map takes field=column pairs, fields among ${Object.keys(DEFAULT_COLUMNS).join(', ')}; got "${pair}"`);
    }
    map[field as keyof ColumnMap] = column;
  }
  return map;
}

/** The column each field is read from: the user's mapping, else the first common name the header has. */
export function resolveColumns(header: readonly string[], map: ColumnMap = {}): Partial<Record<keyof ColumnMap, string>> {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const resolved: Partial<Record<keyof ColumnMap, string>> = {};
  for (const field of Object.keys(DEFAULT_COLUMNS) as (keyof ColumnMap)[]) {
    const wanted = map[field] !== undefined ? [map[field]!] : DEFAULT_COLUMNS[field];
    const hit = wanted.map((w) => lower.get(w.toLowerCase())).find((h) => h !== undefined);
    if (hit !== undefined) resolved[field] = hit;
  }
  return resolved;
}

/** A record's fields under newskg's names (for JSON Lines with other field names, and table rows). */
export function mapRecord(record: Record<string, unknown>, columns: Partial<Record<keyof ColumnMap, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) out[field] = record[column];
  return out;
}
