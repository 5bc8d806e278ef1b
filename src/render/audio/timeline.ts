/**
 * Where each utterance sits on the audio time line (pure). The silence
 * between two utterances is the larger of the first's pauseAfterMs and the
 * second's pauseBeforeMs, so "a pause around a quote" and "a pause at the end
 * of a paragraph" do not add up. Each utterance starts on a block of the
 * limiter model (at most 1.5 ms later at 22,050 Hz), so the analysis of
 * each utterance (analysis.ts) adds into the programme's blocks exactly.
 */
import type { Utterance } from '../../model/script.js';
import { BLOCK } from './analysis.js';

export interface Placed {
  /** Silence before the utterance, in samples. */
  gap: number;
  /** First sample of the utterance's speech. */
  start: number;
  /** Length of its speech, in samples. */
  length: number;
}

export interface Timeline {
  placed: Placed[];
  /** Silence after the last utterance, in samples. */
  tail: number;
  total: number;
  sampleRate: number;
}

export function layOut(utterances: readonly Utterance[], lengths: readonly number[], sampleRate: number): Timeline {
  const toSamples = (ms: number): number => Math.round((Math.max(0, ms) * sampleRate) / 1000);
  const placed: Placed[] = [];
  let cursor = 0;
  utterances.forEach((u, i) => {
    const prev = utterances[i - 1];
    const pause = toSamples(prev ? Math.max(prev.pauseAfterMs, u.pauseBeforeMs) : u.pauseBeforeMs);
    const gap = Math.ceil((cursor + pause) / BLOCK) * BLOCK - cursor;
    cursor += gap;
    placed.push({ gap, start: cursor, length: lengths[i]! });
    cursor += lengths[i]!;
  });
  const tail = toSamples(utterances[utterances.length - 1]?.pauseAfterMs ?? 0);
  return { placed, tail, total: cursor + tail, sampleRate };
}

export const samplesToMs = (samples: number, sampleRate: number): number => (samples * 1000) / sampleRate;
