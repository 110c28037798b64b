import { describe, expect, it } from 'vitest';
import { types, variants } from './helpers.js';

describe('punctuation', () => {
  it('a comma added is punctuation', () => {
    const vs = variants('States should step up dialogue and join hands.', 'States should step up dialogue, and join hands.');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['punctuation', 'accidental', '', ',']]);
    expect(vs[0].baseSpan).toBeNull();
    expect(vs[0].readingSpan).toEqual([5, 6]);
  });

  it('a semicolon replaced by a comma is punctuation', () => {
    expect(types('States act; they agree.', 'States act, they agree.')).toEqual(['punctuation']);
  });

  it('near miss: a word added next to punctuation is not punctuation', () => {
    expect(types('States act, they agree.', 'States act, and they agree.')).not.toContain('punctuation');
  });

  it('near miss: curly and straight quotes are the same reading', () => {
    expect(variants("users' data", 'users’ data')).toEqual([]);
  });

  it('punctuation at the edge of grammar left out is its own variant; content keeps its commas', () => {
    expect(variants('personal information, which has a bearing on security', 'personal information bearing on security').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['punctuation', ',', ''],
      ['grammatical', 'which has a', ''],
    ]);
    expect(types('States oppose surveillance, or use the data to conduct attacks.', 'States oppose surveillance.')).toEqual(['omission']);
  });
});


describe('punctuation: footnote reference marks', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('figures tight after a full stop or a word are a footnote mark, accidental', () => {
    expect(brief('Each Party shall allow the transfer of information by electronic means.', 'Each Party shall allow the transfer of information by electronic means.1')).toEqual([['punctuation', '', '1']]);
    expect(brief('Each Party shall allow the transfer of information by electronic means.', 'Each Party shall allow the transfer of information2 by electronic means.')).toEqual([['punctuation', 'information', 'information2']]);
  });
  it('near misses: a figure with a space before it, another number', () => {
    expect(brief('See Article 5.', 'See Article 5 3.').map((x) => x[0])).toEqual(['addition']);
    expect(brief('Each Party shall report within 30 days.', 'Each Party shall report within 60 days.').map((x) => x[0])).toEqual(['lexical']);
  });
});

describe('punctuation: quotation marks around the whole reading', () => {
  it('a witness quoting the text ("…" around it all) reads it verbatim: no variant', () => {
    expect(types('Public bodies should publish the source code of algorithmic systems.', '"Public bodies should publish the source code of algorithmic systems."')).toEqual([]);
    expect(types('Public bodies should publish the source code.', '\u201cPublic bodies should publish the source code\u201d.')).toEqual([]);
  });
  it('near miss: quotation marks around a phrase inside are a punctuation variant (the pair, one variant: parenthetical-marks)', () => {
    expect(types('Public bodies should publish the "source code" of algorithmic systems.', 'Public bodies should publish the source code of algorithmic systems.')).toEqual(['punctuation']);
  });
});

describe('punctuation: a footnote mark renumbered', () => {
  it('"ICTs.2" → "ICTs.1" is the edition\'s apparatus, not the text', () => {
    expect(variants('States reaffirmed that international law applies to ICTs.2', 'States reaffirmed that international law applies to ICTs.1').map((v) => [v.type, v.class])).toEqual([['punctuation', 'accidental']]);
  });
  it('near miss: a figure in the text changed is lexical', () => {
    expect(types('The budget is 2 million.', 'The budget is 1 million.')).toEqual(['lexical']);
  });
});

describe('quotation marks around a stretch quoted word for word', () => {
  it('are no variant: the witness quotes, it does not reword', () => {
    const v = variants('The notified Party shall not refuse on the sole ground that the conduct is not an offence under its own law.', 'Worse, Article 6(2) provides that the notified Party "shall not refuse on the sole ground that the conduct is not an offence under its own law".');
    expect(v.map((x) => x.type)).toEqual(['addition']);
  });
  it('near miss: a quotation with a change inside keeps its marks', () => {
    const v = variants('The Party shall not refuse on the sole ground that the conduct is lawful.', 'The Party "shall not refuse on the grounds" that the conduct is lawful.');
    expect(v.filter((x) => x.type === 'punctuation').length).toBe(2);
  });
});

