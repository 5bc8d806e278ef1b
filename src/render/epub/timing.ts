import type { Utterance } from '../../model/script.js';
import { TITLE_BLOCK, type ClipTiming } from './types.js';

/** Where one block is heard: its first start and last end, in milliseconds. */
export interface BlockClip {
  blockIndex: number;
  startMs: number;
  endMs: number;
}

/**
 * Merges the timeline into one clip per block (first start, last end), clamped to
 * the audio's duration. Entries that are empty or not finite are dropped.
 * The result is keyed by block index.
 */
export function mergeTimeline(timeline: readonly ClipTiming[], durationMs: number): Map<number, BlockClip> {
  const clips = new Map<number, BlockClip>();
  for (const t of timeline) {
    if (!Number.isInteger(t.blockIndex) || !Number.isFinite(t.startMs) || !Number.isFinite(t.endMs)) continue;
    const startMs = clamp(t.startMs, 0, durationMs);
    const endMs = clamp(t.endMs, 0, durationMs);
    if (endMs <= startMs) continue;
    const seen = clips.get(t.blockIndex);
    if (seen) {
      seen.startMs = Math.min(seen.startMs, startMs);
      seen.endMs = Math.max(seen.endMs, endMs);
    } else {
      clips.set(t.blockIndex, { blockIndex: t.blockIndex, startMs, endMs });
    }
  }
  return clips;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A SMIL timecount in seconds with millisecond precision: `12.345s`. */
export function clipValue(ms: number): string {
  return `${(Math.round(ms) / 1000).toFixed(3)}s`;
}

/** A SMIL full clock value, as `media:duration` wants it: `0:01:02.345`. */
export function clockValue(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const frac = total % 1000;
  return `${h}:${pad(m)}:${pad(s)}.${String(frac).padStart(3, '0')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The timeline the EPUB wants, from the narration script and where each of its
 * utterances is heard (same order and length as `utterances`). The title or
 * intro is tied to the title (TITLE_BLOCK); the outro belongs to no block.
 */
export function timelineFromUtterances(
  utterances: readonly Pick<Utterance, 'role' | 'blockIndex'>[],
  times: readonly { startMs: number; endMs: number }[],
): ClipTiming[] {
  if (times.length !== utterances.length) {
    throw new Error(`EPUB timeline: ${utterances.length} utterances but ${times.length} times`);
  }
  const timeline: ClipTiming[] = [];
  utterances.forEach((u, i) => {
    if (u.role === 'outro') return;
    const blockIndex = u.role === 'title' || u.role === 'intro' ? TITLE_BLOCK : u.blockIndex;
    timeline.push({ blockIndex, startMs: times[i]!.startMs, endMs: times[i]!.endMs });
  });
  return timeline;
}
