import { describe, expect, it } from 'vitest';
import { qualifierPhrases } from '../../src/analyse/classify/qualifier.js';
import { LEXICON_FILES, compileLexicons, loadLexicons, mergeData } from '../../src/analyse/lexicon.js';
import { readPackageData } from '../../src/data.js';
import { buildSide } from '../../src/analyse/side.js';
import { textOf, tokenise } from '../../src/nlp/index.js';
import { ofType, substantive, types, variants } from './helpers.js';

const lex = loadLexicons();
function phrases(s: string): string[] {
  const side = buildSide(tokenise(s), lex);
  return qualifierPhrases(side, lex).map((p) => textOf(side.tokens.slice(p.start, p.end)));
}

describe('qualifier phrases', () => {
  it('heads run to the clause boundary; a new head ends a phrase', () => {
    expect(phrases("States shall not obtain data located in other States through companies or individuals without other States' permission.")).toEqual([
      'through companies or individuals',
      "without other States' permission",
    ]);
  });

  it('purpose "to": coordinated verbs continue the phrase; complements of directive verbs are not purposes', () => {
    expect(phrases("Providers should not install back doors in their products to illegally obtain users' data or control or manipulate users' systems.")).toEqual([
      "to illegally obtain users' data or control or manipulate users' systems",
    ]);
    expect(phrases('States should encourage companies to abide by laws.')).toEqual([]);
    expect(phrases('States have the right to ensure security.')).toEqual([]);
    expect(phrases('States should take measures to prevent attacks.')).toEqual([]);
  });

  it('gapped heads and manner adverbs', () => {
    expect(phrases('States should handle data in a comprehensive, objective and evidence-based manner, and maintain supply chains.')).toEqual([
      'in a comprehensive, objective and evidence-based manner',
    ]);
    expect(phrases('They oppose collection of information with ICTs as a tool.')).toEqual(['with ICTs as a tool']);
    expect(phrases('They should not illegally obtain data.')).toEqual(['illegally']);
  });

  it('a coordinator opening a new predicate ends a phrase', () => {
    expect(phrases('parties should step up dialogue on the basis of a written request and join hands.')).toEqual(['on the basis of a written request']);
  });

  it('near misses: "by" before a noun, relative "where"', () => {
    expect(phrases('companies abide by laws of the State where they operate.')).toEqual([]);
    expect(phrases('companies should not seek interests by taking advantage of users.')).toEqual(['by taking advantage of users']);
  });
});

describe('qualifier-dropped / qualifier-added', () => {
  it('a condition dropped inside a rewritten clause', () => {
    const v = ofType(
      "States shall not obtain data located in other States through companies or individuals without other States' permission.",
      'Countries should never require companies or individuals to provide access to data stored in other countries.',
      'qualifier-dropped',
    );
    expect(v.map((x) => [x.base, x.reading, x.baseSpan, x.readingSpan])).toEqual([["without other States' permission", '', [13, 18], null]]);
    expect(v[0].explanation).toBe("condition dropped: 'without other States' permission' — the prohibition becomes absolute");
    expect(v[0].weight).toBeGreaterThanOrEqual(4);
  });

  it('a purpose dropped at the end', () => {
    const v = ofType('Providers should not install back doors to obtain user data.', 'Providers should not install back doors.', 'qualifier-dropped');
    expect(v.map((x) => x.base)).toEqual(['to obtain user data']);
    expect(substantive('Providers should not install back doors to obtain user data.', 'Providers should not install back doors.')).toHaveLength(1);
  });

  it('a condition added', () => {
    const v = ofType('States shall not obtain data.', 'States shall not obtain data unless a court allows it.', 'qualifier-added');
    expect(v.map((x) => [x.base, x.reading, x.baseSpan])).toEqual([['', 'unless a court allows it', null]]);
    expect(v[0].explanation).toContain('condition added');
  });

  it('near miss: a phrase moved elsewhere is not dropped', () => {
    const t = types('States shall not obtain data without permission.', 'Without permission, States shall not obtain data.');
    expect(t).not.toContain('qualifier-dropped');
    expect(t).toContain('transposition');
  });

  it('near miss: a phrase partly kept is not dropped', () => {
    expect(
      types("Providers should not install back doors to illegally obtain users' data or control users' systems.", 'Providers should not install back doors to illegally obtain user data.'),
    ).not.toContain('qualifier-dropped');
  });

  it('near miss: the content words are still in the reading', () => {
    // "States" and "permission" both occur elsewhere in the reading
    expect(
      types('States shall not obtain data without the permission of States.', 'States shall not obtain data; permission of States is needed.'),
    ).not.toContain('qualifier-dropped');
  });

  it('near miss: the same phrase in both readings', () => {
    expect(types('States act through judicial assistance.', 'Countries act through judicial assistance.')).not.toContain('qualifier-dropped');
  });

  it('the commas that set a phrase off go with it', () => {
    const added = variants('Each Party shall notify its neighbours before testing.', 'Each Party shall, where possible, notify its neighbours before testing.');
    expect(added.map((v) => [v.type, v.reading])).toEqual([['qualifier-added', ', where possible,']]);
    const dropped = variants('States shall not obtain data, without permission.', 'States shall not obtain data.');
    expect(dropped.map((v) => [v.type, v.base])).toEqual([['qualifier-dropped', ', without permission']]);
    expect(variants('States shall not obtain data, without permission, from companies.', 'States shall not obtain data, from companies.').map((v) => [v.type, v.base])).toEqual([
      ['qualifier-dropped', 'without permission,'],
    ]);
    // near miss: a comma the witness keeps is not part of the dropped phrase
    expect(variants('States shall not obtain data without permission, from companies.', 'States shall not obtain data, from companies.').map((v) => [v.type, v.base])).toEqual([
      ['qualifier-dropped', 'without permission'],
    ]);
  });

  it('a word the witness reads once cannot keep two phrases of the base that both use it', () => {
    const base = 'States should prevent harm to personal information through the use of ICTs, and oppose surveillance against other States with ICTs as a tool.';
    expect(ofType(base, 'States should prevent harm to personal data, and oppose abuse of ICT for surveillance against other States.', 'qualifier-dropped').map((v) => v.base)).toEqual([
      'through the use of ICTs',
      'with ICTs as a tool',
    ]);
    // near miss: the witness reads the word as often as the base: the phrases are kept (reworded)
    expect(types(base, 'States should prevent harm to personal data through ICTs, and oppose surveillance against other States with ICTs.')).not.toContain('qualifier-dropped');
  });

  it('a phrase whose last content word stays in place is reworded, not dropped', () => {
    const vs = variants("States shall not obtain data in other States without other States' permission.", "States shall not obtain data in other States without the latter's permission.");
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', "other States'", "the latter's"]]);
    // near miss: only a modifier ("other") kept elsewhere: dropped
    expect(ofType("States shall not obtain data in other States through companies without other States' permission.", 'States should never require companies to provide data stored in other countries.', 'qualifier-dropped').map((v) => v.base)).toEqual([
      "without other States' permission",
    ]);
  });

  it('a purpose whose verb the witness still reads is reworded or moved, not dropped', () => {
    const base = 'Parties shall designate an independent authority to monitor the river and to report annually to the assembly.';
    expect(ofType(base, 'Each party should appoint an independent watchdog that reports to parliament every year on the river.', 'qualifier-dropped')).toEqual([]);
    // the verb gone too: "to report" is coordinated with "to monitor", which completes "authority",
    // so it is a second task of the authority omitted, not a purpose dropped
    expect(ofType(base, 'Each party should appoint an independent watchdog to monitor the river.', 'omission').map((v) => v.base)).toEqual(['and to report annually to the assembly']);
  });

  it('a bare "to" + verb inside another qualifier continues it; "that" before a noun does not end it', () => {
    expect(phrases('Water may be supplied unless the supplier takes steps to meet the standard.')).toEqual(['unless the supplier takes steps to meet the standard']);
    expect(phrases('Agencies should provide water, unless local sources are insufficient to meet that standard.')).toEqual([
      'unless local sources are insufficient to meet that standard',
    ]);
    // "that" opening a clause still ends a phrase
    expect(phrases('States should act through channels that the parties agree.')).toEqual(['through channels']);
  });

  it('"to" before a participle is not a purpose ("support to developing States")', () => {
    expect(phrases('States should give support to developing States.')).toEqual([]);
    expect(phrases('States should act to obtain data.')).toEqual(['to obtain data']);
  });

  it('a condition after a verb ("remains subject to review") is the predicate, not a qualifier', () => {
    expect(phrases('Every decision remains subject to human review by an official.')).toEqual([]);
    expect(phrases('Transfers are permitted subject to the consent of the person.')).toEqual(['subject to the consent of the person']);
    expect(ofType('States should ensure that every decision remains subject to human review by an official.', 'Officials must be able to review decisions.', 'qualifier-dropped')).toEqual([]);
  });

  it('an added qualifier that rewords the base one at that place is lexical', () => {
    const vs = variants('States should share tools with other States, in particular with developing countries.', 'States should share tools with other States, especially with poorer nations.');
    expect(vs.map((v) => v.type)).not.toContain('qualifier-added');
    expect(vs.find((v) => v.type === 'lexical')?.explanation).toContain('reworded in place');
  });
});


describe('qualifier: an infinitive coordinated with another is what that one is', () => {
  it('"Encourages companies to publish reports and to inform users": a second obligation omitted, not a purpose dropped', () => {
    const vs = variants('Encourages companies to publish reports and to inform users of such requests.', 'Encourages companies to publish reports.');
    expect(vs.map((v) => [v.type, v.base])).toEqual([['omission', 'and to inform users of such requests']]);
  });

  it('after a purpose, a coordinated infinitive is a purpose too', () => {
    expect(phrases('States should share data in order to protect users and to prevent theft.')).toEqual(['in order to protect users and to prevent theft']);
  });
});

describe('qualifier: time limits', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('a time limit reworded in place is one lexical variant, not a limit dropped and another added', () => {
    expect(tv('The controller shall notify the authority without undue delay.', 'The controller shall notify the authority promptly.')).toEqual([['lexical', 'without undue delay', 'promptly']]);
    expect(tv('The controller shall notify the authority without undue delay.', 'The controller shall notify the authority within 72 hours.')).toEqual([['lexical', 'without undue delay', 'within 72 hours']]);
  });

  it('a time limit whose figure is written otherwise is the same limit: the number respelt, the tail cut short an omission (or added)', () => {
    expect(tv('The court shall decide within three days of the order.', 'The court shall decide within 3 days.')).toEqual([['spelling', 'three', '3'], ['omission', 'of the order', '']]);
    expect(tv('Parties shall report the incident within seventy-two hours of its discovery.', 'Parties shall report the incident within 72 hours.')).toEqual([['spelling', 'seventy-two', '72'], ['omission', 'of its discovery', '']]);
    expect(tv('The authority must reply within 30 days.', 'The authority must reply within thirty days of the request.')).toEqual([['spelling', '30', 'thirty'], ['addition', '', 'of the request']]);
    // the figure changed: the limit moved (date.ts), the tail still an omission
    expect(variants('The court shall decide within three days of the order.', 'The court shall decide within 4 days.').map((v) => [v.type, v.direction ?? null, v.base])).toEqual([['lexical', 'weakened', 'three'], ['omission', null, 'of the order']]);
  });

  it('near misses: a limit restated in words, and a year changed are reworded in place; a limit with its unit changed too is compared in days', () => {
    expect(variants('The court shall decide within three days of the order.', 'The court shall decide within 3 weeks.').map((v) => [v.type, v.direction ?? null, v.base, v.reading])).toEqual([
      ['lexical', 'weakened', 'three days', '3 weeks'],
      ['omission', null, 'of the order', ''],
    ]);
    expect(tv('The court shall decide within three days of the order.', 'The court shall decide promptly.')).toEqual([['lexical', 'within three days of the order', 'promptly']]);
    // a year is no count of a unit: the date moved, reworded in place with its direction
    expect(variants('Exporters shall report by 2025.', 'Exporters shall report by 2026.').map((v) => [v.type, v.direction ?? null])).toEqual([['lexical', 'weakened']]);
  });

  // (from a new-user trial on cloud data: "within 72 hours" → "within seven days" was "time limit
  // shortened, strengthened" on 72 → seven and a separate 'hours' → 'days': the figures compared, the units ignored)
  it('a time limit, a cap or a duration counted in another unit is compared in days: one lexical variant over figure and unit', () => {
    const br = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
    expect(br('The provider shall comply with the request within 72 hours of its receipt.', 'The provider shall comply with the request within seven days of its receipt.')).toEqual([['lexical', 'weakened', '72 hours', 'seven days']]);
    expect(br('The provider shall comply with the request within three days of its receipt.', 'The provider shall comply with the request within two weeks of its receipt.')).toEqual([['lexical', 'weakened', 'three days', 'two weeks']]);
    expect(br('The authority must answer within a week.', 'The authority must answer within 2 days.')).toEqual([['lexical', 'strengthened', 'a week', '2 days']]);
    expect(br('Personal data shall be kept for no longer than two years.', 'Personal data shall be kept for no longer than 18 months.')).toEqual([['lexical', 'strengthened', 'two years', '18 months']]);
    expect(br('The operator shall keep the records for at least five years.', 'The operator shall keep the records for at least 36 months.')).toEqual([['lexical', 'weakened', 'five years', '36 months']]);
    expect(variants('The provider shall comply within 72 hours.', 'The provider shall comply within seven days.')[0].explanation).toBe("time limit lengthened: '72 hours' → 'seven days'");
  });
  it('the same length in another unit is the same limit: lexical with no direction ("48 hours" → "two days", "30 days" → "one month")', () => {
    const br = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
    expect(br('The provider shall comply with the request within 48 hours of its receipt.', 'The provider shall comply with the request within two days of its receipt.')).toEqual([['lexical', null, '48 hours', 'two days']]);
    expect(br('The authority must reply within 30 days.', 'The authority must reply within one month.')).toEqual([['lexical', null, '30 days', 'one month']]);
    expect(br('The operator shall keep the records for a period of five years.', 'The operator shall keep the records for a period of 60 months.')).toEqual([['lexical', null, 'five years', '60 months']]);
    expect(variants('States shall notify within a week.', 'States shall notify within 7 days.')[0].explanation).toBe("the same time limit counted in another unit: 'a week' → '7 days'");
  });
  it('near misses: a figure changed in the same unit, or the same figure respelt, keeps its variant; on a permission no direction', () => {
    const br = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
    expect(br('The provider shall comply within 72 hours.', 'The provider shall comply within 96 hours.')).toEqual([['lexical', 'weakened', '72', '96']]);
    expect(br('The provider shall comply within two weeks.', 'The provider shall comply within 2 weeks.')).toEqual([['spelling', null, 'two', '2']]);
    expect(br('The operator may keep the records for no longer than two years.', 'The operator may keep the records for no longer than 30 months.')).toEqual([['lexical', null, 'two years', '30 months']]);
    // "four weeks" is not a month (8% off, beyond same-within)
    expect(br('The authority must reply within one month.', 'The authority must reply within four weeks.')).toEqual([['lexical', 'strengthened', 'one month', 'four weeks']]);
  });

  it('a one-word limit replaced by another word of its kind is reworded in place ("promptly" → "quickly"), also when the change takes in a dropped word', () => {
    expect(tv('States should respond promptly to requests for assistance.', 'States should respond quickly to requests for assistance.')).toEqual([['lexical', 'promptly', 'quickly']]);
    expect(tv('States should respond promptly to appropriate requests.', 'States should respond quickly to requests.')).toEqual([['lexical', 'promptly', 'quickly'], ['qualifier-dropped', 'appropriate', '']]);
    expect(tv('States should not act unilaterally here.', 'States should not act together here.')).toEqual([['lexical', 'unilaterally', 'together']]);
  });

  it('"quickly", "rapidly", "immediately" are time limits: "without undue delay" (or "without delay") → "quickly" is a limit reworded in place', () => {
    expect(tv('Operators shall report significant incidents without undue delay.', 'Operators shall report significant incidents quickly.')).toEqual([['lexical', 'without undue delay', 'quickly']]);
    expect(tv('Operators shall report significant incidents without undue delay.', 'Operators shall report significant incidents rapidly.')).toEqual([['lexical', 'without undue delay', 'rapidly']]);
    expect(tv('Operators shall report significant incidents without delay.', 'Operators shall report significant incidents immediately.')).toEqual([['lexical', 'without delay', 'immediately']]);
    expect(variants('Operators shall report significant incidents.', 'Operators shall quickly report significant incidents.').map((v) => [v.type, v.direction])).toEqual([['qualifier-added', 'strengthened']]);
  });

  it('near miss: an adverb of an adjective or a participle ("rapidly evolving threats", "the immediately preceding request") is no time limit', () => {
    expect(types('States should address rapidly evolving threats.', 'States should address evolving threats.')).toEqual(['omission']);
    expect(types('States should address the immediately preceding request.', 'States should address the preceding request.')).toEqual(['omission']);
    expect(types('We welcome the quickly growing cooperation.', 'We welcome the growing cooperation.')).toEqual(['omission']);
  });

  it('near miss: a one-word limit replaced by a word the base has elsewhere, or by a noun, is still dropped', () => {
    expect(types('States should respond promptly to requests.', 'States should respond to requests.')).toEqual(['qualifier-dropped']);
    expect(types('States should respond promptly to requests.', 'States should respond to States requests.')).toContain('qualifier-dropped');
  });

  it('a time limit dropped says the obligation no longer has one; "within its competence" is no time limit', () => {
    const [v] = variants('The controller shall notify the authority without undue delay.', 'The controller shall notify the authority.');
    expect([v.type, v.base]).toEqual(['qualifier-dropped', 'without undue delay']);
    expect(v.explanation).toContain('no longer sets a time limit');
    expect(types('The controller shall act within its competence.', 'The controller shall act.')).toEqual(['omission']);
  });

  it('a time cap ("for no longer than ten years", "not exceeding", "at most", "no more than") is a time limit: added to an obligation, strengthened', () => {
    const td = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
    expect(td('Health data shall be kept.', 'Health data shall be kept for no longer than ten years.')).toEqual([['qualifier-added', '', 'for no longer than ten years', 'strengthened']]);
    expect(
      ofType('Health data shall be kept for no longer than is necessary for the purposes for which they are processed.', 'Health data shall be kept for no longer than is necessary for the purposes for which they are processed, and in any event for no longer than ten years.', 'qualifier-added').map((v) => [v.reading, v.direction]),
    ).toEqual([['for no longer than ten years', 'strengthened']]);
    expect(td('Records shall be kept.', 'Records shall be kept for a period not exceeding five years.')).toEqual([['qualifier-added', '', 'for a period not exceeding five years', 'strengthened']]);
    expect(td('Records shall be kept.', 'Records shall be kept for at most five years.')).toEqual([['qualifier-added', '', 'for at most five years', 'strengthened']]);
    expect(td('Data shall be stored for no more than 30 days.', 'Data shall be stored.')).toEqual([['qualifier-dropped', 'for no more than 30 days', '', 'weakened']]);
    expect(td('Records shall be retained no longer than necessary.', 'Records shall be retained.')).toEqual([['qualifier-dropped', 'no longer than necessary', '', 'weakened']]);
  });

  it('near misses: "not exceeding", "at most" before an amount or a count, and "no longer" without "than", are no time limit', () => {
    expect(types('Breaches shall be fined.', 'Breaches shall be fined an amount not exceeding EUR 10 000.')).toEqual(['addition']);
    expect(types('The board shall have members.', 'The board shall have at most three members.')).toEqual(['addition']);
    expect(types('Data no longer needed shall be deleted.', 'Data shall be deleted.')).toEqual(['omission']);
  });
});

