import { describe, expect, it } from 'vitest';
import { types, variants } from './helpers.js';

// src/analyse/pairs.ts: finer variants inside a reworded stretch
const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

describe('reworded stretches: words that correspond one to one get their own variants', () => {
  it('same parts of speech between anchors: one substitution each', () => {
    expect(rows('States should take measures to protect personal information of citizens.', 'States should take steps to secure personal data of citizens.')).toEqual([
      ['lexical', 'measures', 'steps'],
      ['lexical', 'protect', 'secure'],
      ['lexical', 'information', 'data'],
    ]);
  });

  it('a verb replaced at the edge, its particle with it, the rest an addition', () => {
    expect(rows('States should stand against ICT activities that impair data.', 'States should oppose the use of information technology (ICT) to destroy data.')).toEqual([
      ['lexical', 'stand against', 'oppose'],
      ['addition', '', 'the use of information technology ('],
      // (content on one side, no function word of its kind on the other: one rewording, not an omission with words left over)
      ['lexical', 'activities that', ') to'],
      ['lexical', 'impair', 'destroy'],
    ]);
  });

  it('the particles right after a substituted verb go with it, the new modifier is an addition', () => {
    expect(rows('States should encourage companies to abide by laws of the State.', 'States should encourage companies to comply with local laws of the State.')).toEqual([
      ['lexical', 'abide by', 'comply with'],
      ['addition', '', 'local'],
    ]);
  });

  it('a single word replaced at the start of a stretch, what follows it added', () => {
    expect(rows('States oppose the collection of personal information of other States.', 'States oppose the collection of personal data belonging to citizens of other States.')).toEqual([
      ['lexical', 'information', 'data'],
      ['addition', '', 'belonging to citizens'],
    ]);
    // near miss: a possessive is not a particle: "other States'" → "the latter's" is one rewording
    expect(rows("States need other States' permission.", "States need the latter's permission.")).toEqual([['lexical', "other States'", "the latter's"]]);
  });

  it('near misses: a verb reworded with its object, or a phrase compressed, stays one variant', () => {
    expect(rows('The States Parties reaffirm their commitment to peace.', 'The States Parties recommitted themselves to peace.')).toEqual([
      ['lexical', 'reaffirm their commitment', 'recommitted themselves'],
    ]);
    expect(rows('Parties settle disputes under multilateral and bilateral agreements now.', 'Parties settle disputes under appropriate channels now.').map((r) => r[0])).toEqual(['lexical']);
  });
});

describe('splitReworded: a name for a name', () => {
  it('"the National Cyberspace Administration" → "the Digital Security Agency" is one change', () => {
    expect(variants('Regulators may act in consultation with the National Cyberspace Administration.', 'Regulators may act in consultation with the Digital Security Agency.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['lexical', 'National Cyberspace Administration', 'Digital Security Agency'],
    ]);
  });
  it('near miss: common words reworded one for one are still paired', () => {
    expect(variants('States should stand against ICT activities that impair infrastructure.', 'States should oppose ICT activities that destroy infrastructure.').length).toBeGreaterThan(1);
  });
});

describe('rewording: a verb replaced by a verb, its particles and a bare noun', () => {
  it('"put in place", "take into account" are one rewording of the verb', () => {
    const v = variants('Controllers must implement technical measures.', 'Controllers must put in place technical measures.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'implement', 'put in place']]);
    const w = variants('States should consider the views of users.', 'States should take into account the views of users.');
    expect(w.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'consider', 'take into account']]);
  });

  it('near miss: an object right after the verb, with no particle, is dropped on its own', () => {
    const v = variants('Agencies may obtain information about incidents.', 'Agencies may get about incidents.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toContainEqual(['omission', 'information', '']);
  });
});

describe('rewording: the one verb of a side opening it pairs with the verb opening the other', () => {
  it('is not paired with a verb the tagger finds at the end of the other side ("to appropriate")', () => {
    const v = rows('States should respond to appropriate requests.', 'States should reply to all requests.');
    expect(v).not.toContainEqual(['omission', 'respond to', '']);
    // (two words changed either side of "to", both sides read, are two variants: fix21-lumps)
    expect(v).toEqual([
      ['lexical', 'respond', 'reply'],
      ['lexical', 'appropriate', 'all'],
    ]);
  });
  it('near miss: verbs closing both sides still pair ("that impair" → "to destroy")', () => {
    expect(rows('States should stand against ICT activities that impair data.', 'States should oppose the use of information technology (ICT) to destroy data.')).toContainEqual(['lexical', 'impair', 'destroy']);
  });
});

