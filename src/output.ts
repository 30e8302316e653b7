// Write output files atomically: a temp file beside the target, then a rename, so no half-written file is ever left.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export async function writeOutputFile(file: string, data: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomic(file, data);
}