describe('qualifier: a phrase opening its sentence', () => {
  it('takes its comma, and its consequence names the rule that follows it (a permission here)', () => {
    const vs = variants('By way of derogation from paragraph 1, the controller may transfer data.', 'The controller may transfer data.');
    expect(vs.map((v) => [v.type, v.base])).toEqual([['qualifier-dropped', 'By way of derogation from paragraph 1,']]);
    expect(vs[0].explanation).toContain('the permission becomes unconditional');
    expect(variants('Where appropriate, States should share data.', 'States should share data.')[0].explanation).toContain('the obligation becomes unconditional');
  });
});

describe('qualifier: knowledge and intent', () => {
  it('"knowingly" dropped from a prohibition is a dropped manner qualifier, not a plain omission', () => {
    const [v] = variants('States should not knowingly allow their territory to be used.', 'States should not allow their territory to be used.');
    expect([v.type, v.base]).toEqual(['qualifier-dropped', 'knowingly']);
  });

  it('"in case of" → "when" is another connective for the same condition', () => {
    expect(ofType('In case of incidents, States should consult.', 'When incidents occur, States should consult.', 'grammatical').map((v) => v.base)).toEqual(['In case of']);
  });
});

describe('qualifier: the tail of a larger omission', () => {
  it('a purpose at the end of a dropped predicate is part of one omission', () => {
    const vs = variants(
      'A State should not support activity that damages infrastructure or otherwise impairs the operation of infrastructure to provide services to the public.',
      'A State should not support activity that damages infrastructure.',
    );
    expect(vs.map((v) => [v.type, v.base])).toEqual([['omission', 'or otherwise impairs the operation of infrastructure to provide services to the public']]);
  });

  it('after a noun alone, or on its own, the phrase is still a dropped qualifier', () => {
    expect(types('States should share data to protect users.', 'States should share data.')).toEqual(['qualifier-dropped']);
  });
});

describe('qualifier: "to the extent permitted by", "insofar as"', () => {
  it('dropped, it is a condition dropped', () => {
    expect(ofType('Each State will share data to the extent permitted by its domestic law.', 'Each State will share data.', 'qualifier-dropped').map((v) => v.base)).toEqual(['to the extent permitted by its domestic law']);
  });
});

describe('qualifier: "in a timely manner" is a time limit', () => {
  it('reworded as "without undue delay" it is one lexical variant', () => {
    expect(variants('The Participants will notify the other in a timely manner of any breach.', 'The Participants will notify the other without undue delay of any breach.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['lexical', 'in a timely manner', 'without undue delay'],
    ]);
  });
});

describe('qualifier: a series after the head goes on past its commas', () => {
  it('nouns and verbs in a series; a comma before a clause of its own still ends the phrase', () => {
    expect(phrases('States should train staff, including researchers, engineers and managers.')).toEqual(['including researchers, engineers and managers']);
    expect(phrases('States should use the toolbox in order to prevent, discourage, deter and respond to malicious activities.')).toEqual([
      'in order to prevent, discourage, deter and respond to malicious activities',
    ]);
    expect(phrases('With partners, including researchers, States should act.')).toEqual(['including researchers']);
  });
});

describe('qualifier: deadlines by a year (next-word in qualifiers.yaml)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('"by 2025", "by March 2025", "by end-2025" dropped are time limits dropped', () => {
    expect(brief('States shall report on progress by 2025.', 'States shall report on progress.')).toEqual([['qualifier-dropped', 'by 2025', '']]);
    expect(brief('States shall report on progress by March 2025.', 'States shall report on progress.')).toEqual([['qualifier-dropped', 'by March 2025', '']]);
    expect(brief('Parties shall report by end-2025.', 'Parties shall report.')).toEqual([['qualifier-dropped', 'by end-2025', '']]);
  });

  it('the same deadline written out is not a time limit dropped and added', () => {
    expect(brief('Parties shall report by end-2025.', 'Parties shall report by the end of 2025.')).toEqual([['compound', 'end-2025', 'the end of 2025']]);
  });

  it('a date after "by" is a deadline too (the next two words matched)', () => {
    expect(brief('Member States shall notify those rules to the Commission.', 'Member States shall notify those rules to the Commission by 25 May 2026.')).toEqual([
      ['qualifier-added', '', 'by 25 May 2026'],
    ]);
  });

  it('near miss: "by" before another number is no deadline', () => {
    expect(brief('States should reduce emissions by 50 per cent.', 'States should reduce emissions.')).toEqual([['omission', 'by 50 per cent', '']]);
    expect(brief('It was adopted by 25 votes.', 'It was adopted.')).toEqual([['omission', 'by 25 votes', '']]);
  });

  it('a next-word pattern that is not a regular expression is refused, naming the file', () => {
    const raw: Record<string, unknown> = {};
    for (const f of LEXICON_FILES) raw[f] = readPackageData(f) ?? {};
    raw.qualifiers = mergeData(raw.qualifiers, { heads: [{ phrase: 'after', kind: 'time', 'next-word': ['(19'] }] });
    expect(() => compileLexicons(raw)).toThrow(/next-word pattern '\(19' of 'after'/);
  });
});

describe('qualifier: from a trial on a data-protection law', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('"provided that" dropped is a condition dropped; "provided for by" (a participle) is not a condition', () => {
    expect(brief('States may transfer data provided that safeguards exist.', 'States may transfer data.')).toEqual([['qualifier-dropped', 'provided that safeguards exist', '']]);
    expect(brief('Safeguards may be provided for by clauses adopted by the Commission.', 'Safeguards may be provided.').map((x) => x[0])).toEqual(['omission']);
  });

  it('an exception added to a rule lifts it there; dropped, the rule holds everywhere', () => {
    const added = variants('The controller shall not further process the data.', 'The controller shall not further process the data, unless the data subject has given consent.');
    expect(added.map((v) => v.type)).toEqual(['qualifier-added']);
    expect(added[0].explanation).toContain('the prohibition now admits an exception');
    const dropped = variants('The controller shall process the data, unless the data subject objects.', 'The controller shall process the data.');
    expect(dropped[0].explanation).toContain('the obligation no longer admits that exception');
    // a condition that is not an exception keeps its own wording
    expect(variants('States may share data.', 'States may share data if the owner agrees.')[0].explanation).toContain('now holds only under it');
  });

  it('"without undue delay" between the auxiliary and the verb does not make the duty a prohibition', () => {
    const vs = variants('The controller shall without undue delay notify the authority.', 'The controller shall notify the authority.');
    expect(vs.map((v) => [v.type, v.base])).toEqual([['qualifier-dropped', 'without undue delay']]);
    expect(vs[0].explanation).toContain('the obligation no longer sets a time limit');
  });
});

describe('qualifier: from a trial on a ministerial statement', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('", consistent with …" dropped is a condition dropped; "shall be consistent with" is the predicate', () => {
    expect(brief('States should cooperate in investigations, consistent with their domestic law and international human rights obligations.', 'States should cooperate in investigations.').map((x) => x[0])).toEqual(['qualifier-dropped']);
    expect(brief('Measures shall be consistent with international law.', 'Measures shall be lawful.').map((x) => x[0])).not.toContain('qualifier-dropped');
  });

  it('"the capacity of developing countries to detect" is a complement, not a purpose; "the authorities of other States to prevent" is a purpose', () => {
    expect(brief('We will build the capacity of developing countries to detect, deter and respond to ransomware.', 'We will build the capacity of developing countries.')).toEqual([
      ['omission', 'to detect, deter and respond to ransomware', ''],
    ]);
    expect(brief('States should share data with the authorities of other States to prevent crime.', 'States should share data with the authorities of other States.')).toEqual([
      ['qualifier-dropped', 'to prevent crime', ''],
    ]);
  });
});

describe('qualifier: "where" and "when" after a noun', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('after a noun that is no place (time) they open a condition', () => {
    expect(brief('States should cooperate in investigations and prosecutions.', 'States should cooperate in investigations and prosecutions where a treaty is in force.')).toEqual([
      ['qualifier-added', '', 'where a treaty is in force'],
    ]);
  });
  it('near misses: after a noun of place or time they open a relative clause', () => {
    expect(brief('Companies should abide by the laws of the State where they operate.', 'Companies should abide by the laws of the State.').map((x) => x[0])).toEqual(['omission']);
    expect(brief('States should notify the authority at the time when the breach occurs.', 'States should notify the authority.').map((x) => x[0])).toEqual(['omission']);
  });
});

describe('qualifier: what the rule is, in the explanation', () => {
  it('"can" with a party, or in the passive, permits; with anything else it says what is possible', () => {
    expect(variants('Attacks on critical infrastructure, including health-care facilities, can have devastating effects.', 'Attacks on critical infrastructure can have devastating effects.')[0].explanation).toContain('the statement no longer names that case');
    expect(variants('Data may be transferred provided that safeguards exist.', 'Data may be transferred.')[0].explanation).toContain('the permission becomes unconditional');
    expect(variants('States may transfer data provided that safeguards exist.', 'States may transfer data.')[0].explanation).toContain('the permission becomes unconditional');
  });
});

describe('qualifier: a limb of a condition', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('dropped or added inside a condition the other side keeps is a qualifier change, not a plain omission', () => {
    expect(brief('Personal data should not be disclosed except with the consent of the data subject or by the authority of law.', 'Personal data should not be disclosed except with the consent of the data subject.')).toEqual([
      ['qualifier-dropped', 'or by the authority of law', ''],
    ]);
    expect(brief('States may transfer data if the recipient is certified.', 'States may transfer data if the recipient is certified or the data are encrypted.')).toEqual([
      ['qualifier-added', '', 'or the data are encrypted'],
    ]);
  });
  it('an "or" limb added to an exception widens it: the rule holds in fewer cases (weakened); dropped, strengthened', () => {
    const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
    const added = variants('Health data shall not be shared with third parties unless the data subject has given explicit consent.', 'Health data shall not be shared with third parties unless the data subject has given explicit consent or the sharing is required by law.');
    expect(added.map((v) => [v.type, v.direction])).toEqual([['qualifier-added', 'weakened']]);
    expect(added[0].explanation).toContain('a limb added to the exception');
    expect(added[0].explanation).toContain('the exception is wider: the prohibition holds in fewer cases');
    expect(dir('Controllers shall notify the authority unless the data are encrypted.', 'Controllers shall notify the authority unless the data are encrypted or the breach is minor.')).toEqual([['qualifier-added', 'weakened']]);
    expect(dir('States shall not transfer data without the consent of the owner.', 'States shall not transfer data without the consent of the owner or an order of a court.')).toEqual([['qualifier-added', 'weakened']]);
    expect(dir('Personal data should not be disclosed except with the consent of the data subject or by the authority of law.', 'Personal data should not be disclosed except with the consent of the data subject.')).toEqual([['qualifier-dropped', 'strengthened']]);
  });
  it('an "or" limb added to a condition widens it: the rule holds in more cases (strengthened); an "and" limb narrows it', () => {
    const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
    const or = variants('Controllers shall notify the authority if the breach is serious.', 'Controllers shall notify the authority if the breach is serious or the data are sensitive.');
    expect(or.map((v) => [v.type, v.direction])).toEqual([['qualifier-added', 'strengthened']]);
    expect(or[0].explanation).toContain('the condition is wider: the obligation holds in more cases');
    expect(dir('Controllers shall notify the authority if the breach is serious.', 'Controllers shall notify the authority if the breach is serious and the data are sensitive.')).toEqual([['qualifier-added', 'weakened']]);
    expect(dir('Controllers shall notify the authority if the breach is serious or the data are sensitive.', 'Controllers shall notify the authority if the breach is serious.')).toEqual([['qualifier-dropped', 'weakened']]);
    // an "and" limb of an exception dropped: the exception needs less, the rule holds in fewer cases
    expect(dir('Data shall not be shared unless the subject consents and the authority agrees.', 'Data shall not be shared unless the subject consents.')).toEqual([['qualifier-dropped', 'weakened']]);
  });
  it('a permission restricted to its condition ("may … only if") is a prohibition elsewhere: a wider condition weakens it', () => {
    const v = variants('Data may be transferred only if the recipient is certified and the data are encrypted.', 'Data may be transferred only if the recipient is certified.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'weakened']]);
    expect(v[0].explanation).toContain("the permission holds in more cases, and the restriction ('only') in fewer");
    expect(variants('Data may be transferred only where protection is ensured.', 'Data may be transferred only where protection is ensured or safeguards are provided.').map((x) => x.direction)).toEqual(['weakened']);
  });
  it('near misses: a plain permission, a statement and a "nor" limb have no direction', () => {
    const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
    expect(dir('States may transfer data if the recipient is certified.', 'States may transfer data if the recipient is certified or the data are encrypted.')).toEqual([['qualifier-added', null]]);
    expect(dir('The tool is used if data exist.', 'The tool is used if data exist or the server responds.')).toEqual([['qualifier-added', null]]);
    expect(dir('Data shall not be shared unless the subject consents.', 'Data shall not be shared unless the subject consents nor the authority objects.')).toEqual([['qualifier-added', null]]);
  });
  it('a limb set off by a comma before its coordinator is a limb all the same, with a subject of its own or a finite verb', () => {
    const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
    expect(dir('Personal information shall not be shared unless the person consents.', 'Personal information shall not be shared unless the person consents, or a court orders it.')).toEqual([['qualifier-added', 'weakened']]);
    expect(dir('Controllers shall notify the authority if the breach is serious.', 'Controllers shall notify the authority if the breach is serious, or the data are sensitive.')).toEqual([['qualifier-added', 'strengthened']]);
    expect(dir('A Party may restrict transfers if the restriction is necessary.', 'A Party may restrict transfers if the restriction is necessary, and is applied in a transparent manner.')).toEqual([['qualifier-added', null]]);
    expect(dir('A Party may adopt measures, provided that the measure is not a disguised restriction on trade, and does not impose restrictions greater than are required.', 'A Party may adopt measures, provided that the measure is not a disguised restriction on trade.')).toEqual([['qualifier-dropped', null]]);
    // (the limb is a clause with its own negation: the first limb's "not" does not take it in)
    const added = variants('A Party may adopt measures, provided that the measure is not a disguised restriction on trade.', 'A Party may adopt measures, provided that the measure is not a disguised restriction on trade, and does not impose restrictions greater than are required.');
    expect(added.map((v) => v.type)).toEqual(['qualifier-added']);
    expect(added[0].explanation).toContain('the condition is narrower: the permission holds in fewer cases');
    expect(added[0].explanation).not.toContain('under');
    expect(dir('Personal data shall not be disclosed except with the consent of the data subject, or by the authority of law.', 'Personal data shall not be disclosed except with the consent of the data subject.')).toEqual([['qualifier-dropped', 'strengthened']]);
  });
  it('near misses: after the comma, a new predicate under the main modal or a statement\'s second verb stays an addition', () => {
    expect(types('Controllers shall notify the authority if the breach is serious.', 'Controllers shall notify the authority if the breach is serious, and publish a notice.')).toEqual(['addition']);
    expect(types('Controllers shall notify the authority if the breach is serious.', 'Controllers shall notify the authority if the breach is serious, and shall publish a notice.')).toEqual(['addition']);
    expect(types('The committee meets if requested.', 'The committee meets if requested, and reports to the Council on its work.')).toEqual(['addition']);
  });
  it('near miss: a coordinated predicate dropped outside any condition stays an omission', () => {
    expect(brief('States should protect data and share information with partners.', 'States should protect data.').map((x) => x[0])).toEqual(['omission']);
  });
});

