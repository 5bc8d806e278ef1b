/** Types for msnbc.js (plain Node ESM, so it runs without a build). */
export declare const ELEVANT_DEFAULT: string;
export declare const FRESH_SIZE: number;
export declare function elevantPath(arg?: string): string;
export declare function msnbcAvailable(repo: string): boolean;
export declare function listFresh(repo: string): string[];
export declare function toText(raw: string): string;
export declare function readDoc(repo: string, name: string): { name: string; title: string; text: string };
