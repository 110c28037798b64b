import { describe, expect, it } from 'vitest';
import { compileLexicons, mergeData } from '../../src/analyse/index.js';
import { analyseReadings } from '../../src/analyse/index.js';
import { readPackageData } from '../../src/data.js';
import { LEXICON_FILES } from '../../src/analyse/lexicon.js';
import { variants } from './helpers.js';

const brief = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('stance (lexicons/stance.yaml)', () => {
  it('condemnation restated as concern is one lexical change, weakened', () => {
    const vs = variants('We condemn ransomware attacks against hospitals.', 'We express concern about ransomware attacks against hospitals.');
    expect(vs.map((v) => [v.type, v.direction, v.base, v.reading])).toEqual([['lexical', 'weakened', 'condemn', 'express concern about']]);
    expect(vs[0].explanation).toContain('disapproval');
    expect(vs[0].class).toBe('substantive');
  });

  it('an intensifier inside the phrase counts ("expresses deep concern at")', () => {
    expect(brief('The Council condemns the attacks.', 'The Council expresses deep concern at the attacks.')).toEqual([
      ['lexical', 'weakened', 'condemns', 'expresses deep concern at'],
    ]);
  });

  it('from neutral to approval is strengthened, and back weakened', () => {
    // (noting and welcoming are also the bottom of the operative-verb scale, modality.yaml `note`,
    // `take note of`, `welcome`: the change is read there, a modality, with the same direction)
    expect(brief('We note the report of the Group.', 'We welcome the report of the Group.')).toEqual([['modality', 'strengthened', 'note', 'welcome']]);
    expect(brief('We welcome the report of the Group.', 'We take note of the report of the Group.')).toEqual([['modality', 'weakened', 'welcome', 'take note of']]);
  });

  it('approval turned into disapproval is a negation', () => {
    const vs = variants('We welcome the report of the Group.', 'We express concern about the report of the Group.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['negation', 'welcome', 'express concern about']]);
    expect(vs[0].explanation).toContain('stance reversed');
    expect(vs[0].direction).toBeUndefined();
  });

  it('the same strength in other words is lexical without direction', () => {
    expect(brief('We condemn the attacks.', 'We denounce the attacks.')).toEqual([['lexical', null, 'condemn', 'denounce']]);
  });

  it('an intensifier dropped or added keeps its type and gains the direction', () => {
    expect(brief('We strongly condemn ransomware attacks.', 'We condemn ransomware attacks.')).toEqual([['omission', 'weakened', 'strongly', '']]);
    expect(brief('We are concerned by the attacks.', 'We are deeply concerned by the attacks.')).toEqual([['addition', 'strengthened', '', 'deeply']]);
    expect(brief('We condemn the attacks in the strongest terms.', 'We condemn the attacks.')).toEqual([['omission', 'weakened', 'in the strongest terms', '']]);
  });

  it('near misses: a stance word used as a noun, an intensifier beside no stance', () => {
    expect(brief('Support for the report is growing.', 'Backing for the report is growing.')).toEqual([['lexical', null, 'Support', 'Backing']]);
    expect(brief('States should cooperate fully with the inquiry.', 'States should cooperate with the inquiry.').map((x) => x[1])).toEqual([null]);
    expect(brief('The concerned authorities met.', 'The competent authorities met.')).toEqual([['lexical', null, 'concerned', 'competent']]);
  });

  it('a change with more than the stance in it is left to the other classifiers', () => {
    const vs = variants('We condemn ransomware attacks.', 'We express concern about cyber operations.');
    expect(vs.some((v) => v.direction !== undefined && v.reading.includes('cyber'))).toBe(false);
  });

  it('a negated predicate restated as disapproval keeps its polarity: one lexical change, not a reversal', () => {
    const vs = variants('We will not impose data localisation requirements.', 'We reject data localisation requirements.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'will not impose', 'reject']]);
    expect(vs[0].explanation).toContain('polarity is kept');
    expect(brief('We reject attacks on hospitals.', 'We will not accept attacks on hospitals.')).toEqual([['lexical', null, 'reject', 'will not accept']]);
    expect(brief('We do not support the proposal.', 'We oppose the proposal.')).toEqual([['lexical', null, 'do not support', 'oppose']]);
  });

  it('near misses: the negation dropped without a stance, or a stance of approval, is a reversal', () => {
    expect(brief('We will not impose data localisation requirements.', 'We will impose data localisation requirements.')[0][0]).toBe('negation');
    expect(variants('We will not impose data localisation requirements.', 'We welcome data localisation requirements.').some((v) => v.type === 'negation')).toBe(true);
  });

  it('the scale is data: a corpus can add an expression', () => {
    const raw: Record<string, unknown> = {};
    for (const f of LEXICON_FILES) raw[f] = readPackageData(f) ?? {};
    raw.stance = mergeData(raw.stance, { expressions: [{ phrase: 'frown upon', strength: -2 }] });
    const lex = compileLexicons(raw);
    const vs = analyseReadings('We condemn such practices.', 'We frown upon such practices.', { lexicons: lex }).variants;
    expect(vs.map((v) => [v.type, v.direction])).toEqual([['lexical', 'weakened']]);
    // without it, no direction
    expect(variants('We condemn such practices.', 'We frown upon such practices.').every((v) => v.direction === undefined)).toBe(true);
  });

  it('a stance expression without a strength is refused, naming the file', () => {
    const raw: Record<string, unknown> = {};
    for (const f of LEXICON_FILES) raw[f] = readPackageData(f) ?? {};
    raw.stance = { expressions: [{ phrase: 'frown upon' }] };
    expect(() => compileLexicons(raw)).toThrow(/frown upon/);
  });
});

describe('stance: insisting on a position', () => {
  it('"firmly reaffirmed" strengthens, "stress" → "note" weakens, with the strengths in the explanation', () => {
    expect(brief('The two Presidents reaffirmed their commitment.', 'The two Presidents firmly reaffirmed their commitment.')).toEqual([['addition', 'strengthened', '', 'firmly']]);
    const vs = variants('We stress the importance of norms.', 'We note the importance of norms.');
    expect(vs.map((v) => [v.type, v.direction])).toEqual([['lexical', 'weakened']]);
    expect(vs[0].explanation).toContain("'stress' (approval, 1.5) → 'note' (neutral, 0)");
  });
});

describe('stance: changes inside a phrase ("note with concern", "express concern")', () => {
  it('words of a phrase dropped or added: the two phrases compared whole, with the direction', () => {
    expect(brief('Notes with concern that a number of States are developing ICT capabilities;', 'Notes that a number of States are developing ICT capabilities;')).toEqual([
      ['lexical', 'weakened', 'Notes with concern', 'Notes'],
    ]);
    expect(brief('Noting with concern the rise in ransomware attacks,', 'Noting the rise in ransomware attacks,')).toEqual([['lexical', 'weakened', 'Noting with concern', 'Noting']]);
    expect(brief('We note the conclusions of the review.', 'We note with appreciation the conclusions of the review.')).toEqual([
      ['lexical', 'strengthened', 'note', 'note with appreciation'],
    ]);
  });

  it('part of a phrase replaced: the finding spans both phrases, with the strengths', () => {
    const vs = variants('Notes with concern that a number of States are developing ICT capabilities for military purposes;', 'Expresses concern that a number of States are developing ICT capabilities for military purposes;');
    expect(vs.map((v) => [v.type, v.direction, v.base, v.reading])).toEqual([['lexical', 'strengthened', 'Notes with concern', 'Expresses concern']]);
    expect(vs[0].explanation).toContain("'Notes with concern' (disapproval, -1) → 'Expresses concern' (disapproval, -1.5)");
    expect(brief('The Ministers expressed concern about the attacks.', 'The Ministers expressed support for the attacks.')[0].slice(0, 4)).toEqual(['negation', null, 'expressed concern about', 'expressed support for']);
  });

  it('an opening verb the tagger reads as a name ("Notes", "Welcomes") is the stance it opens', () => {
    expect(brief('Welcomes the adoption of the annual progress report;', 'Notes with appreciation the adoption of the annual progress report;')).toEqual([
      ['lexical', 'weakened', 'Welcomes', 'Notes with appreciation'],
    ]);
    expect(brief('Expresses concern about the increase in malicious ICT activities;', 'Notes the increase in malicious ICT activities;')).toEqual([
      ['lexical', 'weakened', 'Expresses concern about', 'Notes'],
    ]);
    // (noting → welcoming: the operative-verb scale, modality.yaml `note`)
    expect(brief('Also notes the report of the Secretary-General;', 'Also welcomes the report of the Secretary-General;')[0].slice(0, 2)).toEqual(['modality', 'strengthened']);
  });

  it('near misses: the phrase kept with other words changed beside it, a noun "Notes", no stance', () => {
    // the stance is the same on both sides: the word added is an ordinary addition
    expect(brief('Notes with concern the report;', 'Notes with concern the final report;')).toEqual([['addition', null, '', 'final']]);
    expect(brief('Notes the report;', 'Notes the new report;')).toEqual([['addition', null, '', 'new']]);
    // "Notes" heading a sentence as a noun ("Notes to the accounts") is no stance
    expect(brief('Notes to the accounts are attached.', 'Annexes to the accounts are attached.').every((x) => x[1] === null)).toBe(true);
    // a word with no stance added after one: not a stance change
    expect(brief('Notes that States are developing capabilities;', 'Notes with interest that States are developing capabilities;').every((x) => x[1] === null)).toBe(true);
  });
});

describe('stance: a warmer welcome, a note with satisfaction', () => {
  const st = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
  it('"Welcoming" → "Welcoming with appreciation" is strengthened, "Notes with satisfaction" → "Notes" weakened', () => {
    expect(st('Welcoming the report of the Group,', 'Welcoming with appreciation the report of the Group,')).toEqual([['lexical', 'strengthened']]);
    expect(st('Welcomes with satisfaction the entry into force of the Convention.', 'Welcomes the entry into force of the Convention.')).toEqual([['lexical', 'weakened']]);
    expect(st('Notes with satisfaction the report.', 'Notes the report.')).toEqual([['lexical', 'weakened']]);
    expect(st('Welcomes with appreciation the report.', 'Notes with appreciation the report.')).toEqual([['lexical', 'weakened']]);
  });
  it('near miss: "with interest" is no stance of its own', () => {
    expect(st('Welcomes the report of the Group.', 'Welcomes with interest the report of the Group.')).toEqual([['addition', null]]);
  });
});
