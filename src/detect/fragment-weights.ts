/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.389, // named-in-sentence-before
    1.588, // named-in-sentence-after
    0.116, // subject-of-sentence
    1.292, // verb-between
    -0.026, // possessive
    -0.205, // named-in-previous-sentence
    0.175, // named-in-previous-paragraph
    1.636, // pronoun-points-here
    0.039, // most-recently-named
    0.24, // last-speaker
    0.592, // next-speaker
    -0.525, // sentences-since-named
    -1.577, // not-named-before
    0.559, // share-of-quotations
    -0.327, // organisation
    0.226, // subject-and-verb
    0.335, // pronoun-and-verb
    0.286, // speaks-in-sentence
    1.141, // speaks-in-previous-sentence
    0.344, // has-spoken
    -0.152, // other-name-in-sentence
    0.117, // other-reporter-in-sentence
  ],
  none: [
    -0.393, // bias
    1.233, // one-word
    0.841, // two-or-three-words
    1.229, // four-to-seven-words
    1.498, // read-as-term
    -2.213, // sentence-like
    0.63, // naming-cue
    -0.646, // verb-in-sentence
    -0.47, // alone-in-paragraph
    0.006, // article-before
  ],
};
