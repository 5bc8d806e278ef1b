/**
 * Streaming writers: 16-bit PCM chunks in, a file written through a temporary
 * path out (committed only when the whole render succeeded).
 */
import { promises as fs } from 'node:fs';
import { Mp3Encoder } from '@breezystack/lamejs';
import { beginAtomicWrite, type PendingFile } from '../../io/atomic.js';

export interface PcmSink {
  write(chunk: Int16Array): Promise<void>;
  /** Finish the file and rename it into place. */
  commit(): Promise<void>;
  abort(): Promise<void>;
}

type Handle = Awaited<ReturnType<typeof fs.open>>;

abstract class FileSink implements PcmSink {
  protected constructor(
    protected readonly pending: PendingFile,
    protected readonly handle: Handle,
  ) {}
  abstract write(chunk: Int16Array): Promise<void>;
  protected abstract finish(): Promise<void>;
  async commit(): Promise<void> {
    await this.finish();
    await this.handle.close();
    await this.pending.commit();
  }
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await this.pending.abort();
  }
}

export class Mp3Sink extends FileSink {
  private readonly encoder: Mp3Encoder;
  private constructor(pending: PendingFile, handle: Handle, sampleRate: number, kbps: number) {
    super(pending, handle);
    this.encoder = new Mp3Encoder(1, sampleRate, kbps);
  }

  /** Open `path` for writing; `tag` (ID3v2) goes first. */
  static async open(path: string, sampleRate: number, kbps: number, tag: Uint8Array): Promise<Mp3Sink> {
    const pending = await beginAtomicWrite(path);
    const handle = await fs.open(pending.tmpPath, 'w');
    await handle.write(tag);
    return new Mp3Sink(pending, handle, sampleRate, kbps);
  }

  async write(chunk: Int16Array): Promise<void> {
    const FRAME = 1152 * 16;
    for (let at = 0; at < chunk.length; at += FRAME) {
      const bytes = this.encoder.encodeBuffer(chunk.subarray(at, at + FRAME));
      if (bytes.length) await this.handle.write(bytes);
    }
  }

  protected async finish(): Promise<void> {
    const bytes = this.encoder.flush();
    if (bytes.length) await this.handle.write(bytes);
  }
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

  async write(chunk: Int16Array): Promise<void> {
    const buf = Buffer.alloc(chunk.length * 2);
    for (let i = 0; i < chunk.length; i++) buf.writeInt16LE(chunk[i]!, i * 2);
    await this.handle.write(buf);
    this.bytes += buf.length;
  }

  protected async finish(): Promise<void> {
    await this.handle.write(this.header(), 0, 44, 0);
  }
}
