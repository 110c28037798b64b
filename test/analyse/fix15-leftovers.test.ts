/**
 * Session 15: leftovers of earlier trials.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('a saving clause states the permission it saves: a restriction added to it is judged against a permission (trial 62 #5)', () => {
  it('"… without prejudice to the right of courts to require access" → "Only courts may require access"', () => {
    const out = rows('This paragraph is without prejudice to the right of courts to require access.', 'Only courts may require access.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'This paragraph is without prejudice to the right of courts to', 'courts may'],
      ['qualifier-added', 'strengthened', '', 'Only'],
    ]);
    expect(out[1][4]).toBe("restriction added: 'Only' — the permission is now limited to what follows");
  });
  it('another wording: "shall be without prejudice to the right of the authorities to"', () => {
    const out = rows('This Article shall be without prejudice to the right of the authorities to inspect records.', 'Only the authorities may inspect records.');
    expect(out.find((r) => r[0] === 'qualifier-added')?.[4]).toBe("restriction added: 'Only' — the permission is now limited to what follows");
  });
  it('near miss: an obligation restricted by "Only" still says the base states an obligation', () => {
    const out = rows('Courts are required to grant access.', 'Only courts may grant access.');
    expect(out.find((r) => r[0] === 'qualifier-added')?.[4]).toBe("restriction added: 'Only' — the witness's permission holds only under it; the base states an obligation without it");
  });
});

describe('a saving formula inside another rule leaves that rule as it is (trial 62 #5, near miss)', () => {
  it('"States shall adopt measures, without prejudice to the right of courts to require access" → "Only States may adopt measures": an obligation restricted', () => {
    const out = rows('States shall adopt measures, without prejudice to the right of courts to require access.', 'Only States may adopt measures.');
    expect(out.find((r) => r[0] === 'qualifier-added')?.[4]).toBe("restriction added: 'Only' — the witness's permission holds only under it; the base states an obligation without it");
  });
});

describe('"be capable of" states an ability as "be able to" does (modality.yaml auxiliaries, senses; trial 68 P10)', () => {
  const four = (b: string, r: string) => rows(b, r).map((x) => x.slice(0, 4));
  it('"is capable of being violated" → "can be violated": the same force, one lexical, "being" → "be" grammar', () => {
    expect(four('Sovereignty is a rule that is capable of being violated.', 'Sovereignty is a rule that can be violated.')).toEqual([
      ['modality', null, 'is capable of', 'can'],
      ['grammatical', null, 'being', 'be'],
    ]);
  });
  it('another wording: "is capable of detecting" → "can detect"; and "are capable of" → "may": another kind of modality', () => {
    expect(four('The system is capable of detecting intrusions.', 'The system can detect intrusions.')[0]).toEqual(['modality', null, 'is capable of', 'can']);
    expect(four('Such data are capable of identifying a person.', 'Such data may identify a person.')[0]).toEqual(['modality', null, 'are capable of', 'may']);
  });
  it('near miss: under "must" the capacity is the act bound, as "must be able to" is', () => {
    expect(four('Operators must be capable of restoring services.', 'Operators must restore services.')[0]).toEqual(['omission', null, 'be capable of', '']);
  });
});

describe('"for a period of no less than" is a duration as "for a period of not less than" is (qualifiers.yaml; trial 66 leftover)', () => {
  const four = (b: string, r: string) => rows(b, r).map((x) => x.slice(0, 4));
  it('"for a period of no less than five years" → "for no less than ten years": lengthened, strengthened', () => {
    expect(four('Exporters shall keep records for a period of no less than five years.', 'Exporters shall keep records for no less than ten years.')).toEqual([
      ['lexical', 'strengthened', 'a period of no less than five', 'no less than ten'],
    ]);
  });
  it('another wording: the duration dropped is weakened', () => {
    expect(four('Exporters shall keep records for a period of no less than five years.', 'Exporters shall keep records.')).toEqual([
      ['qualifier-dropped', 'weakened', 'for a period of no less than five years', ''],
    ]);
  });
  it('near miss: "no less than" → "not less than" is grammar', () => {
    expect(four('Exporters shall keep records for a period of no less than five years.', 'Exporters shall keep records for a period of not less than five years.')).toEqual([['grammatical', null, 'no', 'not']]);
  });
});
