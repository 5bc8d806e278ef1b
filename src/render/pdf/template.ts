/**
 * Print templates: the built-in presets in templates/print/*.json, or a
 * user's JSON file. A user's file may give only the keys it changes; the rest
 * come from the preset named by `"extends"` (default `large-print`).
 * Anything that would make the edition not large print, or not readable,
 * is a LecternError with a message that says what to change.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LecternError } from '../../errors.js';
import type { PrintTemplate } from '../../config/types.js';
import { contrastRatio, parseHexColor } from './color.js';

export const BUILT_IN_PRINT_TEMPLATES = ['large-print', 'giant-print', 'high-contrast'] as const;
export type BuiltInPrintTemplate = (typeof BUILT_IN_PRINT_TEMPLATES)[number];

/** Smallest body size that counts as large print. */
export const MIN_BODY_PT = 18;
export const MIN_LINE_SPACING = 1.5;
const MIN_TEXT_CONTRAST = 4.5;

/** templates/print, three levels up from src/render/pdf and from dist/render/pdf alike. */
const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates/print');

const PAGE_SIZES: Record<'A4' | 'LETTER', [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };

function isBuiltIn(name: string): name is BuiltInPrintTemplate {
  return (BUILT_IN_PRINT_TEMPLATES as readonly string[]).includes(name);
}

function fail(where: string, message: string): never {
  throw new LecternError('templateInvalid', `print template ${where}: ${message}`);
}

