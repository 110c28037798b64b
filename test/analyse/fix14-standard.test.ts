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

describe('a sentence left out whose shared words the kept sentence explains is one omission (trial 64 #3)', () => {
  it('"Where the device cannot be updated, … the rationale, the period of support and a method …" dropped whole', () => {
    expect(rows(
      'The manufacturer shall publish the support period. Where the device cannot be updated, the manufacturer should publish the rationale, the period of support and a method of obtaining hardware.',
      'The manufacturer will publish the support period.',
    )).toEqual([
      ['modality', 'weakened', 'shall', 'will'],
      ['omission', null, 'Where the device cannot be updated, the manufacturer should publish the rationale, the period of support and a method of obtaining hardware.', ''],
    ]);
  });
  it('another wording: "If an incident occurs, …" after a sentence that names the same log', () => {
    expect(rows(
      'The provider shall keep a log of access. If an incident occurs, the provider should send the users the log of access, a report and a contact point.',
      'The provider shall keep a log of access.',
    )).toEqual([['omission', null, 'If an incident occurs, the provider should send the users the log of access, a report and a contact point.', '']]);
  });
  it('near miss: a second sentence merged into the first keeps its own word ("website"): not left out whole', () => {
    const v = rows('The manufacturer shall publish the support period. The support period shall be published on the website in a clear way.', 'The manufacturer shall publish the support period on the website.');
    expect(v.some((x) => x[0] === 'omission' && String(x[2]).includes('website'))).toBe(false);
  });
});

describe('a coordinated clause with its own subject and modal ends a manner phrase (trial 64 #4)', () => {
  it('"in a valid way and users may withdraw it at any time" → "in a valid way": an omission of the clause', () => {
    expect(rows('The manufacturer shall obtain consent in a valid way and users may withdraw it at any time.', 'The manufacturer shall obtain consent in a valid way.')).toEqual([
      ['omission', null, 'and users may withdraw it at any time', ''],
    ]);
  });
  it('another wording: "in a lawful manner and the controller shall keep records"', () => {
    expect(rows('Data shall be processed in a lawful manner and the controller shall keep records.', 'Data shall be processed in a lawful manner.')).toEqual([
      ['omission', null, 'and the controller shall keep records', ''],
    ]);
  });
  it('near miss: a second limb of the manner itself ("and in plain language") stays in the phrase', () => {
    expect(rows('The manufacturer shall inform users in a clear way and in plain language.', 'The manufacturer shall inform users.')).toEqual([
      ['qualifier-dropped', null, 'in a clear way and in plain language', ''],
    ]);
  });
});

describe('a prohibition restated as a ban in the passive binds as "shall not" (trial 64 #7)', () => {
  it('"shall not be used" → "are banned": one lexical, same force, no omission of "be used"', () => {
    expect(rows('Default passwords shall not be used.', 'Default passwords are banned.')).toEqual([['modality', null, 'shall not be used', 'are banned']]);
  });
  it('other wordings: "must not be disclosed" → "is prohibited"; "should not" → "are banned" strengthened', () => {
    expect(rows('Personal data must not be disclosed.', 'Personal data is prohibited.')).toEqual([['modality', null, 'must not be disclosed', 'is prohibited']]);
    expect(rows('Default passwords should not be used.', 'Default passwords are banned.')).toEqual([['modality', 'strengthened', 'should not be used', 'are banned']]);
  });
  it('near miss: a ban stated by a named instrument keeps the force of the verb (not folded)', () => {
    expect(rows('Default passwords shall not be used.', 'The Regulation prohibits default passwords.').some((x) => x[0] === 'lexical' && x[2] === 'shall not be used')).toBe(false);
  });
});

describe('"The manufacturer must ensure that X are Y" restates "X shall be Y" as a duty (trial 64 #5, #2)', () => {
  it('"All passwords shall be unique" → "The manufacturer must ensure that all passwords are unique": actor + lexical (same force)', () => {
    expect(rows('All passwords shall be unique per device.', 'The manufacturer must ensure that all passwords are unique per device.')).toEqual([
      ['actor', null, '', 'The manufacturer'],
      ['modality', null, 'shall be', 'must ensure that'],
    ]);
  });
  it('"should" → "must ensure": strengthened, also with a phrase dropped between subject and modal', () => {
    expect(rows('All software components in IoT devices should be updateable.', 'The manufacturer must ensure that all software components are updateable.')).toEqual([
      ['actor', null, '', 'The manufacturer'],
      ['omission', null, 'in IoT devices', ''],
      ['modality', 'strengthened', 'should be', 'must ensure that'],
    ]);
    expect(rows('Keys should be stored securely.', 'The vendor must guarantee that keys are stored securely.')).toEqual([
      ['actor', null, '', 'The vendor'],
      ['modality', 'strengthened', 'should be', 'must guarantee that'],
    ]);
  });
  it('near miss: the modal changed with no duty-bearer put before it stays one modal change', () => {
    expect(rows('All passwords shall be unique per device.', 'All passwords must be unique per device.')).toEqual([['modality', null, 'shall', 'must']]);
  });
});
