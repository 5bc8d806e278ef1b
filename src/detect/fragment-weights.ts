/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.381, // named-in-sentence-before
    1.708, // named-in-sentence-after
    0.175, // subject-of-sentence
    1.362, // verb-between
    -0.02, // possessive
    -0.194, // named-in-previous-sentence
    0.188, // named-in-previous-paragraph
    1.586, // pronoun-points-here
    0.121, // most-recently-named
    0.23, // last-speaker
    0.763, // next-speaker
    -0.463, // sentences-since-named
    -1.511, // not-named-before
    0.349, // share-of-quotations
    -0.402, // organisation
    0.202, // subject-and-verb
    0.363, // pronoun-and-verb
    0.221, // speaks-in-sentence
    1.133, // speaks-in-previous-sentence
    0.424, // has-spoken
    -0.128, // other-name-in-sentence
    0.145, // other-reporter-in-sentence
  ],
  none: [
    -0.268, // bias
    1.259, // one-word
    0.857, // two-or-three-words
    1.238, // four-to-seven-words
    1.499, // read-as-term
    -2.18, // sentence-like
    0.702, // naming-cue
    -0.602, // verb-in-sentence
    -0.472, // alone-in-paragraph
    -0.036, // article-before
  ],
};
