/**
 * Splitting the MP3 encode into parts that run at once (pure). LAME delays
 * its output by ENCODER_DELAY samples and ends a stream on a whole frame, so
 * streams encoded separately can be joined end to end only where the
 * programme is silent: part A takes samples [0, end) and part B starts at
 * `start` = A's length in frames × frame size, which puts every sample of B
 * exactly where one stream would have put it. The samples in between are
 * silence and are not encoded.
 */
import type { Timeline } from './timeline.js';

/** LAME's encoder delay plus the decoder's (576 + 529 samples), as a player without gapless data hears it. */
export const ENCODER_DELAY = 1105;

export interface Mp3Part {
  /** First programme sample this part encodes (a whole number of frames from the start). */
  start: number;
  /** One past its last sample. */
  end: number;
  /** How many frames it must produce for the next part to land in place (undefined for the last part). */
  frames?: number;
}

/** Samples per MP3 frame: 1152 for MPEG-1 rates, 576 for MPEG-2 and 2.5. */
export const frameSamples = (sampleRate: number): number => (sampleRate >= 32000 ? 1152 : 576);

/**
 * Up to `parts` parts of about equal length, each cut inside a silence
 * between utterances long enough to hold the join. Where a stream of n
 * samples ends: LAME writes ceil((n + ENCODER_DELAY + ~46) / frame) frames,
 * so an end is chosen with (n + ENCODER_DELAY) half a frame past a frame boundary.
 */
export function planMp3Parts(timeline: Timeline, parts: number): Mp3Part[] {
  const frame = frameSamples(timeline.sampleRate);
  // Silence kept either side of the join: two granules for the codec's ringing.
  const margin = frame <= 576 ? 1152 : 2304;
  const silences: { from: number; to: number }[] = timeline.placed.map((p) => ({ from: p.start - p.gap, to: p.start }));
  const out: Mp3Part[] = [];
  let start = 0;
  for (let k = 1; k < parts; k++) {
    const ideal = (timeline.total * k) / parts;
    let best: { end: number; next: number } | undefined;
    for (const s of silences) {
      // The first end inside this silence with the right phase, after the margin.
      const lowest = s.from + margin;
      const phase = (((lowest + ENCODER_DELAY - frame / 2) % frame) + frame) % frame;
      const end = phase === 0 ? lowest : lowest + frame - phase;
      const next = end + ENCODER_DELAY + frame / 2;
      if (end <= start || next + margin > s.to) continue;
      if (!best || Math.abs(end - ideal) < Math.abs(best.end - ideal)) best = { end, next };
    }
    // Parts shorter than a tenth of the programme are not worth a thread.
    if (!best || best.end - start < timeline.total / (parts * 10)) break;
    out.push({ start, end: best.end, frames: (best.next - start) / frame });
    start = best.next;
  }
  out.push({ start, end: timeline.total });
  return out;
}

const BITRATES_KBPS = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const RATES = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] } as Record<number, number[]>;

/** Counts the Layer III frames of a stream handed over in pieces (a piece may end inside a frame). */
export class FrameCounter {
  frames = 0;
  /** Bytes of the current frame still to come. */
  private skip = 0;
  private header: number[] = [];

  push(bytes: Uint8Array): void {
    let i = 0;
    while (i < bytes.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, bytes.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      this.header.push(bytes[i++]!);
      if (this.header.length < 4) continue;
      const length = frameLength(this.header);
      if (!length) throw new Error('not an MP3 frame header where one was expected');
      this.frames++;
      this.skip = length - 4;
      this.header = [];
    }
  }
}

/** The length in bytes of the Layer III frame whose 4-byte header is given (0 if it is not one). */
export function frameLength(h: readonly number[]): number {
  if (h[0] !== 0xff || (h[1]! & 0xe0) !== 0xe0 || ((h[1]! >> 1) & 3) !== 1) return 0;
  const version = (h[1]! >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const kbps = (version === 3 ? BITRATES_KBPS.mpeg1 : BITRATES_KBPS.mpeg2)[(h[2]! >> 4) & 15];
  const rate = RATES[version]?.[(h[2]! >> 2) & 3];
  if (!kbps || !rate) return 0;
  const padding = (h[2]! >> 1) & 1;
  return Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + padding;
}
