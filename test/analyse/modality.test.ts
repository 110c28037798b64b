import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { buildSide } from '../../src/analyse/side.js';
import { tokenise } from '../../src/nlp/index.js';
import { ofType, types, variants } from './helpers.js';

function modal(base: string, reading: string) {
  return ofType(base, reading, 'modality').map((v) => [v.base, v.reading, v.direction]);
}

describe('modality', () => {
  it('auxiliaries: should → must strengthens, must → may weakens', () => {
    expect(modal('States should protect data.', 'States must protect data.')).toEqual([['should', 'must', 'strengthened']]);
    expect(modal('States must protect data.', 'States may protect data.')).toEqual([['must', 'may', 'weakened']]);
    expect(modal('States shall protect data.', 'States should protect data.')).toEqual([['shall', 'should', 'weakened']]);
  });

  it('directive verbs: encourage → require, with the strengths in the explanation', () => {
    const v = ofType('States should encourage companies to comply.', 'States should require companies to comply.', 'modality');
    expect(v.map((x) => [x.base, x.reading, x.direction, x.class])).toEqual([['encourage', 'require', 'strengthened', 'substantive']]);
    expect(v[0].explanation).toBe("obligation strengthened: 'encourage' (2) → 'require' (6)");
  });

  it('multiword markers and inflected verbs', () => {
    expect(modal('We call on all States to act.', 'We urge all States to act.')).toEqual([['call on', 'urge', 'strengthened']]);
    expect(modal('Companies are required to store data.', 'Companies are encouraged to store data.')).toEqual([['required', 'encouraged', 'weakened']]);
    expect(modal('States have to act.', 'States should act.')).toEqual([['have to', 'should', 'weakened']]);
  });

  it('"will" undertakes, a little below "shall" (the language of political commitments); "will have to" binds as "shall"; the subject before it stays the actor', () => {
    expect(modal('Parties shall publish the register.', 'Parties will publish the register.')).toEqual([['shall', 'will', 'weakened']]);
    expect(modal('The Participants will review the arrangement.', 'The Participants shall review the arrangement.')).toEqual([['will', 'shall', 'strengthened']]);
    expect(modal('Parties should publish the register.', 'Parties will publish the register.')).toEqual([['should', 'will', 'strengthened']]);
    expect(modal('Parties shall publish the register.', 'Parties will have to publish the register.')).toEqual([['shall', 'will have to', undefined]]);
    // ("have to" added to "will": the force changed, not a function word)
    expect(modal('Parties will publish the register.', 'Parties will have to publish the register.')).toEqual([['', 'have to', 'strengthened']]);
    // near miss: words added beside the modal that are no part of it
    expect(modal('Parties will publish the register.', 'Parties will also publish the register.')).toEqual([]);
    const vs = variants('Public authorities shall publish the register.', 'Government agencies will have to publish the register.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toContainEqual(['actor', 'Public authorities', 'Government agencies']);
  });

  it('a negated permission forbids: "may not" is a prohibition as strong as "shall not"; "must never" is above "must not"', () => {
    expect(variants('States may not transfer data.', 'States shall not transfer data.').filter((v) => v.type === 'modality').map((v) => v.direction ?? null)).toEqual([null]);
    expect(modal('States may not transfer data.', 'States should not transfer data.')).toEqual([['may', 'should', 'weakened']]);
    expect(modal('Public bodies must not transfer data.', 'Public bodies must never transfer data.')).toEqual([['not', 'never', 'strengthened']]);
  });

  it('prohibitions: should not < should never = shall not < must not', () => {
    expect(modal('States should not install back doors.', 'States should never install back doors.')).toEqual([['not', 'never', 'strengthened']]);
    expect(modal('States must not install back doors.', 'States should not install back doors.')).toEqual([['must', 'should', 'weakened']]);
    expect(modal('States should not obtain data.', 'States must never obtain data.')).toEqual([['should not', 'must never', 'strengthened']]);
    expect(variants('States shall not obtain data.', 'States should never obtain data.').filter((v) => v.type === 'modality').map((v) => v.direction ?? null)).toEqual([null]);
  });

  it('a negated weaker verb against a stronger one: forbidding less', () => {
    const v = ofType('States should not request companies to store data.', 'States should not force companies to store data.', 'modality');
    expect(v.map((x) => [x.base, x.reading, x.direction])).toEqual([['request', 'force', 'weakened']]);
    expect(v[0].explanation).toContain('leaves the milder act allowed');
    expect(modal('States should not force companies to act.', 'States should not ask companies to act.')).toEqual([['force', 'ask', 'strengthened']]);
  });

  it('verbs of refraining negate: "desist from coercing" forbids only coercion', () => {
    const v = ofType('States should not request companies to store data.', 'States should desist from coercing companies to store data.', 'modality');
    expect(v.map((x) => [x.base, x.reading, x.direction])).toEqual([['not request', 'desist from coercing', 'weakened']]);
    // (session 18: the -ing form the verb of refraining requires goes with the modality, trial 87 #12)
    expect(modal('States shall not obtain data.', 'States avoid obtaining data.')).toEqual([['shall not obtain', 'avoid obtaining', 'weakened']]);
  });

  it('a prohibition of the act itself against one of a directive: forbidding the directive only is weaker', () => {
    const v = ofType('States shall not obtain data through companies.', 'States should never require companies to provide data.', 'modality');
    expect(v.map((x) => [x.base, x.reading, x.direction])).toEqual([['shall not', 'should never require', 'weakened']]);
    expect(v[0].explanation).toContain('the act itself');
    // near miss: no directive verb on either side, same force
    expect(variants('States shall not obtain data.', 'States should never obtain data.').filter((v) => v.type === 'modality').map((v) => v.direction ?? null)).toEqual([null]);
  });

  it('a modal dropped weakens the obligation to a statement', () => {
    expect(modal('States shall respect data.', 'States respect data.')).toEqual([['shall', '', 'weakened']]);
  });

  it('a modal repeated or elided in a coordination, same force, is grammatical', () => {
    expect(variants('States should protect data and should share it.', 'States should protect data and share it.').map((v) => [v.type, v.class, v.base, v.reading, v.explanation])).toEqual([
      ['grammatical', 'accidental', 'should', '', "grammatical (modal not repeated, same force): 'should' omitted"],
    ]);
    expect(variants('States should protect data and share it.', 'States should protect data and should share it.').map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', '', 'should']]);
    // near miss: another modal in the second limb is a change of force
    expect(modal('States should protect data and share it.', 'States should protect data and must share it.')).toEqual([['', 'must', 'strengthened']]);
  });

  it('the modal change gets its own variant inside a larger replace', () => {
    const vs = variants('States should encourage companies to comply.', 'States should require their companies to comply.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['modality', 'encourage', 'require'],
      ['grammatical', '', 'their'],
    ]);
  });

  it('a modal dropped (or added) while the subject before it is reworded keeps its own variant', () => {
    const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? '']);
    expect(rows('Access to identifiable records shall be limited to authorised staff.', 'Access to identifiable files is limited to authorised staff.')).toEqual([
      ['lexical', 'records', 'files', ''],
      ['modality', 'shall', '', 'weakened'],
      ['grammatical', 'be', 'is', ''],
    ]);
    expect(rows('Controllers shall notify the supervisory authority of a breach.', 'The controller notifies the supervisory authority of a breach.')).toEqual([
      ['grammatical', 'Controllers', 'The controller', ''],
      ['modality', 'shall', '', 'weakened'],
      ['grammatical', 'notify', 'notifies', ''],
    ]);
    expect(rows('The data shall be deleted.', 'Records are deleted.')).toContainEqual(['modality', 'shall', '', 'weakened']);
    expect(rows('Member States should protect data.', 'Governments protect data.')).toEqual([
      ['actor', 'Member States', 'Governments', ''],
      ['modality', 'should', '', 'weakened'],
    ]);
    // the other way round: a modal added
    expect(modal('The controller notifies the authority of a breach.', 'Controllers must notify the authority of a breach.')).toEqual([['', 'must', 'strengthened']]);
  });

  it('near misses: the subject and modal dropped before a bare predicate; a statement of the law', () => {
    // a bare list of proposals: the subject and modal are omitted, not the obligation weakened
    expect(types('States should handle disputes peacefully.', 'Approach disputes peacefully.')).toEqual(['omission', 'lexical']);
    // "shall apply" → "applies" is the tense of a legal text, not a weaker obligation
    expect(types('This Regulation shall apply to all processing.', 'The Rules apply to all processing.')).not.toContain('modality');
  });

  it('a directive verb replaced by a reporting verb, its force now in the reported clause: one modality finding, not a lexical one too', () => {
    const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? '']);
    expect(rows('We encourage all States to implement the framework.', 'We said all States should implement the framework.')).toEqual([
      ['modality', 'encourage all States to', 'said all States should', 'strengthened'],
    ]);
    const vs = variants('We encourage all States to implement the framework.', 'They said all States should implement the framework.');
    expect(vs.filter((v) => v.base.includes('encourage')).map((v) => v.type)).toEqual(['modality']);
    expect(vs.find((v) => v.type === 'modality')!.explanation).toContain("(reported: 'said')");
    expect(rows('We urge Parties to share data.', 'We stressed that Parties must share data.')).toContainEqual(['modality', 'urge Parties to', 'stressed that Parties must', 'strengthened']);
  });

  it('near misses: a verb that does not report, or a reporting verb for a verb with no force, stays lexical', () => {
    expect(types('We note the framework.', 'We said the framework.')).toEqual(['lexical']);
    const vs = variants('We encourage all States to implement the framework.', 'We welcome that all States should implement the framework.');
    expect(vs.some((v) => v.base === 'encourage' && v.reading === 'welcome')).toBe(true);
  });

  it('near misses: an unchanged modal is not modality', () => {
    expect(types('States should respect sovereignty.', 'Countries should respect sovereignty.')).toEqual(['actor']);
    expect(types('States should protect data.', 'States should protect information.')).toEqual(['lexical']);
    expect(types('We call upon all States to act.', 'We call on all States to act.')).toEqual(['grammatical']);
    expect(types('Should States need data, they should ask.', 'If States need data, they should ask.')).not.toContain('modality');
  });
});

describe('modality: a resolution\'s directive verb restated with a modal or in the passive', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

  it('"Calls upon States to" → "States must": one change of force over the subject, strengthened', () => {
    expect(tv('Calls upon States to respect privacy.', 'States must respect privacy.')).toEqual([['modality', 'strengthened', 'Calls upon States to', 'States must']]);
    expect(tv('States must respect privacy.', 'Calls upon States to respect privacy.')).toEqual([['modality', 'weakened', 'States must', 'Calls upon States to']]);
  });

  it('the same directive in the passive is grammar, not a force dropped', () => {
    expect(types('Invites Member States and stakeholders to share best practices.', 'Member States and stakeholders are invited to share best practices.')).toEqual(['grammatical']);
    expect(types('Encourages States to respect privacy.', 'States are encouraged to respect privacy.')).toEqual(['grammatical']);
  });

  it('another addressee with the modal: the force and the party are two variants', () => {
    expect(tv('Calls upon States to respect privacy.', 'Governments should respect privacy.')).toEqual([
      ['modality', 'strengthened', 'Calls upon', 'should'],
      ['actor', null, 'States to', 'Governments'],
    ]);
  });
});

