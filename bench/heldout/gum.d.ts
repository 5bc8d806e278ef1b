/** Types for gum.js (plain Node ESM, so it runs without a build). */
export declare const GUM_DEFAULT: string;
export declare const EXCLUDED: string[];
export declare function gumPath(arg?: string): string;
export declare function gumAvailable(repo: string): boolean;
export declare function listNews(repo: string): string[];
export declare function split(names: string[]): { dev: string[]; test: string[] };
export interface GumQuote {
  tag: 'quote' | 'q';
  depth: number;
  start: number;
  end: number;
  text: string;
}
export declare function readDoc(repo: string, name: string): { name: string; title: string; text: string; quotes: GumQuote[] };
