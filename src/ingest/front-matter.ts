// Split an optional YAML front-matter block (`---` … `---`) from an article's body.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { NewskgError } from '../errors.js';
import type { GivenMetadata } from './types.js';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface FrontMatterSplit {
  given: GivenMetadata;
  body: string;
}

export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const source = text.replace(/^\uFEFF/, '');
  const match = FENCE.exec(source);
  if (!match) return { given: {}, body: source };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (err) {
    const pos = err instanceof YAMLParseError ? err.linePos?.[0] : undefined;
    // The YAML starts on line 2 of the file, after the opening fence.
    throw new NewskgError('EFORMAT', `bad front matter: ${(err as Error).message.split('\n')[0]}`, {
      file,
      line: pos ? pos.line + 1 : 2,
      column: pos?.col,
    });
  }
  return { given: toGivenMetadata(data, file), body: source.slice(match[0].length) };
}

const FIELDS = ['outlet', 'published', 'lang', 'url', 'title', 'author'] as const;

/** Keep the metadata fields newskg knows, as strings; dates written unquoted in YAML arrive as Date objects. */
export function toGivenMetadata(data: unknown, file: string, line?: number): GivenMetadata {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new NewskgError('EFORMAT', 'metadata must be a mapping of keys to values', { file, line });
  }
  const record = data as Record<string, unknown>;
  const given: GivenMetadata = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    if (value instanceof Date) given[field] = value.toISOString().replace(/T00:00:00\.000Z$/, '').replace(/\.000Z$/, 'Z');
    else if (typeof value === 'string' || typeof value === 'number') given[field] = String(value).trim();
    else throw new NewskgError('EFORMAT', `metadata field "${field}" must be a string`, { file, line });
  }
  return given;
}
