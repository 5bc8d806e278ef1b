/**
 * The voice of a crowd: "about 300 protesters gathered, chanting “…”",
 * "Farmers marching down the street shouted “…”", "the delegates erupted in
 * loud chants of “…”". The words are the crowd's, named as the text names it
 * ("protesters", "anti-tax delegates", "Reed supporters").
 */
import { FUNCTION_CAPS, IRREGULAR_PAST, SPEAKER_NOUNS } from './nouns.js';
import { pluralGroup } from './speakers.js';

/** A verb or noun of many voices at once, right before the words ("chanting, “…”", "a chorus of “…”"). */
const CROWD_CUE =
  /(?<![\p{L}])(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|cr(?:ies|ied|ying)|(?:chants?|chorus|cries|cry|shouts?|cheers|jeers|roars?)\s+of)\s*[,:]?\s*$/iu;

/** Words that may stand before the crowd's noun in its clause: one that opens a clause, a determiner, a number or a word of quantity. */
const LEADING = new Set(
  'when while as after before until and but then where whereas because since although though once outside inside a an the some many several few small large about around nearly almost roughly more than over at least their'.split(' '),
);
/** An article or a determiner inside a clause's opening words. */
const ARTICLE = /^(?:the|a|an|this|that|these|those)$/u;
/** A phrase of time after "at", before the subject: "one point", "that moment". */
const TIME_PHRASE = /^(?:(?:one|some|that|this|another|the\s+same)\s+)?(?:point|moment|time|stage|juncture)$/u;
/** Words of quantity that take "of" before the crowd ("groups of", "a mix of", "hundreds of"). */
const QUANTITY = new Set('group groups crowd crowds mix number handful dozens hundreds thousands scores lots'.split(' '));
/** A verb-like word: a qualifier is none ("Reed told students" names no crowd called "Reed told"). */
const VERBISH = new RegExp(`^(?:\\p{Ll}+(?:ed|ing|s)|${IRREGULAR_PAST})$`, 'u');
/** A qualifier that names a side or a kind, before the noun ("Reed supporters", "anti-tax delegates", "opposition delegates"). */
const qualifier = (w: string): boolean => /^\p{Lu}[\p{L}.’'-]*$|^\p{Ll}+-\p{L}+$/u.test(w) || (/^\p{Ll}+$/u.test(w) && !VERBISH.test(w));

/** Nouns of many people that are no plural of one ("crowd", "audience", "people"). */
const GATHERING = /^(?:crowd|audience|people)$/iu;
/** A noun of many people: a plural that names a group ("protesters", "delegates", "Democrats"), or "crowd", "audience". */
const crowdNoun = (word: string): boolean => GATHERING.test(word) || pluralGroup(word);

/**
 * The crowd whose voice the words after `sentence` are: a clause of the sentence (from its start, or after a comma)
 * opens with a noun of many people, and the sentence ends with a verb or noun of many voices. The last such clause
 * before the words names them; undefined when no clause does.
 */
export function crowdVoice(sentence: string): { name: string; from: number; to: number } | undefined {
  if (!CROWD_CUE.test(sentence)) return undefined;
  let found: { name: string; from: number; to: number } | undefined;
  for (const start of [0, ...[...sentence.matchAll(/[,;—–]/gu)].map((m) => m.index + 1)]) {
    const words = [...sentence.slice(start).matchAll(/[\p{L}\d][\p{L}\d.,’'-]*/gu)].map((m) => ({ text: m[0].replace(/[.,]+$/u, ''), at: start + m.index }));
    let i = 0;
    for (;;) {
      const w = words[i]?.text.toLowerCase();
      if (w !== undefined && (LEADING.has(w) || /^\d[\d,]*$/u.test(w))) i++;
      else if (w !== undefined && QUANTITY.has(w) && words[i + 1]?.text === 'of') i += 2;
      else break;
    }
    // the noun, after at most three qualifiers ("Reed supporters", "Andrean High School fans")
    for (let k = i; k <= i + 3 && k < words.length; k++) {
      // ("and at one point the crowd reprised the chant": past a phrase of time, an article opens the noun's phrase)
      if (ARTICLE.test(words[k]!.text) && k > i && TIME_PHRASE.test(words.slice(i, k).map((w) => w.text).join(' '))) {
        i = k + 1;
        continue;
      }
      if (!crowdNoun(words[k]!.text)) {
        if (!qualifier(words[k]!.text)) break;
        continue;
      }
      const qualifiers = words.slice(i, k).map((w) => w.text).filter((w) => !FUNCTION_CAPS.has(w));
      // (a noun of speakers in lower case, "Protesters" opening the sentence too; a people as written, "Democrats")
      const noun = words[k]!.text;
      const common = SPEAKER_NOUNS.has(noun.toLowerCase()) || SPEAKER_NOUNS.has(noun.toLowerCase().slice(0, -1)) || GATHERING.test(noun);
      found = { name: [...qualifiers, common ? noun.toLowerCase() : noun].join(' '), from: words[i]?.at ?? start, to: sentence.length };
      break;
    }
  }
  return found;
}
