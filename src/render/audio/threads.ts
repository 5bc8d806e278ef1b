/**
 * Worker threads kept for the life of the process. Starting a Node worker
 * thread costs some 75 ms of CPU (measured here: two empty threads, 150 ms),
 * as much as a sixth of synthesising the sample article; a process that
 * renders more than one programme (a folder of articles, the library in a
 * server) would pay it for every one. A render takes the threads it needs
 * from a shelf and gives them back, ready for the next, when it has had
 * every answer; a thread whose state is unknown (a render that failed or
 * was aborted) is stopped instead. A thread on the shelf never keeps the
 * process alive.
 */
import type { Worker } from 'node:worker_threads';

/**
 * The events a user of a thread listens to. Only these are cleared between
 * users: the Worker object's own listeners (which route its messages) stay.
 */
const EVENTS = ['message', 'messageerror', 'error', 'exit', 'online'] as const;

function clear(worker: Worker): void {
  for (const event of EVENTS) worker.removeAllListeners(event);
}

export class ThreadShelf {
  private readonly idle: Worker[] = [];

  /** `start` starts a thread of this kind; at most `keep` wait on the shelf. */
  constructor(
    private readonly start: () => Worker,
    private readonly keep: number,
  ) {}

  /** Start threads until `count` wait on the shelf (at most `keep`): they start while other work goes on. */
  stock(count: number): void {
    while (this.idle.length < Math.min(count, this.keep)) this.shelve(this.start());
  }

  /** A thread of this kind: one from the shelf, or a new one. It keeps the process alive until given back. */
  take(): Worker {
    const worker = this.idle.pop();
    if (!worker) return this.start();
    clear(worker);
    worker.ref();
    return worker;
  }

  /** Give back a thread that has answered everything it was asked (its listeners are removed). */
  give(worker: Worker): void {
    clear(worker);
    if (this.idle.length >= this.keep) {
      void worker.terminate();
      return;
    }
    this.shelve(worker);
  }

  /** How many threads wait on the shelf. */
  get size(): number {
    return this.idle.length;
  }

  private shelve(worker: Worker): void {
    worker.unref();
    // A thread that fails or stops on the shelf is only dropped: whoever would have taken it starts another.
    const drop = (): void => {
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    this.idle.push(worker);
  }
}
