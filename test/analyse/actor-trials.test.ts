import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
/** The actor variants only. */
const actors = (b: string, r: string) => tbr(b, r).filter((x) => x[0] === 'actor');

describe('actor: a personal pronoun for a party named in full, the verb changed too', () => {
  it('"The Participants intend to cooperate" → "We will work together": the subjects are an actor change', () => {
    expect(actors('The Participants intend to cooperate in responding to incidents.', 'We will work together to respond to incidents.')).toEqual([['actor', 'The Participants', 'We']]);
  });

  it('other wordings: the pronoun in the base, another pronoun, another verb', () => {
    expect(actors('We intend to cooperate on research.', 'The Participants will work together on research.')).toEqual([['actor', 'We', 'The Participants']]);
    expect(actors('States should protect the cables.', 'They must guard the cables.')).toEqual([['actor', 'States', 'They']]);
    // (the verb unchanged: as before)
    expect(tbr('The Participants will cooperate in responding to incidents.', 'We will cooperate in responding to incidents.')).toEqual([['actor', 'The Participants', 'We']]);
  });

  it('near miss: a thing named by a pronoun is no party', () => {
    expect(actors('The report shall be published.', 'It must be published at once.')).toEqual([]);
  });
});

describe('actor: the conditional after a changed subject is cut off', () => {
  it('"Governments should make" → "We would hope to make": the actor is "Governments" → "We"', () => {
    const v = tbr('Governments should make the statistics public.', 'We would hope to make the statistics public.');
    expect(v.filter((x) => x[0] === 'actor')).toEqual([['actor', 'Governments', 'We']]);
    expect(v.some((x) => x[0] !== 'actor' && x[1] === 'Governments')).toBe(false);
  });

  it('other wordings: a noun for the noun, "would" for "will"', () => {
    expect(actors('Governments should make the statistics public.', 'Companies would hope to make the statistics public.')).toEqual([['actor', 'Governments', 'Companies']]);
    expect(tbr('Governments will make the statistics public.', 'We would make the statistics public.')).toEqual([
      ['actor', 'Governments', 'We'],
      ['modality', 'will', 'would'],
    ]);
  });

  it('near miss: the same subject, only "would" added, is no actor change', () => {
    expect(actors('States should make the statistics public.', 'States would hope to make the statistics public.')).toEqual([]);
  });
});

describe('actor: a subject changed with words after the relative pronoun that follows it', () => {
  it('"A data handler that truly needs" → "Companies that need": actor and the adverb omitted', () => {
    expect(tbr('A data handler that truly needs to transfer data shall meet the conditions.', 'Companies that need to transfer data shall meet the conditions.')).toEqual([
      ['actor', 'A data handler', 'Companies'],
      ['omission', 'truly', ''],
      ['grammatical', 'needs', 'need'],
    ]);
  });

  it('other wordings: "who", another adverb', () => {
    expect(tbr('Operators who really hold a licence shall report.', 'Companies who hold a licence shall report.')).toEqual([
      ['actor', 'Operators', 'Companies'],
      ['omission', 'really', ''],
    ]);
  });

  it('near misses: a thing renamed is no party; the adverb alone is no actor change', () => {
    expect(actors('Goods that truly need a licence shall be declared.', 'Products that need a licence shall be declared.')).toEqual([]);
    expect(tbr('A data handler that needs to transfer data shall meet the conditions.', 'A data handler that truly needs to transfer data shall meet the conditions.')).toEqual([['addition', '', 'truly']]);
  });
});

