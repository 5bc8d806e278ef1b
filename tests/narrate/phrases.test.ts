import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSource } from '../../src/parse/index.js';
import { detect } from '../../src/detect/index.js';
import { narrate, loadNarrationTemplate, validateNarrationTemplate } from '../../src/narrate/index.js';
import { inLanguage, phrasesFor } from '../../src/narrate/phrases.js';

describe('the narration’s own words in the article’s language', () => {
  it('announces speakers of a French article in French, in French voices', async () => {
    const text = readFileSync(new URL('../fixtures/golden/wikinews-fr-44374-banques-belges.md', import.meta.url), 'utf8');
    const { article } = detect(parseSource(text, 'banques.md', 'markdown').article);
    const script = narrate(article, await loadNarrationTemplate('podcast'));
    const cues = script.utterances.filter((u) => u.role === 'cue').map((u) => u.text);
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) expect(cue).toMatch(/ a dit :$/);
    expect(script.utterances.some((u) => /\bsaid\b/.test(u.text))).toBe(false);
    expect(new Set(script.utterances.map((u) => u.voice.split('+')[0]))).toEqual(new Set(['fr']));
    // The template's own words too: the podcast intro and outro are given in French.
    const said = (role: string): string => script.utterances.filter((u) => u.role === role).map((u) => u.text).join(' ');
    expect(said('intro')).toMatch(/Une édition audio Lectern\.$/);
    expect(said('outro')).toMatch(/^Vous avez écouté /);
  });

  it('speaks a talking book’s quotation cues in the article’s language', async () => {
    const text = readFileSync(new URL('../fixtures/golden/wikinews-fr-44374-banques-belges.md', import.meta.url), 'utf8');
    const { article } = detect(parseSource(text, 'banques.md', 'markdown').article);
    const cues = narrate(article, await loadNarrationTemplate('talking-book')).utterances.filter((u) => u.role === 'cue').map((u) => u.text);
    expect(cues).toContain('citation');
    expect(cues).toContain('fin de citation');
    expect(cues).not.toContain('quote');
  });

  it('takes a template’s words in the article’s language, else English, else the first given', () => {
    expect(inLanguage({ en: 'quote', de: 'Zitat' }, 'de-AT')).toBe('Zitat');
    expect(inLanguage({ en: 'quote', de: 'Zitat' }, 'pl')).toBe('quote');
    expect(inLanguage({ de: 'Zitat' }, 'pl')).toBe('Zitat');
    expect(inLanguage('quote', 'fr')).toBe('quote');
  });

  it('refuses template words that are neither text nor texts by language code', () => {
    const base = JSON.parse(readFileSync(new URL('../../templates/narration/podcast.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(() => validateNarrationTemplate({ ...base, intro: { English: 'Hello' } }, 'mine.json')).toThrow(/intro.*by language code/);
    expect(() => validateNarrationTemplate({ ...base, outro: { en: 3 } }, 'mine.json')).toThrow(/outro/);
    expect(() => validateNarrationTemplate({ ...base, intro: {} }, 'mine.json')).toThrow(/intro/);
    expect(validateNarrationTemplate({ ...base, intro: { en: 'Hello {title}.' } }, 'mine.json').intro).toEqual({ en: 'Hello {title}.' });
  });

  it('falls back to English for a language it has no words for', () => {
    expect(phrasesFor('sw').said('Amina')).toBe('Amina said:');
    expect(phrasesFor('fr-BE').photoCaption).toBe('Légende de la photo :');
  });
});
