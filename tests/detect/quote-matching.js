/**
 * How an expected quotation and speaker are matched to what the detector
 * found: by the golden score (golden-score.ts) and by the trainer of the
 * model of unattributed quotations (bench/heldout/train-fragments.js, which
 * runs on the built code). Plain Node ESM so that both can import it.
 */

/**
 * Composed letters (NFC), invisible control and format characters dropped (a soft hyphen, a stray C1 control left by
 * a text decoded twice), quote marks made one kind, spaces collapsed, leading marks and dashes dropped, lower case.
 */
export const normQuote = (s) =>
  s.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/.test(c) ? c : '')).replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').replace(/^[\s"'—–-]+/, '').trim().toLowerCase();

/** A name without its leading article. */
const bareName = (s) => normQuote(s).replace(/^(?:the|la|le|a|an)\s+/, '');

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The key an expected quotation is found by: its first 40 characters, normalised. */
export const quoteKey = (text) => normQuote(text).slice(0, 40);

/** Whether a found quotation (already normalised) is the one with `key`: it starts with it, or holds its first 20 characters. */
export const fitsKey = (found, key) => found.startsWith(key) || (key.length >= 20 && found.includes(key.slice(0, 20)));

/** The loose match of speakers: one of `forms` and one of `names` equal, or one containing the other as whole words. */
export function sameSpeakerNames(forms, names) {
  const mine = names.map(bareName);
  return forms
    .map(bareName)
    .some((f) => mine.some((m) => m === f || new RegExp(`\\b${escapeRegExp(f)}\\b`).test(m) || new RegExp(`\\b${escapeRegExp(m)}\\b`).test(f)));
}
