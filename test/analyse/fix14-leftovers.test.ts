/**
 * Problems left by earlier helpers (session 14): trials 59, 60 and 61.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a sentence join beside a modifier of the next subject dropped or added (trial 59 #10)', () => {
  it('". Sectoral regulators" → ", and regulators", a qualifier dropped between: the join, the party widened, no omission over the full stop', () => {
    expect(
      rows(
        'Operators must report incidents within 72 hours of becoming aware of them, in accordance with the Regulations. Sectoral regulators should verify compliance.',
        'Operators must report incidents within 72 hours, and regulators should verify compliance.',
      ),
    ).toEqual([
      ['omission', null, 'of becoming aware of them', ''],
      ['qualifier-dropped', 'strengthened', ', in accordance with the Regulations', ''],
      ['grammatical', null, '.', ', and'],
      ['actor', null, 'Sectoral', ''],
    ]);
  });
  it('other wordings: nothing lost before the join, a determiner opening the subject, a modifier added', () => {
    expect(rows('Operators must report. Sectoral regulators should verify compliance.', 'Operators must report, and regulators should verify compliance.')).toEqual([
      ['grammatical', null, '.', ', and'],
      ['actor', null, 'Sectoral', ''],
    ]);
    expect(rows('Operators must report. The sectoral regulators should verify compliance.', 'Operators must report, and regulators should verify compliance.')).toEqual([
      ['grammatical', null, '. The', ', and'],
      ['actor', null, 'sectoral', ''],
    ]);
    expect(rows('Firms must notify the authority. Regulators shall audit them.', 'Firms must notify the authority, and national regulators shall audit them.')).toEqual([
      ['grammatical', null, '.', ', and'],
      ['actor', null, '', 'national'],
    ]);
  });
  it('near misses: the same subject joined, or another head noun, are left as they were', () => {
    expect(rows('Firms must notify the authority. Sectoral regulators shall audit them.', 'Firms must notify the authority, and sectoral regulators shall audit them.')).toEqual([
      ['grammatical', null, '.', ', and'],
    ]);
    expect(rows('Firms must notify the authority. Sectoral regulators shall audit them.', 'Firms must notify the authority, and auditors shall audit them.')).toEqual([
      ['punctuation', null, '.', ','],
      ['grammatical', null, '', 'and'],
      ['actor', null, 'Sectoral regulators', 'auditors'],
    ]);
  });
});

describe('a directive to refrain against the same subject with a negated modal: one change of force (trial 61 a6 follow-up)', () => {
  it('"Urges States to refrain from requiring" → "States must not require": one modality, no "Urges" omitted, no "to" dropped', () => {
    expect(rows('Urges States to refrain from requiring companies to provide data.', 'States must not require companies to provide data.')).toEqual([
      ['modality', 'strengthened', 'Urges States to refrain from requiring', 'States must not require'],
    ]);
  });
  it('other wordings: "Calls upon … to refrain from collecting" → "should not collect", "will not"', () => {
    expect(rows('Calls upon States to refrain from collecting data.', 'States should not collect data.')).toEqual([
      // (session 18: the verb's form goes with the change of force, trial 87 #12)
      ['modality', 'strengthened', 'Calls upon States to refrain from collecting', 'States should not collect'],
    ]);
    expect(rows('Urges States to refrain from requiring companies to provide data.', 'States will not require companies to provide data.')).toEqual([
      ['modality', 'strengthened', 'Urges States to refrain from requiring', 'States will not require'],
    ]);
  });
  it('near misses: another subject (trial 61 a6) and the directive kept in the passive are left as they were', () => {
    expect(rows('Urges States to refrain from requiring companies to interfere with privacy;', 'Governments must not force companies to interfere with privacy;')).toEqual([
      ['modality', 'strengthened', 'Urges States to refrain from', 'must not'],
      ['actor', null, 'States', 'Governments'],
      ['lexical', null, 'requiring', 'force'],
    ]);
    expect(rows('Urges States to refrain from requiring companies to provide data.', 'States are urged to refrain from requiring companies to provide data.')).toEqual([
      ['grammatical', null, 'Urges States', 'States are urged'],
    ]);
  });
});

describe('a qualifier added at the end of a sentence moved whole (trial 60 #6)', () => {
  const MOVED = 'An agency may require an assessment by a certified organization';
  it('"A, by X. B." → "B. A, by X, unless Y.": the condition added, the full stop moved with the sentence', () => {
    expect(
      rows(
        'An agency may require an assessment by a certified organization. The agency shall not accept an attestation that has not been signed by the chief executive officer of the producer.',
        'The agency shall not accept an attestation that has not been signed by the Chief Executive Officer of the producer. An agency may require an assessment by a certified organization, unless a plan was submitted.',
      ),
    ).toEqual([
      ['transposition', null, MOVED, MOVED],
      ['case', null, 'chief executive officer', 'Chief Executive Officer'],
      ['qualifier-added', null, '', ', unless a plan was submitted'],
    ]);
  });
  it('other wordings: ", where appropriate" added to the moved sentence', () => {
    expect(
      rows(
        'Staff may request leave by a written form. Managers shall not refuse a request that has been signed.',
        'Managers shall not refuse a request that has been signed. Staff may request leave by a written form, where appropriate.',
      ),
    ).toEqual([
      ['transposition', null, 'Staff may request leave by a written form', 'Staff may request leave by a written form'],
      ['qualifier-added', null, '', ', where appropriate'],
    ]);
  });
  it('near miss: a predicate added to the moved sentence ("and publish it") stays an addition', () => {
    expect(rows('The agency may grant an exemption. Operators must file a report.', 'Operators must file a report. The agency may grant an exemption and publish it.')).toEqual([
      ['addition', null, '', 'and publish it'],
      ['transposition', null, 'Operators must file a report', 'Operators must file a report'],
    ]);
  });
});

describe('a means phrase dropped whole is one entry with no direction (trial 61 a8, r15; already right before session 14: kept as a regression test)', () => {
  it('"by ensuring the implementation of their obligations under international human rights law" dropped: one qualifier-dropped', () => {
    expect(rows('Urges States to provide a remedy by ensuring the implementation of their obligations under international human rights law;', 'Urges States to provide a remedy;')).toEqual([
      ['qualifier-dropped', null, 'by ensuring the implementation of their obligations under international human rights law', ''],
    ]);
  });
  it('other wordings: under a Convention; inside a longer clause with a limb after it', () => {
    expect(rows('States shall protect privacy by ensuring the full implementation of their obligations under the Convention.', 'States shall protect privacy.')).toEqual([
      ['qualifier-dropped', null, 'by ensuring the full implementation of their obligations under the Convention', ''],
    ]);
    expect(
      rows(
        'Calls upon States to review their legislation, with a view to upholding the right to privacy by ensuring the implementation of all their obligations under international human rights law, and to establish oversight mechanisms;',
        'Calls upon States to review their legislation, with a view to upholding the right to privacy, and to establish oversight mechanisms;',
      ),
    ).toEqual([['qualifier-dropped', null, 'by ensuring the implementation of all their obligations under international human rights law', '']]);
  });
  it('near miss: only the source of the obligations dropped ("under international human rights law") is an omission, no direction', () => {
    expect(rows('Urges States to provide a remedy by ensuring the implementation of their obligations under international human rights law;', 'Urges States to provide a remedy by ensuring the implementation of their obligations;')).toEqual([
      ['omission', null, 'under international human rights law', ''],
    ]);
  });
});
