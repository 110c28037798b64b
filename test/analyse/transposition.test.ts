import { describe, expect, it } from 'vitest';
import { ofType, types, variants } from './helpers.js';

describe('transposition', () => {
  it('a phrase moved to the front is one transposition', () => {
    const v = ofType('States shall not obtain data without permission.', 'Without permission, States shall not obtain data.', 'transposition');
    expect(v.map((x) => [x.base, x.reading, x.class])).toEqual([['without permission', 'Without permission', 'substantive']]);
    expect(v[0].baseSpan).toEqual([5, 7]);
    expect(v[0].readingSpan).toEqual([0, 2]);
  });

  it('swapped conjuncts: no omission, no addition', () => {
    const t = types('States should protect personal data and critical infrastructure.', 'States should protect critical infrastructure and personal data.');
    expect(t).toContain('transposition');
    expect(t).not.toContain('omission');
    expect(t).not.toContain('addition');
  });

  it('a sentence moved and reworded: one transposition, and the change inside it classified', () => {
    const vs = variants(
      'At the same time, States have the right to ensure data security. We reaffirm that States should foster an open business environment for mutual benefit.',
      'We reaffirm that States must foster an open business environment for mutual benefit. At the same time, States have the right to ensure data security.',
    );
    expect(vs.filter((v) => v.type === 'transposition')).toHaveLength(1);
    expect(vs.filter((v) => v.type === 'modality').map((v) => [v.base, v.reading, v.direction])).toEqual([['should', 'must', 'strengthened']]);
    expect(vs.filter((v) => v.type === 'omission' || v.type === 'addition')).toEqual([]);
  });

  it('two content words swapped around function words', () => {
    // one inversion: one transposition over the stretch
    expect(variants('the data of the State', 'the State of the data').map((v) => [v.type, v.base, v.reading])).toEqual([['transposition', 'data of the State', 'State of the data']]);
  });

  it('near misses: function words alone or different words do not make a transposition', () => {
    expect(types('protect the data of States', 'protect data of the States')).toEqual(['grammatical', 'grammatical']);
    expect(types('States should protect data.', 'States should guard data.')).not.toContain('transposition');
  });

  it('a phrase moved from inside one change into another: transposition, the rest classified around it', () => {
    const vs = variants(
      'States should stand against ICT activities that impair or steal data of the critical infrastructure of other States.',
      'States should oppose the use of ICT to destroy the critical infrastructure or steal data of other States.',
    );
    expect(vs.filter((v) => v.type === 'transposition').map((v) => [v.base, v.reading])).toEqual([['or steal data', 'or steal data']]);
    expect(vs.filter((v) => v.type === 'lexical').map((v) => [v.base, v.reading])).toContainEqual(['stand against', 'oppose']);
  });

  it('a moved phrase cutting a change keeps the modal split around it', () => {
    const vs = variants(
      'States respect data of other States, and shall not obtain data located in other States through companies or individuals without permission.',
      'States respect data of other States, avoid asking companies or individuals to provide data located in other States without permission.',
    );
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'and', ''],
      ['modality', 'shall not', 'avoid asking'],
      ['lexical', 'obtain', 'to provide'],
      ['grammatical', 'through', ''],
      ['transposition', 'companies or individuals', 'companies or individuals'],
    ]);
  });

  it('near miss: a single content word dropped here and added there is not a moved phrase', () => {
    expect(types('States shall not obtain data through companies without permission.', 'States shall avoid asking companies to provide data without permission.')).not.toContain('transposition');
  });

  it('a moved phrase is compared on lemmas: a change of number inside it does not hide the move', () => {
    expect(variants('States should protect the supply chain of global products.', 'States should protect global products and their supply chains.').filter((v) => v.type === 'transposition').map((v) => [v.base, v.reading])).toEqual([
      ['supply chain', 'supply chains'],
    ]);
  });

  it('the pieces left around moved and dropped phrases are split again (a dropped clause with its own subject and modal is an omission)', () => {
    const vs = variants(
      'States need overseas data out of law enforcement requirement such as combating crimes, they should do it through treaties.',
      'States meet law enforcement needs for overseas data through treaties.',
    );
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['lexical', 'need', 'meet'],
      ['transposition', 'overseas data', 'overseas data'],
      ['grammatical', 'out of', ''],
      ['lexical', 'requirement', 'needs for'],
      ['qualifier-dropped', 'such as combating crimes', ''],
      ['omission', ', they should do it', ''],
    ]);
  });

  it('words swapped in place are one transposition over the stretch', () => {
    // the same noun phrase with and without "of" is grammar
    const vs = variants('States should designate a national point of contact for cables.', 'States should designate a national contact point for cables.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'point of contact', 'contact point']]);
    expect(types('apply the rules of the agency to camps.', "apply the agency's rules to camps.")).toEqual(['grammatical']);
    expect(types('Transfers for reasons of public interest are allowed.', 'Transfers for public interest reasons are allowed.')).toEqual(['grammatical']);
    // the same words in another order otherwise: a transposition
    const other = variants('protect the cables of the operators and the States', 'protect the operators of the cables and the States');
    expect(other.map((v) => v.type)).toEqual(['transposition']);
    expect(other[0].explanation).toContain('words in another order');
    // near misses: a word changed as well is not a swap; one content word is not a swap
    expect(types('a national point of contact for cables', 'a national contact person for cables')).not.toContain('transposition');
    expect(types('the repair of the cables', 'the repair of cables')).not.toContain('transposition');
  });
});


