import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSource } from '../../src/parse/index.js';
import { detect } from '../../src/detect/index.js';
import { narrate, loadNarrationTemplate } from '../../src/narrate/index.js';
import { phrasesFor } from '../../src/narrate/phrases.js';

describe('the narration’s own words in the article’s language', () => {
  it('announces speakers of a French article in French, in French voices', async () => {
    const text = readFileSync(new URL('../fixtures/golden/wikinews-fr-44374-banques-belges.md', import.meta.url), 'utf8');
    const { article } = detect(parseSource(text, 'banques.md', 'markdown').article);
    const script = narrate(article, await loadNarrationTemplate('podcast'));
    const cues = script.utterances.filter((u) => u.role === 'cue').map((u) => u.text);
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) expect(cue).toMatch(/ a dit :$/);
    expect(script.utterances.some((u) => /\bsaid\b/.test(u.text))).toBe(false);
    expect(new Set(script.utterances.filter((u) => u.role !== 'intro' && u.role !== 'outro').map((u) => u.voice.split('+')[0]))).toEqual(new Set(['fr']));
  });

  it('falls back to English for a language it has no words for', () => {
    expect(phrasesFor('sw').said('Amina')).toBe('Amina said:');
    expect(phrasesFor('fr-BE').photoCaption).toBe('Légende de la photo :');
  });
});
