/**
 * Session 22: one verb of refraining for another is a word choice (trial 106 #9).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"shall refrain from" → "shall abstain from": the same prohibition, another verb (negation.yaml verbs of refraining)', () => {
  it('the case: refrain → abstain, a lexical with no direction', () => {
    expect(rows('Members shall refrain from blocking lawful transfers of data.', 'Members shall abstain from blocking lawful transfers of data.')).toEqual([
      ['lexical', null, 'refrain', 'abstain'],
    ]);
  });
  it('other verbs: cease → desist, avoid → refrain from', () => {
    expect(rows('Operators should cease collecting location data.', 'Operators should desist from collecting location data.')).toEqual([
      ['lexical', null, 'cease', 'desist from'],
    ]);
    expect(rows('Agencies must avoid retaining biometric records.', 'Agencies must refrain from retaining biometric records.')).toEqual([
      ['lexical', null, 'avoid', 'refrain from'],
    ]);
  });
  it('near misses: "not" → "refrain from" is the same prohibition in grammar; another force stays a modality', () => {
    expect(rows('Members shall not block lawful transfers of data.', 'Members shall refrain from blocking lawful transfers of data.')).toEqual([
      ['grammatical', null, 'not block', 'refrain from blocking'],
    ]);
    expect(rows('Members shall refrain from blocking lawful transfers of data.', 'Members should abstain from blocking lawful transfers of data.').map((r) => r[0])).toContain('modality');
  });
});
