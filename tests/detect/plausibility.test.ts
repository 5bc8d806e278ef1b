import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { plausibleSpeaker } from '../../src/detect/names.js';
import { articleOf, who } from './helpers.js';

const speakers = (text: string): string[] => detect(articleOf(text)).article.speakers.map((s) => s.name);

describe('a speaker must be someone', () => {
  it('takes people, roles, groups, organisations and documents', () => {
    for (const text of ['the spokeswoman', 'a military man', 'one poster', 'one of the soldiers', 'the slightly injured Pole', 'a message', 'the Ministry of Defense']) {
      expect(plausibleSpeaker({ kind: 'description', text }), text).toBe(true);
    }
    expect(plausibleSpeaker({ kind: 'name', text: 'Armin Ronacher' })).toBe(true);
    expect(plausibleSpeaker({ kind: 'pronoun', text: 'she' })).toBe(true);
  });

  it('refuses clause subjects, body parts, voices and exclamations', () => {
    for (const text of ['The most obvious example of this', 'That package version Copilot just', 'The plump shadowed face and sullen oval jowl', 'A voice within the tower']) {
      expect(plausibleSpeaker({ kind: 'description', text }), text).toBe(false);
    }
    expect(plausibleSpeaker({ kind: 'name', text: 'Begob' })).toBe(false);
  });

  it('does not read a noun that looks like a report verb as reported speech', () => {
    expect(speakers('The most obvious example of this is the massive degradation of quality of issue reports and pull requests.')).toEqual([]);
    expect(speakers('That package version Copilot just suggested might have a known vulnerability that was disclosed later.')).toEqual([]);
  });

  it('leaves a quotation after a lead-in that names no one without a speaker', () => {
    expect(who('A voice within the tower called loudly:\n\n“Are you up there?”')).toMatchObject([{ speaker: null }]);
  });

  it('still takes reported speech from a person', () => {
    expect(speakers('The spokeswoman said that the talks would go on.')).toEqual(['The spokeswoman']);
  });
});
