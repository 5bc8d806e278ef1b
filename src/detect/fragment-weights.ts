/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.417, // named-in-sentence-before
    1.629, // named-in-sentence-after
    0.116, // subject-of-sentence
    1.279, // verb-between
    -0.031, // possessive
    -0.183, // named-in-previous-sentence
    0.2, // named-in-previous-paragraph
    1.62, // pronoun-points-here
    0.075, // most-recently-named
    0.257, // last-speaker
    0.58, // next-speaker
    -0.47, // sentences-since-named
    -1.51, // not-named-before
    0.621, // share-of-quotations
    -0.33, // organisation
    0.223, // subject-and-verb
    0.354, // pronoun-and-verb
    0.32, // speaks-in-sentence
    1.149, // speaks-in-previous-sentence
    0.274, // has-spoken
    -0.176, // other-name-in-sentence
    0.046, // other-reporter-in-sentence
  ],
  none: [
    -0.367, // bias
    1.21, // one-word
    0.822, // two-or-three-words
    1.279, // four-to-seven-words
    1.551, // read-as-term
    -2.164, // sentence-like
    0.629, // naming-cue
    -0.689, // verb-in-sentence
    -0.458, // alone-in-paragraph
    -0.003, // article-before
  ],
};
