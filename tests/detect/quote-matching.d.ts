/** Types for quote-matching.js (plain Node ESM, shared with bench/heldout/train-fragments.js). */
export declare const normQuote: (s: string) => string;
export declare const quoteKey: (text: string) => string;
export declare const fitsKey: (found: string, key: string) => boolean;
export declare function sameSpeakerNames(forms: readonly string[], names: readonly string[]): boolean;
export declare function looseSpeakerNames(forms: readonly string[], names: readonly string[]): boolean;
