/**
 * Session 20: a government decree against a translation, an FAQ and a news report (trial 97): restricted
 * permissions with a long predicate, sanction clauses, instrument names, reworded time points and places,
 * conditions and verbs reworded whole, a head noun said once for two modifiers.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a restricting "only" far from the permission in its clause still restricts it (trial 97 #1)', () => {
  const B = 'Files may be passed to partner bodies in other member regions only after an audit.';
  it('"may <long predicate> only after" → "can <short> only after": same force, no direction', () => {
    expect(rows(B, 'Files can travel abroad only after an audit.')).toEqual([
      ['grammatical', null, 'may', 'can'],
      ['lexical', null, 'be passed to partner bodies in other member regions', 'travel abroad'],
    ]);
    expect(rows(B, 'Files shall travel abroad only after an audit.')[0]).toEqual(['grammatical', null, 'may', 'shall']);
  });
  it('near misses: both short stays grammatical; the restriction added to a long predicate is strengthened', () => {
    expect(rows('Files may be passed abroad only after an audit.', 'Files can travel abroad only after an audit.')[0]).toEqual(['grammatical', null, 'may', 'can']);
    expect(rows('Files may be passed abroad after an audit.', 'Files can travel abroad after an audit.')[0]).toEqual(['modality', null, 'may', 'can']);
    expect(rows('Files may be passed to partner bodies in other member regions after an audit.', 'Files can travel abroad only after an audit.')[0]).toEqual(['modality', 'strengthened', 'may', 'can']);
  });
});

describe('a sanction clause states a consequence, not a duty (trial 97 #2)', () => {
  it('"shall be liable to a fine" → "face a fine": the auxiliary is grammar, the predicate lexical', () => {
    expect(rows('A firm that breaks this rule shall be liable to a penalty.', 'A firm that breaks this rule faces a penalty.')).toEqual([
      ['grammatical', null, 'shall', ''],
      ['lexical', null, 'be liable to', 'faces'],
    ]);
    expect(rows('A firm that breaks this rule shall incur a penalty.', 'A firm that breaks this rule incurs a penalty.').map((r) => r[0])).toEqual(['grammatical', 'grammatical']);
  });
  it('near misses: a duty made a description stays weakened; a consequence made possible is weakened', () => {
    expect(rows('Firms shall inform the Agency of any incident.', 'Firms inform the Agency of any incident.')).toEqual([['modality', 'weakened', 'shall', '']]);
    expect(rows('A firm that breaks this rule shall be liable to a penalty.', 'A firm that breaks this rule may be liable to a penalty.')).toEqual([['modality', 'weakened', 'shall', 'may']]);
  });
});

describe('"Under the decree," names the instrument: a framing addition, not a condition (trial 97 #3)', () => {
  it('decree and ordinance are instruments', () => {
    expect(rows('Firms shall keep records in the country.', 'Under the decree, firms must keep records in the country.')[0]).toEqual(['addition', null, '', 'Under the decree,']);
    expect(rows('Firms shall keep records in the country.', 'Under the Ordinance, firms must keep records in the country.')[0]).toEqual(['addition', null, '', 'Under the Ordinance,']);
  });
  it('near miss: "Under the conditions set by the Agency," stays a condition added', () => {
    expect(rows('Firms shall keep records in the country.', 'Under the conditions set by the Agency, firms must keep records in the country.')[0]).toEqual(['qualifier-added', 'weakened', '', 'Under the conditions set by the Agency,']);
  });
});

describe('a time point reworded with its anchor is one lexical (trial 97 #4)', () => {
  it('"sixty days after its adoption by the Council" → "in March": one lexical, no time limit dropped', () => {
    expect(rows('This Order shall take effect sixty days after its adoption by the Council.', 'This Order shall take effect in March.')).toEqual([
      ['lexical', null, 'sixty days after its adoption by the Council', 'in March'],
    ]);
  });
  it('near miss: the limit and its anchor dropped with nothing in their place stays a time limit dropped', () => {
    expect(rows('Firms shall inform the Agency within forty-eight hours after the incident.', 'Firms shall inform the Agency.')).toEqual([
      ['qualifier-dropped', 'weakened', 'within forty-eight hours after the incident', ''],
    ]);
  });
});

describe('"X records and Y records" → "X and Y records": the head noun said once is grammar (trial 97 #8)', () => {
  it('dropped once or twice, or added: grammatical', () => {
    expect(rows('Firms shall keep medical records and tax records on site.', 'Firms shall keep medical and tax records on site.')).toEqual([['grammatical', null, 'records', '']]);
    expect(rows('Firms shall keep medical records, tax records and staff records on site.', 'Firms shall keep medical, tax and staff records on site.').map((r) => r[0])).toEqual(['grammatical', 'grammatical']);
    expect(rows('Firms shall keep medical and tax records on site.', 'Firms shall keep medical records and tax records on site.')).toEqual([['grammatical', null, '', 'records']]);
  });
  it('near miss: another noun after the last modifier leaves the first one omitted', () => {
    expect(rows('Firms shall keep medical records and tax files on site.', 'Firms shall keep medical and tax files on site.')).toEqual([['omission', null, 'records', '']]);
  });
});

describe('a noun phrase reworded with its "of" complement is one lexical (trial 97 #5)', () => {
  it('"the region of the Federation" → "Norland": one lexical, either way', () => {
    expect(rows('Firms shall keep records on servers located within the region of the Federation.', 'Firms shall keep records on servers located within Norland.')).toEqual([
      ['lexical', null, 'the region of the Federation', 'Norland'],
    ]);
    expect(rows('Firms shall keep records on servers located within Norland.', 'Firms shall keep records on servers located within the region of the Federation.')).toEqual([
      ['lexical', null, 'Norland', 'the region of the Federation'],
    ]);
  });
  it('near miss: the complement dropped after the same noun stays an omission', () => {
    expect(rows('Firms shall keep records on servers located within the region of the Federation.', 'Firms shall keep records on servers located within the region.')).toEqual([
      ['omission', null, 'of the Federation', ''],
    ]);
  });
});

describe('a verb phrase up to its preposition reworded as one verb is one lexical (trial 97 #7)', () => {
  it('"fails to comply with" → "breaches": one lexical, either way', () => {
    expect(rows('Any firm that fails to comply with Article 2 shall pay a penalty.', 'Any firm that breaches Article 2 shall pay a penalty.')).toEqual([
      ['lexical', null, 'fails to comply with', 'breaches'],
    ]);
    expect(rows('Any firm that breaches Article 2 shall pay a penalty.', 'Any firm that fails to comply with Article 2 shall pay a penalty.')).toEqual([
      ['lexical', null, 'breaches', 'fails to comply with'],
    ]);
  });
  it('near miss: only the verb after "fails to" reworded stays a lexical of its own', () => {
    expect(rows('Any firm that fails to comply with Article 2 shall pay a penalty.', 'Any firm that fails to respect Article 2 shall pay a penalty.')).toEqual([
      ['lexical', null, 'comply with', 'respect'],
    ]);
  });
});

describe('a condition reworded in place is one lexical, not cut at a shared noun (trial 97 #6)', () => {
  const B = 'Hosts shall not release files kept in the Federation without the express permission of the relevant judge.';
  it('"without the express permission of the relevant judge" → "unless a judge has allowed it beforehand": one lexical, the place its own', () => {
    expect(rows(B, 'Hosts shall not release files kept in Norland unless a judge has allowed it beforehand.')).toEqual([
      ['lexical', null, 'the Federation', 'Norland'],
      ['lexical', null, 'without the express permission of the relevant judge', 'unless a judge has allowed it beforehand'],
    ]);
    expect(rows('Hosts shall not release files without the consent of the owner.', 'Hosts shall not release files unless the owner agrees.')).toEqual([
      ['lexical', null, 'without the consent of the owner', 'unless the owner agrees'],
    ]);
  });
  it('near miss: the connective alone changed stays grammar', () => {
    expect(rows('Hosts shall not release files unless a judge has allowed it.', 'Hosts shall not release files except where a judge has allowed it.')).toEqual([
      ['grammatical', null, 'unless', 'except where'],
    ]);
  });
});

describe('two coordinated nouns put in another number are one grammatical (trial 97 #9)', () => {
  it('"Any firm or host" → "Firms or hosts" beside other changes: one grammatical', () => {
    expect(rows('Any firm or host that fails to comply with Article 2 shall pay a penalty of two per cent.', 'Firms or hosts that breach Article 2 shall pay a penalty of 2 per cent.')[0]).toEqual([
      'grammatical', null, 'Any firm or host', 'Firms or hosts',
    ]);
  });
  it('near miss: "shall apply" → "applies" keeps the auxiliary apart from the verb', () => {
    expect(rows('This Part shall apply to all firms.', 'This Part applies to all firms.').map((r) => r[0])).toEqual(['grammatical', 'grammatical']);
  });
});
