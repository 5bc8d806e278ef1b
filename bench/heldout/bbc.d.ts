/** Types for bbc.js (plain Node ESM, so it runs without a build). */
export declare const BBC_DEFAULT: string;
export declare function bbcPath(arg?: string): string;
export declare const CATEGORIES: string[];
export declare const PER_CATEGORY: number;
export declare const MAX_CHARS: number;
export declare const MIN_MARKS: number;
export declare const SEED: string;
export declare const SEEN: Set<string>;
export declare function bbcAvailable(repo: string): boolean;
export declare const FIRST_ROUND: number;
export declare const LONG_FIRST_ROUND: number;
export declare const LONG_MAX_CHARS: number;
export declare const LONG_PER_CATEGORY: number;
export declare function listBbcRound(repo: string, round: number): string[];
export declare const LAST_ROUND: number;
export declare function readDoc(repo: string, name: string): { name: string; title: string; text: string };
