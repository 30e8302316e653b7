// Stream articles from files and folders: plain text with optional front matter, or JSON Lines.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';
import { decodeText } from './decode.js';
import { discoverArticleFiles, isJsonl } from './discover.js';
import { splitFrontMatter } from './front-matter.js';
import { readJsonl } from './jsonl.js';
import { readManifest, type Manifest } from './manifest.js';
import { READ_DEFAULTS, type ArticleInput, type ReadOptions } from './types.js';

export async function readTextArticle(file: string, manifest: Manifest, maxBytes: number): Promise<ArticleInput> {
  const bytes = await fs.readFile(file);
  const { given, body } = splitFrontMatter(decodeText(bytes, file, maxBytes), file);
  if (body.trim() === '') throw new NewskgError('EEMPTY', 'empty article (front matter only)', { file });
  const name = path.basename(file);
  return { id: name, source: file, text: body, given: { ...manifest.get(name), ...given } };
}

/**
 * Yield the articles one at a time, in a deterministic order, so a build never holds all texts at once.
 * Every path is checked before the first article is yielded.
 */
export async function* readArticles(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ArticleInput> {
  const { maxBytes } = { ...READ_DEFAULTS, ...options };
  const files = await discoverArticleFiles(paths);
  const manifests = new Map<string, Manifest>();
  const seen = new Map<string, string>();
  for (const file of files) {
    const articles = isJsonl(file) ? readJsonl(file, maxBytes) : readOne(file);
    for await (const article of articles) {
      const earlier = seen.get(article.id);
      if (earlier !== undefined) {
        throw new NewskgError('EUSAGE', `two articles share the id "${article.id}" (also ${earlier}); rename one`, { file: article.source });
      }
      seen.set(article.id, article.source);
      yield article;
    }
  }

  async function* readOne(file: string): AsyncGenerator<ArticleInput> {
    const dir = path.dirname(file);
    let manifest = manifests.get(dir);
    if (manifest === undefined) {
      manifest = await readManifest(dir);
      manifests.set(dir, manifest);
    }
    yield await readTextArticle(file, manifest, maxBytes);
  }
}
