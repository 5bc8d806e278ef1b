/**
 * A photo caption with its credit: `… Donetsk regionPhoto: Yasuyoshi CHIBA / AFP`
 * (credit glued to the caption, as news sites paste it) or
 * `Portrait of … Image: Andy Warhol.`
 */
const CREDIT = /^(.*?[\p{L}\p{N}.)”"])\s*((?:Photo|Image|Video|Picture|Foto|Illustration|Credit)s?(?: credit)?\s*:\s*([^.!?:]{1,80}?))\.?$/u;

export function splitCaption(paragraph: string): { text: string; credit: string } | undefined {
  const m = CREDIT.exec(paragraph.trim());
  if (!m) return undefined;
  const text = m[1]!.trim();
  const credit = m[2]!.trim();
  // A caption is short and is not itself a quotation.
  if (text.split(/\s+/).length > 80 || /^["“«„]/u.test(text)) return undefined;
  return { text, credit };
}
