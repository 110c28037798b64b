/**
 * Session 15: trial 68 (position paper on international law in cyberspace).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a list item dropped before a changed modal: the modal pairs with the modal (trial 68 P1)', () => {
  it('"such as records and pension files, shall" → "such as records, should"', () => {
    expect(rows('Data, such as records and pension files, shall be kept.', 'Data, such as records, should be kept.')).toEqual([
      ['omission', null, 'and pension files', ''],
      ['modality', 'weakened', 'shall', 'should'],
    ]);
  });
  it('another wording: "and social security data, shall" → ", must"', () => {
    expect(rows('Civilian data, such as medical records and social security data, shall be kept.', 'Civilian data, such as medical records, must be kept.').map((r) => r.slice(0, 3))).toEqual([
      ['omission', null, 'and social security data'],
      ['modality', null, 'shall'],
    ]);
  });
  it('near miss: the list item reworded in place stays one rewording', () => {
    expect(rows('Data, such as records and pension files, shall be kept.', 'Data, such as records and archived documents, shall be kept.').map((r) => r[0])).toEqual(['lexical']);
  });
});

describe('"unless" ⇄ "if" before the same clause reverses the condition (trial 68 P1b)', () => {
  const why = 'the rule now applies in the cases where it did not, and no longer where it did';
  it('"unless the matter is urgent" → "if the matter is urgent"', () => {
    const v = variants('States must notify the responsible State unless the matter is urgent.', 'States must notify the responsible State if the matter is urgent.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['negation', null, 'unless', 'if']]);
    expect(v[0].explanation).toBe(`condition reversed: 'unless' → 'if' — ${why}`);
  });
  it('the other way round: "if" → "unless"', () => {
    expect(rows('States must notify the responsible State if the matter is urgent.', 'States must notify the responsible State unless the matter is urgent.')).toEqual([['negation', null, 'if', 'unless']]);
  });
  it('near miss: two connectives of the same condition, or of the same exception, stay grammar', () => {
    expect(rows('States must notify the responsible State where the matter is urgent.', 'States must notify the responsible State if the matter is urgent.')).toEqual([['grammatical', null, 'where', 'if']]);
    expect(rows('Unless the matter is urgent, States must notify the responsible State.', 'Except where the matter is urgent, States must notify the responsible State.')).toEqual([['grammatical', null, 'Unless', 'Except where']]);
  });
});

describe('a participle moved before its noun is no bearer narrowed (trial 68 P2)', () => {
  it('"A State injured by an internationally wrongful act" → "An injured State"', () => {
    const v = variants('A State injured by an internationally wrongful act may take proportionate countermeasures against the responsible State.', 'An injured State may take proportionate countermeasures against the responsible State.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['grammatical', null, 'A', 'An'],
      ['omission', null, 'by an internationally wrongful act', ''],
    ]);
    expect(v[1].explanation).toBe("omitted: 'by an internationally wrongful act' ('injured' moved, kept)");
  });
  it('another wording: "Any organisation affected by the decision" → "Any affected organisation": no actor', () => {
    expect(rows('Any organisation affected by the decision may appeal.', 'Any affected organisation may appeal.').map((r) => r[0])).not.toContain('actor');
  });
  it('near miss: a participle added that the base reads nowhere narrows the bearer', () => {
    expect(rows('A State may take proportionate countermeasures against the responsible State.', 'An injured State may take proportionate countermeasures against the responsible State.')).toEqual([
      ['grammatical', null, 'A', 'An'],
      ['actor', null, '', 'injured'],
    ]);
  });
});

describe('"According to <name>," opening a sentence says whose view it is, no condition (trial 68 P4)', () => {
  const rule = 'a cyber operation amounts to intervention where it is coercive.';
  it('"According to Norland," added: an addition with no direction', () => {
    expect(rows('A cyber operation amounts to intervention where it is coercive.', `According to Norland, ${rule}`)).toEqual([['addition', null, '', 'According to Norland,']]);
  });
  it('another wording: "According to the Kingdom of Norland," dropped', () => {
    expect(rows(`According to the Kingdom of Norland, ${rule}`, 'A cyber operation amounts to intervention where it is coercive.')).toEqual([['omission', null, 'According to the Kingdom of Norland,', '']]);
  });
  it('near misses: an instrument or a body of law named stays a condition', () => {
    expect(rows('A cyber operation amounts to intervention where it is coercive.', `According to the Charter, ${rule}`).map((r) => r[0])).toEqual(['qualifier-added']);
    expect(rows('States must settle disputes peacefully.', 'According to national law, States must settle disputes peacefully.')).toEqual([['qualifier-added', 'weakened', '', 'According to national law,']]);
  });
});

describe('"non-State actors" → "proxies": one actor change, the head noun kept with its modifier (trial 68 P5)', () => {
  it('"by non-State actors acting on its instructions" → "by proxies acting …"', () => {
    expect(rows('It is responsible for operations by its organs or by non-State actors acting on its instructions.', 'It is responsible for operations by its organs or by proxies acting on its instructions.')).toEqual([
      ['actor', null, 'non-State actors', 'proxies'],
    ]);
  });
  it('another wording: "by private actors" → "by proxies"', () => {
    expect(rows('The State is responsible for operations by private actors.', 'The State is responsible for operations by proxies.')).toEqual([['actor', null, 'private actors', 'proxies']]);
  });
  it('near miss: "non-State actors" → "non-state actors" is case only', () => {
    expect(rows('The State is responsible for operations by non-State actors.', 'The State is responsible for operations by non-state actors.').map((r) => r[0])).toEqual(['case']);
  });
});

describe('a closing sentence dropped whose last word ends the sentence before it in the witness (trial 68 P7)', () => {
  const second = 'Existing law provides a framework for conduct in cyberspace.';
  it('"… in the digital environment. Existing law … in cyberspace." → "… in cyberspace."', () => {
    expect(rows(`Law is essential to peace in the digital environment. ${second}`, 'Law is essential to peace in cyberspace.')).toEqual([
      ['lexical', null, 'the digital environment', 'cyberspace'],
      ['omission', null, second, ''],
    ]);
  });
  it('another wording (trial 68 C1): "the ICT environment": the second sentence omitted whole', () => {
    const out = rows(`Law is essential to peace in the ICT environment. ${second}`, 'Law is essential to peace in cyberspace.');
    expect(out.filter((r) => r[0] === 'omission' && r[2] === second)).toHaveLength(1);
    expect(out.some((r) => r[0] === 'lexical' && r[3] === 'cyberspace')).toBe(true);
  });
  it('near miss: the first sentence kept whole, the second dropped, stays one omission', () => {
    expect(rows(`Law is essential to peace in cyberspace. ${second}`, 'Law is essential to peace in cyberspace.')).toEqual([['omission', null, second, '']]);
  });
});

describe('an alternative limb dropped with the condition on its noun is one omission (trial 68 P9)', () => {
  it('"acts of its organs or of persons under its direction or control" → "acts of its organs"', () => {
    const v = variants('A State is responsible for acts of its organs or of persons under its direction or control.', 'A State is responsible for acts of its organs.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['omission', null, 'or of persons under its direction or control', '']]);
    expect(v[0].explanation).toBe("omitted: 'or of persons under its direction or control' (a limb of the coordination dropped with its condition)");
  });
  it('another wording: "or with bodies under its supervision"', () => {
    expect(rows('Data may be shared with the authority or with bodies under its supervision.', 'Data may be shared with the authority.')).toEqual([['omission', null, 'or with bodies under its supervision', '']]);
  });
  it('near miss: the condition dropped from a noun kept stays a condition dropped', () => {
    expect(rows('A State is responsible for acts of persons under its direction or control.', 'A State is responsible for acts of persons.')).toEqual([['qualifier-dropped', null, 'under its direction or control', '']]);
  });
  it('another wording: the limb\'s noun followed by the cases it names after a comma (trial 51 C4)', () => {
    expect(rows('Such data should be handled only by authorised personnel and subject to requirements, including confidentiality and integrity safeguards.', 'Such data should be handled only by authorised personnel.')).toEqual([['omission', null, 'and subject to requirements, including confidentiality and integrity safeguards', '']]);
  });
  it('near miss: a phrase after a comma is the sentence\'s: the limb and the purpose are two variants (trial 65 C4)', () => {
    const v = rows('We encourage diverse cable routes, especially for small island States and countries with limited connectivity, in order to reduce the risk of single points of failure, and we will provide support to this end.', 'We encourage diverse cable routes, especially for small island States, and we will provide support to this end.');
    expect(v.map((r) => r[0])).toEqual(['omission', 'qualifier-dropped']);
    expect(v.map((r) => r[2])).toEqual(['and countries with limited connectivity', ', in order to reduce the risk of single points of failure']);
  });
});

describe('the indefinite article that follows the next word\'s change goes with it (trial 68 P11)', () => {
  it('"a sufficient framework" → "an adequate framework": one lexical entry', () => {
    const v = variants('Existing law provides a sufficient framework.', 'Existing law provides an adequate framework.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['lexical', null, 'a sufficient', 'an adequate']]);
    expect(v[0].explanation).toBe("wording changed: 'a sufficient' → 'an adequate' (the article follows the word after it)");
  });
  it('another wording: "an effective policy" → "a robust policy"', () => {
    expect(rows('States shall adopt an effective policy.', 'States shall adopt a robust policy.')).toEqual([['lexical', null, 'an effective', 'a robust']]);
  });
  it('near miss: the article changed alone stays grammatical', () => {
    expect(rows('States shall adopt a policy.', 'States shall adopt an policy.')).toEqual([['grammatical', null, 'a', 'an']]);
  });
});
