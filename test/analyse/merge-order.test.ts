import { describe, expect, it } from 'vitest';
import { analyse, splitMerged } from '../../src/analyse/index.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { tokenise } from '../../src/nlp/index.js';
import { clause, corpus, witness } from './helpers.js';

const lex = loadLexicons();
/** The slice of the clause each base gets, in the order of the bases. */
const cut = (clauseText: string, bases: string[]) => {
  const t = tokenise(clauseText);
  return splitMerged(t, bases.map((b) => tokenise(b)), lex).map(([a, b]) => t.slice(a, b).map((x) => x.t).join(' '));
};

// an invented allotment charter
const G4 = 'The committee shall publish an annual report on the number of plots allocated and the number of complaints received.';
const G5 = 'Any member may leave the garden by written notice, and the departure shall take effect one month after the notice is received.';

describe('splitMerged: a clause that reads its units in reverse order', () => {
  it('gives each unit its own part, the later unit the opening one', () => {
    expect(cut('Any member can quit the garden with a month’s notice, and the committee will publish yearly figures on plots and complaints.', [G4, G5])).toEqual([
      'and the committee will publish yearly figures on plots and complaints .',
      'Any member can quit the garden with a month ’s notice ,',
    ]);
    expect(cut('Members may leave by written notice; the committee publishes an annual report on plots allocated and complaints received.', [G4, G5])).toEqual([
      'the committee publishes an annual report on plots allocated and complaints received .',
      'Members may leave by written notice ;',
    ]);
  });
  it('near miss: a clause in base order keeps the base order', () => {
    expect(cut('The committee will publish yearly figures on plots and complaints, and any member can quit the garden with a month’s notice.', [G4, G5])).toEqual([
      'The committee will publish yearly figures on plots and complaints ,',
      'and any member can quit the garden with a month ’s notice .',
    ]);
  });
});

describe('splitMerged: words a witness adds or rewords after a sentence end open the next unit', () => {
  // the first unit's last sentence is not read: the alignment pairs it and the second unit's
  // opening ("At home, we") with the witness's "The government"
  const B1 = 'We call on all States to ratify the relevant instruments. We encourage regional bodies to monitor the seabed together.';
  const B2 = 'At home, we will strengthen our own networks and invest in repair capacity.';
  it('the sentence that begins with them goes to the next unit', () => {
    expect(cut('She called on all states to ratify the relevant instruments. The government will strengthen its networks, she said.', [B1, B2])).toEqual([
      'She called on all states to ratify the relevant instruments .',
      'The government will strengthen its networks , she said .',
    ]);
    expect(cut('All States should ratify the relevant instruments; ministers say they will strengthen networks and invest in repair capacity.', [B1, B2])).toEqual([
      'All States should ratify the relevant instruments ;',
      'ministers say they will strengthen networks and invest in repair capacity .',
    ]);
  });
  it('near miss: words the first unit reads after the sentence end stay with it', () => {
    expect(cut('States should ratify the relevant instruments. We encourage regional bodies to monitor the seabed, and we will invest in repair capacity.', [B1, B2])).toEqual([
      'States should ratify the relevant instruments . We encourage regional bodies to monitor the seabed ,',
      'and we will invest in repair capacity .',
    ]);
  });
});

