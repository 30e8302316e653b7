// Crash safety: a build killed with SIGKILL at random moments, several times, leaves the previous graph intact and its
// cache usable, and the next build removes what the killed ones left behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, newskg, ROOT } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const MAIN = path.join(ROOT, 'dist/cli/main.js');

/** 150 articles in one JSON Lines file: long enough a build to be killed in the middle of. */
function corpus(dir: string): string {
  const texts = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'));
  const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `a${i}`, text: texts[i % texts.length]!.replace(/Lindsey Graham/g, `Paul Lambert${i}`), lang: 'fr', published: '2017-07-10' }));
  const file = path.join(dir, 'feed.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function killedBuild(args: string[], afterMs: number, env: NodeJS.ProcessEnv): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: 'ignore', env });
  setTimeout(() => child.kill('SIGKILL'), afterMs);
  return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

describe('a build killed midway', () => {
  it('leaves the previous output intact and the cache usable, each of several times, and the next build cleans up after it', async () => {
    const dir = scratch('crash');
    const feed = corpus(dir);
    const out = path.join(dir, 'graph.ttl');
    const cache = path.join(scratch('crash-cache'), 'cache');
    // The builds' temporary files (the articles parked during the corpus step) go here, to be counted.
    const tmp = scratch('crash-tmp');
    const env = { ...process.env, TMPDIR: tmp };
    // A first, complete graph from a smaller input: what a killed build must not damage.
    expect(newskg(['build', ARTICLES, '-o', out, '-q']).status).toBe(0);
    const before = readFileSync(out);
    let killed = 0;
    for (const at of [150, 400, 700, 1000, 1500, 2200].map((ms) => ms + Math.floor(Math.random() * 100))) {
      const signal = await killedBuild(['build', feed, '-o', out, '-q', '--cache', cache], at, env);
      if (signal === 'SIGKILL') killed++;
      expect(readFileSync(out).equals(before)).toBe(true);
    }
    expect(killed).toBeGreaterThanOrEqual(3);
    // Whatever the killed builds left in the cache (entries are written whole, then renamed), it gives the graph a
    // full build gives.
    const cached = newskg(['build', feed, '-o', out, '--cache', cache], { env });
    expect(cached.status).toBe(0);
    expect(cached.stderr).toMatch(/built 150 articles, \d+ from the cache/);
    const fromCache = readFileSync(out);
    expect(newskg(['build', feed, '-o', out, '-q']).status).toBe(0);
    expect(readFileSync(out).equals(fromCache)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('Paul Lambert149');
    expect(readdirSync(dir).sort()).toEqual(['feed.jsonl', 'graph.ttl']);
    expect(readdirSync(tmp)).toEqual([]);
  }, 90_000);
});
