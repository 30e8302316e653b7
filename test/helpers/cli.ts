// Run the built newskg command as a user would, capturing its output and exit code.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTICLES = path.join(ROOT, 'data/articles');
const MAIN = path.join(ROOT, 'dist/cli/main.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function newskg(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, env: options.env, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A long-running newskg command (serve), resolved once its stderr shows `ready`; stop it with `kill()`. */
export function startNewskg(args: string[], ready: RegExp): Promise<{ child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (ready.test(err)) resolve({ child, stderr: () => err });
    });
    child.once('exit', (code) => reject(new Error(`newskg ${args[0]} exited with ${code}: ${err}`)));
  });
}
