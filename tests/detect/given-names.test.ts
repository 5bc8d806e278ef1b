/**
 * The given-name list is looked up in the package's own module text, name by
 * name (given-names.ts); these tests read the same list through the package's
 * own loader and check that the two agree.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/detect/given-names.js';

const require = createRequire(import.meta.url);
const list = require('gender-detection-from-name/names/en.js') as Map<string, string>;
const { getGender } = require('gender-detection-from-name') as { getGender: (name: string, lang?: string) => string };

describe('given names', () => {
  it('gives every 40th name of the English list the gender the package gives it, or nothing for a title or a name of both', () => {
    let compared = 0;
    let same = 0;
    [...list.keys()].filter((_, i) => i % 40 === 0).forEach((key) => {
      const name = `${key[0]!.toUpperCase()}${key.slice(1)} Smith`;
      const ours = givenNameGender(name);
      if (ours === undefined) return;
      compared++;
      if (ours === getGender(key, 'en')) same++;
    });
    expect(compared).toBeGreaterThan(700);
    expect(same).toBe(compared);
  });

  it('reads nothing from names the list does not hold, nor from a name of one word', () => {
    expect(givenNameGender('Qxzv Lutter')).toBeUndefined();
    expect(givenNameGender('Harriet')).toBeUndefined();
    expect(givenNameGender('Harriet Cole')).toBe('female');
  });
});
