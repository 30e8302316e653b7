// Read table exports of news databases (CSV, TSV with a header) and map their columns to article fields: by a
// mapping the user gives (`--map text=body,published=publish_date`), else by the names common exports use
// (Media Cloud's `media_name`, `publish_date`…). Rows are streamed; a bad row is skipped with its line.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { NewskgError } from '../errors.js';
import { toGivenMetadata } from './front-matter.js';
import type { ArticleInput, ColumnMap } from './types.js';

/** Article fields and the column names exports commonly give them, tried in order. */
export const DEFAULT_COLUMNS: Record<keyof ColumnMap, string[]> = {
  text: ['text', 'body', 'content', 'article_text', 'full_text', 'story_text'],
  id: ['id', 'stories_id', 'story_id', 'guid'],
  outlet: ['outlet', 'media_name', 'publisher', 'source', 'site_name', 'media'],
  published: ['published', 'publish_date', 'published_at', 'publication_date', 'pub_date', 'date'],
  url: ['url', 'link', 'story_url'],
  title: ['title', 'headline'],
  lang: ['lang', 'language'],
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

/** The rows of a CSV or TSV file with a header, as articles; a bad row goes to `skip`. */
export async function* readTable(file: string, maxBytes: number, skip: (err: unknown) => void, map: ColumnMap = {}): AsyncGenerator<ArticleInput> {
  const parser = createReadStream(file).pipe(
    parse({ delimiter: path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',', bom: true, relax_column_count: true, info: true, skip_empty_lines: true }),
  );
  let header: string[] | undefined;
  let columns: Partial<Record<keyof ColumnMap, string>> = {};
  let count = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record;
        columns = resolveColumns(header, map);
        if (!columns.text) {
          // The whole file is unreadable: skipped (or the build stopped, with --strict) like any bad file.
          skip(new NewskgError('EFORMAT', `no text column (looked for ${map.text ?? DEFAULT_COLUMNS.text.join(', ')}; the header has ${header.join(', ')}); name it with --map text=COLUMN`, { file, line: info.lines }));
          return;
        }
        continue;
      }
      count++;
      try {
        yield rowArticle(Object.fromEntries(header.map((h, i) => [h, record[i]])), columns, file, info.lines, maxBytes);
      } catch (err) {
        skip(err);
      }
    }
  } catch (err) {
    if (err instanceof NewskgError) throw err;
    const e = err as Error & { lines?: number };
    skip(new NewskgError('EFORMAT', `bad ${path.extname(file).slice(1).toUpperCase()}: ${e.message.split('\n')[0]}`, { file, line: e.lines }));
    return;
  }
  if (count === 0) skip(new NewskgError('EEMPTY', 'no rows in table', { file }));
}

function rowArticle(row: Record<string, unknown>, columns: Partial<Record<keyof ColumnMap, string>>, file: string, line: number, maxBytes: number): ArticleInput {
  const record = mapRecord(row, columns);
  const text = typeof record.text === 'string' ? record.text : '';
  if (text.trim() === '') throw new NewskgError('EEMPTY', `empty article text (column ${columns.text})`, { file, line });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new NewskgError('ETOOLARGE', `article is ${bytes} bytes, over the limit of ${maxBytes} (see --max-bytes)`, { file, line });
  const id = typeof record.id === 'string' && record.id.trim() !== '' ? record.id.trim() : `${path.basename(file)}#L${line}`;
  const fields = Object.fromEntries(Object.entries(record).filter(([k, v]) => k !== 'text' && k !== 'id' && typeof v === 'string' && v.trim() !== ''));
  return { id, source: `${file}:${line}`, text, given: toGivenMetadata(fields, file, line) };
}
