/**
 * Mastering: bring the programme to the loudness target under the true-peak
 * limit, write it, and check the MP3 as a player decodes it. The writers
 * are opened first, so the MP3 encoder thread starts while the gain is
 * searched on (at most TRIALS) loudness-only passes; the pass that writes
 * the files measures too and counts as the search's last step. If that pass
 * is off target, or encoding moved the MP3 off target (more than
 * MP3_LOUDNESS_TOLERANCE, or over the peak limit), the programme is written
 * again with what was learnt.
 */
import type { PcmSink } from './sinks.js';
import { GainSearch, type PassResult, type Programme } from './programme.js';
import { Mp3SplitError } from './mp3-sink.js';
import { Mp3Check } from './verify.js';

/** Starting guess for what MP3 encoding does: a little quieter (its low-pass), higher peaks (overshoot). */
const TYPICAL_MP3_EFFECT = { loudnessDb: -0.5, peakDb: 1.0 };
/** Headroom kept below the true-peak limit beyond the expected encoder overshoot. */
const PEAK_MARGIN_DB = 0.1;
/** The decoded MP3 may be this far from the loudness target before it is encoded again. */
const MP3_LOUDNESS_TOLERANCE = 0.5;
/** Loudness-only passes before the pass that writes. */
const TRIALS = 2;
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
 * Returns what was measured last: the decoded MP3 when there is one, else the PCM.
 */
export async function master(programme: Programme, rawLufs: number, target: MasterTarget, open: SinkOpener): Promise<PassResult> {
  const silent = !Number.isFinite(rawLufs);
  const codec = target.mp3 ? { ...TYPICAL_MP3_EFFECT } : { loudnessDb: 0, peakDb: 0 };
  let search = new GainSearch(target.integratedLufs - codec.loudnessDb, silent ? 0 : target.integratedLufs - rawLufs);
  let split = true;
  for (let write = 1; ; write++) {
    const last = write === MAX_WRITES;
    const ceilingDb = target.truePeakDbtp - codec.peakDb - PEAK_MARGIN_DB;
    const check = target.mp3 && !silent ? new Mp3Check() : undefined;
    const sinks = await open((bytes) => check?.push(bytes), split);
    try {
      for (let t = 0; t < TRIALS && !silent && !search.done; t++) {
        search.record((await programme.process(search.gainDb, ceilingDb, [], false)).lufs);
      }
      await check?.ready;
      const gainDb = search.gainDb;
      const pcm = await programme.process(gainDb, ceilingDb, sinks.all);
      const pcmOnTarget = silent || search.record(pcm.lufs);
      let mp3: PassResult | undefined;
      if (check && sinks.mp3 && (pcmOnTarget || last)) {
        await sinks.mp3.close();
        mp3 = check.result();
        const onTarget = Math.abs(mp3.lufs - target.integratedLufs) <= MP3_LOUDNESS_TOLERANCE && mp3.truePeak <= target.truePeakDbtp;
        if (!onTarget && !last) {
          // Learn what this encode did, and search again from here.
          codec.loudnessDb = mp3.lufs - pcm.lufs;
          codec.peakDb = Math.max(0, mp3.truePeak - pcm.truePeak);
          search = new GainSearch(target.integratedLufs - codec.loudnessDb, gainDb);
          for (const sink of sinks.all) await sink.abort();
          continue;
        }
      }
      if (!pcmOnTarget && !last) {
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
