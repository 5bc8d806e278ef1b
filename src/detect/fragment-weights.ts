/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.228, // named-in-sentence-before
    1.711, // named-in-sentence-after
    0.152, // subject-of-sentence
    1.353, // verb-between
    -0.028, // possessive
    -0.193, // named-in-previous-sentence
    0.223, // named-in-previous-paragraph
    1.586, // pronoun-points-here
    0.126, // most-recently-named
    0.217, // last-speaker
    0.746, // next-speaker
    -0.6, // sentences-since-named
    -1.64, // not-named-before
    0.383, // share-of-quotations
    -0.395, // organisation
    0.222, // subject-and-verb
    0.347, // pronoun-and-verb
    0.219, // speaks-in-sentence
    1.079, // speaks-in-previous-sentence
    0.421, // has-spoken
    -0.125, // other-name-in-sentence
    0.149, // other-reporter-in-sentence
  ],
  none: [
    -0.427, // bias
    1.264, // one-word
    0.872, // two-or-three-words
    1.255, // four-to-seven-words
    1.495, // read-as-term
    -2.381, // sentence-like
    0.697, // naming-cue
    -0.599, // verb-in-sentence
    -0.603, // alone-in-paragraph
    -0.033, // article-before
  ],
};
