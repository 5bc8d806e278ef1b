/** Types for newsfair.js (plain Node ESM, so it runs without a build). */
export declare const FILE: string;
export declare const ROUND3_SIZE: number;
export declare const ROUND3_MAX_CHARS: number;
export declare function elevantPath(arg?: string): string;
export declare function newsfairAvailable(repo: string): boolean;
export declare const FIRST_ROUND: number;
export declare const LAST_ROUND: number;
export declare const LONG_ROUND: number;
export declare function listLong(repo: string): string[];
export declare const REST_ROUND: number;
export declare function listRest(repo: string): string[];
export declare function listRound(repo: string, round: number): string[];
export declare function listRound3(repo: string): string[];
export declare function listRound4(repo: string): string[];
export declare function listRound5(repo: string): string[];
export declare function listRound6(repo: string): string[];
export declare function listRound7(repo: string): string[];
export declare function readDoc(repo: string, name: string): { name: string; title: string; text: string };