describe('modality: a directive verb that urges not to act ("Calls upon States not to")', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);

  it('forbids with the force of the call, in either polarity alike', () => {
    expect(tv('Calls upon States not to impose requirements.', 'States should not impose requirements.')[0]).toEqual(['modality', 'strengthened']);
    expect(tv('Calls upon States to impose requirements.', 'States should impose requirements.')[0]).toEqual(['modality', 'strengthened']);
    expect(tv('Calls upon States not to impose requirements.', 'Urges States not to impose requirements.')).toEqual([['modality', 'strengthened']]);
  });

  it('the "not" dropped reverses what is urged', () => {
    const [v] = variants('Calls upon States not to impose requirements.', 'Calls upon States to impose requirements.');
    expect(v.type).toBe('negation');
    expect(v.explanation).toContain('a prohibition becomes an obligation');
  });
});

describe('modality: the operative verbs of a resolution are ordered', () => {
  it('invites < encourages < calls upon < urges', () => {
    const dir = (b: string, r: string) => variants(`${b} States to share practices.`, `${r} States to share practices.`).map((v) => [v.type, v.direction]);
    expect(dir('Invites', 'Encourages')).toEqual([['modality', 'strengthened']]);
    expect(dir('Encourages', 'Calls upon')).toEqual([['modality', 'strengthened']]);
    expect(dir('Urges', 'Calls upon')).toEqual([['modality', 'weakened']]);
  });
});

describe('modality: directive verbs that urge not to act (negative: true)', () => {
  const tv = (b: string, r: string) => variants(b, r).filter((v) => v.class === 'substantive').map((v) => [v.type, v.direction ?? null]);

  it('"should refrain from" → "are discouraged from" is a prohibition weakened, not reversed', () => {
    expect(tv('States should refrain from attacking response teams.', 'States are discouraged from attacking response teams.')).toEqual([['modality', 'weakened']]);
    expect(tv('States should not attack response teams.', 'States are prohibited from attacking response teams.')).toEqual([['modality', 'strengthened']]);
  });

  it('"encouraged to" → "discouraged from" reverses what is urged', () => {
    const [v] = variants('States are encouraged to attack.', 'States are discouraged from attacking.');
    expect(v.type).toBe('negation');
    expect(v.explanation).toContain('an obligation becomes a prohibition');
  });
});

describe("modality: a speaker's own commitments", () => {
  it('"commit to" → "aim to" is weakened, "intend to" → "will" strengthened, even with the verb read as a noun', () => {
    expect(ofType('We commit to share best practices.', 'We aim to share best practices.', 'modality').map((v) => v.direction)).toEqual(['weakened']);
    expect(ofType('Ministers commit to share best practices.', 'The Ministers aim to share best practices.', 'modality').map((v) => v.direction)).toEqual(['weakened']);
    expect(ofType('We intend to share best practices.', 'We will share best practices.', 'modality').map((v) => v.direction)).toEqual(['strengthened']);
  });

  it('"the aim to reduce" is a noun, not a commitment', () => {
    expect(types('The aim to reduce costs is shared.', 'The goal to reduce costs is shared.')).toEqual(['lexical']);
  });
});

describe('modality: a directive with its speaker ("We call on")', () => {
  it('restated with a modal or in the passive is one change of force', () => {
    expect(variants('We call upon States to protect data.', 'States should protect data.').map((v) => [v.type, v.direction, v.base, v.reading])).toEqual([
      ['modality', 'strengthened', 'We call upon States to', 'States should'],
    ]);
    expect(variants('We call on enterprises to develop safe systems.', 'Enterprises are encouraged to develop safe systems.').map((v) => [v.type, v.direction])).toEqual([['modality', 'weakened']]);
  });
});

describe('modality: a capacity is not a duty', () => {
  it('"will be able to" is "can" in the future, not "will"', () => {
    // (the same strength as "may", another kind, an ability: modality with no direction, as "may" →
    // "can", session 11; was lexical)
    const same = variants('Data subjects may seek redress.', 'Data subjects will be able to seek redress.');
    expect(same.map((v) => [v.type, v.direction])).toEqual([['modality', undefined]]);
    expect(variants('Data subjects can seek redress.', 'Data subjects will be able to seek redress.').map((v) => v.type)).toEqual(['modality']);
    const weaker = variants('Data subjects shall seek redress.', 'Data subjects will be able to seek redress.');
    expect(weaker.map((v) => [v.type, v.direction])).toEqual([['modality', 'weakened']]);
  });
  it('near miss: "must be able to" still obliges', () => {
    expect(variants('Developers should keep control.', 'Developers must be able to keep control.').filter((v) => v.type === 'modality').map((v) => v.direction)).toEqual(['strengthened']);
  });
});

describe('modality: the drafting "is to be" (modality.yaml `next-pos`)', () => {
  // (session 11: "is to" is the register of political commitments, a little below "shall", as "will"
  // is; was "binds as shall": see modality-trials.test.ts)
  it('"are to be executed" is a little below "shall be executed" and "must be executed"', () => {
    expect(modal('Requests shall be executed promptly.', 'Requests are to be executed promptly.')).toEqual([['shall', 'are to', 'weakened']]);
    expect(modal('Personal data are to be deleted after use.', 'Personal data must be deleted after use.')).toEqual([['are to', 'must', 'strengthened']]);
    expect(modal('Personal data are to be deleted after use.', 'Personal data should be deleted after use.')).toEqual([['are to', 'should', 'weakened']]);
    expect(modal('Personal data are to be deleted after use.', 'Personal data may be deleted after use.')).toEqual([['are to', 'may', 'weakened']]);
  });
  it('near miss: a purpose or a quality ("The aim is to be fair") is no obligation', () => {
    expect(modal('The aim is to be fair.', 'The aim should be fair.')).toEqual([['is to', 'should', 'strengthened']]);
    expect(modal('The aim is to promote trade.', 'The aim should promote trade.').map((x) => x[2])).toEqual(['strengthened']);
  });
});

describe('modality: past forms of the auxiliaries (modality.yaml `past-forms`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"will" → "would" puts the undertaking in the conditional (weakened), and back', () => {
    expect(brief('States will cooperate to combat crime.', 'States would cooperate to combat crime.')).toEqual([['modality', 'weakened', 'will', 'would']]);
    expect(brief('Parties would notify the Secretariat.', 'Parties will notify the Secretariat.')).toEqual([['modality', 'strengthened', 'would', 'will']]);
  });
  it('after a reporting verb the past form is the tense of reported speech', () => {
    const v = variants('China will work with all parties.', 'He said China would work with all parties.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['addition', '', 'He said'], ['grammatical', 'will', 'would']]);
    expect(v[1].explanation).toContain("reported speech, after 'said'");
    expect(brief('The Minister stressed that States will not accept this.', 'The Minister stressed that States would not accept this.')).toEqual([['grammatical', null, 'will', 'would']]);
  });
  it('near misses: a past form with no strength of its own, a reporting verb in another sentence', () => {
    expect(brief('We can share data.', 'We could share data.').map((x) => x[0])).toEqual(['modality']);
    expect(brief('He spoke. States will cooperate.', 'He spoke. States would cooperate.').map((x) => x[0])).toEqual(['modality']);
    expect(brief('He said so. States will cooperate.', 'He said so. States would cooperate.').map((x) => x[0])).toEqual(['modality']);
  });
});

describe('modality: a directive verb put over the clause that keeps the auxiliary', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"shall designate" → "hopes that … will be designated" is one weakening, not two', () => {
    const v = variants('Arvenia and Belmora shall designate points of contact within 60 days.', 'Belmora hopes that points of contact will be designated within 60 days.');
    expect(v.filter((x) => x.type === 'modality').map((x) => [x.reading, x.direction])).toEqual([['hopes that', 'weakened']]);
    expect(v.find((x) => x.type === 'modality')!.explanation).toContain("'will' in the clause it governs");
  });
  it('near miss: an auxiliary of another predicate keeps its own change', () => {
    expect(brief('States should share data and shall protect it.', 'States should encourage companies to share data and will protect it.').filter((x) => x[0] === 'modality')).toEqual([['modality', 'weakened', 'shall', 'will']]);
  });
});

describe('modality: a chain of auxiliaries (modality.yaml `chain-step`)', () => {
  const B = 'Each Party shall endeavour to publish the list of measures.';
  it('"shall endeavour to" is a duty of best efforts: below "will" and "should", above "should endeavour to"', () => {
    expect(modal(B, 'Each Party will publish the list of measures.')).toEqual([['shall endeavour to', 'will', 'strengthened']]);
    expect(modal('Each Party will publish the list of measures.', B)).toEqual([['will', 'shall endeavour to', 'weakened']]);
    expect(modal('Each Party should publish the list of measures.', B).map((x) => x[2])).toEqual(['weakened']);
    expect(modal(B, 'Each Party shall publish the list of measures.').map((x) => x[2])).toEqual(['strengthened']);
    expect(modal('Each Party should endeavour to publish the list.', 'Each Party shall endeavour to publish the list.').map((x) => x[2])).toEqual(['strengthened']);
  });
  it('near misses: a stronger inner marker keeps the outer strength; a negated chain forbids with the outer one, in one finding', () => {
    expect(ofType('States should commit to share data.', 'States shall share data.', 'modality')[0].explanation).toContain("'should commit to' (4) → 'shall' (5)");
    const neg = ofType('States should not seek to obtain data.', 'States shall not obtain data.', 'modality');
    expect(neg.map((v) => [v.base, v.direction])).toEqual([['should not seek to', 'strengthened']]);
  });
});

describe('modality: what a body recommends or decides', () => {
  it('"recommended" → "decided" strengthens, also with another construction', () => {
    expect(modal('States recommended that further discussions be held.', 'States decided that further discussions be held.')).toEqual([['recommended', 'decided', 'strengthened']]);
    expect(modal('States recommended the establishment of a mechanism.', 'States decided to establish a mechanism.').map((x) => x[2])).toEqual(['strengthened']);
    expect(modal('States decided to establish a mechanism.', 'States recommended the establishment of a mechanism.').map((x) => x[2])).toEqual(['weakened']);
  });
  it('near miss: "a recommendation" as a noun is no directive', () => {
    expect(modal('The report makes a recommendation on data.', 'The report makes a decision on data.')).toEqual([]);
  });
});

