/** The transcript (WebVTT with voice tags) and Podcasting 2.0 chapters (pure). */

export interface TimedCue {
  startMs: number;
  endMs: number;
  speaker: string;
  text: string;
}

export interface ChapterMark {
  title: string;
  startMs: number;
}

function timestamp(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = Math.floor((t % 60_000) / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(t % 1000, 3)}`;
}

const escapeVtt = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One cue per utterance, each opened by `<v Speaker>` so a player can show who is talking. */
export function webVtt(cues: TimedCue[], lang: string): string {
  const lines = ['WEBVTT', `Language: ${lang}`, ''];
  cues.forEach((cue, i) => {
    const speaker = escapeVtt(cue.speaker.replace(/[\r\n]+/g, ' ').trim()) || 'Narrator';
    lines.push(String(i + 1), `${timestamp(cue.startMs)} --> ${timestamp(Math.max(cue.endMs, cue.startMs + 1))}`);
    lines.push(`<v ${speaker}>${escapeVtt(cue.text.replace(/\s+/g, ' ').trim())}`, '');
  });
  return lines.join('\n');
}

export function chaptersJson(chapters: ChapterMark[]): string {
  return (
    JSON.stringify(
      { version: '1.2.0', chapters: chapters.map((c) => ({ startTime: Math.round(c.startMs) / 1000, title: c.title })) },
      null,
      2,
    ) + '\n'
  );
}
