import { describe, expect, it } from 'vitest';
import { sentences, tokenise } from '../../src/nlp/index.js';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

describe('a reference in brackets, "(Guide 2022, para. 7)", is one stretch of words (trial 95 #2)', () => {
  it('an added citation is one addition, no list item mark', () => {
    expect(tbr('Parties shall report incidents to the Board.', 'Parties shall report incidents to the Board (Guide 2022, para. 7).')).toEqual([
      ['addition', '', '(Guide 2022, para. 7)'],
    ]);
    expect(tbr('Parties shall keep the register (see art. 9).', 'Parties shall keep the register.')).toEqual([['omission', '(see art. 9)', '']]);
  });
  it('the full stop of "para." before a figure ends no sentence', () => {
    const t = tokenise('Parties act as set out in paras. 3 and 4 of the Guide. They report.');
    expect(['3', 'guide', 'they'].map((w) => t.find((x) => x.n === w)!.sentence)).toEqual([0, 0, 1]);
    expect(sentences('Parties act as set out in para. 3 of the Guide. They report.')).toEqual(['Parties act as set out in para. 3 of the Guide.', 'They report.']);
  });
  it('near misses: an abbreviation the model knows, a citation with no number, a list item mark after a sentence end', () => {
    expect(tbr('Parties shall report incidents.', 'Parties shall report incidents (Jones 2019, p. 40).')).toEqual([['addition', '', '(Jones 2019, p. 40)']]);
    expect(tbr('Parties shall report incidents.', 'Parties shall report incidents (Jones 2019).')).toEqual([['addition', '', '(Jones 2019)']]);
    expect(sentences('Parties shall act. 2) They shall report.')).toHaveLength(2);
  });
});

describe('a hyphenated word replaced by one of its parts is one lexical variant over the whole word (trial 94 #2)', () => {
  it('the first part kept ("short-term" → "short"), the last part kept ("well-known" → "known"), the word added', () => {
    expect(tbr('Agencies shall keep short-term backups.', 'Agencies shall keep short backups.')).toEqual([['lexical', 'short-term', 'short']]);
    expect(tbr('Agencies shall follow a well-known method.', 'Agencies shall follow a known method.')).toEqual([['lexical', 'well-known', 'known']]);
    expect(tbr('Agencies shall keep short backups.', 'Agencies shall keep short-term backups.')).toEqual([['lexical', 'short', 'short-term']]);
  });
  it('words dropped past the word stay an omission of their own', () => {
    expect(tbr('Agencies shall keep short-term and encrypted backups.', 'Agencies shall keep short backups.')).toEqual([
      ['lexical', 'short-term', 'short'],
      ['omission', 'and encrypted', ''],
    ]);
  });
  it('near misses: only the hyphens dropped is a compound; a word the model reads whole stays as it was', () => {
    expect(tbr('Agencies shall offer an out-of-court procedure.', 'Agencies shall offer an out of court procedure.')).toEqual([['compound', 'out-of-court', 'out of court']]);
    expect(tbr('Agencies shall keep cross-border backups.', 'Agencies shall keep border backups.')).toEqual([['lexical', 'cross-border', 'border']]);
  });
});

describe('a negated verb of permitting restated by one directive verb is one variant over the negator and the verb (trial 94 #3)', () => {
  const tbrd = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? '']);
  it('"shall not allow" → "shall discourage": a prohibition weakened, no omission of "allow"', () => {
    expect(tbrd('Members shall not allow the sale of tracking tools.', 'Members shall discourage the sale of tracking tools.')).toEqual([
      ['modality', 'not allow', 'discourage', 'weakened'],
    ]);
    expect(tbrd('Members shall discourage the sale of tracking tools.', 'Members shall not allow the sale of tracking tools.')).toEqual([
      ['modality', 'discourage', 'not allow', 'strengthened'],
    ]);
  });
  it('"shall not permit" → "shall prohibit": the same prohibition, one entry', () => {
    expect(tbr('Members shall not permit the sale of tracking tools.', 'Members shall prohibit the sale of tracking tools.')).toEqual([['grammatical', 'not permit', 'prohibit']]);
  });
  it('near miss: the verb of permitting replaced under the negator stays a lexical change', () => {
    expect(tbr('Members will not allow the sale of tracking tools.', 'Members will not tolerate the sale of tracking tools.')).toEqual([['lexical', 'allow', 'tolerate']]);
  });
});

describe('a noun phrase restated with "of" is grammar whatever changes beside it (trial 92 #6)', () => {
  it('the verb after it reworded ("shall inform" → "must notify")', () => {
    expect(tbr('Data controllers shall inform the office.', 'Controllers of data must notify the office.')).toEqual([
      ['grammatical', 'Data controllers', 'Controllers of data'],
      ['modality', 'shall', 'must'],
      ['lexical', 'inform', 'notify'],
    ]);
  });
  it('and a word before it reworded too', () => {
    expect(tbr('In urgent cases, data controllers shall inform the office.', 'In pressing cases, controllers of data must notify the office.')).toEqual([
      ['lexical', 'urgent', 'pressing'],
      ['grammatical', 'data controllers', 'controllers of data'],
      ['modality', 'shall', 'must'],
      ['lexical', 'inform', 'notify'],
    ]);
  });
  it('near misses: the verb kept; a noun moved elsewhere, not into an "of" phrase', () => {
    expect(tbr('Data controllers shall inform the office.', 'Controllers of data must inform the office.')).toEqual([
      ['grammatical', 'Data controllers', 'Controllers of data'],
      ['modality', 'shall', 'must'],
    ]);
    expect(tbr('Data controllers shall inform the office.', 'Controllers must inform the data office.').map((v) => v[0])).toEqual(['transposition', 'modality']);
  });
});