describe('a pair of marks setting a stretch apart, dropped or added together', () => {
  it('is one punctuation variant quoting the stretch', () => {
    const v = variants('Agencies should, where appropriate, consult the communities affected.', 'Agencies should where appropriate consult the communities affected.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['punctuation', ', where appropriate,', 'where appropriate']]);
    expect(v[0].explanation).toContain('no longer set apart');
  });
  it('brackets and dashes as well, added as well as dropped', () => {
    expect(variants('The fee is waived in principle for students.', 'The fee is waived (in principle) for students.').map((x) => [x.type, x.base, x.reading])).toEqual([['punctuation', 'in principle', '(in principle)']]);
    expect(variants('Operators shall as a rule notify the authority.', 'Operators shall \u2014 as a rule \u2014 notify the authority.').map((x) => [x.type, x.reading])).toEqual([['punctuation', '\u2014 as a rule \u2014']]);
  });
  it('near miss: the serial commas of a list stay two variants', () => {
    expect(types('Companies must respect laws, regulations, and standards.', 'Companies must respect laws regulations and standards.')).toEqual(['punctuation', 'punctuation']);
  });
  it('near miss: a change inside the stretch keeps the marks apart', () => {
    const v = variants('The regulator, an independent body, shall publish the report.', 'The regulator an independent agency shall publish the report.');
    expect(v.some((x) => x.type === 'punctuation' && x.base.length > 1)).toBe(false);
    expect(v.some((x) => x.type === 'lexical')).toBe(true);
  });
  it('near miss: marks far apart (a long stretch) are two variants', () => {
    expect(types('Agencies should, after a public hearing held in the capital region, consult the communities.', 'Agencies should after a public hearing held in the capital region consult the communities.')).toEqual(['punctuation', 'punctuation']);
  });
});

describe('a connective adverb set apart by commas, dropped or added with them', () => {
  it('is one grammatical variant (function-words.yaml: connective adverbs)', () => {
    const v = variants('States should, moreover, share information.', 'States should share information.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', ', moreover,', '']]);
    expect(types('Firms shall not transfer data, provided, however, that the owner consents.', 'Firms shall not transfer data, provided that the owner consents.')).toEqual(['grammatical']);
    expect(variants('States should share information.', 'States should, therefore, share information.').map((x) => [x.type, x.reading])).toEqual([['grammatical', ', therefore,']]);
  });
  it('near miss: a content word set apart by commas is an omission', () => {
    expect(types('States should, voluntarily, share information.', 'States should share information.')).not.toContain('grammatical');
  });
});

describe('a pair of marks around a stretch that is itself reworded', () => {
  it('the marks go with the rewording: one variant, not two punctuation variants beside it', () => {
    const cases: [string, string, string, string][] = [
      ['Operators shall notify the authority, without undue delay, of any significant incident.', 'Operators shall notify the authority immediately of any significant incident.', ', without undue delay,', 'immediately'],
      ['Operators shall notify the authority immediately of any significant incident.', 'Operators shall notify the authority, without undue delay, of any significant incident.', 'immediately', ', without undue delay,'],
      ['States shall, where appropriate, consult the public.', 'States shall if necessary consult the public.', ', where appropriate,', 'if necessary'],
    ];
    for (const [b, r, from, to] of cases) {
      const v = variants(b, r);
      expect(v.map((x) => [x.class, x.base, x.reading]), `${b} → ${r}`).toEqual([['substantive', from, to]]);
    }
  });
  it('near miss: several changes between the marks keep them apart', () => {
    const v = variants('Operators shall notify the authority, without undue delay and in any event within twenty-four hours of becoming aware of it, of any significant incident.', 'Operators shall notify the authority immediately of any significant incident.');
    expect(v.filter((x) => x.type === 'punctuation').map((x) => x.base)).toEqual([',', ',']);
  });
});

describe('a capital letter or Roman numeral before the full stop that ends the text', () => {
  it('is a label and the sentence\'s full stop, not one token: no punctuation variant ("Annex I." as "Annex 1.")', () => {
    const cases: [string, string, string][] = [
      ['States shall require a licence for items listed in the Annex.', 'States shall require a licence for items listed in Annex I.', 'I'],
      ['The list of controlled items is set out in the Schedule.', 'The list of controlled items is set out in Schedule B.', 'B'],
      ['The obligations are those of the Part.', 'The obligations are those of Part IV.', 'IV'],
    ];
    for (const [b, r, label] of cases) {
      const v = variants(b, r);
      expect(v.map((x) => [x.type, x.reading]), `${b} → ${r}`).toEqual([
        ['grammatical', ''],
        ['addition', label],
      ]);
    }
    expect(variants('The measures are set out in Annex I.', 'The measures are set out in Annex II.').map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'I', 'II']]);
  });
  it('near miss: an initial inside the text stays one token with its dot; the pronoun "I" stays a pronoun', () => {
    expect(variants('The report was signed by J. Smith.', 'The report was signed by J. Smith.')).toEqual([]);
    expect(variants('The report was signed by J. Smith.', 'The report was signed by Smith.').map((x) => [x.type, x.base])).toEqual([['omission', 'J.']]);
    expect(types('Today we will act.', 'Today I will act.')).toEqual(['actor']);
  });
});

