import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const row = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('words the base says before and after its modal, the reading once after its own', () => {
  it('are matched after the modal: the rule is compared, not omitted', () => {
    expect(row(
      'Handlers processing personal information in quantities reaching the thresholds set by the authority shall store the personal information collected within the territory.',
      'High-volume processors must keep personal data collected in the country on local servers.',
    )).toEqual([
      ['lexical', null, 'Handlers processing personal information in quantities reaching the thresholds set by the authority', 'High-volume processors'],
      ['modality', null, 'shall', 'must'],
      ['lexical', null, 'store the', 'keep'],
      ['lexical', null, 'information', 'data'],
      ['lexical', null, 'within the territory', 'in the country'],
      ['addition', null, '', 'on local servers'],
    ]);
    // another wording: a weaker modal, the repeated words an object
    const v = row('Agencies receiving requests from foreign authorities shall refer the requests to the ministry.', 'Each agency may forward requests to the ministry.');
    expect(v.filter((x) => x[0] === 'modality')).toEqual([['modality', 'weakened', 'shall', 'may']]);
    expect(v.some((x) => x[0] === 'omission' && String(x[2]).includes('shall'))).toBe(false);
  });

  it('near misses: the words said once in the base, or matched in place already, stay as the diff reads them', () => {
    // (said once: nothing to match again)
    expect(row('Handlers processing personal information shall store the records.', 'High-volume processors must keep personal records.').map((x) => x[0])).toEqual(['lexical', 'omission']);
    // (the reading keeps its subject: its modal is in no change)
    expect(row('Operators holding personal information shall store the personal information collected within the territory.', 'Operators holding personal information shall store data collected within the territory.'))
      .toEqual([['lexical', null, 'the personal information', 'data']]);
  });
});
