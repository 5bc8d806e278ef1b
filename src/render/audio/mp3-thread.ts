/**
 * MP3 encoding on a worker thread. LAME (wasm-media-encoders) is the single
 * largest cost of an audio build; on its own thread it runs while the main
 * thread limits, measures and checks the programme. Chunks are encoded in
 * the order they are sent, so the bytes are the same as encoding in place.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker: plain JavaScript, so it runs the same from src/ (tests) and dist/. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createMp3Encoder } = require(workerData.library);
let queue = createMp3Encoder().then((encoder) => {
  encoder.configure(workerData.config);
  return encoder;
});
parentPort.on('message', (message) => {
  queue = queue.then((encoder) => {
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

export class Mp3EncoderThread {
  private readonly worker: Worker;
  private pending = new Float32Array(BATCH);
  private filled = 0;
  private finished: Promise<void>;
  private failed: Error | undefined;
  /** Batches sent and not yet answered, and who waits for that number to fall. */
  private inFlight = 0;
  private waiting: (() => void)[] = [];

  /** `onBytes` receives the encoded MP3 in order. */
  constructor(config: Mp3Config, onBytes: (bytes: Uint8Array) => void) {
    const library = createRequire(import.meta.url).resolve('wasm-media-encoders');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { library, config } });
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

  /** Encode what is left and the final frames; resolves once every byte has been handed to `onBytes`. */
  async end(): Promise<void> {
    if (this.filled) this.send();
    this.worker.postMessage(null);
    try {
      await this.finished;
    } finally {
      await this.stop();
    }
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
