// A worker thread that loads graph files into oxigraph and runs one query, so that a query can be stopped
// (oxigraph runs a query synchronously: only terminating its thread stops it).
import { parentPort, workerData } from 'node:worker_threads';
import { NewskgError } from '../errors.js';
import { EmbeddedEngine } from './embedded.js';
import { toPlain } from './terms.js';
import type { QueryResult } from './types.js';

export interface WorkerRequest {
  files: string[];
  text: string;
}

export type WorkerMessage =
  | { kind: 'loaded' }
  | { kind: 'result'; result: PlainResult }
  | { kind: 'error'; code?: string; message: string; context?: object };

export type PlainResult =
  | { type: 'bindings'; variables: string[]; bindings: [string, ReturnType<typeof toPlain>][][] }
  | { type: 'quads'; quads: ReturnType<typeof toPlain>[][] }
  | { type: 'boolean'; value: boolean };

export function toPlainResult(result: QueryResult): PlainResult {
  if (result.type === 'boolean') return result;
  if (result.type === 'quads') return { type: 'quads', quads: result.quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map(toPlain)) };
  return { type: 'bindings', variables: result.variables, bindings: result.bindings.map((row) => [...row].map(([k, v]) => [k, toPlain(v)])) };
}

async function main(): Promise<void> {
  const { files, text } = workerData as WorkerRequest;
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  try {
    const engine = await EmbeddedEngine.fromFiles(files);
    post({ kind: 'loaded' });
    post({ kind: 'result', result: toPlainResult(await engine.query(text)) });
  } catch (err) {
    const e = err as NewskgError;
    post({ kind: 'error', code: e instanceof NewskgError ? e.code : undefined, message: e.message, context: e instanceof NewskgError ? e.context : undefined });
  }
}

if (parentPort) void main();
