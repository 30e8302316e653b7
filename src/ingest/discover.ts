// Expand the paths given on the command line into a sorted list of article files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';

export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;
export const TABLE_EXTENSIONS = ['.csv', '.tsv'] as const;
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'] as const;
const ARTICLE_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...JSONL_EXTENSIONS, ...TABLE_EXTENSIONS];

export function isHtml(file: string): boolean {
  return (HTML_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** Web archives, known by their name's ending (.warc.gz has two extensions). */
export const WARC_SUFFIXES = ['.warc', '.warc.gz'] as const;

export function isWarc(file: string): boolean {
  const name = file.toLowerCase();
  return WARC_SUFFIXES.some((s) => name.endsWith(s));
}

export function isTable(file: string): boolean {
  return (TABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

export function isJsonl(file: string): boolean {
  return (JSONL_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && (ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()) || isWarc(name)) && !/^readme\.md$/i.test(name);
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, into);
    else if (entry.isFile() && isArticleFile(entry.name)) into.push(full);
  }
}

/**
 * Files named explicitly are taken whatever their extension; folders are searched recursively
 * for .txt, .md, .html, .htm, .jsonl, .ndjson, .csv, .tsv, .warc and .warc.gz files. Order is deterministic: sorted by path.
 */
export async function discoverArticleFiles(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) throw new NewskgError('EUSAGE', 'no input: name article files or folders');
  const files: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      throw new NewskgError('ENOENT', 'no such file or folder', { file: p });
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      if (found.length === 0) {
        throw new NewskgError('EEMPTY', `no articles in folder (looked for ${ARTICLE_EXTENSIONS.join(', ')})`, { file: p });
      }
      files.push(...found.sort());
    } else {
      files.push(p);
    }
  }
  return [...new Set(files)];
}
