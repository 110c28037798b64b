/**
 * Session 13 (fix13-e), from trials 58 and 61: a subject and modal in place of a list item's bare
 * "To", the speaker of a statement in place of the adopting body, an actor change inside a directive
 * turned into a prohibition, a modal inside a rewording, "shall not oblige" dropped, "and/or",
 * hyphenated ordinals, a long omission beside a short addition.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a list item\'s bare "To" → a subject and a modal (trial 61 a2)', () => {
  it('"To respect" → "States must respect": modality strengthened, as with "They must"', () => {
    expect(rows('To respect the right to privacy;', 'States must respect the right to privacy;')).toEqual([['modality', 'strengthened', 'To', 'States must']]);
    expect(rows('To respect the right to privacy;', 'They must respect the right to privacy;')).toEqual([['modality', 'strengthened', 'To', 'They must']]);
  });
  it('other wordings: "Member States should", "Governments shall", a lower-case item after its mark', () => {
    expect(rows('To respect the right to privacy;', 'Member States should respect the right to privacy;')).toEqual([['modality', 'strengthened', 'To', 'Member States should']]);
    expect(rows('To review their legislation regularly;', 'Governments shall review their legislation regularly;')).toEqual([['modality', 'strengthened', 'To', 'Governments shall']]);
  });
  it('near misses: no modal ("States respect"), or a "to" inside a clause, stay words', () => {
    expect(rows('To respect the right to privacy;', 'States respect the right to privacy;')).toEqual([['lexical', null, 'To', 'States']]);
    expect(rows('States decided to respect the right to privacy;', 'States decided States must respect the right to privacy;').map((r) => r[0])).not.toContain('modality');
  });
});

describe('the speaker of a statement in place of the body a resolution leaves unsaid (trial 61 a5)', () => {
  it('"Reaffirming that" → "My delegation reaffirms that": one actor change over subject and verb', () => {
    expect(rows('Reaffirming that the right to privacy must be protected online,', 'My delegation reaffirms that the right to privacy must be protected online.')).toEqual([
      ['actor', null, 'Reaffirming', 'My delegation reaffirms'],
      ['punctuation', null, ',', '.'],
    ]);
  });
  it('other wordings: "Noting" → "Our Government notes", "and reaffirming" → "my delegation reaffirms", "We reaffirm"', () => {
    expect(rows('Noting with concern that surveillance violates privacy,', 'Our Government notes with concern that surveillance violates privacy,')).toEqual([['actor', null, 'Noting', 'Our Government notes']]);
    expect(rows('Recalling the Declaration, and reaffirming that rights must be protected online,', 'Recalling the Declaration, my delegation reaffirms that rights must be protected online,')).toEqual([
      ['actor', null, 'and reaffirming', 'my delegation reaffirms'],
    ]);
    expect(rows('Reaffirming that the right to privacy must be protected online,', 'We reaffirm that the right to privacy must be protected online,')).toEqual([['actor', null, 'Reaffirming', 'We reaffirm']]);
  });
  it('near miss: a third-person subject names the body itself, an addition beside the inflection', () => {
    expect(rows('Reaffirming that the right to privacy must be protected online,', 'The Council reaffirms that the right to privacy must be protected online,')).toEqual([
      ['grammatical', null, 'Reaffirming', 'reaffirms'],
      ['addition', null, '', 'The Council'],
    ]);
  });
});

describe('"Urges States to refrain from" → "Governments must not": force, actor and act apart (trial 61 a6)', () => {
  it('the directive to refrain becomes a binding prohibition; the addressee and the act compared on their own', () => {
    expect(rows('Urges States to refrain from requiring companies to interfere with privacy;', 'Governments must not force companies to interfere with privacy;')).toEqual([
      ['modality', 'strengthened', 'Urges States to refrain from', 'must not'],
      ['actor', null, 'States', 'Governments'],
      ['lexical', null, 'requiring', 'force'],
    ]);
  });
  it('other wordings: "Calls upon Member States to refrain from using" → "Governments shall not use"; "avoid"', () => {
    expect(rows('Calls upon Member States to refrain from using mass surveillance;', 'Governments shall not use mass surveillance;')).toEqual([
      // (session 18: the verb's form goes with the change of force, trial 87 #12)
      ['modality', 'strengthened', 'Calls upon Member States to refrain from using', 'shall not use'],
      ['actor', null, 'Member States', 'Governments'],
    ]);
    expect(rows('Urges States to avoid requiring companies to interfere with privacy;', 'Governments must not force companies to interfere with privacy;')[1]).toEqual(['actor', null, 'States', 'Governments']);
  });
  it('near miss: a positive directive keeps its convention ("Urges" → "must", "States to" → "Governments")', () => {
    expect(rows('Urges States to protect privacy;', 'Governments must protect privacy;')).toEqual([
      ['modality', 'strengthened', 'Urges', 'must'],
      ['actor', null, 'States to', 'Governments'],
    ]);
  });
});

describe('a modal inside a rewording is also a change of force (trial 61 a4)', () => {
  it('"to provide individuals … with" → "to ensure that victims must have": lexical over the whole, and modality strengthened', () => {
    expect(rows('Urges States to provide individuals whose rights have been violated with an effective remedy;', 'Urges States to ensure that victims must have an effective remedy;')).toEqual([
      ['lexical', null, 'provide individuals whose rights have been violated with', 'ensure that victims must have'],
      ['modality', 'strengthened', '', 'must'],
    ]);
  });
  it('the other way round the modal dropped weakens', () => {
    expect(rows('Urges States to ensure that victims must have an effective remedy;', 'Urges States to provide individuals whose rights have been violated with an effective remedy;')).toEqual([
      ['lexical', null, 'ensure that victims must have', 'provide individuals whose rights have been violated with'],
      ['modality', 'weakened', 'must', ''],
    ]);
  });
  it('near miss: the same rewording without a modal has no modality', () => {
    expect(rows('Encourages States to provide individuals with an effective remedy;', 'Encourages States to ensure that victims have an effective remedy;').map((r) => r[0])).not.toContain('modality');
  });
});

describe('"This shall not oblige a Member State to" is an exemption (trial 58 A7)', () => {
  it('"shall not oblige" → "shall oblige": an exemption becomes an obligation, strengthened', () => {
    const vs = variants('This shall not oblige a Member State to refuse entry to its own nationals.', 'This shall oblige a Member State to refuse entry to its own nationals.');
    expect(vs.map((v) => [v.type, v.direction ?? null, v.base, v.reading])).toEqual([['negation', 'strengthened', 'not', '']]);
    expect(vs[0].explanation).toContain('an exemption becomes an obligation');
  });
  it('other wordings: the instrument named ("This Regulation shall not require a Party to"), and back (weakened)', () => {
    expect(rows('This Regulation shall not require a Party to disclose source code.', 'This Regulation shall require a Party to disclose source code.')).toEqual([['negation', 'strengthened', 'not', '']]);
    expect(rows('This shall oblige a Member State to refuse entry to its own nationals.', 'This shall not oblige a Member State to refuse entry to its own nationals.')).toEqual([['negation', 'weakened', '', 'not']]);
  });
  it('near miss: a party forbidden to oblige stays a prohibition, no direction', () => {
    const vs = variants('Member States shall not oblige carriers to refuse entry.', 'Member States shall oblige carriers to refuse entry.');
    expect(vs.map((v) => [v.type, v.direction ?? null])).toEqual([['negation', null]]);
    expect(vs[0].explanation).toContain('a prohibition becomes an obligation');
  });
});

describe('"and" → "and/or" is one lexical change (trial 61 a9)', () => {
  it('"surveillance and interception" → "surveillance and/or interception": lexical, substantive', () => {
    const vs = variants('The Member States shall engage in surveillance and interception.', 'The Member States shall engage in surveillance and/or interception.');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['lexical', 'substantive', 'and', 'and/or']]);
    expect(vs[0].explanation).toContain('either alone now counts');
  });
  it('other wordings: "or" → "and/or", "and/or" → "and"', () => {
    expect(rows('The unlawful surveillance or interception of communications', 'The unlawful surveillance and/or interception of communications')).toEqual([['lexical', null, 'or', 'and/or']]);
    expect(rows('judicial, administrative and/or parliamentary oversight', 'judicial, administrative and parliamentary oversight')).toEqual([['lexical', null, 'and/or', 'and']]);
  });
  it('near miss: a comma added before "and" stays punctuation', () => {
    expect(rows('surveillance and interception', 'surveillance, and interception')).toEqual([['punctuation', null, '', ',']]);
  });
});

describe('whole words and whole subjects in the apparatus (trial 61 a11, a12)', () => {
  it('"fifty-seventh" → "fifty-eighth": the whole hyphenated word, not "seventh" → "eighth"', () => {
    expect(rows('at its fifty-seventh session', 'at its fifty-eighth session')).toEqual([['lexical', null, 'fifty-seventh', 'fifty-eighth']]);
    expect(rows('a state-owned enterprise', 'a state-controlled enterprise')).toEqual([['lexical', null, 'state-owned', 'state-controlled']]);
    expect(rows('at its fifty-seventh session', 'at its sixty-seventh session')).toEqual([['lexical', null, 'fifty-seventh', 'sixty-seventh']]);
  });
  it('near miss: a hyphen with spaces around it joins no word', () => {
    expect(rows('a well-known problem', 'a well - understood problem')).toContainEqual(['lexical', null, 'known', 'understood']);
  });
  it('"business enterprises, in particular technology companies" → "tech companies": one actor change through the head', () => {
    expect(rows('business enterprises, in particular technology companies, must respect privacy', 'tech companies must respect privacy')).toEqual([
      ['actor', null, 'business enterprises, in particular technology companies', 'tech companies'],
      ['punctuation', null, ',', ''],
    ]);
  });
});

describe('a sentence dropped beside a short addition that shares only a modifier (trial 58 A10)', () => {
  it('"… to third parties." dropped, ", or on third States" added: omission + addition, not one lexical', () => {
    expect(rows('The Decision applies to attacks on the Union. Factors shall include the scale of disruption to third parties.', 'The Decision applies to attacks on the Union, or on third States.')).toEqual([
      ['addition', null, '', ', or on third States'],
      ['omission', null, 'Factors shall include the scale of disruption to third parties.', ''],
    ]);
  });
  it('another wording: "foreign" shared', () => {
    expect(rows('The rules apply to ports in the Union. Operators shall assess the risk to foreign vessels.', 'The rules apply to ports in the Union and to foreign ships.')).toEqual([
      ['addition', null, '', 'and to foreign ships'],
      ['omission', null, 'Operators shall assess the risk to foreign vessels.', ''],
    ]);
  });
  it('near miss: the sentence kept, reworded, is compared word by word', () => {
    expect(rows('The Decision applies to attacks on the Union. Factors shall include the scale of disruption to third parties.', 'The Decision applies to attacks on the Union. Factors include disruption to third States.')).toEqual([
      ['modality', 'weakened', 'shall', ''],
      ['omission', null, 'the scale of', ''],
      ['lexical', null, 'parties', 'States'],
    ]);
  });
});
