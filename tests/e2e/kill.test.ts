/**
 * Writes are atomic: a build killed with SIGKILL at any moment leaves every
 * existing edition intact, and the next build completes.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../cli/helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = path.join(ROOT, 'bin/lectern.js');
const compiled = existsSync(path.join(ROOT, 'dist/cli/main.js'));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.skipIf(!compiled)('a build killed part-way (needs the compiled CLI: npm run build)', () => {
  it('never damages the edition already there, and the next build completes', async () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, 'examples/bakhmut-trenches.txt'), path.join(dir, 'article.txt'));
    const args = [BIN, 'build', 'article.txt', '-o', 'out', '--formats', 'pdf,mp3', '--no-config', '-q'];
    const first = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const edition = path.join(dir, 'out', 'article');
    const files = ['article.pdf', 'article.mp3', 'article.vtt', 'article.chapters.json'].map((f) => path.join(edition, f));
    const before = files.map(sha);

    for (const delayMs of [30, 120, 250, 400, 700, 1000, 1500]) {
      const child = spawn(process.execPath, [...args, '--force'], { cwd: dir, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delayMs));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      // Output is deterministic, so a file is either the old one or an identical new one — never partial.
      expect(files.map(sha), `after a kill at ${delayMs} ms`).toEqual(before);
    }

    const last = spawnSync(process.execPath, args.concat('--force'), { cwd: dir, encoding: 'utf8' });
    expect(last.status, last.stderr).toBe(0);
    expect(files.map(sha)).toEqual(before);
    expect(readdirSync(edition).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
