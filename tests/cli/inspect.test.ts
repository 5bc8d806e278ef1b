import { describe, expect, it } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Inspection } from '../../src/inspect.js';
import type { Script } from '../../src/model/script.js';
import { ExitCode } from '../../src/errors.js';
import { lectern, tempDir } from './helpers.js';
import { itNeeds, missing } from '../support/tools.js';

const SAMPLE = new URL('../../examples/bakhmut-trenches.txt', import.meta.url).pathname;

async function inspectJson(dir: string, file: string): Promise<Inspection> {
  const run = await lectern(['inspect', file, '--json'], dir);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Inspection;
}

describe('lectern inspect', () => {
  it('lists every quotation with its speaker and the evidence, and the speakers with their aliases', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    const result = await inspectJson(dir, 'a.txt');
    const direct = result.quotations.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker)).toEqual(['Ministry of Defense of Ukraine', 'Volodymyr Zelenskyi', 'Polyak', 'Polyak']);
    expect(direct[0]!.evidence).toEqual({ rule: 'verb-after', text: 'the Ministry of Defense of Ukraine reported' });
    expect(direct[1]).toMatchObject({ line: 9 });
    const zelenskyi = result.speakers.find((s) => s.name === 'Volodymyr Zelenskyi');
    expect(zelenskyi?.aliases).toContain('Zelenskyy');
    expect(result.speakers.find((s) => s.name.includes('Ministry of Defense of Ukraine'))?.kind).toBe('organisation');
  });

  it('prints the same as readable text, with warnings as file:line:col', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'b.txt'), 'A title\n\nShe said: “This never ends.\n');
    const run = await lectern(['inspect', 'b.txt'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Quotations \(1 direct/);
    expect(run.stderr).toMatch(/^\S*b\.txt:3:\d+: warning: .*\[unclosed-quote\]$/m);
  });

  it('honours a speaker file: rename and voice, in inspect and in the narration script alike', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    writeFileSync(
      path.join(dir, 'a.speakers.json'),
      JSON.stringify({ rename: { 'volodymyr-zelenskyi': 'President Volodymyr Zelenskyy' }, voices: { 'volodymyr-zelenskyi': 'en-gb+m7' } }),
    );
    const result = await inspectJson(dir, 'a.txt');
    expect(result.quotations.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toContain('President Volodymyr Zelenskyy');
    const dry = await lectern(['build', 'a.txt', '--dry-run', '--no-config'], dir);
    expect(dry.code, dry.stderr).toBe(0);
    const script = JSON.parse(dry.stdout) as Script;
    const his = script.utterances.filter((u) => u.speakerName === 'President Volodymyr Zelenskyy' && u.role === 'quote');
    expect(his.length).toBeGreaterThan(0);
    expect(new Set(his.map((u) => u.voice))).toEqual(new Set(['en-gb+m7']));
  });

  itNeeds(missing('flite', 'flite'), 'prints the script with the voices an engine of its own voices will use (--dry-run --engine flite)', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    const dry = await lectern(['build', 'a.txt', '--dry-run', '--no-config', '--engine', 'flite'], dir);
    expect(dry.code, dry.stderr).toBe(0);
    const script = JSON.parse(dry.stdout) as Script;
    const { loadEngine } = await import('../../src/engines/registry.js');
    const fliteVoices = new Set((await (await loadEngine('flite')).voices()).map((v) => v.id));
    const used = new Set(script.utterances.map((u) => u.voice));
    expect(used.size).toBeGreaterThan(1); // the narrator and the quoted speakers still differ
    for (const voice of used) expect(fliteVoices.has(voice), voice).toBe(true);
  });

  it('reads names as a lexicon file beside the article says', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'a.lexicon.json'), JSON.stringify({ Bakhmut: 'Bakh-moot' }));
    const dry = await lectern(['build', 'a.txt', '--dry-run', '--no-config'], dir);
    expect(dry.code, dry.stderr).toBe(0);
    const script = JSON.parse(dry.stdout) as Script;
    const spoken = script.utterances.map((u) => u.text).join(' ');
    expect(spoken).toMatch(/Bakh-moot/);
    expect(spoken).not.toMatch(/Bakhmut/);
    expect(script.utterances.map((u) => u.displayText).join(' ')).toMatch(/Bakhmut/);
  });

  it('refuses a lexicon file that is not a map of words', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'a.lexicon.json'), JSON.stringify(['Bakhmut']));
    const run = await lectern(['build', 'a.txt', '--dry-run', '--no-config'], dir);
    expect(run.code).toBe(ExitCode.inputInvalid);
    expect(run.stderr).toMatch(/a\.lexicon\.json must be a JSON object/);
  });

  it('honours speaker corrections in Markdown front matter', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'c.md'),
      '---\ntitle: Talk\nspeakers:\n  pin:\n    - quote: "We will"\n      speaker: Mayor Ana Lima\n---\n\n“We will build it,” a voice said.\n',
    );
    const result = await inspectJson(dir, 'c.md');
    expect(result.quotations.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Mayor Ana Lima']);
  });

  it('refuses a speaker file of the wrong shape, saying what to fix', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'a.speakers.json'), JSON.stringify({ renames: {} }));
    const run = await lectern(['inspect', 'a.txt'], dir);
    expect(run.code).toBe(ExitCode.inputInvalid);
    expect(run.stderr).toMatch(/^lectern: error: .*a\.speakers\.json: unknown field "renames"/m);
  });
});
