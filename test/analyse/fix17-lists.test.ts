import { describe, expect, it } from 'vitest';
import { analyse, loadLexicons, splitMerged } from '../../src/analyse/index.js';
import { tokenise } from '../../src/nlp/index.js';
import { isOrderVariant } from '../../src/report/common.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? '', v.base, v.reading]);

describe('a list shortened by its last item: the coordinator re-joined goes with the omission (trials 77, 78, 80 #10)', () => {
  it('"names, dates and places" → "names and dates": one omission, the explanation quoting the list', () => {
    const v = variants('Parties shall list names, dates and places.', 'Parties shall list names and dates.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['omission', 'and places', '']]);
    expect(v[0].explanation).toContain("', dates and places' → 'and dates'");
  });

  it('other wordings: "authentication, encryption and logging", a longer list, a phrase as the item', () => {
    expect(tbr('The system shall provide authentication, encryption and logging.', 'The system shall provide authentication and encryption.')).toEqual([['omission', 'and logging', '']]);
    expect(tbr('States shall apply authentication, encryption, audit logging and backups.', 'States shall apply authentication, encryption and audit logging.')).toEqual([
      ['omission', 'and backups', ''],
    ]);
    expect(
      tbr(
        'Bodies shall issue a permit where the requested data are adequate, relevant and limited to what is necessary for that purpose.',
        'Bodies shall issue a permit where the requested data are adequate and relevant for that purpose.',
      ),
    ).toEqual([['qualifier-dropped', 'and limited to what is necessary', '']]); // (a limb of the condition: fix17-qualifier)
  });

  it('near misses: a middle item dropped, a coordinator switched, a list shortened under another coordinator', () => {
    expect(tbr('Parties shall list names, dates and places.', 'Parties shall list names and places.')).toEqual([['omission', ', dates', '']]);
    expect(tbr('Parties shall list names, dates and places.', 'Parties shall list names, dates or places.')).toEqual([['grammatical', 'and', 'or']]);
    expect(tdbr('Parties shall list names, dates and places.', 'Parties shall list names or dates.')).toEqual([
      ['grammatical', '', ',', 'or'],
      ['omission', '', 'and places', ''],
    ]);
  });
});

describe('a quoted clause: the quotation mark is no part of the words changed (trial 77 #1)', () => {
  it('"Participating States shall" → "\\"We shall" (the quotation closing in a later clause): actor, and the mark a punctuation variant of its own', () => {
    expect(tbr('Participating States shall designate a point of contact.', '"We shall designate a point of contact.')).toEqual([
      ['punctuation', '', '"'],
      ['actor', 'Participating States', 'We'],
    ]);
  });

  it('other wordings: curly marks around the whole clause (set aside), the closing mark only', () => {
    expect(tbr('Participating States shall designate a point of contact.', '\u201cWe shall designate a point of contact.\u201d')).toEqual([['actor', 'Participating States', 'We']]);
    expect(tbr('Participating States shall designate a point of contact.', 'We shall designate a point of contact."')).toEqual([
      ['actor', 'Participating States', 'We'],
      ['punctuation', '', '"'],
    ]);
  });

  it('near misses: marks around a word or two stay a punctuation variant (the pair, one: parenthetical-marks); a mark inside the sentence is kept', () => {
    expect(tbr('Parties shall protect the source code of software.', 'Parties shall protect the "source code" of software.')).toEqual([
      ['punctuation', 'source code', '"source code"'],
    ]);
    expect(tbr('Operators shall notify a serious incident.', 'Operators shall notify a "serious incident.')).toEqual([['punctuation', '', '"']]);
  });
});

describe('two sentences swapped that open alike: each paired with the one it shares most with (trial 80 #1)', () => {
  const B = 'Health data access bodies shall provide access only through a secure environment. Health data users shall not download personal data from the secure environment.';
  it('the moved sentence with its subject shortened and "shall" → "will": one transposition, the modality and the subject inside it', () => {
    expect(tdbr(B, 'Health data users shall not download personal data from the secure environment. Access bodies will provide access only through a secure environment.')).toEqual([
      ['actor', '', 'Health data', ''],
      ['transposition', '', 'access bodies shall provide access only through a secure environment.', 'Access bodies will provide access only through a secure environment.'],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });

  it('other wordings: the subject kept with "will"; shorter subjects sharing their first word', () => {
    expect(tdbr(B, 'Health data users shall not download personal data from the secure environment. Health data access bodies will provide access only through a secure environment.')).toEqual([
      ['modality', 'weakened', 'shall', 'will'],
      ['transposition', '', 'Health data users shall not download personal data from the secure environment', 'Health data users shall not download personal data from the secure environment'],
    ]);
    expect(
      tbr(
        'Health bodies shall provide access through a secure environment. Health users shall not download personal data from the secure environment.',
        'Health users shall not download personal data from the secure environment. Health bodies shall provide access through a secure environment.',
      ),
    ).toEqual([['transposition', 'Health bodies shall provide access through a secure environment', 'Health bodies shall provide access through a secure environment']]);
  });

  it('near miss: the sentences in order, one reworded, are compared in place', () => {
    expect(tdbr(B, 'Health data access bodies will provide access only through a secure environment. Health data users shall not download personal data from the secure environment.')).toEqual([
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });
});

describe('a unit read out of order quotes what moved (trial 78 #8)', () => {
  const b = witness('un', [
    clause('States should protect critical infrastructure.', ['C1']),
    clause('States should oppose mass surveillance.', ['C2']),
    clause('States should share threat information.', ['C3']),
  ]);
  it('the moved unit: base and reading quote the unit and the witness reading it, with no offsets', () => {
    const w = witness('press', [
      clause('States should protect critical infrastructure.', ['C1']),
      clause('States must share threat information.', ['C3']),
      clause('States should oppose mass surveillance.', ['C2']),
    ]);
    const moved = analyse(corpus([b, w])).divergences.filter((v) => v.type === 'transposition');
    expect(moved.map((v) => [v.unit, v.base, v.reading, v.baseSpan, v.readingSpan])).toEqual([
      ['C3', 'States should share threat information.', 'States must share threat information.', null, null],
    ]);
    expect(moved[0].explanation).toMatch(/^read out of order: /);
    expect(isOrderVariant(moved[0])).toBe(true);
  });
  it('near miss: a phrase moved inside a unit keeps its offsets and is no order variant', () => {
    const w = witness('press', [
      clause('States should protect critical infrastructure.', ['C1']),
      clause('States should oppose mass surveillance.', ['C2']),
      clause('States should share information on threats.', ['C3']),
    ]);
    const vs = analyse(corpus([b, w])).divergences;
    expect(vs.some((v) => isOrderVariant(v))).toBe(false);
  });
});

describe('a merged clause split: the join the witness adds opens the next unit\'s part (trial 77 #11)', () => {
  const lex = loadLexicons();
  const parts = (w: string, ...bs: string[]) => {
    const T = tokenise(w);
    return splitMerged(T, bs.map((b) => tokenise(b)), lex).map(([a, z]) => T.slice(a, z).map((t) => t.t).join(' '));
  };
  const U6 = 'Participating States should encourage vendors to share information on a voluntary basis, without prejudice to sensitive information.';
  const U7 = 'Participating States may request technical assistance from the secretariat, and the secretariat will facilitate exchanges.';
  it('", and we may request …" for "… information. Participating States may request …": the cut before ", and we"', () => {
    expect(parts('We should encourage vendors to share information on a voluntary basis, and we may request technical assistance from the secretariat.', U6, U7)).toEqual([
      'We should encourage vendors to share information on a voluntary basis',
      ', and we may request technical assistance from the secretariat .',
    ]);
  });
  it('and in the report: "we" the next unit\'s subject (an actor change), no grammatical "." → "and we"', () => {
    const b = witness('un', [clause(U6, ['U6']), clause(U7, ['U7'])]);
    const w = witness('speech', [clause('We should encourage vendors to share information on a voluntary basis, and we may request technical assistance from the secretariat.', ['U6', 'U7'])]);
    const vs = analyse(corpus([b, w])).divergences;
    expect(vs.filter((v) => v.type === 'grammatical')).toEqual([]);
    expect(vs.filter((v) => v.unit === 'U7' && v.type === 'actor').map((v) => [v.base, v.reading])).toEqual([['Participating States', 'we']]);
  });
  it('other wording: "and they" with no comma', () => {
    expect(parts('We should encourage vendors to share information on a voluntary basis and they may request technical assistance from the secretariat.', U6, U7)).toEqual([
      'We should encourage vendors to share information on a voluntary basis',
      'and they may request technical assistance from the secretariat .',
    ]);
  });
  it('near miss: a subject the next unit reads itself stays with it, the cut where it was', () => {
    expect(parts('We should encourage vendors to share information on a voluntary basis. Participating States may request technical assistance from the secretariat.', U6, U7)).toEqual([
      'We should encourage vendors to share information on a voluntary basis .',
      'Participating States may request technical assistance from the secretariat .',
    ]);
  });
});

describe('a coordinated limb dropped and a phrase added to the item before it: an omission and an addition, not one lexical (trial 80 #5)', () => {
  it('", or for developing harmful products, including alcoholic beverages" → "towards health professionals"', () => {
    expect(tbr('Users shall not process data for advertising, or for developing harmful products, including alcoholic beverages.', 'Users shall not process data for advertising towards health professionals.')).toEqual([
      ['omission', ', or for developing harmful products, including alcoholic beverages', ''],
      ['addition', '', 'towards health professionals'],
    ]);
  });
  it('other wordings: the limb alone; "and hospitals" → "in rural areas"', () => {
    expect(tbr('Users shall not process data for advertising, or for developing harmful products.', 'Users shall not process data for advertising towards health professionals.')).toEqual([
      ['omission', ', or for developing harmful products', ''],
      ['addition', '', 'towards health professionals'],
    ]);
    expect(tbr('States shall protect schools and hospitals.', 'States shall protect schools in rural areas.')).toEqual([
      ['omission', 'and hospitals', ''],
      ['addition', '', 'in rural areas'],
    ]);
  });
  it('near misses: a limb reworded as a limb stays one change', () => {
    expect(tbr('States shall protect schools and hospitals.', 'States shall protect schools and clinics.')).toEqual([['lexical', 'hospitals', 'clinics']]);
    expect(tbr('States shall protect schools and hospitals.', 'States shall protect schools or hospitals.')).toEqual([['grammatical', 'and', 'or']]);
  });
});
