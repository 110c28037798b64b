/**
 * A time limit set by a date, moved later or earlier (qualifiers.yaml `date-limits`): on an
 * obligation a later deadline gives more time (weakened), an earlier one less (strengthened), as
 * "within 30 days" → "within 60 days" already is; an end date ("until") moved later makes the rule
 * hold longer. (From a new-user trial on export controls: reporting deadlines.)
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);

describe('a deadline date moved', () => {
  it('later on an obligation: lexical, weakened (several date forms and heads)', () => {
    for (const [b, r] of [
      ['Exporters shall report by 31 January of each year.', 'Exporters shall report by 31 March of each year.'],
      ['Exporters shall report by 2025.', 'Exporters shall report by 2026.'],
      ['Exporters shall report by March 2025.', 'Exporters shall report by June 2025.'],
      ['Exporters shall report by 31 January 2025.', 'Exporters shall report by 31 January 2026.'],
      ['Exporters shall report before the end of 2025.', 'Exporters shall report before the end of 2026.'],
      ['The Office must publish its report no later than 1 June.', 'The Office must publish its report no later than 1 September.'],
    ]) {
      const vs = variants(b, r);
      expect(vs.map((v) => [v.type, v.direction]), b).toEqual([['lexical', 'weakened']]);
      expect(vs[0].explanation).toContain('the deadline moved later');
    }
  });
  it('earlier on an obligation: strengthened', () => {
    expect(brief('Exporters shall report no later than 31 January 2025.', 'Exporters shall report no later than 15 January 2025.')).toEqual([['lexical', 'strengthened']]);
    expect(brief('Exporters shall report by end-2025.', 'Exporters shall report by mid-2025.')).toEqual([['lexical', 'strengthened']]);
  });
  it('an end date (until) or a prohibition lasting to a date: later holds longer, strengthened', () => {
    expect(brief('Exporters shall keep the records until 2030.', 'Exporters shall keep the records until 2028.')).toEqual([['lexical', 'weakened']]);
    expect(brief('Exporters shall not export the items before 2025.', 'Exporters shall not export the items before 2026.')).toEqual([['lexical', 'strengthened']]);
  });
  it('near misses: a permission, a date that sets no limit, dates of different parts: no direction', () => {
    const perm = variants('Exporters may report by 2025.', 'Exporters may report by 2026.');
    expect(perm.map((v) => [v.type, v.direction ?? null])).toEqual([['lexical', null]]);
    expect(perm[0].explanation).toContain('the date moved later');
    expect(brief('The Office met on 3 March 2025.', 'The Office met on 5 March 2025.')).toEqual([['lexical', null]]);
    expect(brief('Exporters shall report by 31 January.', 'Exporters shall report by 2025.')).toEqual([['lexical', null]]);
  });
});

describe('a duration (qualifiers.yaml kind `duration`: "keep records for a period of five years")', () => {
  it('runs opposite to a time limit: shorter on an obligation weakened, longer strengthened', () => {
    expect(brief('Exporters shall keep records for a period of five years.', 'Exporters shall keep records for a period of three years.')).toEqual([['lexical', 'weakened']]);
    expect(brief('Exporters shall keep records for at least five years.', 'Exporters shall keep records for at least ten years.')).toEqual([['lexical', 'strengthened']]);
    expect(brief('Records must be kept for not less than five years.', 'Records must be kept for not less than three years.')).toEqual([['lexical', 'weakened']]);
  });
  it('dropped from an obligation: weakened', () => {
    expect(brief('Exporters shall keep records for a period of five years.', 'Exporters shall keep records.')).toEqual([['qualifier-dropped', 'weakened']]);
  });
  it('near misses: a cap stays a time limit (shorter strengthened); a bare "for five years" after a verb that keeps nothing and a permission have no direction', () => {
    expect(brief('Exporters shall keep records for a period of no more than five years.', 'Exporters shall keep records for a period of no more than three years.')).toEqual([['lexical', 'strengthened']]);
    // (after a verb of keeping a bare "for five years" is a duration: see qualifier.test.ts)
    expect(brief('Exporters shall keep records for five years.', 'Exporters shall keep records for three years.')).toEqual([['lexical', 'weakened']]);
    expect(brief('Export licences shall be valid for five years.', 'Export licences shall be valid for three years.')).toEqual([['lexical', null]]);
    expect(brief('Exporters may keep records for at least five years.', 'Exporters may keep records for at least three years.')).toEqual([['lexical', null]]);
  });
});

// (From a new-user trial on an incident-reporting directive: "not later than one month after the
// submission of the notification" → "within one month" was one variant over the whole phrase,
// though "one month" is kept, and the dropped starting point of the limit was lost.)
describe('a deadline worded otherwise, its figure kept', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);

  it('"not later than" → "within", "is due" (and back): the same limit, grammatical; the starting point dropped is its own omission', () => {
    expect(tv('Operators shall submit a final report not later than one month after the submission of the notification.', 'Operators shall submit a final report within one month.')).toEqual([
      ['grammatical', 'not later than', 'within', null],
      ['omission', 'after the submission of the notification', '', null],
    ]);
    expect(tv('The authority shall reply no later than ten days after receipt of the request.', 'The authority shall reply within ten days.')).toEqual([
      ['grammatical', 'no later than', 'within', null],
      ['omission', 'after receipt of the request', '', null],
    ]);
    expect(tv('The court shall decide within 30 days of the application.', 'The court shall decide no later than 30 days.')).toEqual([
      ['grammatical', 'within', 'no later than', null],
      ['omission', 'of the application', '', null],
    ]);
    expect(tv('Operators shall submit a final report not later than one month after the submission of the notification.', 'Operators shall submit a final report within one month after the submission of the notification.')).toEqual([
      ['grammatical', 'not later than', 'within', null],
    ]);
    // (the connective alone, not "not" → "is" as an accidental and "later than" → "due")
    expect(tv('Operators shall submit a final report not later than one month after the notification.', 'A final report is due one month after the notification.')).toContainEqual(['grammatical', 'not later than', 'is due', null]);
  });

  it('the limit kept in place and only its starting point replaced: no time limit reworded', () => {
    const v = variants('Operators shall notify the authority within 72 hours of becoming aware of the incident.', 'Operators shall notify the authority within 72 hours, and the report should be brief.');
    expect(v.some((x) => x.base.includes('within') || x.explanation.includes('time limit'))).toBe(false);
    expect(v.map((x) => x.base)).toEqual(['of becoming aware of the incident']);
    // the figure changed too: the limit shortened, the tail apart
    expect(tv('Operators shall notify the authority within 72 hours of becoming aware of the incident.', 'Operators shall notify the authority within 48 hours, and the report should be brief.')[0]).toEqual(['lexical', '72', '48', 'strengthened']);
  });

  it('near misses: another connective that says something else, the figure not kept, a limit replaced by an adverb', () => {
    // "after" is no deadline
    expect(variants('The court shall decide within 30 days of the application.', 'The court shall decide after 30 days of the application.').some((x) => x.explanation.includes('same deadline'))).toBe(false);
    // the figure changed with the connective: not the same limit
    expect(variants('The authority shall reply no later than ten days after receipt of the request.', 'The authority shall reply within two weeks after receipt of the request.').some((x) => x.explanation.includes('same deadline'))).toBe(false);
    expect(tv('The authority shall reply no later than ten days after receipt of the request.', 'The authority shall reply promptly.')).toEqual([['lexical', 'no later than ten days after receipt of the request', 'promptly', null]]);
  });
});

// (from a new-user trial on cyber-attacks on infrastructure: "…, within 72 hours" → "… within 24
// hours" was an omission and an addition, or a rewording with no direction: the aligner's cleanup
// had merged the comma, the connective and the figure into one change)
describe('the figure of a time limit changed beside a comma (or another change) merged with it', () => {
  const full = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the comma a punctuation variant, the figure a time limit changed with its direction', () => {
    expect(full('States should respond to an attack, within 72 hours.', 'States should respond to an attack within 24 hours.')).toEqual([
      ['punctuation', null, ',', ''],
      ['lexical', 'strengthened', '72', '24'],
    ]);
    expect(full('States should respond to a cyber-attack, within 72 hours.', 'States should respond to a cyberattack within 24 hours.')).toEqual([
      ['compound', null, 'cyber-attack', 'cyberattack'],
      ['punctuation', null, ',', ''],
      ['lexical', 'strengthened', '72', '24'],
    ]);
    expect(full('States should respond to an attack within 72 hours.', 'States should respond to an attack, within 24 hours.')).toEqual([
      ['punctuation', null, '', ','],
      ['lexical', 'strengthened', '72', '24'],
    ]);
    expect(full('Operators shall keep the logs, for at least 12 months.', 'Operators shall keep the logs for at least six months.')).toEqual([
      ['punctuation', null, ',', ''],
      ['lexical', 'weakened', '12', 'six'],
    ]);
    expect(full('States should respond to attacks on networks, within 72 hours.', 'States should respond to attacks within 24 hours.')).toEqual([
      ['omission', null, 'on networks', ''],
      ['punctuation', null, ',', ''],
      ['lexical', 'strengthened', '72', '24'],
    ]);
    // on a permission, no direction
    expect(full('States may respond to an attack, within 72 hours.', 'States may respond to an attack within 24 hours.')).toEqual([
      ['punctuation', null, ',', ''],
      ['lexical', null, '72', '24'],
    ]);
  });
  it('near misses: a figure before a word that is no unit of time is no time limit; the figure kept leaves the comma alone', () => {
    expect(variants('States should send a team to the site, with 72 officers.', 'States should send a team to the site with 24 officers.').some((v) => v.direction)).toBe(false);
    expect(full('States should respond to an attack, within 72 hours.', 'States should respond to an attack within 72 hours.')).toEqual([['punctuation', null, ',', '']]);
  });
});

describe('a time limit that says when the rule ends ("until 2026", "until the next conference")', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
  it('added to a prohibition: the ban now expires, weakened; dropped: strengthened', () => {
    expect(vt('We will not impose customs duties on electronic transmissions.', 'We will not impose customs duties on electronic transmissions until 2026.')).toEqual([['qualifier-added', '', 'until 2026', 'weakened']]);
    expect(vt('We will not impose customs duties on electronic transmissions until 2026.', 'We will not impose customs duties on electronic transmissions.')).toEqual([['qualifier-dropped', 'until 2026', '', 'strengthened']]);
  });
  it('"until" + an event is a time limit too, on a prohibition or an obligation', () => {
    expect(vt('We will not impose customs duties on electronic transmissions.', 'We will not impose customs duties on electronic transmissions until the next conference.')).toEqual([['qualifier-added', '', 'until the next conference', 'weakened']]);
    expect(vt('Operators shall keep the records until the end of the proceedings.', 'Operators shall keep the records.')).toEqual([['qualifier-dropped', 'until the end of the proceedings', '', 'strengthened']]);
  });
  it('near miss: a deadline on an obligation ("before 2026") dropped still weakens', () => {
    expect(vt('Operators shall report the breach before 2026.', 'Operators shall report the breach.')).toEqual([['qualifier-dropped', 'before 2026', '', 'weakened']]);
  });
});

describe('a bound before a figure worded otherwise (qualifiers.yaml same-bound)', () => {
  const show = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);

  it('one wording of a minimum or a maximum for another is one grammatical variant', () => {
    expect(show('shall keep records for not less than five years', 'shall keep records for at least five years')).toEqual([['grammatical', 'not less than', 'at least', null]]);
    expect(show('a fine of not more than 500 euros', 'a fine of up to 500 euros')).toEqual([['grammatical', 'not more than', 'up to', null]]);
    expect(show('within not less than ten days', 'within a minimum of ten days')).toEqual([['grammatical', 'not less than', 'a minimum of', null]]);
  });

  it('the figure changed after it is a change of its own', () => {
    expect(show('shall keep records for not less than five years', 'shall keep records for at least ten years')).toEqual([
      ['grammatical', 'not less than', 'at least', null],
      ['lexical', 'five', 'ten', 'strengthened'],
    ]);
  });

  it('a bound written twice losing (gaining) one is grammar', () => {
    expect(show('The data shall be retained for up to a maximum of ninety days.', 'The data shall be retained for up to 90 days.')).toEqual([
      ['grammatical', 'a maximum of', '', null],
      ['spelling', 'ninety', '90', null],
    ]);
    expect(show('The data shall be retained for up to 90 days.', 'The data shall be retained for up to a maximum of 90 days.')).toEqual([['grammatical', '', 'a maximum of', null]]);
  });

  it('near misses: a minimum for a maximum, a bound before no figure', () => {
    expect(show('shall keep records for at least five years', 'shall keep records for up to five years')).toEqual([['lexical', 'at least', 'up to', null]]);
    expect(show('It is up to the Parties to decide.', 'It is at most the Parties to decide.')).toEqual([['lexical', 'up to', 'at most', null]]);
  });
});
