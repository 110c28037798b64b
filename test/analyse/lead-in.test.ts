import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { analyseReadings } from '../../src/analyse/index.js';
import { clause, corpus, witness } from './helpers.js';

/** Divergences of the witness `w` for unit C1, a list item under the lead-in P1 (on each side). */
function item(leadB: string, itemB: string, leadR: string, itemR: string) {
  const base = witness('base', [clause(leadB, ['P1']), { ...clause(itemB, ['C1']), marker: '(a)' }]);
  const wit = witness('w', [clause(leadR, ['P1']), { ...clause(itemR, ['C1']), marker: '(a)' }]);
  return analyse(corpus([base, wit])).divergences.filter((v) => v.unit === 'C1').map((v) => [v.type, v.direction ?? null, v.explanation]);
}

const LEAD = 'Decides to establish a mechanism on ICT security, which shall:';
const HOLD = 'Hold two substantive sessions each year, unless the General Assembly decides otherwise;';

describe('a list item inherits the frame of its lead-in ("…, which shall:")', () => {
  it('an exception dropped from an item under "shall" is an obligation strengthened', () => {
    const v = item(LEAD, HOLD, LEAD, 'Hold two substantive sessions each year;');
    expect(v.map((x) => x.slice(0, 2))).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(v[0][2]).toContain('the obligation no longer admits that exception');
    // a directive verb's lead-in, a condition added to an infinitive item
    const req = item('Requests the Secretary-General:', 'To submit a report on the mechanism;', 'Requests the Secretary-General:', 'To submit a report on the mechanism, where appropriate;');
    expect(req.map((x) => x.slice(0, 2))).toEqual([['qualifier-added', 'weakened']]);
  });

  it('a modal added to an item is compared with the lead-in\'s: "shall:" … "Should hold" is weakened, "Must hold" the same duty', () => {
    const H = 'Hold two substantive sessions each year;';
    expect(item(LEAD, H, LEAD, 'Should hold two substantive sessions each year;')).toEqual([['modality', 'weakened', "obligation weakened: 'shall' (5) → 'should' (4)"]]);
    expect(item(LEAD, H, LEAD, 'Must hold two substantive sessions each year;')).toEqual([['grammatical', null, "grammatical (modal repeated, same force): 'Must' added"]]);
    // the lead-in's own change is reported once, on the lead-in: both items inherit their own
    expect(item(LEAD, H, LEAD.replace('shall', 'should'), H)).toEqual([]);
  });

  it('near misses: no colon, no frame at the colon, an item with a subject of its own, a forbidding lead-in', () => {
    const statement = (v: (string | null)[][]) => v.map((x) => [x[0], x[1], String(x[2]).includes('the statement')]);
    expect(statement(item('Decides to establish a mechanism on ICT security.', HOLD, 'Decides to establish a mechanism on ICT security.', 'Hold two substantive sessions each year;'))).toEqual([['qualifier-dropped', null, true]]);
    expect(statement(item('The mechanism has the following tasks:', HOLD, 'The mechanism has the following tasks:', 'Hold two substantive sessions each year;'))).toEqual([['qualifier-dropped', null, true]]);
    const own = item(LEAD, 'The sessions take place in New York, unless the General Assembly decides otherwise;', LEAD, 'The sessions take place in New York;');
    expect(statement(own)).toEqual([['qualifier-dropped', null, true]]);
    // (a negated lead-in is not inherited: its negators are words of the lead-in)
    expect(statement(item('Decides that the mechanism shall not:', HOLD, 'Decides that the mechanism shall not:', 'Hold two substantive sessions each year;'))).toEqual([['qualifier-dropped', null, true]]);
  });

  it('a later item inherits the lead-in past its sibling items, in each witness\'s own order', () => {
    const list = (texts: string[]) => texts.map((t, i) => (i === 0 ? clause(t, ['P1']) : { ...clause(t, [`C${i}`]), marker: `(${'abc'[i - 1]})` }));
    const A = 'Develop further the rules, norms and principles of responsible State behaviour;';
    const C = 'Submit an annual progress report to the General Assembly.';
    const run = (b: string[], r: string[]) => analyse(corpus([witness('base', list(b)), witness('w', list(r))])).divergences.filter((v) => v.type === 'qualifier-dropped').map((v) => [v.unit, v.direction ?? null]);
    expect(run([LEAD, A, HOLD, C], [LEAD, A, 'Hold two substantive sessions each year;', C])).toEqual([['C2', 'strengthened']]);
    // (b) read before (a) in the witness: its lead-in is still found
    const swapped = [clause(LEAD, ['P1']), { ...clause('Hold two substantive sessions each year;', ['C2']), marker: '(a)' }, { ...clause(A, ['C1']), marker: '(b)' }, { ...clause(C, ['C3']), marker: '(c)' }];
    expect(analyse(corpus([witness('base', list([LEAD, A, HOLD, C])), witness('w', swapped)])).divergences.filter((v) => v.type === 'qualifier-dropped').map((v) => [v.unit, v.direction ?? null])).toEqual([['C2', 'strengthened']]);
    // near miss: a sibling that closes its sentence ends the list: the item after it has no lead-in
    expect(run([LEAD, 'Develop further the rules of responsible State behaviour.', HOLD, C], [LEAD, 'Develop further the rules of responsible State behaviour.', 'Hold two substantive sessions each year;', C])).toEqual([['C2', null]]);
  });

  it('comparing two strings, there is no lead-in', () => {
    expect(analyseReadings(HOLD, 'Hold two substantive sessions each year;').variants.map((v) => [v.type, v.direction ?? null])).toEqual([['qualifier-dropped', null]]);
  });
});

