import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a noun compound replaced whole by one name is one change (trial 116 E1)', () => {
  it('"the account holder" → "Bank": one lexical over the whole noun phrase', () => {
    expect(tdbr('The agent shall forward every complaint to the account holder.', 'The agent shall forward every complaint to Bank.')).toEqual([['lexical', null, 'the account holder', 'Bank']]);
    expect(tdbr('The agent shall forward every complaint to Bank.', 'The agent shall forward every complaint to the account holder.')).toEqual([['lexical', null, 'Bank', 'the account holder']]);
  });
  it('near miss: the modifier alone dropped, the head kept, stays an omission of the modifier', () => {
    expect(tdbr('The agent shall inform the account holder.', 'The agent shall inform the holder.')).toEqual([['omission', null, 'account', '']]);
  });
  it('near miss: a one-word noun replaced stays one lexical', () => {
    expect(tdbr('The agent shall inform the controller.', 'The agent shall inform Client.')).toEqual([['lexical', null, 'the controller', 'Client']]);
  });
});

describe('a renamed party before a limb dropped with its condition (trial 116 E2)', () => {
  it('"the account holder and, where necessary, the tax authority" → "Client": the rename and one omission with no direction', () => {
    expect(tdbr('The agent shall inform the account holder and, where necessary, the tax authority.', 'The agent shall inform Client.')).toEqual([
      ['lexical', null, 'the account holder', 'Client'],
      ['omission', null, 'and, where necessary, the tax authority', ''],
    ]);
  });
  it('near miss: the limb dropped without a rename stays one omission; a condition dropped alone stays strengthened', () => {
    expect(tdbr('The agent shall inform the account holder and, where necessary, the tax authority.', 'The agent shall inform the account holder.')).toEqual([['omission', null, 'and, where necessary, the tax authority', '']]);
    expect(tdbr('The agent shall inform, where necessary, the tax authority.', 'The agent shall inform the tax authority.')).toEqual([['qualifier-dropped', 'strengthened', ', where necessary,', '']]);
  });
});

describe('an optional plural "(s)" glued to a noun is grammatical number (trial 116 E7)', () => {
  it('"fees" → "fee(s)" and "fee" → "fee(s)": one grammatical variant over the word', () => {
    expect(tdbr('The agent may charge the annual fees of the account.', 'The agent may charge the annual fee(s) of the account.')).toEqual([['grammatical', null, 'fees', 'fee(s)']]);
    expect(tdbr('The agent may charge the annual fee of the account.', 'The agent may charge the annual fee(s) of the account.')).toEqual([['grammatical', null, 'fee', 'fee(s)']]);
  });
  it('near miss: another noun with "(s)" stays a lexical change of the noun', () => {
    expect(tdbr('The agent may charge the annual fee of the account.', 'The agent may charge the annual cost(s) of the account.')).toEqual([['lexical', null, 'fee', 'cost(s)']]);
  });
});

describe('a point of time made a period counted from the same event (trial 116 E6)', () => {
  it('"upon expiry of the lease" → "within 14 days after expiry of the lease": weakened on an obligation; back, strengthened', () => {
    expect(tdbr('The tenant shall return the keys upon expiry of the lease.', 'The tenant shall return the keys within 14 days after expiry of the lease.')).toEqual([['lexical', 'weakened', 'upon', 'within 14 days after']]);
    expect(tdbr('The tenant shall return the keys within two weeks of expiry of the lease.', 'The tenant shall return the keys upon expiry of the lease.')).toEqual([['lexical', 'strengthened', 'within two weeks of', 'upon']]);
  });
  it('near miss: on a permission, or from "from", no direction', () => {
    expect(tdbr('The tenant may return the keys upon expiry of the lease.', 'The tenant may return the keys within 14 days after expiry of the lease.')).toEqual([['lexical', null, 'upon', 'within 14 days after']]);
    expect(tdbr('The tenant shall pay rent from expiry of the lease.', 'The tenant shall pay rent within 14 days of expiry of the lease.')).toEqual([['lexical', null, 'from', 'within 14 days of']]);
  });
});

describe('"shall not … unless" → "may … only if" with words before the connective dropped (trial 116 E5)', () => {
  it('the connective restated is grammar, the words before it an omission, no restriction added', () => {
    expect(tdbr('The bank shall not lend the funds to a borrower based overseas unless the borrower gives security.', 'The bank may lend the funds to a borrower only if the borrower gives security.')).toEqual([
      ['grammatical', null, 'shall not', 'may'],
      ['omission', null, 'based overseas', ''],
      ['grammatical', null, 'unless', 'only if'],
    ]);
  });
  it('near miss: a plain permission given "only" keeps its restriction added', () => {
    expect(tdbr('The bank may lend the funds to a borrower based overseas if the borrower gives security.', 'The bank may lend the funds to a borrower only if the borrower gives security.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'only'],
      ['omission', null, 'based overseas', ''],
    ]);
  });
});
