/** English number words: cardinals, ordinals and years (pure). */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: [bigint, string][] = [
  [10n ** 15n, 'quadrillion'],
  [10n ** 12n, 'trillion'],
  [10n ** 9n, 'billion'],
  [10n ** 6n, 'million'],
  [1000n, 'thousand'],
];

function below100(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}-${ONES[n % 10]!}` : t;
}

function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return below100(r);
  return r ? `${ONES[h]!} hundred ${below100(r)}` : `${ONES[h]!} hundred`;
}

/** 70000 → "seventy thousand"; accepts digit strings of any length (beyond quadrillions: digit by digit). */
export function cardinal(digits: string | number): string {
  const s = String(digits).replace(/^0+(?=\d)/, '');
  if (s.length > 18) return s.split('').map((d) => ONES[Number(d)]!).join(' ');
  let n = BigInt(s);
  if (n === 0n) return 'zero';
  const parts: string[] = [];
  for (const [size, name] of SCALES) {
    if (n >= size) {
      parts.push(`${below1000(Number(n / size))} ${name}`);
      n %= size;
    }
  }
  if (n > 0n) parts.push(below1000(Number(n)));
  return parts.join(' ');
}

const ORDINAL_WORDS: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** 93 → "ninety-third". */
export function ordinal(digits: string | number): string {
  const words = cardinal(digits);
  const m = /([a-z]+)$/.exec(words)!;
  const last = m[1]!;
  const replaced = ORDINAL_WORDS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return words.slice(0, m.index) + replaced;
}

/** 2023 → "twenty twenty-three", 1905 → "nineteen oh five", 2000 → "two thousand", 2008 → "two thousand eight". */
export function year(n: number): string {
  if (n < 1000 || n > 9999) return cardinal(n);
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  if (n % 1000 < 10 && hi % 10 === 0) return cardinal(n);
  if (lo === 0) return `${below100(hi)} hundred`;
  return `${below100(hi)} ${lo < 10 ? `oh ${ONES[lo]!}` : below100(lo)}`;
}

/** "3.14" → "three point one four". */
export function decimal(text: string): string {
  const [whole, frac] = text.split('.');
  const w = cardinal(whole || '0');
  return frac ? `${w} point ${frac.split('').map((d) => ONES[Number(d)]!).join(' ')}` : w;
}
