/**
 * Session 17: problems of the new-user trials (82) the lead fixed directly.
 */
import { describe, expect, it } from 'vitest';
import { analyse, loadLexicons, splitMerged } from '../../src/analyse/index.js';
import { tokenise } from '../../src/nlp/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('a bound before a figure after "of" on one side (trial 82 A-2)', () => {
  it('"a period not less than sixty days" → "a period of at least sixty days": one grammatical, the same bound', () => {
    expect(rows('The data shall be kept for a period not less than sixty days.', 'The data shall be kept for a period of at least sixty days.')).toEqual([
      ['grammatical', null, 'not less than', 'of at least', "grammatical (another wording of the same bound): 'not less than' → 'of at least'"],
    ]);
  });
  it('the other way round: "a fine of not more than 500 euros" → "a fine up to 500 euros"', () => {
    expect(rows('A fine of not more than 500 euros may be imposed.', 'A fine up to 500 euros may be imposed.')).toEqual([
      ['grammatical', null, 'of not more than', 'up to', "grammatical (another wording of the same bound): 'of not more than' → 'up to'"],
    ]);
  });
  it('near miss: a minimum for a maximum is one lexical change, the bound turned round', () => {
    expect(rows('The data shall be kept for a period not less than sixty days.', 'The data shall be kept for a period of at most sixty days.')).toEqual([
      ['lexical', null, 'not less than', 'of at most', "bound turned round (minimum → maximum): 'not less than' → 'of at most'"],
    ]);
  });
});

describe('a bare infinitive of what is to come after a noun is no purpose (trial 82 A-1; qualifiers.yaml purpose-to.sequels)', () => {
  it('", with formal confirmation to follow" dropped: one omission', () => {
    expect(rows('Each Party may make requests by e-mail, with formal confirmation to follow.', 'Each Party may make requests by e-mail.')).toEqual([
      ['omission', null, ', with formal confirmation to follow', '', "omitted: ', with formal confirmation to follow'"],
    ]);
  });
  it('", with details to come" dropped: one omission', () => {
    expect(rows('Each Party may make requests by e-mail, with details to come.', 'Each Party may make requests by e-mail.')).toEqual([
      ['omission', null, ', with details to come', '', "omitted: ', with details to come'"],
    ]);
  });
  it('near miss: "to prevent attacks" after a noun is still a purpose', () => {
    expect(rows('States shall share data with the Centre to prevent attacks.', 'States shall share data with the Centre.')).toEqual([
      ['qualifier-dropped', null, 'to prevent attacks', '', "purpose dropped: 'to prevent attacks' — the obligation no longer depends on that purpose"],
    ]);
  });
});

describe('quotation marks or brackets set around a term, added together, are one punctuation variant (trial 82 A-4)', () => {
  it('curly quotes around "ordre public" before "or": one variant', () => {
    expect(rows('It may refuse on grounds of its security, ordre public or other interests.', 'It may refuse on grounds of its security, “ordre public” or other interests.')).toEqual([
      ['punctuation', null, 'ordre public', '“ordre public”', "the marks '“' and '”' added around 'ordre public': it is now set apart"],
    ]);
  });
  it('straight quotes and brackets likewise', () => {
    expect(rows('It may refuse on grounds of ordre public.', 'It may refuse on grounds of "ordre public".').map((r) => r[0])).toEqual(['punctuation']);
    expect(rows('It may refuse on grounds of its security, ordre public or other interests.', 'It may refuse on grounds of its security, (ordre public) or other interests.').map((r) => r[0])).toEqual(['punctuation']);
  });
  it('near miss: serial commas before "and" stay two variants', () => {
    expect(rows('Laws, regulations, and rules apply.', 'Laws regulations and rules apply.').map((r) => [r[0], r[2]])).toEqual([
      ['punctuation', ','],
      ['punctuation', ','],
    ]);
  });
});

describe('a merged clause whose cut falls at its end does not crash the split (trial 54 corpus, after trial 77 #11)', () => {
  const O3 = 'Encourages Member States, relevant international organizations and the private sector to strengthen cooperation on capacity-building, in particular for developing countries, including through the sharing of best practices, training, technical assistance and the transfer of technology, so as to enable all States to implement the framework of responsible State behaviour;';
  const O4 = 'Invites all Member States to inform the Secretary-General of their views and assessments on the efforts taken at the national level to strengthen information security and promote international cooperation in this field, and on the content of the concepts of international law applicable to the use of ICTs by States, for submission to the General Assembly at its eighty-second session;';
  const W = 'It also encouraged cooperation on capacity-building for developing countries, and invited Member States to inform the Secretary-General of their views on national efforts to strengthen information security.';
  it('the press summary of two operative paragraphs is split in two and reported', () => {
    const T = tokenise(W);
    const spans = splitMerged(T, [tokenise(O3), tokenise(O4)], loadLexicons());
    expect(spans.length).toBe(2);
    expect(spans[0][0]).toBe(0);
    expect(spans[1][1]).toBe(T.length);
    const b = witness('draft', [clause(O3, ['O3']), clause(O4, ['O4'])]);
    const w = witness('press', [clause(W, ['O3', 'O4'])]);
    expect(analyse(corpus([b, w])).divergences.length).toBeGreaterThan(0);
  });
});

describe('a threshold adjective after a determiner that refers back sets no threshold (qualifiers.yaml threshold-referring)', () => {
  it('"aware of the significant incident" → "aware of the incident": an omission', () => {
    expect(rows('Within 72 hours of becoming aware of the significant incident, the operator shall submit a report.', 'Within 72 hours of becoming aware of the incident, the operator shall submit a report.')).toEqual([
      ['omission', null, 'significant', '', "omitted: 'significant'"],
    ]);
  });
  it('near miss: "where a significant incident is detected" stays a threshold dropped', () => {
    expect(rows('Where a significant incident is detected, the operator shall notify the CSIRT.', 'Where an incident is detected, the operator shall notify the CSIRT.').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['grammatical', null, 'a'],
      ['qualifier-dropped', 'strengthened', 'significant'],
    ]);
  });
});

describe('a hedge on the means wrapped around the act, dropped, is the hedge dropped (trial 83 #7; modality.yaml hedge-words)', () => {
  it('"to consider the adoption of measures to ensure" → "to ensure": modality strengthened', () => {
    expect(rows('Calls upon States to consider the adoption of measures to ensure that encryption tools are available.', 'Calls upon States to ensure that encryption tools are available.').map((r) => r.slice(0, 4))).toEqual([
      ['modality', 'strengthened', 'consider the adoption of measures to', ''],
    ]);
  });
  it('another wording: "to consider adopting measures to ensure"', () => {
    expect(rows('Calls upon States to consider adopting measures to ensure that encryption tools are available.', 'Calls upon States to ensure that encryption tools are available.').map((r) => r.slice(0, 4))).toEqual([
      ['modality', 'strengthened', 'consider adopting measures to', ''],
    ]);
  });
  it('near miss: the means alone dropped, no hedge ("take steps to protect" → "protect"), stays an omission', () => {
    expect(rows('States should take steps to protect journalists.', 'States should protect journalists.').map((r) => r.slice(0, 4))).toEqual([
      ['omission', null, 'take steps to', ''],
    ]);
  });
});