describe('transposition: a moved run takes its shared function words along', () => {
  it('"impair or steal data of other States\' infrastructure" → "impair other States\' infrastructure or steal data": the "or" moves with it', () => {
    const vs = variants("States should oppose activities that impair or steal important data of other States' critical infrastructure.", "States should oppose activities that impair other States' critical infrastructure or steal important data.");
    const t = vs.filter((v) => v.type === 'transposition');
    expect(t.map((v) => [v.base, v.reading])).toEqual([['or steal important data', 'or steal important data']]);
    expect(vs.filter((v) => v.type === 'grammatical' && (v.base === 'or' || v.reading === 'or'))).toEqual([]);
  });
});

describe('transposition: a sentence moved takes its full stop along', () => {
  it('"A. B." → "B. A." is one transposition, with no full stop dropped and added', () => {
    const vs = variants(
      'Such a transfer shall not require any authorisation. The Commission shall monitor developments.',
      'The Commission shall monitor developments. Such a transfer shall not require any authorisation.',
    );
    expect(vs.map((v) => v.type)).toEqual(['transposition']);
  });
  it('near miss: punctuation changed away from the moved sentence stays a punctuation variant', () => {
    const vs = variants(
      'Such a transfer shall not require any authorisation. The Commission shall monitor developments. States, in turn, shall report.',
      'The Commission shall monitor developments. Such a transfer shall not require any authorisation. States in turn shall report.',
    );
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['transposition', 'The Commission shall monitor developments', 'The Commission shall monitor developments'],
      // (the two commas around "in turn" dropped together: one variant, README punctuation)
      ['punctuation', ', in turn,', 'in turn'],
    ]);
  });
});

describe('grammatical: a noun phrase with and without "of", with a name abbreviated', () => {
  it('"the Charter of the United Nations" → "the UN Charter" (a listed form), "statement of the Member States" → "MS statement" (an acronym)', () => {
    const a = variants('The Charter of the United Nations applies in cyberspace.', 'The UN Charter applies in cyberspace.');
    expect(a.map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'Charter of the United Nations', 'UN Charter']]);
    expect(a[0].explanation).toContain('a name abbreviated');
    expect(types('The statement of the Member States was clear.', 'The MS statement was clear.')).toEqual(['grammatical']);
  });
  it('near miss: another name is not an abbreviation of these words', () => {
    expect(types('The Charter of the United Nations applies in cyberspace.', 'The EU Charter applies in cyberspace.')).not.toEqual(['grammatical']);
  });
});

describe('transposition: a phrase moved with its number written otherwise', () => {
  it('"in the past twelve months" moved as "over past 12 months" is a transposition', () => {
    const vs = variants(
      'We condemn the attacks that in the past twelve months disrupted hospitals in at least 30 countries, and we will act.',
      'We condemn the attacks on hospitals in at least 30 countries over past 12 months, and we will act.',
    );
    expect(vs.filter((v) => v.type === 'transposition').map((v) => [v.base, v.reading])).toEqual([['past twelve months', 'past 12 months']]);
    expect(vs.some((v) => v.type === 'addition' && v.reading.includes('12'))).toBe(false);
  });
});

