/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.417, // named-in-sentence-before
    1.633, // named-in-sentence-after
    0.115, // subject-of-sentence
    1.278, // verb-between
    -0.033, // possessive
    -0.192, // named-in-previous-sentence
    0.196, // named-in-previous-paragraph
    1.615, // pronoun-points-here
    0.08, // most-recently-named
    0.263, // last-speaker
    0.591, // next-speaker
    -0.467, // sentences-since-named
    -1.512, // not-named-before
    0.615, // share-of-quotations
    -0.326, // organisation
    0.223, // subject-and-verb
    0.336, // pronoun-and-verb
    0.323, // speaks-in-sentence
    1.152, // speaks-in-previous-sentence
    0.272, // has-spoken
    -0.179, // other-name-in-sentence
    0.051, // other-reporter-in-sentence
  ],
  none: [
    -0.36, // bias
    1.234, // one-word
    0.843, // two-or-three-words
    1.274, // four-to-seven-words
    1.519, // read-as-term
    -2.168, // sentence-like
    0.63, // naming-cue
    -0.68, // verb-in-sentence
    -0.458, // alone-in-paragraph
    -0.003, // article-before
  ],
};
