// Extract articles on a pool of worker threads, one article at a time per worker, and give the extractions back in
// input order, so that the graph is byte-identical whatever the number of workers.
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../ingest/types.js';
import { NewskgError } from '../errors.js';
import type { ArticleExtraction } from './types.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

/** Articles in flight per worker: enough to keep it busy, few enough to keep memory flat. */
const QUEUE_PER_WORKER = 4;
/** A worker holds its lexicons and one article at a time: a bounded heap makes it collect garbage early, not grow. */
const WORKER_HEAP_MB = 768;

/** `known` gives the extraction of an article already extracted (the build cache): it is not sent to a worker. */
export async function* extractInParallel(
  articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
  jobs: number,
  known: (input: ArticleInput) => ArticleExtraction | undefined = () => undefined,
): AsyncGenerator<{ input: ArticleInput; extraction: ArticleExtraction }> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./extract-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }));
  const pending = new Map<number, { input: ArticleInput; resolve: (x: ArticleExtraction) => void; reject: (e: Error) => void }>();
  const results: Promise<ArticleExtraction>[] = [];
  const inputs: ArticleInput[] = [];
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (reply: ExtractReply) => {
      const job = pending.get(reply.seq)!;
      pending.delete(reply.seq);
      if ('error' in reply) job.reject(reply.code ? new NewskgError(reply.code, reply.error, reply.context) : new Error(`extracting ${job.input.source}: ${reply.error}`));
      else job.resolve(reply.extraction);
    });
    worker.on('error', (err) => {
      failure = err;
      for (const job of pending.values()) job.reject(err);
    });
  }
  let seq = 0;
  let next = 0;
  try {
    for await (const input of articles) {
      if (failure) throw failure;
      const at = seq++;
      inputs.push(input);
      const extraction = known(input);
      results.push(
        extraction ? Promise.resolve(extraction) : new Promise<ArticleExtraction>((resolve, reject) => {
          pending.set(at, { input, resolve, reject });
          workers[at % jobs]!.postMessage({ seq: at, input } satisfies ExtractRequest);
        }),
      );
      // Hand back, in order, what is done once enough is in flight.
      while (seq - next > jobs * QUEUE_PER_WORKER) {
        yield { input: inputs[next]!, extraction: await results[next]! };
        delete results[next];
        delete inputs[next];
        next++;
      }
    }
    for (; next < seq; next++) {
      yield { input: inputs[next]!, extraction: await results[next]! };
      delete results[next];
      delete inputs[next];
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
