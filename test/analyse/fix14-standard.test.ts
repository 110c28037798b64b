/**
 * Problems of trial 64 (consumer IoT baseline provisions, a standard restated by a regulation and
 * a press summary): session 14.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a silent "e" kept or dropped before "-able" is a spelling (trial 64 #9)', () => {
  it('"updateable" → "updatable": spelling, accidental', () => {
    const v = variants('All components should be updateable.', 'All components should be updatable.');
    expect(v.map((x) => [x.type, x.class, x.base, x.reading])).toEqual([['spelling', 'accidental', 'updateable', 'updatable']]);
  });
  it('other words: "likeable" → "likable", "sizeable" → "sizable", "noticeably" → "noticably"', () => {
    expect(rows('The interface is likeable.', 'The interface is likable.')).toEqual([['spelling', null, 'likeable', 'likable']]);
    expect(rows('It holds a sizeable amount of data.', 'It holds a sizable amount of data.')).toEqual([['spelling', null, 'sizeable', 'sizable']]);
    expect(rows('The delay is noticeably long.', 'The delay is noticably long.')).toEqual([['spelling', null, 'noticeably', 'noticably']]);
  });
  it('near miss: another word of the stem stays a change of wording', () => {
    expect(rows('All components should be updateable.', 'All components should be updated.')[0][0]).not.toBe('spelling');
  });
});

describe('a preposition and its noun hyphenated is a compound (trial 64 #10)', () => {
  it('"per device" → "per-device": one compound, not a hyphen added', () => {
    expect(rows('Identities shall be unique per device.', 'Identities shall be unique per-device.')).toEqual([['compound', null, 'per device', 'per-device']]);
  });
  it('other wordings: "on site" → "on-site", "in-house" → "in house"', () => {
    expect(rows('Staff shall work on site.', 'Staff shall work on-site.')).toEqual([['compound', null, 'on site', 'on-site']]);
    expect(rows('Systems are built in-house.', 'Systems are built in house.')).toEqual([['compound', null, 'in-house', 'in house']]);
  });
  it('near miss: a hyphen between a preposition and an article is punctuation', () => {
    expect(rows('Keys are kept in the vault.', 'Keys are kept in-the vault.')).toEqual([['punctuation', null, '', '-']]);
  });
});

describe('an exception is not cut at the commas of its own list of modifiers (trial 64 #6)', () => {
  it('", unless they are protected by physical, electrical or software means" dropped: one qualifier', () => {
    expect(rows('Identities shall not be used, unless they are protected by physical, electrical or software means.', 'Identities shall not be used.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', unless they are protected by physical, electrical or software means', ''],
    ]);
  });
  it('other wordings: a participle as the last modifier, a plain plural noun', () => {
    expect(rows('Keys shall not be shared, unless they are protected by strong, current or approved cryptography.', 'Keys shall not be shared.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', unless they are protected by strong, current or approved cryptography', ''],
    ]);
    expect(rows('Data shall not be shared, unless it is secured by strong, modern or tested methods.', 'Data shall not be shared.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', unless it is secured by strong, modern or tested methods', ''],
    ]);
  });
  it('near miss: a set-off condition before an adjective that opens the rule keeps its own end', () => {
    expect(rows('Where appropriate, relevant and timely information shall be shared.', 'Relevant and timely information shall be shared.')[0]).toEqual(['qualifier-dropped', 'strengthened', 'Where appropriate,', '']);
  });
});
