/**
 * The speaker registry: everyone who speaks (or is mentioned and may speak
 * later), with name variants merged: "Volodymyr Zelenskyi" and "Zelenskyy"
 * are one speaker; "the president" finds the person introduced with that title.
 */
import type { Evidence, Speaker, SpeakerKind } from '../model/article.js';
import { genderOf, HONORIFIC, looksLikeOrganisation, NAME_TITLE, WRITINGS, wordRegExp, type Gender } from './lexicon.js';
import { speakerGender } from './gender.js';
import { givenNameGender } from './given-names.js';
import { isNameWord, sameOffice, SPEAKER_NOUNS, withoutDescriptor } from './nouns.js';
import { similarWord } from './similarity.js';
import { plausibleSpeaker } from './names.js';
export { editDistance } from './similarity.js';

export interface Entity {
  key: number;
  /** Every form seen, first the one it was registered under. */
  names: string[];
  /** Titles and descriptions it was introduced with ("President of Ukraine", "one poster"). */
  titles: string[];
  kind: SpeakerKind;
  gender: Gender;
  /** What the given name suggests (given-names.ts): weaker than `gender`, which a "he" or "she" said of them settles. */
  nameGender?: Gender;
  evidence: Evidence[];
  /** Has spoken (directly or indirectly): only these become `article.speakers`. */
  spoke: boolean;
  /** Introduced as a source (apposition, "called …", speech): a pronoun may point here. */
  salient: boolean;
  /** Order of the latest mention, for "most recent" choices. */
  lastSeen: number;
  narrator?: boolean;
  voice?: string;
  /** A name given by a speaker file; wins over the fullest form. */
  displayName?: string;
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .replace(/^(?:(?:the|la|le|les)\s+|l')/i, '') // an article, not the start of "Lee", "Laura" or "Theresa"
    .replace(/[.,;:!?]+$/u, '')
    .replace(/'s?$/u, '') // "Mr Snow's": the possessive is no part of the name
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "Febelfin" is built from the starts of "FEdération BELge du secteur FINancier". */
function isPortmanteau(short: string, words: string[]): boolean {
  const go = (s: string, w: number): boolean => {
    if (s === '') return true;
    if (w >= words.length) return false;
    const word = words[w]!;
    for (let k = Math.min(word.length, s.length); k >= 2; k--) if (word.startsWith(s.slice(0, k)) && go(s.slice(k), w + 1)) return true;
    return go(s, w + 1);
  };
  return short.length >= 4 && words.length >= 2 && go(short, 0);
}

const isDescription = (name: string): boolean => /^(?:the|a|an|one|his|her|my|their|our|its|la|le|les|un|une|l')\s/i.test(name) || (/^\p{Ll}/u.test(name) && !isNameWord(name.split(/\s+/u)[0]!));

/** Two written names for the same speaker? */
export function sameName(a: string, b: string): boolean {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === nb) return true;
  if (isDescription(a) || isDescription(b)) return false;
  // "Lee and Reed" are two people: neither of them
  if (/\s(?:and|&)\s/u.test(na + ' ' + nb) && !looksLikeOrganisation(a) && !looksLikeOrganisation(b)) return false;
  const ta = na.split(/\s+/);
  const tb = nb.split(/\s+/);
  const honA = ta.filter((t) => HONORIFIC.test(t)).join();
  const honB = tb.filter((t) => HONORIFIC.test(t)).join();
  if (honA && honB && honA !== honB) return false;
  const wa = ta.filter((t, i) => !HONORIFIC.test(t) && !(i < ta.length - 1 && NAME_TITLE.test(t)));
  const wb = tb.filter((t, i) => !HONORIFIC.test(t) && !(i < tb.length - 1 && NAME_TITLE.test(t)));
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (looksLikeOrganisation(a) || looksLikeOrganisation(b)) {
    if (short.length === 1 && long.length >= 2) {
      const initials = long.filter((w) => w.length > 3).map((w) => w[0]).join('');
      if (short[0] === initials || isPortmanteau(short[0]!, long)) return true;
    }
    return short.length >= 2 && long.slice(long.length - short.length).join(' ') === short.join(' ');
  }
  // Stephen / Stephen Dedalus, Sir John / Sir John Bourn; not Clinton / "Clinton aides", a group named by a lower-case noun
  const surnameAfter = /^\p{Lu}/u.test((wa.length <= wb.length ? b : a).trim().split(/\s+/u).pop() ?? '');
  if (short.length === 1 && long.length === 2 && short[0] === long[0] && honA === honB && (!honA || honA === 'sir') && surnameAfter) return true;
  if (!similarWord(short[short.length - 1]!, long[long.length - 1]!)) return false;
  if (short.length === 1) return true;
  // both have given names: they must agree too (Kristen / Kristin)
  return similarWord(short[0]!, long[0]!) || short[0]!.replace('.', '') === long[0]![0];
}

/** Two full names with the same surname and different given names: two people of one family. */
function givenNamesDiffer(a: string, b: string): boolean {
  if (isDescription(a) || isDescription(b) || looksLikeOrganisation(a) || looksLikeOrganisation(b)) return false;
  const wa = normaliseName(a).split(/\s+/).filter((t) => !HONORIFIC.test(t));
  const wb = normaliseName(b).split(/\s+/).filter((t) => !HONORIFIC.test(t));
  return wa.length >= 2 && wb.length >= 2 && !sameName(a, b);
}

export const headOf = (description: string): string => {
  const words = normaliseName(description)
    .split(/\s+(?:of|de|du|des|by|from|at|on|in|for|with|pour)\s+/)[0]!
    .split(/\s+/);
  return words[words.length - 1] ?? '';
};

/** Things a description may name that are never "he" or "she" (besides writings). */
const INANIMATE = new Set(['form', 'forms', 'questionnaire', 'process', 'plan', 'system', 'scheme', 'project', 'programme', 'program', 'event', 'vessel', 'ship', 'car', 'building', 'flag', 'video', 'image', 'photo', 'picture', 'device', 'clock']);
/** Heads that name one kind of person ("the minister" after "Education Secretary Ann Lowry": a secretary of state is a minister). */
const SYNONYMS: Record<string, string> = { secretary: 'minister', lady: 'wife', spouse: 'wife', spokeswoman: 'spokesperson', spokesman: 'spokesperson', 'porte-parole': 'spokesperson' };
const canonHead = (h: string): string => SYNONYMS[h] ?? h;

export class SpeakerRegistry {
  private readonly entities: Entity[] = [];
  private readonly redirects = new Map<number, number>();
  /** Names the text treats as a team or a body ("Tonga have …", "X, one of the … sides,"): never a person. */
  private readonly collectives = new Set<string>();
  private clock = 0;

  /** Marks a name as a team or a body: it and any later registration of it are organisations. */
  collective(name: string): void {
    const n = normaliseName(name);
    this.collectives.add(n);
    for (const e of this.entities) if (e.names.some((x) => normaliseName(x) === n) && !e.narrator) e.kind = 'organisation';
  }

  all(): readonly Entity[] {
    return this.entities;
  }

  get(key: number): Entity {
    return this.entities[key]!;
  }

  /** The person last seen who has a name (not only a description); one of unknown kind counts if named in full ("Dan Hollis"). */
  lastNamedPerson(): Entity | undefined {
    const fullName = (n: string): boolean => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+)+$/u.test(n);
    const named = this.entities.filter((e) => !e.narrator && (e.kind === 'person' ? e.names.some((n) => !isDescription(n)) : e.kind === 'unknown' && e.names.some(fullName)));
    return named.sort((x, y) => y.lastSeen - x.lastSeen)[0];
  }

  /** The entity this name or description already stands for, if any (most recent first). */
  find(name: string): Entity | undefined {
    const byRecent = [...this.entities].sort((x, y) => y.lastSeen - x.lastSeen);
    const exact = byRecent.find((e) => e.names.some((n) => normaliseName(n) === normaliseName(name)));
    if (exact) return exact;
    if (isDescription(name)) {
      const head = canonHead(headOf(name));
      const possessive = /^(his|her|my|their)\s/i.exec(name)?.[1]?.toLowerCase();
      return byRecent.find((e) =>
        [...e.titles, ...e.names.filter(isDescription)].some((t) => {
          if (canonHead(headOf(t)) !== head || head === '' || !sameOffice(t, name)) return false;
          const p = /^(his|her|my|their)\s/i.exec(t)?.[1]?.toLowerCase();
          return !possessive || !p || p === possessive;
        }),
      );
    }
    // "Shehadeh" may be Majed or Majida Shehadeh, but "Majida Shehadeh" is not Majed: full names must not disagree
    const matching = byRecent.filter((e) => e.names.some((n) => sameName(n, name)) && !e.names.some((n) => givenNamesDiffer(n, name)));
    // ("President Bill Clinton" is Bill Clinton, before one known as "Clinton" alone: the same given name first)
    const lastTwo = (n: string): string => n.toLowerCase().split(/\s+/u).slice(-2).join(' ');
    return /\s/u.test(name) && matching.length > 1 ? (matching.find((e) => e.names.some((n) => /\s/u.test(n) && lastTwo(n) === lastTwo(name))) ?? matching[0]) : matching[0];
  }

  /** Finds or creates the entity for `name`, records the form and marks it seen now. `fresh`: always a new one ("one poster"). */
  register(name: string, options: { kind?: SpeakerKind; title?: string; salient?: boolean; fresh?: boolean } = {}): Entity {
    const [clean, descriptor] = withoutDescriptor(name.replace(/^(?:the|The)\s+(?=\p{Lu})/u, '').replace(/[.,;:]+$/u, '').trim());
    let e = options.fresh ? undefined : this.find(clean);
    // "Lee’s daughter Ann Lee" is someone of Lee’s family, not Lee
    const owner = options.title ? /^(.+?)['’]s?\s+\p{Ll}/u.exec(options.title)?.[1] : undefined;
    if (e && owner && e.names.some((n) => sameName(n, owner))) e = undefined;
    const gender = genderOf(clean);
    const nameGender = givenNameGender(clean);
    // "His mother Katherine Jackson" is not Mr Jackson, nor "Mrs Blair" Mr Blair
    const named = gender ?? nameGender;
    const known = e?.gender ?? e?.nameGender;
    if (e && e.kind === 'person' && named !== undefined && known !== undefined && known !== named) e = undefined;
    if (!e) {
      e = {
        key: this.entities.length,
        names: [clean],
        titles: [],
        kind: this.collectives.has(normaliseName(clean)) ? 'organisation' : (options.kind ?? guessKind(clean)),
        gender,
        nameGender,
        evidence: [],
        spoke: false,
        salient: false,
        lastSeen: 0,
      };
      this.entities.push(e);
    } else if (!e.names.some((n) => n === clean)) {
      e.names.push(clean);
      if (e.kind === 'unknown' && options.kind) e.kind = options.kind;
      e.gender ??= gender;
      e.nameGender ??= nameGender;
    }
    for (const t of [options.title, descriptor]) if (t && !e.titles.includes(t)) e.titles.push(t);
    if (options.salient) e.salient = true;
    this.touch(e);
    return e;
  }

  /** Adds `alias` to an entity already known (a description that was resolved to it); returns the entity. */
  alias(e: Entity, alias: string): Entity {
    const clean = alias.replace(/[.,;:]+$/u, '').trim();
    if (!e.names.some((n) => normaliseName(n) === normaliseName(clean))) e.names.push(clean);
    e.gender ??= genderOf(clean);
    e.nameGender ??= givenNameGender(clean);
    return e;
  }

  touch(e: Entity): void {
    e.lastSeen = ++this.clock;
  }

  narrator(): Entity {
    const found = this.entities.find((e) => e.narrator);
    if (found) {
      this.touch(found);
      return found;
    }
    const e = this.register('Narrator', { kind: 'person', salient: true });
    e.narrator = true;
    e.names.push('I');
    return e;
  }

  /** The most recent salient entity a pronoun can point to. */
  resolvePronoun(gender: 'male' | 'female' | 'plural' | 'neuter', exclude: ReadonlySet<number> = new Set()): Entity | undefined {
    const fits = (e: Entity): boolean => {
      if (e.narrator || exclude.has(e.key)) return false;
      if (gender === 'plural' || gender === 'neuter') return e.kind === 'organisation' || e.kind === 'unknown';
      // "The document …. She continued:": he or she is never a thing
      if (e.kind === 'unknown' && e.names.every((n) => isDescription(n) && (WRITINGS.has(headOf(n)) || INANIMATE.has(headOf(n))))) return false;
      // ("… prior to Election Day, he laughed and said": a name registered in passing that can name no one who speaks)
      if (!e.names.some((n) => isDescription(n) || plausibleSpeaker({ kind: 'name', text: n }))) return false;
      return heOrSheFits(e, gender);
    };
    const ordered = [...this.entities].sort((x, y) => y.lastSeen - x.lastSeen);
    // someone whose given name says otherwise only when no one else fits ("Zoe Ball" is not "he"; Germaine may be)
    const named = (e: Entity): boolean => gender === 'plural' || gender === 'neuter' || heOrSheFits(e, gender, true);
    return (
      ordered.find((e) => (e.salient || e.spoke) && fits(e) && named(e)) ??
      ordered.find((e) => fits(e) && named(e)) ??
      ordered.find((e) => (e.salient || e.spoke) && fits(e)) ??
      ordered.find(fits)
    );
  }

  /** Merges the entity `from` into `into` (a correction from a speaker file). */
  merge(into: Entity, from: Entity): void {
    if (into === from) return;
    for (const n of from.names) this.alias(into, n);
    into.titles.push(...from.titles.filter((t) => !into.titles.includes(t)));
    into.evidence.push(...from.evidence);
    into.spoke ||= from.spoke;
    from.names = [];
    from.spoke = false;
    this.redirects.set(from.key, into.key);
  }

  resolve(e: Entity): Entity {
    let key = e.key;
    while (this.redirects.has(key)) key = this.redirects.get(key)!;
    return this.entities[key]!;
  }

  /** The speakers as the model holds them, with stable slug ids. Returns the id of each entity key. */
  toSpeakers(): { speakers: Speaker[]; idOf: Map<number, string> } {
    const speakers: Speaker[] = [];
    const idOf = new Map<number, string>();
    const used = new Set<string>();
    for (const e of this.entities) {
      if (!e.spoke || e.names.length === 0) continue;
      const name = e.displayName ?? fullestName(e);
      let id = slug(name) || 'speaker';
      for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
      used.add(id);
      idOf.set(e.key, id);
      const aliases = [...e.names, ...e.titles].filter((n, i, all) => n !== name && all.indexOf(n) === i);
      const gender = e.kind === 'person' ? speakerGender(e.names, e.titles, e.evidence.map((x) => x.text)) : undefined;
      speakers.push({ id, name, aliases, kind: e.kind, evidence: e.evidence.slice(0, 5), ...(e.voice ? { voice: e.voice } : {}), ...(gender ? { gender } : {}) });
    }
    for (const e of this.entities) {
      const target = this.resolve(e);
      const id = idOf.get(target.key);
      if (id && !idOf.has(e.key)) idOf.set(e.key, id);
    }
    return { speakers, idOf };
  }
}

const PERSON_HEAD = /^(?:porte-parole|spokesperson|spokesman|spokeswoman|poster|blogger|author|soldier|man|woman|friend|wife|lady|official|witness|adviser|advisor|aide|minister|director|officer|secretary|member|leader|analyst|worker|employee|lawyer|attorney|prosecutor|manager|executive|source)$/i;

function guessKind(name: string): SpeakerKind {
  // "a spokesman for the ministry" is a person of the ministry, not the ministry
  if (isDescription(name) && PERSON_HEAD.test(headOf(name))) return 'person';
  if (looksLikeOrganisation(name)) return 'organisation';
  if (isDescription(name)) return genderOf(name) ? 'person' : 'unknown';
  if (isNameWord(name.split(/\s+/u)[0]!)) return 'person';
  return 'unknown';
}

/** The fullest proper name (most words), else the first form seen. */
export function fullestName(e: Entity): string {
  const proper = e.names.filter((n) => !isDescription(n) && n !== 'I');
  if (proper.length === 0) return e.names[0]!;
  return proper.reduce((best, n) => (n.split(/\s+/).length > best.split(/\s+/).length ? n : best));
}

export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * Whether a person's quotation would name them in the third person: "“Bob was endlessly optimistic …”" is
 * about Bob, not Bob's words (a body may speak of itself by name; a person in the news hardly does).
 */
export function namedWithin(e: Entity, content: string, givenBefore?: (surname: string) => Iterable<string>): boolean {
  if (e.kind !== 'person') return false;
  // (a name's last two words, its given name and surname: not the title or party before them, "Labour MP George Foulkes")
  const words = new Set(e.names.flatMap((n) => n.split(/\s+/u).slice(-2)).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w) && !/^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof|The)$/u.test(w)));
  // (known by a surname alone: a given name the text wrote before it, "rapped skipper Olof Mellberg", counts too)
  for (const n of e.names) {
    if (/\s/u.test(n) || !givenBefore) continue;
    for (const w of givenBefore(n)) if (!HONORIFIC.test(w) && !NAME_TITLE.test(w)) words.add(w);
  }
  return [...words].some((w) => wordRegExp(w).test(content));
}

/** Peoples and parties named by a plural ("Latinos", "Democrats"), beside the plural nouns of SPEAKER_NOUNS. */
const PEOPLES = /^(?:latin[oa]s|latinx|hispanics|americans|europeans|republicans|democrats|conservatives|liberals|progressives|independents|evangelicals|christians|muslims|jews|catholics|millennials|immigrants)$/u;

/** A plural that names a group of people ("Delegates questioned …", "the absence of Latinos", "protesters chanted"). */
export const pluralGroup = (name: string): boolean => {
  // ("Delegates", "Democrats"; "Clinton aides", "U.S. officials": a plural noun of people in lower case after a qualifier)
  const last = name.trim().split(/\s+/u).pop() ?? '';
  if (/\s/u.test(name.trim()) && !/^\p{Ll}/u.test(last)) return false;
  const w = last.toLowerCase();
  return w.endsWith('s') && (PEOPLES.test(w) || (SPEAKER_NOUNS.has(w) && SPEAKER_NOUNS.has(w.replace(/e?s$/u, ''))) || SPEAKER_NOUNS.has(w.slice(0, -1)));
};

/** Whether "he" or "she" (`gender`) can mean `e`: never an organisation or a group named by a plural, nor someone known to be of the other gender. */
export function heOrSheFits(e: Entity, gender: 'male' | 'female', byName = false): boolean {
  if (e.kind === 'organisation') return false;
  // ("Delegates questioned the pledge. “…,” he said.": not "he")
  if (e.names.length > 0 && e.names.every(pluralGroup)) return false;
  if (e.gender !== undefined) return e.gender === gender;
  return !byName || e.nameGender === undefined || e.nameGender === gender;
}
