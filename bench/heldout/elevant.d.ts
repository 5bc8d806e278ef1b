/** Types for elevant.js (plain Node ESM, so it runs without a build). */
export declare const ELEVANT_DEFAULT: string;
export declare function elevantPath(arg?: string): string;
export declare function git(repo: string, ...args: string[]): string;
export declare function hasFile(repo: string, file: string): boolean;
export declare function readJsonl(repo: string, file: string): Record<string, unknown>[];
export declare function countMarks(text: string): number;
export declare function mostQuoted(docs: { name: string; marks: number }[], size: number): string[];
export declare function toText(raw: string): string;
export declare function recordedSplit(): Record<string, unknown>;
