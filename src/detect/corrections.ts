/**
 * Corrections from a speaker file: give quotations to speakers (pin), join
 * speakers (merge), rename them and choose their voices.
 */
import type { DiagnosticBag } from '../model/diagnostics.js';
import type { SpeakerCorrections } from './index.js';
import type { QuoteSpan } from './quotes.js';
import { fullestName, normaliseName, slug, type Entity, type SpeakerRegistry } from './speakers.js';

/** The speaker a reference (an id such as `volodymyr-zelenskyi`, or a name) points to. */
function lookup(registry: SpeakerRegistry, ref: string): Entity | undefined {
  const live = registry.all().filter((e) => e.names.length > 0);
  return (
    live.find((e) => e.spoke && slug(e.displayName ?? fullestName(e)) === ref) ??
    live.find((e) => e.names.some((n) => normaliseName(n) === normaliseName(ref))) ??
    registry.find(ref)
  );
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function applyPins(tops: QuoteSpan[], corrections: SpeakerCorrections, registry: SpeakerRegistry, diagnostics: DiagnosticBag): void {
  for (const pin of corrections.pin ?? []) {
    const wanted = squash(pin.quote);
    const span = tops.find((s) => s.quoteId === pin.quote) ?? tops.find((s) => squash(s.unit.text.slice(s.contentStart, s.contentEnd)).startsWith(wanted));
    if (!span) {
      diagnostics.warn('unused-correction', `the speaker file pins "${pin.quote}" but no quotation starts with that text`);
      continue;
    }
    const e = registry.resolve(lookup(registry, pin.speaker) ?? registry.register(pin.speaker));
    e.spoke = true;
    for (const part of span.chain) {
      part.kind = 'speech';
      part.speaker = e.key;
      part.strength = 9;
      part.evidence = { rule: 'sidecar', text: pin.speaker };
    }
  }
}

export function applyCorrections(registry: SpeakerRegistry, corrections: SpeakerCorrections, diagnostics: DiagnosticBag): void {
  const find = (ref: string, what: string): Entity | undefined => {
    const e = lookup(registry, ref);
    if (!e) diagnostics.warn('unused-correction', `the speaker file names "${ref}" in ${what}, but no such speaker was found`);
    return e ? registry.resolve(e) : undefined;
  };
  for (const group of corrections.merge ?? []) {
    const [first, ...rest] = group.map((ref) => find(ref, 'merge'));
    if (!first) continue;
    for (const other of rest) if (other) registry.merge(first, registry.resolve(other));
  }
  // Look every speaker up before renaming any, so that a file may name a speaker by the id
  // detection gave it in both "rename" and "voices" (renaming changes the id).
  const renames = Object.entries(corrections.rename ?? {}).map(([ref, name]) => [find(ref, 'rename'), name] as const);
  const voices = Object.entries(corrections.voices ?? {}).map(([ref, voice]) => [find(ref, 'voices'), voice] as const);
  for (const [e, name] of renames) {
    if (!e) continue;
    e.displayName = name;
    registry.alias(e, name);
  }
  for (const [e, voice] of voices) if (e) e.voice = voice;
}
