import type { ChildProcess } from 'node:child_process';
import type { z } from 'zod';

type Typed = { type: string };

/**
 * The messages of one child process, checked against a schema, awaited by type. A child that exits
 * or stays silent too long rejects the wait instead of hanging the bench.
 */
export class IpcChannel<M extends Typed> {
  readonly #child: ChildProcess;
  readonly #queue: M[] = [];
  readonly #waiters = new Set<() => void>();
  #exited: string | undefined;

  constructor(child: ChildProcess, schema: z.ZodType<M>, describe: () => string) {
    this.#child = child;
    child.on('message', (raw) => {
      this.#queue.push(schema.parse(raw));
      this.#wake();
    });
    child.on('exit', (code, signal) => {
      this.#exited = `exited (${signal ?? `code ${code}`})${describe()}`;
      this.#wake();
    });
  }

  send(message: unknown): void {
    this.#child.send(message as object);
  }

  /** The next message of one of these types; messages of other types stay queued. */
  next<T extends M['type']>(types: readonly T[], timeoutMs: number): Promise<Extract<M, { type: T }>> {
    const wanted = new Set<string>(types);
    const names = types.join('" or "');
    return new Promise((resolve, reject) => {
      const check = () => {
        const index = this.#queue.findIndex((m) => wanted.has(m.type));
        if (index >= 0) {
          done();
          resolve(this.#queue.splice(index, 1)[0] as Extract<M, { type: T }>);
        } else if (this.#exited !== undefined) {
          done();
          reject(new Error(`waiting for "${names}": the process ${this.#exited}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no "${names}" message within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
      check();
    });
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}
