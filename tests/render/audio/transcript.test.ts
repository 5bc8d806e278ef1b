import { describe, expect, it } from 'vitest';
import { chaptersJson, webVtt } from '../../../src/render/audio/transcript.js';
import { id3Tag } from '../../../src/render/audio/id3.js';
import { layOut } from '../../../src/render/audio/timeline.js';
import type { Utterance } from '../../../src/model/script.js';

describe('webVtt', () => {
  it('writes one cue per utterance with a voice tag, escaping the text', () => {
    const vtt = webVtt(
      [
        { startMs: 0, endMs: 1500, speaker: 'Narrator', text: 'The ministry said:' },
        { startMs: 1800, endMs: 3_725_004, speaker: 'Ministry of Defense <Ukraine>', text: '“We hold <the> line & more.”' },
      ],
      'en',
    );
    expect(vtt.split('\n')).toEqual([
      'WEBVTT', 'Language: en', '',
      '1', '00:00:00.000 --> 00:00:01.500', '<v Narrator>The ministry said:', '',
      '2', '00:00:01.800 --> 01:02:05.004', '<v Ministry of Defense &lt;Ukraine&gt;>“We hold &lt;the&gt; line &amp; more.”', '',
    ]);
  });
});

describe('chaptersJson', () => {
  it('writes Podcasting 2.0 chapters with start times in seconds', () => {
    expect(JSON.parse(chaptersJson([{ title: 'Title', startMs: 0 }, { title: 'On the front', startMs: 12_345 }]))).toEqual({
      version: '1.2.0',
      chapters: [{ startTime: 0, title: 'Title' }, { startTime: 12.345, title: 'On the front' }],
    });
  });
});

describe('layOut', () => {
  const u = (pauseBeforeMs: number, pauseAfterMs: number): Utterance => ({
    voice: 'v', text: 't', displayText: 't', role: 'narration', pauseBeforeMs, pauseAfterMs, rate: 160, pitch: 50, speakerName: 'Narrator', blockIndex: 0, lang: 'en',
  });
  it('uses the larger of adjacent pauses, not their sum, and starts each utterance on a 32-sample block', () => {
    const t = layOut([u(100, 300), u(600, 200)], [1000, 1000], 1000);
    // 100 ms is 100 samples here, moved on to 128; then 128 + 1000 + 600 = 1728, a whole number of blocks.
    expect(t.placed.map((p) => [p.gap, p.start])).toEqual([[128, 128], [600, 1728]]);
    expect(t.total).toBe(128 + 1000 + 600 + 1000 + 200);
    const odd = layOut([u(0, 10), u(10, 0)], [33, 5], 1000);
    expect(odd.placed.map((p) => p.start % 32)).toEqual([0, 0]);
    expect(odd.placed[1]!.gap).toBe(64 - 33); // at least the 10 ms asked for, to the next block
  });
});

describe('id3Tag', () => {
  it('writes an ID3v2.3 header whose size covers the frames, with CTOC and CHAP frames', () => {
    const tag = id3Tag({ title: 'Trenches — Bakhmut', artist: 'Lectern', chapters: [{ title: 'A', startMs: 0, endMs: 1000 }, { title: 'B', startMs: 1000, endMs: 2000 }] });
    expect(tag.subarray(0, 5).toString('latin1')).toBe('ID3\x03\x00');
    const size = (tag[6]! << 21) | (tag[7]! << 14) | (tag[8]! << 7) | tag[9]!;
    expect(size + 10).toBe(tag.length);
    const body = tag.toString('latin1');
    expect(body).toContain('CTOC');
    expect(body.split('CHAP').length - 1).toBe(2);
    // Non-Latin-1 text is UTF-16 with a BOM.
    expect(tag.includes(Buffer.concat([Buffer.from([1, 0xff, 0xfe]), Buffer.from('Trenches — Bakhmut', 'utf16le')]))).toBe(true);
  });
});
