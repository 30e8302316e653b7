// A worker thread that loads graph files into oxigraph and runs one query, so that a query can be stopped
// (oxigraph runs a query synchronously: only terminating its thread stops it).
import { parentPort, workerData } from 'node:worker_threads';
import { NewskgError } from '../errors.js';
import { EmbeddedEngine } from './embedded.js';
import { toPlain } from './terms.js';
import type { QueryResult } from './types.js';

export interface WorkerRequest {
  files: string[];
  /** One query to run, then stop; without it the worker stays and answers { id, text } messages (a pool's worker). */
  text?: string;
}

/** A query a pool's worker is asked to run. */
export interface PoolRequest {
  id: number;
  text: string;
}

export type WorkerMessage =
  | { kind: 'loaded' }
  | { kind: 'result'; id?: number; result: PlainResult }
  | { kind: 'error'; id?: number; code?: string; message: string; context?: object };

export type PlainResult =
  | { type: 'bindings'; variables: string[]; bindings: [string, ReturnType<typeof toPlain>][][] }
  | { type: 'quads'; quads: ReturnType<typeof toPlain>[][] }
  | { type: 'boolean'; value: boolean };

export function toPlainResult(result: QueryResult): PlainResult {
  if (result.type === 'boolean') return result;
  if (result.type === 'quads') return { type: 'quads', quads: result.quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map(toPlain)) };
  return { type: 'bindings', variables: result.variables, bindings: result.bindings.map((row) => [...row].map(([k, v]) => [k, toPlain(v)])) };
}

function errorMessage(err: unknown, id?: number): WorkerMessage {
  const e = err as NewskgError;
  return { kind: 'error', id, code: e instanceof NewskgError ? e.code : undefined, message: e.message, context: e instanceof NewskgError ? e.context : undefined };
}

async function main(): Promise<void> {
  const { files, text } = workerData as WorkerRequest;
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  let engine: EmbeddedEngine;
  try {
    engine = await EmbeddedEngine.fromFiles(files);
    post({ kind: 'loaded' });
  } catch (err) {
    return post(errorMessage(err));
  }
  if (text !== undefined) {
    try {
      post({ kind: 'result', result: toPlainResult(await engine.query(text)) });
    } catch (err) {
      post(errorMessage(err));
    }
    return;
  }
  parentPort!.on('message', (request: PoolRequest) => {
    engine
      .query(request.text)
      .then((result) => post({ kind: 'result', id: request.id, result: toPlainResult(result) }))
      .catch((err: unknown) => post(errorMessage(err, request.id)));
  });
}

if (parentPort) void main();
