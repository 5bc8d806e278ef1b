/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.483, // named-in-sentence-before
    1.596, // named-in-sentence-after
    0.091, // subject-of-sentence
    1.285, // verb-between
    0.001, // possessive
    -0.244, // named-in-previous-sentence
    0.184, // named-in-previous-paragraph
    1.636, // pronoun-points-here
    0.071, // most-recently-named
    0.278, // last-speaker
    0.579, // next-speaker
    -0.426, // sentences-since-named
    -1.481, // not-named-before
    0.548, // share-of-quotations
    -0.375, // organisation
    0.244, // subject-and-verb
    0.279, // pronoun-and-verb
    0.409, // speaks-in-sentence
    1.203, // speaks-in-previous-sentence
    0.241, // has-spoken
    -0.21, // other-name-in-sentence
    0.225, // other-reporter-in-sentence
  ],
  none: [
    -0.54, // bias
    1.333, // one-word
    0.945, // two-or-three-words
    1.407, // four-to-seven-words
    1.585, // read-as-term
    -2.059, // sentence-like
    0.636, // naming-cue
    -0.633, // verb-in-sentence
    -0.429, // alone-in-paragraph
    -0.002, // article-before
  ],
};
