/** The primary language subtag of a BCP 47 tag, lower-cased: `en-US` → `en`, `FR` → `fr`. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}
