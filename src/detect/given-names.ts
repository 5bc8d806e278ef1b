/**
 * The gender a person's given name suggests, from the English list of
 * gender-detection-from-name (some 32,000 given names), so that "he" is not
 * taken to mean Zoe Ball, nor "she" Geoff Pollard. Only the first word of a
 * name of two words or more counts ("Tony Blair": Tony): a surname alone
 * ("Blair", "Brown", "Major") says nothing, and neither does a title or an
 * honorific ("Home Secretary Charles Clarke" is read from Charles, by the
 * honorific rules first). Names that news gives to men and women alike
 * (Kim, Sam, Chris, Jan …) say nothing either. The list is read on first
 * use: a text with no such name never pays for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HONORIFIC, NAME_TITLE, type Gender } from './lexicon.js';

const require = createRequire(import.meta.url);
/** The list's source text, searched name by name; or, if its layout is not the one expected, the list itself. */
let source: string | undefined;
let names: ReadonlyMap<string, string> | undefined;
const looked = new Map<string, Gender>();

/**
 * A given name's gender by the list. Building the list's Map of 32,000 names
 * costs some 80 ms in a fresh process, a tenth of detecting a whole article;
 * an article asks for a dozen names. So the module's text is read once and
 * each name looked up in it (`['zoe', 'female']`), a fraction of a
 * millisecond; if the text is not laid out so, the module is loaded instead.
 */
function listed(key: string): Gender {
  const known = looked.get(key);
  if (known !== undefined || looked.has(key)) return known;
  let g: string | undefined;
  if (!names) {
    source ??= readFileSync(require.resolve('gender-detection-from-name/names/en.js'), 'utf8');
    if (source.includes("['zoe', 'female']")) {
      const at = source.indexOf(`['${key}', '`);
      g = at < 0 ? undefined : source.slice(at + key.length + 6, source.indexOf("'", at + key.length + 6));
    } else {
      names = require('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>;
    }
  }
  if (names) g = names.get(key);
  const gender = g === 'male' || g === 'female' ? g : undefined;
  looked.set(key, gender);
  return gender;
}

/** Given to men and women alike in the news (the list has one answer for each). */
const EITHER = new Set([
  'alex', 'ali', 'andrea', 'ashley', 'billie', 'cameron', 'carmen', 'casey', 'charlie', 'chris', 'dana', 'drew', 'frankie',
  'gabriel', 'hilary', 'jackie', 'jamie', 'jan', 'jean', 'jess', 'jo', 'jody', 'jordan', 'kai', 'kelly', 'kerry', 'kim', 'kit',
  'lee', 'leslie', 'lesley', 'lin', 'lindsay', 'lou', 'lynn', 'mel', 'morgan', 'ming', 'nicola', 'nicky', 'pat', 'robin', 'sam',
  'sandy', 'sasha', 'shannon', 'stacey', 'terry', 'toni', 'tracy', 'val', 'vivian',
]);

/** Men's given names of the news that the list lacks ("movie star Dick Powell", "Newt Gingrich", "Beto O'Rourke"). */
const MEN_UNLISTED = new Set(['dick', 'newt', 'beto', 'reince', 'buzz', 'bud']);

/** Words that describe a person before the name: a party, a side of politics. */
const ROLE_WORD = /^(?:Tory|Tories|Labour|Conservative|Liberal|Lib|Dem|Democrat|Democratic|Republican|Unionist|Green|Independent|Socialist|Nationalist)$/u;

const describes = (w: string): boolean => ROLE_WORD.test(w) || HONORIFIC.test(w) || NAME_TITLE.test(w) || /^\p{Lu}+$|['’]s?$/u.test(w);

/** The gender a person's given name suggests, or undefined when the name says nothing. */
export function givenNameGender(name: string): Gender {
  const all = name.trim().split(/\s+/u);
  // the given name follows whatever describes the person first: "Tory MP Nigel Waterson", "Tennis Australia's Geoff Pollard"
  let from = all.length;
  while (from > 0 && !describes(all[from - 1]!)) from--;
  const words = all.slice(from);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(first)) return undefined;
  // the rest must read as a surname: capitalised words, not "Ball said" or "Labour leader"
  if (!words.slice(1).every((w) => /^(?:\p{Lu}|(?:de|van|von|der|da|di|du|le|la|al|bin|el)$)/u.test(w))) return undefined;
  const key = first.toLowerCase();
  if (EITHER.has(key)) return undefined;
  if (MEN_UNLISTED.has(key)) return 'male';
  return /^[\p{Ll}-]+$/u.test(key) ? listed(key) : undefined;
}
