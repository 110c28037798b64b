/**
 * Session 18, helper d: a rewording is one lexical change; function words inside it are not
 * accidentals; words kept by chance are not anchors (trials 84, 86, 87, 88).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a complex preposition reworded is one lexical, its closing preposition with it (trial 88 #9)', () => {
  it('"in accordance with" → "in light of"', () => {
    expect(rows('States should make laws in accordance with their national conditions.', 'States should make laws in light of their national conditions.')).toEqual([
      ['lexical', null, 'accordance with', 'light of'],
    ]);
  });
  it('"in line with" → "by virtue of"', () => {
    expect(rows('States should make laws in line with their national conditions.', 'States should make laws by virtue of their national conditions.')).toEqual([
      ['lexical', null, 'in line with', 'by virtue of'],
    ]);
  });
  it('near miss: a noun between two plain prepositions ("by the ministry with") keeps its preposition change apart', () => {
    expect(rows('Measures shall be taken by the ministry with the agency.', 'Measures shall be taken by the government of the agency.')).toEqual([
      ['lexical', null, 'ministry', 'government'],
      ['grammatical', null, 'with', 'of'],
    ]);
  });
});

describe('a reworded noun phrase takes its determiner or preposition (trial 84 #7)', () => {
  it('"within their territory" → "within the Republic": one lexical', () => {
    expect(rows('Data shall be stored within their territory.', 'Data shall be stored within the Republic.')).toEqual([
      ['lexical', null, 'their territory', 'the Republic'],
    ]);
  });
  it('"on the continent" → "in the Republic": one lexical', () => {
    expect(rows('States shall promote data centres on the continent.', 'States shall promote data centres in the Republic.')).toEqual([
      ['lexical', null, 'on the continent', 'in the Republic'],
    ]);
  });
  it('"each State concerned" → "the Republic": one lexical, the postpositive "concerned" inside it', () => {
    expect(rows('States shall conclude agreements with each State concerned.', 'States shall conclude agreements with the Republic.')).toEqual([
      ['lexical', null, 'each State concerned', 'the Republic'],
    ]);
  });
  it('"the authority concerned" → "the agency", the list going on', () => {
    expect(rows('States shall notify the authority concerned and the public.', 'States shall notify the agency and the public.')).toEqual([
      ['lexical', null, 'authority concerned', 'agency'],
    ]);
  });
  it('near miss: the noun kept, the article changed, is grammar', () => {
    expect(rows('The authority shall act in the public interest.', 'The authority shall act in a public manner.')).toEqual([
      ['grammatical', null, 'the', 'a'],
      ['lexical', null, 'interest', 'manner'],
    ]);
  });
  it('near miss: an article for another before the substituted noun stays grammar of its own', () => {
    expect(rows('A judge shall review the order.', 'The prosecutor shall review the order.').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['grammatical', 'A', 'The'],
      ['lexical', 'judge', 'prosecutor'],
    ]);
  });
  it('near miss: the connective of a clause before the noun phrase ("Where a" → "If a") stays apart', () => {
    expect(rows('Where a State Party requests assistance, it shall be given.', 'If a Contracting Party requests assistance, it shall be given.').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['grammatical', 'Where', 'If'],
      ['lexical', 'State', 'Contracting'],
    ]);
  });
  it('near miss: "concerned" dropped while the noun is kept is an omission', () => {
    expect(rows('States shall conclude agreements with the State concerned.', 'States shall conclude agreements with the State.')).toEqual([
      ['omission', null, 'concerned', ''],
    ]);
  });
});

describe('a noun read on both sides only by chance is no anchor (trial 87 #8)', () => {
  it('"the processing of their personal data" → "the data management practices of the business": one lexical', () => {
    expect(rows('Providers shall assess the risks arising from the processing of their personal data.', 'Providers shall assess the risks arising from the data management practices of the business.')).toEqual([
      ['lexical', null, 'processing of their personal data', 'data management practices of the business'],
    ]);
  });
  it('"the use of their personal data" → "the data protection rules"', () => {
    expect(rows('Providers shall assess the use of their personal data.', 'Providers shall assess the data protection rules.')).toEqual([
      ['lexical', null, 'use of their personal data', 'data protection rules'],
    ]);
  });
  it('near miss: the noun heads its phrase on both sides ("data against misuse"): an omission and an addition', () => {
    expect(rows('Providers shall protect their personal data.', 'Providers shall protect data against misuse.')).toEqual([
      ['omission', null, 'their personal', ''],
      ['addition', null, '', 'against misuse'],
    ]);
  });
});

describe('a place said by an adjective instead of a phrase after the noun is one lexical (trial 84 #8)', () => {
  it('"infrastructure located outside Africa" → "foreign infrastructure"', () => {
    expect(rows('States shall reduce dependence on infrastructure located outside Africa.', 'States shall reduce dependence on foreign infrastructure.')).toEqual([
      ['lexical', null, 'infrastructure located outside Africa', 'foreign infrastructure'],
    ]);
  });
  it('"servers in the Union" → "domestic servers"', () => {
    expect(rows('States shall reduce dependence on servers in the Union.', 'States shall reduce dependence on domestic servers.')).toEqual([
      ['lexical', null, 'servers in the Union', 'domestic servers'],
    ]);
  });
  it('near miss: an adjective that says no place ("critical") stays an addition beside the omission', () => {
    expect(rows('States shall reduce dependence on infrastructure located outside Africa.', 'States shall reduce dependence on critical infrastructure.')).toEqual([
      ['addition', null, '', 'critical'],
      ['omission', null, 'located outside Africa', ''],
    ]);
  });
});

describe('an article before an adjective of rank is substantive (trial 87 #4)', () => {
  it('"a primary consideration" → "the primary consideration": lexical', () => {
    expect(rows('The best interests of the child shall be a primary consideration.', 'The best interests of the child shall be the primary consideration.')).toEqual([
      ['lexical', null, 'a', 'the'],
    ]);
  });
  it('"a main risk" → "the main risk": lexical', () => {
    expect(rows('The assessment should identify a main risk.', 'The assessment should identify the main risk.')).toEqual([
      ['lexical', null, 'a', 'the'],
    ]);
  });
  it('near miss: before an adjective of no rank the article is grammar', () => {
    expect(rows('The assessment should identify a serious risk.', 'The assessment should identify the serious risk.')).toEqual([
      ['grammatical', null, 'a', 'the'],
    ]);
  });
});

describe('a sign written tight or apart is spacing, not a compound (trial 86 #13)', () => {
  it('"2 %" → "2%": punctuation', () => {
    expect(rows('EUR 10 000 000 or 2 % of turnover.', 'EUR 10,000,000 or 2% of turnover.')).toEqual([
      ['spelling', null, '10 000 000', '10,000,000'],
      ['punctuation', null, '2 %', '2%'],
    ]);
  });
  it('"2%" → "2 %": punctuation', () => {
    expect(rows('Up to 2% of turnover.', 'Up to 2 % of turnover.')).toEqual([['punctuation', null, '2%', '2 %']]);
  });
  it('near miss: two words written as one stays a compound', () => {
    expect(rows('Sign up with the e mail now.', 'Sign up with the email now.')).toEqual([['compound', null, 'e mail', 'email']]);
  });
});

describe('a phrase between commas at the end of a rewording is dropped on its own (trial 88 #4)', () => {
  it('"the international community, on the basis of these principles," → "all parties": lexical + omission', () => {
    expect(rows('China will work with the international community, on the basis of these principles, to build a community.', 'China will work with all parties to build a community.')).toEqual([
      ['lexical', null, 'the international community', 'all parties'],
      ['omission', null, ', on the basis of these principles,', ''],
    ]);
  });
  it('"their partners, in accordance with these rules," → "all countries": lexical + the condition dropped', () => {
    expect(rows('States will cooperate with their partners, in accordance with these rules, to build trust.', 'States will cooperate with all countries to build trust.').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['lexical', 'their partners', 'all countries'],
      ['qualifier-dropped', ', in accordance with these rules,', ''],
    ]);
  });
  it('near miss: the phrase between commas kept, the noun phrase reworded alone', () => {
    expect(rows('China will work with the international community, on the basis of these principles, to build a community.', 'China will work with all parties, on the basis of these principles, to build a community.')).toEqual([
      ['lexical', null, 'the international community', 'all parties'],
    ]);
  });
});

describe('an act named by a noun turned into a participle is grammar (trial 86 #8)', () => {
  it('"the imposition of fines is effective" → "the fines imposed are effective": one grammatical', () => {
    expect(rows('States shall ensure that the imposition of fines is effective.', 'States shall ensure that the fines imposed are effective.')).toEqual([
      ['grammatical', null, 'imposition of fines is', 'fines imposed are'],
    ]);
  });
  it('the reverse direction: "the penalties imposed are" → "the imposition of penalties is"', () => {
    expect(rows('States shall ensure that the penalties imposed are effective.', 'States shall ensure that the imposition of penalties is effective.')).toEqual([
      ['grammatical', null, 'penalties imposed are', 'imposition of penalties is'],
    ]);
  });
  it('near miss: a noun of another stem ("review of") stays an omission beside the addition', () => {
    expect(rows('States shall ensure that the review of fines is effective.', 'States shall ensure that the fines imposed are effective.').map((r) => r[0])).toEqual(['omission', 'grammatical', 'addition']);
  });
});