describe('modality: a hedge before the act (modality.yaml `hedges`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"Decides to convene" → "Decides to consider convening" is weakened, and back strengthened', () => {
    expect(brief('Decides to convene a plenary session in 2027;', 'Decides to consider convening a plenary session in 2027;')).toEqual([['modality', 'weakened', 'convene', 'consider convening']]);
    expect(brief('States should consider sharing data.', 'States should share data.')).toEqual([['modality', 'strengthened', 'consider sharing', 'share']]);
    expect(brief('States should share data.', 'States should explore the possibility of sharing data.').map((x) => x[1])).toEqual(['weakened']);
  });
  it('near miss: "consider" as another act is lexical', () => {
    expect(brief('States should share data.', 'States should consider the data.').map((x) => x[0])).toEqual(['lexical']);
  });
  it('the hedge alone dropped or added before the act both sides read ("consider how best to", modality.yaml `hedge-words`)', () => {
    expect(brief('States should consider how best to cooperate to exchange information.', 'States should cooperate to exchange information.')).toEqual([['modality', 'strengthened', 'consider how best to', '']]);
    expect(brief('States should consider whether to share data.', 'States should share data.')).toEqual([['modality', 'strengthened', 'consider whether to', '']]);
    expect(brief('States should consider carefully how to share data.', 'States should share data.')).toEqual([['modality', 'strengthened', 'consider carefully how to', '']]);
    expect(brief('States should cooperate to exchange information.', 'States should explore ways to cooperate to exchange information.')).toEqual([['modality', 'weakened', '', 'explore ways to']]);
  });
  it('near misses: another act coordinated or a thing considered, dropped, is an omission', () => {
    expect(brief('States should consider and cooperate to exchange information.', 'States should cooperate to exchange information.').map((x) => x[0])).toEqual(['omission']);
    expect(brief('States should consider the report and share data.', 'States should share data.').map((x) => x[0])).toEqual(['omission']);
    expect(brief('States should consider plans to share data.', 'States should share data.').map((x) => x[0])).toEqual(['omission']);
  });
});

describe('modality: a hedge with a phrase between it and the act ("consider, on a voluntary basis, implementing")', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  const U = 'Urges Member States to';
  const N = 'the eleven norms of responsible State behaviour;';
  it('dropped with the phrase: the hedge dropped (strengthened), the phrase judged on its own', () => {
    expect(brief(`${U} consider, on a voluntary basis, implementing ${N}`, `${U} implement ${N}`)).toEqual([
      ['modality', 'strengthened', 'consider', ''],
      ['qualifier-dropped', 'strengthened', ', on a voluntary basis,', ''],
      ['grammatical', null, 'implementing', 'implement'],
    ]);
    expect(brief('States should consider, as a matter of priority, establishing national points of contact.', 'States should establish national points of contact.')).toEqual([
      ['modality', 'strengthened', 'consider', ''],
      ['omission', null, ', as a matter of priority,', ''],
      ['grammatical', null, 'establishing', 'establish'],
    ]);
    // (and added: hedged, weakened)
    expect(brief('States should establish national points of contact.', 'States should consider, as a matter of priority, establishing national points of contact.')[1]).toEqual(['modality', 'weakened', '', 'consider']);
  });
  it('the phrase kept, the act moved before it: one hedge dropped over the three, no lexical and no omission', () => {
    expect(brief(`${U} consider, on a voluntary basis, implementing ${N}`, `${U} implement, on a voluntary basis, ${N}`)).toEqual([
      ['modality', 'strengthened', 'consider, on a voluntary basis, implementing', 'implement, on a voluntary basis,'],
    ]);
    expect(brief('States should consider, where appropriate, sharing data with the Office.', 'States should share, where appropriate, data with the Office.').map((x) => x.slice(0, 2))).toEqual([['modality', 'strengthened']]);
    expect(brief(`${U} implement, on a voluntary basis, ${N}`, `${U} consider, on a voluntary basis, implementing ${N}`).map((x) => x.slice(0, 2))).toEqual([['modality', 'weakened']]);
  });
  it('near misses: another act after the phrase, a thing considered', () => {
    expect(variants('States should consider, as a matter of priority, establishing national points of contact.', 'States should set up national points of contact.').some((v) => v.explanation.startsWith('hedge dropped'))).toBe(false);
    expect(variants(`${U} consider, on a voluntary basis, implementing ${N}`, `${U} adopt, on a voluntary basis, ${N}`).some((v) => v.explanation.startsWith('hedge dropped'))).toBe(false);
    expect(variants('States should consider, as a matter of priority, the report and establish national points of contact.', 'States should establish national points of contact.').some((v) => v.type === 'modality')).toBe(false);
  });
});

describe('modality: agreeing to act', () => {
  it('"committed to" → "agreed to" is weakened; "agree that" is no commitment', () => {
    expect(variants('The sides committed to work together.', 'The sides agreed to work together.').map((v) => [v.type, v.direction])).toEqual([['modality', 'weakened']]);
    expect(variants('We agree that data matters.', 'We believe that data matters.').map((v) => v.type)).toEqual(['lexical']);
  });
});

describe('modality: a hope for one\'s own act', () => {
  it('"look forward to meeting" → "will meet" is strengthened', () => {
    const v = variants('We look forward to meeting again in 2026.', 'We will meet again in 2026.');
    const m = v.filter((x) => x.type === 'modality');
    expect(m.map((x) => [x.base, x.reading, x.direction])).toEqual([['look forward to', 'will', 'strengthened']]);
    // and the other way round
    expect(variants('The parties will review the arrangement in 2027.', 'The parties look forward to reviewing the arrangement in 2027.').find((x) => x.type === 'modality')?.direction).toBe('weakened');
  });

  it('near miss: "looking forward" without "to" is no marker', () => {
    expect(variants('We are looking forward.', 'We are looking ahead.').some((x) => x.type === 'modality')).toBe(false);
  });
});

describe('"need" is a modal only in "need not" (modality.yaml next-word)', () => {
  it('"need not" → "shall" is a change of force; a need stated in a condition is no modal', () => {
    expect(variants('Exporters need not keep records.', 'Exporters shall keep records.').some((x) => x.type === 'modality' || x.type === 'negation')).toBe(true);
    expect(variants('Should States need to obtain data, they should ask.', 'Should States obtain data, they should ask.').some((x) => x.type === 'modality')).toBe(false);
  });
});

describe('modality: what is urged, negated by a verb of refraining or in a "that" clause', () => {
  const brief = (b: string, r: string) => variants(b, r).filter((v) => v.class === 'substantive').map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  const X = 'ICT activity that damages critical infrastructure;';
  it('"to refrain from" and "not to" are the same prohibition: the change of directive verb keeps its direction', () => {
    expect(brief(`Calls upon Member States to refrain from conducting ${X}`, `Urges Member States not to conduct ${X}`)).toEqual([['modality', 'strengthened', 'Calls upon', 'Urges']]);
    expect(brief('Encourages States to refrain from attacking hospitals;', 'Urges States not to attack hospitals;')).toEqual([['modality', 'strengthened', 'Encourages', 'Urges']]);
    expect(brief('Urges States to refrain from attacking hospitals;', 'Calls upon States not to attack hospitals;')).toEqual([['modality', 'weakened', 'Urges', 'Calls upon']]);
    expect(brief(`Calls upon Member States to refrain from conducting ${X}`, `Urges Member States to refrain from conducting ${X}`)).toEqual([['modality', 'strengthened', 'Calls upon', 'Urges']]);
  });
  it('near misses: the same verb with "refrain" ↔ "not" is grammar; "to refrain from" dropped reverses what is urged', () => {
    expect(brief(`Calls upon Member States to refrain from conducting ${X}`, `Calls upon Member States not to conduct ${X}`)).toEqual([]);
    const [v] = brief('Calls upon States to refrain from attacking hospitals;', 'Calls upon States to attack hospitals;');
    expect(v.slice(0, 2)).toEqual(['negation', null]);
    expect(variants('Calls upon States to refrain from attacking hospitals;', 'Calls upon States to attack hospitals;')[0].explanation).toContain('a prohibition becomes an obligation');
  });
  it('the verb changed while what is urged is reversed: the directive keeps its own direction beside the negation', () => {
    expect(brief('Calls upon States to attack hospitals;', 'Urges States not to attack hospitals;')).toEqual([
      ['modality', 'strengthened', 'Calls upon', 'Urges'],
      ['negation', null, '', 'not'],
    ]);
    // near miss: "encouraged" → "discouraged" is the flip itself
    expect(brief('States are encouraged to attack.', 'States are discouraged from attacking.').map((x) => x[0])).toEqual(['negation']);
  });
});

describe('modality: "demand" is the strongest directive of a resolution (modality.yaml)', () => {
  const brief = (b: string, r: string) => variants(b, r).filter((v) => v.class === 'substantive').map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  const X = 'refrain from conducting ICT activity that damages critical infrastructure;';
  it('"Calls upon … to refrain" → "Demands that … refrain" is strengthened, and the addressee change is its own variant', () => {
    expect(brief(`Calls upon Member States to ${X}`, `Demands that Member States ${X}`)).toEqual([['modality', 'strengthened', 'Calls upon', 'Demands that']]);
    const v = brief(`Calls upon Member States to ${X}`, `Demands that all States ${X}`);
    expect(v[0]).toEqual(['modality', 'strengthened', 'Calls upon', 'Demands that']);
    expect(v.slice(1).map((x) => [x[2], x[3]])).toEqual([['Member', 'all']]);
  });
  it('positive and negative, either way, with a speaker', () => {
    expect(brief('Urges States to comply with the ruling;', 'Demands that States comply with the ruling;')).toEqual([['modality', 'strengthened', 'Urges', 'Demands that']]);
    expect(brief('Demands that all parties cease hostilities;', 'Calls upon all parties to cease hostilities;')).toEqual([['modality', 'weakened', 'Demands that', 'Calls upon']]);
    expect(brief('Demands that States not attack hospitals;', 'Urges States not to attack hospitals;')).toEqual([['modality', 'weakened', 'Demands that', 'Urges']]);
    expect(brief('We demand that States protect data.', 'We urge States to protect data.').map((x) => x.slice(0, 2))).toEqual([['modality', 'weakened']]);
    expect(ofType('Demands that States comply with the ruling;', 'Requires States to comply with the ruling;', 'modality').map((v) => v.direction ?? null)).toEqual([null]);
  });
  it('near misses: "demand" as a noun is no directive; a "not" added in the "that" clause is a negation', () => {
    expect(brief('The demand for data grows.', 'The need for data grows.').map((x) => x[0])).toEqual(['lexical']);
    expect(brief('Demands that States comply with the ruling;', 'Demands that States not comply with the ruling;').map((x) => x[0])).toEqual(['negation']);
  });
});

