import { describe, expect, it } from 'vitest';
import { parseSpeakerCorrections } from '../../src/detect/sidecar.js';
import { LecternError } from '../../src/errors.js';

describe('speaker files', () => {
  it('accepts every kind of correction', () => {
    const json = { rename: { zelenskyy: 'Volodymyr Zelenskyy' }, merge: [['zelenskyi', 'zelenskyy']], voices: { zelenskyy: 'en+m3' }, pin: [{ quote: 'The other day', speaker: 'Polyak' }] };
    expect(parseSpeakerCorrections(json, 'a.speakers.json')).toEqual(json);
  });

  it('rejects a file that is not an object, saying what it should be', () => {
    expect(() => parseSpeakerCorrections([], 'a.speakers.json')).toThrow(/must be a JSON object/);
  });

  it('rejects unknown fields with the list of known ones', () => {
    expect(() => parseSpeakerCorrections({ renames: {} }, 'a.speakers.json')).toThrow(/unknown field "renames"/);
  });

  it('rejects a merge group of one', () => {
    expect(() => parseSpeakerCorrections({ merge: [['x']] }, 'a.speakers.json')).toThrow(/two or more/);
  });

  it('rejects a pin without a speaker, as an inputInvalid LecternError naming the file', () => {
    try {
      parseSpeakerCorrections({ pin: [{ quote: 'x' }] }, 'a.speakers.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LecternError);
      expect((e as LecternError).code).toBe('inputInvalid');
      expect((e as LecternError).message).toMatch(/^a\.speakers\.json: "pin\[0\]"/);
    }
  });
});
