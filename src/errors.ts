/**
 * Errors a user can cause (bad corpus file, bad flag) are `UserError`s: the CLI prints their one-line
 * message and exits 2. Anything else is a bug: the CLI prints the stack and exits 70 (EX_SOFTWARE).
 */
export class UserError extends Error {
  /** File the error is about, as the user named it or relative to the corpus. */
  readonly file?: string;
  /** 1-based line in that file, when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    const loc = where.file
      ? `${where.file}${where.line ? `:${where.line}${where.column ? `:${where.column}` : ''}` : ''}: `
      : '';
    super(`${loc}${message}`.replace(/\s*\n\s*/g, ' '));
    this.name = 'UserError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, differences: 1, usage: 2, internal: 70 } as const;