describe('modality: a directive verb restated with a modal while the act is reworded', () => {
  const brief = (b: string, r: string) => variants(b, r).filter((v) => v.class === 'substantive').map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"Requests X to provide …" → "X must support …": the force strengthened over the subject, the act compared on its own', () => {
    const v = brief('Requests the Secretary-General to provide the mechanism with the necessary support;', 'The Secretary-General must support the new body.');
    expect(v[0]).toEqual(['modality', 'strengthened', 'Requests the Secretary-General to', 'The Secretary-General must']);
    expect(v.filter((x) => x[0] === 'modality')).toHaveLength(1);
    expect(v.some((x) => x[0] === 'lexical' && String(x[3]).includes('must'))).toBe(false);
    expect(brief('Invites States to share data on threats;', 'States should exchange information on threats.').slice(0, 2)).toEqual([
      ['modality', 'strengthened', 'Invites States to', 'States should'],
      ['lexical', null, 'share', 'exchange'],
    ]);
    expect(brief('Calls upon States to protect critical infrastructure;', 'States must defend infrastructure.').slice(0, 2)).toEqual([
      ['modality', 'strengthened', 'Calls upon States to', 'States must'],
      ['lexical', null, 'protect', 'defend'],
    ]);
    expect(brief('Urges States to publish their national positions;', 'States may make public their national positions.')[0]).toEqual(['modality', 'weakened', 'Urges States to', 'States may']);
  });
  it('near miss: a "to" of purpose, with no directive verb in force, is no slot of a directive', () => {
    expect(brief('States met in Geneva to share data on threats.', 'States must share data on threats.').map((x) => x[0])).toEqual(['lexical']);
  });
});

describe('modality: the passive of a directive verb with an adverb of sequence (modality.yaml `directive-adverbs`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  const R = 'to submit a report to the General Assembly at its eightieth session';
  it('"Also requests X to" → "X is also requested to" is the same directive in the passive', () => {
    expect(brief(`Also requests the Secretary-General ${R};`, `The Secretary-General is also requested ${R}.`)).toEqual([
      ['grammatical', null, 'Also requests the Secretary-General', 'The Secretary-General is also requested'],
      ['punctuation', null, ';', '.'],
    ]);
    expect(brief('Further requests the Secretary-General to submit a report;', 'The Secretary-General is further requested to submit a report.').map((x) => x[0])).toEqual(['grammatical', 'punctuation']);
    expect(brief('Further invites Member States to submit their views;', 'Member States are further invited to submit their views.').map((x) => x[0])).toEqual(['grammatical', 'punctuation']);
    expect(brief('Again requests the Secretary-General to submit a report;', 'The Secretary-General is again requested to submit a report.').map((x) => x[0])).toEqual(['grammatical', 'punctuation']);
  });
  it('the verb after the adverb is still the directive: another verb changes the force', () => {
    expect(brief('Also requests the Secretary-General to submit a report;', 'Also urges the Secretary-General to submit a report;')).toEqual([['modality', 'strengthened', 'requests', 'urges']]);
    expect(brief('Further requests the Secretary-General to submit a report;', 'The Secretary-General is further invited to submit a report.')[0].slice(0, 2)).toEqual(['modality', 'weakened']);
  });
  it('with a reporting frame: the frame is an addition of its own, the passive grammar', () => {
    const S = 'to provide the mechanism with the necessary support';
    expect(brief(`Requests the Secretary-General ${S};`, `We note that the Secretary-General is requested ${S}.`).slice(0, 2)).toEqual([
      ['grammatical', null, 'Requests the Secretary-General', 'the Secretary-General is requested'],
      ['addition', null, '', 'We note that'],
    ]);
    expect(brief('Invites States to share data;', 'We note that States are urged to share data.').slice(0, 2)).toEqual([
      ['modality', 'strengthened', 'Invites States', 'States are urged'],
      ['addition', null, '', 'We note that'],
    ]);
  });
  it('near misses: a reporting verb with an object, not a "that" clause, is no frame; an intensifier is no adverb of sequence', () => {
    expect(brief('Requests the Secretary-General to submit a report;', 'We note the Secretary-General\'s report.').some((x) => x[0] === 'addition' && x[3] === 'We note')).toBe(false);
    // ("strongly" is not swallowed into the passive's grammar)
    const v = brief('Urges Member States to submit their views;', 'Member States are strongly urged to submit their views.');
    expect(v.some((x) => String(x[3]).includes('strongly') && x[0] !== 'grammatical')).toBe(true);
    expect(v.some((x) => x[0] === 'grammatical' && String(x[3]).includes('strongly'))).toBe(false);
  });
});

describe('the same directive in the passive with an adverb beside it', () => {
  it('"Urges Member States to" → "Member States are strongly urged to": grammatical over the verbs, "strongly" on its own', () => {
    const v = variants('Urges Member States to submit their views;', 'Member States are strongly urged to submit their views.');
    expect(v.find((x) => x.type === 'grammatical')?.reading).toBe('urged');
    // (the intensifier on the directive verb is its own change of force: modality.yaml `directive-downtoners`)
    expect(v.filter((x) => x.type === 'modality').map((x) => [x.reading, x.direction])).toEqual([['strongly', 'strengthened']]);
  });
  it('near miss: another directive verb in the passive is a change of force', () => {
    const v = variants('Urges Member States to submit their views;', 'Member States are strongly encouraged to submit their views.');
    expect(v.some((x) => x.type === 'modality')).toBe(true);
  });
});

describe('the directive in the passive with other words changed around it (a press release)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the same verb, past or present passive: grammatical over the verb and its party, the other changes on their own', () => {
    expect(brief('Encourages Member States to continue to inform the Secretary-General of their views;', 'Member States were encouraged to inform the Secretary-General of their views.')).toEqual([
      ['grammatical', null, 'Encourages Member States', 'Member States were encouraged'],
      ['omission', null, 'continue to', ''],
      ['punctuation', null, ';', '.'],
    ]);
    expect(brief('Requests the Secretary-General, with the assistance of the open-ended working group, to submit a report;', 'The Secretary-General was requested to submit a report.')).toEqual([
      ['grammatical', null, 'Requests the Secretary-General', 'The Secretary-General was requested'],
      ['omission', null, ', with the assistance of the open-ended working group,', ''],
      ['punctuation', null, ';', '.'],
    ]);
    expect(brief('Invites Member States to continue to share data with the Office;', 'Member States are invited to share data.').slice(0, 1)).toEqual([['grammatical', null, 'Invites Member States', 'Member States are invited']]);
    expect(brief('Also requests the Secretary-General to submit a report on the matter;', 'The Secretary-General was also requested to submit a detailed report.').slice(0, 1)).toEqual([
      ['grammatical', null, 'Also requests the Secretary-General', 'The Secretary-General was also requested'],
    ]);
    // ("called on" for "Calls upon": the same verb; a qualifier kept between the verb and its "to")
    expect(brief('Calls upon Member States to continue to share data;', 'Member States were called on to share data.')[0]).toEqual(['grammatical', null, 'Calls upon Member States', 'Member States were called on']);
    expect(brief('Encourages Member States, where appropriate, to continue to share data;', 'Member States were encouraged, where appropriate, to share data.')[0]).toEqual(['grammatical', null, 'Encourages Member States', 'Member States were encouraged']);
    // (and the other way: the passive in the base)
    expect(brief('Member States were encouraged to continue to inform the Secretary-General of their views.', 'Encourages Member States to inform the Secretary-General of their views;')[0]).toEqual(['grammatical', null, 'Member States were encouraged', 'Encourages Member States']);
    for (const [b, r] of [
      ['Encourages Member States to continue to inform the Secretary-General of their views;', 'Member States were encouraged to inform the Secretary-General of their views.'],
      ['Requests the Secretary-General, with the assistance of the open-ended working group, to submit a report;', 'The Secretary-General was requested to submit a report.'],
      ['Invites Member States to continue to share data with the Office;', 'The Assembly noted that Member States were invited to share data.'],
    ]) expect(variants(b, r).some((v) => v.type === 'modality' || v.type === 'lexical')).toBe(false);
  });
  it('another directive verb in the passive is a change of force, the other changes on their own', () => {
    expect(brief('Encourages Member States to continue to inform the Secretary-General of their views;', 'Member States were urged to inform the Secretary-General of their views.').slice(0, 2)).toEqual([
      ['modality', 'strengthened', 'Encourages Member States', 'Member States were urged'],
      ['omission', null, 'continue to', ''],
    ]);
    expect(brief('We call on enterprises to develop safe systems in time.', 'Enterprises are encouraged to develop systems.')[0]).toEqual(['modality', 'weakened', 'We call on enterprises', 'Enterprises are encouraged']);
  });
  it('near misses: another party, a state of mind, a thing requested, a negated passive', () => {
    // (the party is not read alike before the passive: no voice change claimed over it)
    const sameDirective = (b: string, r: string) => variants(b, r).some((v) => v.explanation.includes('the same directive in another construction'));
    expect(sameDirective('Requests the Secretary-General to submit a report on the matter;', 'A report on the matter was requested from the Secretary-General.')).toBe(false);
    expect(sameDirective('Encourages Member States to continue to inform the Secretary-General;', 'Other Member States were encouraged to inform the Secretary-General.')).toBe(false);
    // ("encouraged by the progress" addresses no one)
    expect(sameDirective('Encourages Member States to continue to share data;', 'Member States were encouraged by the progress and shared data.')).toBe(false);
    // (a negator before the participle: the polarity flip is negation's)
    expect(brief('Encourages Member States to continue to share data;', 'Member States were not encouraged to share data.').some((x) => x[0] === 'negation')).toBe(true);
    expect(sameDirective('Encourages Member States to continue to share data;', 'Member States were not encouraged to share data.')).toBe(false);
  });
});

describe('a hedge dropped while the act becomes an infinitive', () => {
  it('"should consider withdrawing" → "is encouraged to withdraw": the modal weakened and the hedge dropped, no lexical "consider" → "to"', () => {
    const v = variants('A Party should consider withdrawing its reservation.', 'A Party is encouraged to withdraw its reservation.');
    expect(v.filter((x) => x.type === 'modality').map((x) => x.direction).sort()).toEqual(['strengthened', 'weakened']);
    expect(v.some((x) => x.type === 'lexical')).toBe(false);
  });
  it('near miss: another act in the infinitive is no hedge dropped', () => {
    const v = variants('A Party should consider withdrawing its reservation.', 'A Party is encouraged to keep its reservation.');
    expect(v.some((x) => x.explanation.startsWith('hedge dropped'))).toBe(false);
  });
});

