/**
 * Session 16: trial 70 (a code of practice on commercial cyber intrusion capabilities).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a sentence moved after another and reworded keeps its change of modal (trial 70 A1)', () => {
  it('"States may share data. Parties will review … every two years." → "Parties will review … every year. States should share data."', () => {
    expect(rows('States may share data. Parties will review the Code every two years.', 'Parties will review the Code every year. States should share data.')).toEqual([
      ['transposition', null, 'States may share data', 'States should share data'],
      ['modality', 'strengthened', 'may', 'should'],
      ['lexical', 'strengthened', 'two years', 'year'],
    ]);
  });
  it('another wording: "Vendors must keep logs. The Board shall meet twice a year." moved after, "should", "once a year"', () => {
    expect(rows('Vendors must keep logs. The Board shall meet twice a year.', 'The Board shall meet once a year. Vendors should keep logs.')).toEqual([
      ['transposition', null, 'Vendors must keep logs', 'Vendors should keep logs'],
      ['modality', 'weakened', 'must', 'should'],
      ['lexical', 'weakened', 'twice', 'once'],
    ]);
  });
  it('near miss: the moved sentence with its modal kept is a move alone', () => {
    expect(rows('States may share data. Parties will review the Code every two years.', 'Parties will review the Code every two years. States may share data.')).toEqual([
      ['transposition', null, 'States may share data', 'States may share data'],
    ]);
  });
});

describe('a frequency changed inside a moved sentence is one lexical change, not an omission and an inflection (trial 70 A2)', () => {
  it('"… every two years" moved and read "… every year"', () => {
    const out = variants('Without prejudice to law, States may share data. Parties will review the Code every two years.', 'Parties will review the Code every year. Without prejudice to law, States should share data.');
    expect(out.map((v) => [v.type, v.direction ?? null, v.base, v.reading])).toEqual([
      ['modality', 'strengthened', 'may', 'should'],
      ['transposition', null, 'Parties will review the Code every two years', 'Parties will review the Code every year'],
      ['lexical', 'strengthened', 'two years', 'year'],
    ]);
    expect(out[2].explanation).toBe("frequency changed: 'every two years' → 'every year' — the act recurs more often: the obligation binds more");
  });
  it('another wording: "every three years" → "every year" in a moved sentence', () => {
    expect(rows('States shall consult experts. The Council will report every three years.', 'The Council will report every year. States may consult experts.')).toContainEqual(['lexical', 'strengthened', 'three years', 'year']);
  });
  it('near miss: only the figure of "every N years" changed in a moved sentence stays a period lengthened', () => {
    const out = variants('Without prejudice to law, States may share data. Parties will review the Code every two years.', 'Parties will review the Code every three years. Without prejudice to law, States may share data.');
    expect(out.map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]).slice(1)).toEqual([
      ['lexical', 'weakened', 'two', 'three', "period lengthened: 'two' → 'three'"],
    ]);
  });
});

describe('a noun phrase moved with "of" turned into another preposition is a transposition, not grammar (trial 70 A3)', () => {
  it('"notify the authority of any flaw" → "report any flaw to the authority"', () => {
    const out = variants('States should notify the authority of any flaw.', 'States should report any flaw to the authority.');
    expect(out.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['lexical', 'notify', 'report'],
      ['transposition', 'the authority of any flaw', 'any flaw to the authority'],
    ]);
    expect(out[1].explanation).toBe("words in another order, 'of' → 'to': 'the authority of any flaw' → 'any flaw to the authority'");
  });
  it('another wording: "inform the regulator of every breach" → "report every breach to the regulator"', () => {
    expect(rows('States should inform the regulator of every breach.', 'States should report every breach to the regulator.')).toEqual([
      ['lexical', null, 'inform', 'report'],
      ['transposition', null, 'the regulator of every breach', 'every breach to the regulator'],
    ]);
  });
  it('near miss: "point of contact" → "contact point" is still the same noun phrase without "of" (grammatical)', () => {
    expect(rows('Each State shall designate a point of contact.', 'Each State shall designate a contact point.')).toEqual([['grammatical', null, 'point of contact', 'contact point']]);
    expect(rows('The rules of the agency apply.', "The agency's rules apply.")).toEqual([['grammatical', null, 'rules of the agency', "agency's rules"]]);
  });
});

describe('a pronoun in a clause of condition, a duty coordinated after its comma, is no bearer (trial 70 A4)', () => {
  it('"… where they are misused, and should keep records" → "… where it is misused, …": grammatical', () => {
    expect(rows('States shall not export tools where they are misused, and should keep records.', 'States shall not export tools where it is misused, and should keep records.')).toEqual([
      ['grammatical', null, 'they are', 'it is'],
    ]);
  });
  it('another wording: "if they are defective, and shall inform buyers"', () => {
    expect(rows('Vendors must not sell products if they are defective, and shall inform buyers.', 'Vendors must not sell products if it is defective, and shall inform buyers.')).toEqual([
      ['grammatical', null, 'they are', 'it is'],
    ]);
  });
  it('near miss: the pronoun that opens the main clause after the condition still bears the duty', () => {
    expect(rows('If vendors sell tools, they shall keep records.', 'If vendors sell tools, it shall keep records.')).toEqual([['actor', null, 'they', 'it']]);
    expect(rows('Signatories adopt these commitments and will report.', 'We adopt these commitments and will report.')).toEqual([['actor', null, 'Signatories', 'We']]);
  });
});

describe('an adjective of threshold before a noun of risk dropped from a rule is a qualifier dropped (qualifiers.yaml threshold-adjectives, threshold-nouns; trial 70 A6)', () => {
  it('"where there is a clear risk of misuse" → "where there is a risk of misuse": the prohibition reaches any risk', () => {
    const out = variants('States shall not export where there is a clear risk of misuse.', 'States shall not export where there is a risk of misuse.');
    expect(out.map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation])).toEqual([
      ['qualifier-dropped', 'strengthened', 'clear', '', "restricting modifier dropped: 'clear' — the prohibition now reaches any 'risk', not only 'clear' ones"],
    ]);
  });
  it('other wordings: "a significant likelihood of harm" dropped, "a substantial risk" added', () => {
    expect(rows('States shall not transfer items if there is a significant likelihood of harm.', 'States shall not transfer items if there is a likelihood of harm.')).toEqual([['qualifier-dropped', 'strengthened', 'significant', '']]);
    expect(rows('States shall not export where there is a risk of misuse.', 'States shall not export where there is a substantial risk of misuse.')).toEqual([['qualifier-added', 'weakened', '', 'substantial']]);
  });
  it('near misses: "clear" before another noun ("a clear view") or as a predicate stays an omission', () => {
    expect(rows('We shall promote interoperability with a clear view of the costs.', 'We shall promote interoperability with a view of the costs.')).toEqual([['omission', null, 'clear', '']]);
    expect(rows('The rules must be clear and simple.', 'The rules must be simple.')).toEqual([['omission', null, 'clear and', '']]);
  });
});

describe('an act named by a noun after a verb of doing, restated by its verb, is one rewording (trial 70 A7)', () => {
  it('"conduct regular audits of vendors" → "audit vendors regularly"', () => {
    const out = variants('States should conduct regular audits of vendors.', 'States should audit vendors regularly.');
    expect(out.map((v) => [v.type, v.base, v.reading, v.explanation])).toEqual([
      ['lexical', 'conduct regular audits of vendors', 'audit vendors regularly', "wording changed: 'conduct regular audits of vendors' → 'audit vendors regularly' — the act named by a noun restated by its verb"],
    ]);
  });
  it('other wordings: "carry out periodic reviews of licences" → "review licences periodically", and the other way round', () => {
    expect(rows('Authorities shall carry out periodic reviews of licences, and publish them.', 'Authorities shall review licences periodically, and publish them.')).toEqual([
      ['lexical', null, 'carry out periodic reviews of licences', 'review licences periodically'],
    ]);
    expect(rows('States should audit vendors regularly.', 'States should conduct regular audits of vendors.')).toEqual([
      ['lexical', null, 'audit vendors regularly', 'conduct regular audits of vendors'],
    ]);
  });
  it('near miss: a noun restated by its verb with no verb of doing dropped stays grammatical (word class)', () => {
    expect(rows('The protection of data is a priority.', 'Protecting data is a priority.')).toEqual([['grammatical', null, 'The protection of', 'Protecting']]);
  });
});

describe('a head noun moved over its "of" phrase in place of that phrase\'s last noun is one rewording (trial 70 A8)', () => {
  it('"serious violations of human rights law" → "human rights violations"', () => {
    const out = variants('Tools must not be used to commit serious violations of human rights law.', 'Tools must not be used to commit human rights violations.');
    expect(out.map((v) => [v.type, v.base, v.reading, v.explanation])).toEqual([
      ['lexical', 'serious violations of human rights law', 'human rights violations', "wording changed: 'serious violations of human rights law' → 'human rights violations' — 'violations' moved to the head of the phrase"],
    ]);
  });
  it('the other way round: "human rights violations" → "serious violations of human rights law"', () => {
    expect(rows('Tools must not be used to commit human rights violations.', 'Tools must not be used to commit serious violations of human rights law.')).toEqual([
      ['lexical', null, 'human rights violations', 'serious violations of human rights law'],
    ]);
  });
  it('near miss: a plain substitution beside an omission whose words are not the substitute stays apart', () => {
    expect(rows('Tools must not be used to commit serious abuses of human rights law.', 'Tools must not be used to commit human rights violations.')).toEqual([
      ['omission', null, 'serious abuses of', ''],
      ['lexical', null, 'law', 'violations'],
    ]);
  });
});

describe('a postmodifier restated as a modifier before the noun is one rewording, apart from a duty dropped after it (trial 70 A9)', () => {
  it('"vendors holding a licence and publish a report" → "licensed vendors"', () => {
    const out = variants('States should audit vendors holding a licence and publish a report.', 'States should audit licensed vendors.');
    expect(out.map((v) => [v.type, v.base, v.reading, v.explanation])).toEqual([
      ['lexical', 'vendors holding a licence', 'licensed vendors', "wording changed: 'vendors holding a licence' → 'licensed vendors' — the modifier put before the noun"],
      ['omission', 'and publish a report', '', "omitted: 'and publish a report'"],
    ]);
  });
  it('the other way round: the modifier put after the noun and a duty added', () => {
    expect(rows('States should audit licensed vendors.', 'States should audit vendors holding a licence and publish a report.')).toEqual([
      ['lexical', null, 'licensed vendors', 'vendors holding a licence'],
      ['addition', null, '', 'and publish a report'],
    ]);
  });
  it('near miss: a word added that the postmodifier does not restate stays an addition beside the omission', () => {
    expect(rows('States should audit vendors holding a contract and publish a report.', 'States should audit licensed vendors.')).toEqual([
      ['qualifier-added', 'weakened', '', 'licensed'],
      ['omission', null, 'holding a contract and publish a report', ''],
    ]);
  });
});

describe('a clause that opens in lower case after a stripped ordinal has no case variant at its first word (trial 70 A10)', () => {
  const b = witness('un', [clause('Subject to law, States should audit vendors.', ['C1']), clause('States should publish reports.', ['C2'])]);
  const cases = (w: ReturnType<typeof witness>) => analyse(corpus([b, w])).divergences.filter((v) => v.type === 'case').map((v) => [v.unit, v.base, v.reading]);
  it('"First, states should audit vendors, subject to law." read as "states should …" with "First," its marker: the move alone', () => {
    const w = witness('speech', [{ ...clause('states should audit vendors, subject to law.', ['C1']), marker: 'First,' }, clause('States should publish reports.', ['C2'])]);
    expect(analyse(corpus([b, w])).divergences.map((v) => [v.unit, v.type, v.base, v.reading])).toEqual([['C1', 'transposition', 'Subject to law', 'subject to law']]);
  });
  it('another wording: an opening quote before the first word', () => {
    const w = witness('speech', [{ ...clause('"states should audit vendors, subject to law.', ['C1']), marker: 'Second,' }, clause('States should publish reports.', ['C2'])]);
    expect(cases(w)).toEqual([]);
  });
  it('near misses: with no marker stripped the small letter is a reading; inside the clause it is always one', () => {
    expect(cases(witness('web', [clause('states should audit vendors, subject to law.', ['C1']), clause('States should publish reports.', ['C2'])]))).toEqual([['C1', 'States', 'states']]);
    expect(rows('Subject to law, States should audit vendors.', 'Subject to law, states should audit vendors.')).toEqual([['case', null, 'States', 'states']]);
  });
});
