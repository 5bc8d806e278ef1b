import { describe, expect, it } from 'vitest';
import { formatBuildSummary } from '../../src/cli/format.js';
import type { BuildReport } from '../../src/build.js';

const report = (durationSec: number, chapters: number): BuildReport => ({
  editions: [{ source: 'a.txt', title: 'A', outDir: '/out/a', written: [], diagnostics: [], timings: { audio: 1000 }, audio: { durationSec, integratedLufs: -16, truePeakDbtp: -2, chapters } }],
  failures: [],
});

describe('the build summary', () => {
  it('rounds the duration as a whole: 179.6 s is 3:00, not 2:60', () => {
    expect(formatBuildSummary(report(179.6, 2), '/out')).toContain('audio     3:00, -16.0 LUFS, true peak -2.0 dBTP, 2 chapters');
    expect(formatBuildSummary(report(65.2, 2), '/out')).toContain('audio     1:05,');
  });

  it('says "1 chapter", not "1 chapters"', () => {
    expect(formatBuildSummary(report(30, 1), '/out')).toContain(', 1 chapter\n');
  });

  it('says when an edition was up to date and left as it was', () => {
    const r = report(30, 1);
    expect(formatBuildSummary(r, '/out')).not.toContain('up to date');
    r.editions[0]!.upToDate = true;
    expect(formatBuildSummary(r, '/out')).toContain('a.txt → a/  (up to date: left as it was; --force builds it again)');
  });
});
