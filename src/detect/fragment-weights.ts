/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.353, // named-in-sentence-before
    1.592, // named-in-sentence-after
    0.108, // subject-of-sentence
    1.285, // verb-between
    -0.023, // possessive
    -0.148, // named-in-previous-sentence
    0.171, // named-in-previous-paragraph
    1.601, // pronoun-points-here
    0.083, // most-recently-named
    0.249, // last-speaker
    0.597, // next-speaker
    -0.517, // sentences-since-named
    -1.59, // not-named-before
    0.592, // share-of-quotations
    -0.341, // organisation
    0.226, // subject-and-verb
    0.34, // pronoun-and-verb
    0.281, // speaks-in-sentence
    1.164, // speaks-in-previous-sentence
    0.305, // has-spoken
    -0.157, // other-name-in-sentence
    0.093, // other-reporter-in-sentence
  ],
  none: [
    -0.441, // bias
    1.189, // one-word
    0.8, // two-or-three-words
    1.265, // four-to-seven-words
    1.599, // read-as-term
    -2.184, // sentence-like
    0.634, // naming-cue
    -0.68, // verb-in-sentence
    -0.45, // alone-in-paragraph
    0.007, // article-before
  ],
};
