/**
 * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated BBC rounds 10 to 88
 * by `npm run build && node bench/heldout/train-fragments.js --train 10-88 --write` (written by it: do not edit).
 */
import type { FragmentWeights } from './fragments.js';

export const FRAGMENT_WEIGHTS: FragmentWeights | null = {
  candidate: [
    0.37, // named-in-sentence-before
    1.611, // named-in-sentence-after
    0.101, // subject-of-sentence
    1.298, // verb-between
    -0.018, // possessive
    -0.215, // named-in-previous-sentence
    0.184, // named-in-previous-paragraph
    1.624, // pronoun-points-here
    0.069, // most-recently-named
    0.216, // last-speaker
    0.58, // next-speaker
    -0.519, // sentences-since-named
    -1.59, // not-named-before
    0.6, // share-of-quotations
    -0.332, // organisation
    0.232, // subject-and-verb
    0.333, // pronoun-and-verb
    0.256, // speaks-in-sentence
    1.14, // speaks-in-previous-sentence
    0.315, // has-spoken
    -0.154, // other-name-in-sentence
    0.119, // other-reporter-in-sentence
  ],
  none: [
    -0.4, // bias
    1.226, // one-word
    0.843, // two-or-three-words
    1.228, // four-to-seven-words
    1.502, // read-as-term
    -2.228, // sentence-like
    0.632, // naming-cue
    -0.649, // verb-in-sentence
    -0.456, // alone-in-paragraph
    -0.002, // article-before
  ],
};