describe('qualifier: "except where" is one head', () => {
  it('", except where necessary for …" dropped is one condition dropped, its comma and "except" included', () => {
    const vs = variants('The sides shall not restrict data flows, except where necessary for legitimate public policy objectives.', 'The sides shall not restrict data flows.');
    expect(vs.map((v) => [v.type, v.base])).toEqual([['qualifier-dropped', ', except where necessary for legitimate public policy objectives']]);
    expect(vs[0].explanation).toContain('the prohibition becomes absolute');
  });
});

describe('qualifier: "under" after a copula is a predicate, not a condition', () => {
  it('"is subject to malicious acts" → "is under attack" is lexical', () => {
    expect(types('States should help a State whose infrastructure is subject to malicious acts.', 'States should help a State whose infrastructure is under attack.')).toEqual(['lexical']);
  });
  it('near miss: "under international law" after a verb still opens a condition', () => {
    expect(types('States should act under international law.', 'States should act.')).toEqual(['qualifier-dropped']);
  });
});

describe('qualifier: a phrase kept at its start but cut short', () => {
  it('"including how individuals can pursue remedies and how businesses can comply" → "including how individuals can seek remedies": a word replaced and the tail omitted', () => {
    const v = variants('Each Party shall publish information on its rules, including how individuals can pursue remedies and how businesses can comply with legal requirements.', 'Each Party shall publish information on its rules, including how individuals can seek remedies.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'pursue', 'seek'], ['omission', 'and how businesses can comply with legal requirements', '']]);
  });
  it('near miss: words after the kept noun restated before it ("the consent of the persons concerned" → "people\'s consent") reword the phrase in place', () => {
    expect(types('Authorities should not transfer such data without the consent of the persons concerned.', 'Authorities should not transfer such data without people\'s consent.')).not.toContain('omission');
  });
  it('near miss: a phrase reworded at its end with nothing dropped outright is reworded in place', () => {
    const v = variants('States should do it through judicial assistance or other relevant multilateral and bilateral agreements.', 'States should do it through judicial assistance or other appropriate channels.');
    expect(v.map((x) => x.type)).toEqual(['lexical']);
  });
});

describe('qualifier: a head right after a head', () => {
  it('", including through mutual recognition …" is one named case, dropped like ", including mutual recognition …"', () => {
    expect(phrases('The Parties shall promote compatibility, including through mutual recognition of certification mechanisms.')).toContain('including through mutual recognition of certification mechanisms');
    expect(types('The Parties shall promote compatibility between their regimes, including through mutual recognition of certification mechanisms.', 'The Parties shall promote compatibility between their regimes.')).toEqual(['qualifier-dropped']);
  });
  it('near miss: a head further on still ends the phrase', () => {
    expect(phrases('States should share data, including data held by companies, unless it is classified.')).toContain('including data held by companies');
  });
});

describe('qualifier: a first deadline dropped before a period kept ("every five years")', () => {
  it('"within three years of its entry into force and every five years thereafter" → "every five years": the deadline is dropped, the period kept', () => {
    const v = variants('The Parties shall review this Chapter within three years of its entry into force and every five years thereafter.', 'The Parties shall review this Chapter every five years.');
    expect(v.filter((x) => x.class === 'substantive').map((x) => [x.type, x.base])).toEqual([
      ['qualifier-dropped', 'within three years of its entry into force'],
      ['omission', 'thereafter'],
    ]);
  });
  it('a period changed or dropped', () => {
    expect(types('The Parties shall review this Chapter every five years.', 'The Parties shall review this Chapter every two years.')).toEqual(['lexical']);
    expect(types('The Parties shall review this Chapter every five years.', 'The Parties shall review this Chapter.')).toEqual(['qualifier-dropped']);
  });
});

describe('qualifier: the direction of a condition or time limit on a rule that binds', () => {
  const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
  it('an exception added weakens, a hedge dropped strengthens, a time limit dropped weakens, a prohibition made absolute strengthens', () => {
    expect(dir('Public bodies should publish the source code.', 'Public bodies should publish the source code, except for national security purposes.')).toEqual([['qualifier-added', 'weakened']]);
    expect(dir('States should, where appropriate, share data.', 'States should share data.')).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(dir('The controller shall notify the authority within 72 hours.', 'The controller shall notify the authority.')).toEqual([['qualifier-dropped', 'weakened']]);
    expect(dir("States shall not obtain data without other States' permission.", 'States shall not obtain data.')).toEqual([['qualifier-dropped', 'strengthened']]);
  });
  it('near misses: a permission, a named case and a purpose have no direction', () => {
    expect(dir('Controllers may transfer data if safeguards exist.', 'Controllers may transfer data.')).toEqual([['qualifier-dropped', null]]);
    expect(dir('States should share data, including health data.', 'States should share data.')).toEqual([['qualifier-dropped', null]]);
  });
});

describe('qualifier: a manner reworded as a time limit in place', () => {
  it('"in a clear and timely manner" → "promptly" is one lexical variant, both ways', () => {
    expect(variants('Public bodies shall inform individuals in a clear and timely manner.', 'Public bodies shall inform individuals promptly.').map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'in a clear and timely manner', 'promptly']]);
    expect(types('Public bodies shall inform individuals promptly.', 'Public bodies shall inform individuals in a clear and timely manner.')).toEqual(['lexical']);
  });
  it('near miss: a purpose for a manner is no rewording in place', () => {
    expect(types('Public bodies shall inform individuals in a clear manner.', 'Public bodies shall inform individuals to ensure transparency.')).not.toEqual(['lexical']);
  });
});

describe('qualifier: the marker of an open list', () => {
  it('"inter alia" dropped is a named case dropped: the list no longer says it is open', () => {
    const [v] = variants('Members should, inter alia, publish impact assessments.', 'Members should publish impact assessments.');
    expect([v.type, v.base]).toEqual(['qualifier-dropped', ', inter alia,']);
    expect(v.explanation).toContain('the list no longer says it is open');
  });
  it('near miss: "among" before other words is no such marker', () => {
    expect(types('Members should share data among agencies.', 'Members should share data.')).toEqual(['omission']);
  });
});

describe('qualifier: the "to" of a modal marker opens no purpose', () => {
  it('"will endeavour to respond … without undue delay": the time limit is its own phrase', () => {
    expect(phrases('The Participants will endeavour to respond to requests for assistance without undue delay.')).toEqual(['without undue delay']);
    expect(variants('The Participants will endeavour to respond to requests without undue delay.', 'The Participants will make efforts to respond to requests promptly.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['modality', 'endeavour', 'make efforts'],
      ['lexical', 'without undue delay', 'promptly'],
    ]);
  });
  it('near miss: a purpose "to" after a verb still opens one', () => {
    expect(phrases('States should cooperate to respond to requests.')).toEqual(['to respond to requests']);
  });
});

describe('qualifier: a restriction ("only", "solely")', () => {
  it('"used only for the purposes of" → "used for the purposes of" drops a restriction: the obligation binds less', () => {
    const [v] = variants('Shared information shall be used only for the purposes of this Memorandum.', 'Shared information shall be used for the purposes of this Memorandum.');
    expect([v.type, v.base, v.direction]).toEqual(['qualifier-dropped', 'only', 'weakened']);
    expect(types('Data shall be processed for research.', 'Data shall be processed solely for research.')).toEqual(['qualifier-added']);
  });
  it('near misses: "not only … but also", and the "only" of "only if" when the other side reads an exception (the rule stated the other way)', () => {
    expect(types('States should not only protect data but also share it.', 'States should protect data but also share it.')).not.toContain('qualifier-dropped');
    expect(types('Data shall not be transferred unless safeguards exist.', 'Data may be transferred only if safeguards exist.')).toEqual(['grammatical', 'grammatical']);
    expect(types('Data may be transferred only where safeguards exist.', 'Data shall not be transferred except where safeguards exist.')).toEqual(['grammatical', 'grammatical']);
    // (without the turn from permission to prohibition, "only where" → "except where" says the opposite)
    expect(types('Data shall be transferred only where safeguards exist.', 'Data shall be transferred except where safeguards exist.')).toEqual(['lexical']);
  });
  it('the "only" before a condition ("only where", "only if", "only when") dropped or added is a restriction, on a permission too', () => {
    const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
    expect(brief('Health data may be transferred to a third country only where adequate protection is ensured.', 'Health data may be transferred to a third country where adequate protection is ensured.')).toEqual([['qualifier-dropped', 'only', '', 'weakened']]);
    expect(brief('Health data shall be transferred to a third country only where adequate protection is ensured.', 'Health data shall be transferred to a third country where adequate protection is ensured.')).toEqual([['qualifier-dropped', 'only', '', 'weakened']]);
    expect(brief('Data may be transferred only if safeguards exist.', 'Data may be transferred if safeguards exist.')).toEqual([['qualifier-dropped', 'only', '', 'weakened']]);
    expect(brief('Records may be disclosed when the court orders it.', 'Records may be disclosed only when the court orders it.')).toEqual([['qualifier-added', '', 'only', 'strengthened']]);
    expect(brief('States may use force only in self-defence.', 'States may use force in self-defence.')).toEqual([['qualifier-dropped', 'only', '', 'weakened']]);
  });
  it('near miss: a statement restricted by "only" has no direction', () => {
    expect(variants('The tool is used only where data exist.', 'The tool is used where data exist.').map((v) => [v.type, v.direction ?? null])).toEqual([['qualifier-dropped', null]]);
  });
  it('a limb added to the condition the "only" opened is still a limb of that condition ("only where A" → "where A or B")', () => {
    const vs = variants('Health data may be transferred to a third country only where adequate protection is ensured.', 'Health data may be transferred to a third country where adequate protection is ensured or appropriate safeguards are provided.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['qualifier-dropped', 'only', ''],
      ['qualifier-added', '', 'or appropriate safeguards are provided'],
    ]);
    expect(vs[1].explanation).toContain("'where adequate protection is ensured or appropriate safeguards are provided'");
    expect(types('Data may be transferred only if protection is ensured.', 'Data may be transferred if protection is ensured and the authority agrees.')).toEqual(['qualifier-dropped', 'qualifier-added']);
  });
  it('near miss: a limb added to a relative clause neither side reads as a condition stays an addition', () => {
    expect(types('Data may be stored in a country where the servers are located.', 'Data may be stored in a country where the servers are located or the company is registered.')).toEqual(['addition']);
  });
});

describe('qualifier: whether the act binds ("on a voluntary basis", "wherever possible")', () => {
  it('dropped strengthens, added weakens', () => {
    expect(variants('All States should nominate, on a voluntary basis, a point of contact.', 'All States should nominate a point of contact.').map((v) => [v.type, v.direction])).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(variants('The mechanism should decide by consensus and allow participation.', 'The mechanism should decide by consensus wherever possible and allow participation.').map((v) => [v.type, v.direction])).toEqual([['qualifier-added', 'weakened']]);
  });
  it('near miss: a manner ("gradually") has no direction', () => {
    expect(variants('States should gradually reduce tariffs.', 'States should reduce tariffs.').map((v) => [v.type, v.direction ?? null])).toEqual([['qualifier-dropped', null]]);
  });
});

describe('qualifier: a time limit after a dropped purpose', () => {
  it('"to commence work no later than March 2026" dropped: the purpose and the time limit, each', () => {
    const v = variants('States recommended the establishment of a mechanism, to commence work no later than March 2026.', 'States recommended the establishment of a mechanism.');
    expect(v.filter((x) => x.type === 'qualifier-dropped').map((x) => x.base)).toEqual(['to commence work', 'no later than March 2026']);
  });
  it('near miss: a purpose after a dropped predicate is part of one omission', () => {
    expect(types('States should not conduct activity that damages infrastructure or otherwise impairs the operation of infrastructure to provide services to the public.', 'States should not conduct activity that damages infrastructure.')).toEqual(['omission']);
  });
});

describe('time-limit adverbs before a participle', () => {
  it('after an auxiliary the participle is the act: "shall be immediately reported" sets a time limit', () => {
    const v = variants('The breach shall be immediately reported to the authority.', 'The breach shall be reported to the authority.');
    expect(v.map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'immediately', 'weakened']]);
  });
  it('near miss: before a participle that qualifies a noun, the adverb qualifies that word', () => {
    expect(variants('States face rapidly evolving threats.', 'States face evolving threats.').map((x) => x.type)).toEqual(['omission']);
  });
});

describe('qualifier: the clause a noun opens inside a condition ("where there is a risk that …")', () => {
  const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base]);
  it('is part of the condition: an "or" limb dropped from it is a limb of the condition', () => {
    expect(dir('A licence shall be refused where there is a risk that the item may be used for internal repression or serious violations of human rights.', 'A licence shall be refused where there is a risk that the item may be used for internal repression.')).toEqual([
      ['qualifier-dropped', 'weakened', 'or serious violations of human rights'],
    ]);
    expect(dir('The Office shall refuse a licence where there is a clear risk that the item might be used for internal repression or the surveillance of journalists.', 'The Office shall refuse a licence where there is a clear risk that the item might be used for internal repression.')).toEqual([
      ['qualifier-dropped', 'weakened', 'or the surveillance of journalists'],
    ]);
    expect(phrases('Where the personal information that the controller holds is inaccurate, the controller shall correct it.')).toEqual(['Where the personal information that the controller holds is inaccurate']);
  });
  it('the whole condition dropped is one qualifier-dropped, not a condition and an omission', () => {
    expect(dir('A licence shall be refused where there is a risk that the item may be used for internal repression.', 'A licence shall be refused.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where there is a risk that the item may be used for internal repression'],
    ]);
  });
  it('near misses: "that" after a verb still opens a clause of its own; a coordinated predicate outside a condition stays an omission', () => {
    // (the object clause of the condition's verb is what the condition says: part of it, see
    // qualifier-trials.test.ts; the clause of the rule after the comma is not)
    expect(phrases('If the Committee decides that the request is valid, the State shall comply.')).toEqual(['If the Committee decides that the request is valid']);
    expect(types('States should ensure that the item is not used for repression and inform the Office.', 'States should ensure that the item is not used for repression.')).toEqual(['omission']);
  });
});

describe('qualifier: cases named by their weight ("in exceptional cases", "in duly justified cases", "in urgent cases")', () => {
  const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
  it('are conditions: added to an obligation weakened, dropped strengthened; on a permission no direction', () => {
    expect(dir('The Office shall extend the period by 15 days.', 'The Office shall, in exceptional cases, extend the period by 15 days.')).toEqual([['qualifier-added', 'weakened']]);
    expect(dir('In duly justified cases, the Office shall extend the period.', 'The Office shall extend the period.')).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(dir('The Office shall not, in exceptional circumstances, grant a licence.', 'The Office shall not grant a licence.')).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(dir('The Office may, in urgent cases, grant a licence orally.', 'The Office may grant a licence orally.')).toEqual([['qualifier-dropped', null]]);
  });
  it('near miss: "exceptional" describing a noun elsewhere is a plain omission', () => {
    expect(types('The Office shall publish the list of exceptional cases.', 'The Office shall publish the list of cases.')).toEqual(['omission']);
  });
});

describe('a preposition of the same kind after a noun of a qualifier phrase', () => {
  it('"consistent with their obligations under international law" is one condition', () => {
    const v = variants('Calls upon Member States to refrain from damaging critical infrastructure, consistent with their obligations under international law;', 'Calls upon Member States to refrain from damaging critical infrastructure;');
    expect(v.map((x) => [x.type, x.base])).toEqual([['qualifier-dropped', ', consistent with their obligations under international law']]);
  });
  it('near miss: a head of another kind after the noun opens its own phrase', () => {
    const v = variants('Providers shall report incidents in accordance with the law within 72 hours.', 'Providers shall report incidents in accordance with the law.');
    expect(v.map((x) => [x.type, x.base])).toEqual([['qualifier-dropped', 'within 72 hours']]);
  });
});

describe('"upon their request" is a condition', () => {
  it('dropped, it is a qualifier-dropped', () => {
    expect(variants('States shall provide assistance to developing countries upon their request.', 'States shall provide assistance to developing countries.').map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'upon their request', 'strengthened']]);
  });
  it('near miss: "commented on the request" names no condition', () => {
    expect(variants('States commented on the request.', 'States commented.').map((x) => x.type)).toEqual(['omission']);
  });
});

