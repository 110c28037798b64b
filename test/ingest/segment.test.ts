import { describe, expect, it } from 'vitest';
import { segment, type RawClause } from '../../src/ingest/segment.js';
import { enumerators } from '../helpers/settings.js';

const texts = (cs: RawClause[]) => cs.map((c) => c.text);
const markers = (cs: RawClause[]) => cs.map((c) => c.marker);

/** Every clause offset points at the clause text in the region (before white space was collapsed). */
function expectOffsets(region: string, cs: RawClause[]) {
  for (const c of cs) {
    const first = c.text.split(' ')[0];
    expect(region.slice(c.offset, c.offset + first.length)).toBe(first);
  }
}

describe('segment: paragraph', () => {
  it('cuts at blank lines and joins the lines of a paragraph', () => {
    const region = '\n\nThe rivers that cross\nour borders carry water.\n\n  Recognising that droughts\n   grow frequent.\n\n\n';
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['The rivers that cross our borders carry water.', 'Recognising that droughts grow frequent.']);
    expect(cs.map((c) => c.block)).toEqual(['paragraph', 'paragraph']);
    expect(markers(cs)).toEqual([undefined, undefined]);
    expectOffsets(region, cs);
  });

  it('a "blank" line holding only spaces, tabs or a no-break space still separates paragraphs', () => {
    const cs = segment('One.\n \t\nTwo.\n\u00a0\nThree.', { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('a block of "- " lines with no blank lines between them: one clause per item, markers kept', () => {
    const region = [
      'We suggest the following:',
      '',
      '- States should handle data security',
      '  in a comprehensive manner.',
      '- States should stand against ICT activities.',
      '-States should not install backdoors.',
      '',
      'We call upon all States.',
    ].join('\n');
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual([
      'We suggest the following:',
      'States should handle data security in a comprehensive manner.',
      'States should stand against ICT activities.',
      'States should not install backdoors.',
      'We call upon all States.',
    ]);
    expect(cs.map((c) => c.block)).toEqual(['paragraph', 'item', 'item', 'item', 'paragraph']);
    expect(markers(cs)).toEqual([undefined, '-', '-', '-', undefined]);
    expectOffsets(region, cs);
  });

  it('lettered with a full stop: "a.", "b."', () => {
    const cs = segment('a. States should cooperate.\nb. States should not attack.', { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['States should cooperate.', 'States should not attack.']);
    expect(markers(cs)).toEqual(['a.', 'b.']);
  });

  it('numbered and bulleted lists: "1.", "(a)", "•"', () => {
    const region = '1. Notify the neighbours.\n2. Exchange readings.\n\n(a) First lettered.\n(b) Second lettered.\n\n• Dot one.\n• Dot two.';
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['Notify the neighbours.', 'Exchange readings.', 'First lettered.', 'Second lettered.', 'Dot one.', 'Dot two.']);
    expect(markers(cs)).toEqual(['1.', '2.', '(a)', '(b)', '•', '•']);
    expect(cs.every((c) => c.block === 'item')).toBe(true);
  });

  it('an introduction line ending with ":" directly followed by its items: one clause per item', () => {
    const cs = segment('We suggest the following:\n- a first item\n- a second item', { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['We suggest the following:', 'a first item', 'a second item']);
    expect(markers(cs)).toEqual([undefined, '-', '-']);
  });

  it('a wrapped line of a paragraph that happens to start with a dash is not a list item (the dash is text)', () => {
    const region = 'The Parties shall act\n— in good faith —\nat all times.\n\nNext paragraph.';
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['The Parties shall act — in good faith — at all times.', 'Next paragraph.']);
    expect(markers(cs)).toEqual([undefined, undefined]);
  });

  it('a year or a number inside a paragraph is not a list marker', () => {
    const cs = segment('2020. It was a year.\n\nIn 2020 it rained 3 times.', { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['2020. It was a year.', 'In 2020 it rained 3 times.']);
    expect(markers(cs)).toEqual([undefined, undefined]);
  });
});

describe('segment: line', () => {
  it('every non-empty line is a clause; bullets are stripped and kept', () => {
    const region = 'Global Initiative\n\n   \n• States should oppose it.\nWe call on all States.  \n';
    const cs = segment(region, { by: 'line' }, enumerators);
    expect(texts(cs)).toEqual(['Global Initiative', 'States should oppose it.', 'We call on all States.']);
    expect(markers(cs)).toEqual([undefined, '•', undefined]);
    expectOffsets(region, cs);
  });
});

describe('segment: delimiter', () => {
  it('cuts at ";" and drops the delimiter and empty pieces', () => {
    const region = 'States should take measures; States should oppose\n mass surveillance ;ICT providers should not install backdoors.;  ';
    const cs = segment(region, { by: 'delimiter', delimiter: ';' }, enumerators);
    expect(texts(cs)).toEqual([
      'States should take measures',
      'States should oppose mass surveillance',
      'ICT providers should not install backdoors.',
    ]);
    expectOffsets(region, cs);
  });

  it('a delimiter that is a regular-expression character is taken literally', () => {
    expect(texts(segment('a|b.c|d', { by: 'delimiter', delimiter: '|' }, enumerators))).toEqual(['a', 'b.c', 'd']);
    expect(texts(segment('a.b. c', { by: 'delimiter', delimiter: '.' }, enumerators))).toEqual(['a', 'b', 'c']);
  });
});

describe('segment: separators', () => {
  it('a line of marks alone ("---", "* * *") is layout, not a clause', () => {
    const cs = segment('First paragraph.\n\n---\n\nSecond paragraph.\n\n* * *\n\nThird.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => c.text)).toEqual(['First paragraph.', 'Second paragraph.', 'Third.']);
    expect(segment('One.\n***\nTwo.', { by: 'line' }, enumerators).map((c) => c.text)).toEqual(['One.', 'Two.']);
  });
});

describe('segment: numbering of treaties and reports', () => {
  it('decimal (1.1, 2.3.4) and Roman (IV.) numbers are list marks; a sentence starting "I am" is not', () => {
    const cs = segment('Preamble.\n\n1.1 States shall notify.\n1.2 States shall report.\n\nIV. The Parties shall meet.\n\nI am not a list.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([
      [undefined, 'Preamble.'],
      ['1.1', 'States shall notify.'],
      ['1.2', 'States shall report.'],
      ['IV.', 'The Parties shall meet.'],
      [undefined, 'I am not a list.'],
    ]);
  });
});

describe('segment: the labels of a transcript', () => {
  it('"Q:" and "A:" at the start of a paragraph are markers, not words', () => {
    const cs = segment('Q: Minister, will you act?\n\nA: We will act on cables.\n\nA good start.', { by: 'paragraph' }, enumerators);
    // (the question, standing alone before its answer, heads it: headings.question_words)
    expect(cs.map((c) => [c.marker, c.text])).toEqual([
      ['Q: Minister, will you act? / A:', 'We will act on cables.'],
      [undefined, 'A good start.'],
    ]);
  });
});

describe('segment: enumeration', () => {
  it('cuts at ordinal words after a sentence end, drops the introduction, keeps the markers', () => {
    const region =
      'The Initiative mainly includes the following. First, approach data security objectively. ' +
      'Second, oppose ICT activities; Third: take actions to prevent it.\nFourth, ask companies to respect laws.';
    const cs = segment(region, { by: 'enumeration' }, enumerators);
    expect(texts(cs)).toEqual([
      'approach data security objectively.',
      'oppose ICT activities;',
      'take actions to prevent it.',
      'ask companies to respect laws.',
    ]);
    expect(markers(cs)).toEqual(['First,', 'Second,', 'Third:', 'Fourth,']);
    expect(cs.every((c) => c.block === 'item')).toBe(true);
    expectOffsets(region, cs);
  });

  it('an ordinal inside a sentence does not cut; case and "-ly" forms are enumerators', () => {
    const region = 'FIRSTLY, he came first, then left. Secondly, the others came second, as agreed.';
    const cs = segment(region, { by: 'enumeration' }, enumerators);
    expect(texts(cs)).toEqual(['he came first, then left.', 'the others came second, as agreed.']);
    expect(markers(cs)).toEqual(['FIRSTLY,', 'Secondly,']);
  });

  it('"Finally," and "Lastly," open the closing item of a list; inside a sentence they do not cut', () => {
    const region = 'First, protect the rivers. Second, share the data and finally, publish it. Finally, report every year.';
    const cs = segment(region, { by: 'enumeration' }, enumerators);
    expect(texts(cs)).toEqual(['protect the rivers.', 'share the data and finally, publish it.', 'report every year.']);
    expect(markers(cs)).toEqual(['First,', 'Second,', 'Finally,']);
    expect(markers(segment('First, one. Lastly: two.', { by: 'enumeration' }, enumerators))).toEqual(['First,', 'Lastly:']);
  });

  it('after a closing quote or bracket ending a sentence', () => {
    const cs = segment('He said “go.” Second, stay (a while.) Third, leave.', { by: 'enumeration' }, enumerators);
    expect(texts(cs)).toEqual(['stay (a while.)', 'leave.']);
  });

  it('text with no enumerator is one clause', () => {
    const cs = segment('Just one sentence. And another.', { by: 'enumeration' }, enumerators);
    expect(texts(cs)).toEqual(['Just one sentence. And another.']);
    expect(markers(cs)).toEqual([undefined]);
  });
});

describe('segment: only layout changes', () => {
  it('collapses white space (newlines, tabs, runs of spaces) to one space and trims', () => {
    const cs = segment('  a\n  b\t\tc   d \n', { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['a b c d']);
  });

  it('keeps punctuation, capitals, curly quotes, dashes and accents exactly', () => {
    const text = 'States’ “critical” infrastructure — ICTs, (ICT) e.g. naïve; CAPITALS… it\'s 50%: ok?!';
    for (const mode of [{ by: 'paragraph' }, { by: 'line' }, { by: 'enumeration' }] as const) {
      expect(texts(segment(`\n${text}\n`, mode, enumerators))).toEqual([text]);
    }
  });

  it('a marker alone is never stripped into an empty clause: a line of marks is a separator', () => {
    expect(texts(segment('-', { by: 'line' }, enumerators))).toEqual([]);
    expect(texts(segment('- a', { by: 'line' }, enumerators))).toEqual(['a']);
  });
});

describe('segment: headings on their own paragraph', () => {
  it('"Article 1" before its paragraph is the marker of that clause, not a clause', () => {
    const region = 'Article 1\n\nStates shall notify one another.\n\nArticle 2\n\nStates should share data.';
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['States shall notify one another.', 'States should share data.']);
    expect(markers(cs)).toEqual(['Article 1', 'Article 2']);
    // a heading does not make its paragraph a list item (the base's blocks stay as they were)
    expect(cs.map((c) => c.block)).toEqual(['paragraph', 'paragraph']);
    expectOffsets(region, cs);
  });

  it('a numbered heading, a Markdown heading, two heading lines in a row, a heading before a list item', () => {
    const region = 'II. Data security\n\nStates should act.\n\n## Scope\n\nThis code applies at sea.\n\nChapter III\n\nFinal provisions\n\nIt enters into force.\n\nPrinciples\n\n1. Be fair.';
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['States should act.', 'This code applies at sea.', 'It enters into force.', 'Be fair.']);
    expect(markers(cs)).toEqual(['II. Data security', 'Scope', 'Chapter III / Final provisions', 'Principles / 1.']);
  });

  it('a paragraph of two or three heading lines ("Article 1" over "Subject matter") is one heading', () => {
    const region = 'Article 1\nSubject matter\n\nThe controller shall notify the authority.\n\nCHAPTER II\nPRINCIPLES\nArticle 2\n\nData shall be processed lawfully.';
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['The controller shall notify the authority.', 'Data shall be processed lawfully.']);
    expect(markers(cs)).toEqual(['Article 1 Subject matter', 'CHAPTER II PRINCIPLES Article 2']);
    // four lines are a list, and a line with a verb makes the paragraph a clause
    const list = segment('Water\nSoil\nAir\nFire\n\nAll four are shared.', { by: 'paragraph' }, enumerators);
    expect(list).toHaveLength(2);
    expect(markers(list)).toEqual([undefined, undefined]);
  });

  it('what is not a heading: a line with closing punctuation, a long line, a paragraph of several lines, the last paragraph', () => {
    const region = [
      'Short and final.',
      'States should take measures to prevent the theft of important data abroad',
      'States should act\nat once',
      '# States shall report to the Committee.',
      'The end',
    ].join('\n\n');
    const cs = segment(region, { by: 'paragraph' }, enumerators);
    expect(cs).toHaveLength(5);
    expect(markers(cs)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(cs[3].text).toBe('# States shall report to the Committee.');
  });

  it('a run of more than three short paragraphs is a list of paragraphs, not headings; three are headings', () => {
    const cs = segment('Water\n\nSoil\n\nAir\n\nFire\n\nAll four are shared.', { by: 'paragraph' }, enumerators);
    expect(texts(cs)).toEqual(['Water', 'Soil', 'Air', 'Fire', 'All four are shared.']);
    expect(markers(cs)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const law = segment('CHAPTER I\n\nGENERAL PROVISIONS\n\nArticle 1\n\nThis Regulation applies to data.', { by: 'paragraph' }, enumerators);
    expect(markers(law)).toEqual(['CHAPTER I / GENERAL PROVISIONS / Article 1']);
  });

  it('a title of up to twelve words is a heading; a line with a modal or a finite verb is a clause without its full stop', () => {
    const cs = segment('79/999. Cross-border data flows and the right to privacy\n\nThe General Assembly,', { by: 'paragraph' }, enumerators);
    expect(markers(cs)).toEqual(['79/999. Cross-border data flows and the right to privacy']);
    const clause = segment('States should share data\n\nThey act together.', { by: 'paragraph' }, enumerators);
    expect(texts(clause)).toEqual(['States should share data', 'They act together.']);
  });

  it('max_words: 0 keeps only Markdown headings; line mode has no headings', () => {
    const none = { ...enumerators, headings: { max_words: 0 } };
    expect(texts(segment('Article 1\n\nStates act.', { by: 'paragraph' }, none))).toEqual(['Article 1', 'States act.']);
    expect(markers(segment('## Article 1\n\nStates act.', { by: 'paragraph' }, none))).toEqual(['Article 1']);
    expect(texts(segment('Article 1\nStates act.', { by: 'line' }, enumerators))).toEqual(['Article 1', 'States act.']);
  });
});

describe('segment: words broken at a line end (text from a PDF)', () => {
  it('are joined: closed when the text or the language model says so, else with their hyphen', () => {
    const region = 'States shall exchange informa-\ntion on inter-\nnational threats through a State-\nled network.\n\nThey shall promote co-\noperation, as co-operation builds trust, and non-\nbinding norms.';
    expect(texts(segment(region, { by: 'paragraph' }, enumerators))).toEqual([
      'States shall exchange information on international threats through a State-led network.',
      'They shall promote co-operation, as co-operation builds trust, and non-binding norms.',
    ]);
  });
  it('near miss: a dash at a line end before a capital is left as it is', () => {
    expect(texts(segment('The Parties -\nStates and organisations - agree.', { by: 'paragraph' }, enumerators))).toEqual(['The Parties - States and organisations - agree.']);
  });
});

describe('segment: a broken word joined as the other sources write it', () => {
  it('the context (every source of the corpus) decides between closed and hyphenated', () => {
    const region = 'Members should not restrict transbor-\nder flows of data.';
    expect(texts(segment(region, { by: 'paragraph' }, enumerators))).toEqual(['Members should not restrict transbor-der flows of data.']);
    expect(texts(segment(region, { by: 'paragraph' }, enumerators, `${region}\n\nThe web copy: restricting transborder flows.`))).toEqual(['Members should not restrict transborder flows of data.']);
  });
});

describe('segment: a short paragraph that ends with a footnote mark after its full stop', () => {
  it('is a clause, not a heading ("… a serious threat.1", "… law.[3]")', () => {
    const cs = segment('States concluded that ICT activity poses a serious threat.1\n\nStates recommended that States should share information.\n\nStates reaffirmed resolution 70/237.[3]\n\nStates agreed to meet again.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([
      [undefined, 'States concluded that ICT activity poses a serious threat.1'],
      [undefined, 'States recommended that States should share information.'],
      [undefined, 'States reaffirmed resolution 70/237.[3]'],
      [undefined, 'States agreed to meet again.'],
    ]);
  });
  it('near miss: "Article 12" over its clause is still a heading', () => {
    const cs = segment('Article 12\n\nStates shall notify.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([['Article 12', 'States shall notify.']]);
  });
});

describe('segment: a paragraph inserted by an amendment', () => {
  it('"(2a)" and "(3bis)" are list marks', () => {
    const cs = segment('(2) Operators shall notify.\n\n(2a) Operators shall report.\n\n(3bis) Operators shall store data.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([['(2)', 'Operators shall notify.'], ['(2a)', 'Operators shall report.'], ['(3bis)', 'Operators shall store data.']]);
  });
  it('"13(a)" and "13 (b)", a sub-item cited with its paragraph, are list marks', () => {
    const cs = segment('13(a) States should cooperate.\n\n13 (b) States should consider all information.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([['13(a)', 'States should cooperate.'], ['13 (b)', 'States should consider all information.']]);
    // near miss: a figure with a bracket that is not one letter is text
    expect(segment('13 (2020) States should cooperate.', { by: 'paragraph' }, enumerators).map((c) => c.marker)).toEqual([undefined]);
  });
  it('near miss: a word in brackets opening a paragraph is text', () => {
    expect(segment('(Draft) Operators shall notify.', { by: 'paragraph' }, enumerators).map((c) => c.marker)).toEqual([undefined]);
  });
});

describe('segment: a heading that numbers an article with a point ("Article 14.2")', () => {
  it('is a heading, as "Article 14" is, not a clause ending in a footnote mark', () => {
    const cs = segment('Article 14.2\nScope\n\n1. Each Party shall allow the transfer of information.\n\n2. No Party shall require localisation.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => c.text)).toEqual(['Each Party shall allow the transfer of information.', 'No Party shall require localisation.']);
    expect(cs[0].marker).toContain('Article 14.2');
    expect(segment('Section 3.1.4\n\nOperators shall keep logs.', { by: 'paragraph' }, enumerators).map((c) => c.text)).toEqual(['Operators shall keep logs.']);
  });
  it('near miss: a year with a footnote mark after its point ends a clause', () => {
    expect(segment('The plan was adopted in 2020.3\n\nOperators shall keep logs.', { by: 'paragraph' }, enumerators).map((c) => c.text)).toEqual(['The plan was adopted in 2020.3', 'Operators shall keep logs.']);
  });
});
