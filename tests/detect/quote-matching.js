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

/**
 * The loose match of speakers, as scored up to round 156: one of `forms` and one of `names` equal, or one containing
 * the other as whole words anywhere ("TV" in "TV host Jerry Springer", "Clinton" in "Clinton campaign").
 */
export function looseSpeakerNames(forms, names) {
  const mine = names.map(bareName);
  return forms
    .map(bareName)
    .some((f) => mine.some((m) => m === f || new RegExp(`\\b${escapeRegExp(f)}\\b`).test(m) || new RegExp(`\\b${escapeRegExp(m)}\\b`).test(f)));
}

/**
 * The words of a name, without a leading article, a full stop closing a word or a letter after the name
 * ("the Rev. Ann Lee" → rev, ann, lee; "Joseph R. Biden Jr." → joseph, r, biden, jr; "Andrew Tyrie MP" → andrew, tyrie).
 */
const nameWords = (s) =>
  bareName(s)
    .split(' ')
    .map((w) => w.replace(/\.$/u, ''))
    .filter(Boolean)
    .filter((w, i, all) => !(i === all.length - 1 && i > 0 && /^(?:mp|mep|msp|mla|qc|kc)$/u.test(w)));

/** Whether a form is a name, written with a capital after any article ("Clinton", "the BBC"; not "the comedian"). */
const named = (text) => /^\p{Lu}/u.test(text.normalize('NFC').trim().replace(/^(?:the|la|le|a|an)\s+/iu, ''));

/** Whether `short` ends `long`, word for word ("Clinton" ends "Hillary Clinton"; "TV" does not end "TV host Jerry Springer"). */
const endsWith = (short, long) => short.length > 0 && short.length <= long.length && short.join(' ') === long.slice(long.length - short.length).join(' ');

/**
 * Whether `short`, a description (in lower case, or opened by an article), opens `long` ("spokesman" opens "spokesman
 * for the author", "a Democratic strategist" opens "a Democratic strategist who spoke on the condition of anonymity").
 */
const opensDescription = (shortText, short, long) =>
  (/^[\p{Ll}\d]/u.test(shortText.trim()) || /^\s*(?:the|a|an|one|another)\s/iu.test(shortText)) && short.length <= long.length && short.join(' ') === long.slice(0, short.length).join(' ');

/**
 * The match of speakers (from round 157 on): one of `forms` and one of `names` equal; or a name ending the other,
 * word for word (a surname, "Clinton" for "Hillary Clinton"; a title before a name, "Conservative MP Peter Duncan");
 * or a description opening the other ("a spokesman" for "spokesman for the author"). Not a word found anywhere in
 * the other ("Clinton campaign" is not Hillary Clinton, "Spurs" not "Spurs director Frank Arnesen"), nor a
 * description's last noun ("the comedian" is not "Victoria Wood slated comedian").
 */
export function sameSpeakerNames(forms, names) {
  return forms.some((f) => {
    const fw = nameWords(f);
    return names.some((m) => {
      const mw = nameWords(m);
      return fw.join(' ') === mw.join(' ') || (named(f) && endsWith(fw, mw)) || (named(m) && endsWith(mw, fw)) || opensDescription(f, fw, mw) || opensDescription(m, mw, fw);
    });
  });
}
