import { Worker } from 'node:worker_threads';
import type { ReadLine } from './read-text.ts';
import type { EngineFailure, EngineRequest, EngineResponse, ReaderLimits } from './reader-protocol.ts';

export type PoolSettings = ReaderLimits & {
  /** Reading threads; each holds one OCR engine (about 100 MB). */
  threads: number;
  /** Reads that may wait for a thread; past it, `busy`. */
  queueLimit: number;
  /** A read running longer is abandoned and its thread replaced. */
  timeoutMs: number;
};

export type PoolResult =
  | { ok: true; lines: ReadLine[] }
  | { ok: false; code: EngineFailure | 'timeout' }
  | { ok: false; code: 'busy'; retryAfterSeconds: number };

type Job = {
  request: Omit<EngineRequest, 'id'>;
  resolve: (result: PoolResult) => void;
};

type Slot = { worker: Worker; ready: Promise<void>; job?: { id: number; done: (r: PoolResult) => void } };

/** A guess at one read's length before any has finished: a photo page takes 1.5 to 2 s. */
const FIRST_GUESS_MS = 2000;
/** Old reads fade from the running average at this rate. */
const AVERAGE_WEIGHT = 0.2;
/** Heap for one reading thread: a 10 MB PDF parses well within it; a bomb dies against it. */
const THREAD_HEAP_MB = 384;

/**
 * A bounded set of reading threads with a bounded queue, so a burst of uploads waits its turn (or is told
 * to come back) instead of taking the event loop from everyone else's turns. Threads start on the first
 * read and stay warm; a thread that runs over its time, crashes or runs out of memory is replaced.
 */
export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private averageMs = FIRST_GUESS_MS;
  private closed = false;
  private readonly settings: PoolSettings;

  constructor(settings: PoolSettings) {
    this.settings = settings;
  }

  read(request: Omit<EngineRequest, 'id'>): Promise<PoolResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'busy', retryAfterSeconds: 60 });
    if (this.slots.length < this.settings.threads) this.slots.push(this.startSlot());
    const idle = this.slots.find((slot) => !slot.job);
    if (!idle && this.queue.length >= this.settings.queueLimit)
      return Promise.resolve({ ok: false, code: 'busy', retryAfterSeconds: this.retryAfterSeconds() });
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.pump();
    });
  }

  /** Reads waiting for a thread and reads under way, for health and tests. */
  get load(): { queued: number; running: number } {
    return { queued: this.queue.length, running: this.slots.filter((s) => s.job).length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, code: 'busy', retryAfterSeconds: 60 });
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private retryAfterSeconds(): number {
    const waitMs = (this.averageMs * (this.queue.length + 1)) / this.settings.threads;
    return Math.max(1, Math.ceil(waitMs / 1000));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      this.run(slot, job);
    }
  }

  private run(slot: Slot, job: Job): void {
    const id = this.nextId++;
    let timer: NodeJS.Timeout | undefined;
    let started = 0;
    slot.job = {
      id,
      done: (result) => {
        clearTimeout(timer);
        slot.job = undefined;
        if (result.ok) this.averageMs += (performance.now() - started - this.averageMs) * AVERAGE_WEIGHT;
        job.resolve(result);
        this.pump();
      },
    };
    // A copy of its own to transfer: the caller's bytes may share a pooled buffer with other data.
    const message: EngineRequest = { id, kind: job.request.kind, bytes: new Uint8Array(job.request.bytes) };
    // The clock starts when the engine has the file: loading the engine (seconds, once a thread) is not the file's fault.
    void slot.ready.then(() => {
      if (slot.job?.id !== id) return;
      started = performance.now();
      timer = setTimeout(() => this.replace(slot, { ok: false, code: 'timeout' }), this.settings.timeoutMs);
      slot.worker.postMessage(message, [message.bytes.buffer as ArrayBuffer]);
    });
  }

  private startSlot(): Slot {
    const worker = new Worker(new URL('./reader-worker.ts', import.meta.url), {
      workerData: {
        maxPages: this.settings.maxPages,
        maxPixels: this.settings.maxPixels,
      } satisfies ReaderLimits,
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
      // The OCR engine prints progress notes ("Estimating resolution as 198") that are not log lines.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = {
      worker,
      ready: new Promise((resolve) => {
        worker.once('message', () => resolve());
      }),
    };
    worker.on('message', (response: EngineResponse | { ready: true }) => {
      if ('id' in response && slot.job?.id === response.id)
        slot.job.done(response.ok ? { ok: true, lines: response.lines } : { ok: false, code: response.code });
    });
    worker.on('error', () => this.replace(slot, { ok: false, code: 'unreadable' }));
    worker.on('exit', () => this.replace(slot, { ok: false, code: 'unreadable' }));
    worker.unref();
    return slot;
  }

  /** Ends a thread that ran over, crashed or ran out of memory, answers its read, and starts a fresh one. */
  private replace(slot: Slot, result: PoolResult): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = undefined;
    if (this.closed) return;
    this.slots[index] = this.startSlot();
    job?.done(result);
    this.pump();
  }
}
