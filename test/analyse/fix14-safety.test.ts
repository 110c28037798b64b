/**
 * Problems found on an online safety code of practice (trial 63, session 14, helper b).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a time limit replaced by another: the old link ("after") goes with the rewording (trial 63 #1)', () => {
  it('"as soon as reasonably practicable after becoming aware" → "within 24 hours of becoming aware": one lexical', () => {
    expect(rows('Providers must remove illegal content as soon as reasonably practicable after becoming aware of it.', 'Providers must remove illegal content within 24 hours of becoming aware of it.')).toEqual([
      ['lexical', 'strengthened', 'as soon as reasonably practicable after', 'within 24 hours of'],
    ]);
  });
  it('another wording: "without delay after the incident" → "within 72 hours of the incident": no "after" left over', () => {
    const vs = rows('The operator shall notify the authority without delay after the incident.', 'The operator shall notify the authority within 72 hours of the incident.');
    expect(vs).toHaveLength(1);
    expect(vs[0].slice(0, 3)).toEqual(['lexical', null, 'without delay after']);
  });
  it('near miss: the starting point dropped with no new limit is still a time limit dropped', () => {
    expect(rows('Providers must remove illegal content as soon as reasonably practicable after becoming aware of it.', 'Providers must remove illegal content as soon as reasonably practicable.')).toEqual([
      ['qualifier-dropped', 'weakened', 'after becoming aware of it', ''],
    ]);
  });
});

describe('an alternative way of complying dropped after a phrasal verb is no condition (trial 63 #2)', () => {
  it('"filtered out of, or given lower prominence in, the feeds" → "filtered out of the feeds": an omission', () => {
    expect(rows('Providers should configure their systems so that harmful content is filtered out of, or given lower prominence in, the feeds of children.', 'Providers should configure their systems so that harmful content is filtered out of the feeds of children.')).toEqual([
      ['omission', null, ', or given lower prominence in,', ''],
    ]);
  });
  it('another wording: "kept out of, or removed from, the feeds" → "kept out of the feeds"', () => {
    expect(rows('Providers must ensure that harmful content is kept out of, or removed from, the feeds of children.', 'Providers must ensure that harmful content is kept out of the feeds of children.')).toEqual([
      ['omission', null, ', or removed from,', ''],
    ]);
  });
  it('near miss: a limb of a real condition ("if … or …") dropped is still a narrower condition', () => {
    expect(rows('Providers must remove the content if it is illegal or if it is harmful to children.', 'Providers must remove the content if it is illegal.')).toEqual([
      ['qualifier-dropped', 'weakened', 'or if it is harmful to children', ''],
    ]);
  });
});

describe('the criteria of a ranking act are no condition (trial 63 #3, qualifiers.yaml `criteria`)', () => {
  it('"prioritise content according to its virality and the severity of the harm" → "… its virality": an omission', () => {
    expect(rows('Providers should prioritise content according to its virality and the severity of the harm.', 'Providers should prioritise content according to its virality.')).toEqual([
      ['omission', null, 'and the severity of the harm', ''],
    ]);
  });
  it('other wordings: "rank complaints on the basis of …", the whole criterion dropped', () => {
    expect(rows('Moderators must rank complaints on the basis of their urgency and the number of reports.', 'Moderators must rank complaints on the basis of their urgency.')).toEqual([
      ['omission', null, 'and the number of reports', ''],
    ]);
    expect(rows('Providers should prioritise content according to its virality.', 'Providers should prioritise content.')).toEqual([
      ['omission', null, 'according to its virality', ''],
    ]);
  });
  it('near miss: "process the data according to national law and the contract" stays a condition', () => {
    expect(rows('Controllers must process the data according to national law and the contract.', 'Controllers must process the data according to national law.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and the contract', ''],
    ]);
  });
});

describe('a universal quantifier in place of a restriction of its noun is one rewording (trial 63 #4)', () => {
  it('"not required to respond to complaints that are unfounded" → "required to respond to every complaint": negation + one lexical', () => {
    expect(rows('Providers are not required to respond to complaints that are unfounded.', 'Providers are required to respond to every complaint.')).toEqual([
      ['negation', 'strengthened', 'not', ''],
      ['lexical', null, 'complaints that are unfounded', 'every complaint'],
    ]);
  });
  it('other wordings: without the negation, and the other way round', () => {
    expect(rows('Providers must respond to complaints that are unfounded.', 'Providers must respond to every complaint.')).toEqual([
      ['lexical', null, 'complaints that are unfounded', 'every complaint'],
    ]);
    expect(rows('Providers must respond to every complaint.', 'Providers must respond to complaints that are unfounded.')).toEqual([
      ['lexical', null, 'every complaint', 'complaints that are unfounded'],
    ]);
  });
  it('near miss: one universal for another ("all" → "every") is grammar, the restriction dropped an omission', () => {
    expect(rows('Providers must respond to all complaints that are unfounded.', 'Providers must respond to every complaint.')).toEqual([
      ['grammatical', null, 'all', 'every'],
      ['grammatical', null, 'complaints', 'complaint'],
      ['omission', null, 'that are unfounded', ''],
    ]);
  });
});

describe('a modal raised and its hedge dropped with it: one change of force (trial 63 #5)', () => {
  const base = 'Providers should consider configuring their recommender systems so that harmful content is filtered out.';
  it('"should consider configuring" → "must configure", the object kept: one modality', () => {
    expect(rows(base, 'Providers must configure their recommender systems so that harmful content is filtered out.')).toEqual([
      ['modality', 'strengthened', 'should consider configuring', 'must configure'],
    ]);
  });
  it('the same with the object reworded: the same modality, no grammatical "configuring" → "configure"', () => {
    expect(rows(base, 'Providers must configure their algorithms so that harmful content is filtered out.')).toEqual([
      ['modality', 'strengthened', 'should consider configuring', 'must configure'],
      ['lexical', null, 'their recommender systems', 'their algorithms'],
    ]);
  });
  it('other wordings: "should consider publishing" → "shall publish", and the other way round', () => {
    expect(rows('Providers should consider publishing a report.', 'Providers shall publish a report.')).toEqual([
      ['modality', 'strengthened', 'should consider publishing', 'shall publish'],
    ]);
    expect(rows('Providers must publish a report.', 'Providers should consider publishing a report.')).toEqual([
      ['modality', 'weakened', 'must publish', 'should consider publishing'],
    ]);
  });
  it('near misses: a hedge added against a raised modal stays apart; a hedge kept is no part of it', () => {
    expect(rows('Providers should publish a report.', 'Providers must consider publishing a report.')).toEqual([
      ['modality', 'strengthened', 'should', 'must'],
      ['modality', 'weakened', 'publish', 'consider publishing'],
    ]);
    expect(rows('Providers should consider publishing a report.', 'Providers must consider publishing a report.')).toEqual([
      ['modality', 'strengthened', 'should', 'must'],
    ]);
  });
});

describe('a second sentence folded into the first as a participle is no actor dropped (trial 63 #6)', () => {
  it('". The report must include" → ", including": one lexical', () => {
    expect(rows('Providers must publish a report each year. The report must include information about prevalence.', 'Providers must publish a report each year, including information about prevalence.')).toEqual([
      ['lexical', null, '. The report must include', ', including'],
    ]);
  });
  it('another wording: ". The records must contain" → ", containing"', () => {
    expect(rows('Providers must keep records. The records must contain the date of each request.', 'Providers must keep records, containing the date of each request.')).toEqual([
      ['lexical', null, '. The records must contain', ', containing'],
    ]);
  });
  it('near miss: a subject the sentence before does not name (a new bearer) is still an actor dropped', () => {
    expect(rows('Providers must publish a report each year. The regulator must include information about prevalence.', 'Providers must publish a report each year, including information about prevalence.')[0]).toEqual(['actor', null, '. The regulator must', ',']);
  });
});

describe('words swapped one for one inside an exception are read one by one (trial 63 #7)', () => {
  it('"unless the provider … is prohibited" → "unless the firm … is banned": actor + lexical', () => {
    expect(rows('Providers must use age checks, unless the provider can demonstrate that such content is prohibited by its terms.', 'Providers must use age checks, unless the firm can demonstrate that such content is banned by its terms.')).toEqual([
      ['actor', null, 'provider', 'firm'],
      ['lexical', null, 'prohibited', 'banned'],
    ]);
  });
  it('another wording: "unless the controller can show … lawful" → "unless the company can show … legitimate"', () => {
    expect(rows('Data may not be shared unless the controller can show that the request is lawful.', 'Data may not be shared unless the company can show that the request is legitimate.')).toEqual([
      ['actor', null, 'controller', 'company'],
      ['lexical', null, 'lawful', 'legitimate'],
    ]);
  });
  it('near miss: a condition clause restated with its verb gone stays one rewording', () => {
    expect(rows('Where a Party gives effect to paragraph 1 by means of an order, the Party shall notify the Commission.', 'Where an order is issued, the Party shall notify the Commission.')).toEqual([
      ['lexical', null, 'a Party gives effect to paragraph 1 by means of an order', 'an order is issued'],
    ]);
  });
});

describe('an exception dropped whole with its second limb is one variant (trial 63 #8)', () => {
  it('", unless … prohibited and that the prohibition is enforced" → "": one qualifier-dropped (strengthened), comma included', () => {
    expect(rows('Providers must use age checks, unless the provider can demonstrate that such content is prohibited and that the prohibition is enforced.', 'Providers must use age checks.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', unless the provider can demonstrate that such content is prohibited and that the prohibition is enforced', ''],
    ]);
  });
  it('another wording: an "or" limb after it', () => {
    expect(rows('Data must be deleted, unless the user consents to its retention or the law requires that it is kept.', 'Data must be deleted.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', unless the user consents to its retention or the law requires that it is kept', ''],
    ]);
  });
  it('near miss: the second limb alone dropped is a limb of the exception (weakened)', () => {
    expect(rows('Providers must use age checks, unless the provider can demonstrate that such content is prohibited and that the prohibition is consistently enforced.', 'Providers must use age checks, unless the provider can demonstrate that such content is prohibited.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and that the prohibition is consistently enforced', ''],
    ]);
  });
});

describe('a restricting adverb dropped from an exception widens it as a dropped limb does (trial 63 #9, qualifiers.yaml `restricting-adverbs`)', () => {
  it('"… the prohibition is consistently enforced" → "… is enforced": qualifier-dropped (weakened)', () => {
    expect(rows('Providers must use age checks, unless the provider can demonstrate that the prohibition is consistently enforced.', 'Providers must use age checks, unless the provider can demonstrate that the prohibition is enforced.')).toEqual([
      ['qualifier-dropped', 'weakened', 'consistently', ''],
    ]);
  });
  it('other wordings: added to the exception (strengthened); dropped from a condition (strengthened)', () => {
    expect(rows('Providers must use age checks, unless the provider can demonstrate that the prohibition is enforced.', 'Providers must use age checks, unless the provider can demonstrate that the prohibition is consistently enforced.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'consistently'],
    ]);
    expect(rows('The operator must notify the authority if the measures are fully implemented.', 'The operator must notify the authority if the measures are implemented.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'fully', ''],
    ]);
  });
  it('near miss: the adverb of the duty itself, outside any condition, stays an omission', () => {
    expect(rows('Providers must consistently enforce their terms.', 'Providers must enforce their terms.')).toEqual([['omission', null, 'consistently', '']]);
  });
});

describe('the "to" of a passive directive after an auxiliary belongs to its change (trial 63 #10)', () => {
  it('"should prioritise" → "will not be required to prioritise": one negation over "to", no grammatical "to"', () => {
    expect(rows('Providers should prioritise viral content.', 'Providers will not be required to prioritise viral content.')).toEqual([
      ['negation', 'weakened', 'should', 'will not be required to'],
    ]);
  });
  it('other wordings: "will be required to" (modality), "will not be asked to"', () => {
    expect(rows('Providers should prioritise viral content.', 'Providers will be required to prioritise viral content.')).toEqual([
      ['modality', 'strengthened', 'should', 'will be required to'],
    ]);
    expect(rows('Providers should prioritise viral content.', 'Providers will not be asked to prioritise viral content.').map((v) => v.slice(2))).toEqual([['should', 'will not be asked to']]);
  });
  it('near miss: "are not required to" was already whole', () => {
    expect(rows('Providers must prioritise viral content.', 'Providers are not required to prioritise viral content.')).toEqual([
      ['negation', 'weakened', 'must', 'are not required to'],
    ]);
  });
});

describe('a noun moved past its modifier is kept, not omitted and added (trial 63 #11)', () => {
  it('"content that they have identified as illegal" → "illegal content": the omission of the knowledge threshold only', () => {
    expect(rows('Providers must remove content that they have identified as illegal.', 'Providers must remove illegal content.')).toEqual([
      ['omission', null, 'that they have identified as', ''],
    ]);
  });
  it('another wording: "data that they know to be inaccurate" → "inaccurate data"', () => {
    expect(rows('Providers must delete data that they know to be inaccurate.', 'Providers must delete inaccurate data.')).toEqual([
      ['omission', null, 'that they know to be', ''],
    ]);
  });
  it('near miss: another noun in its place ("illegal posts") is still an omission and an addition', () => {
    expect(rows('Providers must remove content that they have identified as illegal.', 'Providers must remove illegal posts.')).toEqual([
      ['omission', null, 'content that they have identified as', ''],
      ['addition', null, '', 'posts'],
    ]);
  });
});

describe('a periphrasis of a connective ("at the point at which") reworded is one change (trial 63 #12)', () => {
  it('"at the point at which they join" → "when they join": one lexical, no omission of "at the point"', () => {
    expect(rows('Providers should inform children at the point at which they join the service.', 'Providers should inform children when they join the service.')).toEqual([
      ['lexical', null, 'at the point at which', 'when'],
    ]);
  });
  it('another wording: → "before they join"', () => {
    expect(rows('Providers should inform children at the point at which they join the service.', 'Providers should inform children before they join the service.')).toEqual([
      ['lexical', null, 'at the point at which', 'before'],
    ]);
  });
  it('near miss: a phrase with no relative after its noun is still cut off ("by a certified organization in lieu of")', () => {
    expect(rows('Providers must obtain an assessment by a certified organization in lieu of a self-assessment.', 'Providers must obtain an assessment instead of a self-assessment.')).toEqual([
      ['omission', null, 'by a certified organization', ''],
      ['lexical', null, 'in lieu', 'instead'],
    ]);
  });
});

describe('a rewording cut at a kept word, the words after it restated in it, is one change (trial 63 #13)', () => {
  it(`"carry out a children's risk assessment" → "assess the risks to children": one lexical`, () => {
    expect(rows("Providers must carry out a children's risk assessment before launch.", 'Providers must assess the risks to children before launch.')).toEqual([
      ['lexical', null, "carry out a children's risk assessment", 'assess the risks to children'],
    ]);
  });
  it("the other way round: the words added restated in the base's rewording", () => {
    expect(rows('Providers must assess the risks to children before launch.', "Providers must carry out a children's risk assessment before launch.")).toEqual([
      ['lexical', null, 'assess the risks to children', "carry out a children's risk assessment"],
    ]);
  });
  it('near miss: words lost that the rewording does not restate ("safety audit") stay an omission', () => {
    expect(rows("Providers must carry out a children's safety audit before launch.", 'Providers must assess the risks to children before launch.')).toEqual([
      ['lexical', null, 'carry out a', 'assess the risks to'],
      ['omission', null, "'s safety audit", ''],
    ]);
  });
});

describe('one stretch recapitalised is one case variant, over the function words between (trial 63 #15)', () => {
  it('"terms of service" → "Terms of Service": one case entry', () => {
    expect(rows('Providers must enforce their terms of service.', 'Providers must enforce their Terms of Service.')).toEqual([
      ['case', null, 'terms of service', 'Terms of Service'],
    ]);
  });
  it("another wording: \"children's safety duties\" → \"Children's Safety Duties\"", () => {
    expect(rows("Providers must comply with the children's safety duties.", "Providers must comply with the Children's Safety Duties.")).toEqual([
      ['case', null, "children's safety duties", "Children's Safety Duties"],
    ]);
  });
  it('near miss: two words recapitalised with a content word kept between stay apart', () => {
    expect(rows('Providers must enforce their terms and their service rules.', 'Providers must enforce their Terms and their service Rules.')).toEqual([
      ['case', null, 'terms', 'Terms'],
      ['case', null, 'rules', 'Rules'],
    ]);
  });
});
