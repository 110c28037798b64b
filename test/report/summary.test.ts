import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/report/summary.js';
import { clone, fixture } from './fixture.js';

const before = fixture();

describe('compareReports', () => {
  it('unchanged', () => {
    expect(compareReports(before, clone(before))).toEqual({ changed: false, lines: [] });
  });

  it('added', () => {
    const after = clone(before);
    after.divergences.push({
      unit: 'P1', witness: 'mfa', type: 'lexical', class: 'substantive', base: 'emphasis', reading: 'stress',
      baseSpan: [7, 8], readingSpan: [7, 8], explanation: 'x', weight: 2,
    });
    expect(compareReports(before, after)).toEqual({ changed: true, lines: ["P1 mfa: + lexical 'emphasis' ] 'stress'"] });
  });

  it('a unit read out of order is told by its explanation (it has no words)', () => {
    const after = clone(before);
    after.divergences.push({
      unit: 'P1', witness: 'mfa', type: 'transposition', class: 'substantive', base: '', reading: '', baseSpan: null, readingSpan: null,
      explanation: 'read out of order: the witness reads P1 after C4', weight: 2,
    });
    expect(compareReports(before, after).lines).toEqual(['P1 mfa: + transposition (read out of order: the witness reads P1 after C4)']);
  });

  it('removed', () => {
    const after = clone(before);
    after.divergences = after.divergences.filter((v) => !(v.unit === 'C4' && v.witness === 'paraphrase' && v.type === 'qualifier-dropped'));
    expect(compareReports(before, after).lines).toEqual([
      "C4 paraphrase: - qualifier-dropped 'without other States' permission' ] ''",
    ]);
  });

  it('relabelled (type or direction)', () => {
    const after = clone(before);
    const lex = after.divergences.find((v) => v.type === 'lexical')!;
    lex.type = 'compound';
    lex.class = 'accidental';
    const mod = after.divergences.find((v) => v.type === 'modality')!;
    mod.direction = 'weakened';
    expect(compareReports(before, after).lines).toEqual([
      "C4 paraphrase: ~ modality (strengthened) → modality (weakened) 'should' ] 'must'",
      "C4 paraphrase: ~ lexical → compound 'encourage' ] 'require'",
    ]);
  });

  it('explanation or weight changes alone are not changes of the analysis', () => {
    const after = clone(before);
    after.divergences[0].explanation = 'other words';
    after.divergences[0].weight = 0.3;
    expect(compareReports(before, after).changed).toBe(false);
  });

  it('witnesses, units, readings and agreement', () => {
    const after = clone(before);
    after.witnesses = after.witnesses.filter((w) => w.id !== 'paraphrase');
    after.witnesses.push({ id: 'unga', title: 'UNGA statement', date: '2020-10', issuer: 'China', kind: 'oral-summary', source: 'raw/003.txt' });
    after.units = after.units.filter((u) => u.id !== 'P1');
    after.units.push({ id: 'E1', readings: { 'un-a75': 'End.' }, status: { 'un-a75': 'base' }, segments: {} });
    after.units[0].readings.mfa = 'States should encourage Companies to store data within their borders.';
    after.pairs[0].agreement = 0.85;
    const { changed, lines } = compareReports(before, after);
    expect(changed).toBe(true);
    expect(lines).toEqual([
      '- witness paraphrase (5 divergences)',
      '+ witness unga (0 divergences)',
      '- unit P1 (0 divergences)',
      '+ unit E1 (0 divergences)',
      "C4 mfa: ~ reading 'States should encourage Companies to store data within their own borders.' → 'States should encourage Companies to store data within their borders.'",
      'mfa: agreement 81.8% → 85.0%',
    ]);
  });

  it('a reading becoming absent, long quotes shortened, one line each', () => {
    const after = clone(before);
    after.units[2].readings.mfa = null;
    after.divergences = after.divergences.filter((v) => !(v.unit === 'C5' && v.witness === 'mfa'));
    const lines = compareReports(before, after).lines;
    expect(lines[0]).toMatch(/^C5 mfa: ~ reading '=SUM\(A1\) States \| should .*…' → \(absent\)$/);
    expect(lines.slice(1).every((l) => l.startsWith('C5 mfa: - '))).toBe(true);
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l).not.toContain('\n');
  });

  it('two long readings that differ late are both shown from a little before the difference', () => {
    const long = 'Assistance remains subject to the conditions provided for by the domestic law of the requested State Party, including the grounds on which it may refuse cooperation.';
    const after = clone(before);
    after.units[0].readings.mfa = long;
    const b2 = clone(before);
    b2.units[0].readings.mfa = long.replace('requested State Party', 'requesting State Party');
    const line = compareReports(b2, after).lines[0];
    expect(line).toBe("P1 mfa: ~ reading '…domestic law of the requesting State Party, including the grounds on which it …' → '…domestic law of the requested State Party, including the grounds on which it m…'");
    // near miss: short readings are quoted whole
    const c = clone(before);
    c.units[0].readings.mfa = 'States should act.';
    expect(compareReports(before, c).lines[0]).toBe("P1 mfa: ~ reading 'We call upon all States to put equal emphasis on development and security.' → 'States should act.'");
  });

  it('same identity twice: pairs by label first', () => {
    const a = clone(before);
    const dup = { ...a.divergences[0] };
    a.divergences.splice(1, 0, dup);
    const b = clone(a);
    b.divergences[1].type = 'spelling';
    expect(compareReports(a, b).lines).toEqual(["C4 mfa: ~ case → spelling 'companies' ] 'Companies'"]);
  });
});

describe('compareReports: text with no counterpart in the base', () => {
  it('says which witness text without counterpart was added or removed', () => {
    const before = clone(fixture());
    before.unmatched = [{ witness: 'mfa', text: 'A comment of the ministry.', after: 'C1' }];
    const after = clone(fixture());
    after.unmatched = [{ witness: 'mfa', text: 'Another comment of the ministry.', after: 'C1' }];
    const c = compareReports(before, after);
    expect(c.changed).toBe(true);
    expect(c.lines).toEqual(["mfa: - no counterpart 'A comment of the ministry.'", "mfa: + no counterpart 'Another comment of the ministry.'"]);
    expect(compareReports(before, clone(before)).changed).toBe(false);
  });
});
