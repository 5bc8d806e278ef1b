/**
 * Streaming writers: float samples (−1…1) in, a file written through a
 * temporary path out (committed only when the whole render succeeded).
 * The MP3 writer is in mp3-sink.ts.
 */
import { promises as fs } from 'node:fs';
import { beginAtomicWrite, type PendingFile } from '../../io/atomic.js';

export interface PcmSink {
  write(chunk: Float32Array): Promise<void>;
  /** The file as written so far (before it is committed). */
  readonly tmpPath: string;
  /** Finish the file (it can be read at tmpPath), without putting it in place. */
  close(): Promise<void>;
  /** Finish the file if need be and rename it into place. */
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export type Handle = Awaited<ReturnType<typeof fs.open>>;

export abstract class FileSink implements PcmSink {
  protected constructor(
    protected readonly pending: PendingFile,
    protected readonly handle: Handle,
  ) {}
  abstract write(chunk: Float32Array): Promise<void>;
  protected abstract finish(): Promise<void>;
  private closed = false;
  get tmpPath(): string {
    return this.pending.tmpPath;
  }
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.finish();
    } finally {
      await this.handle.close();
    }
  }
  async commit(): Promise<void> {
    await this.close();
    await this.pending.commit();
  }
  async abort(): Promise<void> {
    if (!this.closed) await this.handle.close().catch(() => undefined);
    this.closed = true;
    await this.pending.abort();
  }
}

export type Mp3Bitrate = 8 | 16 | 24 | 32 | 40 | 48 | 64 | 80 | 96 | 112 | 128 | 160 | 192 | 224 | 256 | 320;
export type Mp3Rate = 8000 | 11025 | 12000 | 16000 | 22050 | 24000 | 32000 | 44100 | 48000;
const BITRATES: readonly Mp3Bitrate[] = [8, 16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
export const MP3_RATES: readonly Mp3Rate[] = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];

/** The nearest bit rate LAME offers for constant-bit-rate MP3. */
export function mp3Bitrate(kbps: number): Mp3Bitrate {
  return BITRATES.reduce((best, b) => (Math.abs(b - kbps) < Math.abs(best - kbps) ? b : best));
}

export class WavSink extends FileSink {
  private bytes = 0;
  private constructor(pending: PendingFile, handle: Handle, private readonly sampleRate: number) {
    super(pending, handle);
  }

  static async open(path: string, sampleRate: number): Promise<WavSink> {
    const pending = await beginAtomicWrite(path);
    const handle = await fs.open(pending.tmpPath, 'w');
    const sink = new WavSink(pending, handle, sampleRate);
    await handle.write(sink.header());
    return sink;
  }

  private header(): Buffer {
    const h = Buffer.alloc(44);
    h.write('RIFF', 0, 'latin1');
    h.writeUInt32LE(36 + this.bytes, 4);
    h.write('WAVEfmt ', 8, 'latin1');
    h.writeUInt32LE(16, 16);
    h.writeUInt16LE(1, 20); // PCM
    h.writeUInt16LE(1, 22); // mono
    h.writeUInt32LE(this.sampleRate, 24);
    h.writeUInt32LE(this.sampleRate * 2, 28);
    h.writeUInt16LE(2, 32);
    h.writeUInt16LE(16, 34);
    h.write('data', 36, 'latin1');
    h.writeUInt32LE(this.bytes, 40);
    return h;
  }

  async write(chunk: Float32Array): Promise<void> {
    const buf = Buffer.alloc(chunk.length * 2);
    for (let i = 0; i < chunk.length; i++) {
      const v = Math.round(chunk[i]! * 32767);
      buf.writeInt16LE(v > 32767 ? 32767 : v < -32768 ? -32768 : v, i * 2);
    }
    await this.handle.write(buf);
    this.bytes += buf.length;
  }

  protected async finish(): Promise<void> {
    await this.handle.write(this.header(), 0, 44, 0);
  }
}
