/**
 * Problems a user can fix: a code, an actionable one-line message, and an exit code.
 * Bugs are thrown as ordinary errors with their stack; content problems are Diagnostics.
 */

export const ExitCode = {
  ok: 0,
  /** Unexpected failure (a bug). */
  internal: 1,
  usage: 2,
  inputNotFound: 3,
  inputUnreadable: 4,
  inputEmpty: 5,
  inputInvalid: 6,
  engineUnavailable: 7,
  templateInvalid: 8,
  outputFailed: 9,
  strictDiagnostics: 10,
} as const;

export type ErrorCode = keyof typeof ExitCode;

export class LecternError extends Error {
  readonly exitCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LecternError';
    this.exitCode = ExitCode[code];
  }
}

export function isLecternError(e: unknown): e is LecternError {
  return e instanceof LecternError;
}
