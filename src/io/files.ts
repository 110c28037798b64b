/**
 * File-system edge: reading user files with strict decoding, writing atomically.
 * Nothing else in src/ (but the CLI) touches the disk.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync, statSync, mkdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { UserError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode a user text file: UTF-8 only (invalid bytes are an error), BOM dropped, CRLF/CR → LF,
 * NUL bytes refused (a binary file). `shown` is the path used in messages.
 */
export function decodeText(bytes: Uint8Array, shown: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new UserError(`binary file (NUL byte at offset ${nul}), expected UTF-8 text`, { file: shown });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
    throw new UserError(`not valid UTF-8 (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at})`, { file: shown, line });
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return Math.max(0, b.length - 1);
}

/** Read a user text file (see decodeText). Missing file → UserError naming it. */
export function readText(path: string, shown: string = path): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('file not found', { file: shown });
    if (code === 'EISDIR') throw new UserError('is a directory, expected a file', { file: shown });
    throw new UserError(`cannot read (${code ?? 'error'})`, { file: shown });
  }
  return decodeText(bytes, shown);
}

/** True if the path exists and is a directory. */
export function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

let counter = 0;

/** A file to write: its path, its content, and how it is named in messages (default: the path). */
export interface FileWrite {
  path: string;
  content: string;
  shown?: string;
}

/** The error code and what it means for the user, e.g. `ENOTDIR: a part of the path is a file`. */
function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'error';
  const reasons: Record<string, string> = {
    EEXIST: 'a file of that name is in the way',
    ENOTDIR: 'a part of the path is a file',
    EISDIR: 'a directory of that name is in the way',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
  };
  return `${code}: ${reasons[code] ?? 'output directory not writable?'}`;
}

/**
 * Write several files as one step. First every file is written to a temporary file in its own
 * directory (directories created as needed) and fsynced; only when all of them are written are they
 * renamed into place. A crash leaves each file either old or new, never half of one; a failure while
 * writing (unwritable or impossible directory, full disk) removes the temporary files and the
 * directories this call created, and leaves every existing file byte-identical. → UserError naming
 * the file.
 */
export function writeFilesAtomic(files: readonly FileWrite[]): void {
  const staged: { tmp: string; path: string; shown: string }[] = [];
  const created: string[] = [];
  try {
    for (const f of files) {
      const shown = f.shown ?? f.path;
      const dir = dirname(f.path);
      try {
        const made = mkdirSync(dir, { recursive: true });
        if (made !== undefined) created.push(made);
      } catch (e) {
        throw new UserError(`cannot create directory ${dir} (${why(e)})`, { file: shown });
      }
      // the renames below must not fail after some have been done: refuse what a rename cannot replace
      if (isDir(f.path)) throw new UserError('is a directory, expected a file (not overwritten)', { file: shown });
      const tmp = join(dir, `.${basename(f.path)}.${process.pid}.${counter++}.tmp`);
      staged.push({ tmp, path: f.path, shown });
      try {
        const fd = openSync(tmp, 'w');
        try {
          writeSync(fd, f.content);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch (e) {
        throw new UserError(`cannot write (${why(e)})`, { file: shown });
      }
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    // only what this call created (and so holds nothing but our temporary files), deepest first
    for (const d of created.reverse()) rmSync(d, { recursive: true, force: true });
    throw e;
  }
  for (const [i, s] of staged.entries()) {
    try {
      renameSync(s.tmp, s.path);
    } catch (e) {
      for (const rest of staged.slice(i)) rmSync(rest.tmp, { force: true });
      throw new UserError(`cannot write (${why(e)})`, { file: s.shown });
    }
  }
}

/**
 * Write a file atomically: a temporary file in the same directory, fsync, rename. A crash leaves
 * either the old file or the new one, never half of one. Unwritable directory → UserError.
 */
export function writeAtomic(path: string, content: string, shown: string = path): void {
  writeFilesAtomic([{ path, content, shown }]);
}

/** Read a file if it exists (no decoding checks: our own output), else undefined. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