describe('the instrument that imposes a duty ("The Convention obliges each Party to")', () => {
  it('is one modality variant over the restated frame, the verb not counted twice', () => {
    const v = variants('Each Party shall protect the data.', 'The Convention obliges each Party to protect the data.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['modality', 'Each Party shall', 'The Convention obliges each Party to']]);
  });
  it('near miss: another body that requires it is an addition of its own', () => {
    const v = variants('Each Party shall protect the data.', 'The Ministry requires each Party to protect the data.');
    expect(v.some((x) => x.type === 'addition' && x.reading.includes('Ministry'))).toBe(true);
  });
});

describe('a participle qualifying a noun is no directive verb ("for which they were requested")', () => {
  it('in a passive relative clause: the duty dropped beside it is the omission, the auxiliary weakened', () => {
    const v = variants('Data shall be used for the purpose for which they were requested and shall be deleted.', 'Data will be deleted.');
    expect(v.filter((x) => x.type === 'modality').map((x) => [x.base, x.reading, x.direction])).toEqual([['shall', 'will', 'weakened']]);
    expect(v.some((x) => x.type === 'omission' && x.base.includes('requested'))).toBe(true);
  });
  it('other wordings: "which was asked for", a reduced relative "the data requested by"', () => {
    const a = variants('The information which was asked for shall be given promptly.', 'The information will be given promptly.');
    expect(a.filter((x) => x.type === 'modality').map((x) => [x.base, x.reading, x.direction])).toEqual([['shall', 'will', 'weakened']]);
    expect(a.some((x) => x.type === 'omission' && x.base === 'which was asked for')).toBe(true);
    const b = variants('The provider shall produce the data requested by the authority and shall keep records.', 'The provider will keep records.');
    expect(b.filter((x) => x.type === 'modality').map((x) => [x.base, x.reading, x.direction])).toEqual([['shall', 'will', 'weakened']]);
  });
  it('near miss: a passive that addresses someone ("Parties are requested to", in a relative clause too) stays a directive', () => {
    expect(modal('Parties are requested to report annually.', 'Parties are urged to report annually.')).toEqual([['requested', 'urged', 'strengthened']]);
    expect(modal('Parties that are requested to report shall do so annually.', 'Parties that are required to report shall do so annually.')).toEqual([['requested', 'required', 'strengthened']]);
    expect(modal('The Council requested the Secretary-General to report.', 'The Council urged the Secretary-General to report.')).toEqual([['requested', 'urged', 'strengthened']]);
  });
});

describe('a rule restructured around its modal, the modal moved with a new predicate', () => {
  const J = 'Orders shall not be issued for data relating to journalists or their sources.';
  it('the prohibition moved into a passive keeps its force compared: shall not → should not, the former subject dropped', () => {
    const v = variants(J, 'Data about journalists or their sources should not be sought.');
    expect(v.filter((x) => x.type === 'modality').map((x) => [x.base, x.reading, x.direction])).toEqual([['shall not', 'should not', 'weakened']]);
    expect(v.filter((x) => x.type === 'omission' || x.type === 'addition').map((x) => [x.type, x.base, x.reading])).toEqual([['omission', 'Orders', '']]);
    expect(v.some((x) => x.type === 'lexical' && x.base.includes('issued') && x.reading === 'sought')).toBe(true);
  });
  it('other wordings: should not → may not, shall not → must never, should → must after a fronted phrase', () => {
    expect(modal('Providers should not disclose the identity of informants to the authority.', 'The identity of informants to the authority may not be revealed.')).toEqual([['should not', 'may not', 'strengthened']]);
    expect(modal('Providers must not disclose the identity of informants to the authority.', 'The identity of informants to the authority may not be revealed.')).toEqual([['must not', 'may not', undefined]]);
    expect(modal('Warrants shall not be granted for devices belonging to lawyers.', 'Devices belonging to lawyers must never be searched.')).toEqual([['shall not', 'must never', 'strengthened']]);
    expect(modal('Requests should be refused in cases concerning political offences.', 'In cases concerning political offences, a request must be refused.')).toEqual([['should', 'must', 'strengthened']]);
  });
  it('the same force moved is no change of force, and not a whole prohibition dropped and added again', () => {
    const v = variants(J, 'Data about journalists or their sources shall not be sought.');
    expect(v.some((x) => x.type === 'modality')).toBe(false);
    expect(v.some((x) => (x.type === 'omission' || x.type === 'addition') && (x.base + x.reading).includes('shall not'))).toBe(false);
  });
  it('near miss: a prohibition dropped and a duty to do something else added stay an omission and an addition', () => {
    const v = variants('The authority shall keep the records, and the provider shall not delete data about users.', 'The authority shall keep the records about users, and data should be archived.');
    expect(v.some((x) => x.type === 'modality' || x.type === 'negation')).toBe(false);
    expect(v.some((x) => x.type === 'omission' && x.base.includes('shall not delete'))).toBe(true);
  });
  it('near miss: the modal added in another sentence is no pair', () => {
    const v = variants('Orders shall not be issued for journalists. Providers keep logs.', 'Providers keep logs. Journalists should not be targeted.');
    expect(v.some((x) => x.type === 'modality')).toBe(false);
  });
});

describe('a coordinated predicate whose verb the witness leaves unsaid ("…, and also to X")', () => {
  const pick = (b: string, r: string) => variants(b, r).filter((x) => x.type !== 'grammatical').map((x) => [x.type, x.base, x.reading]);
  it('the negation dropped with the repeated verb is one negation, not a rewording beside an omitted verb', () => {
    expect(pick('This Agreement shall apply to stored data, but shall not apply to data collected in real time.', 'This Agreement applies to stored data, and also to data collected in real time.')).toEqual([
      ['negation', 'but shall not apply', 'and also'],
    ]);
    expect(pick('The Regulation shall cover public bodies, but shall not cover private firms.', 'The Regulation covers public bodies, and also private firms.')).toEqual([['negation', 'but shall not cover', 'and also']]);
    expect(pick('Providers shall notify the authority, but shall not notify the user.', 'Providers shall notify the authority, and also the user.')).toEqual([['negation', 'but shall not notify', 'and also']]);
  });
  it('near miss: "except" (a word of content) or another verb is no ellipsis of the verb', () => {
    const v = pick('This Agreement shall apply to stored data, but shall not apply to data collected in real time.', 'This Agreement applies to stored data, except data collected in real time.');
    expect(v.some((x) => x[0] === 'negation')).toBe(false);
    expect(pick('Providers shall notify the authority, but shall not inform the user.', 'Providers shall notify the authority, and also the user.').some((x) => x[0] === 'negation')).toBe(false);
  });
});

describe('a statement of the law negated is a change of the rule\'s scope, not a prohibition', () => {
  const why = (b: string, r: string) => variants(b, r).filter((x) => x.type === 'negation').map((x) => x.explanation.split(' — ')[1]);
  it('"shall not apply" → "shall also apply", "This Chapter shall apply" → "shall not apply"', () => {
    expect(why('This Agreement shall apply to stored data, but shall not apply to data collected in real time.', 'This Agreement shall apply to stored data, and shall also apply to data collected in real time.')).toEqual(["the rule's scope changed: what it excluded it now covers"]);
    expect(why('This Chapter shall apply to measures taken by a Party.', 'This Chapter shall not apply to measures taken by a Party.')).toEqual(["the rule's scope changed: what it covered it now excludes"]);
  });
  it('near miss: a party that shall not apply its laws is forbidden to', () => {
    expect(why('Each Party shall apply its laws to stored data, but shall not apply them to data collected in real time.', 'Each Party shall apply its laws to stored data, and shall also apply them to data collected in real time.')).toEqual(['a prohibition becomes an obligation']);
  });
});

describe('a permission restricted to one case ("may be issued only by") binds as "shall … only by" (restricted-permission)', () => {
  it('"shall" → "may" under the same restriction is the same rule: grammatical', () => {
    const g = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading]);
    expect(g('A production order shall be issued only by a judge or a court.', 'A production order may be issued only by a judge or a court.')).toEqual([['grammatical', 'shall', 'may']]);
    expect(g('Data shall only be used for the purpose of the investigation.', 'Data may only be used for the purpose of the investigation.')).toEqual([['grammatical', 'shall', 'may']]);
    expect(g('Exporters may transfer the data only if the authority consents.', 'Exporters shall transfer the data only if the authority consents.')).toEqual([['grammatical', 'may', 'shall']]);
  });
  it('another force against the restricted permission still has its direction', () => {
    expect(modal('A production order must be issued only by a judge.', 'A production order may be issued only by a judge.')).toEqual([]);
    expect(modal('A production order will be issued only by a judge.', 'A production order may be issued only by a judge.')).toEqual([['will', 'may', 'strengthened']]);
    expect(modal('A production order should be issued only by a judge.', 'A production order may be issued only by a judge.')).toEqual([['should', 'may', 'strengthened']]);
    expect(modal('Data may be used solely for research.', 'Data must be used solely for research.')).toEqual([]);
    expect(modal('Data may be used solely for research.', 'Data should be used solely for research.')).toEqual([['may', 'should', 'weakened']]);
  });
  it('near miss: a restriction of the quantity, or the restriction dropped, leaves "may" a bare permission', () => {
    expect(modal('Each Party shall designate only one authority.', 'Each Party may designate only one authority.')).toEqual([['shall', 'may', 'weakened']]);
    expect(modal('A production order shall be issued only by a judge.', 'A production order may be issued by a judge.')).toEqual([['shall', 'may', 'weakened']]);
  });
});

describe('modality: a directive verb with its speaker reworded ("The Group urges" → "The Ministers call upon")', () => {
  const pick = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.direction ?? null, x.base, x.reading]);
  it('the speaker and the directive verb are two variants, even when the tagger reads the verb as a noun', () => {
    expect(pick('The Group urges States to implement these norms.', 'The Ministers call upon States to implement these norms.')).toEqual([
      ['lexical', null, 'Group', 'Ministers'],
      ['modality', 'weakened', 'urges', 'call upon'],
    ]);
    expect(pick('The Group urges States to implement these norms.', 'The Council requests States to implement these norms.')).toEqual([
      ['lexical', null, 'Group', 'Council'],
      ['modality', 'weakened', 'urges', 'requests'],
    ]);
    expect(pick('The Committee invites Parties to report annually.', 'The delegates call on Parties to report annually.')).toEqual([
      ['lexical', null, 'Committee', 'delegates'],
      ['modality', 'strengthened', 'invites', 'call on'],
    ]);
    expect(ofType('The Group urges States to implement these norms.', 'The Ministers call upon Member States to implement these norms.', 'modality').map((v) => [v.base, v.reading])).toEqual([['urges', 'call upon']]);
  });
  it('near misses: a call as a noun (after a possessive, governed by a preposition) is no directive', () => {
    expect(ofType('The Group urges States to implement these norms.', "The Ministers' call upon States to implement these norms.", 'modality')).toEqual([]);
    expect(types('The Ministers discussed the call upon States.', 'The Ministers discussed the calls upon States.')).toEqual(['grammatical']);
  });
  it('the directive frames: a verb read as a noun after the subject it agrees with, not after a preposition or in disagreement', () => {
    const lex = loadLexicons();
    const verbs = (s: string) => buildSide(tokenise(s), lex).frames.map((f) => f.verbWord);
    expect(verbs('The Council requests States to share data.')).toEqual(['request']);
    expect(verbs('The Ministers call upon States to share data.')).toEqual(['call upon']);
    expect(verbs('With Council requests States should share data.')).toEqual([null]);
    expect(verbs('States act on Council requests from the public.')).toEqual([]);
  });
});

