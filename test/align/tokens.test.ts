import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AlignOp, alignTokens, slideToMoves } from '../../src/align/tokens.js';
import type { Token } from '../../src/types.js';

const FUNCTION = new Set(['the', 'of', 'a', 'and', 'to', ',', '.']);

/** Synthetic tokens (no NLP model needed): function words get a closed-class POS. */
function toks(words: readonly string[]): Token[] {
  let off = 0;
  return words.map((w, i) => {
    const t: Token = {
      t: w, n: w.toLowerCase(), lemma: w.toLowerCase(), stem: w.toLowerCase(),
      pos: w === ',' || w === '.' ? 'PUNCT' : FUNCTION.has(w.toLowerCase()) ? 'DET' : 'NOUN',
      punct: w === ',' || w === '.', start: off + (i ? 1 : 0), end: 0, space: i ? ' ' : '', sentence: 0,
    };
    t.end = t.start + w.length;
    off = t.end;
    return t;
  });
}

function check(ops: AlignOp[], b: Token[], r: Token[]): void {
  let bi = 0;
  let ri = 0;
  let prev: AlignOp | null = null;
  for (const op of ops) {
    expect(op.baseSpan[0]).toBe(bi);
    expect(op.readingSpan[0]).toBe(ri);
    const bl = op.baseSpan[1] - op.baseSpan[0];
    const rl = op.readingSpan[1] - op.readingSpan[0];
    expect(bl + rl).toBeGreaterThan(0);
    if (op.op === 'equal') {
      expect(bl).toBe(rl);
      for (let k = 0; k < bl; k++) expect(b[bi + k].n).toBe(r[ri + k].n);
    } else {
      expect(op.op).toBe(bl && rl ? 'replace' : bl ? 'delete' : 'insert');
      // changes are maximal: never two in a row
      expect(prev === null || prev.op === 'equal').toBe(true);
    }
    bi = op.baseSpan[1];
    ri = op.readingSpan[1];
    prev = op;
  }
  expect(bi).toBe(b.length);
  expect(ri).toBe(r.length);
}

const word = fc.constantFrom('States', 'data', 'security', 'the', 'of', 'a', 'and', 'to', ',', '.', 'companies', 'Data', 'shall');
const words = fc.array(word, { maxLength: 30 });

