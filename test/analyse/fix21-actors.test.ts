/**
 * Session 21: bearers of a rule (trials 103, 104, 105, 106).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a kind word of the bearer replaced by a universal quantifier (trial 104 #1)', () => {
  it('"Industrialised nations should" → "All nations should": the kind dropped (actor), "All" added (grammatical)', () => {
    expect(rows('Industrialised nations should fund the new programme.', 'All nations should fund the new programme.')).toEqual([
      ['grammatical', null, '', 'All'],
      ['actor', null, 'Industrialised', ''],
    ]);
  });
  it('"Member States shall" → "Every State shall"', () => {
    expect(rows('Member States shall publish the annual figures.', 'Every State shall publish the annual figures.').map((x) => x[0])).toContain('actor');
  });
  it('near miss: the kind word dropped alone stays one actor', () => {
    expect(rows('Industrialised nations should fund the new programme.', 'Nations should fund the new programme.')).toEqual([['actor', null, 'Industrialised', '']]);
  });
  it('near miss: the quantifier added before the kind word stays grammar', () => {
    expect(rows('Industrialised nations should fund the new programme.', 'All industrialised nations should fund the new programme.')).toEqual([['grammatical', null, '', 'All']]);
  });
  it('near miss: a kind word replaced by another word of content stays one change', () => {
    expect(rows('Industrialised nations should fund the new programme.', 'Wealthy nations should fund the new programme.').map((x) => x[0])).not.toContain('grammatical');
  });
});

describe('"by a Party" → "by either country", the tagger reading "either" as a coordinator, is one actor change (trial 105 E3)', () => {
  it('an agent after a participle qualifying a noun', () => {
    expect(rows('The Code covers requests sent by a Party for the prosecution of fraud.', 'The Code covers requests sent by either country for the prosecution of fraud.')).toEqual([
      ['actor', null, 'a Party', 'either country'],
    ]);
  });
  it('near miss: "by any country" stays one actor', () => {
    expect(rows('The Code covers requests sent by a Party for the prosecution of fraud.', 'The Code covers requests sent by any country for the prosecution of fraud.')).toEqual([
      ['actor', null, 'a Party', 'any country'],
    ]);
  });
  it('near miss: a place, "in the territory of the other Party", is no actor', () => {
    expect(rows('Requests shall be executed in the territory of the other Party.', 'Requests shall be executed in the territory of either country.').map((x) => x[0])).not.toContain('actor');
  });
});

describe('a participle after the bearer leaves the noun before it as the bearer (trial 106 #4)', () => {
  it('"Organisations processing personal data shall" → "Companies that process personal data shall"', () => {
    expect(rows('Organisations processing health records shall inform the regulator.', 'Companies that process health records shall inform the regulator.')).toEqual([
      ['actor', null, 'Organisations', 'Companies'],
      ['grammatical', null, 'processing', 'that process'],
    ]);
  });
  it('the participle read as a verb: "Firms holding licences shall" → "Companies holding licences shall"', () => {
    expect(rows('Firms holding export licences shall keep records.', 'Companies holding export licences shall keep records.')).toEqual([['actor', null, 'Firms', 'Companies']]);
  });
  it('"Firms holding" → "Companies that hold": the pronoun goes with the verb', () => {
    expect(rows('Firms holding export licences shall keep records.', 'Companies that hold export licences shall keep records.')).toEqual([
      ['actor', null, 'Firms', 'Companies'],
      ['grammatical', null, 'holding', 'that hold'],
    ]);
  });
  it('near miss: the bearer alone replaced stays one actor', () => {
    expect(rows('Organisations shall inform the regulator.', 'Companies shall inform the regulator.')).toEqual([['actor', null, 'Organisations', 'Companies']]);
  });
  it('near miss: a change inside the participle\'s phrase says which of them, not who', () => {
    expect(rows('Organisations processing health records shall inform the regulator.', 'Organisations processing financial records shall inform the regulator.').map((x) => x[0])).not.toContain('actor');
  });
});

describe('a participle against the same verb in a relative clause is grammar whatever the tagger reads (trial 106 #5)', () => {
  it('"Operators processing" → "Operators that process"', () => {
    expect(rows('Operators processing health records shall inform the regulator.', 'Operators that process health records shall inform the regulator.')).toEqual([
      ['grammatical', null, 'processing', 'that process'],
    ]);
  });
  it('"… who process" and the other way round', () => {
    expect(rows('Operators processing health records shall inform the regulator.', 'Operators who process health records shall inform the regulator.')).toEqual([
      ['grammatical', null, 'processing', 'who process'],
    ]);
    expect(rows('Operators that process health records shall inform the regulator.', 'Operators processing health records shall inform the regulator.')).toEqual([
      ['grammatical', null, 'that process', 'processing'],
    ]);
  });
  it('near miss: the noun "processing" against "process" with no relative pronoun stays lexical', () => {
    expect(rows('The processing of health records shall be lawful.', 'The process of health records shall be lawful.')).toEqual([['lexical', null, 'processing', 'process']]);
  });
});

describe('the speaker\'s "We" restated in the third person is an actor change whatever the auxiliary (trial 103 #6)', () => {
  it('"We do not keep" → "Veltrix does not keep": actor, "do" → "does" grammar', () => {
    expect(rows('We do not keep payment details on our servers.', 'Veltrix does not keep payment details on our servers.')).toEqual([
      ['actor', null, 'We', 'Veltrix'],
      ['grammatical', null, 'do', 'does'],
    ]);
  });
  it('"We do not keep" → "The firm does not keep" and → "It does not keep"', () => {
    expect(rows('We do not keep payment details on our servers.', 'The firm does not keep payment details on our servers.')[0]).toEqual(['actor', null, 'We', 'The firm']);
    expect(rows('We do not keep payment details on our servers.', 'It does not keep payment details on our servers.')[0]).toEqual(['actor', null, 'We', 'It']);
  });
  it('near miss: with a modal, as before', () => {
    expect(rows('We will not keep payment details on our servers.', 'Veltrix will not keep payment details on our servers.')).toEqual([['actor', null, 'We', 'Veltrix']]);
  });
  it('near miss: a "we" inside a reported clause stays grammar (person)', () => {
    expect(rows('Veltrix says that we keep payment details at home.', 'Veltrix says that it keeps payment details at home.').map((x) => x[0])).toEqual(['grammatical']);
  });
});

describe('the pronoun subject of a relative clause with no relative pronoun, dropped with its auxiliary, is content (trial 104 #5)', () => {
  it('"the findings we have published" → "the findings published": an omission', () => {
    expect(rows('States should review the findings we have published and the data.', 'States should review the findings published and the data.')).toEqual([['omission', null, 'we have', '']]);
  });
  it('near miss: a relative pronoun and its auxiliary stay grammar', () => {
    expect(rows('States should read the study which has a bearing on trade.', 'States should read the study bearing on trade.')).toEqual([['grammatical', null, 'which has a', '']]);
  });
  it('near miss: an "it" after a conjunction, no noun before it, stays grammar', () => {
    expect(rows('States should act as it is required by law.', 'States should act as required by law.')).toEqual([['grammatical', null, 'it is', '']]);
  });
});
