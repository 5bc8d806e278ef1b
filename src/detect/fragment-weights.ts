/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.364, // named-in-sentence-before
    1.589, // named-in-sentence-after
    0.104, // subject-of-sentence
    1.282, // verb-between
    -0.022, // possessive
    -0.167, // named-in-previous-sentence
    0.178, // named-in-previous-paragraph
    1.62, // pronoun-points-here
    0.072, // most-recently-named
    0.239, // last-speaker
    0.577, // next-speaker
    -0.518, // sentences-since-named
    -1.586, // not-named-before
    0.604, // share-of-quotations
    -0.335, // organisation
    0.228, // subject-and-verb
    0.35, // pronoun-and-verb
    0.28, // speaks-in-sentence
    1.117, // speaks-in-previous-sentence
    0.305, // has-spoken
    -0.153, // other-name-in-sentence
    0.097, // other-reporter-in-sentence
  ],
  none: [
    -0.42, // bias
    1.216, // one-word
    0.831, // two-or-three-words
    1.276, // four-to-seven-words
    1.543, // read-as-term
    -2.209, // sentence-like
    0.624, // naming-cue
    -0.68, // verb-in-sentence
    -0.452, // alone-in-paragraph
    -0.001, // article-before
  ],
};
