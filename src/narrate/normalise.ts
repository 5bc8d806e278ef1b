/**
 * Speech normalisation (pure): the words a listener should hear for what a
 * reader sees. A pronunciation lexicon is applied first (so it can override
 * anything), then abbreviations, numbers and units, then symbols and
 * quotation marks. The number and unit rules are English; other languages
 * get the lexicon and symbol rules only.
 */
import { escapeRegExp } from '../model/text.js';
import { cardinal, decimal, ordinal, year } from './numbers.js';

export type Lexicon = Readonly<Record<string, string>>;

export interface NormaliseOptions {
  lexicon?: Lexicon;
  /** BCP 47 tag; number words are English-only. */
  lang?: string;
}

export function normaliseForSpeech(text: string, options: NormaliseOptions = {}): string {
  let s = text;
  s = applyLexicon(s, options.lexicon ?? {});
  const english = !options.lang || /^en\b/i.test(options.lang);
  if (english) {
    s = expandAbbreviations(s);
    s = expandNumbers(s);
    s = spellInitialisms(s);
  }
  s = speakSymbols(s, english);
  return s.replace(/\s+/g, ' ').trim();
}

/** Whole-word replacements, longest entries first, case-sensitive (so "AFP" and "afp" may differ). */
export function applyLexicon(text: string, lexicon: Lexicon): string {
  const keys = Object.keys(lexicon).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!keys.length) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (m) => lexicon[m] ?? m);
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bMr\.(?=\s)/g, 'Mister'],
  [/\bMrs\.(?=\s)/g, 'Missus'],
  [/\bDr\.(?=\s+\p{Lu})/gu, 'Doctor'],
  [/\bProf\.(?=\s)/g, 'Professor'],
  [/\bGen\.(?=\s)/g, 'General'],
  [/\bLt\.(?=\s)/g, 'Lieutenant'],
  [/\bCol\.(?=\s)/g, 'Colonel'],
  [/\bSgt\.(?=\s)/g, 'Sergeant'],
  [/\bCapt\.(?=\s)/g, 'Captain'],
  [/\bGov\.(?=\s)/g, 'Governor'],
  [/\bSen\.(?=\s)/g, 'Senator'],
  [/\bNo\.(?=\s*\d)/g, 'number'],
  [/\bvs?\.(?=\s)/g, 'versus'],
  [/\be\.g\.(?=\W|$)/g, 'for example'],
  [/\bi\.e\.(?=\W|$)/g, 'that is'],
  [/\betc\./g, 'et cetera.'],
  [/\bapprox\.(?=\s)/g, 'approximately'],
  [/\bkm\s*\/\s*h\b/g, 'kilometres per hour'],
  [/\bkph\b/g, 'kilometres per hour'],
  [/\bmph\b/g, 'miles per hour'],
];

function expandAbbreviations(s: string): string {
  let out = s;
  for (const [re, words] of ABBREVIATIONS) out = out.replace(re, words);
  // Dotted initialisms: U.S., U.K., U.N. → "U S", "U K", "U N" (a final dot that ends the sentence is kept).
  out = out.replace(/\b((?:\p{Lu}\.){2,})(\s+\p{Lu}|\s*$)?/gu, (_m, letters: string, after: string | undefined) => {
    const spelled = letters.replace(/\./g, ' ').trim();
    return after !== undefined ? `${spelled}.${after}` : `${spelled} `;
  });
  return out;
}

