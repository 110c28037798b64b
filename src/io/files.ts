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

/**
 * Write a file atomically: a temporary file in the same directory, fsync, rename. A crash leaves
 * either the old file or the new one, never half of one. Unwritable directory → UserError.
 */
export function writeAtomic(path: string, content: string, shown: string = path): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`cannot create directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file: shown });
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot write (${code ?? 'error'}): output directory not writable?`, { file: shown });
  }
}

/** Read a file if it exists (no decoding checks: our own output), else undefined. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
