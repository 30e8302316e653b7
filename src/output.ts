// Write output files atomically: a temp file beside the target, then a rename, so no half-written file is ever left.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Write a file piece by piece, atomically: pieces go to a temporary file beside the target, renamed over it only
 * when `produce` has finished; on failure the temporary file is removed and the target is untouched.
 */
export async function writeOutputStream<T>(file: string, produce: (write: (text: string) => Promise<void>) => Promise<T>): Promise<T> {
  const target = path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
  const handle = await fs.open(temp, 'w');
  try {
    const result = await produce(async (text) => {
      await handle.write(text);
    });
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
