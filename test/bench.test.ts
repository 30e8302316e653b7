// The benchmark runs from the package as users run it: a 1,000-article smoke run, no timing asserted (speed targets
// live in the printed table, README's Performance section), but its quality figures on the generated gold are.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listStoredQueries } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

describe('npm run bench on 1,000 generated articles', () => {
  it('prints one table: speed, memory, graph size, load, every stored query, and F1 per kind on the generated gold', async () => {
    // Run without blocking the test worker: a synchronous wait of a minute on a slow machine starves its messages to vitest.
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'bench/all.ts', '--sizes', '1000', '--runs', '1', '--comunica', '0'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const rows = new Map(
      stdout
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| measure'))
        .map((l) => l.split('|').map((c) => c.trim()))
        .map((c) => [c[1]!, c[2]!]),
    );
    for (const key of ['articles/s (1 thread)', 'articles/s (--jobs 2)', 'peak RSS, MiB (1 thread)', 'peak RSS, MiB (--jobs 2)', 'triples/article', 'build ÷ bare read-and-tokenise', 'load N-Triples, ms', 'load Turtle, ms']) {
      expect(Number.parseFloat(rows.get(key) ?? 'NaN'), key).toBeGreaterThan(0);
    }
    for (const q of await listStoredQueries()) expect(rows.has(`query ${q.name}, ms`), q.name).toBe(true);
    // The generated stories are written the way the extractor reads news: quality there must stay high.
    expect(Number(rows.get('F1 people'))).toBeGreaterThanOrEqual(0.95);
    expect(Number(rows.get('F1 statements'))).toBeGreaterThanOrEqual(0.9);
    expect(Number(rows.get('F1 responses'))).toBeGreaterThanOrEqual(0.75);
    // Start-up as a user waits for it: the two targets that are about one short run.
    expect(stdout).toMatch(/^newskg --help: \d+ ms; `newskg query who-responded-to-whom` on the five bundled articles, end to end: \d+ ms$/mu);
  }, 300_000);
});
