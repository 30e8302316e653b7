// Read JSON Lines articles (`{"text", "url", "outlet", "published", "lang"}` per line) as a stream.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';
import { toGivenMetadata } from './front-matter.js';
import { readHtmlArticle } from './html.js';
import { mapRecord, resolveColumns } from './columns.js';
import type { ArticleInput, ColumnMap } from './types.js';

/** Column of a JSON.parse error, from V8's "at position N" message. */
function jsonErrorColumn(err: Error): number | undefined {
  const m = /position (\d+)/.exec(err.message);
  return m ? Number(m[1]) + 1 : undefined;
}

export function parseJsonlRecord(line: string, file: string, lineNo: number, maxBytes: number, columns?: ColumnMap): ArticleInput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new NewskgError('EFORMAT', `bad JSON: ${(err as Error).message.split('\n')[0]}`, {
      file,
      line: lineNo,
      column: jsonErrorColumn(err as Error),
    });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new NewskgError('EFORMAT', 'each line must be a JSON object', { file, line: lineNo });
  }
  // Other field names (a news API's `body`, `publish_date`) read through the mapping.
  if (columns && Object.keys(columns).length > 0) record = mapRecord(record as Record<string, unknown>, resolveColumns(Object.keys(record), columns));
  const { html } = record as { html?: unknown };
  // A crawler's record may carry the page itself: its article is read as from an .html file, and what the record
  // states about it wins over what the page says.
  const page = typeof (record as { text?: unknown }).text !== 'string' && typeof html === 'string' ? readHtmlArticle(html, `${file}:${lineNo}`) : undefined;
  const text = page?.text ?? (record as { text?: unknown }).text;
  if (typeof text !== 'string') {
    throw new NewskgError('EFORMAT', 'record has no "text" (nor "html") string', { file, line: lineNo });
  }
  if (text.trim() === '') throw new NewskgError('EEMPTY', 'empty article text', { file, line: lineNo });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new NewskgError('ETOOLARGE', `article is ${bytes} bytes, over the limit of ${maxBytes} (see --max-bytes)`, { file, line: lineNo });
  }
  const { id } = record as { id?: unknown };
  return {
    id: typeof id === 'string' && id !== '' ? id : `${path.basename(file)}#L${lineNo}`,
    source: `${file}:${lineNo}`,
    text,
    given: { ...page?.given, ...toGivenMetadata(record, file, lineNo) },
  };
}

/** Raw lines of a file as byte buffers, streamed, without the trailing newline. */
async function* byteLines(file: string): AsyncGenerator<Buffer> {
  let pending = Buffer.alloc(0);
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let nl: number;
    while ((nl = data.indexOf(0x0a)) >= 0) {
      yield data.subarray(0, nl);
      data = data.subarray(nl + 1);
    }
    pending = Buffer.from(data);
  }
  if (pending.length > 0) yield pending;
}

/** The records of a JSON Lines file; a bad line goes to `skip`, which throws to stop the reading. */
export async function* readJsonl(file: string, maxBytes: number, skip: (err: unknown) => void = (err) => { throw err; }, columns?: ColumnMap): AsyncGenerator<ArticleInput> {
  let lineNo = 0;
  let count = 0;
  for await (const bytes of byteLines(file)) {
    lineNo++;
    let article: ArticleInput | undefined;
    try {
      const raw = decodeLine(bytes, file, lineNo);
      if (raw.trim() === '') continue;
      count++;
      article = parseJsonlRecord(raw, file, lineNo, maxBytes, columns);
    } catch (err) {
      skip(err);
    }
    if (article) yield article;
  }
  if (count === 0) skip(new NewskgError('EEMPTY', 'no articles in JSON Lines file', { file }));
}

function decodeLine(bytes: Buffer, file: string, lineNo: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r$/, '');
  } catch {
    if (bytes.includes(0)) throw new NewskgError('EBINARY', 'binary data (NUL byte), not JSON Lines', { file, line: lineNo });
    throw new NewskgError('EENCODING', 'not valid UTF-8; convert it with iconv first', { file, line: lineNo });
  }
}
