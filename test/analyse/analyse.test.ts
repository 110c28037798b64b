import { describe, expect, it } from 'vitest';
import { analyse, splitMerged } from '../../src/analyse/index.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { UserError } from '../../src/errors.js';
import { tokenise } from '../../src/nlp/index.js';
import { ACCIDENTAL_TYPES, SUBSTANTIVE_TYPES } from '../../src/types.js';
import { clause, corpus, witness } from './helpers.js';

const base = witness('un', [
  clause('States should protect critical infrastructure.', ['C1']),
  clause('States should oppose mass surveillance.', ['C2']),
  clause('States should encourage companies to obey local laws. States should not request companies to store data at home.', ['C3']),
  clause('We call upon all States to support this initiative.', ['E1']),
]);
const copy = witness('mfa', [
  clause('States should protect critical infrastructure.', ['C1']),
  clause('States should oppose mass surveillance.', ['C2']),
  clause('States should encourage companies to obey local laws. States should not request companies to store data at home.', ['C3']),
  clause('We call on all States to support this initiative.', ['E1']),
]);
const merged = witness('speech', [
  clause('States should protect critical infrastructure and oppose mass surveillance.', ['C1', 'C2']),
  clause('States should never request companies to store data at home.', ['C3.2']),
]);
const para = witness('press', [
  clause('All countries must protect critical infrastructure.', ['C1']),
  clause('Countries should require companies to obey local laws. States should not request companies to store data at home.', ['C3']),
]);
const c = corpus([base, copy, merged, para]);

