// Read table exports of news databases (CSV, TSV with a header) and map their columns to article fields: by a
// mapping the user gives (`--map text=body,published=publish_date`), else by the names common exports use
// (Media Cloud's `media_name`, `publish_date`…). Rows are streamed; a bad row is skipped with its line.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { NewskgError } from '../errors.js';
import { toGivenMetadata } from './front-matter.js';
import { readHtmlArticle } from './html.js';
import type { ArticleInput, ColumnMap } from './types.js';
import { DEFAULT_COLUMNS, mapRecord, resolveColumns } from './columns.js';

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
        if (!columns.text && !columns.html) {
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
  // A row may carry the saved page instead of its text (an html column): read as from an .html file.
  const page = (typeof record.text !== 'string' || record.text.trim() === '') && typeof record.html === 'string' && record.html.trim() !== '' ? readHtmlArticle(record.html, `${file}:${line}`) : undefined;
  const text = page?.text ?? (typeof record.text === 'string' ? record.text : '');
  if (text.trim() === '') throw new NewskgError('EEMPTY', `empty article text (column ${columns.text})`, { file, line });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new NewskgError('ETOOLARGE', `article is ${bytes} bytes, over the limit of ${maxBytes} (see --max-bytes)`, { file, line });
  const id = typeof record.id === 'string' && record.id.trim() !== '' ? record.id.trim() : `${path.basename(file)}#L${line}`;
  const fields = Object.fromEntries(Object.entries(record).filter(([k, v]) => k !== 'text' && k !== 'id' && typeof v === 'string' && v.trim() !== ''));
  return { id, source: `${file}:${line}`, text, given: { ...page?.given, ...toGivenMetadata(fields, file, line) } };
}