describe('actor: the agent of a participle that modifies a noun in a rule', () => {
  it('"an assessment organised by the competent authority" → "… by the State cyberspace administration"', () => {
    expect(tbr('It shall pass a security assessment organised by the competent authority.', 'It shall pass a security assessment organised by the State cyberspace administration.')).toEqual([
      ['actor', 'competent authority', 'State cyberspace administration'],
    ]);
  });

  it('other wordings: a phrasal participle, another noun; and the main-clause passive with a particle', () => {
    expect(tbr('Operators shall pass an audit carried out by the competent authority.', 'Operators shall pass an audit carried out by an accredited body.')).toEqual([
      ['actor', 'the competent authority', 'an accredited body'],
    ]);
    expect(tbr('Exporters shall submit the form published by the Commission.', 'Exporters shall submit the form published by the Council.')).toEqual([['actor', 'Commission', 'Council']]);
    expect(tbr('The assessment shall be carried out by the competent authority.', 'The assessment shall be carried out by an accredited body.')).toEqual([
      ['actor', 'the competent authority', 'an accredited body'],
    ]);
  });

  it('near misses: a date after "by" is a time limit; a sentence that lays down no rule', () => {
    expect(actors('It shall pass an assessment organised by 31 January.', 'It shall pass an assessment organised by 30 June.')).toEqual([]);
    expect(actors('We discussed the assessment organised by the competent authority.', 'We discussed the assessment organised by the State administration.')).toEqual([]);
  });
});

describe('actor: a possessive of another person', () => {
  it('"in accordance with their legal frameworks" → "… our legal frameworks" is an actor change', () => {
    const v = variants('Data may be shared in accordance with their legal frameworks.', 'Data may be shared in accordance with our legal frameworks.');
    expect(v.map((x) => [x.type, x.base, x.reading, x.class])).toEqual([['actor', 'their', 'our', 'substantive']]);
    expect(v[0].explanation).toContain('the possessive names another party');
  });

  it('other wordings: "its" → "our", "our" → "their"', () => {
    expect(tbr('Each Party shall apply its domestic law.', 'Each Party shall apply our domestic law.')).toEqual([['actor', 'its', 'our']]);
    expect(tbr('We shall protect our citizens.', 'We shall protect their citizens.')).toEqual([['actor', 'our', 'their']]);
  });

  it('near misses: the same person, the same referent, stays grammar', () => {
    expect(tbr('The State shall protect its citizens.', 'The State shall protect their citizens.')).toEqual([['grammatical', 'its', 'their']]);
    expect(actors('States act in accordance with their legal frameworks.', 'Each State acts in accordance with its legal frameworks.')).toEqual([]);
    // (reported speech: the person shifts with the speaker, the referent kept)
    expect(actors('We will strengthen cooperation between our agencies.', 'They said they would strengthen cooperation between their agencies.')).toEqual([]);
  });
});

describe('actor: "Either" before the noun belongs to the bearer', () => {
  it('"The Participants may discontinue it" → "Either side can discontinue it": one actor change, "Either" in it', () => {
    expect(tbr('The Participants may discontinue it.', 'Either side can discontinue it.')).toEqual([
      ['actor', 'The Participants', 'Either side'],
      // (a permission read as an ability: modality.yaml `senses`)
      ['modality', 'may', 'can'],
    ]);
  });

  it('other wordings: the same noun (all together → each on its own), "Each Party" → "Either side"', () => {
    const v = variants('The Participants may discontinue it.', 'Either Participant may discontinue it.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['actor', 'The Participants', 'Either Participant']]);
    expect(v[0].explanation).toContain('all together becomes each on its own');
    expect(tbr('Each Party may withdraw.', 'Either side may withdraw.')).toEqual([['actor', 'Each Party', 'Either side']]);
  });

  it('near miss: "Either … or" coordinating parties stays a coordinator', () => {
    expect(tbr('The Parties shall consult.', 'Either the Parties or the Commission shall consult.')).toEqual([
      ['grammatical', '', 'Either'],
      ['actor', '', 'or the Commission'],
    ]);
  });
});

describe('actor: another name of the parties to the instrument (actors.yaml party-names)', () => {
  it('"State Party" → "Party", "Party" → "Contracting Party": one lexical, no actor change', () => {
    expect(tbr('The receiving State Party shall not transmit the data.', 'The receiving Party shall not transmit the data.')).toEqual([['lexical', 'State Party', 'Party']]);
    expect(tbr('Each Party shall designate an authority.', 'Each Contracting Party shall designate an authority.')).toEqual([['lexical', 'Party', 'Contracting Party']]);
  });

  it('near miss: "Member" before the head narrows the bearers', () => {
    expect(tbr('States should designate an authority.', 'Member States should designate an authority.')).toEqual([['actor', '', 'Member']]);
  });
});
