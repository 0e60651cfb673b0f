/**
 * Worker threads for the second phase of record preparation (mask → rows → validate → encode,
 * see prepare-record.ts), so that masking, the costliest step, runs beside the main thread's
 * consuming, chaining, storing and producing. The main thread decodes and decrypts (it holds
 * the keys), sends the opened events of a batch in slices, one per worker, and gets their
 * outcomes back in the same order (see prepare-wire.ts for the messages); nothing else changes (order, deduplication, chain and
 * checkpoints stay on the main thread).
 *
 * A worker that dies fails its requests with a retryable error (the batch is retried, nothing
 * is committed) and is replaced on the next request.
 */
import { availableParallelism } from 'node:os';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { ProctorError } from '@proctor/errors';
import type { MaskerConfig } from '@proctor/masking';
import type { FinishOutcome, OpenedEvent } from './prepare-record';
import { decodeOutcomes, type PrepareReply, type PrepareRequest, transferable } from './prepare-wire';

export interface PreparePoolOptions {
  /** Worker threads (at least 1). */
  workers: number;
  /** The masker each worker builds (default rules when absent); must be structured-cloneable. */
  maskerConfig?: MaskerConfig;
}

export interface PreparePool {
  readonly size: number;
  /** Resolves once every worker has started and built its masker; rejects if one could not. */
  ready(): Promise<void>;
  /** The outcome of each opened event, in order. */
  finish(opened: readonly OpenedEvent[]): Promise<FinishOutcome[]>;
  /** Stops the workers; requests in flight fail. */
  close(): Promise<void>;
}

/** A slice smaller than this goes to one worker: a message's fixed cost would outweigh the split. */
const MIN_SLICE = 64;

/**
 * Workers for a machine: none on one or two cores, else every core but two (the main thread's and
 * one for chDB's own threads), at most 4. On two idle cores the main thread and chDB already
 * fill both, and a worker measured slower than inline preparation (bench/pipeline.ts: about
 * 5-8 % fewer events/s and 15-17 % more CPU per event).
 */
export function defaultPrepareWorkers(cores = availableParallelism()): number {
  return Math.min(4, Math.max(0, cores - 2));
}

export class PrepareWorkerError extends ProctorError<'PREPARE_WORKER_FAILED'> {
  constructor(message: string) {
    super(message, { code: 'PREPARE_WORKER_FAILED', httpStatus: 503, retryable: true });
  }
}

interface Pending {
  resolve: (outcomes: FinishOutcome[]) => void;
  reject: (error: Error) => void;
}

class WorkerSlot {
  readonly pending = new Map<number, Pending>();
  /** Settles when the worker has built its masker, or failed first. */
  readonly ready: Promise<void>;
  private started: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private readonly worker: Worker;
  dead = false;

  constructor(maskerConfig: MaskerConfig | undefined) {
    this.ready = new Promise((resolve, reject) => {
      this.started = { resolve, reject };
    });
    // Nobody need wait for it: a failed start also fails the requests.
    this.ready.catch(() => undefined);
    this.worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url), {
      workerData: { maskerConfig },
    });
    this.worker.unref();
    this.worker.on('message', (reply: PrepareReply) => this.settle(reply));
    this.worker.on('error', (err) => this.fail(`a prepare worker failed (${err.name})`));
    this.worker.on('exit', (code) => this.fail(`a prepare worker exited (code ${code})`));
  }

  request(id: number, opened: readonly OpenedEvent[]): Promise<FinishOutcome[]> {
    let message: PrepareRequest;
    try {
      message = { id, bytes: transferable(serialize(opened)) };
    } catch {
      // An event that cannot be serialized (none the decoder makes) fails this request alone.
      return Promise.reject(new PrepareWorkerError('an opened event could not be sent to a prepare worker'));
    }
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(message, [message.bytes.buffer]);
    });
  }

  async terminate(): Promise<void> {
    this.fail('the prepare pool is closed');
    await this.worker.terminate();
  }

  private settle(reply: PrepareReply): void {
    if ('ready' in reply) {
      this.started?.resolve();
      return;
    }
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if ('error' in reply) {
      pending.reject(new PrepareWorkerError(`a prepare worker failed (${reply.error})`));
      return;
    }
    try {
      pending.resolve(decodeOutcomes(reply));
    } catch {
      // On a worker's message event: a throw here would take the process down.
      pending.reject(new PrepareWorkerError('a prepare worker sent outcomes that could not be read'));
    }
  }

  private fail(message: string): void {
    this.dead = true;
    const error = new PrepareWorkerError(message);
    this.started?.reject(error);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

export function createPreparePool(options: PreparePoolOptions): PreparePool {
  if (!Number.isSafeInteger(options.workers) || options.workers < 1) {
    throw new RangeError(`prepare workers must be a whole number ≥ 1 (got ${options.workers})`);
  }
  const slots: WorkerSlot[] = [];
  for (let i = 0; i < options.workers; i++) slots.push(new WorkerSlot(options.maskerConfig));
  let nextId = 0;
  let closed = false;

  /** The live worker with the fewest requests in flight; a dead one is replaced first. */
  const pick = (): WorkerSlot => {
    let best: WorkerSlot | undefined;
    for (let i = 0; i < slots.length; i++) {
      let slot = slots[i] as WorkerSlot;
      if (slot.dead) {
        slot = new WorkerSlot(options.maskerConfig);
        slots[i] = slot;
      }
      if (best === undefined || slot.pending.size < best.pending.size) best = slot;
    }
    return best as WorkerSlot;
  };

  return {
    size: options.workers,
    async ready() {
      await Promise.all(slots.map((slot) => slot.ready));
    },
    async finish(opened) {
      if (closed) throw new PrepareWorkerError('the prepare pool is closed');
      if (opened.length === 0) return [];
      const slices = Math.max(1, Math.min(slots.length, Math.floor(opened.length / MIN_SLICE)));
      const per = Math.ceil(opened.length / slices);
      const parts: Promise<FinishOutcome[]>[] = [];
      for (let start = 0; start < opened.length; start += per) {
        parts.push(pick().request(nextId++, opened.slice(start, start + per)));
      }
      return (await Promise.all(parts)).flat();
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.terminate()));
    },
  };
}
