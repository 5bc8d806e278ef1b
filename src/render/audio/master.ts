/**
 * Mastering: bring the programme to the loudness target under the true-peak
 * limit, write it, and check the MP3 as a player decodes it. The gain comes
 * from the limiter model (limiter-model.ts) and the one pass that writes the
 * files measures what the real limiter did. If that is off target (more
 * than PCM_TOLERANCE), or encoding moved the MP3 off target (more than
 * MP3_LOUDNESS_TOLERANCE, or over the peak limit), the programme is written
 * again with what was learnt.
 */
import type { PcmSink } from './sinks.js';
import { modelGain, type BlockProfile } from './limiter-model.js';
import { Mp3SplitError } from './mp3-sink.js';
import type { PassResult, Programme } from './programme.js';
import { Mp3Check } from './verify.js';

/** Starting guess for what MP3 encoding does: a little quieter (its low-pass), higher peaks (overshoot). */
const TYPICAL_MP3_EFFECT = { loudnessDb: -0.5, peakDb: 1.0 };
/** Headroom kept below the true-peak limit beyond the expected encoder overshoot. */
const PEAK_MARGIN_DB = 0.1;
/** The limited PCM may be this far from its target before it is written again. */
const PCM_TOLERANCE = 0.2;
/** The decoded MP3 may be this far from the loudness target before it is encoded again. */
const MP3_LOUDNESS_TOLERANCE = 0.5;
const MAX_WRITES = 3;

export interface OpenedSinks {
  mp3?: PcmSink;
  all: PcmSink[];
}

/** Opens the writers for one attempt; `onMp3` sees the encoded MP3 bytes; `split`: the MP3 may be encoded in parts at once. */
export type SinkOpener = (onMp3: (bytes: Uint8Array) => void, split: boolean) => Promise<OpenedSinks>;

export interface MasterTarget {
  integratedLufs: number;
  truePeakDbtp: number;
  /** Whether an MP3 is written (and so checked). */
  mp3: boolean;
}

/**
 * Writes the programme through the sinks `open` gives and commits them.
 * `analysis` is Programme.analyse()'s. Returns what was measured last: the
 * decoded MP3 when there is one, else the PCM.
 */
export async function master(
  programme: Programme,
  analysis: { lufs: number; profile: BlockProfile },
  target: MasterTarget,
  open: SinkOpener,
): Promise<PassResult> {
  const silent = !Number.isFinite(analysis.lufs);
  const codec = target.mp3 ? { ...TYPICAL_MP3_EFFECT } : { loudnessDb: 0, peakDb: 0 };
  /** How much louder the real limiter came out than the model said (learnt from a pass that missed). */
  let modelError = 0;
  let split = true;
  for (let write = 1; ; write++) {
    const last = write === MAX_WRITES;
    const ceilingDb = target.truePeakDbtp - codec.peakDb - PEAK_MARGIN_DB;
    const pcmTarget = target.integratedLufs - codec.loudnessDb;
    const gainDb = silent ? 0 : modelGain(analysis.profile, pcmTarget - modelError, ceilingDb, pcmTarget - analysis.lufs);
    const check = target.mp3 && !silent ? new Mp3Check() : undefined;
    const sinks = await open((bytes) => check?.push(bytes), split);
    try {
      await check?.ready;
      // With an MP3 to check, the PCM's own true peak is not measured: the limiter holds it at the ceiling.
      const pcm = await programme.process(gainDb, ceilingDb, sinks.all, !check);
      const pcmOff = pcm.lufs - pcmTarget;
      const pcmOnTarget = silent || Math.abs(pcmOff) < PCM_TOLERANCE;
      let mp3: PassResult | undefined;
      if (check && sinks.mp3 && (pcmOnTarget || last)) {
        await sinks.mp3.close();
        mp3 = check.result();
        const onTarget = Math.abs(mp3.lufs - target.integratedLufs) <= MP3_LOUDNESS_TOLERANCE && mp3.truePeak <= target.truePeakDbtp;
        if (!onTarget && !last) {
          // Learn what this encode did, and write again.
          codec.loudnessDb = mp3.lufs - pcm.lufs;
          codec.peakDb = Math.max(0, mp3.truePeak - ceilingDb);
          for (const sink of sinks.all) await sink.abort();
          continue;
        }
      }
      if (!pcmOnTarget && !last) {
        modelError += pcmOff;
        check?.dispose();
        for (const sink of sinks.all) await sink.abort();
        continue;
      }
      for (const sink of sinks.all) await sink.commit();
      return mp3 ?? pcm;
    } catch (e) {
      check?.dispose();
      for (const sink of sinks.all) await sink.abort().catch(() => undefined);
      if (e instanceof Mp3SplitError && split) {
        split = false; // LAME ended a part elsewhere than planned: write it again in one part
        write--;
        continue;
      }
      throw e;
    }
  }
}
