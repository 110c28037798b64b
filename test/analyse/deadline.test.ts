/**
 * A time limit set by a date, moved later or earlier (qualifiers.yaml `date-limits`): on an
 * obligation a later deadline gives more time (weakened), an earlier one less (strengthened), as
 * "within 30 days" → "within 60 days" already is; an end date ("until") moved later makes the rule
 * hold longer. (From a new-user trial on export controls: reporting deadlines.)
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);

describe('a deadline date moved', () => {
  it('later on an obligation: lexical, weakened (several date forms and heads)', () => {
    for (const [b, r] of [
      ['Exporters shall report by 31 January of each year.', 'Exporters shall report by 31 March of each year.'],
      ['Exporters shall report by 2025.', 'Exporters shall report by 2026.'],
      ['Exporters shall report by March 2025.', 'Exporters shall report by June 2025.'],
      ['Exporters shall report by 31 January 2025.', 'Exporters shall report by 31 January 2026.'],
      ['Exporters shall report before the end of 2025.', 'Exporters shall report before the end of 2026.'],
      ['The Office must publish its report no later than 1 June.', 'The Office must publish its report no later than 1 September.'],
    ]) {
      const vs = variants(b, r);
      expect(vs.map((v) => [v.type, v.direction]), b).toEqual([['lexical', 'weakened']]);
      expect(vs[0].explanation).toContain('the deadline moved later');
    }
  });
  it('earlier on an obligation: strengthened', () => {
    expect(brief('Exporters shall report no later than 31 January 2025.', 'Exporters shall report no later than 15 January 2025.')).toEqual([['lexical', 'strengthened']]);
    expect(brief('Exporters shall report by end-2025.', 'Exporters shall report by mid-2025.')).toEqual([['lexical', 'strengthened']]);
  });
  it('an end date (until) or a prohibition lasting to a date: later holds longer, strengthened', () => {
    expect(brief('Exporters shall keep the records until 2030.', 'Exporters shall keep the records until 2028.')).toEqual([['lexical', 'weakened']]);
    expect(brief('Exporters shall not export the items before 2025.', 'Exporters shall not export the items before 2026.')).toEqual([['lexical', 'strengthened']]);
  });
  it('near misses: a permission, a date that sets no limit, dates of different parts: no direction', () => {
    const perm = variants('Exporters may report by 2025.', 'Exporters may report by 2026.');
    expect(perm.map((v) => [v.type, v.direction ?? null])).toEqual([['lexical', null]]);
    expect(perm[0].explanation).toContain('the date moved later');
    expect(brief('The Office met on 3 March 2025.', 'The Office met on 5 March 2025.')).toEqual([['lexical', null]]);
    expect(brief('Exporters shall report by 31 January.', 'Exporters shall report by 2025.')).toEqual([['lexical', null]]);
  });
});

describe('a duration (qualifiers.yaml kind `duration`: "keep records for a period of five years")', () => {
  it('runs opposite to a time limit: shorter on an obligation weakened, longer strengthened', () => {
    expect(brief('Exporters shall keep records for a period of five years.', 'Exporters shall keep records for a period of three years.')).toEqual([['lexical', 'weakened']]);
    expect(brief('Exporters shall keep records for at least five years.', 'Exporters shall keep records for at least ten years.')).toEqual([['lexical', 'strengthened']]);
    expect(brief('Records must be kept for not less than five years.', 'Records must be kept for not less than three years.')).toEqual([['lexical', 'weakened']]);
  });
  it('dropped from an obligation: weakened', () => {
    expect(brief('Exporters shall keep records for a period of five years.', 'Exporters shall keep records.')).toEqual([['qualifier-dropped', 'weakened']]);
  });
  it('near misses: a cap stays a time limit (shorter strengthened); a bare "for five years" after a verb that keeps nothing and a permission have no direction', () => {
    expect(brief('Exporters shall keep records for a period of no more than five years.', 'Exporters shall keep records for a period of no more than three years.')).toEqual([['lexical', 'strengthened']]);
    // (after a verb of keeping a bare "for five years" is a duration: see qualifier.test.ts)
    expect(brief('Exporters shall keep records for five years.', 'Exporters shall keep records for three years.')).toEqual([['lexical', 'weakened']]);
    expect(brief('Export licences shall be valid for five years.', 'Export licences shall be valid for three years.')).toEqual([['lexical', null]]);
    expect(brief('Exporters may keep records for at least five years.', 'Exporters may keep records for at least three years.')).toEqual([['lexical', null]]);
  });
});