describe('transposition: a short phrase moved with an inflection changed', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"when attributing an incident" put first as "When attributing incidents," is one move and the grammar inside', () => {
    expect(brief('States should consider all information when attributing an incident.', 'When attributing incidents, States should consider all information.')).toEqual([
      ['punctuation', '', ','],
      ['transposition', 'when attributing an incident', 'When attributing incidents'],
      ['grammatical', 'an incident', 'incidents'],
    ]);
  });
  it('a moved phrase takes along the function word both sides open it with ("when")', () => {
    const v = brief('States should consider all relevant information, including the context, when attributing an ICT incident.', 'When attributing an ICT incident, States should consider all relevant information.');
    expect(v.filter((x) => x[0] === 'transposition')).toEqual([['transposition', 'when attributing an ICT incident', 'When attributing an ICT incident']]);
    expect(v.map((x) => x[0])).not.toContain('grammatical');
  });
  it('near miss: two content words in another order or other words are no short move', () => {
    expect(brief('States should consider all information when attributing an incident.', 'When assessing incidents, States should consider all information.').map((x) => x[0])).not.toContain('transposition');
  });
});

describe('transposition: two runs that change places', () => {
  it('"Valdoria … Estmark" → "Estmark … Valdoria" is one transposition over the stretch', () => {
    const v = variants('The Government of the Republic of Valdoria and the Government of the Republic of Estmark met.', 'The Government of the Republic of Estmark and the Government of the Republic of Valdoria met.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['transposition', 'The Government of the Republic of Valdoria and the Government of the Republic of Estmark', 'The Government of the Republic of Estmark and the Government of the Republic of Valdoria']]);
    expect(v[0].explanation).toBe("words in another order: 'The Government of the Republic of Valdoria' and 'the Government of the Republic of Estmark' change places");
    // two names that change places with no coordinator between them
    const w = variants('Talks between Valdoria officials, Estmark officials and others.', 'Talks between Estmark officials, Valdoria officials and others.');
    expect(w.map((x) => x.type)).toEqual(['transposition']);
  });
  it('near miss: one run moved past other words stays one move', () => {
    const v = variants('Valdoria and Estmark met in Kessel in June.', 'Estmark met in Kessel in June with Valdoria.');
    expect(v.filter((x) => x.type === 'transposition').length).toBeLessThanOrEqual(1);
  });
});

describe('transposition: "A and B" → "B and A"', () => {
  it('the coordinator goes with the move, and the explanation says where the run now stands', () => {
    const v = variants('Operators shall establish a security body and appoint a security officer.', 'Operators shall appoint a security officer and establish a security body.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['transposition', 'establish a security body and appoint a security officer', 'appoint a security officer and establish a security body']]);
    expect(v[0].explanation).toBe("words in another order: 'establish a security body' and 'appoint a security officer' change places");
    // a run moved with its coordinator, the explanation says where it now stands
    const m = variants('Operators shall establish a body and appoint an officer for security.', 'Operators shall appoint an officer and establish a body for security.');
    expect(m.map((x) => x.type)).toEqual(['transposition']);
  });
});

describe('transposition: one word moved beside another change', () => {
  it('a word dropped in one place and read at the edge of a rewording elsewhere is moved', () => {
    const v = variants('Health data shall be collected only for specified, explicit and legitimate purposes.', 'Health data shall be collected only for purposes determined, explicit and legitimate.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['lexical', 'specified', 'determined'],
      ['transposition', 'purposes', 'purposes'],
    ]);
    // the other way round: the word added here, taken from a rewording there
    const w = variants('Providers must deploy appropriate security measures to protect accounts.', 'Providers must introduce the security measures appropriate to protect accounts.');
    const moved = w.filter((x) => x.type === 'transposition');
    expect(moved.map((x) => [x.base, x.reading])).toEqual([['appropriate', 'appropriate']]);
    expect(w.some((x) => x.type === 'addition' && x.reading.includes('appropriate'))).toBe(false);
  });

  it('near miss: a word taken from a run dropped whole leaves the run one omission', () => {
    const v = variants('States should maintain a stable supply chain of global ICT products and services.', 'States should maintain a stable global supply chain.');
    expect(v.some((x) => x.type === 'transposition')).toBe(false);
    expect(v.filter((x) => x.type === 'omission').map((x) => x.base)).toEqual(['of global ICT products and services']);
  });

  it('near miss: a different word at the edge of the rewording is no move', () => {
    const v = variants('Health data shall be collected only for specified, explicit and legitimate purposes.', 'Health data shall be collected only for aims determined, explicit and legitimate.');
    expect(v.some((x) => x.type === 'transposition')).toBe(false);
  });
});

describe('transposition: a moved run that ends in a word read beside it', () => {
  it('"by 31 January of each year" moved before "year." is moved whole', () => {
    const v = variants('Exporters shall report to the Office, by 31 January of each year, all exports carried out during the preceding calendar year.', 'Exporters shall report to the Office all exports carried out during the preceding calendar year by 31 January of each year.');
    // (the commas that set it apart where it stood go with it: no punctuation variants beside the move)
    expect(v.filter((x) => x.type === 'transposition').map((x) => x.base)).toEqual([', by 31 January of each year,']);
    expect(v.some((x) => x.type === 'punctuation')).toBe(false);
    expect(v.some((x) => x.type === 'omission' || x.type === 'addition')).toBe(false);
  });
});

describe('the same noun phrase with and without "of", names in the plural', () => {
  it('"the security of ICTs" → "ICT security", "State behaviour" → "behaviour of States": grammatical', () => {
    expect(variants('Requests a report on the security of ICTs;', 'Requests a report on ICT security;').map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'the security of ICTs', 'ICT security']]);
    expect(variants('Recalls the principles of responsible State behaviour;', 'Recalls the principles of responsible behaviour of States;').map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'State behaviour', 'behaviour of States']]);
  });
  it('near miss: another noun is no reordering', () => {
    expect(variants('Requests a report on the security of ICTs;', 'Requests a report on network security;').some((x) => x.type === 'grammatical' && x.explanation.includes('with and without'))).toBe(false);
  });
});