describe('a mental element (kind intent)', () => {
  it('"knowingly" dropped from a prohibition widens it: strengthened; added, weakened', () => {
    expect(variants('States shall not knowingly support ICT activity that damages infrastructure.', 'States shall not support ICT activity that damages infrastructure.').map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'knowingly', 'strengthened']]);
    expect(variants('States shall not support attacks.', 'States shall not intentionally support attacks.').map((x) => [x.type, x.direction])).toEqual([['qualifier-added', 'weakened']]);
  });
  it('near miss: on a permission it has no direction', () => {
    expect(variants('States may knowingly share data.', 'States may share data.')[0].direction).toBeUndefined();
  });
  it('one mental element reworded and moved in its sentence is one lexical variant with no direction', () => {
    const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);
    expect(vt('Member States should not support attacks that intentionally damage critical infrastructure.', 'Member States should not support attacks that damage critical infrastructure on purpose.')).toEqual([['lexical', 'intentionally', 'on purpose', undefined]]);
    expect(vt('Member States should not intentionally damage critical infrastructure.', 'Member States should not damage critical infrastructure deliberately.')).toEqual([['lexical', 'intentionally', 'deliberately', undefined]]);
    expect(vt('Operators shall not wilfully disclose personal data.', 'Operators shall not disclose personal data on purpose.')).toEqual([['lexical', 'wilfully', 'on purpose', undefined]]);
  });
  it('"on purpose" alone added is a mental element added', () => {
    expect(variants('Member States should not damage critical infrastructure.', 'Member States should not damage critical infrastructure on purpose.').map((x) => [x.type, x.reading, x.direction])).toEqual([['qualifier-added', 'on purpose', 'weakened']]);
  });
  it('near miss: dropped from one sentence and added to another, two rules: each keeps its direction', () => {
    const v = variants('States should not knowingly allow attacks on hospitals. States should report incidents.', 'States should not allow attacks on hospitals. States should deliberately report incidents.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'strengthened'], ['qualifier-added', 'weakened']]);
  });
});

describe('the complement of a directive verb is no purpose', () => {
  it('past a phrase set off by commas and a hyphenated name ("Requests the Secretary-General, within existing resources, to provide")', () => {
    const v = variants('Requests the Secretary-General, within existing resources, to provide the mechanism with the necessary support;', 'Requests the Secretary-General, within existing resources;');
    expect(v.some((x) => x.type === 'qualifier-dropped')).toBe(false);
  });
  it('near miss: after a verb that takes no infinitive, the "to" past a parenthesis is a purpose', () => {
    const v = variants('States shall cooperate, in good faith, to prevent attacks.', 'States shall cooperate, in good faith.');
    expect(v.map((x) => x.type)).toEqual(['qualifier-dropped']);
  });
});

describe('"may require": a party permitted to impose a duty', () => {
  it('a proviso dropped from a permission has no direction and says so', () => {
    const v = variants('A Party may require the service provider to preserve the data, provided that the order is reviewed by a court.', 'A Party may require the service provider to preserve the data.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', undefined]]);
    expect(v[0].explanation).toContain('the permission');
  });
  it('near miss: "shall require" binds', () => {
    const v = variants('A Party shall require the service provider to preserve the data, provided that the order is reviewed by a court.', 'A Party shall require the service provider to preserve the data.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'strengthened']]);
  });
});

describe('the usual case and an exclusion as qualifiers', () => {
  it('"normally", "in principle" dropped from an obligation: a condition dropped; ", excluding X" an exception', () => {
    expect(variants('The requested Party shall normally respond within ten days.', 'The requested Party shall respond within ten days.').map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'normally', 'strengthened']]);
    expect(variants('Providers shall preserve all data, excluding subscriber data.', 'Providers shall preserve all data.').map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'strengthened']]);
  });
  it('near miss: "normally" before an adjective qualifies that word', () => {
    expect(variants('Parties shall share normally available data.', 'Parties shall share available data.').map((x) => x.type)).toEqual(['omission']);
  });
});

describe('a proviso already says "only if" (qualifiers.yaml proviso)', () => {
  it('"provided that C" ↔ "but only where C": no restriction added or dropped', () => {
    const a = variants('The service provider may keep the order confidential, provided that this is necessary to avoid prejudicing the investigation.', 'The service provider may keep the order confidential, but only where this is necessary to avoid prejudicing the investigation.');
    expect(a.some((x) => x.type === 'qualifier-added' || x.type === 'qualifier-dropped')).toBe(false);
    const b = variants('A production order may be issued only by a judge, and only where the offence is serious.', 'A production order may be issued only by a judge, provided that the offence is serious.');
    expect(b.some((x) => x.type === 'qualifier-added' || x.type === 'qualifier-dropped')).toBe(false);
  });
  it('near miss: "only" added before a condition with no proviso on the other side is a restriction', () => {
    expect(variants('A production order may be issued where the offence is serious.', 'A production order may be issued only where the offence is serious.').map((x) => [x.type, x.direction])).toEqual([['qualifier-added', 'strengthened']]);
  });
});

describe('"simultaneously" sets the time of the act', () => {
  it('dropped from an obligation: a time limit dropped', () => {
    expect(variants('The issuing authority shall simultaneously inform the enforcing authority.', 'The issuing authority shall inform the enforcing authority.').map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'weakened']]);
  });
  it('near miss: before a participle it qualifies that word', () => {
    expect(variants('Parties shall report simultaneously occurring incidents.', 'Parties shall report occurring incidents.').map((x) => x.type)).toEqual(['omission']);
  });
});

describe('a condition whose only words left in the witness are words it keeps', () => {
  it('"Where the Office requires further information, it may extend" → "The Office may extend": the condition is dropped, not reworded into its subject', () => {
    const v = variants('Where the Office requires further information, it may extend the period by 15 working days.', 'The Office may extend the period by 15 working days.');
    expect(v.some((x) => x.type === 'qualifier-dropped')).toBe(true);
    expect(v.some((x) => x.explanation.includes('reworded in place'))).toBe(false);
  });
  it('near miss: with words in place of the changed ones it is reworded, to those words', () => {
    const v = variants('An order shall not be issued where the issuing authority has reasonable grounds to believe that it would be used to prosecute a person.', 'An order shall not be issued where the issuing authority knows that it would be used to prosecute a person.');
    expect(v.map((x) => [x.type, x.reading])).toEqual([['lexical', 'knows']]);
  });
});

describe('a condition dropped in one place and added, reworded, in another', () => {
  it('is one variant inside a merged clause (not a condition dropped and one added)', async () => {
    const { analyse } = await import('../../src/analyse/index.js');
    const { clause, corpus, witness } = await import('./helpers.js');
    const b = witness('law', [
      clause('The Office shall decide on a licence application within 30 working days of receipt of a complete application.', ['C1']),
      clause('Where the Office requires further information, it may extend the period referred to in paragraph 3 by a further 15 working days.', ['C2']),
    ]);
    const w = witness('summary', [clause('The Office has to decide within 30 working days of receiving a complete application, extendable by 15 working days if it needs more information.', ['C1', 'C2'])]);
    const c2 = analyse(corpus([b, w])).divergences.filter((v) => v.unit === 'C2');
    expect(c2.filter((v) => v.type === 'qualifier-dropped' || v.type === 'qualifier-added')).toEqual([]);
    expect(c2.some((v) => v.type === 'lexical' && v.explanation.startsWith('condition reworded and moved'))).toBe(true);
  });
});

describe('"contrary to", "in violation of": the rule reaches only unlawful acts (a condition)', () => {
  it('dropped from a prohibition: the prohibition becomes absolute', () => {
    const v = variants('Operators should not launch any activity contrary to their licence terms that disrupts the network.', 'Operators should not launch any activity that disrupts the network.');
    expect(v.map((x) => [x.type, x.direction, x.base])).toEqual([['qualifier-dropped', 'strengthened', 'contrary to their licence terms']]);
    const w = variants('Firms shall not transfer personal data in breach of the contract.', 'Firms shall not transfer personal data.');
    expect(w.map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'strengthened']]);
  });
  it('a relative clause after the condition reads the noun before it, not the condition (tagger reading "damages" as a noun)', () => {
    const v = variants('States should not conduct ICT activity contrary to their obligations under international law that damages critical infrastructure.', 'States should not conduct ICT activity that damages critical infrastructure.');
    expect(v.map((x) => [x.type, x.base])).toEqual([['qualifier-dropped', 'contrary to their obligations under international law']]);
  });
  it('near miss: after a linking verb it is the predicate, not a condition', () => {
    expect(types('Such activity is contrary to international law and must stop.', 'Such activity must stop.')).toEqual(['omission']);
  });
  it('near miss: a relative clause inside a clause condition stays in it', () => {
    const v = variants('Licences shall be refused where there is a risk that the item may be used for repression.', 'Licences shall be refused.');
    expect(v.map((x) => [x.type, x.base])).toEqual([['qualifier-dropped', 'where there is a risk that the item may be used for repression']]);
  });
});

// (from a new-user trial on cloud data: "unless an international agreement to which the State is a
// party so provides" dropped came out as a condition 'unless an international agreement to' and an
// omission of the rest: the relative after a preposition ended the condition)
describe('a relative clause inside a condition opened by a clause connective belongs to it', () => {
  const dropped = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base]);
  it('after a preposition ("to which", "in which", "by whom") or right after a short noun', () => {
    expect(dropped('A provider shall not grant any foreign authority access to data unless an international agreement to which the State is a party so provides.', 'A provider shall not grant any foreign authority access to data.')).toEqual([
      ['qualifier-dropped', 'unless an international agreement to which the State is a party so provides'],
    ]);
    expect(dropped('A provider shall not disclose the data unless the court in which the case is pending so orders.', 'A provider shall not disclose the data.')).toEqual([['qualifier-dropped', 'unless the court in which the case is pending so orders']]);
    expect(dropped('The provider shall disclose the data where an authority by whom a warrant was issued asks for it.', 'The provider shall disclose the data.')).toEqual([['qualifier-dropped', 'where an authority by whom a warrant was issued asks for it']]);
    expect(dropped('The provider shall not disclose the data if a court that has jurisdiction so orders.', 'The provider shall not disclose the data.')).toEqual([['qualifier-dropped', 'if a court that has jurisdiction so orders']]);
    expect(dropped('Providers may not export the records unless an agreement which the State has ratified so provides.', 'Providers may not export the records.')).toEqual([['qualifier-dropped', 'unless an agreement which the State has ratified so provides']]);
  });
  it('near misses: after a comma, after a verb the tagger reads as a noun, after a prepositional head the relative is not the condition\'s', () => {
    expect(dropped('The provider shall not disclose the data unless a judge orders it, to which the provider must agree.', 'The provider shall not disclose the data.')).toEqual([
      ['qualifier-dropped', 'unless a judge orders it'],
      ['omission', ', to which the provider must agree'],
    ]);
    expect(dropped('The provider shall not disclose the data unless the user consents which must be in writing.', 'The provider shall not disclose the data.')).toEqual([
      ['qualifier-dropped', 'unless the user consents'],
      ['omission', 'which must be in writing'],
    ]);
    expect(dropped('States should not conduct ICT activity contrary to their obligations under international law to which the treaty refers.', 'States should not conduct ICT activity to which the treaty refers.')).toEqual([
      ['qualifier-dropped', 'contrary to their obligations under international law'],
    ]);
  });
});

describe('what a claimed qualifier leaves of a change', () => {
  it('is trimmed of the words both sides read alike at its edges', () => {
    const v = variants('States should respond to appropriate requests for assistance.', 'States should respond promptly to all requests for assistance.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['qualifier-added', '', 'promptly'], ['lexical', 'appropriate', 'all']]);
    const w = variants('Operators shall report the incident to the national authority.', 'Operators shall report the incident without delay to a national authority.');
    expect(w.map((x) => [x.type, x.base, x.reading])).toEqual([['qualifier-added', '', 'without delay'], ['grammatical', 'the', 'a']]);
  });
  it('near miss: a change with no claim inside keeps its words', () => {
    expect(variants('States should respond to appropriate requests.', 'States should reply to all requests.').map((x) => x.type)).toContain('lexical');
  });
});

describe('"under …" after a participle, and a phrase reaching the main clause\'s modal', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.direction]);
  it('a post-nominal "under …" after a participle is no condition: the words dropped with it are an omission', () => {
    expect(phrases('Orders issued under this Agreement shall not intentionally target a person.')).toEqual(['intentionally']);
    expect(phrases('Data duly obtained under the Convention shall be used only for that purpose.')).toEqual(['only']);
    expect(vt('Licences granted under the Act shall be renewed.', 'Licences shall be renewed.')).toEqual([['omission', 'granted under the Act', undefined]]);
  });
  it('the qualifiers after the modal keep their type (mental element, restriction)', () => {
    expect(vt('Orders issued under this Agreement shall not intentionally target a person.', 'Orders issued under this Agreement shall not target a person.')).toEqual([['qualifier-dropped', 'intentionally', 'strengthened']]);
    expect(vt('Data obtained under this Agreement shall be used only for the purpose of the request.', 'Data obtained under this Agreement shall be used for the purpose of the request.')).toEqual([['qualifier-dropped', 'only', 'weakened']]);
  });
  it('a condition after the subject ends at the main clause\'s modal', () => {
    // ("under" + the name of a legal instrument after a noun is a reference, no condition: see condition-scope.test.ts)
    expect(phrases('Requests under the urgent procedure shall not knowingly target a journalist.')).toEqual(['under the urgent procedure', 'knowingly']);
    expect(phrases('Records kept by the operator under supervision shall be used solely for audits.')).toEqual(['under supervision', 'solely']);
    expect(vt('Records kept by the operator under supervision shall be used solely for audits.', 'Records kept by the operator under supervision shall be used for audits.')).toEqual([['qualifier-dropped', 'solely', 'weakened']]);
  });
  it('a coordinated infinitive is a duty of its own, not a limb of the condition', () => {
    expect(vt('Each State shall set up an office to examine the permits granted under this Act and to report to the minister.', 'Each State shall set up an office to examine the permits granted under this Act.')).toEqual([['omission', 'and to report to the minister', undefined]]);
    expect(vt('Each Party shall establish an authority to review the orders issued under this Agreement and to report its findings to the national parliament.', 'Each Party shall establish an authority to review the orders issued under this Agreement.')).toEqual([['omission', 'and to report its findings to the national parliament', undefined]]);
  });
  it('near misses: "under" after a verb of the rule is a condition; a condition clause keeps its own modal', () => {
    expect(vt('The operator shall act under the supervision of the authority.', 'The operator shall act.')).toEqual([['qualifier-dropped', 'under the supervision of the authority', 'strengthened']]);
    expect(phrases('Orders shall not be issued where the order would infringe rights.')).toEqual(['where the order would infringe rights']);
    expect(phrases('If a Party shall fail to comply, the other Party may suspend the Agreement.')).toEqual(['If a Party shall fail to comply']);
    expect(phrases('States should act in order to prevent attacks and to deter them.')).toEqual(['in order to prevent attacks and to deter them']);
  });
});

describe('the coordinator between the limbs of a condition or exception switched', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);
  it('"and" → "or" in an exception widens it: the prohibition weakened', () => {
    expect(vt('Orders shall not be issued, unless the journalist is suspected of a serious crime and a court has authorised the order.', 'Orders shall not be issued, unless the journalist is suspected of a serious crime or a court has authorised the order.')).toEqual([['lexical', 'and', 'or', 'weakened']]);
    const v = variants('Data shall not be transferred unless the recipient is certified and the owner consents.', 'Data shall not be transferred unless the recipient is certified or the owner consents.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['lexical', 'weakened']]);
    expect(v[0].explanation).toContain('the exception is wider: the prohibition holds in fewer cases');
  });
  it('in a condition of a duty: "and" → "or" strengthened, "or" → "and" weakened', () => {
    expect(vt('The provider shall notify the authority if the data are encrypted and the order is urgent.', 'The provider shall notify the authority if the data are encrypted or the order is urgent.')).toEqual([['lexical', 'and', 'or', 'strengthened']]);
    expect(vt('The operator shall report the incident where the breach is serious or the data are sensitive.', 'The operator shall report the incident where the breach is serious and the data are sensitive.')).toEqual([['lexical', 'or', 'and', 'weakened']]);
  });
  it('on a permission restricted to its condition the other way round; on a plain permission no direction', () => {
    expect(vt('Data may be transferred only if the recipient is certified and the owner consents.', 'Data may be transferred only if the recipient is certified or the owner consents.')).toEqual([['lexical', 'and', 'or', 'weakened']]);
    expect(vt('Data may be transferred if the recipient is certified and the owner consents.', 'Data may be transferred if the recipient is certified or the owner consents.')).toEqual([['lexical', 'and', 'or', undefined]]);
  });
  it('near miss: outside a condition the switch stays grammatical', () => {
    expect(types('States shall protect the rights and freedoms of users.', 'States shall protect the rights or freedoms of users.')).toEqual(['grammatical']);
    expect(types('States shall protect users and report attacks.', 'States shall protect users or report attacks.')).toEqual(['grammatical']);
  });
});

