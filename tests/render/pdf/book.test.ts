import { describe, expect, it } from 'vitest';
import { loadPrintTemplate, renderPdf } from '../../../src/render/pdf/index.js';
import { syntheticArticle } from './fixtures.js';

/*
 * Speed is measured by `npm run bench` (and `npm run bench -- --book`), not
 * asserted here: timed tests fail on a busy machine for no fault of the code.
 * This checks only that a book-length article renders whole.
 */
describe('a book-length article', () => {
  it('renders 80,000 words to one PDF', async () => {
    const template = await loadPrintTemplate('large-print');
    const { pdf, diagnostics } = await renderPdf(syntheticArticle(80_000), template);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    expect(pdf.length).toBeGreaterThan(100_000);
    expect(diagnostics).toEqual([]);
  });
});