describe('a phrase set off by commas beside a replacement is its own change', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a trailing phrase after the words replaced', () => {
    const vs = rows('Each Party shall protect the users of digital trade.', 'Each Party shall protect the users of electronic commerce, taking into account principles and guidelines of relevant international bodies.');
    // (what the duty is measured against, "taking into account …", is a condition: qualifiers.yaml)
    expect(vs).toContainEqual(['qualifier-added', '', ', taking into account principles and guidelines of relevant international bodies']);
    // ("digital trade" → "electronic commerce": a modifier and its head noun both substituted, one noun phrase reworded)
    expect(vs.map((x) => x[0]).sort()).toEqual(['lexical', 'qualifier-added']);
    expect(vs).toContainEqual(['lexical', 'digital trade', 'electronic commerce']);
    expect(rows('Agencies shall publish the annual report, setting out every transfer made during the year.', 'Agencies shall publish the yearly statement.')).toContainEqual(['omission', ', setting out every transfer made during the year', '']);
    expect(rows('Agencies shall publish the annual report, together with the accounts of the year.', 'Agencies shall publish the yearly statement.')).toContainEqual(['omission', ', together with the accounts of the year', '']);
  });
  it('a parenthesis opening the change: the restriction dropped beside it is still an omission', () => {
    expect(rows('A Party may require the source code for a specific investigation.', 'A Party may require the source code, or an algorithm expressed in that source code, for an investigation.')).toEqual([
      ['addition', '', ', or an algorithm expressed in that source code,'],
      ['grammatical', 'a', 'an'],
      ['omission', 'specific', ''],
    ]);
  });
  it('near miss: a list of nouns after a comma is one rewording', () => {
    expect(rows('Each Party shall protect personal data.', 'Each Party shall protect names, addresses and numbers.')).toEqual([['lexical', 'personal data', 'names, addresses and numbers']]);
  });
});

describe('a typing error beside an omission or addition', () => {
  it('the mistyped word is a spelling variant, the words beside it an omission (or addition), not one rewording', () => {
    const cases: [string, string, string, string, 'omission' | 'addition'][] = [
      ['Information exchanged under this Directive shall be treated as confidential and shall preserve the commercial interests of the operator.', 'Information exchanged under this Directive shall be treated as confidental.', 'confidential', 'confidental', 'omission'],
      ['Operators shall notify the authority and keep records of every incident.', 'Operators shall notify the autority.', 'authority', 'autority', 'omission'],
      ['States shall protect the environment and public health.', 'States shall protect the enviroment.', 'environment', 'enviroment', 'omission'],
      ['Operators shall notify the authority.', 'Operators shall notify the autority and keep records of every incident.', 'authority', 'autority', 'addition'],
    ];
    for (const [b, r, from, to, kind] of cases) {
      const vs = variants(b, r);
      expect(vs.map((v) => [v.type, v.base, v.reading]).slice(0, 1), `${b} → ${r}`).toEqual([['spelling', from, to]]);
      expect(vs.slice(1).map((v) => v.type)).toEqual([kind]);
    }
  });

  it('near miss: two known words one letter apart ("prescribe" / "proscribe") are a rewording, not a typing error', () => {
    const vs = variants('The authority shall prescribe the form and publish it in the journal.', 'The authority shall proscribe the form.');
    expect(vs.map((v) => [v.type, v.base])).toEqual([
      ['lexical', 'prescribe'],
      ['omission', 'and publish it in the journal'],
    ]);
  });
});

describe('a coordinated limb against a modifier of the word before it', () => {
  it('the limb dropped and the modifier added (or the other way round), not one noun replacing another', () => {
    const cases: [string, string, string, string][] = [
      ['The controls do not apply to security research or incident response.', 'The controls do not apply to security research of any kind.', 'or incident response', 'of any kind'],
      ['The rules bind the Parties or observers.', 'The rules bind the Parties to the Convention.', 'or observers', 'to the Convention'],
      ['The code covers research and teaching.', 'The code covers research of any kind.', 'and teaching', 'of any kind'],
    ];
    for (const [b, r, dropped, added] of cases) {
      expect(variants(b, r).map((v) => [v.type, v.base, v.reading]), `${b} → ${r}`).toEqual([
        ['omission', dropped, ''],
        ['addition', '', added],
      ]);
    }
    expect(variants('The rules bind the Parties to the Convention.', 'The rules bind the Parties or observers.').map((v) => v.type)).toEqual(['omission', 'addition']);
  });

  it('a limb with a modifier of its own opening with the same preposition: the limb dropped, the modifiers compared', () => {
    expect(rows('Firms shall obey the rules and standards of the country where they trade.', 'Firms shall obey the rules of host states.')).toEqual([
      ['omission', 'and standards', ''],
      ['lexical', 'of the country where they trade', 'of host states'],
    ]);
    expect(rows('Members shall follow the guidance and practice of the regulator in each case.', 'Members shall follow the guidance of national supervisors in each case.')).toEqual([
      ['omission', 'and practice', ''],
      ['lexical', 'of the regulator', 'of national supervisors'],
    ]);
  });

  it('near misses: a limb reworded as a limb, or a word both sides read, stays paired', () => {
    expect(rows('The controls do not apply to security research or incident response.', 'The controls do not apply to security research or crisis response.')).toEqual([['lexical', 'incident', 'crisis']]);
    expect(types('The code covers research or teaching.', 'The code covers research including teaching.')).not.toContain('omission');
  });
});