describe('analyse()', () => {
  const report = analyse(c);

  it('reports the base first and every unit in base order', () => {
    expect(report.title).toBe('Test Initiative');
    expect(report.base).toBe('un');
    expect(report.witnesses.map((w) => w.id)).toEqual(['un', 'mfa', 'speech', 'press']);
    expect(report.units.map((u) => u.id)).toEqual(['C1', 'C2', 'C3', 'E1']);
    expect(report.pairs.map((p) => p.witness)).toEqual(['mfa', 'speech', 'press']);
  });

  it('gives the base status and reading, and statuses by variant class', () => {
    const e1 = report.units[3];
    expect(e1.status).toEqual({ un: 'base', mfa: 'accidental', speech: 'absent', press: 'absent' });
    expect(e1.readings.speech).toBeNull();
    expect(e1.readings.un).toBe('We call upon all States to support this initiative.');
    expect(report.units[0].status.mfa).toBe('identical');
    expect(report.units[0].status.press).toBe('substantive');
    expect(e1.segments.un).toBeUndefined();
    expect(e1.segments.speech).toBeUndefined();
    expect(e1.segments.mfa.map((s) => s.op)).toEqual(['equal', 'replace', 'equal']);
  });

  it('reports an absent unit once, substantive, with the whole base text', () => {
    const abs = report.divergences.filter((v) => v.type === 'absent' && v.unit === 'E1');
    expect(abs.map((v) => v.witness)).toEqual(['speech', 'press']);
    expect(abs[0].base).toBe('We call upon all States to support this initiative.');
    expect(abs[0].reading).toBe('');
    expect(abs[0].class).toBe('substantive');
  });

  it('splits a merged clause among its units and emits one merge variant per unit', () => {
    expect(report.units[0].readings.speech).toBe('States should protect critical infrastructure');
    expect(report.units[1].readings.speech).toBe('and oppose mass surveillance.');
    const merges = report.divergences.filter((v) => v.type === 'merge');
    expect(merges.map((v) => `${v.unit}:${v.witness}`)).toEqual(['C1:speech', 'C2:speech']);
    expect(merges[0].explanation).toContain('read together with C2');
    expect(merges[1].explanation).toContain('read together with C1');
    expect(merges[0].class).toBe('substantive');
  });

  it('compares a clause tagged with a sentence against that sentence only', () => {
    const c3 = report.divergences.filter((v) => v.unit === 'C3' && v.witness === 'speech');
    // sentence 1 is not read; sentence 2: "not" → "never" strengthens the prohibition
    expect(c3.map((v) => v.type)).toEqual(['absent', 'modality']);
    expect(c3[0].base).toBe('States should encourage companies to obey local laws.');
    expect(c3[1].direction).toBe('strengthened');
    // base spans are offsets in the whole unit's tokens
    const unitTokens = tokenise(base.clauses[2].text);
    expect(unitTokens[c3[1].baseSpan![0]].t).toBe('not');
    // the segments still list the whole base reading in order
    const segs = report.units[2].segments.speech;
    expect(segs[0].op).toBe('delete');
    expect(segs.map((s) => s.base).join(' ').replace(/\s+/g, ' ')).toBe(base.clauses[2].text.replace(' .', '.'));
  });

  it('finds modality and actor in a reworded witness', () => {
    const press = report.divergences.filter((v) => v.witness === 'press');
    const mod = press.filter((v) => v.type === 'modality');
    expect(mod.map((v) => [v.unit, v.base, v.reading, v.direction])).toEqual([
      ['C1', 'should', 'must', 'strengthened'],
      ['C3', 'encourage', 'require', 'strengthened'],
    ]);
    expect(press.filter((v) => v.type === 'actor').map((v) => [v.unit, v.base, v.reading])).toEqual([
      ['C1', 'States', 'All countries'],
      ['C3', 'States', 'Countries'],
    ]);
  });

  it('sorts divergences by unit, witness, base offset, type', () => {
    const key = (v: (typeof report.divergences)[number]) => [
      report.units.findIndex((u) => u.id === v.unit),
      report.witnesses.findIndex((w) => w.id === v.witness),
    ];
    for (let i = 1; i < report.divergences.length; i++) {
      const [u0, w0] = key(report.divergences[i - 1]);
      const [u1, w1] = key(report.divergences[i]);
      expect(u0 < u1 || (u0 === u1 && w0 <= w1)).toBe(true);
    }
  });

  it('computes pair statistics', () => {
    const mfa = report.pairs[0];
    const all = report.units.reduce((n, u) => n + tokenise(u.readings.un!).length, 0);
    expect(mfa.coverage).toBe(1);
    expect(mfa.baseTokens).toBe(all);
    expect(mfa.identicalTokens).toBe(all - 1); // "upon" → "on"
    expect(mfa.agreement).toBeCloseTo((all - 1) / all, 4);
    expect(mfa.byClass).toEqual({ accidental: 1, substantive: 0 });
    expect(Object.keys(mfa.byType)).toEqual([...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES]);
    expect(mfa.byType.grammatical).toBe(1);
    const press = report.pairs[2];
    expect(press.coverage).toBe(0.5);
    // absent units count as disagreement in agreement, not in baseTokens
    expect(press.agreement).toBeLessThan(press.identicalTokens / press.baseTokens);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyse(c))).toBe(JSON.stringify(report));
  });

  it('reuses and fills a caller-provided token cache', () => {
    const tokens = new Map([[base.clauses[0].text, tokenise(base.clauses[0].text)]]);
    const first = tokens.get(base.clauses[0].text);
    const r = analyse(c, { tokens });
    expect(JSON.stringify(r)).toBe(JSON.stringify(report));
    expect(tokens.get(base.clauses[0].text)).toBe(first);
    expect(tokens.has(para.clauses[0].text)).toBe(true);
  });

  it('switches the base witness', () => {
    const r = analyse(c, { base: 'press' });
    expect(r.base).toBe('press');
    expect(r.witnesses.map((w) => w.id)).toEqual(['press', 'un', 'mfa', 'speech']);
    expect(r.units.map((u) => u.id)).toEqual(['C1', 'C3']);
    const mod = r.divergences.filter((v) => v.type === 'modality' && v.witness === 'un' && v.unit === 'C1');
    expect(mod.map((v) => [v.base, v.reading, v.direction])).toEqual([['must', 'should', 'weakened']]);
  });

  it('a base with a merged clause makes one joined unit that gathers the other witnesses\' clauses', () => {
    const r = analyse(c, { base: 'speech', witnesses: ['un'] });
    expect(r.units.map((u) => u.id)).toEqual(['C1+C2', 'C3']);
    expect(r.units[0].readings.un).toBe('States should protect critical infrastructure. States should oppose mass surveillance.');
    expect(r.units[1].readings.speech).toBe('States should never request companies to store data at home.');
  });

  it('restricts to the witnesses and units asked for', () => {
    const r = analyse(c, { witnesses: ['press'], units: ['C1', 'E1'] });
    expect(r.witnesses.map((w) => w.id)).toEqual(['un', 'press']);
    expect(r.units.map((u) => u.id)).toEqual(['C1', 'E1']);
    expect(new Set(r.divergences.map((v) => v.unit))).toEqual(new Set(['C1', 'E1']));
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].coverage).toBe(0.5);
  });

  it('rejects unknown ids with a UserError naming them', () => {
    expect(() => analyse(c, { base: 'x' })).toThrow(UserError);
    expect(() => analyse(c, { base: 'x' })).toThrow("unknown base witness 'x' (witnesses: un, mfa, speech, press)");
    expect(() => analyse(c, { witnesses: ['mfa', 'nope'] })).toThrow(/unknown witness 'nope'/);
    expect(() => analyse(c, { units: ['C9'] })).toThrow(/unknown unit 'C9'/);
  });

  it('a base that tags no clause is refused, not an empty report', () => {
    const untagged = corpus([witness('un', [clause('States should act.', ['C1'])]), witness('notes', [clause('An aside.', [])])]);
    expect(() => analyse(untagged, { base: 'notes' })).toThrow("the base witness 'notes' has no clause tagged with a unit");
    expect(analyse(untagged).units).toHaveLength(1);
  });
});

