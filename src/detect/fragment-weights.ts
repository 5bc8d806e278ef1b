/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.418, // named-in-sentence-before
    1.63, // named-in-sentence-after
    0.115, // subject-of-sentence
    1.278, // verb-between
    -0.033, // possessive
    -0.184, // named-in-previous-sentence
    0.2, // named-in-previous-paragraph
    1.618, // pronoun-points-here
    0.075, // most-recently-named
    0.262, // last-speaker
    0.589, // next-speaker
    -0.467, // sentences-since-named
    -1.512, // not-named-before
    0.616, // share-of-quotations
    -0.33, // organisation
    0.222, // subject-and-verb
    0.356, // pronoun-and-verb
    0.319, // speaks-in-sentence
    1.147, // speaks-in-previous-sentence
    0.273, // has-spoken
    -0.177, // other-name-in-sentence
    0.046, // other-reporter-in-sentence
  ],
  none: [
    -0.367, // bias
    1.209, // one-word
    0.821, // two-or-three-words
    1.279, // four-to-seven-words
    1.551, // read-as-term
    -2.162, // sentence-like
    0.63, // naming-cue
    -0.689, // verb-in-sentence
    -0.457, // alone-in-paragraph
    -0.002, // article-before
  ],
};
