import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../../src/errors.js';
import { lectern, tempDir } from './helpers.js';

/** Every failure is one error line that names the problem, and no stack trace. */
function expectOneLineError(run: { stderr: string }, pattern: RegExp) {
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('lectern: error: '));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/internal error/);
}

describe('the CLI on bad input', () => {
  const dir = tempDir();

  it('reports a missing file with its own exit code', async () => {
    const run = await lectern(['build', 'nope.txt', '-o', 'out'], dir);
    expect(run.code).toBe(ExitCode.inputNotFound);
    expectOneLineError(run, /nope\.txt: no such file/);
  });

  it('reports an empty file', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const run = await lectern(['build', 'empty.txt', '-o', 'out'], dir);
    expect(run.code).toBe(ExitCode.inputEmpty);
    expectOneLineError(run, /empty\.txt is empty/);
  });

  it('reports a binary file', async () => {
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    const run = await lectern(['build', 'photo.txt', '-o', 'out'], dir);
    expect(run.code).toBe(ExitCode.inputInvalid);
    expectOneLineError(run, /binary/);
  });

  it('reports text that is not UTF-8', async () => {
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, said the waiter.', 'latin1'));
    const run = await lectern(['build', 'latin1.txt', '-o', 'out'], dir);
    expect(run.code).toBe(ExitCode.inputInvalid);
    expectOneLineError(run, /not valid UTF-8/);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read (not checkable as root, who may read any file)', async () => {
    const file = path.join(dir, 'secret.txt');
    writeFileSync(file, 'Hello.');
    chmodSync(file, 0o000);
    const run = await lectern(['build', 'secret.txt', '-o', 'out'], dir);
    expect(run.code).toBe(ExitCode.inputUnreadable);
    expectOneLineError(run, /permission denied/);
  });

  it('reports an unknown output format before doing any work', async () => {
    writeFileSync(path.join(dir, 'ok.txt'), 'A short article. It has words.');
    const run = await lectern(['build', 'ok.txt', '-o', 'out', '--formats', 'pdf,docx'], dir);
    expect(run.code).toBe(ExitCode.usage);
    expectOneLineError(run, /unknown output format "docx"/);
  });

  it('reports an unknown speech engine and lists what there is', async () => {
    writeFileSync(path.join(dir, 'ok.txt'), 'A short article. It has words.');
    const run = await lectern(['build', 'ok.txt', '-o', 'out', '--formats', 'mp3', '--engine', 'nonesuch'], dir);
    expect(run.code).toBe(ExitCode.engineUnavailable);
    expectOneLineError(run, /nonesuch/);
  });

  it('reports a missing template file', async () => {
    writeFileSync(path.join(dir, 'ok.txt'), 'A short article. It has words.');
    const run = await lectern(['build', 'ok.txt', '-o', 'out', '--formats', 'pdf', '--template', 'mine.json'], dir);
    expect(run.code).toBe(ExitCode.templateInvalid);
    expectOneLineError(run, /mine\.json/);
  });

  it('reports a config file that is not JSON', async () => {
    const sub = tempDir();
    writeFileSync(path.join(sub, 'lectern.config.json'), '{ out: nowhere');
    writeFileSync(path.join(sub, 'ok.txt'), 'A short article. It has words.');
    const run = await lectern(['build', 'ok.txt'], sub);
    expect(run.code).toBe(ExitCode.templateInvalid);
    expectOneLineError(run, /lectern\.config\.json is not valid JSON/);
  });

  it('writes nothing when it fails', () => {
    expect(existsSync(path.join(dir, 'out')) ? readdirSync(path.join(dir, 'out')) : []).toEqual([]);
  });

  it('asks for an input when none is given', async () => {
    const run = await lectern(['build'], dir);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toMatch(/missing required argument 'inputs'/);
  });
});

describe('lectern init', () => {
  it('writes a starter config that the build accepts, and will not overwrite it without --force', async () => {
    const dir = tempDir();
    expect((await lectern(['init'], dir)).code).toBe(0);
    const again = await lectern(['init'], dir);
    expect(again.code).toBe(ExitCode.usage);
    expectOneLineError(again, /already exists; use --force/);
    expect((await lectern(['init', '--force'], dir)).code).toBe(0);
    const { loadConfigFile } = await import('../../src/config/file.js');
    const config = await loadConfigFile(path.join(dir, 'lectern.config.json'));
    expect(config.formats).toEqual(['pdf', 'mp3']);
    expect(config.out).toBe(path.join(dir, 'output'));
  });
});