describe('splitMerged', () => {
  it('a unit read out of base order is one transposition of the unit, naming where each text has it', () => {
    const moved = witness('summary', [
      clause('States should protect critical infrastructure.', ['C1']),
      clause('We call upon all States to support this initiative.', ['E1']),
      clause('States should oppose mass surveillance.', ['C2']),
      clause('States should encourage companies to obey local laws. States should not request companies to store data at home.', ['C3']),
    ]);
    const r = analyse(corpus([base, copy, moved]));
    const order = r.divergences.filter((v) => v.witness === 'summary');
    // (the unit and its reading quoted, no offsets: session 17, trial 78 #8)
    expect(order.map((v) => [v.unit, v.type, v.base, v.reading, v.baseSpan, v.readingSpan])).toEqual([
      ['E1', 'transposition', 'We call upon all States to support this initiative.', 'We call upon all States to support this initiative.', null, null],
    ]);
    expect(order[0].explanation).toBe('read out of order: the witness reads E1 after C1 and before C2; the base has it after C3 and at the end');
    expect(order[0].class).toBe('substantive');
    expect(r.units.find((u) => u.id === 'E1')?.status.summary).toBe('substantive');
    // in base order (or with units left out), nothing is out of order
    expect(analyse(corpus([base, copy, para])).divergences.filter((v) => v.type === 'transposition')).toEqual([]);
    // two units swapped: one of them is moved, not both
    const swapped = witness('swap', [
      clause('States should oppose mass surveillance.', ['C2']),
      clause('States should protect critical infrastructure.', ['C1']),
    ]);
    expect(analyse(corpus([base, swapped])).divergences.filter((v) => v.type === 'transposition')).toHaveLength(1);
  });

  it('a capital that only marks a sentence start is positional; a capital inside a sentence is compared', () => {
    const b = witness('un', [clause('Public bodies shall publish a register.', ['C1']), clause('States shall protect public services.', ['C2'])]);
    // (the small letter after a layout marker stripped, "First,", is the marker's: positional)
    const w = witness('speech', [{ ...clause('public bodies shall publish a register.', ['C1']), marker: 'First,' }, clause('Member States shall protect public services.', ['C2'])]);
    const r = analyse(corpus([b, w]));
    expect(r.divergences.filter((v) => v.type === 'case')).toEqual([]);
    // (with no marker, the first word of the clause lower-cased is a reading: trial 71 A9)
    const w1 = witness('web', [clause('public bodies shall publish a register.', ['C1']), clause('States shall protect public services.', ['C2'])]);
    expect(analyse(corpus([b, w1])).divergences.map((v) => [v.unit, v.type, v.base])).toEqual([['C1', 'case', 'Public']]);
    // a capital inside a sentence is a case variant
    const b2 = witness('un', [clause('Public bodies shall publish a register.', ['C1']), clause('States shall protect Public services.', ['C2'])]);
    const w2 = witness('press', [clause('Public bodies shall publish a register.', ['C1']), clause('States shall protect public services.', ['C2'])]);
    expect(analyse(corpus([b2, w2])).divergences.map((v) => [v.unit, v.type, v.base])).toEqual([['C2', 'case', 'Public']]);
  });

  it("a unit carries the base's own number or letter as its label (not a bullet mark)", () => {
    const b = witness('un', [
      { ...clause('States shall protect cables.', ['C1']), marker: '6.' },
      { ...clause('States shall share data.', ['C2']), marker: '(a)' },
      { ...clause('States shall meet yearly.', ['C3']), marker: '•' },
      clause('We adopt this declaration.', ['E1']),
    ]);
    const r = analyse(corpus([b, witness('copy', [clause('States shall protect cables.', ['C1'])])]));
    expect(r.units.map((u) => [u.id, u.label])).toEqual([['C1', '6.'], ['C2', '6 (a)'], ['C3', undefined], ['E1', undefined]]);
    expect(Object.keys(r.units[0])).toEqual(['id', 'label', 'readings', 'status', 'segments']);
    expect('label' in r.units[2]).toBe(false);
  });

  it('gives each unit one contiguous slice following the base', () => {
    const lex = loadLexicons();
    const toks = tokenise('States should protect critical infrastructure and oppose mass surveillance.');
    const spans = splitMerged(toks, [tokenise('States should protect critical infrastructure.'), tokenise('States should oppose mass surveillance.')], lex);
    expect(spans).toEqual([[0, 5], [5, toks.length]]);
  });
});