describe('numbers changed in place are no move', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('two numbers of one clause each replaced, one by the other\'s old value: two changes of value', () => {
    expect(rows('The Parties shall review this Chapter within three years of entry into force, and every five years thereafter.', 'The Parties shall review this Chapter within two years of entry into force, and every three years thereafter.')).toEqual([
      ['lexical', 'three', 'two'],
      ['lexical', 'five', 'three'],
    ]);
    expect(rows('Reports are due within 30 days and reviews every 90 days.', 'Reports are due within 14 days and reviews every 30 days.')).toEqual([
      ['lexical', '30', '14'],
      ['lexical', '90', '30'],
    ]);
    expect(rows('The Committee shall meet twice a year and report every three years.', 'The Committee shall meet three times a year and report every five years.').map((x) => x[0])).not.toContain('transposition');
  });
  it('near miss: a phrase with its number moved is still a transposition', () => {
    expect(types('The term is three years, renewable once.', 'The term, renewable once, is three years.')).toContain('transposition');
  });
});

describe('a phrase moved with a word in another form', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the move, and the change of number inside it', () => {
    const a = rows('States should maintain a stable supply chain of global ICT products.', 'States should maintain the stability of global supply chains.');
    expect(a).toContainEqual(['transposition', 'supply chain', 'supply chains']);
    expect(a).toContainEqual(['grammatical', 'chain', 'chains']);
    const b = rows('The Council shall ensure an effective cooperation network of national cybersecurity agencies.', 'The Council shall ensure the effectiveness of national cooperation networks.');
    expect(b).toContainEqual(['transposition', 'cooperation network', 'cooperation networks']);
    expect(b).toContainEqual(['grammatical', 'network', 'networks']);
  });
  it('near miss: the same forms moved add no change of form', () => {
    const a = rows('States should maintain a stable supply chain of global ICT products.', 'States should maintain the stability of global supply chain.');
    expect(a.filter((x) => x[0] === 'grammatical' && x[1] === 'chain')).toEqual([]);
    const t = variants('States should maintain a stable supply chain of global ICT products.', 'States should maintain the stability of global supply chain.').find((v) => v.type === 'transposition');
    expect(t?.explanation ?? '').not.toMatch(/reworded/);
  });
});

describe('transposition: the items of a list reordered', () => {
  it('three items in another order, the moving item taking the "and" with it: one transposition, not grammar', () => {
    for (const [b, r] of [
      ['The assessment shall consider the purpose, scope and necessity of the transfer.', 'The assessment shall consider the necessity, purpose and scope of the transfer.'],
      ['We value speed, cost and quality above all.', 'We value quality, speed and cost above all.'],
      ['Operators shall inform the authority, the users and the public.', 'Operators shall inform the public, the authority and the users.'],
      ['The report covers the purpose of the transfer, the scope and the necessity.', 'The report covers the necessity, the scope and the purpose of the transfer.'],
    ]) {
      expect(variants(b, r).map((v) => v.type), `${b} → ${r}`).toEqual(['transposition']);
    }
  });

  it('near misses: an item replaced is a rewording, the same order is no move', () => {
    expect(types('We value speed, cost and quality above all.', 'We value quality, speed and price above all.')).not.toContain('transposition');
    expect(types('We value speed, cost and quality above all.', 'We value speed, cost, and quality above all.')).toEqual(['punctuation']);
  });
});

