/**
 * Session 15: trial 67 (pandemic agreement, pathogen access and benefit sharing).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('an adverbial fronted from inside the base sentence is moved, and the subject and modal stay aligned (trial 67 #1)', () => {
  it('"… shall make available to WHO, in the event of a pandemic emergency, 20 per cent" → "In a pandemic emergency, … will provide WHO with 20 per cent"', () => {
    expect(rows('Manufacturers participating in the System shall make available to WHO, in the event of a pandemic emergency, 20 per cent of their production.', 'In a pandemic emergency, manufacturers in the system will provide WHO with 20 per cent of their production.')).toEqual([
      ['omission', null, 'participating', ''],
      ['case', null, 'System', 'system'],
      ['modality', 'weakened', 'shall', 'will'],
      ['lexical', null, 'make available to WHO', 'provide WHO with'],
      ['transposition', null, 'in the event of a pandemic emergency', 'In a pandemic emergency'],
      ['omission', null, 'the event of', ''],
      ['punctuation', null, ',', ''],
    ]);
  });
  it('another wording: "shall, within seven days of the outbreak, notify" → "Within seven days, each country should notify"', () => {
    expect(rows('Each Party shall notify the Secretariat, within seven days of the outbreak, of the measures taken.', 'Within seven days, each country should notify the Secretariat of the measures taken.')).toEqual([
      ['actor', null, 'Each Party', 'each country'],
      ['modality', 'weakened', 'shall', 'should'],
      ['transposition', null, 'within seven days', 'Within seven days'],
      ['omission', null, 'of the outbreak,', ''],
    ]);
  });
  it('another wording: "shall, in accordance with their national law, protect" → "In accordance with national law, States must protect"', () => {
    expect(rows('States shall, in accordance with their national law, protect the data.', 'In accordance with national law, States must protect the data.').map((r) => r[0])).toEqual(['lexical', 'transposition', 'grammatical', 'punctuation']);
  });
  it('near miss: the phrase already at the front of both stays in place', () => {
    expect(rows('In the event of an emergency, Parties shall share data.', 'In an emergency, Parties will share data.')).toEqual([
      ['omission', null, 'the event of', ''],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });
});

describe('a directive verb after "so", closing a condition, is the verb of the condition, not a modal (modality.yaml condition-pro-forms; trial 67 #3)', () => {
  it('"where national security considerations so require" → "on national security grounds": no modality', () => {
    const out = rows('Parties may delay the upload where national security considerations so require.', 'Parties may delay the upload on national security grounds.');
    expect(out.filter((r) => r[0] === 'modality')).toEqual([]);
    expect(out).toContainEqual(['omission', null, 'so require', '']);
  });
  it('another wording: "if circumstances so warrant" → "in exceptional circumstances"', () => {
    expect(rows('Each Party may restrict access if circumstances so warrant.', 'Each Party may restrict access in exceptional circumstances.')).toEqual([
      ['lexical', null, 'if', 'in exceptional'],
      ['omission', null, 'so warrant', ''],
    ]);
  });
  it('near miss: the modal of the clause still counts ("may" → "must" beside "so requires")', () => {
    expect(rows('Parties may delay the upload where national law so requires.', 'Parties must delay the upload where national law so requires.')).toEqual([
      ['modality', 'strengthened', 'may', 'must'],
    ]);
  });
});
