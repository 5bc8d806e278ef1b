import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/errors.js';
import { contrastRatio } from '../../../src/render/pdf/color.js';
import { BUILT_IN_PRINT_TEMPLATES, loadPrintTemplate, resolvePageSize } from '../../../src/render/pdf/template.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lectern-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function failure(nameOrPath: string): Promise<LecternError> {
  try {
    await loadPrintTemplate(nameOrPath);
  } catch (e) {
    if (e instanceof LecternError) return e;
    throw e;
  }
  throw new Error(`${nameOrPath} loaded without error`);
}

describe('built-in print templates', () => {
  it.each(BUILT_IN_PRINT_TEMPLATES)('%s loads and is large print', async (name) => {
    const t = await loadPrintTemplate(name);
    expect(t.name).toBe(name);
    expect(t.sizes.body).toBeGreaterThanOrEqual(18);
    expect(t.sizes.pageNumber).toBeGreaterThanOrEqual(t.sizes.body);
    expect(t.lineSpacing).toBeGreaterThanOrEqual(1.5);
    expect(t.pageSize).toBe('auto');
  });

  it('giant-print sets the body at 24 pt', async () => {
    expect((await loadPrintTemplate('giant-print')).sizes.body).toBe(24);
  });

  it('high-contrast has light text on a dark background at 7:1 or more', async () => {
    const t = await loadPrintTemplate('high-contrast');
    expect(contrastRatio(t.colors.background, '#000000')).toBeLessThan(1.5);
    for (const key of ['text', 'heading', 'speakerLabel', 'link'] as const) {
      expect(contrastRatio(t.colors[key], t.colors.background), key).toBeGreaterThanOrEqual(7);
    }
  });

  it('resolves auto to Letter for US and Canadian locales and A4 elsewhere', async () => {
    const t = await loadPrintTemplate('large-print');
    expect(resolvePageSize(t, 'en-US')).toEqual([612, 792]);
    expect(resolvePageSize(t, 'fr-CA')).toEqual([612, 792]);
    expect(resolvePageSize(t, 'en-GB')).toEqual([595.28, 841.89]);
    expect(resolvePageSize(t, 'uk')).toEqual([595.28, 841.89]);
    expect(resolvePageSize(t, 'not a tag!')).toEqual([595.28, 841.89]);
    expect(resolvePageSize({ ...t, pageSize: 'LETTER' }, 'de')).toEqual([612, 792]);
  });
});

describe('a user’s template file', () => {
  it('may give only what it changes; the rest comes from large-print', async () => {
    const t = await loadPrintTemplate(file('mine.json', JSON.stringify({ sizes: { body: 20 }, colors: { link: '#000080' } })));
    expect(t.name).toBe('mine');
    expect(t.sizes.body).toBe(20);
    // Sizes not given scale with the body.
    expect(t.sizes.title).toBeCloseTo(33.5, 5);
    expect(t.sizes.pageNumber).toBe(20);
    expect(t.colors.link).toBe('#000080');
    expect(t.quotes.labelFormat).toBe('{name}:');
  });

  it('may extend another preset', async () => {
    const t = await loadPrintTemplate(file('dark.json', JSON.stringify({ extends: 'high-contrast', lineSpacing: 1.8 })));
    expect(t.colors.background).toBe('#000000');
    expect(t.lineSpacing).toBe(1.8);
  });

  const bad: [string, string, RegExp][] = [
    ['a body smaller than 18 pt', JSON.stringify({ sizes: { body: 14 } }), /sizes\.body" is 14; large print needs at least 18 pt/],
    ['line spacing under 1.5', JSON.stringify({ lineSpacing: 1.2 }), /lineSpacing" is 1\.2; .*at least 1\.5/],
    ['page numbers smaller than the body', JSON.stringify({ sizes: { body: 20, pageNumber: 19 } }), /page numbers must be as large as the body/],
    ['a misspelt key', JSON.stringify({ sizes: { bdy: 20 } }), /unknown key "sizes\.bdy"/],
    ['a colour that is not #RRGGBB', JSON.stringify({ colors: { text: 'black' } }), /"colors\.text" must be a colour/],
    ['text too faint to read', JSON.stringify({ colors: { text: '#CCCCCC' } }), /contrast 1\.\d:1; use at least 4\.5:1/],
    ['a label without {name}', JSON.stringify({ quotes: { labelFormat: 'Speaker:' } }), /labelFormat" must be a string containing \{name\}/],
    ['an unknown page size', JSON.stringify({ pageSize: 'A5' }), /"pageSize" must be "A4", "LETTER" or "auto"/],
    ['an unknown preset to extend', JSON.stringify({ extends: 'tiny-print' }), /"extends" must be one of/],
    ['a JSON array', '[]', /must hold a JSON object/],
    ['broken JSON', '{ "sizes": ', /not valid JSON/],
  ];
  it.each(bad)('is refused with a message that says what to fix: %s', async (_what, content, message) => {
    const p = file(`bad-${Math.random().toString(36).slice(2)}.json`, content);
    const e = await failure(p);
    expect(e.code).toBe('templateInvalid');
    expect(e.exitCode).toBe(8);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(p);
    expect(e.message).not.toContain('\n');
  });

  it('is refused when the file does not exist', async () => {
    const e = await failure(path.join(dir, 'nope.json'));
    expect(e.code).toBe('templateInvalid');
    expect(e.message).toMatch(/file not found/);
  });

  it('refuses an unknown built-in name and lists the ones there are', async () => {
    const e = await failure('huge-print');
    expect(e.message).toMatch(/no built-in template by that name; choose large-print, giant-print, high-contrast/);
  });
});
