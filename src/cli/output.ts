// Send a command's result to a file (atomically) or to stdout.
import { writeOutputFile } from '../output.js';

export async function emit(text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') process.stdout.write(text);
  else await writeOutputFile(file, text);
}

/** Write to stdout, waiting while its buffer is full, so a large output is not held in memory. */
export async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
