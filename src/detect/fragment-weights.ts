/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.409, // named-in-sentence-before
    1.703, // named-in-sentence-after
    0.143, // subject-of-sentence
    1.343, // verb-between
    -0.024, // possessive
    -0.198, // named-in-previous-sentence
    0.192, // named-in-previous-paragraph
    1.586, // pronoun-points-here
    0.119, // most-recently-named
    0.225, // last-speaker
    0.76, // next-speaker
    -0.467, // sentences-since-named
    -1.517, // not-named-before
    0.361, // share-of-quotations
    -0.396, // organisation
    0.221, // subject-and-verb
    0.363, // pronoun-and-verb
    0.215, // speaks-in-sentence
    1.133, // speaks-in-previous-sentence
    0.421, // has-spoken
    -0.128, // other-name-in-sentence
    0.151, // other-reporter-in-sentence
  ],
  none: [
    -0.271, // bias
    1.26, // one-word
    0.854, // two-or-three-words
    1.24, // four-to-seven-words
    1.497, // read-as-term
    -2.183, // sentence-like
    0.683, // naming-cue
    -0.599, // verb-in-sentence
    -0.472, // alone-in-paragraph
    -0.027, // article-before
  ],
};
