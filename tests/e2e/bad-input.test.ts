/**
 * A corpus of hostile inputs. Each gets an edition or a clear one-line error
 * with its own exit code — never a stack trace, never a half-written file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../../src/errors.js';
import { lectern, tempDir } from '../cli/helpers.js';
import { readPdf } from '../support/pdf.js';

interface Case {
  name: string;
  file: string;
  content: string | Buffer;
  formats: string;
  /** The exit code expected; 0 means an edition must be written. */
  expect: number;
  message?: RegExp;
}

const cases: Case[] = [
  { name: 'an empty file', file: 'empty.txt', content: '', formats: 'pdf,mp3', expect: ExitCode.inputEmpty, message: /is empty/ },
  { name: 'binary junk', file: 'junk.txt', content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), formats: 'pdf,mp3', expect: ExitCode.inputInvalid, message: /binary|UTF-8/ },
  { name: 'invalid UTF-8', file: 'latin1.md', content: Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\nUn caf\xe9.', 'latin1')]), formats: 'pdf', expect: ExitCode.inputInvalid, message: /UTF-8/ },
  { name: 'a 5 MB text', file: 'huge.txt', content: 'All work and no play makes a dull article. '.repeat(122_000), formats: 'pdf', expect: ExitCode.inputInvalid, message: /up to 4 MB/ },
  { name: 'only punctuation', file: 'punct.txt', content: '!!! ... ??? — “” «» ;;; ,,,\n\n***', formats: 'pdf,mp3', expect: ExitCode.inputEmpty, message: /no words/ },
  { name: 'a line of 1 MB with no spaces', file: 'longline.txt', content: 'Title\n\n' + 'x'.repeat(1024 * 1024) + '\n', formats: 'pdf', expect: 0 },
  { name: '10,000 unbalanced quote marks', file: 'quotes.txt', content: 'Quotes\n\nHe said “' + '“ ” “ '.repeat(3333) + 'and stopped.\n', formats: 'pdf,mp3', expect: 0 },
  { name: 'control characters', file: 'controls.txt', content: 'Bell\u0007 and escape\u001b[31m codes, said the log.\n\nA second\u0000 paragraph.'.replace('\u0000', '\u0008'), formats: 'pdf,mp3', expect: 0 },
  { name: 'right-to-left text', file: 'rtl.txt', content: 'שלום עולם\n\nמרחבא בالعالم. “שלום,” אמר הכתב.\n', formats: 'pdf,mp3', expect: 0 },
  { name: 'emoji only', file: 'emoji.txt', content: '🎉🎉🎉 🚀 👍🏽 ❤️', formats: 'pdf,mp3', expect: ExitCode.inputEmpty, message: /no words/ },
  { name: 'emoji among words', file: 'emoji-words.txt', content: 'Launch day 🚀\n\n“We did it 🎉,” said the team.\n', formats: 'pdf,mp3', expect: 0 },
];

describe('hostile input', () => {
  const dir = tempDir();
  for (const c of cases) {
    it(`${c.name}: ${c.expect === 0 ? 'builds an edition' : `fails with exit code ${c.expect} and one clear line`}`, async () => {
      writeFileSync(path.join(dir, c.file), c.content);
      const out = path.join(dir, 'out-' + c.file.replace(/\W/g, '-'));
      const run = await lectern(['build', c.file, '-o', out, '--formats', c.formats, '--no-config'], dir);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code, run.stderr).toBe(c.expect);
      if (c.expect !== 0) {
        const errors = run.stderr.split('\n').filter((l) => l.startsWith('lectern: error: '));
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(c.message!);
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
        return;
      }
      const name = c.file.replace(/\.[^.]+$/, '');
      const pdf = await readPdf(readFileSync(path.join(out, name, `${name}.pdf`)));
      expect(pdf.numPages).toBeGreaterThan(0);
      if (c.formats.includes('mp3')) expect(readFileSync(path.join(out, name, `${name}.mp3`)).length).toBeGreaterThan(1000);
      expect(readdirSync(path.join(out, name)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }
});
