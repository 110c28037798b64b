/**
 * Session 15: a clause of two sentences, each compressing a provision of its own (trial 64 #11).
 */
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

describe('alignClauses: whole sentences, each read by its own unit, take in the neighbour with a smaller recall (aligner.yaml merge_recall_sentences)', () => {
  const BASE = [
    ['U1', 'Where passwords are used, all consumer device passwords shall be unique per device or defined by the user, and shall not be resettable to any universal factory default value.'],
    ['U2', 'The manufacturer shall make a vulnerability disclosure policy publicly available. This policy shall include, at a minimum, contact information for the reporting of issues and information on timelines for initial acknowledgement of receipt and status updates until the resolution of the reported issues.'],
    ['U3', 'Disclosed vulnerabilities should be acted on in a timely manner. A timely manner for acting on vulnerabilities differs considerably and is incident-specific; however, conventionally the vulnerability process is completed within 90 days, subject to the availability of a fix and the complexity of the affected product.'],
    ['U4', 'All software components in consumer devices should be securely updateable, and the manufacturer shall publish the defined support period in an accessible way.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => t.units);
  const PASSWORDS = 'Passwords on consumer devices must be unique to each device.';
  const UPDATES = 'All software components should be securely updateable.';

  it('the case: "… publish a vulnerability disclosure policy. Vulnerabilities must be fixed within 90 days." reads U2 and U3', () => {
    const two = 'Manufacturers are encouraged to publish a vulnerability disclosure policy. Vulnerabilities must be fixed within 90 days.';
    expect(align([PASSWORDS, two, UPDATES])).toEqual([['U1'], ['U2', 'U3'], ['U4']]);
    // with the neighbour's recall held to merge_recall (0.2), U3 alone
    expect(align([PASSWORDS, two, UPDATES], { ...alignerSettings, merge_recall_sentences: alignerSettings.merge_recall })[1]).toEqual(['U3']);
  });

  it('another wording, the provisions read the other way round in one sentence each', () => {
    expect(align([PASSWORDS, 'Firms must publish their vulnerability disclosure policy. Reported vulnerabilities are to be fixed within 90 days.', UPDATES])[1]).toEqual(['U2', 'U3']);
  });

  it('near misses: one sentence alone, and a second sentence that is the clause\'s own comment, keep one unit', () => {
    expect(align([PASSWORDS, 'Manufacturers are encouraged to publish a vulnerability disclosure policy.', UPDATES])[1]).toEqual(['U2']);
    expect(align([PASSWORDS, 'Manufacturers are encouraged to publish a vulnerability disclosure policy. Critics say this is not enough.', UPDATES])[1]).toEqual(['U2']);
  });
});

describe('alignClauses: a weak match that echoes units read clearly elsewhere is a commentary, no counterpart (aligner.yaml commentary_echo; trial 68 P8)', () => {
  const BASE = [
    ['C1', 'Norland considers that sovereignty is a rule of international law.'],
    ['C2', 'States may take countermeasures against the responsible State.'],
    ['C3', 'Norland encourages all States to publish national positions.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => t.units);
  const C1 = 'Norland considers sovereignty a rule of international law.';
  const C2 = 'States may take countermeasures against the responsible State.';

  it('the case: a brief\'s closing assessment after its last bullet', () => {
    const comment = 'Norland treats sovereignty as a rule. Its view of countermeasures is cautious, an issue on which positions diverge.';
    expect(align([C1, C2, comment])).toEqual([['C1'], ['C2'], []]);
    // without the rule: the last unit, on "Norland" and "positions"
    expect(align([C1, C2, comment], { ...alignerSettings, commentary_echo: 0, weak_tail: 0 })[2]).toEqual(['C3']);
  });

  it('other wordings: an overall judgement, and a note on the partners\' views', () => {
    for (const comment of [
      "Overall, the paper treats sovereignty as a rule and is cautious about countermeasures; Norland's positions here are familiar.",
      "Commentators note that sovereignty as a rule and countermeasures divide Norland's partners, whose positions vary.",
    ]) {
      expect(align([C1, C2, comment])[2]).toEqual([]);
      expect(align([C1, C2, comment], { ...alignerSettings, commentary_echo: 0, weak_tail: 0 })[2]).toEqual(['C3']);
    }
  });

  it('near misses: a weak loose reading of the last unit that echoes nothing keeps it (0.29), and so does a clause with a modal', () => {
    expect(alignClauses(BASE, [C1, C2, 'Norland backs the publication of national views by every government.'].map((c) => tokenise(c)), alignerSettings)[2]).toEqual({ units: ['C3'], confidence: 0.29 });
    expect(align([C1, C2, 'Norland should treat sovereignty as a rule. Its view of countermeasures should stay cautious, an issue on which positions diverge.'])[2]).toEqual(['C3']);
  });
});
