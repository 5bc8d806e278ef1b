/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.366, // named-in-sentence-before
    1.601, // named-in-sentence-after
    0.104, // subject-of-sentence
    1.296, // verb-between
    -0.019, // possessive
    -0.215, // named-in-previous-sentence
    0.181, // named-in-previous-paragraph
    1.624, // pronoun-points-here
    0.065, // most-recently-named
    0.223, // last-speaker
    0.577, // next-speaker
    -0.522, // sentences-since-named
    -1.595, // not-named-before
    0.603, // share-of-quotations
    -0.315, // organisation
    0.242, // subject-and-verb
    0.332, // pronoun-and-verb
    0.274, // speaks-in-sentence
    1.139, // speaks-in-previous-sentence
    0.312, // has-spoken
    -0.152, // other-name-in-sentence
    0.118, // other-reporter-in-sentence
  ],
  none: [
    -0.403, // bias
    1.227, // one-word
    0.838, // two-or-three-words
    1.227, // four-to-seven-words
    1.502, // read-as-term
    -2.229, // sentence-like
    0.631, // naming-cue
    -0.65, // verb-in-sentence
    -0.456, // alone-in-paragraph
    0.002, // article-before
  ],
};
