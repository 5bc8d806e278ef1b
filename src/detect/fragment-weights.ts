/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.462, // named-in-sentence-before
    1.593, // named-in-sentence-after
    0.089, // subject-of-sentence
    1.28, // verb-between
    -0.003, // possessive
    -0.233, // named-in-previous-sentence
    0.189, // named-in-previous-paragraph
    1.634, // pronoun-points-here
    0.075, // most-recently-named
    0.281, // last-speaker
    0.571, // next-speaker
    -0.443, // sentences-since-named
    -1.495, // not-named-before
    0.565, // share-of-quotations
    -0.373, // organisation
    0.25, // subject-and-verb
    0.275, // pronoun-and-verb
    0.41, // speaks-in-sentence
    1.187, // speaks-in-previous-sentence
    0.24, // has-spoken
    -0.208, // other-name-in-sentence
    0.223, // other-reporter-in-sentence
  ],
  none: [
    -0.557, // bias
    1.334, // one-word
    0.948, // two-or-three-words
    1.413, // four-to-seven-words
    1.588, // read-as-term
    -2.113, // sentence-like
    0.636, // naming-cue
    -0.635, // verb-in-sentence
    -0.525, // alone-in-paragraph
    -0.001, // article-before
  ],
};
