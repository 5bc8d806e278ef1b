/**
 * A speaker's gender, as the narration may use it to choose a voice (pure).
 * In order of trust: what the speaker's names say (an honorific, a given
 * name the short lists know); else the pronouns of the short attributions
 * that report them ("he said", "a-t-elle ajouté"), the more frequent
 * winning; else what their given name suggests (given-names.ts); else the
 * head noun of a title they were given ("his wife", "the young man").
 * An article or pronoun inside a name ("Le Pen") says nothing, and neither
 * does a longer sentence of evidence, where a "he" or "she" may be someone
 * else.
 */
import { genderOf, type Gender } from './lexicon.js';
import { givenNameGender } from './given-names.js';

const NOT_IN_NAMES = /^(?:he|him|his|she|her|il|elle|le|la|les)$/iu;
const MALE_PRONOUN = /(?<![\p{L}])(?:he|il)(?![\p{L}])/iu;
const FEMALE_PRONOUN = /(?<![\p{L}])(?:she|elle)(?![\p{L}])/iu;
/** Evidence this short is an attribution ("he said", "she told the BBC"), not a sentence about others. */
const SHORT = 5;

/** `capitals`: only capitalised words count (an honorific or a given name, not "the old woman" taken for a name). */
const fromWords = (phrases: readonly string[], capitals = false): Gender =>
  genderOf(phrases.join(' ').split(/\s+/u).filter((w) => !NOT_IN_NAMES.test(w) && (!capitals || /^\p{Lu}/u.test(w))).join(' '));

export function speakerGender(names: readonly string[], titles: readonly string[], evidence: readonly string[]): Gender {
  const named = fromWords(names, true);
  if (named) return named;
  const short = evidence.filter((t) => t.trim().split(/\s+/u).length <= SHORT);
  const male = short.filter((t) => MALE_PRONOUN.test(t)).length;
  const female = short.filter((t) => FEMALE_PRONOUN.test(t)).length;
  if (male !== female) return male > female ? 'male' : 'female';
  for (const name of names) {
    const given = givenNameGender(name);
    if (given) return given;
  }
  return fromWords(titles);
}
