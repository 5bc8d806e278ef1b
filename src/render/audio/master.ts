/**
 * Mastering: bring the programme to the loudness target under the true-peak
 * limit, write it, and check the MP3 as a player decodes it. The gain is
 * found on loudness-only passes; the writers are opened first, so the MP3
 * encoder thread starts while the gain is searched. If encoding moved the
 * MP3 off target (more than MP3_LOUDNESS_TOLERANCE, or over the peak
 * limit), it is encoded again with what this encode taught about the codec.
 */
import type { PcmSink } from './sinks.js';
import type { PassResult, Programme } from './programme.js';
import { Mp3Check } from './verify.js';

/** Starting guess for what MP3 encoding does: a little quieter (its low-pass), higher peaks (overshoot). */
const TYPICAL_MP3_EFFECT = { loudnessDb: -0.5, peakDb: 1.0 };
/** Headroom kept below the true-peak limit beyond the expected encoder overshoot. */
const PEAK_MARGIN_DB = 0.1;
/** The decoded MP3 may be this far from the loudness target before it is encoded again. */
const MP3_LOUDNESS_TOLERANCE = 0.5;
const MAX_ENCODES = 3;

export interface OpenedSinks {
  mp3?: PcmSink;
  all: PcmSink[];
}

/** Opens the writers for one attempt; `onMp3` sees the encoded MP3 bytes. */
export type SinkOpener = (onMp3: (bytes: Uint8Array) => void) => Promise<OpenedSinks>;

export interface MasterTarget {
  integratedLufs: number;
  truePeakDbtp: number;
  /** Whether an MP3 is written (and so checked). */
  mp3: boolean;
}

/**
 * Writes the programme through the sinks `open` gives and commits them.
 * Returns what was measured last: the decoded MP3 when there is one, else the PCM.
 */
export async function master(programme: Programme, rawLufs: number, target: MasterTarget, open: SinkOpener): Promise<PassResult> {
  const silent = !Number.isFinite(rawLufs);
  const codec = target.mp3 ? { ...TYPICAL_MP3_EFFECT } : { loudnessDb: 0, peakDb: 0 };
  let gainDb = silent ? 0 : target.integratedLufs - rawLufs;
  for (let attempt = 0; ; attempt++) {
    const ceilingDb = target.truePeakDbtp - codec.peakDb - PEAK_MARGIN_DB;
    const check = target.mp3 && !silent ? new Mp3Check() : undefined;
    const sinks = await open((bytes) => check?.push(bytes));
    try {
      if (!silent) gainDb = await programme.findGain(target.integratedLufs - codec.loudnessDb, ceilingDb, gainDb);
      await check?.ready;
      const pcm = await programme.process(gainDb, ceilingDb, sinks.all);
      if (!check || !sinks.mp3) {
        for (const sink of sinks.all) await sink.commit();
        return pcm;
      }
      await sinks.mp3.close();
      const mp3 = check.result();
      const onTarget = Math.abs(mp3.lufs - target.integratedLufs) <= MP3_LOUDNESS_TOLERANCE && mp3.truePeak <= target.truePeakDbtp;
      if (onTarget || attempt === MAX_ENCODES - 1) {
        for (const sink of sinks.all) await sink.commit();
        return mp3;
      }
      codec.loudnessDb = mp3.lufs - pcm.lufs;
      codec.peakDb = Math.max(0, mp3.truePeak - pcm.truePeak);
      for (const sink of sinks.all) await sink.abort();
    } catch (e) {
      check?.dispose();
      for (const sink of sinks.all) await sink.abort().catch(() => undefined);
      throw e;
    }
  }
}
