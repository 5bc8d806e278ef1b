import { describe, expect, it } from 'vitest';
import { voiceForLanguage } from '../../src/narrate/voices.js';

describe('template voices in the article language', () => {
  it('keeps a voice that already speaks the language', () => {
    expect(voiceForLanguage('en-us+m3', 'en')).toBe('en-us+m3');
    expect(voiceForLanguage('en-gb', 'en-US')).toBe('en-gb');
  });
  it('moves a voice to the article language and keeps its variant', () => {
    expect(voiceForLanguage('en-us+m3', 'fr')).toBe('fr+m3');
    expect(voiceForLanguage('en-us', 'uk')).toBe('uk');
    expect(voiceForLanguage('en-gb+f4', 'de-AT')).toBe('de+f4');
  });
  it('leaves the voice alone when the language is unknown', () => {
    expect(voiceForLanguage('en-us+m3', 'und')).toBe('en-us+m3');
  });
});
