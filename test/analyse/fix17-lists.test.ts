import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

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
    ).toEqual([['omission', 'and limited to what is necessary', '']]);
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
