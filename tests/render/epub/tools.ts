import { execFileSync, spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync } from 'node:fs';

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
  if (head.toString('latin1') === 'PK') {
    try {
      execFileSync('java', ['-version'], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
    return ['java', '-jar', file];
  }
  return [file];
}

export function run(command: string[], args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command[0]!, [...command.slice(1), ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
