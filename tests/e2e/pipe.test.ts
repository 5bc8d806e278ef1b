/**
 * A reader that stops early (`lectern inspect a.txt --json | head`) closes
 * the pipe under the CLI: it stops quietly, with no stack trace.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../cli/helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = path.join(ROOT, 'bin/lectern.js');
const compiled = existsSync(path.join(ROOT, 'dist/cli/main.js'));

describe.skipIf(!compiled)('output into a pipe the reader closes (needs the compiled CLI: npm run build)', () => {
  it('stops without a stack trace when the reader has read enough', async () => {
    // An article whose --json runs to megabytes, far more than a pipe holds: the CLI is still writing when the reader goes.
    const LONG = path.join(tempDir(), 'long.txt');
    const paragraph = (i: number) => `"We counted ${i} boats before noon," said Ann Lee, a harbour warden. She added that the tide had turned early.`;
    writeFileSync(LONG, `A long harbour log\n\n${Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n\n')}\n`);
    const child = spawn(process.execPath, [BIN, 'inspect', LONG, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', (d) => {
      first = String(d);
      child.stdout.destroy(); // as `head -1` does once it has its line
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(first.startsWith('{')).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
