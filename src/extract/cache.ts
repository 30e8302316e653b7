// The build cache (`newskg build --cache DIR`): each article's extraction record, kept by the hash of the article
// (id, source, text, given metadata) under the fingerprint of the extractor (its code, its data files, its
// dependencies). A changed extractor starts a new cache; a changed article gets a new key; a deleted article's
// record is simply never read, so a cached build gives exactly the graph a full build gives.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, PACKAGE_ROOT } from '../paths.js';
import type { ArticleInput } from '../ingest/types.js';
import { parseRecord, RECORD_VERSION, type ExtractionRecord } from './records.js';

/** The extractor's code: this folder, whether run from src/ (tests) or dist/ (installed). */
const EXTRACT_DIR = path.dirname(fileURLToPath(import.meta.url));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** What the extraction depends on, hashed: a change to any of it makes every cached record stale. */
export async function extractorFingerprint(): Promise<string> {
  const hash = createHash('sha256').update(`records v${RECORD_VERSION}\n`);
  // The extractor's code and the lexicons, knowledge base and models it reads (data/articles is sample input, not the extractor).
  const data = (await Promise.all(['lexicon', 'kb', 'models'].map((dir) => filesUnder(path.join(DATA_DIR, dir))))).flat();
  for (const file of [...(await filesUnder(EXTRACT_DIR)), ...data]) {
    hash.update(`${path.relative(PACKAGE_ROOT, file)}\n`).update(await fs.readFile(file));
  }
  const pkg = JSON.parse(await fs.readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  hash.update(JSON.stringify([pkg.version, pkg.dependencies]));
  return hash.digest('hex').slice(0, 16);
}

export function articleKey(input: ArticleInput): string {
  return createHash('sha256').update(JSON.stringify([input.id, input.source, input.given, input.text])).digest('hex');
}

export class ExtractionCache {
  hits = 0;
  misses = 0;

  private constructor(private readonly dir: string) {}

  /** The cache in `root` for this extractor; caches of other extractor versions there are removed. */
  static async open(root: string): Promise<ExtractionCache> {
    const fingerprint = await extractorFingerprint();
    await fs.mkdir(path.join(root, fingerprint), { recursive: true });
    for (const name of await fs.readdir(root)) {
      if (name !== fingerprint && /^[0-9a-f]{16}$/.test(name)) await fs.rm(path.join(root, name), { recursive: true, force: true });
    }
    return new ExtractionCache(path.join(root, fingerprint));
  }

  private fileOf(input: ArticleInput): string {
    const key = articleKey(input);
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The record of this very article, if a build with this extractor has made it; a damaged entry is no entry. */
  async get(input: ArticleInput): Promise<ExtractionRecord | undefined> {
    const file = this.fileOf(input);
    try {
      const record = parseRecord(await fs.readFile(file, 'utf8'), { file });
      this.hits++;
      return record;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  /** Kept atomically: a build killed midway leaves whole entries or none. */
  async put(input: ArticleInput, record: ExtractionRecord): Promise<void> {
    const file = this.fileOf(input);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await fs.writeFile(temp, JSON.stringify(record));
    await fs.rename(temp, file);
  }
}