describe('transposition: a word inflected in place is no move', () => {
  it('"transfers" → "transfer" beside a dropped "before the transfer": grammatical and an omission, no transposition', () => {
    const cases: [string, string, string][] = [
      ['A data handler that transfers sensitive data shall apply for an assessment before the transfer.', 'Data handlers that transfer sensitive data shall apply for an assessment.', 'before the transfer'],
      ['A data handler that transfers sensitive data shall apply for an assessment before the transfer.', 'A data handler that transfer sensitive data shall apply for an assessment.', 'before the transfer'],
      ['States that export items shall publish the export records.', 'A State that exports items shall publish the records.', 'export'],
    ];
    for (const [b, r, dropped] of cases) {
      const vs = variants(b, r);
      expect(vs.map((v) => v.type), `${b} → ${r}`).not.toContain('transposition');
      // ("before the transfer" is a time limit: qualifiers.yaml, an act named by its noun)
      expect(vs.filter((v) => v.type === 'omission' || v.type === 'qualifier-dropped').map((v) => v.base)).toEqual([dropped]);
      expect(vs.filter((v) => v.class === 'substantive')).toHaveLength(1);
    }
  });

  it('near miss: a word dropped in one place and read in another, with nothing in its place, still moves', () => {
    const vs = variants('States shall promptly notify the authority.', 'States shall notify the authority promptly.');
    expect(vs.map((v) => v.type)).toEqual(['transposition']);
  });
});

describe('the same noun phrase with and without "of" before a modal that changes', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('the swap stops at the modal: the change of modal is reported on its own', () => {
    expect(rows('The Secretariat of the Organisation shall prepare a report.', "The Organisation's Secretariat will prepare a report.")).toEqual([
      ['grammatical', null, 'Secretariat of the Organisation', "Organisation's Secretariat"],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
    expect(rows('The rules of the Agency shall apply to camps.', "The Agency's rules may apply to camps.")).toEqual([
      ['grammatical', null, 'rules of the Agency', "Agency's rules"],
      ['modality', 'weakened', 'shall', 'may'],
    ]);
    expect(rows('The Board of the Fund should publish its accounts.', "The Fund's Board must publish its accounts.")).toEqual([
      ['grammatical', null, 'Board of the Fund', "Fund's Board"],
      ['modality', 'strengthened', 'should', 'must'],
    ]);
  });
  it('near miss: the same modal on both sides gives the noun phrase alone', () => {
    expect(rows('The Secretariat of the Organisation shall prepare a report.', "The Organisation's Secretariat shall prepare a report.")).toEqual([
      ['grammatical', null, 'Secretariat of the Organisation', "Organisation's Secretariat"],
    ]);
  });
});

describe('the same noun phrase with and without "of", beside a change that goes on after it', () => {
  const of = (b: string, r: string) => variants(b, r).filter((v) => v.type === 'grammatical' && v.explanation.includes('with and without "of"')).map((v) => [v.base, v.reading]);

  it('the noun phrase is grammatical, the rest of the change its own variants; no word moved', () => {
    for (const [b, r, nb, nr] of [
      ['The Secretariat shall maintain a directory of national points of contact and shall update it every six months.', 'The Secretariat shall maintain a directory of national contact points, updated every six months.', 'points of contact', 'contact points'],
      ['The Agency shall publish the rules of procedure and shall revise them each year.', 'The Agency shall publish the procedure rules, revised each year.', 'rules of procedure', 'procedure rules'],
      ['Each Party shall designate points of contact and notify them to the Secretariat.', 'Each Party shall designate contact points who report to the Secretariat.', 'points of contact', 'contact points'],
      ['The Board reviews the data of the State and its annual plans.', 'The Board reviews the State data, annual plans included.', 'data of the State', 'State data'],
    ]) {
      expect(of(b, r)).toEqual([[nb, nr]]);
      expect(types(b, r)).not.toContain('transposition');
    }
  });

  it('near miss: another head noun is no swap', () => {
    const b = 'Each Party shall designate points of contact and notify them to the Secretariat.';
    const r = 'Each Party shall designate contact persons and notify them to the Secretariat.';
    expect(of(b, r)).toEqual([]);
    expect(types(b, r)).not.toContain('grammatical');
  });
});
