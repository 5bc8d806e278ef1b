/** Independent readers for what Lectern writes: pdfjs-dist, poppler, ffmpeg, epubcheck, xmllint, pdfua-check. */
import { it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

/** The command line that runs a checking tool here, or undefined when it is not installed. */
export function findTool(name: string): string[] | undefined {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
  const file = found.status === 0 ? found.stdout.trim() : '';
  if (!file) return undefined;
  // Debian installs epubcheck as an executable jar, which only runs directly when binfmt is set up.
  const head = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== 'PK') return [file];
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0 ? ['java', '-jar', file] : undefined;
}

export function hasTool(command: string): boolean {
  return findTool(command) !== undefined;
}

/** Runs a tool findTool found; its status and everything it printed. */
export function runTool(command: string[], args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command[0]!, [...command.slice(1), ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** A reason to skip a cross-check, shown in the test's name, or undefined when the tool is here. */
export function missing(command: string, debianPackage: string): string | undefined {
  return hasTool(command) ? undefined : `${command} not installed (Debian package ${debianPackage}; .ci/run installs it)`;
}

/** The project's PDF/UA checker, beside the repository (or where PDFUA_CHECK says). */
export const PDFUA_CHECK = process.env.PDFUA_CHECK ?? new URL('../../../shared/tools/pdfua-check', import.meta.url).pathname;
export function missingPdfuaCheck(): string | undefined {
  if (!existsSync(PDFUA_CHECK)) return `${PDFUA_CHECK} not found`;
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import pikepdf'], { stdio: 'ignore' });
  return probe.status === 0 ? undefined : 'python3-pikepdf not installed (Debian package python3-pikepdf; .ci/run installs it)';
}

/** Words as a reader compares them: letters and digits only, lower case. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The index of the first word of `expected` not found, in order, in `actual`; -1 when all are. */
export function firstMissingInOrder(expected: readonly string[], actual: readonly string[]): number {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    while (j < actual.length && actual[j] !== expected[i]) j++;
    if (j === actual.length) return i;
    j++;
  }
  return -1;
}

export interface Loudness {
  integratedLufs: number;
  truePeakDbtp: number;
}

/** ffmpeg's EBU R128 meter: integrated loudness and true peak of an audio file. */
export function ebur128(file: string): Loudness {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'], { encoding: 'utf8' });
  const summary = run.stderr.slice(run.stderr.lastIndexOf('Summary:'));
  const integrated = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (!integrated || !peak) throw new Error(`ffmpeg printed no loudness summary:\n${run.stderr.slice(-2000)}`);
  const num = (s: string) => (s === '-inf' ? -Infinity : Number(s));
  return { integratedLufs: num(integrated[1]!), truePeakDbtp: num(peak[1]!) };
}

export function ffprobeChapters(file: string): { title: string; start: number; end: number }[] {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_chapters', '-of', 'json', file], { encoding: 'utf8' });
  const data = JSON.parse(out) as { chapters: { start_time: string; end_time: string; tags?: { title?: string } }[] };
  return data.chapters.map((c) => ({ title: c.tags?.title ?? '', start: Number(c.start_time), end: Number(c.end_time) }));
}

export function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/**
 * A cross-check that needs a system tool: skipped where the tool is absent,
 * with the reason in the test's name (and on stderr), so a skip is never silent.
 */
export function itNeeds(reason: string | undefined, name: string, fn: () => void | Promise<void>): void {
  if (reason) {
    console.warn(`SKIPPED "${name}": ${reason}`);
    it.skip(`${name} — skipped: ${reason}`, fn);
  } else {
    it(name, fn);
  }
}
