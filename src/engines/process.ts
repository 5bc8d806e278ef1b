/**
 * Running engine programs safely: always an argument array, never a shell;
 * text goes in through stdin or a file, never through the command line.
 */
import { LecternError } from '../errors.js';
import type { Probe, VoiceInfo } from './types.js';
import { spawn } from 'node:child_process';
import { promises as fs, constants as fsConstants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `command` with `args` (no shell), optionally writing `stdin`; resolves when it exits. */
export function run(command: string, args: readonly string[], stdin?: string, timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { shell: false, stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {
      /* the program may exit before reading all its input; its exit code tells */
    });
    child.stdin.end(stdin ?? '');
  });
}

/** An engine whose program must be on PATH: usable when it is, else why not and how to install it. */
export async function probeProgram(name: string, install: string): Promise<Probe> {
  return (await findOnPath(name)) ? { usable: true } : { usable: false, reason: `${name} is not on PATH; ${install}` };
}

/** The full path of `name` on PATH, or undefined. */
export async function findOnPath(name: string): Promise<string | undefined> {
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', '.bat', ''] : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      try {
        await fs.access(candidate, fsConstants.X_OK);
        return candidate;
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

/** Run `body` with a fresh private temporary folder, removed afterwards. */
export async function withTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `lectern-${prefix}-`));
  try {
    return await body(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Flite's and Festival's voices speak at about this many words per minute. */
const NATURAL_WPM = 170;

/** The duration stretch (Flite's and Festival's setting) that gives `wpm` words per minute, as the text they take. */
export function durationStretch(wpm: number): string {
  return (NATURAL_WPM / Math.max(40, wpm)).toFixed(3);
}

/**
 * Refuses a voice the engine does not have (a program may otherwise speak in
 * another without a word, or pass the name on to an interpreter).
 */
export function requireVoice(engineName: string, voice: string, voices: readonly VoiceInfo[]): void {
  if (!voices.some((v) => v.id === voice)) {
    throw new LecternError('templateInvalid', `"${voice}" is not one of ${engineName}'s voices here; \`lectern voices\` lists them`);
  }
}