describe('analyse: a merged clause in reverse order', () => {
  const base = witness('charter', [clause('Each member shall keep its own plot free of weeds.', ['G1']), clause(G4, ['G4']), clause(G5, ['G5'])]);
  const text = 'Any member can quit the garden with a month’s notice, and the committee will publish yearly figures on plots and complaints.';
  const r = analyse(corpus([base, witness('leaflet', [clause('Each member shall keep its own plot free of weeds.', ['G1']), clause(text, ['G4', 'G5'])])]));
  const of = (unit: string) => r.divergences.filter((v) => v.witness === 'leaflet' && v.unit === unit);
  it('reads each unit in its own part of the clause, and G5 as read before G4', () => {
    expect(r.units.find((u) => u.id === 'G5')?.readings.leaflet).toBe('Any member can quit the garden with a month’s notice,');
    expect(r.units.find((u) => u.id === 'G4')?.readings.leaflet).toBe('and the committee will publish yearly figures on plots and complaints.');
    // not the whole of G5 omitted from a slice that reads G4
    expect(of('G5').filter((v) => v.type === 'omission' && v.base.includes('leave the garden'))).toEqual([]);
    expect(of('G4').some((v) => v.type === 'merge') && of('G5').some((v) => v.type === 'merge')).toBe(true);
    const moved = r.divergences.filter((v) => v.witness === 'leaflet' && v.type === 'transposition');
    expect(moved.map((v) => v.unit)).toHaveLength(1);
    expect(moved[0].explanation).toContain('before');
  });
  it('near miss: the same clause in base order is no transposition', () => {
    const fwd = 'The committee will publish yearly figures on plots and complaints, and any member can quit the garden with a month’s notice.';
    const r2 = analyse(corpus([base, witness('leaflet', [clause('Each member shall keep its own plot free of weeds.', ['G1']), clause(fwd, ['G4', 'G5'])])]));
    expect(r2.divergences.filter((v) => v.type === 'transposition')).toEqual([]);
    expect(r2.units.find((u) => u.id === 'G4')?.readings.leaflet).toBe('The committee will publish yearly figures on plots and complaints,');
  });
});

describe('splitMerged: a relative pronoun at the cut stands for the next unit’s subject', () => {
  const P1 = 'Member States shall lay down rules on penalties applicable to infringements of this Directive and shall take all measures necessary to ensure that they are implemented.';
  const P2 = 'The penalties provided for shall be effective, proportionate and dissuasive.';
  const C1 = 'Each member shall keep its own plot free of weeds and shall report any pest to the committee without delay.';
  const C2 = 'The report shall be made in writing and kept on file for two years.';
  it('goes with the next unit, with the comma before it', () => {
    expect(cut('Member States shall set penalties for infringements, which must be effective, proportionate and dissuasive.', [P1, P2])).toEqual([
      'Member States shall set penalties for infringements',
      ', which must be effective , proportionate and dissuasive .',
    ]);
    expect(cut('Each member shall keep its plot free of weeds and report pests to the committee, which must be in writing and kept for two years.', [C1, C2])[1]).toMatch(/^, which must/);
    // with no comma
    expect(cut('Member States shall set penalties for infringements which shall be effective and dissuasive.', [P1, P2])[1]).toMatch(/^which shall/);
  });
  it('near miss: "that" at the cut before a noun phrase, a complement, stays with the unit before', () => {
    expect(cut('Each member shall keep its plot free of weeds and report pests to the committee and ensure that the report is made in writing and kept for two years.', [C1, C2])).toEqual([
      'Each member shall keep its plot free of weeds and report pests to the committee and ensure that',
      'the report is made in writing and kept for two years .',
    ]);
  });
});

describe('splitMerged: a relative pronoun the unit before has itself stays with it', () => {
  it('"…, which shall:" before a list item', () => {
    expect(cut('The committee decides to set up a garden fund under its own rules, which shall pay for tools and seeds.', [
      'The committee decides to set up, under its own rules, a garden fund, which shall:',
      'Pay for tools and seeds;',
    ])[0]).toMatch(/which shall$/);
  });
});

