/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.228, // named-in-sentence-before
    1.703, // named-in-sentence-after
    0.157, // subject-of-sentence
    1.346, // verb-between
    -0.023, // possessive
    -0.199, // named-in-previous-sentence
    0.233, // named-in-previous-paragraph
    1.599, // pronoun-points-here
    0.126, // most-recently-named
    0.218, // last-speaker
    0.733, // next-speaker
    -0.601, // sentences-since-named
    -1.64, // not-named-before
    0.396, // share-of-quotations
    -0.394, // organisation
    0.238, // subject-and-verb
    0.345, // pronoun-and-verb
    0.243, // speaks-in-sentence
    1.061, // speaks-in-previous-sentence
    0.419, // has-spoken
    -0.116, // other-name-in-sentence
    0.154, // other-reporter-in-sentence
  ],
  none: [
    -0.413, // bias
    1.258, // one-word
    0.876, // two-or-three-words
    1.266, // four-to-seven-words
    1.505, // read-as-term
    -2.385, // sentence-like
    0.677, // naming-cue
    -0.607, // verb-in-sentence
    -0.605, // alone-in-paragraph
    -0.05, // article-before
  ],
};
