import { describe, expect, it } from 'vitest';
import { ofType, types, variants } from './helpers.js';

describe('transposition', () => {
  it('a phrase moved to the front is one transposition', () => {
    const v = ofType('States shall not obtain data without permission.', 'Without permission, States shall not obtain data.', 'transposition');
    expect(v.map((x) => [x.base, x.reading, x.class])).toEqual([['without permission', 'Without permission', 'substantive']]);
    expect(v[0].baseSpan).toEqual([5, 7]);
    expect(v[0].readingSpan).toEqual([0, 2]);
  });

  it('swapped conjuncts: no omission, no addition', () => {
    const t = types('States should protect personal data and critical infrastructure.', 'States should protect critical infrastructure and personal data.');
    expect(t).toContain('transposition');
    expect(t).not.toContain('omission');
    expect(t).not.toContain('addition');
  });

  it('a sentence moved and reworded: one transposition, and the change inside it classified', () => {
    const vs = variants(
      'At the same time, States have the right to ensure data security. We reaffirm that States should foster an open business environment for mutual benefit.',
      'We reaffirm that States must foster an open business environment for mutual benefit. At the same time, States have the right to ensure data security.',
    );
    expect(vs.filter((v) => v.type === 'transposition')).toHaveLength(1);
    expect(vs.filter((v) => v.type === 'modality').map((v) => [v.base, v.reading, v.direction])).toEqual([['should', 'must', 'strengthened']]);
    expect(vs.filter((v) => v.type === 'omission' || v.type === 'addition')).toEqual([]);
  });

  it('two content words swapped around function words', () => {
    expect(types('the data of the State', 'the State of the data')).toEqual(['transposition', 'transposition']);
  });

  it('near misses: function words alone or different words do not make a transposition', () => {
    expect(types('protect the data of States', 'protect data of the States')).toEqual(['grammatical', 'grammatical']);
    expect(types('States should protect data.', 'States should guard data.')).not.toContain('transposition');
  });
});
