/**
 * MP3 encoding on a worker thread. LAME (wasm-media-encoders) is the single
 * largest cost of an audio build; on its own thread it runs while the main
 * thread limits, measures and checks the programme. Chunks are encoded in
 * the order they are sent, so the bytes are the same as encoding in place.
 * A thread encodes one stream after another: each begins with its settings
 * (LAME is set up afresh) and ends with its final frames, after which the
 * thread goes back on the shelf (threads.ts) for the next.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ThreadShelf } from './threads.js';

/** The worker: plain JavaScript, so it runs the same from src/ (tests) and dist/. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createEncoder } = require(workerData.library);
let queue = createEncoder('audio/mpeg', workerData.lame);
parentPort.on('message', (message) => {
  queue = queue.then((encoder) => {
    // A stream begins with its settings: LAME is set up afresh.
    if (message && message.configure) {
      encoder.configure(message.configure);
      return encoder;
    }
    // The encoder's output is a view into its memory: copy it before encoding more.
    const bytes = (message ? encoder.encode([message]) : encoder.finalize()).slice();
    parentPort.postMessage({ bytes, done: !message }, [bytes.buffer]);
    return encoder;
  });
  queue.catch((e) => { throw e; });
});
`;

export interface Mp3Config {
  channels: 1;
  sampleRate: 8000 | 11025 | 12000 | 16000 | 22050 | 24000 | 32000 | 44100 | 48000;
  bitrate: 8 | 16 | 24 | 32 | 40 | 48 | 64 | 80 | 96 | 112 | 128 | 160 | 192 | 224 | 256 | 320;
}

/** Samples sent to the worker at a time (64 MP3 frames). */
const BATCH = 1152 * 64;
/**
 * Batches a thread may have queued before the writer waits for it (about ten
 * minutes at 22,050 Hz, 25 MB): a short programme is handed over whole and
 * encodes at full speed; a book streams through in bounded memory.
 */
const MAX_IN_FLIGHT = 180;

/** The one part of the WebAssembly API used here (the project's `lib` carries no WebAssembly types). */
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object };

const require = createRequire(import.meta.url);
let lame: object | undefined;

/**
 * LAME, compiled once in this process from the package's own .wasm file and
 * handed to every encoder thread: a thread then neither decodes the
 * library's built-in base64 copy nor compiles it again, and the machine code
 * optimised for one encoding serves the next.
 */
function lameModule(): object {
  lame ??= new WebAssembly.Module(readFileSync(require.resolve('wasm-media-encoders/wasm/mp3')));
  return lame;
}

function startWorker(): Worker {
  const library = require.resolve('wasm-media-encoders');
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { library, lame: lameModule() } });
}

/** Encoder threads kept for the next stream: as many as a programme is encoded in at once. */
const shelf = new ThreadShelf(startWorker, 2);

/**
 * Start encoder threads ahead, until `count` wait (at most 2): a thread's
 * start-up (Node's own, then setting up LAME) then runs while speech is
 * synthesised, and a process that renders again finds them waiting.
 */
export function prepareMp3Threads(count: number): void {
  try {
    shelf.stock(count);
  } catch {
    // reported when a stream is opened
  }
}

export class Mp3EncoderThread {
  private readonly worker: Worker;
  private pending = new Float32Array(BATCH);
  private filled = 0;
  private finished: Promise<void>;
  private failed: Error | undefined;
  /** Batches sent and not yet answered, and who waits for that number to fall. */
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  /** Given back to the shelf, or stopped: no longer this encoder's. */
  private given = false;

  /** `onBytes` receives the encoded MP3 in order. */
  constructor(config: Mp3Config, onBytes: (bytes: Uint8Array) => void) {
    this.worker = shelf.take();
    this.worker.postMessage({ configure: config });
    this.finished = new Promise<void>((resolve, reject) => {
      this.worker.on('message', (m: { bytes: Uint8Array; done: boolean }) => {
        if (m.bytes.length) onBytes(m.bytes);
        if (m.done) resolve();
        else if (--this.inFlight < MAX_IN_FLIGHT) this.wake();
      });
      this.worker.on('error', (e) => {
        this.failed = e;
        this.wake();
        reject(e);
      });
      this.worker.on('exit', (code) => reject(this.failed ?? new Error(`the MP3 encoder thread stopped (exit code ${code})`)));
    });
    this.finished.catch(() => undefined); // reported by end()
  }

  encode(chunk: Float32Array): void {
    if (this.failed) throw this.failed;
    for (let at = 0; at < chunk.length; ) {
      const n = Math.min(BATCH - this.filled, chunk.length - at);
      this.pending.set(chunk.subarray(at, at + n), this.filled);
      this.filled += n;
      at += n;
      if (this.filled === BATCH) this.send();
    }
  }

  /** Resolves when the thread has room for more (at once, unless it is far behind). */
  ready(): Promise<void> {
    if (this.inFlight < MAX_IN_FLIGHT || this.failed) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private send(): void {
    const batch = this.filled === BATCH ? this.pending : this.pending.slice(0, this.filled);
    this.inFlight++;
    this.worker.postMessage(batch, [batch.buffer]);
    this.pending = new Float32Array(BATCH);
    this.filled = 0;
  }

  /** Encode what is left and the final frames; resolves once every byte has been handed to `onBytes`. The thread goes back on the shelf. */
  async end(): Promise<void> {
    if (this.filled) this.send();
    this.worker.postMessage(null);
    try {
      await this.finished;
    } catch (e) {
      await this.stop();
      throw e;
    }
    this.given = true;
    shelf.give(this.worker);
  }

  /** Stop the thread (whatever it was doing: it is not used again). */
  async stop(): Promise<void> {
    if (this.given) return;
    this.given = true;
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
