/**
 * Mastering: bring the programme to the loudness target under the true-peak
 * limit, write it, and check the MP3 as a player decodes it. The gain comes
 * from the limiter model (limiter-model.ts), and the one pass that writes the
 * files is measured: the MP3 as a player decodes it when there is one (the
 * PCM is then not measured), otherwise the PCM. If the MP3 is off target
 * (more than MP3_LOUDNESS_TOLERANCE, or over the peak limit) or the PCM is
 * (more than PCM_TOLERANCE), the programme is written again with what was
 * learnt: an MP3 on target but over the peak limit in a few places has
 * those places held lower, and the rest is written as before.
 */
import type { PcmSink } from './sinks.js';
import { modelGain, predictLoudness, type BlockProfile } from './limiter-model.js';
import { Mp3SplitError, type Mp3BytesListener } from './mp3-sink.js';
import type { LoweredStretch, PassResult, Programme } from './programme.js';
import { Mp3Check } from './verify.js';

/** Starting guess for what MP3 encoding does: a little quieter (its low-pass), higher peaks (overshoot). */
const TYPICAL_MP3_EFFECT = { loudnessDb: -0.5, peakDb: 1.0 };
/** Headroom kept below the true-peak limit beyond the expected encoder overshoot. */
const PEAK_MARGIN_DB = 0.1;
/** A write whose MP3 peaked over the limit is followed by one aiming this far under it. */
const PEAK_AIM_DB = 0.3;
/** Until two writes show it, the MP3's true peak is taken to fall only this much for each dB the ceiling is lowered. */
const PEAK_FOLLOW_GUESS = 0.5;
/** The ceiling is lowered by at most this much from one write to the next (a peak that hardly follows would ask for far more). */
const MAX_CEILING_STEP_DB = 4;

/**
 * The ceiling for the next write after one at `ceilingDb` gave an MP3 peaking
 * at `truePeak`, over `limitDb`. Lowering the ceiling lowers the MP3's peak
 * by less than as much: the gain goes up to keep the loudness, the limiter
 * works harder, and the encoder overshoots the flattened peaks more (measured
 * on square-edged bursts: 1.3–2.6 dB over the ceiling at first, 1.6–2.8 dB
 * once the ceiling was lowered by that much, 4 dB on a third write). So the
 * step is the miss divided by how far the peak followed the ceiling: as
 * `before` (the write before, if any) showed, else PEAK_FOLLOW_GUESS; and
 * at most MAX_CEILING_STEP_DB.
 */
export function lowerCeiling(ceilingDb: number, truePeak: number, limitDb: number, before?: { ceilingDb: number; truePeak: number }): number {
  const miss = truePeak - (limitDb - PEAK_AIM_DB);
  const moved = before ? before.ceilingDb - ceilingDb : 0;
  const follow = moved > 0.1 ? Math.min(1, Math.max(0.25, (before!.truePeak - truePeak) / moved)) : PEAK_FOLLOW_GUESS;
  return ceilingDb - Math.min(MAX_CEILING_STEP_DB, miss / follow);
}

/**
 * An MP3 that peaks over the limit in at most this many places (stretches of
 * 4,096 samples, TruePeakMeter) is written again with a lower ceiling there
 * only: the encoder's overshoot is uneven, and lowering the ceiling of the
 * whole programme for one or two places would call for more gain and harder
 * limiting everywhere.
 */
const MAX_LOCAL_OVERS = 8;
/** A lowered stretch reaches this many samples past either side of the place where the MP3 went over. */
const LOCAL_MARGIN = 2048;

/**
 * `lowered` with the places where the MP3 went over (`over`, in programme
 * samples, linear peaks) held lower: each place, widened by LOCAL_MARGIN,
 * gets the ceiling it had (`ceilingDb` where none was lowered) less the
 * miss over how far a peak is taken to follow (PEAK_FOLLOW_GUESS), at most
 * MAX_CEILING_STEP_DB; overlapping stretches are joined at the lower ceiling.
 */
export function lowerPlaces(lowered: readonly LoweredStretch[], over: readonly { start: number; end: number; peak: number }[], ceilingDb: number, limitDb: number): LoweredStretch[] {
  const at = (sample: number): number => lowered.find((s) => s.start <= sample && sample < s.end)?.ceilingDb ?? ceilingDb;
  const added = over.map((o) => {
    const miss = 20 * Math.log10(o.peak) - (limitDb - PEAK_AIM_DB);
    return { start: Math.max(0, o.start - LOCAL_MARGIN), end: o.end + LOCAL_MARGIN, ceilingDb: at(o.start) - Math.min(MAX_CEILING_STEP_DB, Math.max(0, miss) / PEAK_FOLLOW_GUESS) };
  });
  const all = [...lowered, ...added].sort((a, b) => a.start - b.start);
  const joined: LoweredStretch[] = [];
  for (const s of all) {
    const last = joined[joined.length - 1];
    if (last && s.start < last.end) joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, s.end), ceilingDb: Math.min(last.ceilingDb, s.ceilingDb) };
    else joined.push({ ...s });
  }
  return joined;
}