describe('the coordinator switched under a negation in the condition', () => {
  const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
  it('"not A or B" → "not A and B" rules out less: the condition is wider (and the other way round)', () => {
    const v = variants('Controllers shall notify the authority if the data are not anonymous or public.', 'Controllers shall notify the authority if the data are not anonymous and public.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['lexical', 'strengthened']]);
    expect(v[0].explanation).toContain("under 'not', only the two together are now ruled out — the condition is wider: the obligation holds in more cases");
    // "unless not (A and B)" → "unless not (A or B)": the exception is met in fewer cases, the prohibition holds in more
    const ex = variants('Data shall not be shared unless the sharing is not excessive and unlawful.', 'Data shall not be shared unless the sharing is not excessive or unlawful.');
    expect(ex.map((x) => [x.type, x.direction])).toEqual([['lexical', 'strengthened']]);
    expect(ex[0].explanation).toContain("under 'not', either limb alone is now ruled out — the exception is narrower: the prohibition holds in more cases");
    expect(dir('A Party may adopt measures, provided that the measure is not applied in a manner which would constitute arbitrary or unjustifiable discrimination.', 'A Party may adopt measures, provided that the measure is not applied in a manner which would constitute arbitrary and unjustifiable discrimination.')).toEqual([['lexical', null]]);
  });
  it('near miss: a negation inside the first of two clause limbs does not take in the coordinator', () => {
    expect(dir('Controllers shall notify the authority if the data are not encrypted or the breach is serious.', 'Controllers shall notify the authority if the data are not encrypted and the breach is serious.')).toEqual([['lexical', 'weakened']]);
    expect(dir('Controllers shall notify the authority if the data are sensitive or personal.', 'Controllers shall notify the authority if the data are sensitive and personal.')).toEqual([['lexical', 'weakened']]);
  });
});

describe('a one-word limb of a condition, and limbs under a negation', () => {
  const dir = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null]);
  it('a word coordinated inside a condition dropped or added is a limb: "consent [or knowledge]", "sensitive [or personal]"', () => {
    expect(dir('Personal data shall not be disclosed except with the consent or knowledge of the data subject.', 'Personal data shall not be disclosed except with the consent of the data subject.')).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(dir('Controllers shall notify the authority if the data are sensitive or personal.', 'Controllers shall notify the authority if the data are sensitive.')).toEqual([['qualifier-dropped', 'weakened']]);
  });
  it('under a negation that takes the limbs in, they are what the condition rules out: an "or" limb dropped widens it, added narrows it', () => {
    const v = variants('Controllers shall notify the authority if the data are not anonymous or public.', 'Controllers shall notify the authority if the data are not anonymous.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(v[0].explanation).toContain("under 'not': what it rules out) — the condition is wider: the obligation holds in more cases");
    const p = variants('A Party may adopt measures, provided that the measure is not applied in a manner which would constitute arbitrary or unjustifiable discrimination.', 'A Party may adopt measures, provided that the measure is not applied in a manner which would constitute arbitrary discrimination.');
    expect(p.map((x) => [x.type, x.direction ?? null])).toEqual([['qualifier-dropped', null]]);
    expect(p[0].explanation).toContain('the condition is wider: the permission holds in more cases');
    expect(dir('Data shall not be shared unless the sharing is not excessive.', 'Data shall not be shared unless the sharing is not excessive or unlawful.')).toEqual([['qualifier-added', 'strengthened']]);
  });
  it('near misses: a word coordinated outside a condition, or in a purpose, stays an omission', () => {
    expect(types('States should protect data and information.', 'States should protect data.')).toEqual(['omission']);
    expect(types('States should cooperate to protect data or information.', 'States should cooperate to protect data.')).toEqual(['omission']);
  });
});

describe('a condition loosened: its connective and subject dropped, what it requires kept', () => {
  it('is no condition dropped ("the obligation becomes unconditional"): the words dropped are an omission', () => {
    const a = variants('Each Party shall allow the transfer of information, when this activity is for the conduct of the business of a covered person.', 'Each Party shall allow transfers of information for the conduct of business.');
    expect(a.some((v) => v.type === 'qualifier-dropped')).toBe(false);
    expect(a.filter((v) => v.type === 'omission').map((v) => v.base)).toEqual([', when this activity is', 'of a covered person']);
    // another wording: the condition's predicate is a phrase of its own ("for the purpose of")
    const b = variants('Each Party shall permit the disclosure of data, where this disclosure is for the purpose of law enforcement.', 'Each Party shall permit disclosures of data for the purpose of law enforcement.');
    expect(b.map((v) => [v.type, v.base])).toEqual([
      ['grammatical', 'the disclosure'],
      ['omission', ', where this disclosure is'],
    ]);
  });
  it('near miss: the phrase after the condition dropped with it, the condition is dropped', () => {
    expect(types('Each Party shall permit the disclosure of data, where this disclosure is for the purpose of law enforcement.', 'Each Party shall permit disclosures of data.')).toContain('qualifier-dropped');
    expect(variants('Each Party shall permit the disclosure of data, where this disclosure is for the purpose of law enforcement.', 'Each Party shall permit disclosures of data.').find((v) => v.type === 'qualifier-dropped')?.explanation).toContain('the obligation becomes unconditional');
  });
});

describe('"pursuant to" opens a condition (the legal basis of the act), like "in accordance with"', () => {
  it('dropped, set off by commas or not, it is a condition dropped', () => {
    expect(variants('The Party shall notify the Committee, pursuant to Article 4, of any measure.', 'The Party shall notify the Committee of any measure.').map((v) => [v.type, v.base, v.direction ?? null])).toEqual([
      ['qualifier-dropped', ', pursuant to Article 4,', 'strengthened'],
    ]);
    expect(types('Each Party shall, pursuant to its laws, publish its measures.', 'Each Party shall publish its measures.')).toEqual(['qualifier-dropped']);
    expect(variants('States may, pursuant to Article 4, restrict transfers.', 'States may restrict transfers.').map((v) => [v.type, v.direction ?? null])).toEqual([['qualifier-dropped', null]]);
  });
  it('near misses: after a participle that follows a noun it says which measures; "pursuant to" → "in accordance with" is the same condition', () => {
    expect(types('Each Party shall publish the measures adopted pursuant to Article 4.', 'Each Party shall publish the measures adopted.')).toEqual(['omission']);
    expect(types('Each Party shall publish its measures pursuant to Article 4.', 'Each Party shall publish its measures in accordance with Article 4.')).toEqual(['grammatical']);
  });
});

describe('the first limb of a condition or exception dropped', () => {
  it('"unless A and B" → "unless B": the exception is wider, the prohibition weakened; "if A or B" → "if B" on a duty, weakened', () => {
    expect(variants('Orders shall not be issued unless the journalist is suspected of a crime and a court has authorised the order.', 'Orders shall not be issued unless a court has authorised the order.').map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'the journalist is suspected of a crime and', 'weakened']]);
  });
  it('near miss: words ending in a coordinator that are no limb of a condition stay an omission', () => {
    expect(types('States shall protect users and report attacks.', 'States shall report attacks.')).toEqual(['omission']);
  });
});

describe('a time clause opened by "before", "after", "until" (qualifiers.yaml `clause`)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);
  it('added of words the base reads in place: a time limit added; dropped, a time limit dropped', () => {
    expect(vt('The authority shall review the orders issued by the Parties.', 'The authority shall review the orders before they are issued by the Parties.')).toEqual([['qualifier-added', '', 'before they are', 'strengthened']]);
    expect(vt('The agency shall inspect the plants before they are built by the operator.', 'The agency shall inspect the plants built by the operator.')).toEqual([['qualifier-dropped', 'before they are', '', 'weakened']]);
    expect(vt('The board shall publish the decisions taken by the council.', 'The board shall publish the decisions after they are taken by the council.')).toEqual([['qualifier-added', '', 'after they are', 'strengthened']]);
    expect(vt('The authority shall review the orders.', 'The authority shall review the orders before they are issued.')).toEqual([['qualifier-added', '', 'before they are issued', 'strengthened']]);
    expect(variants('The authority shall review, at least once a year, the orders issued by the Parties.', 'The authority shall review every order before it is issued by the Parties.').filter((x) => x.type === 'qualifier-added').map((x) => x.reading)).toEqual(['before it is']);
  });
  it('on a permission, no direction', () => {
    expect(vt('The authority may publish the reports adopted by the council.', 'The authority may publish the reports after they are adopted by the council.')).toEqual([['qualifier-added', '', 'after they are', undefined]]);
  });
  it('near misses: "before" with no clause after it (and no act named by its noun) is no time clause; a head both sides read is kept', () => {
    expect(phrases('Witnesses shall appear before the court.')).toEqual([]);
    expect(types('The operator shall give evidence.', 'The operator shall give evidence before the court.')).toEqual(['addition']);
    expect(types('Authorities should assess the impact before its deployment.', 'Authorities should assess the impact before switching it on.')).not.toContain('qualifier-added');
  });
});

// (from a new-user trial on cyber-attacks on infrastructure: "within 72 hours where practicable" →
// "within 72 hours" was an omission: the time limit ran to the sentence's end and took the condition in)
describe('a condition of its own words after a time limit ends the limit', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);
  it('dropped after the limit, a condition dropped (strengthened); added, a condition added (weakened)', () => {
    expect(vt('States should respond to requests within 72 hours where practicable.', 'States should respond to requests within 72 hours.')).toEqual([['qualifier-dropped', 'where practicable', '', 'strengthened']]);
    expect(vt('Operators shall keep the logs for at least five years where possible.', 'Operators shall keep the logs for at least five years.')).toEqual([['qualifier-dropped', 'where possible', '', 'strengthened']]);
    expect(vt('States should respond within a reasonable time upon request.', 'States should respond within a reasonable time.')).toEqual([['qualifier-dropped', 'upon request', '', 'strengthened']]);
    expect(vt('States should respond to requests within 72 hours.', 'States should respond to requests within 72 hours where appropriate.')).toEqual([['qualifier-added', '', 'where appropriate', 'weakened']]);
    // the figure changed too: two variants
    expect(vt('States should respond to requests within 72 hours where practicable.', 'States should respond to requests within 24 hours.')).toEqual([
      ['lexical', '72', '24', 'strengthened'],
      ['qualifier-dropped', 'where practicable', '', 'strengthened'],
    ]);
  });
  it('near misses: the limit dropped with the condition kept is the limit dropped; inside a purpose the condition stays part of it', () => {
    expect(vt('States should respond to requests within 72 hours where practicable.', 'States should respond to requests where practicable.')).toEqual([['qualifier-dropped', 'within 72 hours', '', 'weakened']]);
    expect(phrases('States should cooperate to share data on request.')).toEqual(['to share data on request']);
    expect(phrases('States should respond to requests within 72 hours where practicable.')).toEqual(['within 72 hours', 'where practicable']);
  });
});

// (from a new-user trial on frontier-AI commitments: "before and during training" → "during training"
// was grammatical, function words omitted)
describe('one of two prepositions of time coordinated over one noun phrase, dropped or added (qualifiers.yaml `coordinated-time`)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);
  const S = 'Signatories shall assess the risks of their models';
  it('joined by "and": a limb of the time limit dropped, the duty covers fewer times (weakened); added, more (strengthened)', () => {
    expect(vt(`${S} before and during training.`, `${S} during training.`)).toEqual([['qualifier-dropped', 'before and', '', 'weakened']]);
    expect(vt(`${S} before and during training.`, `${S} before training.`)).toEqual([['qualifier-dropped', 'and during', '', 'weakened']]);
    expect(vt('The operator shall monitor the system during and after its installation.', 'The operator shall monitor the system after its installation.')).toEqual([['qualifier-dropped', 'during and', '', 'weakened']]);
    expect(vt(`${S} during training.`, `${S} before and during training.`)).toEqual([['qualifier-added', '', 'before and', 'strengthened']]);
    expect(variants(`${S} before and during training.`, `${S} during training.`)[0].explanation).toContain('covers fewer times');
  });
  it('joined by "or": under an obligation fewer ways to meet it (strengthened); under a prohibition fewer times barred (weakened); on a permission no direction', () => {
    expect(vt(`${S} before or after deployment.`, `${S} after deployment.`)).toEqual([['qualifier-dropped', 'before or', '', 'strengthened']]);
    expect(vt('Operators shall not deploy models before or after testing.', 'Operators shall not deploy models after testing.')).toEqual([['qualifier-dropped', 'before or', '', 'weakened']]);
    expect(vt('Operators may deploy models before or after testing.', 'Operators may deploy models after testing.')).toEqual([['qualifier-dropped', 'before or', '', undefined]]);
  });
  it('near misses: each preposition with its own noun phrase is a plain omission; an article dropped after the preposition stays grammar', () => {
    expect(vt(`${S} before training and during training.`, `${S} during training.`)).toEqual([['omission', 'before training and', '', undefined]]);
    expect(types(`${S} before the training.`, `${S} before training.`)).toEqual(['grammatical']);
  });
});

describe('a limb added to or dropped from a comma list inside a condition', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);
  it('", B" added before the list\'s "or": a limb added, the condition wider (an obligation strengthened, a prohibition with an exception weakened)', () => {
    expect(vt('The notified Party shall raise an objection where the order would infringe fundamental rights or the immunities of its nationals.', 'The notified Party shall raise an objection where the order would infringe fundamental rights, freedom of expression or the immunities of its nationals.')).toEqual([['qualifier-added', '', ', freedom of expression', 'strengthened']]);
    expect(vt('Providers shall not disclose data except to the police or the courts.', 'Providers shall not disclose data except to the police, the customs authority or the courts.')).toEqual([['qualifier-added', '', ', the customs authority', 'weakened']]);
  });
  it('dropped, the condition narrower: the obligation weakened', () => {
    expect(vt('The operator shall stop the transfer if the recipient is located in Freedonia, the Republic of Ruritania or Sylvania.', 'The operator shall stop the transfer if the recipient is located in Freedonia or Sylvania.')).toEqual([['qualifier-dropped', ', the Republic of Ruritania', '', 'weakened']]);
  });
  it('near miss: a list outside a condition stays a plain addition', () => {
    expect(vt('States shall protect rights and freedoms.', 'States shall protect rights, personal privacy and freedoms.')).toEqual([['addition', '', ', personal privacy', undefined]]);
  });
});

describe('a one-word qualifier amid words the witness leaves out', () => {
  it('goes with them: one omission, no restriction dropped', () => {
    const v = variants('Records kept under this Act shall be consulted only by the inspectors of the ministry and shall be destroyed after ten years.', 'Records will be destroyed after ten years.');
    expect(v.map((x) => x.type)).not.toContain('qualifier-dropped');
    expect(v.some((x) => x.type === 'omission' && x.base.includes('only'))).toBe(true);
  });
  it('near miss: with the words around it kept, the restriction is dropped', () => {
    expect(variants('Records kept under this Act shall be consulted only by the inspectors of the ministry.', 'Records kept under this Act shall be consulted by the inspectors of the ministry.').map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'only', 'weakened']]);
  });
});

describe('"provided": the proviso, not the participle', () => {
  it('the participle before its agent or place opens no condition', () => {
    expect(types('The Parties recognise the opportunities provided by digital trade and the importance of trust.', 'The Parties recognise the opportunities provided by digital trade and the importance of trust and of open markets.')).toEqual(['addition']);
    expect(types('Transfers may rely on the safeguards provided for in Article 46 and on binding rules.', 'Transfers may rely on the safeguards provided for in Article 46 and on binding rules and on codes.')).not.toContain('qualifier-added');
  });
  it('the proviso with its adverb set apart (", provided, however, that") is one condition', () => {
    const v = variants('States may transfer data, provided, however, that the owner consents.', 'States may transfer data.');
    expect(v.map((x) => [x.type, x.base])).toEqual([['qualifier-dropped', ', provided, however, that the owner consents']]);
  });
  it('near miss: "provided" before the clause of its condition still opens one', () => {
    expect(types('States may transfer data provided the owner consents.', 'States may transfer data.')).toEqual(['qualifier-dropped']);
  });
});