describe('a list item is read inside the condition its lead-in ends with ("…, provided that the measure:")', () => {
  const PROVISO = 'Nothing in this Article shall prevent a Party from adopting measures inconsistent with paragraph 1, provided that the measure:';
  it('a coordinator switched in the item is a lexical change of the condition, as in one sentence, with the negation read', () => {
    const v = item(PROVISO, 'is not applied in a manner which would constitute arbitrary or unjustifiable discrimination; and', PROVISO, 'is not applied in a manner which would constitute arbitrary and unjustifiable discrimination; and');
    expect(v.map((x) => x[0])).toEqual(['lexical']);
    expect(v[0][2]).toContain("under 'not', only the two together are now ruled out — the condition is wider");
    // another wording: an exception under an obligation, no negation: "and" → "or", either suffices
    const unless = 'Each Party shall publish its measures, unless:';
    const u = item(unless, 'the measure concerns national security or public order; or', unless, 'the measure concerns national security and public order; or');
    expect(u.map((x) => x.slice(0, 2))).toEqual([['lexical', 'strengthened']]);
    expect(u[0][2]).toContain('the exception is narrower: the obligation holds in more cases');
  });
  it('a limb dropped from the item is a limb of the condition dropped', () => {
    const v = item(PROVISO, 'is not applied in a manner which would constitute arbitrary or unjustifiable discrimination; and', PROVISO, 'is not applied in a manner which would constitute arbitrary discrimination; and');
    expect(v.map((x) => x[0])).toEqual(['qualifier-dropped']);
    expect(v[0][2]).toContain("in the list item read inside the lead-in's condition, under 'not': what it rules out) — the condition is wider");
  });
  it('a later item is read inside the condition past a sibling that opens with an auxiliary ("(a) is not applied …; and (b) does not impose …")', () => {
    const list = (texts: string[]) => texts.map((t, i) => (i === 0 ? clause(t, ['P1']) : { ...clause(t, [`C${i}`]), marker: `(${'abc'[i - 1]})` }));
    const run = (b: string[], r: string[]) => analyse(corpus([witness('base', list(b)), witness('w', list(r))])).divergences.filter((v) => v.unit === 'C2').map((v) => [v.type, v.direction ?? null, v.explanation]);
    const A = 'is not applied in a manner which would constitute arbitrary or unjustifiable discrimination; and';
    const B = 'does not impose restrictions on transfers of information greater than are necessary or appropriate to achieve the objective.';
    const v = run([PROVISO, A, B], [PROVISO, A, B.replace('necessary or', 'necessary and')]);
    expect(v.map((x) => x[0])).toEqual(['lexical']);
    expect(v[0][2]).toContain("in the list item read inside the lead-in's condition");
    // another wording: an exception, item (a) opening with "has", (b) with "is"
    const unless = 'Each Party shall publish its measures, unless the measure:';
    const A2 = 'has been notified to the Committee; or';
    const B2 = 'is adopted for reasons of national security or public order.';
    const u = run([unless, A2, B2], [unless, A2, 'is adopted for reasons of national security and public order.']);
    expect(u.map((x) => x.slice(0, 2))).toEqual([['lexical', 'strengthened']]);
    expect(u[0][2]).toContain("in the list item read inside the lead-in's exception), both limbs are now needed — the exception is narrower");
    // near miss: a sibling opening with a modal is a clause of its own: the list holds no condition past it
    const modal = 'may be applied in a manner which would constitute arbitrary or unjustifiable discrimination; and';
    expect(run([PROVISO, modal, B], [PROVISO, modal, B.replace('necessary or', 'necessary and')]).map((x) => x[0])).toEqual(['grammatical']);
  });
  it('near misses: a lead-in that ends with no condition, or a colon after other words, gives the switch no condition', () => {
    const plain = 'Each Party shall take measures that:';
    expect(item(plain, 'protect personal information or commercial secrets;', plain, 'protect personal information and commercial secrets;').map((x) => x[0])).toEqual(['grammatical']);
    expect(item(plain, 'protect personal information or commercial secrets;', plain, 'protect personal information;').map((x) => x[0])).toEqual(['omission']);
    const list = 'A Party may adopt measures, provided that the measure is not arbitrary. Such measures include:';
    expect(item(list, 'rules on personal information or commercial secrets;', list, 'rules on personal information and commercial secrets;').map((x) => x[0])).toEqual(['grammatical']);
  });
});

