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
