// Comunica over an N3.Store, the reference engine, timed for the benchmarks: its results read to the end, or the
// query stopped (its stream destroyed, so it stops using the processor) once it has run for `timeoutMs`.
import type { Store } from 'n3';
import type { QueryEngine } from '@comunica/query-sparql-rdfjs';

interface ResultStream {
  on(event: 'data' | 'end' | 'error', listener: (value?: unknown) => void): void;
  destroy(): void;
}

export async function comunicaMs(engine: QueryEngine, store: Store, text: string, timeoutMs: number): Promise<{ ms: number; timedOut: boolean }> {
  const start = performance.now();
  const execution: unknown = await (await engine.query(text, { sources: [store] })).execute();
  // An ASK answers with a boolean, not a stream.
  if (typeof execution !== 'object' || execution === null || !('on' in execution)) return { ms: performance.now() - start, timedOut: false };
  const stream = execution as ResultStream;
  const left = Math.max(0, timeoutMs - (performance.now() - start));
  const timedOut = await new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => {
      stream.destroy();
      resolve(true);
    }, left);
    stream.on('data', () => {});
    stream.on('end', () => {
      clearTimeout(timer);
      resolve(false);
    });
    stream.on('error', (err) => {
      clearTimeout(timer);
      reject(err as Error);
    });
  });
  return { ms: performance.now() - start, timedOut };
}
