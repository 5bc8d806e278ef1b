/**
 * He or she before a verb of speech: a person named earlier in the same
 * sentence, or the subject of the sentence just before, rather than the last
 * speaker.
 */
import { genderOf, HONORIFIC, looksLikeOrganisation, PRONOUNS } from './lexicon.js';
import { plausibleSpeaker, readPhrase, sentenceStarts } from './names.js';
import type { Entity, SpeakerRegistry } from './speakers.js';

/**
 * "X's sister pleaded with him …, but he replied": a he or she after a person
 * named earlier in the same sentence means that person (one whose gender is
 * known to fit first, else the first named), not the last speaker.
 */
export function namedInSentence(registry: SpeakerRegistry, sentence: string, pronoun: string): Entity | undefined {
  const g = PRONOUNS[pronoun.toLowerCase()];
  if (g !== 'male' && g !== 'female') return undefined;
  const at = [...sentence.matchAll(new RegExp(`(?<![\\p{L}])${pronoun}(?![\\p{L}])`, 'giu'))].pop()?.index;
  if (at === undefined) return undefined;
  const head = sentence.slice(0, at);
  const named: { e: Entity; at: number }[] = [];
  for (const e of registry.all()) {
    if (e.kind !== 'person' || e.narrator || (e.gender !== undefined && e.gender !== g)) continue;
    const forms = new Set(e.names.filter((n) => /^\p{Lu}/u.test(n) && n !== 'I').flatMap((n) => n.split(/\s+/u)).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w) && !HONORIFIC.test(w)));
    for (const w of forms) {
      const m = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(head);
      if (m) named.push({ e, at: m.index });
    }
  }
  named.sort((a, b) => Number(b.e.gender === g) - Number(a.e.gender === g) || a.at - b.at);
  return named[0]?.e;
}

/**
 * "Ann Lee won the award. She said, “…”": he or she opening a report of
 * speech means the person named as the subject of the sentence just before
 * it in the same paragraph (when the gender fits), not whoever spoke last.
 */
export function previousSubject(registry: SpeakerRegistry, before: string, pronoun: string): Entity | undefined {
  const g = PRONOUNS[pronoun.toLowerCase()];
  if (g !== 'male' && g !== 'female') return undefined;
  const starts = sentenceStarts(before);
  if (starts.length < 2) return undefined;
  // an opening phrase set off by a comma ("In the final, …") is not the subject
  const previous = before.slice(starts[starts.length - 2], starts[starts.length - 1]).replace(/^\s*(?:In|On|At|After|During|Later|Earlier|Before|Since|On Monday|Last week)\b[^,]{0,40},\s*/u, '');
  const m = /^\s*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u.exec(previous);
  if (!m || /^(?:The|A|An|It|This|That|These|Those|There|He|She|They|We|I|In|On|At|After|But|And|When|While|For|As|If)\b/u.test(m[1]!)) return undefined;
  const phrase = readPhrase(m[1]!);
  if (!phrase || phrase.kind !== 'name' || !plausibleSpeaker(phrase) || looksLikeOrganisation(phrase.text)) return undefined;
  const e = registry.find(phrase.text) ?? registry.register(phrase.text, { kind: 'person' });
  const target = registry.resolve(e);
  if (target.kind === 'organisation' || target.narrator || (target.gender !== undefined && target.gender !== g)) return undefined;
  const given = genderOf(target.names.join(' '));
  if (given !== undefined && given !== g) return undefined;
  return target;
}