describe('a time limit reworded as "within a … deadline", and an addition stopped at a clause mark (trial 94 #1)', () => {
  it('"promptly" → "within a set deadline" / "within a reasonable timeframe" is one lexical', () => {
    expect(tbr('Hosts will delete flagged posts promptly and publish a summary.', 'Hosts will delete flagged posts within a set deadline and publish a summary.')).toEqual([
      ['lexical', 'promptly', 'within a set deadline'],
    ]);
    expect(tbr('Hosts will delete flagged posts promptly and publish a summary.', 'Hosts will delete flagged posts within a reasonable timeframe and publish a summary.')).toEqual([
      ['lexical', 'promptly', 'within a reasonable timeframe'],
    ]);
  });
  it('words added before "; they" in place of "and": the words an addition, "and" → "; they" grammar', () => {
    expect(tbr('Hosts will delete flagged posts and publish a summary.', 'Hosts will delete flagged posts of every sort; they publish a summary.')).toEqual([
      ['grammatical', 'and', '; they'],
      ['addition', '', 'of every sort'],
    ]);
    expect(tbr('Hosts will delete flagged posts promptly and publish a summary.', 'Hosts will delete flagged posts within any set deadline; they publish a summary.')).toEqual([
      ['lexical', 'promptly', 'within any set deadline'],
      ['grammatical', 'and', '; they'],
    ]);
  });
  it('near misses: a limit named otherwise; the connective alone restated; a limit dropped', () => {
    expect(tbr('Hosts will delete flagged posts promptly and publish a summary.', 'Hosts will delete flagged posts within a specified period and publish a summary.')).toEqual([
      ['lexical', 'promptly', 'within a specified period'],
    ]);
    expect(tbr('Hosts will delete flagged posts promptly and publish a summary.', 'Hosts will delete flagged posts promptly; they publish a summary.')).toEqual([['grammatical', 'and', '; they']]);
    expect(tbr('Hosts will delete flagged posts promptly and publish a summary.', 'Hosts will delete flagged posts and publish a summary.').map((v) => v[0])).toEqual(['qualifier-dropped']);
  });
});

describe('a phrase after a noun restated as a hyphenated modifier before it is one grammatical variant (trial 95 #5)', () => {
  it('"the sharing of records across sectors" → "cross-sector sharing of records"', () => {
    expect(tbr('Agencies should ease the sharing of records across sectors.', 'Agencies should ease cross-sector sharing of records.')).toEqual([
      ['grammatical', 'the sharing of records across sectors', 'cross-sector sharing of records'],
    ]);
    expect(tbr('Agencies should ease cross-sector sharing of records.', 'Agencies should ease the sharing of records across sectors.')).toEqual([
      ['grammatical', 'cross-sector sharing of records', 'the sharing of records across sectors'],
    ]);
  });
  it('a verb reworded before it and words dropped after the phrase stay their own variants', () => {
    expect(tbr('Agencies should ease the sharing of records across sectors by secure means.', 'Agencies should facilitate cross-sector sharing of records.')).toEqual([
      ['lexical', 'ease', 'facilitate'],
      ['grammatical', 'the sharing of records across sectors', 'cross-sector sharing of records'],
      ['omission', 'by secure means', ''],
    ]);
  });
  it('near misses: a modifier from other stems; the phrase dropped with nothing in its place', () => {
    expect(tbr('Agencies should ease the sharing of records across sectors.', 'Agencies should ease cross-border sharing of records.').map((v) => v[0])).toContain('omission');
    expect(tbr('Agencies should ease the sharing of records across sectors.', 'Agencies should ease the sharing of records.')).toEqual([['omission', 'across sectors', '']]);
  });
});

describe("a draft's bracketed modal alternatives are one variant over them, no punctuation entry (trial 92 #8)", () => {
  const tbrd = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? '']);
  it('"must" → "[must][should]": one modality, weakened', () => {
    expect(tbrd('Carriers must log every request.', 'Carriers [must][should] log every request.')).toEqual([['modality', 'must', '[must][should]', 'weakened']]);
    expect(tbrd('Carriers must log every request.', 'Carriers [should] [must] log every request.')).toEqual([['modality', 'must', '[should] [must]', 'weakened']]);
    expect(tbrd('Carriers [must][should] log every request.', 'Carriers must log every request.')).toEqual([['modality', '[must][should]', 'must', 'strengthened']]);
  });
  it('near miss: one bracketed word in place of another stays as it was', () => {
    expect(tbrd('Carriers must log every request.', 'Carriers [should] log every request.')).toEqual([['modality', 'must', '[should]', 'weakened']]);
  });
});

describe('near miss of trial 92 #8: alternative content words in brackets keep the documented reading', () => {
  it('the brackets of the word read alike are punctuation, the other alternative an addition', () => {
    expect(tbr('Carriers must keep a full log.', 'Carriers must keep a [full] [daily] log.')).toEqual([
      ['punctuation', 'full', '[full]'],
      ['addition', '', '[daily]'],
    ]);
  });
});
