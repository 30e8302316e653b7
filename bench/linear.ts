// Benchmark: extraction time per KB, from 1 KB to 1 MB (5 MB with --max 5000), for French news text written as
// many lines and as one line (as scraped JSON Lines often is), and for random base64. Linear time means a flat column.
// Usage: npm run bench:linear -- [--max 1000]
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractArticle, loadLexicons } from '../src/index.js';

const { values } = parseArgs({ options: { max: { type: 'string', default: '1000' } } });
const maxKb = Number(values.max);
const dir = path.join(import.meta.dirname, '..', 'data', 'articles');
const seed = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
const lex = loadLexicons();

function ofSize(kb: number, shape: 'lines' | 'one line' | 'base64'): string {
  if (shape === 'base64') return randomBytes(Math.ceil((kb * 1024 * 3) / 4)).toString('base64').slice(0, kb * 1024);
  let text = '';
  while (text.length < kb * 1024) text += seed;
  text = text.slice(0, kb * 1024);
  return shape === 'one line' ? text.replace(/\s*\n\s*/g, ' ') : text;
}

extractArticle({ id: 'warm.txt', source: 'warm', text: seed, given: { lang: 'fr', published: '2017-07-10' } }, lex);
const rows: Record<string, string | number>[] = [];
for (const kb of [1, 10, 100, 1000, 5000].filter((k) => k <= maxKb)) {
  const row: Record<string, string | number> = { KB: kb };
  for (const shape of ['lines', 'one line', 'base64'] as const) {
    const text = ofSize(kb, shape);
    const t = performance.now();
    extractArticle({ id: 'b.txt', source: 'b', text, given: { lang: 'fr', published: '2017-07-10' } }, lex);
    row[`${shape} ms/KB`] = ((performance.now() - t) / kb).toFixed(2);
  }
  rows.push(row);
}
console.table(rows);