describe('splitMerged: a colon where the witness joins two units', () => {
  // the alignment pairs "its rules ." with "it : such": without the colon as a clause break, "such",
  // the second unit's subject, would go to the first unit, and "Public" would be left omitted there
  // but "read" in the first unit's title
  const A = 'We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt its rules.';
  const B = 'Public access to garden records kept by the committee should be granted on request and be free of charge.';
  const base = witness('charter', [clause(A, ['G1']), clause(B, ['G2'])]);
  const run = (text: string) =>
    analyse(corpus([base, witness('leaflet', [clause(text, ['G1', 'G2'])])]))
      .divergences.filter((v) => v.witness === 'leaflet' && v.type !== 'merge')
      .map((v) => [v.unit, v.type, v.base, v.reading]);
  it('the cut falls after the colon: the words after it open the next unit', () => {
    expect(cut('We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt it: such access must be granted on request and be free of charge.', [A, B])).toEqual([
      'We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt it :',
      'such access must be granted on request and be free of charge .',
    ]);
    expect(run('We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt it: such access must be granted on request and be free of charge.')).toEqual([
      ['G1', 'lexical', 'its rules', 'it'],
      ['G2', 'lexical', 'Public', 'such'],
      ['G2', 'omission', 'to garden records kept by the committee', ''],
      ['G2', 'modality', 'should', 'must'],
    ]);
    expect(run('We welcome the Charter and invite other clubs to adopt it: that access must be granted on request.')).toEqual([
      ['G1', 'omission', 'on Public Access to Garden Records', ''],
      ['G1', 'lexical', 'its rules', 'it'],
      ['G2', 'lexical', 'Public', 'that'],
      ['G2', 'omission', 'to garden records kept by the committee', ''],
      ['G2', 'modality', 'should', 'must'],
      ['G2', 'omission', 'and be free of charge', ''],
    ]);
  });
  it('the full stop turned into the colon that joins the units is no variant; near miss: in a clause of one unit it is', () => {
    expect(run('We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt its rules: public access must be granted on request and be free of charge.').filter((v) => v[1] === 'punctuation')).toEqual([]);
    const one = analyse(corpus([base, witness('leaflet', [clause('We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt its rules:', ['G1']), clause(B, ['G2'])])]));
    expect(one.divergences.filter((v) => v.witness === 'leaflet').map((v) => [v.unit, v.type, v.base, v.reading])).toEqual([['G1', 'punctuation', '.', ':']]);
  });
  it("a unit's first word the other unit's part reads elsewhere (in a title) is not present for this unit", () => {
    // ("Public" of "the Charter on Public Access", not the subject of G2: omitted; the "and" or ";"
    // that joins the two units' parts is the merge, no variant)
    expect(run('We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt its rules, and access must be granted on request and be free of charge.')).toEqual([
      ['G2', 'omission', 'Public', ''],
      ['G2', 'omission', 'to garden records kept by the committee', ''],
      ['G2', 'modality', 'should', 'must'],
    ]);
    expect(run('We welcome the Charter on Public Access to Garden Records and invite other clubs to adopt its rules; access must be granted on request and be free of charge.').filter((v) => v[0] === 'G2').map((v) => v[2])).toEqual(['Public', 'to garden records kept by the committee', 'should']);
  });
  it('near miss: a subject both units share, read at the head of the clause, is read there', () => {
    const S1 = 'Clubs should publish their accounts every year.';
    const S2 = 'Clubs should keep a register of members.';
    const r = analyse(corpus([witness('charter', [clause(S1, ['G1']), clause(S2, ['G2'])]), witness('leaflet', [clause('Clubs should publish their accounts every year and keep a register of members.', ['G1', 'G2'])])]));
    expect(r.divergences.filter((v) => v.witness === 'leaflet' && v.type !== 'merge').map((v) => [v.unit, v.type, v.base, v.reading])).toEqual([]);
  });
  it('near miss: words after a colon that the first unit reads stay with it', () => {
    const L = 'We invite other clubs to adopt two rules: open gates and free water.';
    expect(cut('We invite other clubs to adopt two rules: open gates and free water, and such access must be granted on request.', [L, B])).toEqual([
      'We invite other clubs to adopt two rules : open gates and free water ,',
      'and such access must be granted on request .',
    ]);
  });
});
