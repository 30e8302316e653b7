// Run a query on graph files in a worker thread, stopping it after a time limit.
import { Worker } from 'node:worker_threads';
import { DataFactory } from '../rdf/data-factory.js';
import { NewskgError, type ErrorCode } from '../errors.js';
import { fromPlain } from './terms.js';
import type { QueryResult } from './types.js';
import type { PlainResult, WorkerMessage, WorkerRequest } from './worker.js';

export function fromPlainResult(r: PlainResult): QueryResult {
  if (r.type === 'boolean') return r;
  if (r.type === 'quads') return { type: 'quads', quads: r.quads.map(([s, p, o, g]) => DataFactory.quad(fromPlain(s!) as never, fromPlain(p!) as never, fromPlain(o!) as never, fromPlain(g!) as never)) };
  return { type: 'bindings', variables: r.variables, bindings: r.bindings.map((row) => new Map(row.map(([k, v]) => [k, fromPlain(v)]))) };
}

/** The time limit starts once the data is loaded: it bounds the query, not the parsing. */
export function queryInWorker(files: readonly string[], text: string, timeoutMs: number): Promise<QueryResult> {
  const request: WorkerRequest = { files: [...files], text };
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: request });
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (f: () => void) => {
      if (timer) clearTimeout(timer);
      void worker.terminate();
      f();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'loaded') {
        timer = setTimeout(() => finish(() => reject(new NewskgError('ETIMEOUT', `query stopped after ${timeoutMs} ms (--timeout)`))), timeoutMs);
      } else if (m.kind === 'result') {
        finish(() => resolve(fromPlainResult(m.result)));
      } else {
        finish(() => reject(m.code ? new NewskgError(m.code as ErrorCode, m.message, m.context) : new Error(m.message)));
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
  });
}