describe('splitMerged: cuts where the witness opens the next unit', () => {
  const lex = loadLexicons();
  const cut = (clauseText: string, bases: string[]) => {
    const t = tokenise(clauseText);
    return splitMerged(t, bases.map((b) => tokenise(b)), lex).map(([a, b]) => t.slice(a, b).map((x) => x.t).join(' '));
  };

  it('after a list mark, at the first words of the next unit, though the unit before has them too', () => {
    expect(
      cut('The controller may transfer data only if one of these applies: the person has agreed, or the transfer is needed for a contract.', [
        'The controller may transfer data only on one of the following conditions:',
        'the data subject has consented to the transfer;',
        'the transfer is necessary for a contract.',
      ]),
    ).toEqual([
      'The controller may transfer data only if one of these applies :',
      'the person has agreed ,',
      'or the transfer is needed for a contract .',
    ]);
  });

  it('with no such opening near the cut, the alignment decides', () => {
    expect(cut('States should protect infrastructure and oppose surveillance.', ['States should protect infrastructure.', 'States should oppose surveillance.'])).toEqual([
      'States should protect infrastructure',
      'and oppose surveillance .',
    ]);
  });
});

describe('a block of units read out of order', () => {
  it('each explanation names only the neighbours that differ from the base', () => {
    const b = witness('base', ['P1 text about alpha matters.', 'P2 text about beta matters.', 'P3 text about gamma matters.', 'P4 text about delta matters.'].map((t, i) => clause(t, [`P${i + 1}`])));
    const w = witness('wire', [3, 4, 1, 2].map((k) => clause(`P${k} text about ${['alpha', 'beta', 'gamma', 'delta'][k - 1]} matters.`, [`P${k}`])));
    const moved = analyse(corpus([b, w])).divergences.filter((v) => v.type === 'transposition');
    for (const v of moved) {
      const [witnessSide, baseSide] = v.explanation.replace(/^read out of order: the witness reads \S+ /, '').split('; the base has it ');
      for (const n of (witnessSide.match(/P\d/g) ?? [])) expect(baseSide ?? '').not.toContain(n);
    }
    expect(moved.length).toBeGreaterThan(0);
  });
});

