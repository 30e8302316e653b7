// The stored queries of queries/*.rq: each opens with a comment block giving its title, description,
// parameters and an example, which `newskg queries` lists and `newskg query NAME` binds.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NewskgError } from '../errors.js';
import { QUERIES_DIR } from '../paths.js';

export type ParamType = 'iri' | 'string' | 'integer' | 'date' | 'limit';

export interface ParamSpec {
  name: string;
  type: ParamType;
  required: boolean;
  default?: string;
  description: string;
}

export interface StoredQuery {
  name: string;
  file: string;
  title: string;
  description: string;
  params: ParamSpec[];
  examples: string[];
  text: string;
}

const PARAM = /^(\w+)\s*\(([\w\s,]+)\)\s*(?:=\s*(\S+))?\s*(?:[—–-]+\s*(.*))?$/u;

function parseParam(spec: string, file: string, line: number): ParamSpec {
  const m = PARAM.exec(spec.trim());
  if (!m) throw new NewskgError('EFORMAT', `bad param line; write "# param: name (type[, required]) = default — description"`, { file, line });
  const [type, ...flags] = m[2]!.split(',').map((x) => x.trim());
  if (!['iri', 'string', 'integer', 'date', 'limit'].includes(type!)) {
    throw new NewskgError('EFORMAT', `unknown param type "${type}" (iri, string, integer, date, limit)`, { file, line });
  }
  return { name: m[1]!, type: type as ParamType, required: flags.includes('required'), default: m[3], description: m[4] ?? '' };
}

/** Read the header comment block of a query file. */
export function parseStoredQuery(text: string, file: string): StoredQuery {
  const q: StoredQuery = { name: path.basename(file, '.rq'), file, title: '', description: '', params: [], examples: [], text };
  let last: 'title' | 'description' | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('#')) break;
    const body = line.replace(/^#\s?/, '');
    const field = /^(title|description|param|example):\s*(.*)$/.exec(body);
    if (field) {
      const [, key, value] = field;
      if (key === 'title') q.title = value!;
      else if (key === 'description') q.description = value!;
      else if (key === 'param') q.params.push(parseParam(value!, file, i + 1));
      else q.examples.push(value!);
      last = key === 'title' || key === 'description' ? key : undefined;
    } else if (last && body.trim() !== '') {
      q[last] += ` ${body.trim()}`;
    }
  }
  if (q.title === '') throw new NewskgError('EFORMAT', 'a stored query starts with "# title: …"', { file, line: 1 });
  return q;
}

export async function listStoredQueries(dir: string = QUERIES_DIR): Promise<StoredQuery[]> {
  const names = (await fs.readdir(dir)).filter((f) => f.endsWith('.rq')).sort();
  return Promise.all(names.map(async (n) => parseStoredQuery(await fs.readFile(path.join(dir, n), 'utf8'), path.join(dir, n))));
}

/** A stored query by name, or a .rq file by path; an unknown name lists the known ones. */
export async function resolveQuery(nameOrFile: string, dir: string = QUERIES_DIR): Promise<StoredQuery> {
  if (nameOrFile.endsWith('.rq') || nameOrFile.includes('/')) {
    let text: string;
    try {
      text = await fs.readFile(nameOrFile, 'utf8');
    } catch {
      throw new NewskgError('ENOENT', 'no such query file', { file: nameOrFile });
    }
    return text.startsWith('# title:') ? parseStoredQuery(text, nameOrFile) : { name: path.basename(nameOrFile, '.rq'), file: nameOrFile, title: '', description: '', params: [], examples: [], text };
  }
  const all = await listStoredQueries(dir);
  const found = all.find((q) => q.name === nameOrFile);
  if (!found) throw new NewskgError('EUSAGE', `unknown stored query "${nameOrFile}"; known: ${all.map((q) => q.name).join(', ')}`);
  return found;
}
