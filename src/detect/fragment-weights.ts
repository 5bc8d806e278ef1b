/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.389, // named-in-sentence-before
    1.59, // named-in-sentence-after
    0.127, // subject-of-sentence
    1.291, // verb-between
    -0.034, // possessive
    -0.202, // named-in-previous-sentence
    0.17, // named-in-previous-paragraph
    1.627, // pronoun-points-here
    0.065, // most-recently-named
    0.214, // last-speaker
    0.599, // next-speaker
    -0.51, // sentences-since-named
    -1.562, // not-named-before
    0.602, // share-of-quotations
    -0.325, // organisation
    0.221, // subject-and-verb
    0.333, // pronoun-and-verb
    0.285, // speaks-in-sentence
    1.144, // speaks-in-previous-sentence
    0.354, // has-spoken
    -0.146, // other-name-in-sentence
    0.118, // other-reporter-in-sentence
  ],
  none: [
    -0.355, // bias
    1.236, // one-word
    0.845, // two-or-three-words
    1.233, // four-to-seven-words
    1.501, // read-as-term
    -2.208, // sentence-like
    0.632, // naming-cue
    -0.645, // verb-in-sentence
    -0.47, // alone-in-paragraph
    0.003, // article-before
  ],
};