describe("modality: a commitment not to act ('We commit not to conduct', 'commits never to')", () => {
  const pick = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.direction ?? null, x.base, x.reading]);
  it('the negated commitment is a prohibition with its strength, one variant over the whole frame', () => {
    expect(pick('States should not conduct ICT activity that damages critical infrastructure.', 'We commit not to conduct ICT activity that damages critical infrastructure.')).toEqual([
      ['actor', null, 'States', 'We'],
      ['modality', 'strengthened', 'should not', 'commit not to'],
    ]);
    expect(ofType('A State should not conduct ICT activity that damages critical infrastructure.', 'Our country commits never to conduct ICT activity that damages critical infrastructure.', 'modality').map((v) => [v.base, v.reading, v.direction])).toEqual([
      ['should not', 'commits never to', 'strengthened'],
    ]);
    expect(modal('States must not attack hospitals.', 'States agree not to attack hospitals.')).toEqual([['must not', 'agree not to', 'weakened']]);
    expect(modal('States should not attack hospitals.', 'We pledge never to attack hospitals.')).toEqual([['should not', 'pledge never to', 'strengthened']]);
  });
  it('the same force in other words is one lexical variant over the whole frame, not a "to" added beside it', () => {
    expect(pick('Parties shall not disclose the data.', 'Parties undertake not to disclose the data.')).toEqual([['modality', null, 'shall not', 'undertake not to']]);
    expect(pick('States should not attack hospitals.', 'States ought not to attack hospitals.')).toEqual([['modality', null, 'should not', 'ought not to']]);
  });
  it('near misses: "not" dropped after the commitment is a negation; "not only to" is no prohibition', () => {
    expect(pick('Each State commits never to attack hospitals.', 'Each State commits to attack hospitals.').map((v) => [v[0], v[2], v[3]])).toEqual([['negation', 'never', '']]);
    expect(ofType('We commit to share data and to publish it.', 'We commit not only to share data but to publish it.', 'modality')).toEqual([]);
    expect(ofType('We commit to share data and to publish it.', 'We commit not only to share data but to publish it.', 'negation')).toEqual([]);
  });
});

describe('modality: a party bound to encourage others, now itself encouraged ("should encourage" → "are encouraged")', () => {
  const why = (b: string, r: string) => ofType(b, r, 'modality').map((v) => [v.direction, v.explanation.split(' — ')[0]]);
  it('the force is the auxiliary on the active side, the directive on the passive side', () => {
    expect(why('States should encourage responsible reporting of vulnerabilities.', 'Governments are encouraged to report vulnerabilities.')).toEqual([['weakened', "obligation weakened: 'should' (4) → 'encourage' (2)"]]);
    expect(why('States should encourage companies to report vulnerabilities.', 'States are encouraged to report vulnerabilities.')).toEqual([['weakened', "obligation weakened: 'should' (4) → 'encourage' (2)"]]);
    expect(why('States are requested to report vulnerabilities.', 'States must request companies to report vulnerabilities.')).toEqual([['strengthened', "obligation strengthened: 'request' (3) → 'must' (5)"]]);
  });
  it('near misses: the same construction on both sides compares the directive verbs or the auxiliaries', () => {
    expect(why('States are encouraged to report.', 'States are required to report.')).toEqual([['strengthened', "obligation strengthened: 'encourage' (2) → 'require' (5)"]]);
    expect(why('States should encourage companies to report.', 'States must encourage companies to report.')).toEqual([['strengthened', "obligation strengthened: 'should' (4) → 'must' (5)"]]);
  });
});

describe('a verb of permitting under another frame is the act the party is bound to (modality.yaml `act`)', () => {
  it('"shall allow" binds as "shall": encouraged or invited to permit is weakened, required to permit strengthened', () => {
    expect(modal('Each Party shall allow the cross-border transfer of information.', 'Each Party is encouraged to permit the cross-border transfer of information.')).toEqual([['shall', 'is encouraged to', 'weakened']]);
    expect(modal('Member States shall permit data to flow freely across borders.', 'Member States are invited to allow data to flow freely across borders.')).toEqual([['shall', 'are invited to', 'weakened']]);
    expect(modal('Each Party shall authorise the import of software.', 'Each Party may authorise the import of software.')).toEqual([['shall', 'may', 'weakened']]);
    // ("is required to" is the periphrastic "shall": the same force, trial 60 #2)
    const v = ofType('Each Party shall allow the transfer of information.', 'Each Party is required to permit the transfer of information.', 'modality');
    expect(v.map((x) => x.direction ?? null)).toEqual([null]);
    expect(ofType('Each Party shall allow the transfer of information.', 'The Regulation requires each Party to permit the transfer of information.', 'modality').map((x) => x.direction)).toEqual(['strengthened']);
  });
  it('the verb of permitting replaced is a change of wording of its own', () => {
    expect(types('Each Party shall allow the transfer of information.', 'Each Party is encouraged to permit the transfer of information.')).toContain('lexical');
    expect(types('Each Party shall allow the transfer of information.', 'Each Party shall permit the transfer of information.')).toEqual(['lexical']);
  });
  it('near miss: alone, a verb of permitting is a permission ("allows" → "requires" strengthened)', () => {
    expect(modal('The Regulation allows the Authority to audit providers.', 'The Regulation requires the Authority to audit providers.')).toEqual([['allows', 'requires', 'strengthened']]);
  });
});

describe('the pieces of one base frame, one read against no modal and one against a modal', () => {
  it('are one change of force ("Nothing … from" → "must": may → must), not also "Nothing" → no modal', () => {
    const vs = ofType('Nothing in this Article shall prevent a Party from adopting measures.', 'And a Party must adopt measures.', 'modality');
    expect(vs.map((v) => [v.direction, v.base, v.reading])).toEqual([['strengthened', 'Nothing in this Article shall prevent a Party from', 'must']]);
  });
  it('near miss: a modal dropped with no other piece of its frame is still weakened', () => {
    expect(modal('Each Party shall publish the list.', 'Each Party publishes the list.').map((x) => x[2])).toEqual(['weakened']);
  });
});

describe('a prohibition\'s second limb restated with "nor" carries the first limb\'s prohibition over', () => {
  const vs = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('", and should not" → ", nor" is one change, compared with the force before "nor" (should not → will never)', () => {
    const v = variants(
      'States should not support activity to harm the systems of the emergency response teams of another State, and should not use emergency response teams to engage in malicious activity.',
      'We will never attack the emergency response teams of another country, nor use our own teams to engage in malicious activity.',
    );
    expect(v.filter((x) => x.base === 'State' || x.base.includes('and')).map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['lexical', null, 'State', 'country'],
      ['modality', 'strengthened', ', and should not', ', nor'],
    ]);
    expect(v.find((x) => x.reading === ', nor')?.explanation).toContain("'should not' (4) → 'will never' (5.5) — the limb continues the prohibition before it under 'nor'");
    // other wordings: "must never" over "shall not" (strengthened), "should not" under "shall not" (weakened)
    expect(vs('Parties shall not export such items, and shall not transfer them to third parties.', 'Parties must never export such items, nor transfer them to third parties.')).toEqual([
      ['modality', 'strengthened', 'shall not', 'must never'],
      ['modality', 'strengthened', ', and shall not', ', nor'],
    ]);
    expect(vs('States shall not conduct such operations, and shall not assist others in doing so.', 'States should not conduct such operations, nor assist others in doing so.')).toEqual([
      ['modality', 'weakened', 'shall', 'should'],
      ['modality', 'weakened', ', and shall not', ', nor'],
    ]);
  });
  it('the same force before "nor" is grammatical, with or without the comma', () => {
    expect(vs('Providers must not sell the data, and must not share it with advertisers.', 'Providers must not sell the data, nor share it with advertisers.')).toEqual([['grammatical', null, ', and must not', ', nor']]);
    expect(vs('Providers must not sell the data and must not share it with advertisers.', 'Providers must not sell the data nor share it with advertisers.')).toEqual([['grammatical', null, 'and must not', 'nor']]);
  });
  it('near misses: ", and should not" → ", and may" is a change of force; a limb with no prohibition in the base is no continuation', () => {
    expect(vs('States should not harm the systems of another State, and should not use their teams to engage in malicious activity.', 'States should not harm the systems of another State, and may use their teams to engage in malicious activity.')).toEqual([['negation', 'weakened', 'should not', 'may']]);
    const flip = variants('States should protect the networks, and should share information on threats.', 'States should not attack the networks, nor share information on threats.');
    expect(flip.find((x) => x.reading === 'nor')?.type).toBe('negation');
    expect(flip.some((x) => x.explanation.includes('continues'))).toBe(false);
  });
});

describe('the verbs of forbidding are one kind of act (modality.yaml: prohibit, forbid, ban, bar, outlaw, proscribe)', () => {
  const vs = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"may be prohibited" → "shall be banned" is the ban made a duty: may → shall, strengthened (not a prohibition turned into an obligation)', () => {
    const v = variants('Persons directly responsible may be prohibited from serving as directors for five years.', 'Persons directly responsible shall be banned from serving as directors for five years.');
    expect(v.map((x) => [x.type, x.direction ?? null])).toEqual([['modality', 'strengthened']]);
    expect(v[0].explanation).toContain("'may' (1) → 'shall' (5)");
    // other wordings: barred, the active voice, outlawed
    expect(vs('Offenders may be prohibited from holding office.', 'Offenders shall be barred from holding office.')).toEqual([['modality', 'strengthened', 'may be prohibited', 'shall be barred']]);
    expect(vs('The authority may prohibit persons directly responsible from serving as directors.', 'The authority shall ban persons directly responsible from serving as directors.')).toEqual([['modality', 'strengthened', 'may prohibit', 'shall ban']]);
    expect(vs('Member States shall forbid the sale of such devices.', 'Member States may outlaw the sale of such devices.')).toEqual([['modality', 'weakened', 'shall forbid', 'may outlaw']]);
  });
  it('one forbidding verb for another under the same auxiliary is no change of force', () => {
    expect(ofType('States shall prohibit the export of spyware.', 'States shall ban the export of spyware.', 'modality').map((v) => v.direction ?? null)).toEqual([null]);
    expect(ofType('States shall prohibit the export of spyware.', 'States shall ban the export of spyware.', 'negation')).toEqual([]);
    expect(ofType('The law bans the export of spyware.', 'The law prohibits the export of spyware.', 'negation')).toEqual([]);
  });
  it('near misses: permitting against banning reverses the rule; a ban as a noun is no directive', () => {
    expect(vs('States may allow the export of spyware.', 'States may ban the export of spyware.')).toEqual([['negation', null, 'allow', 'ban']]);
    expect(vs('States shall permit the export of spyware.', 'States shall outlaw the export of spyware.')).toEqual([['negation', null, 'permit', 'outlaw']]);
    expect(vs('States shall impose a ban on the export of spyware.', 'States shall impose a bar on the export of spyware.')).toEqual([['lexical', null, 'ban', 'bar']]);
    // a participle after its noun qualifies it ("persons barred from …"): the modal is the rule's
    expect(vs('Persons barred from serving may not act as directors.', 'Persons barred from serving shall not act as directors.').map((x) => x[0])).not.toContain('negation');
  });
});