describe('punctuation: a change both sides close with a different mark', () => {
  const brief = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);
  it('the words dropped before the mark are an omission, the mark its own punctuation variant', () => {
    expect(brief('Noting with serious concern the increase in malicious ICT activities targeting critical infrastructure, including hospitals and medical facilities,', 'Noting with serious concern the increase in malicious ICT activities targeting critical infrastructure, including hospitals.')).toEqual([
      ['omission', 'and medical facilities', ''],
      ['punctuation', ',', '.'],
    ]);
    expect(brief('States shall protect critical infrastructure, including hospitals and power plants;', 'States shall protect critical infrastructure, including hospitals.')).toEqual([
      ['omission', 'and power plants', ''],
      ['punctuation', ';', '.'],
    ]);
    expect(brief('The Parties will share information on threats and vulnerabilities.', 'The Parties will share information on threats;')).toEqual([
      ['omission', 'and vulnerabilities', ''],
      ['punctuation', '.', ';'],
    ]);
    // (not the comma before the words dropped taken for the colon's counterpart)
    expect(brief('The Committee may request further details, data and records:', 'The Committee may request further details.')).toEqual([
      ['omission', ', data and records', ''],
      ['punctuation', ':', '.'],
    ]);
  });

  it('near miss: the same mark on both sides was already aligned, and gives no punctuation variant', () => {
    expect(brief('States shall protect critical infrastructure, including hospitals and power plants;', 'States shall protect critical infrastructure, including hospitals;')).toEqual([['omission', 'and power plants', '']]);
  });
});

describe('square brackets of a draft (function-words.yaml parenthetical-marks "[ ]")', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('around kept words: one punctuation variant, as parentheses', () => {
    expect(brief('Each club shall keep or otherwise store the minutes of meetings.', 'Each club shall keep [or otherwise store] the minutes of meetings.')).toEqual([['punctuation', 'or otherwise store', '[or otherwise store]']]);
    expect(brief('Members may [where possible] share their tools.', 'Members may where possible share their tools.')).toEqual([['punctuation', '[where possible]', 'where possible']]);
  });
  it('a closing bracket glued to a changed word before a full stop is a mark of its own', () => {
    expect(brief('Each club shall share the records of any serious breach.', 'Each club shall share [the records of any grave incident].')).toEqual([
      ['punctuation', '', '['],
      ['lexical', 'serious breach', 'grave incident'],
      ['punctuation', '', ']'],
    ]);
    // a reworded stretch in brackets takes them in, as commas around a rewording
    const v = variants('Each club shall answer the request without delay.', 'Each club shall answer the request [within ten days].');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'without delay', '[within ten days]']]);
    expect(v[0].explanation).not.toContain("days]'");
  });
  it('near miss: a bracket both sides have stays in the alignment', () => {
    expect(brief('Each club shall share [the records of any serious breach].', 'Each club shall share [the records of any grave breach].')).toEqual([['lexical', 'serious', 'grave']]);
  });
});

describe('a name dropped before its acronym in brackets, the acronym kept', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"Data Free Flow with Trust (DFFT)" → "DFFT": one spelling variant, no stray bracket', () => {
    expect(brief('We support the Open Garden Network (OGN) in its work.', 'We support the OGN in its work.')).toEqual([['spelling', 'Open Garden Network (OGN)', 'OGN']]);
    expect(brief('We support the OGN in its work.', 'We support the Open Garden Network (OGN) in its work.')).toEqual([['spelling', 'OGN', 'Open Garden Network (OGN)']]);
    // with other words beside the name: those words added, the brackets one variant
    expect(brief('Clubs should join the OGN soon.', 'Clubs should join the regional Open Garden Network (OGN) soon.')).toEqual([
      ['punctuation', 'OGN', '(OGN)'],
      ['addition', '', 'regional Open Garden Network'],
    ]);
  });
  it('not an acronym of the words: the words dropped, the brackets one variant around the kept name', () => {
    expect(brief('We thank the Agency (GROW) for its work.', 'We thank GROW for its work.')).toEqual([
      ['omission', 'the Agency', ''],
      ['punctuation', '(GROW)', 'GROW'],
    ]);
  });
  it('near miss: the acronym in brackets dropped with its brackets is one omission', () => {
    expect(brief('We support the Open Garden Network (OGN) in its work.', 'We support the Open Garden Network in its work.')).toEqual([['omission', '(OGN)', '']]);
  });
});

describe('a comma added beside a modal that changes', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('is punctuation, as where the modals are unchanged', () => {
    expect(brief('Members shall keep the plot tidy and shall not light fires.', 'Members must keep the plot tidy, and may not light fires.')).toEqual([
      ['modality', 'shall', 'must'],
      ['punctuation', '', ','],
      ['modality', 'shall', 'may'],
    ]);
    expect(brief('Members shall keep the plot tidy and shall pay the fee.', 'Members must keep the plot tidy, and must pay the fee.').map((v) => v[0])).toEqual(['modality', 'punctuation', 'modality']);
    expect(brief('Members shall keep the plot tidy and shall not light fires.', 'Members shall keep the plot tidy, and shall not light fires.')).toEqual([['punctuation', '', ',']]);
  });
  it('near miss: a coordinator replaced by a comma is grammar', () => {
    expect(brief('Members shall weed, water or mow the plot.', 'Members must weed, water, mow the plot.')).toEqual([
      ['modality', 'shall', 'must'],
      ['grammatical', 'or', ','],
    ]);
  });
});
