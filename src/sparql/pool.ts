// Queries in a pool of worker threads, each holding the graph: one heavy query never blocks the others, and a query
// over its time limit, or whose client went away, is really stopped (its thread is ended and a fresh one loaded).
import { Worker } from 'node:worker_threads';
import { NewskgError, type ErrorCode } from '../errors.js';
import { fromPlainResult } from './in-worker.js';
import type { QueryOptions, QueryResult, SparqlEngine } from './types.js';
import type { PoolRequest, WorkerMessage, WorkerRequest } from './worker.js';

export interface PoolOptions {
  /** Worker threads, each with its own copy of the graph. */
  size: number;
  /** Time limit of a query that gives none, in milliseconds. */
  timeoutMs: number;
  /** Most solutions or triples a result may hold. */
  maxResults: number;
}

interface Job {
  id: number;
  text: string;
  timeoutMs: number;
  signal?: AbortSignal;
  resolve: (r: QueryResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** The graph is loaded: a thread that fails before that (a bad file) is not replaced, or it would fail again. */
  loaded?: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

export class QueryPool implements SparqlEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly files: readonly string[],
    private readonly options: PoolOptions,
  ) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /** Resolves once every worker has loaded the graph; rejects with the load error (a bad file). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  query(text: string, options: QueryOptions = {}): Promise<QueryResult> {
    if (this.closed) return Promise.reject(new NewskgError('EUSAGE', 'the query pool is closed'));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, text, timeoutMs: options.timeoutMs ?? this.options.timeoutMs, signal: options.signal, resolve, reject };
      if (job.signal?.aborted) return reject(new NewskgError('ETIMEOUT', 'query abandoned by its client'));
      this.queue.push(job);
      job.signal?.addEventListener('abort', () => this.dropQueued(job), { once: true });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new NewskgError('EUSAGE', 'the query pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const request: WorkerRequest = { files: [...this.files] };
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: request });
    const slot: Slot = { worker, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', (m: WorkerMessage) => (m.kind === 'loaded' ? resolve() : reject(toError(m))));
      worker.once('error', reject);
    });
    slot.ready.then(
      () => {
        slot.loaded = true;
        worker.on('message', (m: WorkerMessage) => this.settle(slot, m));
        this.dispatch();
      },
      () => undefined,
    );
    worker.on('error', (err) => {
      if (slot.loaded) this.finish(slot, () => slot.job?.reject(err), true);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      void slot.ready.then(() => this.start(slot), () => undefined);
    }
  }

  private start(slot: Slot): void {
    if (slot.job || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    slot.job = job;
    slot.timer = setTimeout(() => this.finish(slot, () => job.reject(new NewskgError('ETIMEOUT', `query stopped after ${job.timeoutMs} ms`)), true), job.timeoutMs);
    slot.onAbort = () => this.finish(slot, () => job.reject(new NewskgError('ETIMEOUT', 'query abandoned by its client')), true);
    job.signal?.addEventListener('abort', slot.onAbort, { once: true });
    slot.worker.postMessage({ id: job.id, text: job.text } satisfies PoolRequest);
  }

  private settle(slot: Slot, m: WorkerMessage): void {
    const job = slot.job;
    if (!job || m.kind === 'loaded' || m.id !== job.id) return;
    if (m.kind === 'error') return this.finish(slot, () => job.reject(toError(m)), false);
    const result = fromPlainResult(m.result);
    const size = result.type === 'bindings' ? result.bindings.length : result.type === 'quads' ? result.quads.length : 1;
    if (size > this.options.maxResults) return this.finish(slot, () => job.reject(new NewskgError('ETOOLARGE', `result over ${this.options.maxResults} solutions or triples: add a LIMIT`)), false);
    this.finish(slot, () => job.resolve(result), false);
  }

  /** End a slot's job; `stop` ends its thread too (the only way to stop a running query) and loads a fresh one. */
  private finish(slot: Slot, settle: () => void, stop: boolean): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.job && slot.onAbort) slot.job.signal?.removeEventListener('abort', slot.onAbort);
    const had = slot.job !== undefined;
    slot.job = undefined;
    slot.timer = undefined;
    if (had) settle();
    if (stop && !this.closed) {
      void slot.worker.terminate();
      this.slots[this.slots.indexOf(slot)] = this.spawn();
    }
    this.dispatch();
  }

  private dropQueued(job: Job): void {
    const at = this.queue.indexOf(job);
    if (at < 0) return;
    this.queue.splice(at, 1);
    job.reject(new NewskgError('ETIMEOUT', 'query abandoned by its client'));
  }
}

function toError(m: WorkerMessage): Error {
  if (m.kind !== 'error') return new Error('unexpected message from a query worker');
  return m.code ? new NewskgError(m.code as ErrorCode, m.message, m.context) : new Error(m.message);
}
