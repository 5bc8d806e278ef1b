/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.378, // named-in-sentence-before
    1.71, // named-in-sentence-after
    0.175, // subject-of-sentence
    1.361, // verb-between
    -0.022, // possessive
    -0.194, // named-in-previous-sentence
    0.188, // named-in-previous-paragraph
    1.588, // pronoun-points-here
    0.121, // most-recently-named
    0.222, // last-speaker
    0.753, // next-speaker
    -0.463, // sentences-since-named
    -1.511, // not-named-before
    0.38, // share-of-quotations
    -0.397, // organisation
    0.205, // subject-and-verb
    0.359, // pronoun-and-verb
    0.223, // speaks-in-sentence
    1.134, // speaks-in-previous-sentence
    0.416, // has-spoken
    -0.127, // other-name-in-sentence
    0.144, // other-reporter-in-sentence
  ],
  none: [
    -0.267, // bias
    1.259, // one-word
    0.857, // two-or-three-words
    1.239, // four-to-seven-words
    1.499, // read-as-term
    -2.18, // sentence-like
    0.699, // naming-cue
    -0.605, // verb-in-sentence
    -0.471, // alone-in-paragraph
    -0.035, // article-before
  ],
};