describe('"require" with a thing as its object is the act, not a directive (modality.yaml `object-act`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"should consider requiring a licence" → "shall require a licence": should → shall (4 → 5) and the hedge dropped, as with another act', () => {
    const v = variants('States should consider requiring a licence for unlisted items.', 'States shall require a licence for unlisted items.');
    // (one change of force over modal, hedge and act since trial 63 #5: fix14-safety.test.ts)
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['modality', 'strengthened', 'should consider requiring', 'shall require'],
    ]);
    expect(v[0].explanation).toContain("'should' (4) → 'shall' (5)");
    // the same shape as with "introduce"
    expect(brief('States should consider introducing a licence for unlisted items.', 'States shall introduce a licence for unlisted items.').map((x) => x.slice(0, 2))).toEqual(v.map((x) => [x.type, x.direction ?? null]));
    expect(brief('Member States should consider requiring prior authorisation for such transfers.', 'Member States shall require prior authorisation for such transfers.')).toEqual([
      ['modality', 'strengthened', 'should consider requiring', 'shall require'],
    ]);
    expect(modal('States should require a licence for unlisted items.', 'States shall require a licence for unlisted items.')).toEqual([['should', 'shall', 'strengthened']]);
    expect(ofType('States should require a licence for unlisted items.', 'States shall require a licence for unlisted items.', 'modality')[0].explanation).toContain("'should' (4) → 'shall' (5)");
  });
  it('"shall require a licence" → "must license": the same duty (shall = must), not "require" (6) → "must" (5)', () => {
    const v = variants('States shall require a licence for the export of listed items.', 'States must license the export of listed items.');
    expect(v.filter((x) => x.type === 'modality').map((x) => x.direction ?? null)).toEqual([null]);
  });
  it('near misses: someone made to act is a directive ("require exporters to obtain"); alone, "requires a licence" keeps its force', () => {
    expect(modal('States should encourage exporters to obtain a licence.', 'States should require exporters to obtain a licence.')).toEqual([['encourage', 'require', 'strengthened']]);
    expect(ofType('States should encourage exporters to obtain a licence.', 'States should require exporters to obtain a licence.', 'modality')[0].explanation).toContain("'require' (6)");
    expect(modal('The Regulation requires a licence for exports.', 'The Regulation encourages a licence for exports.')).toEqual([['requires', 'encourages', 'weakened']]);
    // the act "require" against a directive verb in its place is still compared verb to verb
    expect(modal('States shall require a licence for exports.', 'States shall request a licence for exports.')).toEqual([['require', 'request', 'weakened']]);
    expect(modal('States should require a licence for unlisted items.', 'States should encourage a licence for unlisted items.')).toEqual([['require', 'encourage', 'weakened']]);
    expect(types('States shall require a licence for exports.', 'States shall obtain a licence for exports.')).toEqual(['lexical']);
    // the passive stays a directive (an exemption when negated)
    expect(ofType('A licence is required for exports.', 'A licence is not required for exports.', 'negation')[0].explanation).toContain('an obligation becomes an exemption');
  });
});

describe('the inner marker of a chain opening a larger rewording', () => {
  const mod = (b: string, r: string) => ofType(b, r, 'modality').map((v) => [v.base, v.reading, v.direction]);
  it('"will endeavour to support capacity building" → "will train together": the hedge dropped, strengthened, and a lexical for the rest', () => {
    const vs = variants('The Participants will endeavour to support capacity building through training.', 'The Participants will train together.');
    expect(vs.map((v) => [v.type, v.base, v.reading, v.direction ?? null])).toEqual([
      ['modality', 'endeavour to', '', 'strengthened'],
      ['lexical', 'support capacity building through training', 'train together', null],
    ]);
  });

  it('in other wordings, and the other way round (weakened)', () => {
    expect(mod('The Parties shall seek to establish a joint committee on export controls.', 'The Parties shall create a joint committee.')).toEqual([['seek to', '', 'strengthened']]);
    expect(mod('States should strive to reduce their emissions substantially.', 'States should cut emissions.')).toEqual([['strive to', '', 'strengthened']]);
    expect(mod('The Participants will train together.', 'The Participants will endeavour to support capacity building through training.')).toEqual([['', 'endeavour to', 'weakened']]);
  });

  it('near misses: no chain on either side, or the same chain on both, is no change of force', () => {
    expect(types('The Participants will support capacity building through training.', 'The Participants will train together.')).not.toContain('modality');
    expect(types('The Participants will endeavour to support capacity building through training.', 'The Participants will endeavour to train together.')).not.toContain('modality');
  });
});

describe('a modal restated as a directive verb in the passive is one variant', () => {
  it('"should" → "is encouraged to", "shall" → "are requested to": no grammatical "is" / "to" beside the modality', () => {
    const a = variants('The provider should publish a transparency report every year.', 'The provider is encouraged to publish a transparency report every year.');
    expect(a.map((v) => [v.type, v.base, v.reading, v.direction])).toEqual([['modality', 'should', 'is encouraged to', 'weakened']]);
    const b = variants('States shall cooperate on incident response.', 'States are requested to cooperate on incident response.');
    expect(b.map((v) => [v.type, v.base, v.reading, v.direction])).toEqual([['modality', 'shall', 'are requested to', 'weakened']]);
    const c = variants('States are urged to cooperate.', 'States should cooperate.');
    expect(c.map((v) => [v.type, v.base, v.reading])).toEqual([['modality', 'are urged to', 'should']]);
  });

  it('near miss: an intensifier between "be" and the verb stays its own variant', () => {
    expect(types('States should share information.', 'States are strongly encouraged to share information.')).toContain('addition');
  });
});

describe('a modal repeated before a verb coordinated with a directive verb ("should encourage X and [should] share Y")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the bare verb is bound by the auxiliary, not by "encourage": the same force, grammatical', () => {
    expect(rows('Member States should encourage responsible reporting of vulnerabilities and share information on remedies.', 'Member States should encourage responsible reporting of vulnerabilities and should share information on remedies.')).toEqual([
      ['grammatical', null, '', 'should'],
    ]);
    expect(rows('Member States should encourage responsible reporting of vulnerabilities and should share information on remedies.', 'Member States should encourage responsible reporting of vulnerabilities and share information on remedies.')).toEqual([
      ['grammatical', null, 'should', ''],
    ]);
    expect(rows('The Parties shall welcome observers and also publish the results.', 'The Parties shall welcome observers and shall also publish the results.')).toEqual([
      ['grammatical', null, '', 'shall'],
    ]);
  });
  it('another modal written out is compared with the auxiliary', () => {
    expect(rows('Member States should encourage responsible reporting of vulnerabilities and share information on remedies.', 'Member States should encourage responsible reporting of vulnerabilities and must share information on remedies.')).toEqual([
      ['modality', 'strengthened', '', 'must'],
    ]);
    expect(variants('Member States should encourage responsible reporting and share information.', 'Member States should encourage responsible reporting and may share information.')[0].explanation).toContain("'should' (4) → 'may' (1)");
  });
  it('near miss: a verb under what "encourage" urges ("encourage X to report and share", "are encouraged to") keeps its force', () => {
    expect(rows('States should encourage others to report vulnerabilities and share information.', 'States should encourage others to report vulnerabilities and should share information.')).toEqual([
      ['modality', 'strengthened', '', 'should'],
    ]);
    expect(rows('States are encouraged to report vulnerabilities and share information.', 'States are encouraged to report vulnerabilities and should share information.')).toEqual([
      ['modality', 'strengthened', '', 'should'],
    ]);
  });
});

describe('a modal written out before a directive verb coordinated with another predicate ("should protect data and [shall] also encourage")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the two modals are compared, not the first modal with the directive verb', () => {
    expect(rows('States should protect personal data, and also encourage companies to comply.', 'States should protect personal data, and shall also encourage companies to comply.')).toEqual([
      ['modality', 'strengthened', '', 'shall'],
    ]);
    expect(variants('States should protect data and also encourage companies to comply.', 'States should protect data and shall also encourage companies to comply.')[0].explanation).toContain("'should' (4) → 'shall' (5)");
    expect(rows('States should protect data and also encourage companies to comply.', 'States should protect data and may also encourage companies to comply.')).toEqual([
      ['modality', 'weakened', '', 'may'],
    ]);
  });
  it('the other way: the modal dropped', () => {
    expect(rows('States should protect data and shall also encourage companies to comply.', 'States should protect data and also encourage companies to comply.')).toEqual([
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
  it('near miss: the directive verb itself changed is compared as before', () => {
    expect(rows('States should protect data and also encourage companies to comply.', 'States should protect data and also require companies to comply.')).toEqual([
      ['modality', 'strengthened', 'encourage', 'require'],
    ]);
  });
});

describe('a coordinated verb under the first modal with a qualifier between ("and, where appropriate, establish")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the modal not repeated is grammar; the qualifier is its own variant', () => {
    expect(rows('States should encourage reporting and should establish procedures.', 'States should encourage reporting and, where appropriate, establish procedures.')).toEqual([
      ['grammatical', null, 'should', ''],
      ['qualifier-added', 'weakened', '', ', where appropriate,'],
    ]);
    expect(rows('States should encourage reporting and, where appropriate, establish procedures.', 'States should encourage reporting and should establish procedures.')).toEqual([
      ['grammatical', null, '', 'should'],
      ['qualifier-dropped', 'strengthened', ', where appropriate,', ''],
    ]);
  });
  it('near miss: another modal written out there is compared with the first', () => {
    expect(rows('States should encourage reporting and, where appropriate, establish procedures.', 'States should encourage reporting and must establish procedures.').slice(0, 1)).toEqual([
      ['modality', 'strengthened', '', 'must'],
    ]);
  });
});

describe('a modal elided beside a limb added to the series ("and should share" → ", train staff and share")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the modal not repeated is grammar, the limb an addition (or omission), as with two verbs', () => {
    expect(rows('States should protect networks and should share information.', 'States should protect networks, train staff and share information.')).toEqual([
      ['addition', null, '', ', train staff'],
      ['grammatical', null, 'should', ''],
    ]);
    expect(rows('States should protect networks and should share information.', 'States should protect networks and train staff and share information.')).toEqual([
      ['grammatical', null, 'should', ''],
      ['addition', null, '', 'train staff and'],
    ]);
    expect(rows('States should protect networks and train staff and share information.', 'States should protect networks and should share information.')).toEqual([
      ['omission', null, 'train staff and', ''],
      ['grammatical', null, '', 'should'],
    ]);
  });
  it('near miss: another modal in its place, or a modal rephrased, is compared with it', () => {
    expect(rows('States should protect networks and should share information.', 'States should protect networks and must share information.')).toEqual([['modality', 'strengthened', 'should', 'must']]);
    expect(rows('States should share information.', 'States is expected to share information.').map((x) => x[0])).toEqual(['modality']);
  });
});

describe('a verb of forbidding dropped as one of two coordinated acts ("limit or prohibit" → "limit")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('an act fewer (or more): omission or addition, no polarity, no modal', () => {
    expect(rows('These norms do not seek to limit or prohibit lawful action.', 'These norms do not seek to limit lawful action.')).toEqual([['omission', null, 'or prohibit', '']]);
    expect(rows('These norms do not seek to limit lawful action.', 'These norms do not seek to limit or prohibit lawful action.')).toEqual([['addition', null, '', 'or prohibit']]);
    expect(rows('States should monitor and prohibit the sale of spyware.', 'States should monitor the sale of spyware.')).toEqual([['omission', null, 'and prohibit', '']]);
  });
  it('near miss: a modal elided in a coordination stays grammar', () => {
    expect(rows('States should protect data and should share information.', 'States should protect data and share information.')).toEqual([['grammatical', null, 'should', '']]);
  });
});