async function readJson(file: string, where: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      fail(where, `file not found; give a path to a JSON file or one of ${BUILT_IN_PRINT_TEMPLATES.join(', ')}`);
    }
    fail(where, `cannot read it (${code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    fail(where, `not valid JSON (${(e as Error).message})`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Overlays `over` on `base`, key by key; unknown keys are reported, not dropped. */
function overlay(base: Record<string, unknown>, over: Record<string, unknown>, where: string, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const at = prefix + key;
    if (prefix === '' && key === 'extends') continue;
    if (!(key in base)) fail(where, `unknown key "${at}"; check its spelling (known: ${Object.keys(base).join(', ')})`);
    const b = base[key];
    if (isObject(b)) {
      if (!isObject(value)) fail(where, `"${at}" must be an object like the one in large-print.json`);
      out[key] = overlay(b, value, where, at + '.');
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Loads a built-in preset by name, or a user's template file by path. */
export async function loadPrintTemplate(nameOrPath: string): Promise<PrintTemplate> {
  if (isBuiltIn(nameOrPath)) {
    const data = await readJson(path.join(TEMPLATE_DIR, `${nameOrPath}.json`), `"${nameOrPath}"`);
    return validatePrintTemplate(data, `"${nameOrPath}"`);
  }
  const looksLikePath = /[\\/]|\.json$/i.test(nameOrPath);
  if (!looksLikePath) {
    fail(`"${nameOrPath}"`, `no built-in template by that name; choose ${BUILT_IN_PRINT_TEMPLATES.join(', ')} or give a path to a .json file`);
  }
  const file = path.resolve(nameOrPath);
  const data = await readJson(file, file);
  if (!isObject(data)) fail(file, 'must hold a JSON object');
  const parent = data['extends'] ?? 'large-print';
  if (typeof parent !== 'string' || !isBuiltIn(parent)) {
    fail(file, `"extends" must be one of ${BUILT_IN_PRINT_TEMPLATES.join(', ')}`);
  }
  const base = (await readJson(path.join(TEMPLATE_DIR, `${parent}.json`), `"${parent}"`)) as Record<string, unknown>;
  const merged = overlay(base, data, file);
  scaleUnsetSizes(base, data, merged);
  if (!('name' in data)) merged['name'] = path.basename(file, path.extname(file));
  return validatePrintTemplate(merged, file);
}

/**
 * A file that changes `sizes.body` alone means "this much bigger (or
 * smaller)": the sizes it does not give scale with the body, so headings
 * stay above it and page numbers stay as large as it.
 */
function scaleUnsetSizes(base: Record<string, unknown>, data: Record<string, unknown>, merged: Record<string, unknown>): void {
  const given = isObject(data['sizes']) ? data['sizes'] : {};
  const baseSizes = base['sizes'];
  const sizes = merged['sizes'];
  if (!isObject(baseSizes) || !isObject(sizes)) return;
  const from = baseSizes['body'];
  const to = given['body'];
  if (typeof from !== 'number' || typeof to !== 'number' || from <= 0) return;
  for (const [key, value] of Object.entries(baseSizes)) {
    if (key in given || typeof value !== 'number') continue;
    sizes[key] = Math.round(value * (to / from) * 2) / 2;
  }
}

function num(o: Record<string, unknown>, key: string, where: string, at: string, min: number, hint: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, `"${at}" must be a number`);
  if (v < min) fail(where, `"${at}" is ${v}; ${hint}`);
  return v;
}

function obj(o: Record<string, unknown>, key: string, where: string): Record<string, unknown> {
  const v = o[key];
  if (!isObject(v)) fail(where, `"${key}" must be an object`);
  return v;
}

/** Checks a parsed template and returns it typed; throws LecternError('templateInvalid') on the first problem. */
export function validatePrintTemplate(data: unknown, where: string): PrintTemplate {
  if (!isObject(data)) fail(where, 'must hold a JSON object');
  const name = data['name'];
  if (typeof name !== 'string' || !name.trim()) fail(where, '"name" must be a non-empty string');
  const rawSize = data['pageSize'];
  const pageSize = typeof rawSize === 'string' ? (rawSize === 'auto' ? 'auto' : rawSize.toUpperCase()) : rawSize;
  if (pageSize !== 'A4' && pageSize !== 'LETTER' && pageSize !== 'auto') fail(where, `"pageSize" must be "A4", "LETTER" or "auto"`);

  const m = obj(data, 'margins', where);
  const margins = {
    top: num(m, 'top', where, 'margins.top', 36, 'leave at least 36 pt for the running header'),
    right: num(m, 'right', where, 'margins.right', 18, 'use at least 18 pt'),
    bottom: num(m, 'bottom', where, 'margins.bottom', 36, 'leave at least 36 pt for the page number'),
    left: num(m, 'left', where, 'margins.left', 18, 'use at least 18 pt'),
  };
  const s = obj(data, 'sizes', where);
  const large = `large print needs at least ${MIN_BODY_PT} pt`;
  const body = num(s, 'body', where, 'sizes.body', MIN_BODY_PT, `${large}; raise it to ${MIN_BODY_PT} or more`);
  const atLeastBody = `make it at least sizes.body (${body})`;
  const sizes = {
    body,
    title: num(s, 'title', where, 'sizes.title', body, atLeastBody),
    h2: num(s, 'h2', where, 'sizes.h2', body, atLeastBody),
    h3: num(s, 'h3', where, 'sizes.h3', body, atLeastBody),
    meta: num(s, 'meta', where, 'sizes.meta', MIN_BODY_PT, large),
    pageNumber: num(s, 'pageNumber', where, 'sizes.pageNumber', body, `page numbers must be as large as the body; ${atLeastBody}`),
    header: num(s, 'header', where, 'sizes.header', MIN_BODY_PT, large),
  };
  for (const k of Object.keys(s)) if (!(k in sizes)) fail(where, `unknown key "sizes.${k}"`);
  const lineSpacing = num(data, 'lineSpacing', where, 'lineSpacing', MIN_LINE_SPACING, `large print needs line spacing of at least ${MIN_LINE_SPACING}`);
  const paragraphSpacing = num(data, 'paragraphSpacing', where, 'paragraphSpacing', 0, 'it cannot be negative');

  const c = obj(data, 'colors', where);
  const colorKeys = ['text', 'background', 'heading', 'quoteRule', 'speakerLabel', 'link'] as const;
  const colors = {} as PrintTemplate['colors'];
  for (const k of colorKeys) {
    const v = c[k];
    if (typeof v !== 'string' || !parseHexColor(v)) fail(where, `"colors.${k}" must be a colour like "#1A1A1A"`);
    colors[k] = v.toUpperCase();
  }
  for (const k of ['text', 'heading', 'speakerLabel', 'link'] as const) {
    const ratio = contrastRatio(colors[k], colors.background);
    if (ratio < MIN_TEXT_CONTRAST) {
      fail(where, `"colors.${k}" ${colors[k]} on background ${colors.background} has contrast ${ratio.toFixed(1)}:1; use at least ${MIN_TEXT_CONTRAST}:1`);
    }
  }
  const q = obj(data, 'quotes', where);
  const labelFormat = q['labelFormat'];
  if (typeof labelFormat !== 'string' || !labelFormat.includes('{name}')) fail(where, '"quotes.labelFormat" must be a string containing {name}, e.g. "{name}:"');
  for (const k of ['speakerLabel', 'rule'] as const) if (typeof q[k] !== 'boolean') fail(where, `"quotes.${k}" must be true or false`);
  const quotes = {
    speakerLabel: q['speakerLabel'] === true,
    labelFormat,
    rule: q['rule'] === true,
    indent: num(q, 'indent', where, 'quotes.indent', 0, 'it cannot be negative'),
  };
  for (const [k, known] of [['quotes', quotes], ['colors', colors], ['margins', margins]] as const) {
    for (const key of Object.keys(obj(data, k, where))) if (!(key in known)) fail(where, `unknown key "${k}.${key}"`);
  }
  const template: PrintTemplate = { name, pageSize, margins, sizes, lineSpacing, paragraphSpacing, colors, quotes };
  const [w] = PAGE_SIZES.A4;
  if (w - margins.left - margins.right - quotes.indent * 3 < body * 12) {
    fail(where, 'the margins and quote indent leave too little room for a line of text; make them smaller');
  }
  return template;
}

/** Region subtags that use US Letter paper. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

/** Page size in points: `auto` is Letter for US/CA-style regions of the article's language tag, A4 otherwise. */
export function resolvePageSize(template: PrintTemplate, lang: string): [number, number] {
  if (template.pageSize !== 'auto') return PAGE_SIZES[template.pageSize];
  let region: string | undefined;
  try {
    region = new Intl.Locale(lang).region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? PAGE_SIZES.LETTER : PAGE_SIZES.A4;
}
