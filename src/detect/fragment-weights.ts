/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated held-out
 * rounds 10-123,124-127 (BBC News below 124, PolNeAR from 124) by
 * `npm run build && node bench/heldout/train-fragments.js --train 10-123,124-127 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.211, // named-in-sentence-before
    1.276, // named-in-sentence-after
    0.256, // subject-of-sentence
    0.92, // verb-between
    -0.341, // possessive
    -0.244, // named-in-previous-sentence
    0.363, // named-in-previous-paragraph
    1.406, // pronoun-points-here
    0.2, // most-recently-named
    0.155, // last-speaker
    0.868, // next-speaker
    -0.882, // sentences-since-named
    -2.07, // not-named-before
    0.486, // share-of-quotations
    -0.295, // organisation
    0.231, // subject-and-verb
    0.653, // pronoun-and-verb
    0.728, // speaks-in-sentence
    0.997, // speaks-in-previous-sentence
    0.661, // has-spoken
    0.111, // other-name-in-sentence
    0.259, // other-reporter-in-sentence
  ],
  none: [
    -0.454, // bias
    1.872, // one-word
    1.367, // two-or-three-words
    1.531, // four-to-seven-words
    1.433, // read-as-term
    -1.894, // sentence-like
    0.549, // naming-cue
    -0.445, // verb-in-sentence
    -0.841, // alone-in-paragraph
    -0.106, // article-before
  ],
};
