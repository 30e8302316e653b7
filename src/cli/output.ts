// Send a command's result to a file (atomically) or to stdout.
import { writeOutputFile } from '../output.js';

export async function emit(text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') process.stdout.write(text);
  else await writeOutputFile(file, text);
}
