import path from 'node:path';
import type { BuildReport } from '../build.js';
import type { Inspection } from '../inspect.js';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const at = (line?: number, column?: number) => (line ? `${line}:${column ?? 1}` : '-');

/** Human-readable inspect output (stdout). */
export function formatInspection(r: Inspection): string {
  const out: string[] = [];
  out.push(`${r.source}`);
  out.push(`  title     ${r.meta.title}${r.meta.titleDerived ? '  (derived)' : ''}`);
  for (const key of ['byline', 'source', 'date'] as const) if (r.meta[key]) out.push(`  ${key.padEnd(9)} ${r.meta[key]}`);
  out.push(`  language  ${r.meta.lang}`, '');
  out.push(`Blocks (${r.blocks.length})`);
  for (const b of r.blocks) {
    out.push(`  ${String(b.index + 1).padStart(3)}  ${at(b.line, b.column).padEnd(7)} ${b.type.padEnd(13)} ${b.speaker ? `[${b.speaker}] ` : ''}${clip(b.text, 70)}`);
  }
  out.push('', `Quotations (${r.quotations.filter((q) => q.kind === 'direct').length} direct, ${r.quotations.filter((q) => q.kind === 'indirect').length} indirect)`);
  for (const q of r.quotations) {
    out.push(`  ${q.id.padEnd(5)} ${at(q.line, q.column).padEnd(7)} ${q.kind === 'indirect' ? '(indirect) ' : ''}${q.speaker ?? '(no speaker)'}: ${clip(q.text, 60)}`);
    if (q.evidence) out.push(`        because ${q.evidence.rule}: ${clip(q.evidence.text, 70)}`);
  }
  out.push('', `Speakers (${r.speakers.length})`);
  for (const s of r.speakers) {
    out.push(`  ${s.id}  ${s.name}  (${s.kind}${s.gender ? `, ${s.gender}` : ''})${s.voice ? `  voice ${s.voice}` : ''}`);
    if (s.aliases.length) out.push(`      aliases: ${s.aliases.join(', ')}`);
    for (const e of s.evidence.slice(0, 3)) out.push(`      ${e.rule} ${at(e.position?.start.line, e.position?.start.column)}: ${clip(e.text, 60)}`);
  }
  return out.join('\n') + '\n';
}

/** Human-readable build summary (stderr). */
export function formatBuildSummary(report: BuildReport, cwd: string): string {
  const lines: string[] = [];
  for (const e of report.editions) {
    lines.push(`${e.source} → ${path.relative(cwd, e.outDir) || '.'}/${e.upToDate ? '  (up to date: left as it was; --force builds it again)' : ''}`);
    for (const w of e.written) lines.push(`  ${w.format.padEnd(9)} ${path.relative(cwd, w.path)}`);
    if (e.audio) {
      // (rounded as a whole, so 179.6 s is 3:00, not 2:60)
      const seconds = Math.round(e.audio.durationSec);
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      const chapters = `${e.audio.chapters} chapter${e.audio.chapters === 1 ? '' : 's'}`;
      lines.push(`  audio     ${m}:${String(s).padStart(2, '0')}, ${e.audio.integratedLufs.toFixed(1)} LUFS, true peak ${e.audio.truePeakDbtp.toFixed(1)} dBTP, ${chapters}`);
    }
    const total = Object.values(e.timings).reduce((a, b) => a + b, 0);
    lines.push(`  time      ${(total / 1000).toFixed(2)} s (${Object.entries(e.timings).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')})`);
  }
  return lines.join('\n') + '\n';
}
