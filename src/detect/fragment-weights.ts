/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.384, // named-in-sentence-before
    1.716, // named-in-sentence-after
    0.134, // subject-of-sentence
    1.335, // verb-between
    -0.028, // possessive
    -0.202, // named-in-previous-sentence
    0.199, // named-in-previous-paragraph
    1.597, // pronoun-points-here
    0.141, // most-recently-named
    0.205, // last-speaker
    0.685, // next-speaker
    -0.479, // sentences-since-named
    -1.514, // not-named-before
    0.482, // share-of-quotations
    -0.385, // organisation
    0.244, // subject-and-verb
    0.348, // pronoun-and-verb
    0.239, // speaks-in-sentence
    1.127, // speaks-in-previous-sentence
    0.406, // has-spoken
    -0.119, // other-name-in-sentence
    0.158, // other-reporter-in-sentence
  ],
  none: [
    -0.265, // bias
    1.256, // one-word
    0.851, // two-or-three-words
    1.246, // four-to-seven-words
    1.501, // read-as-term
    -2.195, // sentence-like
    0.681, // naming-cue
    -0.593, // verb-in-sentence
    -0.468, // alone-in-paragraph
    -0.031, // article-before
  ],
};