describe('a unit read as a slice of a merged clause', () => {
  const b = witness('law', [
    clause('The Office shall decide on a licence application within 30 days of receipt of a complete application.', ['C1']),
    clause('Where the Office requires further information, it may extend the period by 15 days.', ['C2']),
  ]);
  const w = witness('summary', [
    clause('The Office has to decide within 30 days of receiving a complete application, extendable by 15 days if it needs more information.', ['C1', 'C2']),
  ]);
  it('words it omits that only its own slice reads (later, otherwise) stay omitted', () => {
    const r = analyse(corpus([b, w]));
    const c1 = r.divergences.filter((v) => v.unit === 'C1' && v.witness === 'summary');
    expect(c1.some((v) => v.type === 'omission' && v.base === 'on a licence application')).toBe(true);
    expect(c1.some((v) => v.explanation.includes('in the part of the merged clause'))).toBe(false);
  });
  it('words dropped between words its slice reads stay omitted, though the other part reads them', () => {
    const b3 = witness('law', [
      clause('Each Party shall maintain a legal framework for the protection of the users of digital trade.', ['C1']),
      clause('Each Party shall endeavour to protect users of digital trade from violations occurring within its jurisdiction.', ['C2']),
    ]);
    const w3 = witness('summary', [clause('Each Party will maintain a legal framework protecting users of digital trade, and will endeavour to protect users from violations occurring within its jurisdiction.', ['C1', 'C2'])]);
    const r = analyse(corpus([b3, w3]));
    const c2 = r.divergences.filter((v) => v.unit === 'C2' && v.type === 'omission').map((v) => v.base);
    expect(c2).toEqual(['of digital trade']);
  });
  it('a slice with no modal of its own, the modal in the other unit\'s part: no modal dropped', () => {
    const b5 = witness('law', [
      clause('No Party shall require a person to store data in its territory.', ['C1']),
      clause('Nothing in this Article shall prevent a Party from adopting measures that are necessary to achieve a legitimate objective.', ['C2']),
    ]);
    const run = (text: string) => analyse(corpus([b5, witness('summary', [clause(text, ['C1', 'C2'])])])).divergences.filter((v) => v.unit === 'C2' && v.type === 'modality');
    expect(run('No Party shall require a person to store data in its territory, unless the Party considers it necessary to achieve a legitimate objective.')).toEqual([]);
    expect(run('No Party shall require a person to store data in its territory, except where the Party finds it necessary to achieve a legitimate objective.')).toEqual([]);
    // near miss: a modal of its own in the slice is compared
    expect(run('No Party shall require a person to store data in its territory, and a Party must adopt measures that are necessary to achieve a legitimate objective.').map((v) => [v.direction, v.base])).toEqual([['strengthened', 'Nothing in this Article shall prevent a Party from']]);
  });
  it('a slice that is a coordinated clause with its own subject: its dropped modal is reported, whatever modal the other part has', () => {
    const b6 = witness('law', [
      clause('States should not harm the systems of emergency teams of another State.', ['C1']),
      clause('The Secretariat shall maintain a confidential directory of contacts.', ['C2']),
    ]);
    const run = (text: string) => analyse(corpus([b6, witness('lpi', [clause(text, ['C1', 'C2'])])])).divergences.filter((v) => v.unit === 'C2' && v.type === 'modality').map((v) => [v.base, v.reading, v.direction]);
    expect(run('States should not harm the systems of emergency teams of another State, and the Secretariat maintains a confidential directory of contacts.')).toEqual([['shall', '', 'weakened']]);
    expect(run('States should not harm the systems of emergency teams of another State; the Secretariat maintains a confidential directory of contacts.')).toEqual([['shall', '', 'weakened']]);
    // near miss: the modal kept in the slice
    expect(run('States should not harm the systems of emergency teams of another State, and the Secretariat shall maintain a confidential directory of contacts.')).toEqual([]);
  });
  it('near miss: the shared subject read once in the other part is no omission', () => {
    const b2 = witness('law', [clause('States should protect critical infrastructure.', ['C1']), clause('States should oppose mass surveillance.', ['C2'])]);
    const w2 = witness('speech', [clause('States should protect critical infrastructure and oppose mass surveillance.', ['C1', 'C2'])]);
    const r = analyse(corpus([b2, w2]));
    expect(r.divergences.filter((v) => v.unit === 'C2' && v.type === 'omission')).toEqual([]);
  });
});

describe('unitLabels', () => {
  it('a lettered sub-item under a numbered item is cited with its number', async () => {
    const { unitLabels } = await import('../../src/analyse/index.js');
    expect(unitLabels([undefined, '1.', '2.', '(a)', '(b)', '3.', '•', '(c)'])).toEqual([undefined, '1.', '2.', '2 (a)', '2 (b)', '3.', undefined, '3 (c)']);
  });
  it('paragraphs numbered within a headed article are cited with the article', async () => {
    const { unitLabels } = await import('../../src/analyse/index.js');
    expect(unitLabels(['Article 2 Definitions / 1.', '2.', '(a)', 'Article 3 Scope / 1.', '2.'])).toEqual(['Article 2 Definitions / 1.', 'Article 2 / 2.', 'Article 2 / 2 (a)', 'Article 3 Scope / 1.', 'Article 3 / 2.']);
    // a heading without a number is kept whole
    expect(unitLabels(['Scope / 1.', '2.'])).toEqual(['Scope / 1.', 'Scope / 2.']);
  });
  it('near miss: sub-items with no numbered item before them, or after an unnumbered paragraph, keep their own marker', async () => {
    const { unitLabels } = await import('../../src/analyse/index.js');
    expect(unitLabels(['(a)', '(b)'])).toEqual(['(a)', '(b)']);
    expect(unitLabels(['4.', undefined, '(a)'])).toEqual(['4.', undefined, '(a)']);
  });
});
