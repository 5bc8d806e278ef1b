/** Small XML helpers shared by the EPUB writers (and safe for any XML text). */

/** Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and for attribute values in either kind of quotes. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type Attributes = Record<string, string | number | undefined | false>;

/** ` name="value"` pairs; undefined and false values are left out. */
export function attrs(values: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** An element with already-serialised content. */
export function element(name: string, attributes: Attributes, content: string): string {
  return `<${name}${attrs(attributes)}>${content}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
