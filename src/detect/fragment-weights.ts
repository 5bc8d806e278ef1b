/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.409, // named-in-sentence-before
    1.708, // named-in-sentence-after
    0.144, // subject-of-sentence
    1.341, // verb-between
    -0.024, // possessive
    -0.196, // named-in-previous-sentence
    0.191, // named-in-previous-paragraph
    1.588, // pronoun-points-here
    0.12, // most-recently-named
    0.224, // last-speaker
    0.757, // next-speaker
    -0.466, // sentences-since-named
    -1.516, // not-named-before
    0.362, // share-of-quotations
    -0.402, // organisation
    0.221, // subject-and-verb
    0.362, // pronoun-and-verb
    0.221, // speaks-in-sentence
    1.131, // speaks-in-previous-sentence
    0.423, // has-spoken
    -0.125, // other-name-in-sentence
    0.147, // other-reporter-in-sentence
  ],
  none: [
    -0.27, // bias
    1.261, // one-word
    0.854, // two-or-three-words
    1.242, // four-to-seven-words
    1.497, // read-as-term
    -2.183, // sentence-like
    0.684, // naming-cue
    -0.599, // verb-in-sentence
    -0.472, // alone-in-paragraph
    -0.026, // article-before
  ],
};