/** Units after a number: singular form for 1, plural otherwise. */
const UNITS: Record<string, [string, string]> = {
  km: ['kilometre', 'kilometres'],
  m: ['metre', 'metres'],
  cm: ['centimetre', 'centimetres'],
  mm: ['millimetre', 'millimetres'],
  kg: ['kilogram', 'kilograms'],
  g: ['gram', 'grams'],
  t: ['tonne', 'tonnes'],
  mi: ['mile', 'miles'],
  ft: ['foot', 'feet'],
  lb: ['pound', 'pounds'],
  lbs: ['pound', 'pounds'],
  ha: ['hectare', 'hectares'],
  kW: ['kilowatt', 'kilowatts'],
  MW: ['megawatt', 'megawatts'],
  GW: ['gigawatt', 'gigawatts'],
  '°C': ['degree Celsius', 'degrees Celsius'],
  '°F': ['degree Fahrenheit', 'degrees Fahrenheit'],
  '%': ['percent', 'percent'],
  'sq km': ['square kilometre', 'square kilometres'],
  'km²': ['square kilometre', 'square kilometres'],
};
const UNIT_PATTERN = Object.keys(UNITS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const CURRENCIES: Record<string, [string, string]> = {
  $: ['dollar', 'dollars'],
  '€': ['euro', 'euros'],
  '£': ['pound', 'pounds'],
  '₴': ['hryvnia', 'hryvnias'],
};

const SCALE_WORDS = 'thousand|million|billion|trillion';

/** A number as written ("70,000", "3.5", "2023") to words; `asYear` reads four-digit numbers as years. */
function numberWords(written: string, asYear: boolean): string {
  const plain = written.replace(/,/g, '');
  if (plain.includes('.')) return decimal(plain);
  const n = Number(plain);
  if (asYear && !written.includes(',') && /^\d{4}$/.test(plain) && n >= 1100 && n <= 2099) return year(n);
  return cardinal(plain);
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

function expandNumbers(s: string): string {
  let out = s;
  // Currency: $5 million → five million dollars; €1.2bn → one point two billion euros.
  out = out.replace(
    new RegExp(String.raw`([$€£₴])\s?(${NUM})(?:\s?(${SCALE_WORDS}|bn|m)\b)?`, 'g'),
    (_m, sym: string, num: string, scale: string | undefined) => {
      const [one, many] = CURRENCIES[sym]!;
      const scaleWord = scale === 'bn' ? 'billion' : scale === 'm' ? 'million' : scale;
      const words = numberWords(num, false);
      const unit = !scaleWord && num === '1' ? one : many;
      return scaleWord ? `${words} ${scaleWord} ${unit}` : `${words} ${unit}`;
    },
  );
  // Ordinals: 93rd → ninety-third.
  out = out.replace(/\b(\d+)(?:st|nd|rd|th)\b/g, (_m, n: string) => ordinal(n));
  // Ranges: 2022–2023, 10-15 km → "… to …".
  out = out.replace(new RegExp(String.raw`\b(${NUM})\s?[–-]\s?(${NUM})\b`, 'g'), '$1 to $2');
  // Numbers with units: 15 km, 155mm, 40%.
  out = out.replace(
    new RegExp(String.raw`(?<![\w.])(${NUM})\s?(${UNIT_PATTERN})(?![\p{L}\p{N}])`, 'gu'),
    (_m, num: string, unit: string) => {
      const [one, many] = UNITS[unit]!;
      return `${numberWords(num, false)} ${num === '1' ? one : many}`;
    },
  );
  // Remaining numbers; a four-digit number on its own is read as a year.
  out = out.replace(new RegExp(String.raw`(?<![\w.])(${NUM})(?![\w])`, 'g'), (_m, num: string) => numberWords(num, true));
  return out;
}

/** Acronyms said as words; other all-capital words of 2–5 letters are spelled out (AFP → A F P). */
const SAID_AS_WORDS = new Set([
  'NATO', 'NASA', 'UNESCO', 'UNICEF', 'OPEC', 'AIDS', 'COVID', 'FIFA', 'UEFA', 'OK', 'ASEAN', 'SWIFT', 'HIMARS', 'ATACMS',
  'I', 'A', 'IS', 'IT', 'US', 'WE', 'AN', 'TO', 'OF', 'IN', 'ON', 'AT', 'BY', 'OR', 'AND', 'THE', 'FOR', 'NOT', 'NO', 'YES',
]);
const ROMAN: Record<string, number> = { II: 2, III: 3, IV: 4, VI: 6, VII: 7, VIII: 8, IX: 9, XI: 11, XII: 12 };

function spellInitialisms(s: string): string {
  return s.replace(/(?<![\p{L}\p{N}'’-])(\p{Lu}{2,5})(s?)(?![\p{L}\p{N}'’-])/gu, (m, letters: string, plural: string) => {
    if (SAID_AS_WORDS.has(letters) && !plural) return m;
    const roman = ROMAN[letters];
    if (roman !== undefined && !plural) return cardinal(roman);
    // A run of capitals in an all-caps sentence is shouting, not an initialism.
    return `${letters.split('').join(' ')}${plural ? "'s" : ''}`;
  });
}

function speakSymbols(s: string, english: boolean): string {
  let out = s
    // Quotation marks carry no sound (apostrophes inside words stay); French guillemets take
    // their inner spaces with them, so « mot » leaves no space before a following full stop.
    .replace(/([«‹])[\s\u00a0\u202f]+/g, '$1')
    .replace(/[\s\u00a0\u202f]+([»›])/g, '$1')
    .replace(/[“”„‟«»‹›"]/g, '')
    .replace(/(^|[\s(])[‘'](?=\p{L})/gu, '$1')
    .replace(/(?<=[\p{L}.,!?])[’'](?=\s|$|[.,;:!?)])/gu, (m, offset: number, whole: string) =>
      // keep the possessive apostrophe of a plural ("soldiers’ positions") as a plain s-less mark
      /s$/i.test(whole.slice(0, offset)) ? m : '',
    )
    // Dashes between words are a pause.
    .replace(/\s+[–—]\s+|—/g, ', ');
  if (english) out = out.replace(/\s&\s/g, ' and ');
  return out;
}
