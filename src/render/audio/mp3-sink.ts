/**
 * The MP3 writer. MP3 is encoded by LAME compiled to WebAssembly
 * (wasm-media-encoders), about five times faster here than the
 * pure-JavaScript lamejs port, on worker threads (mp3-thread.ts): one per
 * part of the programme (mp3-split.ts), all at once, joined in order.
 */
import { promises as fs } from 'node:fs';
import { beginAtomicWrite, type PendingFile } from '../../io/atomic.js';
import { FrameCounter, type Mp3Part } from './mp3-split.js';
import { Mp3EncoderThread, type Mp3Config } from './mp3-thread.js';
import { FileSink, MP3_RATES, mp3Bitrate, type Handle } from './sinks.js';

/** Encoded bytes the file may fall behind by before the writer waits for it. */
const MAX_QUEUED_BYTES = 4 << 20;

/** Sees the bytes of MP3 part `part` (0 for a single stream), which starts at programme sample `start`. */
export type Mp3BytesListener = (bytes: Uint8Array, part: number, start: number) => void;

/** A part did not end on the frame the plan needs (LAME behaved unlike the plan expects): encode it in one part. */
export class Mp3SplitError extends Error {}

interface Encoding {
  part: Mp3Part;
  thread: Mp3EncoderThread;
  counter: FrameCounter;
  /** Bytes held back until the parts before are complete. */
  held: Uint8Array[];
  done: boolean;
}

export class Mp3Sink extends FileSink {
  /** Encoded bytes not yet handed to the file, and the write under way (one at a time, all that is queued at once). */
  private queued: Uint8Array[] = [];
  private queuedBytes = 0;
  private writing: Promise<void> | undefined;
  private writeFailure: unknown;
  /** Programme samples received so far. */
  private position = 0;
  /** The part whose bytes go straight out (the ones before it are complete). */
  private current = 0;
  private readonly encodings: Encoding[] = [];

  private constructor(
    pending: PendingFile,
    handle: Handle,
    private readonly onEncoded: Mp3BytesListener | undefined,
  ) {
    super(pending, handle);
  }

  /**
   * Open `path` for writing; `tag` (ID3v2) goes first. `parts` (default: one
   * part, the whole programme) are encoded at once; `onEncoded` sees every
   * encoded byte as its part's thread hands it over: in order within a part,
   * the parts at once.
   */
  static async open(
    path: string,
    sampleRate: number,
    kbps: number,
    tag: Uint8Array,
    options: { onEncoded?: Mp3BytesListener; parts?: readonly Mp3Part[] } = {},
  ): Promise<Mp3Sink> {
    const config = Mp3Sink.config(sampleRate, kbps);
    const pending = await beginAtomicWrite(path);
    const handle = await fs.open(pending.tmpPath, 'w');
    await handle.write(tag);
    const sink = new Mp3Sink(pending, handle, options.onEncoded);
    for (const part of options.parts ?? [{ start: 0, end: Infinity }]) {
      const k = sink.encodings.length;
      const thread = new Mp3EncoderThread(config, (bytes) => sink.received(k, bytes));
      sink.encodings.push({ part, thread, counter: new FrameCounter(), held: [], done: false });
    }
    return sink;
  }

  /** The encoder settings open() uses. */
  static config(sampleRate: number, kbps: number): Mp3Config {
    const rate = MP3_RATES.find((r) => r === sampleRate);
    if (rate === undefined) throw new Error(`MP3 cannot be written at ${sampleRate} Hz`);
    return { channels: 1, sampleRate: rate, bitrate: mp3Bitrate(kbps) };
  }

  /** How many parts the MP3 is encoded in. */
  get partCount(): number {
    return this.encodings.length;
  }

  private received(k: number, bytes: Uint8Array): void {
    const e = this.encodings[k]!;
    e.counter.push(bytes);
    this.onEncoded?.(bytes, k, e.part.start);
    if (k === this.current) this.emit(bytes);
    else e.held.push(bytes);
  }

  private emit(bytes: Uint8Array): void {
    this.queued.push(bytes);
    this.queuedBytes += bytes.length;
    this.writing ??= this.drain();
  }

  /**
   * Writes whatever is queued, in one call, until nothing is: one write per
   * encoder piece, each waiting for the last, could fall behind and hold the
   * MP3 in memory. A failure is reported when the file is finished.
   */
  private async drain(): Promise<void> {
    try {
      while (this.queued.length && this.writeFailure === undefined) {
        const batch = this.queued;
        this.queued = [];
        this.queuedBytes = 0;
        await this.handle.writev(batch);
      }
    } catch (e) {
      this.writeFailure = e;
    } finally {
      this.writing = undefined;
    }
  }

  /** Until the file has caught up (nothing is waiting for it). */
  private async flushed(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.writeFailure !== undefined) throw this.writeFailure;
  }

  async write(chunk: Float32Array): Promise<void> {
    // The file is far behind (a slow disk): wait for it rather than hold the MP3 in memory.
    if (this.queuedBytes > MAX_QUEUED_BYTES) await this.flushed();
    const from = this.position;
    const to = from + chunk.length;
    this.position = to;
    for (const { part, thread } of this.encodings) {
      const a = Math.max(from, part.start);
      const b = Math.min(to, part.end);
      if (a < b) {
        thread.encode(chunk.subarray(a - from, b - from));
        await thread.ready();
      }
    }
  }

  protected async finish(): Promise<void> {
    // Each part ends when its thread has handed over its last byte; then the next part's held bytes follow.
    const ends = this.encodings.map((e) => e.thread.end());
    for (const [k, e] of this.encodings.entries()) {
      await ends[k];
      e.done = true;
      if (e.part.frames !== undefined && e.counter.frames !== e.part.frames) {
        await Promise.allSettled(ends);
        throw new Mp3SplitError(`MP3 part ${k + 1} has ${e.counter.frames} frames, not ${e.part.frames}`);
      }
      const next = this.encodings[k + 1];
      if (!next) break;
      this.current = k + 1;
      for (const bytes of next.held) this.emit(bytes);
      next.held = [];
    }
    await this.flushed();
  }

  override async abort(): Promise<void> {
    await Promise.all(this.encodings.map((e) => e.thread.stop()));
    await this.flushed().catch(() => undefined);
    await super.abort();
  }
}
