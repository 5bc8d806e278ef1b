/**
 * Where the text names an entity outside its quotations, and the narration
 * around a quotation: what the model of unattributed quotations
 * (fragments.ts) reads its features from. Pure.
 */
import { escapeRegExp } from '../model/text.js';
import { SPEECH_VERB_EN } from './lexicon.js';
import type { Unit } from './quotes.js';
import type { Entity } from './speakers.js';

export interface Mention {
  unit: number;
  at: number;
  end: number;
}

/** The forms by which the text may name an entity: its names, the surname of a full name, and the titles it was introduced with. */
function formsOf(e: Entity): { names: string[]; titles: string[] } {
  const names = new Set<string>();
  const titles = new Set<string>();
  for (const n of [...e.names, ...e.titles]) {
    if (n === 'I' || n.length < 2) continue;
    const bare = n.replace(/^(?:the|a|an|his|her|its|their)\s+/iu, '');
    // a description ("the foreign secretary") is found whatever its case; a name only as written
    if (!/^\p{Lu}/u.test(bare) || bare !== n) {
      if (bare.length >= 4) titles.add(bare.toLowerCase());
      continue;
    }
    names.add(n);
    const words = n.split(/\s+/u);
    const last = words[words.length - 1]!;
    if (words.length > 1 && /^\p{Lu}\p{L}{2,}/u.test(last) && /^\p{Lu}/u.test(words[0]!)) names.add(last);
  }
  return { names: [...names], titles: [...titles] };
}

const alternation = (forms: string[]): string => forms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** Whether offset `at` of a unit lies inside one of its quotations. */
export const inQuotation = (u: Unit, at: number): boolean => u.spans.some((s) => s.depth === 0 && at >= s.start && at < s.end);

/** Every place in narration (outside quotations) where the entity is named. */
export function mentionsOf(e: Entity, units: readonly Unit[]): Mention[] {
  const { names, titles } = formsOf(e);
  const res = [
    names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(names)})(?![\\p{L}\\p{N}])`, 'gu') : undefined,
    titles.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(titles)})(?![\\p{L}\\p{N}])`, 'giu') : undefined,
  ].filter((r): r is RegExp => r !== undefined);
  const out: Mention[] = [];
  for (const u of units) {
    for (const re of res) {
      // (a name is matched as written: a unit that holds none of its forms is not searched)
      if (!re.ignoreCase && !names.some((n) => u.text.includes(n))) continue;
      for (const m of u.text.matchAll(re)) {
        if (!inQuotation(u, m.index)) out.push({ unit: u.index, at: m.index, end: m.index + m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.unit - b.unit || a.at - b.at);
}

/** The sentence of `u` that holds offset `at`: its index, start and end. */
export function sentenceAt(starts: readonly number[], text: string, at: number): { index: number; start: number; end: number } {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return { index: i, start: starts[i]!, end: starts[i + 1] ?? text.length };
}

/** Words outside the quotations of a stretch of a unit. */
export function narration(u: Unit, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const s of u.spans.filter((x) => x.depth === 0 && x.end > from && x.start < to).sort((a, b) => a.start - b.start)) {
    if (s.start > at) out += u.text.slice(at, s.start);
    out += ' ';
    at = Math.max(at, s.end);
  }
  return out + (at < to ? u.text.slice(at, to) : '');
}

/**
 * Where the last verb of speech in narration between `from` and `to` of a unit starts (a capitalised one only where
 * the stretch opens: "Secretary of State Hillary Clinton" holds a name, not the verb "state").
 */
export function lastVerb(u: Unit, from: number, to: number): number | undefined {
  const re = new RegExp(SPEECH_VERB_EN.source, 'giu');
  let at: number | undefined;
  for (const m of u.text.slice(from, to).matchAll(re)) {
    const x = from + m.index;
    if (!inQuotation(u, x) && (/^\p{Ll}/u.test(m[0]) || u.text.slice(from, x).trim() === '')) at = x;
  }
  return at;
}

/** Whether one of the mentions in [from, to) of a unit has a verb of speech within a few words of it. */
export function speaksIn(u: Unit, ms: readonly Mention[], from: number, to: number): boolean {
  return ms.some((m) => m.unit === u.index && m.at >= from && m.at < to && (SPEECH_VERB_EN.test(narration(u, Math.max(from, m.at - 25), m.at)) || SPEECH_VERB_EN.test(narration(u, m.end, Math.min(to, m.end + 25)))));
}
