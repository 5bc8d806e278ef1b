/** Types for allsides.js (plain Node ESM, so it runs without a build). */
export declare const ALLSIDES_DEFAULT: string;
export declare function allsidesPath(arg?: string): string;
export declare const PUBLISHERS: string[];
export declare const PER_PUBLISHER: number;
export declare const MAX_CHARS: number;
export declare const MIN_MARKS: number;
export declare const SEED: string;
export declare const MAX_SHARED: number;
export declare const FIRST_ROUND: number;
export declare const LAST_ROUND: number;
export declare function allsidesAvailable(repo: string): boolean;
export declare function listAllsidesRound(repo: string, round: number): string[];
export declare function readDoc(repo: string, id: string): { name: string; title: string; text: string };