/** The limited PCM may be this far from its target before it is written again. */
const PCM_TOLERANCE = 0.2;
/** The decoded MP3 may be this far from the loudness target before it is encoded again. */
const MP3_LOUDNESS_TOLERANCE = 0.5;
const MAX_WRITES = 3;

export interface OpenedSinks {
  mp3?: PcmSink;
  /** How many parts the MP3 is encoded in (default 1). */
  mp3Parts?: number;
  all: PcmSink[];
}

/** Opens the writers for one attempt; `onMp3` sees the encoded MP3 bytes; `split`: the MP3 may be encoded in parts at once. */
export type SinkOpener = (onMp3: Mp3BytesListener, split: boolean) => Promise<OpenedSinks>;

export interface MasterTarget {
  integratedLufs: number;
  truePeakDbtp: number;
  /** Whether an MP3 is written (and so checked). */
  mp3: boolean;
}

/**
 * Writes the programme through the sinks `open` gives and commits them.
 * `analysis` is Programme.analyse()'s. Returns what was measured last: the
 * decoded MP3 when there is one, else the PCM; and how many writes it took.
 */
export async function master(
  programme: Programme,
  analysis: { lufs: number; profile: BlockProfile },
  target: MasterTarget,
  open: SinkOpener,
): Promise<PassResult & { writes: number }> {
  const silent = !Number.isFinite(analysis.lufs);
  const codec = target.mp3 ? TYPICAL_MP3_EFFECT : { loudnessDb: 0, peakDb: 0 };
  /** What encoding does to the loudness (learnt from a write that missed). */
  let codecLoudnessDb = codec.loudnessDb;
  /** The limiter's ceiling: the expected encoder overshoot below the limit, lowered after a write that peaked over it. */
  let ceilingDb = target.truePeakDbtp - codec.peakDb - PEAK_MARGIN_DB;
  /** How much louder the real limiter came out than the model said (learnt from a pass that missed). */
  let modelError = 0;
  /** The last write's limiter ceiling and the true peak of its MP3. */
  let peaks: { ceilingDb: number; truePeak: number } | undefined;
  /** Places held under a lower ceiling, where an MP3 before went over the limit. */
  let lowered: LoweredStretch[] = [];
  let split = true;
  for (let write = 1; ; write++) {
    const last = write === MAX_WRITES;
    const pcmTarget = target.integratedLufs - codecLoudnessDb;
    const gainDb = silent ? 0 : modelGain(analysis.profile, pcmTarget - modelError, ceilingDb, pcmTarget - analysis.lufs);
    let check: Mp3Check | undefined;
    const sinks = await open((bytes, part, start) => check?.push(bytes, part, start), split);
    try {
      // No bytes come before the programme is written: the check can be made once the parts are known.
      if (target.mp3 && !silent && sinks.mp3) check = new Mp3Check(sinks.mp3Parts, target.truePeakDbtp);
      await check?.ready;
      if (check && sinks.mp3) {
        // The MP3 is measured as a player decodes it; the PCM is not measured (the model says where it is, within 0.1 LU).
        await programme.process(gainDb, ceilingDb, sinks.all, 'none', lowered);
        await sinks.mp3.close();
        const mp3 = check.result();
        const loudnessOnTarget = Math.abs(mp3.lufs - target.integratedLufs) <= MP3_LOUDNESS_TOLERANCE;
        const onTarget = loudnessOnTarget && mp3.truePeak <= target.truePeakDbtp;
        if (!onTarget && !last && loudnessOnTarget && mp3.over.length > 0 && mp3.over.length <= MAX_LOCAL_OVERS) {
          // Over the peak limit in a few places only: hold those lower, and leave the gain and the rest as they were.
          lowered = lowerPlaces(lowered, mp3.over, ceilingDb, target.truePeakDbtp);
          for (const sink of sinks.all) await sink.abort();
          continue;
        }
        if (!onTarget && !last) {
          // Learn what this write did (the limiter model's error and the encoder's effect together), and write again.
          lowered = [];
          codecLoudnessDb = mp3.lufs - predictLoudness(analysis.profile, gainDb, ceilingDb);
          const written = { ceilingDb, truePeak: mp3.truePeak };
          if (mp3.truePeak > target.truePeakDbtp) ceilingDb = lowerCeiling(ceilingDb, mp3.truePeak, target.truePeakDbtp, peaks);
          peaks = written;
          for (const sink of sinks.all) await sink.abort();
          continue;
        }
        for (const sink of sinks.all) await sink.commit();
        return { ...mp3, writes: write };
      }
      const pcm = await programme.process(gainDb, ceilingDb, sinks.all, 'full');
      const pcmOff = pcm.lufs - pcmTarget;
      if (!silent && Math.abs(pcmOff) >= PCM_TOLERANCE && !last) {
        modelError += pcmOff;
        for (const sink of sinks.all) await sink.abort();
        continue;
      }
      for (const sink of sinks.all) await sink.commit();
      return { ...pcm, writes: write };
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
