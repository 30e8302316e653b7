// Stream articles from files and folders: plain text with optional front matter, saved web pages, or JSON Lines.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';
import { decodeText } from './decode.js';
import { discoverArticleFiles, isHtml, isJsonl, isTable, isWarc } from './discover.js';
import { readTable } from './table.js';
import { readWarc } from './warc.js';
import { readHtmlArticle } from './html.js';
import { splitFrontMatter } from './front-matter.js';
import { readJsonl } from './jsonl.js';
import { readManifest, type Manifest } from './manifest.js';
import { READ_DEFAULTS, type ArticleInput, type ReadOptions } from './types.js';

/** Files read ahead of the one being extracted: the disk works while the extractor does. */
const READ_AHEAD = 8;

export async function readTextArticle(file: string, manifest: Manifest, maxBytes: number, bytes?: Promise<Buffer>): Promise<ArticleInput> {
  return articleFromBytes(file, await (bytes ?? fs.readFile(file)), manifest, maxBytes);
}

function articleFromBytes(file: string, bytes: Buffer, manifest: Manifest, maxBytes: number): ArticleInput {
  const name = path.basename(file);
  if (isHtml(file)) {
    // A saved page: its article text and what the page says about itself; a manifest entry still wins.
    const page = readHtmlArticle(decodeText(bytes, file, maxBytes), file);
    return { id: name, source: file, text: page.text, given: { ...page.given, ...manifest.get(name) } };
  }
  const { given, body } = splitFrontMatter(decodeText(bytes, file, maxBytes), file);
  if (body.trim() === '') throw new NewskgError('EEMPTY', 'empty article (front matter only)', { file });
  return { id: name, source: file, text: body, given: { ...manifest.get(name), ...given } };
}

/**
 * Yield the articles one at a time, in a deterministic order, so a build never holds all texts at once.
 * Every path is checked before the first article is yielded. A bad article (empty, binary, not UTF-8, too large,
 * malformed, or sharing another's id) is skipped and reported to `onSkip`, or stops the reading when `strict`.
 */
export async function* readArticles(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ArticleInput> {
  const { maxBytes, strict } = { ...READ_DEFAULTS, ...options };
  const skip = (err: unknown): void => {
    if (strict || !(err instanceof NewskgError)) throw err;
    options.onSkip?.(err);
  };
  const files = await discoverArticleFiles(paths);
  const manifests = new Map<string, Manifest>();
  const seen = new Map<string, string>();
  let read = 0;
  const ahead = new Map<string, Promise<Buffer>>();
  const readAhead = (from: number) => {
    for (const file of files.slice(from, from + READ_AHEAD)) {
      if (ahead.has(file) || isJsonl(file) || isTable(file) || isWarc(file)) continue;
      const bytes = fs.readFile(file);
      bytes.catch(() => undefined); // a failed read is reported when its turn comes, not as an unhandled rejection
      ahead.set(file, bytes);
    }
  };
  for (const [n, file] of files.entries()) {
    readAhead(n);
    const articles = isJsonl(file)
      ? readJsonl(file, maxBytes, skip, options.columns)
      : isTable(file)
        ? readTable(file, maxBytes, skip, options.columns)
        : isWarc(file)
          ? readWarc(file, maxBytes, skip)
          : readOne(file);
    for await (const article of articles) {
      const earlier = seen.get(article.id);
      if (earlier !== undefined) {
        skip(new NewskgError('EUSAGE', `two articles share the id "${article.id}" (also ${earlier}); rename one`, { file: article.source }));
        continue;
      }
      seen.set(article.id, article.source);
      read++;
      yield article;
    }
  }
  if (read === 0) throw new NewskgError('EEMPTY', 'no article could be read', { file: paths.join(', ') });

  async function* readOne(file: string): AsyncGenerator<ArticleInput> {
    const dir = path.dirname(file);
    let manifest = manifests.get(dir);
    if (manifest === undefined) {
      manifest = await readManifest(dir);
      manifests.set(dir, manifest);
    }
    const bytes = ahead.get(file);
    ahead.delete(file);
    try {
      yield await readTextArticle(file, manifest, maxBytes, bytes);
    } catch (err) {
      skip(err);
    }
  }
}
