/**
 * Session 21: sentences and gaps (trials 102, 103, 104, 107): footnote calls set aside from the
 * alignment, whole sentences omitted with their full stop, an omission kept apart from a junction or
 * an addition beside it, and an omission and an addition in one gap paired.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a footnote call the witness alone writes never pairs with words (trial 102 #3)', () => {
  const B = 'The operator shall keep the record secret for the time set by the national rules.';
  it('".[4]" after the kept word: the words dropped are an omission, the call a mark of its own', () => {
    expect(rows(B, 'The operator shall keep the record secret.[4]')).toEqual([
      ['omission', null, 'for the time set by the national rules', ''],
      ['punctuation', null, '', '[4]'],
    ]);
  });
  it('a superscript call ".²" likewise', () => {
    expect(rows(B, 'The operator shall keep the record secret.²')).toEqual([
      ['omission', null, 'for the time set by the national rules', ''],
      ['punctuation', null, '', '²'],
    ]);
  });
  it('near miss: the call alone is a footnote mark', () => {
    expect(rows('The record is secret.', 'The record is secret.[7]')).toEqual([['punctuation', null, '', '[7]']]);
  });
  it('near miss: without the call the omission is as before', () => {
    expect(rows(B, 'The operator shall keep the record secret.')).toEqual([['omission', null, 'for the time set by the national rules', '']]);
  });
  it('near miss: calls on both sides are aligned with each other', () => {
    expect(rows('The record[2] is secret.', 'The record[3] is secret.').map((r) => r[0])).toEqual(['lexical']);
  });
});

describe('a whole sentence omitted after another change goes with its full stop (trial 104 #6)', () => {
  it('"We ask for a review. Thanks to all." → "We asked for a review.": the second sentence omitted whole', () => {
    expect(rows('We ask for a review. Thanks to all.', 'We asked for a review.')).toEqual([
      ['grammatical', null, 'ask', 'asked'],
      ['omission', null, 'Thanks to all.', ''],
    ]);
  });
  it('near miss: with no other change, each sentence omitted whole as before', () => {
    expect(rows('We ask for a review of the plan. Let us start now. Thanks to all.', 'We ask for a review of the plan.')).toEqual([
      ['omission', null, 'Let us start now.', ''],
      ['omission', null, 'Thanks to all.', ''],
    ]);
  });
});

describe('the end of a sentence dropped where the witness joins it to the next is an omission of its own (trial 103 #5b)', () => {
  const B = 'Officers may search the premises named in the order of the court. They must show the order to the owner.';
  it('"of the court. They must" → ", and they then": omission, the junction, the modal replaced', () => {
    expect(rows(B, 'Officers may search the premises named in the order, and they then show the order to the owner.')).toEqual([
      ['omission', null, 'of the court', ''],
      ['grammatical', null, '.', ', and'],
      ['lexical', null, 'must', 'then'],
    ]);
  });
  it('near miss: the sentences kept apart, the omission alone', () => {
    expect(rows(B, 'Officers may search the premises named in the order. They must show the order to the owner.')).toEqual([['omission', null, 'of the court', '']]);
  });
  it('near miss: nothing dropped before the junction, one change as before', () => {
    expect(rows(B, 'Officers may search the premises named in the order of the court, and they then show the order to the owner.')).toEqual([['lexical', null, '. They must', ', and they then']]);
  });
});

describe('a limb dropped and a predicate added in the same gap are one rewording (trial 102 #4)', () => {
  it('"search [or copy the files kept in another town]" → "Search [under rule 5 is proper]": one lexical', () => {
    expect(rows('A Town may search or copy the files kept in another town only with the approval of the mayor.', 'Search under rule 5 is proper only with the approval of the mayor.')).toEqual([
      ['omission', null, 'A Town may', ''],
      ['lexical', null, 'or copy the files kept in another town', 'under rule 5 is proper'],
    ]);
  });
  it('near miss: a limb against a modifier of the word before it stays an omission and an addition', () => {
    expect(rows('Funds go to research or incident response.', 'Funds go to research of any kind.')).toEqual([
      ['omission', null, 'or incident response', ''],
      ['addition', null, '', 'of any kind'],
    ]);
  });
  it('near miss: a modifier with a relative clause of its own still modifies', () => {
    expect(rows('Funds go to research or incident response.', 'Funds go to research in areas where it is needed.')).toEqual([
      ['omission', null, 'or incident response', ''],
      ['addition', null, '', 'in areas where it is needed'],
    ]);
  });
});

describe('matter past a ";" at the end of a row is added whole, the words before it compared on their own (trial 107 #5, #8)', () => {
  it('"with the World Health Organization." → "with the WHO; MoH; Ongoing": the acronym a spelling variant, the rest one addition', () => {
    expect(rows('The Agency will act together with the World Health Organization.', 'The Agency will act together with the WHO; MoH; Ongoing')).toEqual([
      ['spelling', null, 'World Health Organization', 'WHO'],
      ['punctuation', null, '.', ';'],
      ['addition', null, '', 'MoH; Ongoing'],
    ]);
  });
  it('"envoy." → "envoy; MoH; Q3 2026": one addition, not split at its ";"', () => {
    expect(rows('The Agency will name an envoy.', 'The Agency will name an envoy; MoH; Q3 2026')).toEqual([
      ['punctuation', null, '.', ';'],
      ['addition', null, '', 'MoH; Q3 2026'],
    ]);
  });
  it('near miss: the acronym alone at the sentence end stays a spelling variant', () => {
    expect(rows('The Agency will act together with the World Health Organization.', 'The Agency will act together with the WHO.')).toEqual([['spelling', null, 'World Health Organization', 'WHO']]);
  });
  it('near miss: a clause after ";" that rewords the base words stays compared with them', () => {
    expect(rows('The Agency will act together with the Union.', 'The Agency will act together with the EU; the Council will follow.').map((r) => r[0])).toEqual(['lexical', 'addition']);
  });
});

describe('a sentence omitted beside a kept one stays omitted whole when the witness adds a clause (trial 103 #1)', () => {
  const B = 'In a crisis, we may share basic records without a court order. Each claim should be checked by our compliance office.';
  it('the frame of the added clause ("we no longer ask") is no counterpart: sentence 1 omitted, the modal compared with its own sentence', () => {
    expect(rows(B, 'Claims will now be checked by our compliance office, and we no longer ask for a stamp from a manager of the requesting bank.')).toEqual([
      ['omission', null, 'In a crisis, we may share basic records without a court order.', ''],
      ['grammatical', null, 'Each claim', 'Claims'],
      ['modality', 'strengthened', 'should', 'will'],
      ['addition', null, '', 'now'],
      ['addition', null, '', ', and we no longer ask for a stamp from a manager of the requesting bank'],
    ]);
  });
  it('"the requesting bank" in the added clause makes no frame either', () => {
    expect(rows(B, 'Claims will now be checked by our compliance office, and we no longer want a stamp from a manager of the requesting bank.')[0]).toEqual([
      'omission',
      null,
      'In a crisis, we may share basic records without a court order.',
      '',
    ]);
  });
  it('near miss: without the added clause, as before', () => {
    expect(rows(B, 'Claims will now be checked by our compliance office.')).toEqual([
      ['omission', null, 'In a crisis, we may share basic records without a court order.', ''],
      ['grammatical', null, 'Each claim', 'Claims'],
      ['modality', 'strengthened', 'should', 'will'],
      ['addition', null, '', 'now'],
    ]);
  });
  it('near miss: a directive verb with its object is still a frame', () => {
    expect(rows('The issuing body may revoke the licence.', 'The issuing body shall revoke the licence.')).toEqual([['modality', 'strengthened', 'may', 'shall']]);
  });
});
