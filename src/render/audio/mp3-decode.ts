/**
 * Decoding MP3 for the check (verify.ts) without copying. mpg123-decoder's
 * `decode()` slices both output channels out of the decoder's memory after
 * every read and joins the slices into new arrays at the end of each call:
 * for a mono stream, four copies of every sample, half of them of a channel
 * that repeats the first, and some 60 MB of short-lived arrays for an
 * article (measured: as much main-thread time as the decoding itself).
 *
 * The check needs only the first channel, once, in order. So where the
 * decoder has the shape this file knows (mpg123-decoder 1.0: its WebAssembly
 * functions and buffers on the instance), the stream is fed and read through
 * them, and each read's first channel is handed over as a view of the
 * decoder's memory. A decoder of any other shape is read through its public
 * `decode()`: slower, the same samples (tests/render/audio/mp3-decode.test.ts
 * holds both to that, and to the fast way being the one in use).
 */
import type { MPEGDecoder } from 'mpg123-decoder';

/** Hands `bytes` (the stream's next bytes) to the decoder and each decoded run of the first channel to `onSamples`, valid only during the call. */
export type FirstChannelDecoder = (bytes: Uint8Array, onSamples: (samples: Float32Array, sampleRate: number) => void) => void;

interface Buffer<T> {
  ptr: number;
  len: number;
  buf: T;
}

/** The parts of an mpg123-decoder 1.0 instance read here (not its public API). */
interface Mpg123Inside {
  _common: {
    wasm: {
      mpeg_decoder_feed(decoder: number, input: number, length: number): number;
      mpeg_decoder_read(decoder: number, output: number, outputLength: number, samplesDecoded: number, sampleRate: number, errorString: number): number;
    };
  };
  _decoder: number;
  _input: Buffer<Uint8Array>;
  _output: Buffer<Float32Array>;
  _samplesDecodedPtr: Buffer<Uint32Array>;
  _sampleRatePtr: Buffer<Uint32Array>;
  _errorStringPtr: Buffer<Uint32Array>;
}

/** mpg123's answers: wants more input; a new stream format (read on). */
const NEED_MORE = -10;
const NEW_FORMAT = -11;

function inside(decoder: MPEGDecoder): Mpg123Inside | undefined {
  const d = decoder as unknown as Partial<Mpg123Inside>;
  const wasm = d._common?.wasm;
  const buffers = [d._input, d._output, d._samplesDecodedPtr, d._sampleRatePtr, d._errorStringPtr];
  const known =
    typeof wasm?.mpeg_decoder_feed === 'function' &&
    typeof wasm.mpeg_decoder_read === 'function' &&
    typeof d._decoder === 'number' &&
    buffers.every((b) => b !== undefined && typeof b.ptr === 'number' && typeof b.len === 'number' && ArrayBuffer.isView(b.buf));
  return known ? (d as Mpg123Inside) : undefined;
}

/** Whether `decoder` (ready) is read without copies. */
export function decodesInPlace(decoder: MPEGDecoder): boolean {
  return inside(decoder) !== undefined;
}

/** A FirstChannelDecoder for `decoder`, which must be ready. */
export function firstChannelDecoder(decoder: MPEGDecoder): FirstChannelDecoder {
  const d = inside(decoder);
  if (!d) {
    return (bytes, onSamples) => {
      const decoded = decoder.decode(bytes);
      if (decoded.samplesDecoded) onSamples(decoded.channelData[0]!.subarray(0, decoded.samplesDecoded), decoded.sampleRate);
    };
  }
  const wasm = d._common.wasm;
  return (bytes, onSamples) => {
    for (let at = 0; at < bytes.length; ) {
      const piece = bytes.subarray(at, at + d._input.len);
      at += piece.length;
      d._input.buf.set(piece);
      if (wasm.mpeg_decoder_feed(d._decoder, d._input.ptr, piece.length) === NEED_MORE) continue;
      for (;;) {
        d._samplesDecodedPtr.buf[0] = 0;
        const answer = wasm.mpeg_decoder_read(d._decoder, d._output.ptr, d._output.len, d._samplesDecodedPtr.ptr, d._sampleRatePtr.ptr, d._errorStringPtr.ptr);
        const n = d._samplesDecodedPtr.buf[0]!;
        // The output is planar: the first channel's n samples, then the second's.
        if (n) onSamples(d._output.buf.subarray(0, n), d._sampleRatePtr.buf[0]!);
        if (answer === NEED_MORE) break;
        // A damaged frame that gave nothing: on with the next bytes rather than ask again.
        if (answer !== 0 && answer !== NEW_FORMAT && !n) break;
      }
    }
  };
}
