// Crash safety: a build killed with SIGKILL at random moments, several times, leaves the previous graph intact, and
// the next build removes what the killed ones left behind.
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

function killedBuild(args: string[], afterMs: number): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: 'ignore' });
  setTimeout(() => child.kill('SIGKILL'), afterMs);
  return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

describe('a build killed midway', () => {
  it('leaves the previous output intact, each of several times, and the next build cleans up after it', async () => {
    const dir = scratch('crash');
    const feed = corpus(dir);
    const out = path.join(dir, 'graph.ttl');
    // A first, complete graph from a smaller input: what a killed build must not damage.
    expect(newskg(['build', ARTICLES, '-o', out, '-q']).status).toBe(0);
    const before = readFileSync(out);
    let killed = 0;
    for (const at of [150, 400, 700, 1000, 1500].map((ms) => ms + Math.floor(Math.random() * 100))) {
      const signal = await killedBuild(['build', feed, '-o', out, '-q'], at);
      if (signal === 'SIGKILL') killed++;
      expect(readFileSync(out).equals(before)).toBe(true);
    }
    expect(killed).toBeGreaterThanOrEqual(3);
    expect(newskg(['build', feed, '-o', out, '-q']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Paul Lambert149');
    expect(readdirSync(dir).sort()).toEqual(['feed.jsonl', 'graph.ttl']);
  }, 90_000);
});
