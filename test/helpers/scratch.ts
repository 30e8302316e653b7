// Temporary folders for tests, removed when the test file ends: `npm test` leaves nothing in the system temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system temp folder, named `newskg-<name>-…`. */
export function scratch(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `newskg-${name}-`));
  made.push(dir);
  return dir;
}
