/** Lectern's library API. The CLI is a thin shell over these. */
export { build, loadArticle } from './build.js';
export type { BuildOptions, BuildReport, EditionReport, ProgressEvent, WrittenFile } from './build.js';
export { inspect, describeArticle } from './inspect.js';
export type { Inspection } from './inspect.js';
export { parseSource, formatFromName, decodeSource } from './parse/index.js';
export { detect } from './detect/index.js';
export { LecternError, ExitCode } from './errors.js';
export type { Article, Block, Inline, Speaker, Quotation } from './model/article.js';
export type { Diagnostic } from './model/diagnostics.js';
export { formatDiagnostic } from './model/diagnostics.js';
export type { Script, Utterance } from './model/script.js';
export { listVoices } from './voices.js';
