import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const rows = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);

describe('reported speech: a reporting frame opening a change', () => {
  it('the frame is an addition; the person and the tense of the reported clause are grammatical', () => {
    const v = variants('We will strengthen cooperation between our agencies.', 'They said they would strengthen cooperation between their agencies.');
    expect(v.map((x) => [x.type, x.base, x.reading]).sort()).toEqual([
      ['addition', '', 'They said'],
      ['grammatical', 'We', 'they'],
      ['grammatical', 'our', 'their'],
      ['grammatical', 'will', 'would'],
    ]);
    expect(v.find((x) => x.type === 'addition')!.explanation).toContain('reporting frame');
    expect(v.some((x) => x.type === 'lexical')).toBe(false);
  });

  it('a longer subject and "that"; other reporting verbs', () => {
    expect(rows('We will review the framework in 2027.', 'The two ministers stated that they would review the framework in 2027.')).toContainEqual(['addition', '', 'The two ministers stated that']);
    const v = variants('We can share threat information with partners.', 'Officials announced they could share threat information with partners.');
    expect(v.map((x) => x.type).sort()).toEqual(['addition', 'grammatical', 'grammatical']);
  });

  it('"recalled that" (a summary record): the frame is an addition, the modality compared across it', () => {
    const v = rows('States should not harm the emergency response teams of another State.', 'His delegation recalled that CERTs must never be attacked.');
    expect(v).toContainEqual(['addition', '', 'His delegation recalled that']);
    expect(v).toContainEqual(['modality', 'should not', 'must never']);
    expect(v.some((x) => x[0] === 'actor' && x[2] === 'His delegation')).toBe(false);
    // another wording: a pronoun as the subject of the frame
    expect(rows('States will share threat information.', 'She recalled that States would share threat information.')).toContainEqual(['addition', '', 'She recalled that']);
  });

  it('near miss: "Recalling" opening a preambular paragraph has no subject: no frame', () => {
    expect(variants('Recalling its resolution 70/237, States should cooperate.', 'Recalling its resolution 73/27, States should cooperate.').some((x) => x.explanation.includes('reporting frame'))).toBe(false);
  });

  it('the other way round: a frame the witness drops is an omission', () => {
    expect(rows('The leaders said they would meet again in 2026.', 'We will meet again in 2026.')).toContainEqual(['omission', 'The leaders said', '']);
  });

  it('near miss: no reporting verb, a change of party stays an actor change', () => {
    const v = variants('We will strengthen cooperation.', 'They will strengthen cooperation.');
    expect(v.map((x) => x.type)).toEqual(['actor']);
  });

  it('a frame closing the sentence (", the ministers said."): an addition, and the tense before it grammatical', () => {
    const v = variants('States will cooperate on incident response.', 'States would cooperate on incident response, the ministers said.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['grammatical', 'will', 'would'],
      ['addition', '', ', the ministers said'],
    ]);
    expect(v[1].explanation).toContain('reporting frame');
    // after a passive that rewords the clause, the frame stays apart from the actor and modality changes
    const p = variants('We commit to promoting trusted data flows.', 'Trusted data flows will be promoted, the leaders said.');
    expect(p.map((x) => x.type)).toEqual(['actor', 'modality', 'addition']);
    expect(p[0].reading).toBe('Trusted data flows will be promoted');
  });

  it('near miss: a phrase closing the sentence that is no reporting frame leaves the conditional a modality change', () => {
    const v = variants('States will cooperate on incident response.', 'States would cooperate on incident response, in particular with the private sector.');
    expect(v.find((x) => x.base === 'will')?.type).toBe('modality');
    expect(v.some((x) => x.explanation.includes('reporting frame'))).toBe(false);
  });

  it('near miss: a reporting verb with no subject, or with nothing reported after it, frames nothing', () => {
    // an adjective before the verb is no subject
    expect(variants('States should increase and aggregation of data.', 'States should relevant affirm and concentration of data.').some((x) => x.explanation.includes('reporting frame'))).toBe(false);
    // "as" before the subject: a comment on the text, not a frame
    expect(variants('Parties will cooperate.', 'Parties will cooperate, as the ministers stated.').some((x) => x.explanation.includes('reporting frame'))).toBe(false);
  });

  it('near miss: a reporting verb on both sides is a change of wording, not a frame', () => {
    const v = variants('The delegation said that States would cooperate.', 'The minister stated that States would cooperate.');
    expect(v.some((x) => x.explanation.includes('reporting frame'))).toBe(false);
  });
});

describe('a verb of noting with a noun phrase as object is no reporting frame: the clause is the base\'s own, dropped whole', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"We note the report, and we ask …" → "The leaders asked …": the first clause omitted with its "and"', () => {
    expect(pick('We note the report, and we ask our ministers to report at their next meeting.', 'The leaders asked their ministers to report at their next meeting.')).toEqual([
      ['omission', 'We note the report, and', ''],
      ['lexical', 'we', 'The leaders'],
      ['grammatical', 'ask', 'asked'],
      ['grammatical', 'our', 'their'],
    ]);
  });
  it('another wording: a pronoun bearing a rule after the dropped clause is an actor change', () => {
    expect(pick('We welcome the plan, and we will protect the cables.', 'They will protect the cables.')).toEqual([
      ['omission', 'We welcome the plan, and', ''],
      ['actor', 'we', 'They'],
    ]);
  });
  it('near miss: a reporting verb before a clause is still a frame', () => {
    expect(pick('We will strengthen cooperation.', 'They said they would strengthen cooperation.')).toContainEqual(['addition', '', 'They said']);
  });
});
