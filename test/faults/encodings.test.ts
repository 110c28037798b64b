/**
 * Raw sources and corpus files in the encodings and line endings a user's tools produce (issue 6):
 * a UTF-8 BOM is dropped and CRLF or CR line endings read as LF, so the witnesses are byte-identical
 * to those of the LF original. In process (src/cli/ingest.ts and src/corpus/load.ts, the functions the
 * commands call), on copies of the tiny corpus.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/cli/ingest.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { decodeText } from '../../src/io/files.js';
import { copyCorpus, snapshot, TINY_CORPUS, type CorpusCopy } from '../helpers/corpus.js';

const copies: CorpusCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

/** A copy of the tiny corpus (no witnesses) whose files under `sub` are rewritten by `f`. */
function transformed(sub: string, f: (b: Buffer) => Buffer): CorpusCopy {
  const c = copyCorpus(TINY_CORPUS, { withoutWitnesses: true });
  copies.push(c);
  const dir = join(c.dir, sub);
  const names = sub === '.' ? ['sources.yaml'] : readdirSync(dir);
  for (const name of names) writeFileSync(join(dir, name), f(readFileSync(join(dir, name))));
  return c;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const withBom = (b: Buffer) => Buffer.concat([BOM, b]);
const crlf = (b: Buffer) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'), 'utf8');
const cr = (b: Buffer) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r'), 'utf8');

let lf: Map<string, Buffer>;
beforeAll(async () => {
  const c = copyCorpus(TINY_CORPUS, { withoutWitnesses: true });
  copies.push(c);
  await ingest({ corpus: c.dir, force: false });
  lf = snapshot(join(c.dir, 'witnesses'));
  expect([...lf.keys()].sort()).toEqual(['gazette.md', 'official.md', 'web.md']);
});

describe('raw sources: BOM, CRLF, CR give the same witnesses as LF', () => {
  it.each([
    ['a UTF-8 BOM', withBom],
    ['CRLF line endings', crlf],
    ['CR line endings', cr],
    ['a BOM and CRLF', (b: Buffer) => withBom(crlf(b))],
  ] as const)('%s', async (_name, f) => {
    const c = transformed('raw', f);
    const outcomes = await ingest({ corpus: c.dir, force: false });
    expect(outcomes.map((o) => o.status)).toEqual(['written', 'written', 'written']);
    expect(snapshot(join(c.dir, 'witnesses'))).toEqual(lf);
  });

  it('sources.yaml with a BOM and CRLF line endings', async () => {
    const c = transformed('.', (b) => withBom(crlf(b)));
    await ingest({ corpus: c.dir, force: false });
    expect(snapshot(join(c.dir, 'witnesses'))).toEqual(lf);
  });
});

describe('witness files: BOM, CRLF, CR load as the LF file does', () => {
  it.each([
    ['a UTF-8 BOM', withBom],
    ['CRLF line endings', crlf],
    ['CR line endings', cr],
  ] as const)('%s', async (_name, f) => {
    const c = copyCorpus(TINY_CORPUS, { withoutWitnesses: true });
    copies.push(c);
    await ingest({ corpus: c.dir, force: false });
    const expected = loadCorpus(c.dir);
    for (const name of ['official.md', 'web.md', 'gazette.md']) {
      const p = join(c.dir, 'witnesses', name);
      writeFileSync(p, f(readFileSync(p)));
    }
    expect(loadCorpus(c.dir)).toEqual(expected);
    // and ingest sees an unedited, generated file (the checksum holds): no hand-edit note
    expect((await ingest({ corpus: c.dir, force: false })).map((o) => o.status)).not.toContain('kept-hand-edited');
  });
});

describe('decodeText', () => {
  it('drops one BOM only, keeps a BOM-like U+FEFF inside the text', () => {
    expect(decodeText(Buffer.from('\ufeffa\ufeffb', 'utf8'), 'x')).toBe('a\ufeffb');
  });
  it('mixed line endings all become LF; a lone CR at the end too', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\nd\r', 'utf8'), 'x')).toBe('a\nb\nc\nd\n');
  });
  it('an overlong encoding, a lone surrogate (CESU) and a truncated sequence are not UTF-8', () => {
    for (const bytes of [[0x61, 0xc0, 0xaf], [0x61, 0xed, 0xa0, 0x80], [0x61, 0x0a, 0xe2, 0x80]]) {
      expect(() => decodeText(Buffer.from(bytes), 'f.txt'), bytes.join(' ')).toThrow(/^f\.txt:\d+: not valid UTF-8/);
    }
  });
});
