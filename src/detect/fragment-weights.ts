/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.38, // named-in-sentence-before
    1.708, // named-in-sentence-after
    0.175, // subject-of-sentence
    1.362, // verb-between
    -0.02, // possessive
    -0.195, // named-in-previous-sentence
    0.189, // named-in-previous-paragraph
    1.585, // pronoun-points-here
    0.121, // most-recently-named
    0.229, // last-speaker
    0.763, // next-speaker
    -0.463, // sentences-since-named
    -1.512, // not-named-before
    0.35, // share-of-quotations
    -0.401, // organisation
    0.203, // subject-and-verb
    0.361, // pronoun-and-verb
    0.22, // speaks-in-sentence
    1.132, // speaks-in-previous-sentence
    0.424, // has-spoken
    -0.129, // other-name-in-sentence
    0.145, // other-reporter-in-sentence
  ],
  none: [
    -0.269, // bias
    1.259, // one-word
    0.857, // two-or-three-words
    1.237, // four-to-seven-words
    1.499, // read-as-term
    -2.18, // sentence-like
    0.702, // naming-cue
    -0.603, // verb-in-sentence
    -0.472, // alone-in-paragraph
    -0.036, // article-before
  ],
};