describe('alignTokens', () => {
  it('accounts for every base and reading token exactly once, in order (property)', () => {
    fc.assert(
      fc.property(words, words, fc.boolean(), (x, y, cleanup) => {
        const b = toks(x);
        const r = toks(y);
        check(alignTokens(b, r, { cleanup }), b, r);
      }),
      { numRuns: 400 },
    );
  });

  it('without cleanup, the equal tokens are a longest common subsequence (property)', () => {
    // tokens one side lacks are set aside before Myers' diff: that must never cost a match
    const lcs = (x: string[], y: string[]) => {
      const row = new Array<number>(y.length + 1).fill(0);
      for (let i = 1; i <= x.length; i++) {
        let diag = 0;
        for (let j = 1; j <= y.length; j++) {
          const up = row[j];
          row[j] = x[i - 1] === y[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
          diag = up;
        }
      }
      return row[y.length];
    };
    const few = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'x', 'y', 'z', 'w'), { maxLength: 40 });
    fc.assert(
      fc.property(few, few, (x, y) => {
        const b = toks(x);
        const r = toks(y);
        const ops = alignTokens(b, r, { cleanup: false });
        check(ops, b, r);
        const equal = ops.filter((o) => o.op === 'equal').reduce((n, o) => n + o.baseSpan[1] - o.baseSpan[0], 0);
        expect(equal).toBe(lcs(x.map((w) => w.toLowerCase()), y.map((w) => w.toLowerCase())));
      }),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('a word only one side has is a change even amid shared words', () => {
    const b = toks('a b c d e f'.split(' '));
    const r = toks('a b x d e f'.split(' '));
    expect(alignTokens(b, r, { cleanup: false }).map((o) => [o.op, o.baseSpan, o.readingSpan])).toEqual([
      ['equal', [0, 2], [0, 2]],
      ['replace', [2, 3], [2, 3]],
      ['equal', [3, 6], [3, 6]],
    ]);
  });

  it('holds with the unique-word anchoring fallback too (property)', () => {
    fc.assert(
      fc.property(words, words, (x, y) => {
        const b = toks(x);
        const r = toks(y);
        check(alignTokens(b, r, { maxEdit: 2 }), b, r);
      }),
      { numRuns: 300 },
    );
  });

  it('an identical reading is one equal op; empty sides give inserts and deletes', () => {
    const b = toks(['States', 'should', 'act', '.']);
    expect(alignTokens(b, toks(['States', 'should', 'act', '.']))).toEqual([{ op: 'equal', baseSpan: [0, 4], readingSpan: [0, 4] }]);
    expect(alignTokens(b, [])).toEqual([{ op: 'delete', baseSpan: [0, 4], readingSpan: [0, 0] }]);
    expect(alignTokens([], b)).toEqual([{ op: 'insert', baseSpan: [0, 0], readingSpan: [0, 4] }]);
    expect(alignTokens([], [])).toEqual([]);
  });

  it('compares normalised forms: case does not make a change', () => {
    expect(alignTokens(toks(['Data', 'security']), toks(['data', 'security'])).map((o) => o.op)).toEqual(['equal']);
  });

  it('semantic cleanup absorbs a short run of function words between changes', () => {
    const b = toks('promote cooperation of the member States'.split(' '));
    const r = toks('advance dialogue of the nations involved'.split(' '));
    expect(alignTokens(b, r, { cleanup: false }).map((o) => o.op)).toEqual(['replace', 'equal', 'replace']);
    expect(alignTokens(b, r)).toEqual([{ op: 'replace', baseSpan: [0, 6], readingSpan: [0, 6] }]);
    // not when the run is longer than the change on one side (diff-match-patch's rule)
    const b2 = toks('promote cooperation of the States'.split(' '));
    const r2 = toks('advance dialogue of the nations'.split(' '));
    expect(alignTokens(b2, r2).map((o) => o.op)).toEqual(['replace', 'equal', 'replace']);
  });

  it('near misses: content anchors and runs longer than the changes stay', () => {
    const b = toks('promote security of States'.split(' '));
    const r = toks('advance security of nations'.split(' '));
    expect(alignTokens(b, r).map((o) => o.op)).toEqual(['replace', 'equal', 'replace']);
    const b2 = toks('States of the world and the data'.split(' '));
    const r2 = toks('Nations of the world and the facts'.split(' '));
    expect(alignTokens(b2, r2).map((o) => o.op)).toEqual(['replace', 'equal', 'replace']);
  });

  it('anchors on words unique to both sides when the diff is too costly', () => {
    const b = toks('alpha x y beta z gamma'.split(' '));
    const r = toks('q alpha w beta v v gamma'.split(' '));
    const ops = alignTokens(b, r, { maxEdit: 1, cleanup: false });
    check(ops, b, r);
    const eq = ops.filter((o) => o.op === 'equal').map((o) => b.slice(o.baseSpan[0], o.baseSpan[1]).map((t) => t.n).join(' '));
    expect(eq).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('two tied subsequences: a content word across a lone function word is matched instead of it', () => {
    const eq = (b: Token[], r: Token[], opts = {}) =>
      alignTokens(b, r, { cleanup: false, ...opts }).filter((o) => o.op === 'equal').map((o) => b.slice(o.baseSpan[0], o.baseSpan[1]).map((t) => t.n).join(' '));
    // "bias and discrimination, privacy, and the protection of children" → "… and privacy"
    const b = toks('bias , privacy , and the protection of children .'.split(' '));
    const r = toks('bias and privacy .'.split(' '));
    expect(eq(b, r)).toEqual(['bias', 'privacy', '.']);
    const b2 = toks('poverty , hunger , and the education of girls'.split(' '));
    const r2 = toks('poverty and hunger'.split(' '));
    expect(eq(b2, r2)).toEqual(['poverty', 'hunger']);
    check(alignTokens(b2, r2), b2, r2);
    // the other way round: the content word after the function word in the reading
    expect(eq(toks('hunger and safety'.split(' ')), toks('and data , hunger'.split(' ')))).toEqual(['hunger']);
  });

  it('near misses: a content word further off than tieWindow, or tieWindow 0, leaves the tie as the diff made it', () => {
    const eq = (b: Token[], r: Token[], opts = {}) =>
      alignTokens(b, r, { cleanup: false, ...opts }).filter((o) => o.op === 'equal').map((o) => b.slice(o.baseSpan[0], o.baseSpan[1]).map((t) => t.n).join(' '));
    const b = toks('bias , privacy , and the protection of children .'.split(' '));
    const r = toks('bias and privacy .'.split(' '));
    expect(eq(b, r, { tieWindow: 0 })).toEqual(['bias', 'and', '.']);
    const far = toks('bias , privacy x y z w , and the protection .'.split(' '));
    expect(eq(far, r)).toEqual(['bias', 'and', '.']);
    // a mark keeps its match (the slots of a list stay aligned)
    expect(eq(toks('speed , cost and quality'.split(' ')), toks('quality , speed and price'.split(' ')))).toEqual([',', 'and']);
  });

  it('a custom key aligns on lemmas', () => {
    const b = toks(['developments', 'here']);
    const r = toks(['development', 'here']);
    b[0].lemma = 'development';
    expect(alignTokens(b, r, { key: (t) => t.lemma }).map((o) => o.op)).toEqual(['equal']);
  });
});

describe('slideToMoves', () => {
  const w = (s: string) => s.split(' ');
  it('slides an insertion over the equal word after it so that it reads as the run deleted elsewhere', () => {
    const b = toks(w('report , by January of each year , all exports of the year .'));
    const r = toks(w('report all exports of the year by January of each year .'));
    const ops = slideToMoves(alignTokens(b, r, { cleanup: false }), b, r);
    check(ops, b, r);
    const ins = ops.filter((o) => o.op === 'insert').map((o) => r.slice(o.readingSpan[0], o.readingSpan[1]).map((t) => t.n).join(' '));
    expect(ins).toEqual(['by january of each year']);
  });
  it('slides a deletion the same way (ops given by hand: the diff may place it so)', () => {
    const b = toks(w('the year by January of each year , all .'));
    const r = toks(w('the year , all by January of each year .'));
    const ops: AlignOp[] = [
      { op: 'equal', baseSpan: [0, 1], readingSpan: [0, 1] },
      { op: 'delete', baseSpan: [1, 6], readingSpan: [1, 1] },
      { op: 'equal', baseSpan: [6, 9], readingSpan: [1, 4] },
      { op: 'insert', baseSpan: [9, 9], readingSpan: [4, 9] },
      { op: 'equal', baseSpan: [9, 10], readingSpan: [9, 10] },
    ];
    check(ops, b, r);
    const slid = slideToMoves(ops, b, r);
    check(slid, b, r);
    expect(slid.find((o) => o.op === 'delete')).toEqual({ op: 'delete', baseSpan: [2, 7], readingSpan: [2, 2] });
    // the input is not mutated
    expect(ops[1]).toEqual({ op: 'delete', baseSpan: [1, 6], readingSpan: [1, 1] });
  });
  it('near miss: with no run to match, the ops are left as they were', () => {
    const b = toks(w('report the year of exports .'));
    const r = toks(w('report the new year of exports .'));
    const ops = alignTokens(b, r, { cleanup: false });
    expect(slideToMoves(ops, b, r)).toEqual(ops);
  });
});
