// Articles' extractions parked on disk during the corpus step: written once as the records stream in, read back
// (synchronously, one line at a time) each time the graph writer walks the articles. Memory holds one article.
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ArticleExtraction } from '../types.js';
import { isAlive } from '../../output.js';

const READ_CHUNK = 1 << 20;
const PREFIX = 'newskg-spool-';

/** Spools a killed build left behind (their process is gone): removed before a new one starts. */
function removeStale(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

export class ExtractionSpool {
  private readonly dir: string;
  private readonly file: string;
  private fd: number | undefined;
  private count = 0;

  constructor(parent: string = tmpdir()) {
    removeStale(parent);
    this.dir = mkdtempSync(path.join(parent, `${PREFIX}${process.pid}-`));
    this.file = path.join(this.dir, 'articles.jsonl');
    this.fd = openSync(this.file, 'w');
  }

  get size(): number {
    return this.count;
  }

  add(extraction: ArticleExtraction): void {
    if (this.fd === undefined) throw new Error('the spool is closed for writing');
    writeSync(this.fd, `${JSON.stringify(extraction)}\n`);
    this.count++;
  }

  /** The extractions in the order they were added; each walk reads the file again. */
  *[Symbol.iterator](): Generator<ArticleExtraction> {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    const fd = openSync(this.file, 'r');
    try {
      const buffer = Buffer.alloc(READ_CHUNK);
      const decoder = new StringDecoder('utf8');
      let pending = '';
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
        const lines = (pending + decoder.write(buffer.subarray(0, n))).split('\n');
        pending = lines.pop()!;
        for (const line of lines) yield JSON.parse(line) as ArticleExtraction;
      }
      pending += decoder.end();
      if (pending !== '') yield JSON.parse(pending) as ArticleExtraction;
    } finally {
      closeSync(fd);
    }
  }

  /** Remove the file; the spool cannot be read after. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
