// Write output files atomically: a temp file beside the target, then a rename, so no half-written file is ever left.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** A temporary file of a write killed midway (SIGKILL, power loss): its process is gone, so it can go too. */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `${path.basename(target)}.tmp-`;
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) await fs.rm(path.join(path.dirname(target), name), { force: true });
  }
}

/** Whether a process runs with this id (signal 0 tests without signalling): what temporary files a killed run left tell apart. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Write a file piece by piece, atomically: pieces go to a temporary file beside the target, renamed over it only
 * when `produce` has finished; on failure the temporary file is removed and the target is untouched.
 */
export async function writeOutputStream<T>(file: string, produce: (write: (text: string) => Promise<void>) => Promise<T>): Promise<T> {
  const target = path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await removeStaleTemps(target);
  const temp = `${target}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const handle = await fs.open(temp, 'w');
  try {
    const result = await produce(async (text) => {
      await handle.write(text);
    });
    // On disk before it takes the output's name: a crash leaves the old file or the new one, never half of one.
    await handle.sync();
    await handle.close();
    await fs.rename(temp, target);
    return result;
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw err;
  }
}

export async function writeOutputFile(file: string, data: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomic(file, data);
}
