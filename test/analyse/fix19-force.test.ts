/**
 * Session 19: force of list items, refraining verbs, polarity kept, purpose, framing (trials 91, 93).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

/** Base units C1, C2 against a witness whose clauses are [units, text] (units [] for a clause with no counterpart). */
function list(base: [string, string], wit: [string[], string][]) {
  const b = witness('base', [clause(base[0], ['C1']), clause(base[1], ['C2'])]);
  const w = witness('w', wit.map(([u, t]) => clause(t, u)));
  return analyse(corpus([b, w])).divergences.map((v) => [v.unit, v.type, v.direction ?? null, v.base, v.reading]);
}

describe('list items under a lead-in with no counterpart are read under its modal (trial 91 #3)', () => {
  const B: [string, string] = ['The Members will share data.', 'A Member should offer training.'];
  it('"The two sides shall:" with items the tagger opens with a noun: actor + modality per item', () => {
    expect(list(B, [[[], 'The two countries shall:'], [['C1'], 'share data;'], [['C2'], 'offer training.']])).toEqual([
      ['C1', 'actor', null, 'The Members', ''],
      ['C1', 'modality', 'strengthened', 'will', ''],
      ['C1', 'punctuation', null, '.', ';'],
      ['C2', 'actor', null, 'A Member', ''],
      ['C2', 'modality', 'strengthened', 'should', ''],
    ]);
  });
  it('"committed to:" with gerund items: the gerund completes it', () => {
    expect(list(B, [[[], 'The two countries committed to:'], [['C1'], 'sharing data;'], [['C2'], 'offering training.']])).toEqual([
      ['C1', 'actor', null, 'The Members', ''],
      ['C1', 'modality', 'strengthened', 'will', ''],
      ['C1', 'grammatical', null, 'share', 'sharing'],
      ['C1', 'punctuation', null, '.', ';'],
      ['C2', 'actor', null, 'A Member', ''],
      ['C2', 'modality', 'strengthened', 'should', ''],
      ['C2', 'grammatical', null, 'offer', 'offering'],
    ]);
  });
  it('near misses: the same subject in the lead-in is no actor; a lead-in with no modal leaves an omission', () => {
    expect(list(B, [[[], 'The Members shall:'], [['C1'], 'share data.'], [['C2'], 'offer training.']]).filter((r) => r[0] === 'C1')).toEqual([
      ['C1', 'modality', 'strengthened', 'will', ''],
    ]);
    expect(list(B, [[[], 'The two countries agreed on the following:'], [['C1'], 'share data;'], [['C2'], 'offer training.']]).filter((r) => r[0] === 'C2')).toEqual([
      ['C2', 'omission', null, 'A Member should', ''],
    ]);
  });
});

describe('a hedge before a verb of refraining weakens the prohibition (trial 93 E1)', () => {
  it('"shall not collect" → "shall try to avoid collecting": one modality, weakened, with the gerund', () => {
    expect(rows('Providers shall not collect location data.', 'Providers shall try to avoid collecting location data.')).toEqual([
      ['modality', 'weakened', 'not collect', 'try to avoid collecting'],
    ]);
  });
  it('near misses: "refrain from collecting" and "avoid collecting" stay the same prohibition, one grammatical over the frame', () => {
    expect(rows('Providers shall not collect location data.', 'Providers shall refrain from collecting location data.')).toEqual([
      ['grammatical', null, 'not collect', 'refrain from collecting'],
    ]);
    expect(rows('Providers shall not collect location data.', 'Providers shall avoid collecting location data.')).toEqual([
      ['grammatical', null, 'not collect', 'avoid collecting'],
    ]);
  });
});

describe('a negated verb restated by a positive predicate of the same meaning keeps its polarity (trial 91 #1)', () => {
  it('"shall not reveal the records" → "shall keep the records secret": one lexical, no negation', () => {
    expect(rows('The agency shall not reveal the records.', 'The agency shall keep the records secret.')).toEqual([
      ['lexical', null, 'not reveal the records', 'keep the records secret'],
    ]);
  });
  it('in the passive, and the other way round', () => {
    expect(rows('Reports will not be published.', 'Reports will be withheld.')).toEqual([['lexical', null, 'not be published', 'withheld']]);
    expect(rows('The agency shall keep the records secret.', 'The agency shall not reveal the records.')).toEqual([
      ['lexical', null, 'keep the records secret', 'not reveal the records'],
    ]);
  });
  it('near misses: the verb kept, or replaced by a verb that is no restatement, stays a negation', () => {
    expect(rows('The agency shall not reveal the records.', 'The agency shall reveal the records.')).toEqual([['negation', null, 'not', '']]);
    expect(rows('The agency shall not reveal the records.', 'The agency shall keep the records.').map((r) => r[0])).toContain('negation');
    // (under a permission the restatement turns it into a prohibition: still a negation)
    expect(rows('The agency may withhold the records.', 'The agency may not reveal the records.').map((r) => r[0])).toContain('negation');
  });
});