describe('a qualifier variant never covers words the other side keeps in place', () => {
  const longBase = 'Parties shall not launch operations to disrupt the control systems of the national water utilities of a neighbouring Party, and shall not use national water utilities to store weapons.';
  it('a purpose whose object the witness keeps amid changed words is reworded, not dropped: the kept words are in no variant', () => {
    const v = variants(longBase, 'Parties must not attack national water utilities.');
    expect(v.filter((x) => x.type === 'qualifier-dropped')).toEqual([]);
    expect(v.some((x) => x.base.includes('national water utilities of'))).toBe(false);
    expect(v.map((x) => [x.type, x.base])).toContainEqual(['omission', 'of a neighbouring Party']);
  });
  it('and symmetrically a purpose added around words the base reads', () => {
    const v = variants('Parties must not attack national water utilities.', longBase);
    expect(v.filter((x) => x.type === 'qualifier-added')).toEqual([]);
    expect(v.some((x) => x.reading.includes('national water utilities of'))).toBe(false);
  });
  it('a named case with a word changed and a limb dropped: a lexical and an omission, not one rewording over both', () => {
    const v = variants(
      'Members should weigh all relevant factors, including the overall severity of the breach and the number and type of persons affected.',
      'Members should weigh all relevant factors, including the overall gravity of the breach.',
    );
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['lexical', 'severity', 'gravity'],
      ['omission', 'and the number and type of persons affected', ''],
    ]);
  });
  it('a condition dropped around its subject, which the witness keeps: the variant is cut, and says what is kept', () => {
    const v = ofType('If the Authority needs more documents, it may extend the deadline by ten days.', 'The Authority may extend the deadline by ten days.', 'qualifier-dropped');
    expect(v.map((x) => x.base)).toEqual(['needs more documents,']);
    expect(v[0].explanation).toBe("condition dropped: 'If the Authority needs more documents,' (the witness keeps 'the Authority') — the permission becomes unconditional");
  });
  it('near misses: the whole phrase gone is dropped whole; one noun kept amid a rewording is reworded in place', () => {
    expect(ofType('Parties shall not launch operations to disrupt the control systems of the national water utilities of a neighbouring Party.', 'Parties shall not launch operations.', 'qualifier-dropped').map((x) => x.base)).toEqual([
      'to disrupt the control systems of the national water utilities of a neighbouring Party',
    ]);
    expect(ofType('Members should weigh all relevant factors, including the overall severity of the breach.', 'Members should weigh all relevant factors.', 'qualifier-dropped').map((x) => x.base)).toEqual([
      ', including the overall severity of the breach',
    ]);
    const v = variants('States should handle data in a comprehensive, objective and evidence-based manner.', 'States should handle data with an objective and rational attitude.');
    expect(v.map((x) => [x.type, x.explanation.split(':')[0]])).toEqual([['lexical', 'manner reworded in place']]);
  });
});

describe('a condition set off by commas between the modal and the verb', () => {
  it('ends at its closing comma: dropped, it is a condition dropped (the verb after it is no item of a series)', () => {
    for (const [base, dropped] of [
      // (the party's own law: a bound on the duty; international law is a standard, see 'a standard on a duty')
      ['States should, in accordance with their domestic law, support ICT activity.', ', in accordance with their domestic law,'],
      ['States should, consistent with national law, support ICT activity.', ', consistent with national law,'],
      ['Parties shall, in line with their domestic law, exchange information.', ', in line with their domestic law,'],
      ['Parties shall, subject to their national law, share information promptly.', ', subject to their national law,'],
    ]) {
      const reading = base.replace(dropped, '');
      expect(variants(base, reading).map((v) => [v.type, v.direction, v.base])).toEqual([['qualifier-dropped', 'strengthened', dropped]]);
    }
    expect(ofType('States should support ICT activity.', 'States should, in accordance with international law, support ICT activity.', 'qualifier-added').map((v) => v.reading)).toEqual([
      ', in accordance with international law,',
    ]);
    expect(phrases('States should, in accordance with international law, support ICT activity and cooperate.')).toEqual(['in accordance with international law']);
  });
  it('near misses: a series the coordinator closes goes on past the comma; kept, the phrase is no variant; its commas dropped are punctuation', () => {
    expect(phrases('States should, including through bilateral agreements, training and exchanges, strengthen cooperation.')).toEqual([
      'including through bilateral agreements, training and exchanges',
    ]);
    expect(phrases('States should support ICT activity, including research, training and exchanges.')).toEqual(['including research, training and exchanges']);
    expect(variants('Parties shall, in line with their domestic law, exchange information.', 'Parties shall, in line with their domestic law, exchange data.').map((v) => [v.type, v.base])).toEqual([
      ['lexical', 'information'],
    ]);
    expect(types('Parties shall, in line with their domestic law, exchange information.', 'Parties shall in line with their domestic law exchange information.')).toEqual(['punctuation']);
  });
});

describe('"so that", "in order that": a purpose clause', () => {
  it('dropped or added, it is a purpose dropped (added), as "in order to" is', () => {
    expect(
      variants('States should take reasonable steps to ensure the integrity of the supply chain so that end users can have confidence in ICT products.', 'States should take reasonable steps to ensure the integrity of the supply chain.').map((v) => [v.type, v.base]),
    ).toEqual([['qualifier-dropped', 'so that end users can have confidence in ICT products']]);
    const v = ofType('Operators shall publish the tariffs so that customers are able to compare offers.', 'Operators shall publish the tariffs.', 'qualifier-dropped');
    expect(v.map((x) => x.explanation)).toEqual(["purpose dropped: 'so that customers are able to compare offers' — the obligation no longer depends on that purpose"]);
    expect(ofType('Operators shall publish the tariffs.', 'Operators shall publish the tariffs in order that customers may compare offers.', 'qualifier-added').map((x) => x.reading)).toEqual([
      'in order that customers may compare offers',
    ]);
  });
  it('near misses: "so that" before no clause opens none; kept and reworded inside, it is no variant of its own', () => {
    expect(phrases('The Board met in March and did so that year again.')).toEqual([]);
    expect(types('Operators shall publish the tariffs so that customers can compare offers.', 'Operators shall publish the tariffs so that clients can compare offers.')).toEqual(['lexical']);
  });
});

describe('a time figure on a permission has no direction; on an obligation and a prohibition it has one', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"may, within ten days" → "within twenty days": lexical without direction, as a date on a permission', () => {
    expect(brief('The Party may, within ten days, file an objection.', 'The Party may, within twenty days, file an objection.')).toEqual([['lexical', null, 'ten', 'twenty']]);
    expect(brief('The Party may file an objection within ten days.', 'The Party may file an objection within twenty days.')).toEqual([['lexical', null, 'ten', 'twenty']]);
    expect(brief('The Parties may review it every five years.', 'The Parties may review it every two years.')).toEqual([['lexical', null, 'five', 'two']]);
  });
  it('on a prohibition a longer time limit bars the act longer (strengthened)', () => {
    const v = variants('Operators shall not resell the licence within two years of its grant.', 'Operators shall not resell the licence within three years of its grant.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['lexical', 'strengthened']]);
    expect(v[0].explanation).toBe("time limit lengthened: 'two' → 'three' — the prohibition holds longer");
  });
  it('near miss: on an obligation a longer time limit gives more time (weakened)', () => {
    expect(brief('Operators shall notify the Agency within 24 hours.', 'Operators shall notify the Agency within 48 hours.')).toEqual([['lexical', 'weakened', '24', '48']]);
  });
});

describe('"for" + a period after a verb of keeping is a duration', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('shortened on a duty to keep: weakened; lengthened: strengthened; dropped: a duration dropped', () => {
    expect(brief('Operators shall keep the logs for 12 months.', 'Operators shall keep the logs for six months.')).toEqual([['lexical', 'weakened', '12', 'six']]);
    expect(brief('Operators shall keep the logs for six months.', 'Operators shall keep the logs for 12 months.')).toEqual([['lexical', 'strengthened', 'six', '12']]);
    expect(brief('Personal data shall be retained for six months.', 'Personal data shall be retained for three months.')).toEqual([['lexical', 'weakened', 'six', 'three']]);
    expect(brief('Operators shall keep the logs for 12 months.', 'Operators shall keep the logs.')).toEqual([['qualifier-dropped', 'weakened', 'for 12 months', '']]);
    expect(brief('Operators may keep the logs for 12 months.', 'Operators may keep the logs for six months.')).toEqual([['lexical', null, '12', 'six']]);
  });
  it('near misses: after another verb "for five years" is no duration', () => {
    expect(phrases('The licence shall be valid for five years.')).toEqual([]);
    expect(phrases('The Board shall meet for two days.')).toEqual([]);
    expect(brief('The licence shall be valid for five years.', 'The licence shall be valid for three years.')).toEqual([['lexical', null, 'five', 'three']]);
  });
  // (from a new-user trial on export controls: "for a period of five years" → "for three years" had no direction)
  it('the figure compared past the words of the head the change takes in ("for a period of five years" → "for three years")', () => {
    expect(brief('States shall keep records for a period of five years.', 'States shall keep records for three years.')).toEqual([['lexical', 'weakened', 'a period of five', 'three']]);
    expect(brief('States shall keep records for three years.', 'States shall keep records for a period of five years.')).toEqual([['lexical', 'strengthened', 'three', 'a period of five']]);
    expect(brief('Operators shall retain the logs for at least twelve months.', 'Operators shall retain the logs for six months.')).toEqual([['lexical', 'weakened', 'at least twelve', 'six']]);
    expect(variants('States shall keep records for a period of five years.', 'States shall keep records for three years.')[0].explanation).toContain('duration shortened');
    // on a permission, no direction
    expect(brief('States may keep records for a period of five years.', 'States may keep records for three years.')).toEqual([['lexical', null, 'a period of five', 'three']]);
  });
  it('near misses: a cap against a duration is not compared; after another verb the bare "for" is none', () => {
    expect(variants('States shall keep records for a period not exceeding five years.', 'States shall keep records for three years.').some((x) => x.explanation.includes('duration'))).toBe(false);
    expect(variants('The licence shall be valid for a period of five years.', 'The licence shall be valid for three years.').some((x) => x.direction)).toBe(false);
  });
});

describe('how often a duty recurs, changed', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"every two years" → "every year", "once a year" → "twice a year": more often binds more (strengthened)', () => {
    expect(brief('The Secretary-General shall report to the Assembly every two years.', 'The Secretary-General shall report to the Assembly every year.')).toEqual([['lexical', 'strengthened', 'two years', 'year']]);
    const v = variants('The Secretary-General shall report to the Assembly once a year.', 'The Secretary-General shall report to the Assembly twice a year.');
    expect(v.map((x) => [x.type, x.direction, x.base, x.reading])).toEqual([['lexical', 'strengthened', 'once', 'twice']]);
    expect(v[0].explanation).toBe("frequency changed: 'once a year' → 'twice a year' — the act recurs more often: the obligation binds more");
    expect(brief('The Board shall meet twice a year.', 'The Board shall meet twice a month.')).toEqual([['lexical', 'strengthened', 'year', 'month']]);
  });
  it('less often binds less (weakened), also between wordings of another shape; beside another change it is a variant of its own', () => {
    expect(brief('The Board shall meet three times a year.', 'The Board shall meet annually.')).toEqual([['lexical', 'weakened', 'three times a year', 'annually']]);
    expect(brief('States should report to the Secretary-General every two years on progress.', 'States should report to the Forum Secretariat every year on progress.')).toEqual([
      ['lexical', null, 'Secretary-General', 'Forum Secretariat'],
      ['lexical', 'strengthened', 'two years', 'year'],
    ]);
  });
  it('near misses: on a permission no direction; the same frequency in other words is no frequency change', () => {
    expect(brief('The Board may meet twice a year.', 'The Board may meet once a year.')).toEqual([['lexical', null, 'twice', 'once']]);
    expect(types('The Board shall meet every year.', 'The Board shall meet each year.')).toEqual(['grammatical']);
    expect(variants('The Board shall meet annually.', 'The Board shall meet every year.').map((x) => [x.type, x.direction ?? null, x.explanation])).toEqual([
      ['lexical', null, "frequency worded otherwise: 'annually' → 'every year' — the same frequency"],
    ]);
  });
  // (from a new-user trial on cloud data: "every six months" → "twice a year" came out weakened and
  // "every two years" → "every 24 months" strengthened: the periods were compared with a month of 30
  // days and a year of 365, and a unit's word as a word)
  it('the same period in another unit ("every six months" → "twice a year") is the same frequency: one lexical variant, no direction', () => {
    expect(brief('The provider should publish a transparency report every six months.', 'The provider should publish a transparency report twice a year.')).toEqual([['lexical', null, 'every six months', 'twice a year']]);
    expect(brief('The provider shall publish a transparency report every three months.', 'The provider shall publish a transparency report four times a year.')).toEqual([['lexical', null, 'every three months', 'four times a year']]);
    expect(brief('The Board shall meet every two years.', 'The Board shall meet every 24 months.')).toEqual([['lexical', null, 'two years', '24 months']]);
    expect(brief('The Board shall meet once a year.', 'The Board shall meet annually.')).toEqual([['lexical', null, 'once a year', 'annually']]);
    expect(brief('Inspectors shall visit the site quarterly.', 'Inspectors shall visit the site every three months.')).toEqual([['lexical', null, 'quarterly', 'every three months']]);
    expect(variants('The Board shall meet every two years.', 'The Board shall meet every 24 months.')[0].explanation).toContain('the same frequency');
  });
  it('near misses: a period near but not equal in another unit keeps its direction; the same unit respelt is a spelling', () => {
    expect(brief('The provider shall publish a transparency report every six months.', 'The provider shall publish a transparency report once a year.')).toEqual([['lexical', 'weakened', 'every six months', 'once a year']]);
    expect(brief('The Board shall meet every four weeks.', 'The Board shall meet monthly.')).toEqual([['lexical', 'weakened', 'every four weeks', 'monthly']]);
    expect(brief('The Board shall meet every 18 months.', 'The Board shall meet every year.')).toEqual([['lexical', 'strengthened', '18 months', 'year']]);
    expect(types('The Board shall meet every 2 years.', 'The Board shall meet every two years.')).toEqual(['spelling']);
  });
  // (from a new-user trial on frontier-AI commitments: "every twelve months" → "twice yearly" was the
  // same frequency plus "twice" added; "biannually" was not known)
  it('a number of times before an adverb of a period ("twice yearly", "three times annually") and "biannually", "semi-annually", "half-yearly" are frequencies', () => {
    const S = 'Signatories shall review their safety frameworks';
    expect(brief(`${S} every twelve months.`, `${S} twice yearly.`)).toEqual([['lexical', 'strengthened', 'every twelve months', 'twice yearly']]);
    expect(brief(`${S} every twelve months.`, `${S} three times annually.`)).toEqual([['lexical', 'strengthened', 'every twelve months', 'three times annually']]);
    expect(brief('The Board shall meet annually.', 'The Board shall meet twice annually.')).toEqual([['lexical', 'strengthened', 'annually', 'twice annually']]);
    expect(brief('The Board shall meet twice yearly.', 'The Board shall meet yearly.')).toEqual([['lexical', 'weakened', 'twice yearly', 'yearly']]);
    expect(brief(`${S} every twelve months.`, `${S} biannually.`)).toEqual([['lexical', 'strengthened', 'every twelve months', 'biannually']]);
    expect(brief(`${S} every twelve months.`, `${S} semi-annually.`)).toEqual([['lexical', 'strengthened', 'every twelve months', 'semi-annually']]);
    expect(brief(`${S} every twelve months.`, `${S} half-yearly.`)).toEqual([['lexical', 'strengthened', 'every twelve months', 'half-yearly']]);
    expect(brief(`${S} every twelve months.`, `${S} biennially.`)).toEqual([['lexical', 'weakened', 'every twelve months', 'biennially']]);
    // the same period, worded otherwise: no direction
    expect(brief('Operators shall file a report every six months.', 'Operators shall file a report semiannually.')).toEqual([['lexical', null, 'every six months', 'semiannually']]);
    expect(brief('Operators shall file a report every six months.', 'Operators shall file a report twice yearly.')).toEqual([['lexical', null, 'every six months', 'twice yearly']]);
    // on a permission, no direction
    expect(brief('The Board may meet annually.', 'The Board may meet twice annually.')).toEqual([['lexical', null, 'annually', 'twice annually']]);
  });
  it('near misses: "twice" away from the period word, and "bimonthly" (twice a month or every two months), are no frequency change', () => {
    expect(brief('The Board shall meet annually and publish its results.', 'The Board shall meet annually and publish its results twice.')).toEqual([['addition', null, '', 'twice']]);
    expect(variants('The Board shall meet monthly.', 'The Board shall meet bimonthly.').some((x) => x.explanation.includes('frequency'))).toBe(false);
  });
  // (from a new-user trial on export controls: "an annual report" → "a report … every two years" was an
  // omission and a time limit added, strengthened)
  it('an adjective of frequency ("annual", "biennial", "quarterly") restated as a phrase elsewhere in the sentence: one frequency variant', () => {
    expect(brief('Each State shall publish an annual report on licences.', 'Each State shall publish a report on licences every two years.')).toEqual([
      ['grammatical', null, 'an', 'a'],
      ['lexical', 'weakened', 'annual', 'every two years'],
    ]);
    expect(brief('Each State shall submit a biennial report to the Secretariat.', 'Each State shall submit a report to the Secretariat once a year.')).toEqual([['lexical', 'strengthened', 'biennial', 'once a year']]);
    expect(brief('The Committee shall hold a quarterly meeting with operators.', 'The Committee shall meet operators monthly.')).toContainEqual(['lexical', 'strengthened', 'quarterly', 'monthly']);
    // on a permission, no direction
    expect(brief('The Committee may hold an annual meeting with operators.', 'The Committee may meet operators every two years.')).toContainEqual(['lexical', null, 'annual', 'every two years']);
    // the same frequency restated: one variant, no direction (not "spyware" → "year")
    const v = variants('Each State shall publish an annual report on licences for spyware items.', 'Each State shall publish a report on licences for spyware items every year.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['grammatical', null, 'an', 'a'],
      ['lexical', null, 'annual', 'every year'],
    ]);
    expect(v[1].explanation).toContain('the same frequency');
  });
  it('near misses: a frequency added to another sentence, or the adjective dropped with none added, is no frequency change', () => {
    const v = variants('Each State shall publish an annual report. The Committee shall meet.', 'Each State shall publish a report. The Committee shall meet every two years.');
    expect(v.some((x) => x.explanation.includes('frequency'))).toBe(false);
    expect(v.map((x) => [x.type, x.base])).toContainEqual(['omission', 'annual']);
    expect(brief('Each State shall publish an annual report on licences.', 'Each State shall publish a report on licences.')).toEqual([
      ['grammatical', null, 'an', 'a'],
      ['omission', null, 'annual', ''],
    ]);
    // the two inside a clause rewritten at large: left to the rewording
    expect(
      variants('States shall designate an authority to monitor the banks and to report annually to the legislature.', 'Each country should appoint a watchdog that reports to parliament every year on the banks.').some((x) => x.explanation.includes('frequency')),
    ).toBe(false);
  });
});

