// An article's extraction as a record on disk: what the per-article step writes (`newskg extract`, the build cache)
// and the corpus step reads back (`newskg link`). One record per line, JSON, in input order.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { NewskgError } from '../errors.js';
import type { ArticleInput } from '../ingest/types.js';
import type { ArticleExtraction } from './types.js';

/** The version of the record format: a reader refuses records of another one. */
export const RECORD_VERSION = 1;

export interface ExtractionRecord {
  v: typeof RECORD_VERSION;
  extraction: ArticleExtraction;
  /** The article itself, kept only when it gives no date of its own: the corpus step reads it again once the corpus tells its date. */
  input?: ArticleInput;
}

export function toRecord(input: ArticleInput, extraction: ArticleExtraction): ExtractionRecord {
  return extraction.reference ? { v: RECORD_VERSION, extraction } : { v: RECORD_VERSION, extraction, input };
}

/** A record read back, checked enough that the corpus step can trust its shape. */
export function parseRecord(line: string, where: { file: string; line?: number }): ExtractionRecord {
  let record: ExtractionRecord;
  try {
    record = JSON.parse(line) as ExtractionRecord;
  } catch (err) {
    throw new NewskgError('EFORMAT', `not an extraction record: ${(err as Error).message}`, where);
  }
  if (record?.v !== RECORD_VERSION || typeof record.extraction?.article?.id !== 'string') {
    throw new NewskgError('EFORMAT', `not an extraction record of version ${RECORD_VERSION} (written by another newskg? extract the articles again)`, where);
  }
  return record;
}

/** The records of JSON Lines files, one after the other, streamed line by line. */
export async function* readRecordFiles(files: readonly string[]): AsyncGenerator<ExtractionRecord> {
  for (const file of files) {
    const stream = createReadStream(file, { encoding: 'utf8' });
    const opened = new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (err: NodeJS.ErrnoException) => reject(new NewskgError(err.code === 'ENOENT' ? 'ENOENT' : 'EFORMAT', err.code === 'ENOENT' ? 'no such record file' : err.message, { file })));
    });
    await opened;
    let n = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (line.trim() !== '') yield parseRecord(line, { file, line: n });
    }
  }
}
