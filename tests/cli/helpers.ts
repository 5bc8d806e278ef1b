import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, as a user would type it, and captures what it prints. */
export async function lectern(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd }, '0.0.0-test');
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'lectern-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
