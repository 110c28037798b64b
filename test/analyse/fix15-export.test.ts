/**
 * Session 15: trial 66 (cyber-surveillance export controls).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('the modal of a possibility a clause weighs sets no rule (modality.yaml `epistemic-clauses`; trial 66 #1)', () => {
  it('"the risk that the items may be used …, having regard to …" → without it: the obligation becomes unconditional', () => {
    const out = rows(
      'The authority shall take into account the risk that the items may be used for repression, having regard to reports of United Nations bodies.',
      'The authority shall take into account the risk that the items may be used for repression.',
    );
    expect(out).toEqual([
      ['qualifier-dropped', 'strengthened', ', having regard to reports of United Nations bodies', '', "condition dropped: ', having regard to reports of United Nations bodies' — the obligation becomes unconditional"],
    ]);
  });
  it('"where appropriate" added after "the risk that items may be misused": the obligation weakened', () => {
    const out = rows('Exporters must consider the risk that items may be misused.', 'Exporters must consider the risk that items may be misused, where appropriate.');
    expect(out).toEqual([['qualifier-added', 'weakened', '', ', where appropriate', "condition added: ', where appropriate' — the obligation now holds only under it"]]);
  });
  it('"without prejudice to its own assessment" added: the obligation now admits an exception (weakened)', () => {
    const out = rows('Exporters must consider the risk that items may be misused.', 'Exporters must consider the risk that items may be misused, without prejudice to its own assessment.');
    expect(out.map((r) => r.slice(0, 2))).toEqual([['qualifier-added', 'weakened']]);
    expect(out[0][4]).toBe("condition added: ', without prejudice to its own assessment' — the obligation now admits an exception");
  });
  it('another wording: "assess whether the items could be misused"', () => {
    const out = rows('Exporters shall assess whether the items could be misused, having regard to the end user.', 'Exporters shall assess whether the items could be misused.');
    expect(out.map((r) => r.slice(0, 2))).toEqual([['qualifier-dropped', 'strengthened']]);
    expect(out[0][4]).toBe("condition dropped: ', having regard to the end user' — the obligation becomes unconditional");
  });
  it('"may be used" → "are used" in the clause is grammar', () => {
    const out = rows('The authority shall take into account the risk that the items may be used.', 'The authority shall take into account the risk that the items are used.');
    expect(out).toEqual([['grammatical', null, 'may be', 'are', "grammatical (function words; the modal of a possibility a clause weighs grants no permission): 'may be' → 'are'"]]);
  });
  it('near miss: a deontic "may" after "ensure that" still grants a permission', () => {
    const out = rows('Member States shall ensure that exporters may appeal, where appropriate.', 'Member States shall ensure that exporters may appeal.');
    expect(out).toEqual([['qualifier-dropped', null, ', where appropriate', '', "condition dropped: ', where appropriate' — the permission becomes unconditional"]]);
  });
});

describe('a time limit ends before the object clause of its verb (qualifiers.yaml `limit-ends`; trial 66 #2, #3)', () => {
  it('"shall decide within thirty days whether …" → without the limit: the time limit dropped, weakened', () => {
    const out = rows('The authority shall decide within thirty days whether the export requires a licence.', 'The authority shall decide whether the export requires a licence.');
    expect(out).toEqual([['qualifier-dropped', 'weakened', 'within thirty days', '', "time limit dropped: 'within thirty days' — the obligation no longer sets a time limit"]]);
  });
  it('another wording: "inform the exporter within ten days how …"', () => {
    const out = rows('The authority shall inform the exporter within ten days how the data were used.', 'The authority shall inform the exporter how the data were used.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([['qualifier-dropped', 'weakened', 'within ten days', '']]);
  });
  it('each limit is read in its own sentence: "without delay" dropped, "within thirty days" → "promptly" in place', () => {
    const out = rows(
      'The exporter shall notify the authority without delay. The authority shall decide within thirty days whether to act.',
      'The exporter shall notify the authority. The authority shall decide promptly whether to act.',
    );
    expect(out).toEqual([
      ['qualifier-dropped', 'weakened', 'without delay', '', "time limit dropped: 'without delay' — the obligation no longer sets a time limit"],
      ['lexical', 'weakened', 'within thirty days', 'promptly', "time limit reworded in place: 'within thirty days' → 'promptly' — a counted time limit made vague: the deadline no longer says how long"],
    ]);
  });
  it('near miss: what the limit counts from stays part of it ("within thirty days of receipt of the notification")', () => {
    const out = rows('The authority shall decide within thirty days of receipt of the notification.', 'The authority shall decide.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([['qualifier-dropped', 'weakened', 'within thirty days of receipt of the notification', '']]);
  });
});

describe('a modal with a qualifier set off after it, against a modal without: the two modals compared (trial 66 #4)', () => {
  it('"shall, where appropriate, encourage" → "will encourage": shall (5) → will (4.5)', () => {
    const out = rows('The Commission shall, where appropriate, encourage exporters to report.', 'The Commission will encourage exporters to report.');
    expect(out).toEqual([
      ['modality', 'weakened', 'shall', 'will', "obligation weakened: 'shall' (5) → 'will' (4.5)"],
      ['qualifier-dropped', 'strengthened', ', where appropriate,', '', "condition dropped: ', where appropriate,' — the obligation becomes unconditional"],
    ]);
  });
  it('the other way round: "will encourage" → "shall, where appropriate, encourage"', () => {
    const out = rows('The Commission will encourage exporters to report.', 'The Commission shall, where appropriate, encourage exporters to report.');
    expect(out[0]).toEqual(['modality', 'strengthened', 'will', 'shall', "obligation strengthened: 'will' (4.5) → 'shall' (5)"]);
  });
  it('near miss: a directive verb the base does not read still counts ("shall, where appropriate, report" → "will encourage exporters to report")', () => {
    const out = rows('The Commission shall, where appropriate, report.', 'The Commission will encourage exporters to report.');
    expect(out[0]).toEqual(['modality', 'weakened', 'shall', 'will encourage', "obligation weakened: 'shall' (5) → 'encourage' (2)"]);
  });
});

describe('a modal not repeated beside words dropped before its coordinator is still the modal not repeated (trial 66 #5)', () => {
  it('"for five years from the end of the year and shall be made available" → "for five years and made available"', () => {
    const out = rows('Records shall be kept for five years from the end of the year and shall be made available to the authority.', 'Records shall be kept for five years and made available to the authority.');
    expect(out).toEqual([
      ['omission', null, 'from the end of the year', '', "omitted: 'from the end of the year'"],
      ['grammatical', null, 'shall be', '', "grammatical (modal not repeated, same force): 'shall be' omitted"],
    ]);
  });
  it('the other way round: words and the modal added', () => {
    const out = rows('Records shall be kept for five years and made available to the authority.', 'Records shall be kept for five years from the end of the year and shall be made available to the authority.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([
      ['addition', null, '', 'from the end of the year'],
      ['grammatical', null, '', 'shall be'],
    ]);
  });
  it('another wording: "keep records of all transfers and shall make them available" → "keep records and make them available"', () => {
    const out = rows('Exporters shall keep records of all transfers and shall make them available.', 'Exporters shall keep records and make them available.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([
      ['omission', null, 'of all transfers', ''],
      ['grammatical', null, 'shall', ''],
    ]);
  });
  it('near miss: a modal of another force elided ("and may be made available" under "shall") is a change of force', () => {
    const out = rows('Records shall be kept for five years from the end of the year and may be made available to the authority.', 'Records shall be kept for five years and made available to the authority.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([
      ['omission', null, 'from the end of the year', ''],
      ['modality', 'strengthened', 'may be', ''],
    ]);
  });
});

describe('a postmodifier reworded as a premodifier of its stem is one rewording (trial 66 #6)', () => {
  it('"items not listed in Annex I" → "unlisted items": one lexical', () => {
    const out = rows('Member States may prohibit the export of items not listed in Annex I.', 'Member States may prohibit the export of unlisted items.');
    expect(out).toEqual([
      ['lexical', null, 'not listed in Annex I', 'unlisted', "wording changed: 'not listed in Annex I' → 'unlisted' — the modifier after 'items' put before it, in a word of the same stem"],
    ]);
  });
  it('other wordings: "non-listed items"; "operators not registered under this Regulation" → "unregistered operators"; the other way round', () => {
    expect(rows('Member States may prohibit the export of items not listed in Annex I.', 'Member States may prohibit the export of non-listed items.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'not listed in Annex I', 'non-listed']]);
    expect(rows('Exporters shall not supply operators not registered under this Regulation.', 'Exporters shall not supply unregistered operators.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'not registered under this Regulation', 'unregistered'],
    ]);
    expect(rows('Member States may prohibit the export of unlisted items.', 'Member States may prohibit the export of items not listed in Annex I.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'unlisted', 'not listed in Annex I']]);
  });
  it('with premodifiers both sides read between the word and the noun: "cyber-surveillance items not listed" → "non-listed cyber-surveillance items"', () => {
    const out = rows('An authorisation shall be required for the export of cyber-surveillance items not listed in Annex I.', 'An authorisation shall be required for the export of non-listed cyber-surveillance items.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'not listed in Annex I', 'non-listed']]);
  });
  it('near miss: the same word moved before the noun ("a supply chain of global ICT products" → "a global supply chain") is no rewording of the modifier', () => {
    expect(rows('States shall maintain a supply chain of global ICT products and services.', 'States shall maintain a global supply chain.').map((r) => r.slice(0, 4))).toEqual([
      ['addition', null, '', 'global'],
      ['omission', null, 'of global ICT products and services', ''],
    ]);
  });
  it('near miss: the same noun in another number moved before the head ("supply chains for semiconductors and …" → "semiconductor supply chains")', () => {
    expect(rows('States shall invest in supply chains for semiconductors and critical minerals.', 'States shall invest in semiconductor supply chains.').map((r) => r.slice(0, 4))).toEqual([
      ['addition', null, '', 'semiconductor'],
      ['omission', null, 'for semiconductors and critical minerals', ''],
    ]);
  });
  it('near miss: a word of another stem added before the noun stays an addition beside the omission', () => {
    expect(rows('Member States may prohibit the export of items not listed in Annex I.', 'Member States may prohibit the export of new items.').map((r) => r.slice(0, 4))).toEqual([
      ['addition', null, '', 'new'],
      ['omission', null, 'not listed in Annex I', ''],
    ]);
  });
});

describe('an epithet that says which body is meant, dropped from the bearer, is an omission (actors.yaml `designations`; trial 66 #7)', () => {
  it('"The competent authority shall" → "The authority shall": omission, not an actor change', () => {
    expect(rows('The competent authority shall take into account the risk.', 'The authority shall take into account the risk.')).toEqual([
      ['omission', null, 'competent', '', "omitted: 'competent' — it says which authority is meant, the same body: the rule binds the same party"],
    ]);
  });
  it('other wordings: added; in the plural', () => {
    expect(rows('The authority shall take into account the risk.', 'The competent authority shall take into account the risk.').map((r) => r.slice(0, 4))).toEqual([['addition', null, '', 'competent']]);
    expect(rows('The competent authorities shall inform the Commission.', 'The authorities shall inform the Commission.')).toEqual([
      ['omission', null, 'competent', '', "omitted: 'competent' — it says which authority is meant, the same body: the rule binds the same party"],
    ]);
  });
  it('near miss: a word that names a kind of party ("Member States" → "States", "national authorities" → "authorities") stays an actor change, and so does the epithet without a determiner', () => {
    expect(rows('Competent authorities may request the records.', 'Authorities may request the records.').map((r) => r.slice(0, 4))).toEqual([['actor', null, 'Competent', '']]);
    expect(rows('Member States shall inform the Commission.', 'States shall inform the Commission.').map((r) => r.slice(0, 4))).toEqual([['actor', null, 'Member', '']]);
    expect(rows('The national authorities shall inform the Commission.', 'The authorities shall inform the Commission.').map((r) => r.slice(0, 4))).toEqual([['actor', null, 'national', '']]);
  });
});

describe('a duration whose head words go with its figure changed, a bound between, is one variant (trial 66 #8)', () => {
  it('"for a period of at least five years" → "for at least three years": one lexical, weakened', () => {
    expect(rows('Records shall be kept for a period of at least five years.', 'Records shall be kept for at least three years.')).toEqual([
      ['lexical', 'weakened', 'a period of at least five', 'at least three', "duration shortened: 'a period of at least five' → 'at least three' — the obligation lasts less long"],
    ]);
  });
  it('the other way round: the head added with a longer figure, strengthened', () => {
    expect(rows('Records shall be kept for at least three years.', 'Records shall be kept for a period of at least five years.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', 'strengthened', 'at least three', 'a period of at least five'],
    ]);
  });
  it('near miss: the head dropped with the figure kept is an omission alone', () => {
    expect(rows('Records shall be kept for a period of at least five years.', 'Records shall be kept for at least five years.').map((r) => r.slice(0, 4))).toEqual([['omission', null, 'a period of', '']]);
  });
});

describe('the negation carried by the subject\'s "no" instead of the predicate\'s "not" is one grammatical variant (trial 66 #9)', () => {
  it('"A Member State shall not refuse" → "No Member State shall refuse"', () => {
    expect(rows('A Member State shall not refuse consultations.', 'No Member State shall refuse consultations.')).toEqual([
      ['grammatical', null, 'A Member State shall not', 'No Member State shall', "grammatical (the negation carried by the subject's 'no' instead of the predicate's 'not', same polarity): 'A Member State shall not' → 'No Member State shall'"],
    ]);
  });
  it('other wordings: the other way round; a qualifier after the modal', () => {
    expect(rows('No Member State shall refuse consultations.', 'A Member State shall not refuse consultations.').map((r) => r.slice(0, 4))).toEqual([['grammatical', null, 'No Member State shall', 'A Member State shall not']]);
    expect(rows('A Party shall not, without consent, disclose the data.', 'No Party shall, without consent, disclose the data.').map((r) => r.slice(0, 4))).toEqual([['grammatical', null, 'A Party shall not', 'No Party shall']]);
  });
  it('near miss: a change of the modal beside it stays its own variant', () => {
    const out = rows('A State shall not refuse consultations.', 'No State may refuse consultations.');
    expect(out.map((r) => r[0])).toEqual(['grammatical', 'grammatical', 'modality']);
    expect(out[2].slice(2, 4)).toEqual(['shall not', 'may']);
  });
});

describe('a noun phrase with "on" or "for" on one side only is grammar, as with "of" (function-words.yaml `noun-prepositions`; trial 66 #10)', () => {
  it('"guidelines on due diligence" → "due diligence guidelines"', () => {
    expect(rows('The Commission shall adopt guidelines on due diligence.', 'The Commission shall adopt due diligence guidelines.')).toEqual([
      ['grammatical', null, 'guidelines on due diligence', 'due diligence guidelines', 'grammatical (the same noun phrase with and without "on"): \'guidelines on due diligence\' → \'due diligence guidelines\''],
    ]);
  });
  it('another wording: "procedures for export control" → "export control procedures"; "of" as before', () => {
    expect(rows('States shall publish procedures for export control.', 'States shall publish export control procedures.').map((r) => r.slice(0, 4))).toEqual([
      ['grammatical', null, 'procedures for export control', 'export control procedures'],
    ]);
    expect(rows('States shall designate a point of contact.', 'States shall designate a contact point.')[0][4]).toBe('grammatical (the same noun phrase with and without "of"): \'point of contact\' → \'contact point\'');
  });
  it('near miss: the same words in another order with the preposition on both sides stay a transposition', () => {
    expect(rows('The Commission shall adopt guidelines on due diligence.', 'The Commission shall adopt diligence guidelines on due.').map((r) => r[0])).toEqual(['transposition']);
  });
});

describe('what a duty is measured against as a proportion is a condition (qualifiers.yaml `proportionate to`; trial 66 #11)', () => {
  it('"a programme proportionate to their size" → "a programme": qualifier dropped, strengthened', () => {
    expect(rows('Exporters shall establish a programme proportionate to their size.', 'Exporters shall establish a programme.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'proportionate to their size', '', "condition dropped: 'proportionate to their size' — the obligation becomes unconditional"],
    ]);
  });
  it('other wordings: "commensurate with the risk" dropped; "proportionate to" added, weakened', () => {
    expect(rows('Exporters shall adopt measures commensurate with the risk.', 'Exporters shall adopt measures.').map((r) => r.slice(0, 4))).toEqual([['qualifier-dropped', 'strengthened', 'commensurate with the risk', '']]);
    expect(rows('Exporters shall establish a programme.', 'Exporters shall establish a programme proportionate to their size.').map((r) => r.slice(0, 4))).toEqual([['qualifier-added', 'weakened', '', 'proportionate to their size']]);
  });
  it('near miss: the predicate ("Penalties shall be effective and proportionate to the offence") keeps its complement an omission', () => {
    expect(rows('Penalties shall be effective and proportionate to the offence.', 'Penalties shall be effective and proportionate.').map((r) => r.slice(0, 4))).toEqual([['omission', null, 'to the offence', '']]);
    expect(rows('The penalty shall be proportionate to the offence.', 'The penalty shall be proportionate.').map((r) => r.slice(0, 4))).toEqual([['omission', null, 'to the offence', '']]);
  });
});
