/**
 * Exemptions (modality.yaml `exemptions`): a duty the text lifts ("are not required to", "No licence
 * shall be required", "need not") is a permission not to act, not a prohibition. A condition on it
 * bounds the exemption: dropped, the exemption widens and the control weakens; added, it narrows.
 * (From a new-user trial on export controls: a research exemption read as a prohibition.)
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
const one = (b: string, r: string) => {
  const vs = variants(b, r);
  expect(vs.length).toBe(1);
  return vs[0];
};

describe('a condition on an exemption', () => {
  it('dropped: the exemption becomes unconditional, weakened (several wordings)', () => {
    for (const [b, r] of [
      ['No licence shall be required for the transfer of technology for basic research, provided that the results are published.', 'No licence shall be required for the transfer of technology for basic research.'],
      ['Exporters are not required to obtain a licence for basic research, provided that the results are published.', 'Exporters are not required to obtain a licence for basic research.'],
      ['A licence is not required for basic research where the results are published.', 'A licence is not required for basic research.'],
      ['Exporters are not obliged to obtain a licence where the results are published.', 'Exporters are not obliged to obtain a licence.'],
      ['Exporters need not obtain a licence for basic research where the results are published.', 'Exporters need not obtain a licence for basic research.'],
      ['Exporters do not have to obtain a licence where the results are published.', 'Exporters do not have to obtain a licence.'],
      ['Where the results are published, no licence shall be required for basic research.', 'No licence shall be required for basic research.'],
      ['Exporters shall not be required to obtain a licence where the results are published.', 'Exporters shall not be required to obtain a licence.'],
    ]) {
      const v = one(b, r);
      expect([v.type, v.direction], b).toEqual(['qualifier-dropped', 'weakened']);
      expect(v.explanation).toContain('the exemption becomes unconditional');
    }
  });
  it('added: the exemption now holds only under it, strengthened', () => {
    const v = one('A licence is not required for basic research.', 'A licence is not required for basic research, provided that the results are published.');
    expect([v.type, v.direction]).toEqual(['qualifier-added', 'strengthened']);
    expect(v.explanation).toContain('the exemption now holds only under it');
  });
  it('an "or" limb dropped from its condition: the exemption holds in fewer cases, strengthened', () => {
    const v = one('A licence is not required for research where the results are published or the research is funded publicly.', 'A licence is not required for research where the results are published.');
    expect([v.type, v.direction]).toEqual(['qualifier-dropped', 'strengthened']);
    expect(v.explanation).toContain('the exemption holds in fewer cases');
  });
  it('near misses: a prohibition with an exception, a party forbidden to require, a permission', () => {
    expect(brief('Exporters shall not export the items unless the Office has granted a licence.', 'Exporters shall not export the items.')).toEqual([['qualifier-dropped', 'strengthened']]);
    const party = one('States shall not require exporters to obtain a licence where the results are published.', 'States shall not require exporters to obtain a licence.');
    expect([party.type, party.direction]).toEqual(['qualifier-dropped', 'strengthened']);
    expect(party.explanation).toContain('the prohibition becomes absolute');
    // a party forbidden to compel (not the text lifting a duty): a prohibition, now named so
    const compel = one('No one shall be compelled to disclose the results where the results are published.', 'No one shall be compelled to disclose the results.');
    expect([compel.type, compel.direction]).toEqual(['qualifier-dropped', 'strengthened']);
    expect(compel.explanation).toContain('the prohibition becomes absolute');
    const perm = one('Exporters may export without a licence for basic research, provided that the results are published.', 'Exporters may export without a licence for basic research.');
    expect([perm.type, perm.direction ?? null]).toEqual(['qualifier-dropped', null]);
    expect(perm.explanation).toContain('the permission becomes unconditional');
    // a requirement (not negated) stays an obligation
    const req = one('A licence is required for basic research where the results are published.', 'A licence is required for basic research.');
    expect([req.type, req.direction]).toEqual(['qualifier-dropped', 'strengthened']);
    expect(req.explanation).toContain('the obligation becomes unconditional');
  });
});

describe('the polarity of a duty lifted', () => {
  it('"is required" → "is not required" stays a negation: an obligation becomes an exemption', () => {
    for (const [b, r] of [
      ['A licence is required for basic research.', 'A licence is not required for basic research.'],
      ['Exporters are required to obtain a licence.', 'Exporters are not required to obtain a licence.'],
    ]) {
      const vs = variants(b, r);
      expect(vs.map((v) => v.type)).toEqual(['negation']);
      expect(vs[0].explanation).toContain('an obligation becomes an exemption');
    }
  });
  it('near miss: "shall obtain" → "shall not obtain" is still an obligation becoming a prohibition', () => {
    const vs = variants('Exporters shall obtain a licence.', 'Exporters shall not obtain a licence.');
    expect(vs.map((v) => v.type)).toEqual(['negation']);
    expect(vs[0].explanation).toContain('an obligation becomes a prohibition');
  });
  it('a prohibition against an exemption is a change of force, not the same force', () => {
    expect(brief('Exporters must not export the items.', 'Exporters need not export the items.')).toEqual([['modality', 'weakened']]);
    expect(brief('Exporters are not required to report.', 'Exporters shall not report.')).toContainEqual(['modality', 'strengthened']);
  });
  it('two exemptions have the same force; two prohibitions are compared as before', () => {
    expect(brief('Exporters are not required to report.', 'Exporters need not report.').filter((x) => x[0] === 'modality')).toEqual([]);
    expect(brief('Exporters shall not report.', 'Exporters must never report.')).toEqual([['modality', 'strengthened']]);
    expect(brief('Exporters shall not report.', 'Exporters must not report.').filter((x) => x[0] === 'modality')).toEqual([['modality', null]]);
  });
});

describe('a thing that needs no authorisation (qualifier.ts thingNeedsNoVerb): an exemption', () => {
  it('"Transfers shall not require any further authorisation" lifts a duty: a condition dropped widens it (weakened)', () => {
    for (const [b, r] of [
      ['Transfers to a listed country shall not require any further authorisation where the recipient is certified.', 'Transfers to a listed country shall not require any further authorisation.'],
      ['Basic research shall not require a licence where the results are published.', 'Basic research shall not require a licence.'],
      ['The export of such items will not require prior approval if the end user is a public body.', 'The export of such items will not require prior approval.'],
    ]) {
      const v = one(b, r);
      expect([v.type, v.direction], b).toEqual(['qualifier-dropped', 'weakened']);
      expect(v.explanation).toContain('the exemption becomes unconditional');
    }
  });
  it('near misses: a party as subject is forbidden to impose it; someone made to act is a directive', () => {
    const party = one('States shall not require a licence for basic research where the results are published.', 'States shall not require a licence for basic research.');
    expect(party.explanation).toContain('the prohibition becomes absolute');
    const made = one('Transfers shall not require exporters to notify the authority where the recipient is certified.', 'Transfers shall not require exporters to notify the authority.');
    expect(made.explanation).toContain('the prohibition becomes absolute');
  });
});

describe('a permission to act without a thing restated as an exemption from it: the same rule (negation.ts permissionWithoutAsExemption)', () => {
  const vs = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('one lexical variant, no change of force, in several wordings and both ways', () => {
    const v = variants('Transfers to a listed country may take place without any further authorisation.', 'Transfers to a listed country shall not require any further authorisation.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['lexical', null, 'may take place without', 'shall not require']]);
    expect(v[0].explanation).toContain("a permission to act without 'authorisation' is an exemption from it");
    expect(vs('Transfers to a listed country may take place without any further authorisation.', 'Transfers to a listed country are not required to obtain any further authorisation.')).toEqual([['lexical', null, 'may take place without', 'are not required to obtain']]);
    expect(vs('Exporters are not required to obtain a licence.', 'Exporters may export without a licence.')).toEqual([['lexical', null, 'are not required to obtain', 'may export without']]);
    expect(vs('Operators need not obtain the consent of the Office.', 'Operators may proceed without the consent of the Office.')).toEqual([['lexical', null, 'need not obtain', 'may proceed without']]);
  });
  it('near misses: the permission against a prohibition, or an exemption from something else, is still a change of force', () => {
    expect(vs('Transfers to a listed country may take place without any further authorisation.', 'Transfers to a listed country shall not take place without any further authorisation.')).toEqual([['negation', 'strengthened', 'may', 'shall not']]);
    const other = variants('Exporters may ship these items without a licence.', 'Exporters are not required to notify the authority of these items.');
    expect(other.find((x) => x.type === 'negation')?.explanation).toContain('a permission becomes an exemption');
  });
});

describe('a duty lifted in the passive with its negator inside ("are not required to")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('one negation over the whole construction, "be" and "to" with it, an obligation becoming an exemption', () => {
    const vs = variants('States should mitigate harm.', 'States are not required to mitigate harm.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['negation', 'should', 'are not required to']]);
    expect(vs[0].explanation).toContain('an obligation becomes an exemption');
    expect(rows('Operators should report incidents.', 'Operators are not obliged to report incidents.').map((x) => x[0])).toEqual(['negation']);
  });
  it('near miss: the negator alone added to the same construction stays one word', () => {
    expect(rows('States are required to mitigate harm.', 'States are not required to mitigate harm.')).toEqual([['negation', '', 'not']]);
  });
});

describe('an instrument that requires nothing ("Nothing in this Convention requires", "This Convention does not require")', () => {
  it('the two wordings are the same exemption: no polarity flip, no change of force', () => {
    const vs = variants('Nothing in this Convention requires a State to disclose information.', 'This Convention does not require a State to disclose information.');
    expect(vs.map((v) => v.type).filter((t) => t !== 'grammatical')).toEqual([]);
  });

  it('the negative subject dropped makes it a duty: a negation', () => {
    const vs = variants('Nothing in this Convention requires a State to disclose information.', 'This Convention requires a State to disclose information.');
    expect(vs.map((v) => v.type)).toContain('negation');
  });

  it('near miss: a party that does not require others to act still forbids nothing new against "shall not"', () => {
    expect(variants('States do not require operators to disclose information.', 'States shall not require operators to disclose information.').map((v) => v.type)).not.toContain('negation');
  });
});

describe('"do not need to" (modality.yaml: "need to" after a negator, previous-word)', () => {
  it('is an exemption, as "do not have to" and "need not" are', () => {
    expect(brief('Operators shall notify the CSIRT.', 'Operators do not need to notify the CSIRT.')).toEqual(brief('Operators shall notify the CSIRT.', 'Operators do not have to notify the CSIRT.'));
    expect(variants('Operators shall notify the CSIRT.', "Operators don't need to notify the CSIRT.").map((v) => v.type)).toContain('negation');
    expect(variants('Operators shall notify the CSIRT.', 'Operators do not need to notify the CSIRT.').some((v) => v.type === 'addition')).toBe(false);
  });

  it('near miss: "need to" with no negator before it is no modal ("Should States need to obtain data")', () => {
    expect(variants('Should States need to obtain data, they shall ask.', 'If States need to obtain data, they shall ask.').map((v) => v.type)).not.toContain('modality');
  });
});