// (From a new-user trial on a data-transfer regulation: these were plain omissions and additions.)
describe('cases named by an adjective or a noun, emergencies, limits named but not counted, an act named by its noun', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction ?? null]);
  it('"in complex cases", "in serious or urgent cases", "in certain circumstances", "in emergency situations", "in an emergency": a condition', () => {
    expect(vt('The Authority shall consult the Ministry in complex cases.', 'The Authority shall consult the Ministry.')).toEqual([['qualifier-dropped', 'in complex cases', '', 'strengthened']]);
    expect(vt('The court shall hear the parties in serious or urgent cases.', 'The court shall hear the parties.')).toEqual([['qualifier-dropped', 'in serious or urgent cases', '', 'strengthened']]);
    expect(vt('The Office may extend the period.', 'The Office may extend the period in certain circumstances.')).toEqual([['qualifier-added', '', 'in certain circumstances', null]]);
    expect(phrases('Operators may share the data in emergency situations.')).toEqual(['in emergency situations']);
    expect(vt('The Authority shall not require a licence to protect the life of a person in an emergency.', 'The Authority shall not require a licence to protect the life of a person.')).toEqual([['qualifier-dropped', 'in an emergency', '', 'strengthened']]);
    expect(types('Operators may, in emergencies, disclose the data to the police.', 'Operators may disclose the data to the police.')).toEqual(['qualifier-dropped']);
  });
  it('near misses: "in all cases", "in these cases" (a determiner: every case, or the cases named before) are no condition', () => {
    expect(phrases('The court shall hear the parties in all cases.')).toEqual([]);
    expect(types('The court shall hear the parties in all cases.', 'The court shall hear the parties.')).toEqual(['omission']);
    expect(types('The court shall hear the parties in these cases.', 'The court shall hear the parties.')).toEqual(['omission']);
  });
  it('"within a specified period", "within a reasonable time", "within the prescribed time limit": a time limit', () => {
    expect(vt('The Authority shall order it to rectify the violation.', 'The Authority shall order it to rectify the violation within a specified period.')).toEqual([['qualifier-added', '', 'within a specified period', 'strengthened']]);
    expect(vt('The Office shall reply to the applicant.', 'The Office shall reply to the applicant within a reasonable time.')).toEqual([['qualifier-added', '', 'within a reasonable time', 'strengthened']]);
    expect(vt('Operators shall remedy the defect within the prescribed time limit.', 'Operators shall remedy the defect.')).toEqual([['qualifier-dropped', 'within the prescribed time limit', '', 'weakened']]);
  });
  it('near miss: "within" before a place is no time limit', () => {
    expect(phrases('Member States shall cooperate within the Union.')).toEqual([]);
    expect(types('Member States shall cooperate within the Union.', 'Member States shall cooperate.')).toEqual(['omission']);
  });
  it('"before the transfer", "prior to the export", "after their adoption", "prior to shipping the goods": a time limit', () => {
    expect(vt('A data handler shall apply for a security assessment before the transfer.', 'A data handler shall apply for a security assessment.')).toEqual([['qualifier-dropped', 'before the transfer', '', 'weakened']]);
    expect(vt('Exporters shall notify the authority prior to the export.', 'Exporters shall notify the authority.')).toEqual([['qualifier-dropped', 'prior to the export', '', 'weakened']]);
    expect(vt('The Board shall publish the rules after their adoption.', 'The Board shall publish the rules.')).toEqual([['qualifier-dropped', 'after their adoption', '', 'weakened']]);
    expect(vt('Exporters shall notify the authority prior to shipping the goods.', 'Exporters shall notify the authority.')).toEqual([['qualifier-dropped', 'prior to shipping the goods', '', 'weakened']]);
  });
  it('near misses: "before" a body or a place ("before the court", "before the Commission") is no time limit', () => {
    expect(types('The operator shall appear before the court.', 'The operator shall appear.')).toEqual(['omission']);
    expect(types('Each Party shall report before the Commission.', 'Each Party shall report.')).toEqual(['omission']);
  });
});

describe('a one-word qualifier between two words reworded apart (not one stretch of change)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction ?? null]);
  it('the restriction is dropped whatever else in the sentence is reworded', () => {
    expect(vt('A provider may transfer data abroad only if the Authority has approved the transfer.', 'A provider may transfer data overseas if the regulator has approved the transfer.')).toContainEqual(['qualifier-dropped', 'only', '', 'weakened']);
    expect(vt('Operators may disclose the records externally only when the Minister has consented.', 'Operators may disclose the records outside when the Secretary has consented.')).toContainEqual(['qualifier-dropped', 'only', '', 'weakened']);
    expect(vt('The agency may retain personal data only for the duration of the inquiry.', 'The agency may retain personal records for the length of the inquiry.')).toContainEqual(['qualifier-dropped', 'only', '', 'weakened']);
    expect(vt('Inspectors may enter private premises solely with a warrant.', 'Inspectors may enter private buildings with a permit.')).toContainEqual(['qualifier-dropped', 'solely', '', 'weakened']);
  });
  it('near miss: the qualifier inside one stretch the witness leaves out goes with it (one omission)', () => {
    expect(vt('Data collected by the agency shall be stored securely, shall be used only for research and shall be deleted after five years.', 'Data collected by the agency shall be stored securely and shall be deleted after five years.')).toEqual([['omission', ', shall be used only for research', '', null]]);
  });
});

describe('a one-word condition between two other qualifiers, one reworded and one dropped', () => {
  const vt = (b: string, r: string) => variants(b, r).filter((x) => x.class === 'substantive').map((x) => [x.type, x.base, x.reading, x.direction ?? null]);
  it('is a condition dropped, as when nothing else changes', () => {
    expect(vt('The Participants will exchange information in a timely manner, where appropriate and subject to their national legislation.', 'The Participants will exchange information quickly.')).toEqual([
      ['lexical', 'in a timely manner', 'quickly', 'strengthened'],
      ['qualifier-dropped', ', where appropriate and subject to their national legislation', '', 'strengthened'],
    ]);
    expect(vt('The Parties will exchange data in a timely manner, where appropriate and in accordance with their domestic law.', 'The Parties will exchange data promptly.')).toContainEqual(['qualifier-dropped', ', where appropriate and in accordance with their domestic law', '', 'strengthened']);
    expect(vt('States should report without undue delay, where possible and within existing resources.', 'States should report immediately.')).toContainEqual(['qualifier-dropped', ', where possible and within existing resources', '', 'strengthened']);
  });
  it('near miss: kept where it stands, the condition is no variant', () => {
    expect(vt('The Parties will exchange data in a timely manner, where appropriate and in accordance with their domestic law.', 'The Parties will exchange data promptly, where appropriate and in accordance with their domestic law.')).toEqual([['lexical', 'in a timely manner', 'promptly', 'strengthened']]);
  });
});

describe('an exception dropped together with a participle phrase before it', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction ?? null]);
  it('the participle phrase is an omission, the exception set off by its comma is dropped', () => {
    expect(vt('Each Participant will bear its own costs arising from joint activities, unless otherwise agreed in writing.', 'Each Participant will bear its own costs.')).toEqual([
      ['omission', 'arising from joint activities', '', null],
      ['qualifier-dropped', ', unless otherwise agreed in writing', '', 'strengthened'],
    ]);
    expect(vt('Each Party shall bear the expenses incurred by its delegation, unless the Parties agree otherwise.', 'Each Party shall bear the expenses.')).toEqual([
      ['omission', 'incurred by its delegation', '', null],
      ['qualifier-dropped', ', unless the Parties agree otherwise', '', 'strengthened'],
    ]);
    expect(vt('The operator shall delete the data collected during the inspection, except where the law requires their retention.', 'The operator shall delete the data.')).toContainEqual(['qualifier-dropped', ', except where the law requires their retention', '', 'strengthened']);
  });
  it('near misses: after a predicate of its own, or with no comma to set it off, one omission', () => {
    expect(types('Each Party shall bear the expenses and shall notify the Secretariat, unless the Parties agree otherwise.', 'Each Party shall bear the expenses.')).toEqual(['omission']);
    expect(types('Each Participant will bear its own costs and will report on the activities carried out, unless otherwise agreed in writing.', 'Each Participant will bear its own costs.')).toEqual(['omission']);
    expect(types('Each Party shall bear the expenses incurred by its delegation unless the Parties agree otherwise.', 'Each Party shall bear the expenses.')).toEqual(['omission']);
  });
});

describe('"under" + a place in an agenda is a reference, not a condition', () => {
  it('dropped, it is an omission (no direction), wherever it stands', () => {
    expect(phrases('Decides to consider the question at its next session under agenda item 94.')).toEqual([]);
    expect(types('Decides to include in the provisional agenda of its eighty-first session, under the item entitled "General and complete disarmament", the sub-item entitled "Developments in the field of information".', 'Decides to include in the provisional agenda of its eighty-first session the sub-item entitled "Developments in the field of information".')).toEqual(['omission']);
    expect(types('Decides to consider the question at its next session under agenda item 94.', 'Decides to consider the question at its next session.')).toEqual(['omission']);
    expect(types('Requests the Secretary-General to report to the Assembly under the item on international security.', 'Requests the Secretary-General to report to the Assembly.')).toEqual(['omission']);
    expect(types('The Committee shall examine the reports under the heading of human rights.', 'The Committee shall examine the reports.')).toEqual(['omission']);
  });
  it('near misses: "under the conditions set out …", "under licence" stay conditions', () => {
    expect(ofType('States shall cooperate under the conditions set out in the Convention.', 'States shall cooperate.', 'qualifier-dropped').map((v) => [v.base, v.direction])).toEqual([['under the conditions set out in the Convention', 'strengthened']]);
    expect(types('States shall export the goods under licence.', 'States shall export the goods.')).toEqual(['qualifier-dropped']);
  });
});

describe('the one time limit of a unit reworded and moved', () => {
  const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction ?? null]);
  it('is one lexical variant; no direction when the two cannot be compared', () => {
    expect(vt('The Participants should promptly notify each other of any significant cyber incident.', 'The Participants should notify each other of any significant cyber incident within 24 hours.')).toEqual([['lexical', 'promptly', 'within 24 hours', null]]);
    expect(vt('The operator shall without undue delay inform the authority of the breach.', 'The operator shall inform the authority of the breach within 72 hours.')).toEqual([['lexical', 'without undue delay', 'within 72 hours', null]]);
  });
  it('with a direction when both count an amount of time or give a date', () => {
    expect(vt('Within 72 hours, the operator shall inform the authority of the breach.', 'The operator shall inform the authority of the breach within seven days.')).toContainEqual(['lexical', 'Within 72 hours,', 'within seven days', 'weakened']);
    expect(vt('Within 72 hours, the operator shall inform the authority of the breach.', 'The operator shall inform the authority of the breach within two days.')).toContainEqual(['lexical', 'Within 72 hours,', 'within two days', 'strengthened']);
    expect(vt('Within 48 hours, the operator shall inform the authority of the breach.', 'The operator shall inform the authority of the breach within two days.')).toContainEqual(['lexical', 'Within 48 hours,', 'within two days', null]);
    expect(vt('By 2025, each State shall submit a report to the Committee.', 'Each State shall submit a report to the Committee by 2026.')).toContainEqual(['lexical', 'By 2025,', 'by 2026', 'weakened']);
  });
  it('near misses: a limit dropped with none added, or two dropped and one added, stay apart', () => {
    expect(vt('The Participants should promptly notify each other of any significant cyber incident.', 'The Participants should notify each other of any significant cyber incident.')).toEqual([['qualifier-dropped', 'promptly', '', 'weakened']]);
    expect(types('The operator shall promptly notify the authority and shall without delay inform the users.', 'The operator shall notify the authority within 24 hours and shall inform the users.')).toEqual(['qualifier-dropped', 'qualifier-added', 'qualifier-dropped']);
  });
});

describe('a short qualifier moved out of a larger change', () => {
  const vt = (b: string, r: string) => variants(b, r).filter((x) => x.class === 'substantive').map((x) => [x.type, x.base, x.reading]);
  it('is one transposition, not an omission and an addition', () => {
    expect(vt('Encourages Member States, where appropriate, to establish national points of contact for the exchange of information;', 'Encourages to establish national points of contact, where appropriate, for the exchange of information;')).toEqual([
      // (the addressees of "Encourages" dropped: an actor change, fix13-leftovers.test.ts)
      ['actor', 'Member States', ''],
      ['transposition', ', where appropriate,', ', where appropriate,'],
    ]);
    expect(vt('Requests the Secretary-General, where possible, to submit the report to the Assembly;', 'and to submit the report to the Assembly, where possible.')).toEqual([
      ['omission', 'Requests the Secretary-General', ''],
      // (the comma that sets it off at the sentence end moves with it: trial 73 A9)
      ['transposition', ', where possible,', ', where possible'],
    ]);
    expect(vt('Urges Member States, as appropriate, to support the work of the Office;', 'and to support the work of the Office, as appropriate.')).toContainEqual(['transposition', ', as appropriate,', ', as appropriate']);
    expect(vt('The Parties will cooperate closely and promptly on cyber incidents with each other.', 'The Parties will cooperate on cyber incidents promptly with each other.')).toEqual([
      ['omission', 'closely and', ''],
      ['transposition', 'promptly', 'promptly'],
    ]);
  });
  it('moved whole out of a coordinated predicate, the coordinator read alike and the verb reworded', () => {
    expect(vt('The agency shall review the file and, where appropriate, consult the experts concerned.', 'The agency shall review the file, and talk to the experts concerned where appropriate.')).toEqual([
      ['transposition', ', where appropriate,', 'where appropriate'],
      ['lexical', 'consult', 'talk to'],
    ]);
    expect(vt('States may inspect the goods or, where possible, seize the shipment.', 'States may inspect the goods, or hold the shipment where possible.')).toEqual([
      ['transposition', ', where possible,', 'where possible'],
      ['lexical', 'seize', 'hold'],
    ]);
  });
  it('near miss: another coordinator in the witness is no word read alike', () => {
    const v = vt('The agency shall review the file and, where appropriate, consult the experts concerned.', 'The agency shall review the file, then talk to the experts concerned where appropriate.');
    expect(v).toContainEqual(['transposition', ', where appropriate,', 'where appropriate']);
    expect(variants('The agency shall review the file and, where appropriate, consult the experts concerned.', 'The agency shall review the file, then talk to the experts concerned where appropriate.').some((x) => x.reading.includes('then'))).toBe(true);
  });
  it('near miss: another qualifier in its place is dropped and added, not moved', () => {
    const v = vt('Encourages Member States, where appropriate, to establish national points of contact for the exchange of information;', 'and to establish national points of contact, where possible, for the exchange of information.');
    expect(v.map((x) => x[0])).not.toContain('transposition');
    expect(v).toContainEqual(['qualifier-added', '', ', where possible,']);
  });
});

describe('the connective of a time limit replaced before the same amount of time', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"within 30 days" → "after 30 days", "in 30 days": another relation to the time, lexical, no direction', () => {
    expect(rows('Operators shall notify the authority within 30 days.', 'Operators shall notify the authority after 30 days.')).toEqual([['lexical', null, 'within', 'after']]);
    expect(rows('The Party shall reply within two months of the request.', 'The Party shall reply in two months of the request.')).toEqual([['lexical', null, 'within', 'in']]);
  });
  it("near misses: a wording of the same deadline, a duration's preposition, another amount", () => {
    expect(rows('Operators shall notify the authority within 30 days.', 'Operators shall notify the authority no later than 30 days.').map((x) => x[0])).toEqual(['grammatical']);
    expect(rows('Operators shall keep logs for 30 days.', 'Operators shall keep logs during 30 days.').map((x) => x[0])).toEqual(['grammatical']);
    expect(rows('Operators shall notify the authority within 30 days.', 'Operators shall notify the authority within 60 days.').map((x) => x[0])).toEqual(['lexical']);
    expect(rows('Operators shall notify the authority within 30 days.', 'Operators shall notify the authority within 60 days.')[0][2]).toBe('30');
  });
});

