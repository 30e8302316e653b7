// V8 first runs oxigraph's WASM as quickly compiled baseline code (Liftoff), and optimises the functions that run hot
// on background threads (TurboFan). On a small graph the query is over before the optimised code is ready, and node
// then waits for those compiles to end before the process exits: 0.15–0.25 s of a 0.6 s stored query on the bundled
// graph. A command that queries a small graph once and exits keeps to the baseline code. On larger graphs the
// optimised code pays for itself (measured on generated news: a win on a 1 MB graph, a loss on 3 MB, 1.2–1.5× slower
// queries on 25 MB without it).
import { promises as fs } from 'node:fs';
import v8 from 'node:v8';

/** Graph files smaller than this, together, are queried with V8's baseline WASM code only. */
export const SMALL_GRAPH_BYTES = 2 * 1024 * 1024;

/** Whether these graph files are small enough, together, to query with baseline code (a missing one is not). */
export async function isSmallGraph(files: readonly string[]): Promise<boolean> {
  const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => Infinity)));
  return sizes.reduce((a, b) => a + b, 0) < SMALL_GRAPH_BYTES;
}

/**
 * Keep to V8's baseline WASM code when these graph files are small. Call it before oxigraph is first imported (the
 * flag applies to WASM compiled after it), only in a process that queries once and exits, never in a server.
 */
export async function quickStartFor(files: readonly string[]): Promise<void> {
  if (await isSmallGraph(files)) v8.setFlagsFromString('--liftoff-only');
}
