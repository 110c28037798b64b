import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('changes on the two sides of a clause boundary both read stay apart (trial 117 E3)', () => {
  it('", while" and ", and" read alike: the phrase dropped before it and the word replaced after it are two variants', () => {
    expect(tdbr('Members argued that the fund could be enlarged gradually, while other members objected.', 'Members argued that the fund could be enlarged, while several members objected.')).toEqual([
      ['qualifier-dropped', null, 'gradually', ''],
      ['lexical', null, 'other', 'several'],
    ]);
    expect(tdbr('Members argued that the fund could be enlarged gradually, and other members objected.', 'Members argued that the fund could be enlarged, and several members objected.')).toEqual([
      ['qualifier-dropped', null, 'gradually', ''],
      ['lexical', null, 'other', 'several'],
    ]);
  });
  it('near miss: the words after the boundary kept, the drop alone', () => {
    expect(tdbr('Members argued that the fund could be enlarged gradually, while other members objected.', 'Members argued that the fund could be enlarged, while other members objected.')).toEqual([['qualifier-dropped', null, 'gradually', '']]);
  });
});

describe('a condition whose connective alone is swapped keeps its subject and verb in place (trial 115 #8)', () => {
  it('"where their records are leaked" → "when their records are disclosed unlawfully": the connective and the predicate apart', () => {
    expect(tdbr('Users should be compensated where their records are leaked.', 'Users should be compensated when their records are disclosed unlawfully.')).toEqual([
      ['grammatical', null, 'where', 'when'],
      ['lexical', null, 'leaked', 'disclosed'],
      ['addition', null, '', 'unlawfully'],
    ]);
  });
  it('near miss: the connective alone changed stays one grammatical variant', () => {
    expect(tdbr('Users should be compensated where their records are leaked.', 'Users should be compensated when their records are leaked.')).toEqual([['grammatical', null, 'where', 'when']]);
  });
});

describe('a named case whose words become the object is no rewording of its head (trial 114 #5)', () => {
  it('"rights …, including the right to rest on public holidays" → "the right to rest": the words kept read alike', () => {
    expect(tdbr("Calls upon companies to protect workers' rights in line with the Convention, including the right to rest on public holidays, and to report annually.", 'Companies were called upon to protect the right to rest and to report annually.')).toEqual([
      ['grammatical', null, 'Calls upon companies', 'Companies were called upon'],
      ['omission', null, "workers' rights", ''],
      ['qualifier-dropped', 'strengthened', 'in line with the Convention', ''],
      ['omission', null, ', including', ''],
      ['omission', null, 'on public holidays,', ''],
    ]);
  });
  it('near miss: the named case dropped whole stays a qualifier dropped', () => {
    expect(tdbr("Calls upon companies to protect workers' rights, including the right to rest, and to report annually.", "Calls upon companies to protect workers' rights and to report annually.")).toEqual([['qualifier-dropped', null, ', including the right to rest,', '']]);
  });
});

describe('an ellipsis that ends a quotation stands for the words it cuts (trial 114 #6)', () => {
  it('"… erasure …" against the rest of the paragraph: one omission quoting the mark', () => {
    const b = 'Urges operators to respect user rights, including the right to erasure, and to publish reports on their practices;';
    expect(tdbr(b, 'Urges operators to respect user rights, including the right to erasure …')).toEqual([['omission', null, ', and to publish reports on their practices;', '…']]);
    expect(tdbr(b, 'Urges operators to respect user rights, including the right to erasure […]')).toEqual([['omission', null, ', and to publish reports on their practices;', '[…]']]);
  });
  it('near miss: an ellipsis where nothing is cut stays punctuation', () => {
    expect(tdbr('Urges operators to respect user rights, including the right to erasure.', 'Urges operators to respect user rights, including the right to erasure …')).toEqual([['punctuation', null, '.', '…']]);
  });
});

describe('a hyphenated compound restated with "of" is the same noun phrase (trial 115 #4)', () => {
  it('"Risk-management procedures" → "The procedures of risk-management": one grammatical variant', () => {
    expect(tdbr('Risk-management procedures should be published.', 'The procedures of risk-management should be published.')).toEqual([['grammatical', null, 'Risk-management procedures', 'The procedures of risk-management']]);
  });
  it('near miss: the unhyphenated compound stays as it was', () => {
    expect(tdbr('Export control procedures should be published.', 'The procedures of export control should be published.')).toEqual([['grammatical', null, 'Export control procedures', 'The procedures of export control']]);
  });
});

describe('an additive adverb moved in its sentence is one transposition (trial 115 #7)', () => {
  it('"must also be encrypted at rest" → "must be encrypted also at rest": one variant', () => {
    expect(tdbr('Data must also be encrypted at rest.', 'Data must be encrypted also at rest.')).toEqual([['transposition', null, 'also', 'also']]);
    expect(tdbr('Data must also be encrypted at rest.', 'Data must be encrypted at rest also.')).toEqual([['transposition', null, 'also', 'also']]);
  });
  it('near miss: dropped, it stays a grammatical omission', () => {
    expect(tdbr('Data must also be encrypted at rest.', 'Data must be encrypted at rest.')).toEqual([['grammatical', null, 'also', '']]);
  });
});

describe('a short sentence dropped before an added frame is no rewording (trial 118 #2)', () => {
  it('"Logs are kept. The bare fact …" → "Freedonia holds that the bare fact …": an omission and an addition', () => {
    expect(tdbr('Logs are kept. The bare fact that a message was routed through a relay is not enough to identify the sender.', 'Freedonia holds that the bare fact that a message was routed through a relay is not enough to identify the sender.')).toEqual([
      ['omission', null, 'Logs are kept.', ''],
      ['addition', null, '', 'Freedonia holds that'],
    ]);
  });
  it('near miss: the sentence restated as a clause with its words stays read word by word', () => {
    expect(tdbr('Logs are kept. The bare fact that a message was routed through a relay is not enough.', 'Logs being kept, the bare fact that a message was routed through a relay is not enough.')).toEqual([
      ['grammatical', null, 'are', 'being'],
      ['punctuation', null, '.', ','],
    ]);
  });
});