describe('what a duty is measured against ("taking into account national circumstances") is a condition that bounds it', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('dropped from a rule that binds: qualifier-dropped, strengthened, in several wordings', () => {
    expect(rows('Parties shall reduce emissions, taking into account national circumstances.', 'Parties shall reduce emissions.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', taking into account national circumstances', ''],
    ]);
    expect(rows('Parties shall reduce emissions as appropriate to national circumstances.', 'Parties shall reduce emissions.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'as appropriate to national circumstances', ''],
    ]);
    expect(rows('Each Party shall, having regard to its respective capabilities, publish a plan.', 'Each Party shall publish a plan.').map((x) => x.slice(0, 2))).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(rows('Member States shall adopt measures, bearing in mind national priorities.', 'Member States shall adopt measures.').map((x) => x.slice(0, 2))).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(rows('Parties shall report annually.', 'Parties shall report annually, taking account of national capacities.').map((x) => x.slice(0, 2))).toEqual([['qualifier-added', 'weakened']]);
  });
  it('the same bounds worded by "in accordance with", "consistent with" (already conditions)', () => {
    expect(rows('Parties shall reduce emissions in accordance with national law.', 'Parties shall reduce emissions.').map((x) => x.slice(0, 2))).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(rows('Parties shall reduce emissions, consistent with their national legislation.', 'Parties shall reduce emissions.').map((x) => x.slice(0, 2))).toEqual([['qualifier-dropped', 'strengthened']]);
  });
  it('near misses: the main verb "take into account" names the act itself; a word changed inside the phrase is no drop', () => {
    expect(phrases('Parties shall take into account national circumstances.')).toEqual([]);
    expect(rows('Parties shall take into account national circumstances and reduce emissions.', 'Parties shall reduce emissions.').map((x) => x[0])).toEqual(['omission']);
    expect(rows('Parties shall reduce emissions, taking into account national circumstances.', 'Parties shall reduce emissions, taking into account their national circumstances.').map((x) => x[0])).toEqual(['grammatical']);
  });
});

describe('a manner phrase reworded ("in a transparent manner" → "openly", "in an open manner")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('an adverb in place of the phrase is the manner reworded, one lexical variant', () => {
    const vs = variants('States should report in a transparent manner.', 'States should report openly.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'in a transparent manner', 'openly']]);
    expect(vs[0].explanation).toContain('manner reworded in place');
  });
  it('"in an … manner" is a manner phrase as "in a … manner" is', () => {
    expect(rows('States should report in an open manner.', 'States should report.')).toEqual([['qualifier-dropped', 'in an open manner', '']]);
    expect(variants('States should report in a transparent manner.', 'States should report in an open manner.').map((v) => v.type)).toEqual(['lexical']);
  });
  it('near miss: the phrase dropped with nothing in its place stays a qualifier dropped', () => {
    expect(rows('States should report in a transparent manner.', 'States should report.')).toEqual([['qualifier-dropped', 'in a transparent manner', '']]);
  });
});

describe('qualifier: a restriction on a prohibition ("shall not refuse … solely on the ground that")', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
  it('dropped: the prohibition bars more, strengthened; added: weakened', () => {
    expect(vt('The requested State Party shall not refuse a request solely on the ground that the offence involves fiscal matters.', 'The requested State Party shall not refuse a request on the ground that the offence involves fiscal matters.')).toEqual([['qualifier-dropped', 'solely', '', 'strengthened']]);
    expect(vt('Parties shall not refuse assistance on the ground of bank secrecy.', 'Parties shall not refuse assistance solely on the ground of bank secrecy.')).toEqual([['qualifier-added', '', 'solely', 'weakened']]);
  });
  it('near miss: on an obligation or a permission a restriction dropped still weakens', () => {
    expect(vt('Data shall be processed solely for research.', 'Data shall be processed for research.')).toEqual([['qualifier-dropped', 'solely', '', 'weakened']]);
    expect(vt('Data may be used solely for research.', 'Data may be used for research.')).toEqual([['qualifier-dropped', 'solely', '', 'weakened']]);
  });
});

describe('qualifier: a standard on a duty ("in accordance with its obligations under international law")', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.direction ?? null, v.explanation]);
  it('dropped from an obligation: a standard dropped, no direction, not "unconditional"', () => {
    expect(vt('Safeguards shall provide for the protection of human rights, in accordance with its obligations under international human rights law.', 'Safeguards shall provide for the protection of human rights.')).toEqual([
      ['qualifier-dropped', ', in accordance with its obligations under international human rights law', null, "standard dropped: ', in accordance with its obligations under international human rights law' — the obligation no longer names the standard the act must meet"],
    ]);
    expect(vt('Each Party shall, consistent with international law, adopt such measures.', 'Each Party shall adopt such measures.').map((x) => x.slice(0, 3))).toEqual([['qualifier-dropped', ', consistent with international law,', null]]);
  });
  it('near misses: the party\'s own law on a duty bounds it (strengthened); on a permission it stays a condition', () => {
    expect(vt('Each Party shall, consistent with its domestic law, adopt such measures.', 'Each Party shall adopt such measures.').map((x) => x.slice(0, 3))).toEqual([['qualifier-dropped', ', consistent with its domestic law,', 'strengthened']]);
    expect(vt('Each Party may, in accordance with its domestic law, exclude such data.', 'Each Party may exclude such data.')).toEqual([
      ['qualifier-dropped', ', in accordance with its domestic law,', null, "condition dropped: ', in accordance with its domestic law,' — the permission becomes unconditional"],
    ]);
  });
});

describe('a condition inside a description dropped with it, the next verb restated in the same change', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('one omission, not an omission beside a condition dropped', () => {
    expect(vt('We welcome the Declaration as an agreement on safeguarding privacy when agencies access data, and we encourage others to endorse it.', 'The G7 welcomes the Declaration and encourages others to endorse it.')).toEqual([
      ['actor', 'We', 'The G7'],
      ['grammatical', 'welcome', 'welcomes'],
      ['omission', 'as an agreement on safeguarding privacy when agencies access data,', ''],
      ['grammatical', 'we', ''],
      ['grammatical', 'encourage', 'encourages'],
    ]);
    expect(vt('We welcome the Declaration as a framework for protecting data where agencies hold it, and we support others to endorse it.', 'The G7 welcomes the Declaration and supports others to endorse it.').filter((x) => x[0] !== 'grammatical' && x[0] !== 'actor')).toEqual([
      ['omission', 'as a framework for protecting data where agencies hold it,', ''],
    ]);
  });
  it('near miss: a condition of the rule itself, with no description before it, is still a condition dropped', () => {
    expect(vt('States shall share data when agencies access it, and we encourage others to endorse it.', 'The G7 shares data and encourages others to endorse it.').filter((x) => x[0] === 'qualifier-dropped')).toEqual([['qualifier-dropped', 'when agencies access it', '']]);
  });
});

describe('qualifier phrases not cut short', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a named case takes in its relative clause ("including the grounds on which it may refuse")', () => {
    expect(vt('Assistance shall be subject to the conditions of the requested State, including the grounds on which it may refuse cooperation.', 'Assistance shall be subject to the conditions of the requested State.')).toEqual([
      ['qualifier-dropped', ', including the grounds on which it may refuse cooperation', ''],
    ]);
    expect(vt('Assistance shall be subject to the conditions of the requested State, in particular the cases in which it may refuse cooperation.', 'Assistance shall be subject to the conditions of the requested State.')).toEqual([
      ['qualifier-dropped', ', in particular the cases in which it may refuse cooperation', ''],
    ]);
  });
  it('"as appropriate in view of …" is one condition with its commas', () => {
    expect(vt('Such safeguards shall, as appropriate in view of the nature of the power concerned, include judicial review.', 'Such safeguards shall include judicial review.')).toEqual([
      ['qualifier-dropped', ', as appropriate in view of the nature of the power concerned,', ''],
    ]);
    expect(vt('Such safeguards shall, as appropriate in the light of the nature of the power, include judicial review.', 'Such safeguards shall include judicial review.')).toEqual([
      ['qualifier-dropped', ', as appropriate in the light of the nature of the power,', ''],
    ]);
  });
  it('near misses: a bare "as appropriate"; a named case with no relative ends at its comma', () => {
    expect(vt('Such safeguards shall, as appropriate, include judicial review.', 'Such safeguards shall include judicial review.')).toEqual([['qualifier-dropped', ', as appropriate,', '']]);
    expect(phrases('Assistance shall be subject to the conditions of the State, including the grounds for refusal, and the State shall inform the requesting State.')).toEqual(['including the grounds for refusal']);
  });
});

describe('a named case whose head alone is reworded, an item dropped beside it', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"in particular micro, small …" → "especially small …": the head reworded plus the item omitted', () => {
    expect(vt('We shall reduce costs for businesses, in particular micro, small and medium-sized enterprises.', 'We shall reduce costs for businesses, especially small and medium-sized enterprises.')).toEqual([
      ['lexical', 'in particular', 'especially'],
      ['omission', 'micro,', ''],
    ]);
    expect(vt('Parties shall support firms, in particular cooperatives, small and medium-sized enterprises.', 'Parties shall support firms, especially small and medium-sized enterprises.')).toEqual([
      ['lexical', 'in particular', 'especially'],
      ['omission', 'cooperatives,', ''],
    ]);
    expect(vt('Parties shall support producers, including farmers, fishers and foresters.', 'Parties shall support producers, in particular fishers and foresters.')).toEqual([
      ['lexical', 'including', 'in particular'],
      ['omission', 'farmers,', ''],
    ]);
    // (two connectives of the same named cases: grammar, as alone)
    expect(vt('Parties shall support producers, including farmers, fishers and foresters.', 'Parties shall support producers, such as fishers and foresters.')).toEqual([
      ['grammatical', 'including', 'such as'],
      ['omission', 'farmers,', ''],
    ]);
  });
  it('near misses: the head alone reworded; the whole case reworded', () => {
    expect(vt('We shall reduce costs for businesses, in particular small and medium-sized enterprises.', 'We shall reduce costs for businesses, especially small and medium-sized enterprises.')).toEqual([['lexical', 'in particular', 'especially']]);
    expect(vt('We shall reduce costs for businesses, in particular micro enterprises.', 'We shall reduce costs for businesses, especially start-ups.')).toEqual([['lexical', 'in particular micro enterprises', 'especially start-ups']]);
  });
});

describe('a named case whose compound is written differently (trial48 A12)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
  it('is a compound, not a named case reworded, dropped or added', () => {
    expect(vt('States should prevent hidden functions, such as back doors.', 'States should prevent hidden functions, such as backdoors.')).toEqual([['compound', 'back doors', 'backdoors', null]]);
    expect(vt('States should prevent threats, such as cyber-attacks.', 'States should prevent threats, such as cyberattacks.')).toEqual([['compound', 'cyber-attacks', 'cyberattacks', null]]);
    expect(vt('States should prevent threats, including cyber attacks on hospitals.', 'States should prevent threats, including cyberattacks on hospitals.')).toEqual([['compound', 'cyber attacks', 'cyberattacks', null]]);
  });
  it('near miss: another word in the named case stays a rewording', () => {
    expect(vt('States should prevent hidden functions, such as back doors.', 'States should prevent hidden functions, such as trapdoors.')).toEqual([['lexical', 'back doors', 'trapdoors', null]]);
  });
});

describe('a participial framing phrase that opens the sentence, reworded (trial48 A8)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
  it('is one lexical variant over the whole phrase, with no direction', () => {
    expect(vt('Taking into account existing and emerging threats, States should cooperate.', 'Recalling the report of the Group, States should cooperate.')).toEqual([
      ['lexical', 'Taking into account existing and emerging threats', 'Recalling the report of the Group', null],
    ]);
    expect(vt('Taking into account new and emerging threats, States should cooperate.', 'Noting the report of the Group, States should cooperate.')).toEqual([
      ['lexical', 'Taking into account new and emerging threats', 'Noting the report of the Group', null],
    ]);
  });
  it('two participles before one noun stay in the phrase', () => {
    expect(phrases('Taking into account existing and emerging threats, States should cooperate.')).toEqual(['Taking into account existing and emerging threats']);
    expect(phrases('Where a State is developing and testing weapons, it should cooperate.')).toEqual(['Where a State is developing and testing weapons']);
  });
  it('near misses: the phrase dropped with nothing in its place is still a condition dropped; after the verb the rewording is not a framing', () => {
    expect(vt('Taking into account existing and emerging threats, States should cooperate.', 'States should cooperate.')).toEqual([
      ['qualifier-dropped', 'Taking into account existing and emerging threats,', '', 'strengthened'],
    ]);
    expect(vt('States should cooperate, taking into account existing and emerging threats.', 'States should cooperate, recalling the report of the Group.')).toEqual([
      ['qualifier-dropped', 'taking into account existing and emerging threats', '', 'strengthened'],
      ['addition', '', 'recalling the report of the Group', null],
    ]);
  });
});

describe('a condition folded into a noun whose word also stands elsewhere (trial48 A9)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
  it('is no condition dropped, as when the word stands nowhere else', () => {
    const incB = vt('In case of ICT incidents, States should consult ICT experts before attributing an incident.', 'States should consult experts before attributing an ICT incident.');
    expect(incB.filter((v) => v[0] === 'qualifier-dropped')).toEqual([]);
    expect(incB[0]).toEqual(['omission', 'In case of ICT incidents,', '', null]);
    expect(vt('In case of ICT incidents, States should consult experts before attributing an incident.', 'States should consult experts before attributing an ICT incident.')).toEqual([
      ['omission', 'In case of ICT incidents,', '', null],
      ['addition', '', 'ICT', null],
    ]);
    expect(vt('In case of cyber incidents, States should notify cyber agencies before attributing an incident.', 'States should notify agencies before attributing a cyber incident.').filter((v) => v[0] === 'qualifier-dropped')).toEqual([]);
  });
  it('near miss: the word kept where it stood and nothing folded, the condition is dropped', () => {
    expect(vt('In case of ICT incidents, States should consult ICT experts before attributing an incident.', 'States should consult ICT experts before attributing an incident.')).toEqual([
      ['qualifier-dropped', 'In case of ICT incidents,', '', 'strengthened'],
    ]);
  });
});

describe('a named-case list with a serial comma (trial48 A11)', () => {
  const vt = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);
  it('runs to the end of the list', () => {
    expect(phrases('States should protect critical infrastructure, including hospitals, energy, water and sanitation, and financial services.')).toEqual(['including hospitals, energy, water and sanitation, and financial services']);
    expect(vt('States should protect critical infrastructure, including hospitals, energy, water and sanitation, and financial services.', 'States should protect critical infrastructure.')).toEqual([
      ['qualifier-dropped', ', including hospitals, energy, water and sanitation, and financial services', '', null],
    ]);
    expect(vt('States should protect critical infrastructure, such as hospitals, energy, or financial services.', 'States should protect critical infrastructure.')).toEqual([
      ['qualifier-dropped', ', such as hospitals, energy, or financial services', '', null],
    ]);
  });
  it('near miss: a coordinated predicate after the comma is not an item of the list', () => {
    expect(phrases('States should protect infrastructure, including hospitals, and should designate a contact point.')).toEqual(['including hospitals']);
    expect(phrases('States should protect infrastructure, including hospitals, and States should designate a contact point.')).toEqual(['including hospitals']);
  });
});

describe('a condition dropped (added) where the other side states another kind of rule (trial47 A15)', () => {
  const vt = (b: string, r: string) => variants(b, r).filter((v) => v.type.startsWith('qualifier')).map((v) => [v.type, v.base, v.reading, v.explanation]);
  it('names each side\'s rule, not "the permission becomes unconditional"', () => {
    expect(vt('States may, subject to national law, share information.', 'States shall not share information.')).toEqual([
      ['qualifier-dropped', ', subject to national law,', '', "condition dropped: ', subject to national law,' — the base's permission held only under it; the witness states a prohibition without it"],
    ]);
    expect(vt('States should, where appropriate, share information.', 'States should not share information.')).toEqual([
      ['qualifier-dropped', ', where appropriate,', '', "condition dropped: ', where appropriate,' — the base's obligation held only under it; the witness states a prohibition without it"],
    ]);
    expect(vt('States shall not share information.', 'States may, subject to national law, share information.')).toEqual([
      ['qualifier-added', '', ', subject to national law,', "condition added: ', subject to national law,' — the witness's permission holds only under it; the base states a prohibition without it"],
    ]);
  });
  it('near miss: the same rule on both sides keeps the usual consequence', () => {
    expect(vt('States may, subject to national law, share information.', 'States may share information.')).toEqual([
      ['qualifier-dropped', ', subject to national law,', '', "condition dropped: ', subject to national law,' — the permission becomes unconditional"],
    ]);
  });
});

describe('the coordinator that joined a dropped (added) qualifier to a kept one goes with it', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"in a timely manner and in accordance with national law" → "in a timely manner": one qualifier-dropped, no stray "and"', () => {
    expect(rows('States should respond to requests in a timely manner and in accordance with national law.', 'States should respond to requests in a timely manner.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and in accordance with national law', ''],
    ]);
    expect(rows('States should respond to requests in a timely manner.', 'States should respond to requests in a timely manner and where appropriate.')).toEqual([
      ['qualifier-added', 'weakened', '', 'and where appropriate'],
    ]);
  });
  it('near miss: a coordinator both sides read ("respect and, in accordance with national law, protect") stays out of it', () => {
    const vs = variants('States should respect and, in accordance with national law, protect personal data.', 'States should respect and protect personal data.');
    expect(vs.map((v) => v.base)).not.toContain('and, in accordance with national law,');
    expect(vs.some((v) => v.type === 'qualifier-dropped')).toBe(true);
  });
});
