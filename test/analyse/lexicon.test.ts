import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseReadings, loadLexicons, mergeData } from '../../src/analyse/index.js';
import { UserError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'variorum-lex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadLexicons', () => {
  it('reads the package lexicons', () => {
    const lex = loadLexicons();
    expect(lex.functionWords.has('the')).toBe(true);
    expect(lex.functionWords.has('should')).toBe(false); // modal auxiliaries never count as function words
    expect(lex.negators.has('never')).toBe(true);
    expect(lex.modals.get('require')?.[0].strength).toBe(6);
    expect(lex.thresholds.qualifierMissing).toBe(0.6);
    expect(loadLexicons()).toBe(lex); // cached
  });

  it("merges a corpus's lexicons over them", () => {
    const extra = join(dir, 'extra');
    mkdir(extra);
    writeFileSync(join(extra, 'modality.yaml'), 'markers:\n  - { phrase: exhort, strength: 5.5, kind: verb }\n  - { phrase: encourage, strength: 2.5, kind: verb }\n');
    writeFileSync(join(extra, 'spelling.yaml'), 'pairs:\n  - [kerbstone, curbstone]\n');
    const lex = loadLexicons(extra);
    expect(lex.modals.get('exhort')?.[0].strength).toBe(5.5);
    expect(lex.modals.get('encourage')?.[0].strength).toBe(2.5); // a later entry replaces the phrase
    expect(lex.modals.get('require')?.[0].strength).toBe(6); // the package's entries stay
    const r = analyseReadings('States should encourage firms to act.', 'States should exhort firms to act.', { lexicons: lex });
    expect(r.variants.map((v) => [v.type, v.explanation])).toEqual([['modality', "obligation strengthened: 'encourage' (2.5) → 'exhort' (5.5)"]]);
    expect(analyseReadings('a kerbstone', 'a curbstone', { lexicons: lex }).variants.map((v) => v.type)).toEqual(['spelling']);
    expect(analyseReadings('a kerbstone', 'a curbstone').variants.map((v) => v.type)).toEqual(['lexical']);
  });

  it('ignores a missing directory and reports bad YAML as a UserError', () => {
    expect(loadLexicons(join(dir, 'nope')).functionWords.has('the')).toBe(true);
    const bad = join(dir, 'bad');
    mkdir(bad);
    writeFileSync(join(bad, 'negation.yaml'), 'words: [not\n');
    expect(() => loadLexicons(bad)).toThrow(UserError);
  });

  it('mergeData concatenates lists, merges maps, replaces scalars', () => {
    expect(mergeData({ a: [1], b: { c: 1, d: 2 }, e: 1 }, { a: [2], b: { d: 3 }, e: 2 })).toEqual({ a: [1, 2], b: { c: 1, d: 3 }, e: 2 });
  });
});

function mkdir(p: string): void {
  mkdirSync(p, { recursive: true });
}
