// The one place that turns an error into a message on stderr and an exit code.
import { CommanderError } from 'commander';
import { NewskgError } from '../errors.js';

export function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof NewskgError) {
    process.stderr.write(`newskg: ${err.toString()}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`newskg: internal error: ${e?.message ?? String(err)}\n`);
  if (process.env.NEWSKG_DEBUG) process.stderr.write(`${e?.stack}\n`);
  return 1;
}
