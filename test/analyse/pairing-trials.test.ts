import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a claim pairs clauses only within sentences the alignment reads together', () => {
  it('a passive read word for word on both sides is not the passive of the active clause before it', () => {
    expect(tv('A State may request assistance. Assistance shall be provided.', 'A Party may seek assistance. Assistance shall be provided.')).toEqual([
      ['actor', null, 'State', 'Party'],
      ['lexical', null, 'request', 'seek'],
    ]);
    // the passive first
    expect(tv('Assistance shall be provided. A State may request assistance.', 'Assistance shall be provided. A Party may seek assistance.')).toEqual([
      ['actor', null, 'State', 'Party'],
      ['lexical', null, 'request', 'seek'],
    ]);
    // another wording: the passive kept, no modality change invented
    expect(tv('The Agency may request data. Data shall be collected.', 'The Authority may seek data. Data shall be collected.')).toEqual([
      ['actor', null, 'Agency', 'Authority'],
      ['lexical', null, 'request', 'seek'],
    ]);
  });

  it('an active clause turned passive in the next sentence pairs with its own sentence, not the one before', () => {
    expect(tv('A State may request assistance. States shall provide assistance.', 'A Party may seek assistance. Assistance shall be provided.')).toEqual([
      ['actor', null, 'State', 'Party'],
      ['lexical', null, 'request', 'seek'],
      ['actor', null, 'States shall provide assistance', 'Assistance shall be provided'],
    ]);
  });

  it('near misses: a real voice change still is one, in one sentence or across a split', () => {
    expect(tv('A State shall provide assistance.', 'Assistance shall be provided.')).toEqual([['actor', null, 'A State shall provide assistance', 'Assistance shall be provided']]);
    expect(tv('States shall protect data and keep it safe.', 'Data shall be protected. It shall be kept safe.')[0]).toEqual(['actor', null, 'States shall protect data', 'Data shall be protected']);
  });

  it('a phrase moved to the front leaves each sentence of the unit read against its own: no actor change, no verb swapped between them', () => {
    expect(
      tv(
        "The Agency may issue guidance on the thresholds, after consulting the operators concerned. Such guidance shall be published on the Agency's website.",
        'After consulting the operators concerned, the Agency will issue guidance on the thresholds. The guidance will be published on our website.',
      ),
    ).toEqual([
      ['modality', 'strengthened', 'may', 'will'],
      ['transposition', null, 'after consulting the operators concerned', 'After consulting the operators concerned'],
      ['grammatical', null, 'Such', 'The'],
      ['modality', 'weakened', 'shall', 'will'],
      ['lexical', null, "the Agency's", 'our'],
    ]);
    expect(
      tv(
        'The Authority may adopt rules on fees, after hearing the parties concerned. Such rules shall be notified to the Commission.',
        'After hearing the parties concerned, the Authority will adopt rules on fees. The rules will be notified to the Commission.',
      ),
    ).toEqual([
      ['modality', 'strengthened', 'may', 'will'],
      ['transposition', null, 'after hearing the parties concerned', 'After hearing the parties concerned'],
      ['grammatical', null, 'Such', 'The'],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });

  it('near miss: the second sentence really turned passive keeps its actor change', () => {
    expect(
      tv(
        'The Agency may issue guidance on the thresholds, after consulting the operators concerned. The Agency shall publish such guidance on its website.',
        'After consulting the operators concerned, the Agency will issue guidance on the thresholds. The guidance will be published on its website.',
      ).filter((v) => v[0] === 'actor'),
    ).toEqual([['actor', null, 'The Agency shall publish such guidance', 'The guidance will be published']]);
  });
});

describe('a clause moved past a shorter qualifier: the qualifier moved, the changes in the clause read in place', () => {
  it('"shall indicate, where possible," → "Where possible, … may indicate": the move and the weakening', () => {
    expect(
      tv('The report shall indicate, where possible, whether the measures have been effective.', 'Where possible, the report may indicate whether the measures have been effective.'),
    ).toEqual([
      ['modality', 'weakened', 'shall', 'may'],
      ['punctuation', null, ',', ''],
      ['transposition', null, 'where possible', 'Where possible'],
    ]);
    // the other way round: the qualifier moved to the middle
    expect(
      tv('Where possible, the report shall indicate whether the measures have been effective.', 'The report may indicate, where possible, whether the measures have been effective.'),
    ).toEqual([
      ['transposition', null, 'Where possible', 'where possible'],
      ['modality', 'weakened', 'shall', 'may'],
      ['punctuation', null, '', ','],
    ]);
    // another wording, strengthened
    expect(tv('The operator should notify users, where feasible, of any breach.', 'Where feasible, the operator must notify users of any breach.')).toEqual([
      ['modality', 'strengthened', 'should', 'must'],
      ['transposition', null, 'where feasible', 'Where feasible'],
      ['punctuation', null, ',', ''],
    ]);
  });

  it('near miss: the same modal is the qualifier moved alone, not a list reordered', () => {
    const b = 'The report shall indicate, where possible, whether the measures have been effective.';
    const r = 'Where possible, the report shall indicate whether the measures have been effective.';
    expect(tv(b, r)).toEqual([
      ['transposition', null, 'where possible', 'Where possible'],
      ['punctuation', null, ',', ''],
    ]);
    expect(variants(b, r)[0].explanation).not.toContain('list');
  });

  it('near miss: a list really reordered stays one transposition', () => {
    expect(tv('Operators shall assess the purpose, scope and necessity of the processing.', 'Operators shall assess the necessity, purpose and scope of the processing.').map((x) => x[0])).toEqual(['transposition']);
  });
});
