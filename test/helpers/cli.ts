// Run the built newskg command as a user would, capturing its output and exit code.
import { spawnSync } from 'node:child_process';
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