describe('a modal in a clause of purpose binds no one (modality.yaml purpose-clauses)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"to enable users to identify" → "so that users can (may) identify": the rule is still "will", no modality', () => {
    const b = 'Signatories will develop mechanisms to enable users to identify AI-generated content.';
    expect(rows(b, 'Signatories will develop mechanisms so that users can identify AI-generated content.')).toEqual([
      ['lexical', null, 'to enable', 'so that'],
      ['grammatical', null, 'to', 'can'],
    ]);
    expect(modal(b, 'Signatories will develop mechanisms so that users may identify AI-generated content.')).toEqual([]);
    expect(variants(b, 'Signatories will develop mechanisms so that users can identify AI-generated content.')[1].explanation).toContain('the modal of a clause of purpose binds no one');
  });
  it('in other wordings: "so that the public can", "in order that the Committee may"', () => {
    expect(modal('Providers shall label synthetic content to enable the public to recognise it.', 'Providers shall label synthetic content so that the public can recognise it.')).toEqual([]);
    expect(types('The Parties shall exchange data so that the Committee can review compliance.', 'The Parties shall exchange data in order that the Committee may review compliance.')).not.toContain('modality');
  });
  it('one purpose modal for another is the purpose reworded: lexical, no direction', () => {
    expect(rows('Member States should publish guidance so that operators can comply with the rules.', 'Member States should publish guidance so that operators must comply with the rules.')).toEqual([
      ['lexical', null, 'can', 'must'],
    ]);
  });
  it('near miss: the rule\'s own modal changed or dropped beside the purpose clause is a modality', () => {
    const b = 'Signatories will develop mechanisms so that users can identify AI-generated content.';
    expect(modal(b, 'Signatories can develop mechanisms so that users can identify AI-generated content.')).toEqual([['will', 'can', 'weakened']]);
    expect(variants(b, 'Signatories develop mechanisms so that users can identify AI-generated content.').map((v) => [v.type, v.direction, v.explanation])).toEqual([
      ['modality', 'weakened', "obligation weakened: 'will' (4.5) → 'no modal' (0)"],
    ]);
  });
  it('near miss: a modal in a coordinated clause ("and regulators can act") is a rule of its own', () => {
    expect(modal('States should share information and regulators can act.', 'States should share information and regulators must act.')).toEqual([['can', 'must', 'strengthened']]);
  });
});

describe('a coordinated clause with a subject of its own is not under the modal before it', () => {
  it('"…, and the Secretariat shall maintain" → "…, and the Secretariat maintains": the duty dropped, not a modal unrepeated', () => {
    const ex = (b: string, r: string) => ofType(b, r, 'modality').map((v) => [v.base, v.reading, v.direction, v.explanation]);
    expect(ex('States should not harm the systems of other States, and the Secretariat shall maintain a directory of contacts.', 'States should not harm the systems of other States, and the Secretariat maintains a directory of contacts.')).toEqual([
      ['shall', '', 'weakened', "obligation weakened: 'shall' (5) → 'no modal' (0)"],
    ]);
    // (before, the explanation named the other clause's directive: 'shall' (5) → 'request' (3))
    expect(ex('Parties may request assistance, and the Agency shall publish a list of experts.', 'Parties may request assistance, and the Agency publishes a list of experts.')).toEqual([
      ['shall', '', 'weakened', "obligation weakened: 'shall' (5) → 'no modal' (0)"],
    ]);
    expect(ex('States shall protect data; the Secretariat shall keep a register.', 'States shall protect data; the Secretariat keeps a register.')).toEqual([
      ['shall', '', 'weakened', "obligation weakened: 'shall' (5) → 'no modal' (0)"],
    ]);
  });
  it('near miss: a predicate with no subject of its own is under the modal before it', () => {
    expect(variants('States should protect data, and should report incidents.', 'States should protect data, and report incidents.').map((v) => [v.type, v.explanation])).toEqual([
      ['grammatical', "grammatical (modal not repeated, same force): 'should' omitted"],
    ]);
  });
  it('a directive verb with no modal of its own in such a clause takes none from the clause before ("…, and the Secretariat encourages")', () => {
    const ex = (b: string, r: string) => ofType(b, r, 'modality').map((v) => [v.base, v.reading, v.direction, v.explanation]);
    expect(ex('States should protect data, and the Secretariat encourages cooperation.', 'States should protect data, and the Secretariat shall encourage cooperation.')).toEqual([
      ['encourages', 'shall encourage', 'strengthened', "obligation strengthened: 'no modal' (0) → 'shall' (5)"],
    ]);
    // other words, "but", a subject with a hyphen and a phrase after its head
    expect(ex('Parties must report annually, but the Commission urges transparency.', 'Parties must report annually, but the Commission shall urge transparency.')).toEqual([
      ['urges', 'shall urge', 'strengthened', "obligation strengthened: 'no modal' (0) → 'shall' (5)"],
    ]);
    expect(ex('States should protect data, and the Secretary-General of the Organization encourages cooperation.', 'States should protect data, and the Secretary-General of the Organization shall encourage cooperation.')).toEqual([
      ['encourages', 'shall encourage', 'strengthened', "obligation strengthened: 'no modal' (0) → 'shall' (5)"],
    ]);
    // as in a sentence of its own
    expect(ex('States should protect data. The Secretariat encourages cooperation.', 'States should protect data. The Secretariat shall encourage cooperation.')).toEqual([
      ['encourages', 'shall encourage', 'strengthened', "obligation strengthened: 'no modal' (0) → 'shall' (5)"],
    ]);
  });
  it('near miss: a directive verb with no subject of its own is under the modal before it', () => {
    expect(ofType('States should protect data and encourage cooperation.', 'States should protect data and shall encourage cooperation.', 'modality').map((v) => v.explanation)).toEqual([
      "obligation strengthened: 'should' (4) → 'shall' (5)",
    ]);
    expect(ofType('States should protect data, and, where possible, encourage cooperation.', 'States should protect data, and, where possible, shall encourage cooperation.', 'modality').map((v) => v.explanation)).toEqual([
      "obligation strengthened: 'should' (4) → 'shall' (5)",
    ]);
  });
});

describe('a modal against the conditional "would" (modality.yaml past-forms.conditional)', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('shall → would is weakened, as will → would is', () => {
    expect(pick('States shall address obstacles.', 'States would address obstacles.')).toEqual([['modality', 'weakened', 'shall', 'would']]);
    expect(pick('States must cooperate closely.', 'States would cooperate closely.')).toEqual([['modality', 'weakened', 'must', 'would']]);
    expect(pick('States would cooperate closely.', 'States should cooperate closely.')).toEqual([['modality', 'strengthened', 'would', 'should']]);
  });
  it('with the subject changed too: actor + modality, not one rewording', () => {
    expect(pick('We shall address obstacles.', 'They would address obstacles.')).toEqual([
      ['actor', null, 'We', 'They'],
      ['modality', 'weakened', 'shall', 'would'],
    ]);
    expect(pick('We shall address obstacles.', 'The leaders would address obstacles.')).toEqual([
      ['actor', null, 'We', 'The leaders'],
      ['modality', 'weakened', 'shall', 'would'],
    ]);
  });
  it('near miss: reported speech keeps the force', () => {
    expect(pick('The ministers said that States shall cooperate.', 'The ministers said that States would cooperate.')).toEqual([['grammatical', null, 'shall', 'would']]);
  });
});

describe('two acts forbidden, one dropped or both reworded ("request or require the transfer"): no change of force', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  const base = 'We will not request or require the transfer of source code.';
  it('the first act dropped: an omission (the prohibition narrowed), not a prohibition strengthened', () => {
    expect(pick(base, 'We will not require the transfer of source code.')).toEqual([['omission', null, 'request or', '']]);
    expect(pick(base, 'We will not request the transfer of source code.')).toEqual([['omission', null, 'or require', '']]);
    expect(pick('We will not require the transfer of source code.', base)).toEqual([['addition', null, '', 'request or']]);
  });
  it('both acts said in one word: one rewording', () => {
    expect(pick(base, 'We will not demand the transfer of source code.')).toEqual([['lexical', null, 'request or require', 'demand']]);
  });
  it('near miss: a directive verb before someone made to act still changes force', () => {
    expect(pick('States should not request companies to install back doors.', 'States should not require companies to install back doors.')).toEqual([['modality', 'weakened', 'request', 'require']]);
  });
});

describe("a relative clause's modal dropped: the main clause's directive verb is not its force", () => {
  const expl = (b: string, r: string) => ofType(b, r, 'modality').map((v) => [v.direction, v.explanation]);
  it('→ no modal, whether or not the main verb is a marker', () => {
    expect(expl('We endorse the Partnership, which shall bring together governments and industry.', 'We welcome the Partnership, which brings together governments and industry.')).toEqual([
      ['weakened', "obligation weakened: 'shall' (5) → 'no modal' (0)"],
    ]);
    expect(expl('We encourage the Partnership, which shall bring together governments and industry.', 'We encourage the Partnership, which brings together governments and industry.')).toEqual([
      ['weakened', "obligation weakened: 'shall' (5) → 'no modal' (0)"],
    ]);
  });
  it('near miss: a coordinated predicate is under the main clause\'s verb', () => {
    expect(expl('We encourage States to join the Partnership and shall bring together governments.', 'We encourage States to join the Partnership and bring together governments.')[0][1]).toContain("'encourage' (2)");
  });
});

describe('a coordinated modal left out beside other changes: grammar, as when nothing beside it changes', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"and which shall incorporate" after "which must provide" (shall = must), a phrase dropped beside it', () => {
    expect(pick(
      'Each Party shall ensure safeguards which shall provide for the adequate protection of human rights, in accordance with international law, and which shall incorporate the principle of proportionality.',
      'Each Party shall ensure safeguards which must provide for the adequate protection of human rights and incorporate the principle of proportionality.',
    )).toContainEqual(['grammatical', 'which shall', '']);
  });
  it('the modal dropped with the word before it: that word omitted, the modal not repeated', () => {
    expect(pick('Each Party shall retain data only as long as necessary and appropriate, and shall notify the data subject.', 'Each Party must retain data only as long as necessary and notify the data subject.')).toEqual([
      ['modality', 'shall', 'must'],
      ['omission', 'appropriate', ''],
      ['grammatical', ', and shall', ''],
    ]);
  });
  it('near miss: another force left out is a change of force', () => {
    expect(pick('Each Party shall retain data only as long as necessary and appropriate, and should notify the data subject.', 'Each Party shall retain data only as long as necessary and notify the data subject.')).toEqual([
      ['omission', 'appropriate', ''],
      ['modality', ', and should', ''],
    ]);
  });
});