// A verb + particle + bare noun ("put in place") replaced by one verb while a modifier of the object
// is dropped: the multiword verb stays whole (pairs.ts idiomTail), the modifier is the omission.
describe('a multiword verb kept whole when its object loses a modifier', () => {
  it('"put in place impartial procedures" → "establish procedures"', () => {
    expect(rows('States should put in place impartial procedures for reporting.', 'States should establish procedures for reporting.')).toEqual([
      ['lexical', 'put in place', 'establish'],
      ['omission', 'impartial', ''],
    ]);
  });

  it('other wordings: "take into account", "bring into force", "set up"', () => {
    expect(rows('States should take into account relevant decisions of the Council.', 'States should consider decisions of the Council.')).toEqual([
      ['lexical', 'take into account', 'consider'],
      // (a restricting adjective on the duty's object: qualifiers.yaml restricting-adjectives)
      ['qualifier-dropped', 'relevant', ''],
    ]);
    expect(rows('Parties should bring into force national laws on fishing.', 'Parties should adopt laws on fishing.')).toEqual([
      ['lexical', 'bring into force', 'adopt'],
      ['omission', 'national', ''],
    ]);
    expect(rows('States should set up independent review bodies.', 'States should create review bodies.')).toEqual([
      ['lexical', 'set up', 'create'],
      ['omission', 'independent', ''],
    ]);
  });

  it('near miss: a noun after the particle that modifies the next noun is the object, not part of the verb', () => {
    expect(rows('States should rely on information security experts.', 'States should use experts.')).toEqual([
      ['lexical', 'rely on', 'use'],
      ['omission', 'information security', ''],
    ]);
  });
});

describe('a coordinated limb ending with the words before the change, dropped beside a rewording (trial48 A13)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"damage critical infrastructure or otherwise impair the operation of critical infrastructure to provide services to the public": the limb omitted, the rest compared', () => {
    const v = rows('A State should not damage critical infrastructure or otherwise impair the operation of critical infrastructure to provide services to the public.', 'A State should not damage critical infrastructure serving the public.');
    expect(v[0]).toEqual(['omission', 'or otherwise impair the operation of critical infrastructure', '']);
    expect(v.slice(1).every((x) => x[1] !== '' || x[0] !== 'lexical')).toBe(true);
    expect(v.some((x) => x[0] === 'lexical' && x[1].startsWith('or otherwise'))).toBe(false);
  });
  it('another wording, and the other way round: an addition', () => {
    expect(rows('Providers shall protect personal data and never disclose personal data to third parties.', 'Providers shall protect personal data from third parties.')[0]).toEqual(['omission', 'and never disclose personal data', '']);
    expect(rows('A State should not damage critical infrastructure serving the public.', 'A State should not damage critical infrastructure or otherwise impair the operation of critical infrastructure to provide services to the public.')).toContainEqual(['addition', '', 'or otherwise impair the operation of critical infrastructure']);
  });
  it('near miss: a limb with no verb, or not repeating the words before it, is left as it was', () => {
    expect(rows('States should protect hospitals and other public buildings of hospitals to serve the public.', 'States should protect hospitals serving the public.').some((x) => x[1] === 'and other public buildings of hospitals')).toBe(false);
    expect(rows('States should protect hospitals or otherwise secure schools to serve the public.', 'States should protect hospitals serving the public.')).toContainEqual(['omission', 'or otherwise secure schools to', '']);
  });
});

describe('a compound of nouns against one noun', () => {
  const show = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('is one rewording, not its first word replaced beside the head omitted', () => {
    expect(show('data held by private sector entities in their territory', 'data held by private companies in their territory')).toEqual([['lexical', 'sector entities', 'companies']]);
    expect(show('data held by companies in their territory', 'data held by private sector entities in their territory')).toEqual([['lexical', 'companies', 'private sector entities']]);
    expect(show('States should protect critical information infrastructure.', 'States should protect critical facilities.')).toEqual([['lexical', 'information infrastructure', 'facilities']]);
  });

  it('near miss: a head kept on both sides leaves its modifier an omission', () => {
    expect(show('data held by private sector entities in their territory', 'data held by private entities in their territory')).toEqual([['omission', 'sector', '']]);
  });
});
