// Per-folder metadata: a manifest.json beside the articles gives outlet, date, language and url by file name.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';
import { toGivenMetadata } from './front-matter.js';
import type { GivenMetadata } from './types.js';

export const MANIFEST_NAME = 'manifest.json';

export type Manifest = ReadonlyMap<string, GivenMetadata>;

export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_NAME);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new NewskgError('EFORMAT', `bad JSON: ${(err as Error).message}`, { file });
  }
  const articles = (data as { articles?: unknown })?.articles;
  if (typeof articles !== 'object' || articles === null) {
    throw new NewskgError('EFORMAT', 'a manifest is {"articles": {"<file name>": {metadata}}}', { file });
  }
  return new Map(Object.entries(articles).map(([name, meta]) => [name, toGivenMetadata(meta, file)]));
}
