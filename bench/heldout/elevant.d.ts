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
export declare function showUtf8(repo: string, path: string): string | undefined;
export declare function wordRuns(text: string): Set<string>;
export declare function sharedShare(runs: Set<string>, others: Set<string>[]): number;
export declare function roundsFrom(first: number, last: number, list: (repo: string, round: number) => string[]): Record<number, { select: (repo: string) => string[]; split: string }>;
export declare function headlined(name: string, raw: string): { name: string; title: string; text: string };