describe('"work towards" is an aim; a verb that only names reaching it goes with the frame (trial 93 E5)', () => {
  it('"will work towards" → "committed to": one modality, strengthened', () => {
    expect(rows('Members will work towards closer alignment of their rules.', 'Members committed to closer alignment of their rules.')).toEqual([
      ['modality', 'strengthened', 'will work towards', 'committed to'],
    ]);
  });
  it('"aim to attain" → "committed to": one modality over the aim and its verb', () => {
    expect(rows('Members aim to attain closer alignment of their rules.', 'Members committed to closer alignment of their rules.')).toEqual([
      ['modality', 'strengthened', 'aim to attain', 'committed to'],
    ]);
  });
  it('near misses: the verb dropped with the frame unchanged is an omission; a verb of content replaced stays lexical', () => {
    expect(rows('Members aim to attain closer alignment.', 'Members aim to closer alignment.')).toEqual([['omission', null, 'attain', '']]);
    expect(rows('Members will attain closer alignment.', 'Members will pursue closer alignment.')).toEqual([['lexical', null, 'attain', 'pursue']]);
  });
});

describe('the negated predicate reworded around the kept negator passes over determiners (trial 91 #5)', () => {
  it('"does not impose any binding duties" → "is not binding": one lexical', () => {
    expect(rows('The Charter does not impose any binding duties.', 'The Charter is not binding.')).toEqual([
      ['lexical', null, 'does not impose any binding duties', 'is not binding'],
    ]);
  });
  it('near miss: without the determiner, as before', () => {
    expect(rows('The Charter does not impose binding duties.', 'The Charter is not binding.')).toEqual([
      ['lexical', null, 'does not impose binding duties', 'is not binding'],
    ]);
  });
});

describe('an aim with the instrument as subject states its purpose: no modality (trial 91 #6)', () => {
  it('"The purpose of this Charter is to foster trade" → "This Charter seeks to foster trade": no modality', () => {
    const v = rows('The purpose of this Charter is to foster trade.', 'This Charter seeks to foster trade.');
    expect(v.map((r) => r[0])).not.toContain('modality');
    expect(v).toContainEqual(['lexical', null, 'is', 'seeks']);
  });
  it('near miss: a party that aims is a speaker\'s commitment, weakened', () => {
    expect(rows('The Members will foster trade.', 'The Members aim to foster trade.')).toEqual([['modality', 'weakened', 'will', 'aim to']]);
  });
});

describe('"Under the pact," names the instrument as a press report does: a framing addition (trial 91 #7)', () => {
  it('"Under the accord," added: an addition', () => {
    expect(rows('The Members will exchange data.', 'Under the accord, the Members will exchange data.')).toEqual([['addition', null, '', 'Under the accord,']]);
  });
  it('near miss: "Under exceptional circumstances," stays a condition added', () => {
    expect(rows('The Members will exchange data.', 'Under exceptional circumstances, the Members will exchange data.')).toEqual([
      ['qualifier-added', 'weakened', '', 'Under exceptional circumstances,'],
    ]);
  });
});

describe('a principle named after "in line with" is a standard, no direction (trial 93 E4)', () => {
  it('", in keeping with the principle of subsidiarity" dropped: qualifier-dropped with no direction', () => {
    expect(rows('Members will act, in keeping with the principle of subsidiarity.', 'Members will act.')).toEqual([
      ['qualifier-dropped', null, ', in keeping with the principle of subsidiarity', ''],
    ]);
  });
  it('near misses: national law and "where appropriate" stay conditions, strengthened', () => {
    expect(rows('Members will act in keeping with national law.', 'Members will act.')).toEqual([['qualifier-dropped', 'strengthened', 'in keeping with national law', '']]);
    expect(rows('Members will act, where appropriate.', 'Members will act.')).toEqual([['qualifier-dropped', 'strengthened', ', where appropriate', '']]);
  });
});
