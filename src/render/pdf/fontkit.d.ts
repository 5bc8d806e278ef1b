/**
 * The part of fontkit (a dependency of pdfkit, which ships no types) that the
 * PDF renderer uses: opening a font and asking which code points it covers.
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Present on fonts; pdfkit takes any object with `layout` as an opened font. */
    layout(text: string): { advanceWidth: number };
  }
  export interface FontCollection {
    readonly fonts: Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
