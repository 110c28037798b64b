import { describe, expect, it } from 'vitest';
import { alignClauses, type UnitTokens } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

/** An invented resolution on coastal fisheries: nothing to do with any corpus of the project. */
const units: UnitTokens[] = [
  ['F1', 'Recalling its earlier decisions on the conservation of coastal fisheries and the protection of spawning grounds,'],
  ['F2', 'Urges coastal States to establish marine reserves covering at least one tenth of their territorial waters within two years;'],
  ['F3', 'Encourages regional fisheries bodies to share catch data and to cooperate on the monitoring of illegal fishing vessels;'],
  ['F4', 'Requests the Secretary-General to submit at its next session a report on the implementation of the present resolution;'],
  ['F5', 'Decides to include in the provisional agenda of its next session the item entitled "Oceans and the law of the sea: sustainable fisheries".'],
].map(([id, text]) => ({ id, tokens: tokenise(text) }));
const align = (clauses: string[], s = alignerSettings) => alignClauses(units, clauses.map((c) => tokenise(c)), s);
const tags = (clauses: string[], s = alignerSettings) => align(clauses, s).map((t) => t.units);

/** A press release reading F1–F5 in order. */
const PRESS = [
  'Recalling its earlier decisions, the Assembly stressed the conservation of coastal fisheries and of spawning grounds.',
  'It urged coastal States to set up marine reserves covering a tenth of their territorial waters within two years.',
  'Regional fisheries bodies were encouraged to share catch data and cooperate in monitoring illegal fishing vessels.',
  'The Secretary-General was requested to report at the next session on the implementation of the resolution.',
  'The Assembly decided to include the item "Oceans and the law of the sea: sustainable fisheries" in the provisional agenda of its next session.',
];

describe('alignClauses: a weak match against the order of both neighbours, beside a clear match of its unit (aligner.yaml review_below)', () => {
  it('a press lede quoting the title of the agenda item, before the paragraph on F1, has no counterpart', () => {
    const lede = 'By a recorded vote of 150 to 4, the Assembly adopted the resolution "Oceans and the law of the sea: sustainable fisheries".';
    const out = align([lede, ...PRESS]);
    expect(out.map((t) => t.units)).toEqual([[], ['F1'], ['F2'], ['F3'], ['F4'], ['F5']]);
    expect(out[5].confidence).toBeGreaterThanOrEqual(0.5);
  });
  it('another wording: after an unmatched opening paragraph, which a weak match of its own does not put in order', () => {
    expect(tags([
      'The General Assembly today adopted twelve texts recommended by its Second Committee on fishing.',
      'Without a vote, it adopted the text "Oceans and the law of the sea: sustainable fisheries", as orally revised.',
      ...PRESS,
    ])).toEqual([[], [], ['F1'], ['F2'], ['F3'], ['F4'], ['F5']]);
  });
  it('near miss: the same loose reading of F5 moved to the front keeps its unit when no other clause reads F5', () => {
    const moved = 'Delegates promised that the oceans will be back on the agenda soon.';
    const out = align([moved, ...PRESS.slice(0, 4)]);
    expect(out.map((t) => t.units)).toEqual([['F5'], ['F1'], ['F2'], ['F3'], ['F4']]);
    expect(out[0].confidence).toBeLessThan(0.5);
    // beside a clear reading of F5 it has none
    expect(tags([moved, ...PRESS])).toEqual([[], ['F1'], ['F2'], ['F3'], ['F4'], ['F5']]);
  });
});

describe('alignClauses: a weak match against order sharing only words by which a text speaks of itself (aligner.yaml self_reference)', () => {
  const EOV = [
    'On coastal fisheries, we welcome the call to protect spawning grounds.',
    'We read paragraph 2 as urging coastal States to establish marine reserves in their territorial waters.',
    'On the agenda item, we support including "Oceans and the law of the sea: sustainable fisheries" at the next session.',
  ];
  it('the closing sentence of a speech, after the paragraph on the last unit, has no counterpart', () => {
    const close = 'We trust that these understandings will guide the implementation of the resolution.';
    const out = align([...EOV, close]);
    expect(out.map((t) => t.units)).toEqual([['F1'], ['F2'], ['F5'], []]);
    // without the list, "implementation" and "resolution" take it back to F4
    expect(tags([...EOV, close], { ...alignerSettings, self_reference: [] })[3]).toEqual(['F4']);
  });
  it('other wordings, whatever the share of the clause those words make (0.6 here)', () => {
    expect(tags([...EOV, 'We look forward to the implementation of the present resolution.'])[3]).toEqual([]);
    expect(tags([...EOV, 'These remarks should guide the implementation of the present resolution.'])[3]).toEqual([]);
  });
  it('near miss: a loose reading of F4 moved to the end keeps its unit (it shares "Secretary-General")', () => {
    const out = align([...EOV, 'We look to the Secretary-General for an account of how the resolution is carried out.']);
    expect(out[3].units).toEqual(['F4']);
    expect(out[3].confidence).toBeLessThan(0.5);
  });
});