describe('no condition is inherited from a relative clause of the lead-in, nor by an item with a subject and modal of its own (trial48 A3)', () => {
  const NORMS = 'The Group recommends the following norms, which do not seek to limit action that is otherwise consistent with international law:';
  const C1 = 'States should consider all relevant information, including the context of the event, the challenges of attribution and the nature of the consequences, before attributing an incident;';
  const W1 = 'States should consider all relevant information, including the context of the event and the challenges of attribution, before attributing an incident;';
  const plain = 'The Group recommends the following norms:';
  it('a named case dropped from the item is an omission, as under a plain "…norms:" lead-in', () => {
    // (the comma before the kept item read as its "and" goes with the omission: session 17)
    const expected = [['omission', null]];
    expect(item(plain, C1, plain, W1).map((x) => x.slice(0, 2))).toEqual(expected);
    expect(item(NORMS, C1, NORMS, W1).map((x) => x.slice(0, 2))).toEqual(expected);
    // another wording: the relative clause only (an item with no subject of its own)
    const rel = 'The mechanism shall hold sessions, which are open to all States that are otherwise in accordance with international law:';
    const v = item(rel, 'hold meetings on the context of the event, the challenges of attribution and the nature of the consequences;', rel, 'hold meetings on the context of the event and the challenges of attribution;');
    expect(v.some((x) => String(x[2]).includes('lead-in'))).toBe(false);
    // another wording: a subject and a modal of its own under a condition lead-in
    const PROVISO = 'Nothing in this Article shall prevent a Party from adopting measures, provided that the measure:';
    const own = item(PROVISO, 'The Party shall not apply arbitrary or unjustifiable discrimination; and', PROVISO, 'The Party shall not apply arbitrary discrimination; and');
    expect(own.some((x) => String(x[2]).includes('lead-in'))).toBe(false);
  });
  it('near miss: an item that completes a condition the lead-in ends with is still read inside it', () => {
    const PROVISO = 'Nothing in this Article shall prevent a Party from adopting measures inconsistent with paragraph 1, provided that the measure:';
    const v = item(PROVISO, 'is not applied in a manner which would constitute arbitrary or unjustifiable discrimination; and', PROVISO, 'is not applied in a manner which would constitute arbitrary discrimination; and');
    expect(v[0][2]).toContain("in the list item read inside the lead-in's condition");
  });
});
