import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

describe('a name said again elsewhere in the text', () => {
  it.each([
    [
      'Dictating a letter for Fergus Quarrievane spelled Quarrievane date of birth unknown',
      'spelled Quarrievane',
    ],
    ['Hello, this is Tova Brindlecombe. Brindlecombe has had a fever since Tuesday.', 'Brindlecombe has'],
    [
      'My name is Marisol Quenby and I was a patient on 4 West.\n\nThank you for reading.\n\nQuenby\n',
      'Quenby\n',
    ],
  ])('%s', (text, at) => {
    const value = at.replace(/^spelled |\n$| has$/g, '');
    const start = text.lastIndexOf(at) + (at.startsWith('spelled ') ? 8 : 0);
    const spans = detectText(text).filter((s) => s.type === 'name');
    expect(spans.some((s) => s.start <= start && s.end >= start + value.length)).toBe(true);
  });

  it('carries a common word over only where it cannot open a sentence', () => {
    const text =
      'Pt seen with daughter Hope Quarrievane today.\nHope this helps. Later, Hope brought the forms.';
    const at = text.indexOf('Hope brought');
    expect(detectText(text).some((s) => s.type === 'name' && s.start === at)).toBe(true);
    expectKept(text, 'Hope this helps');
  });

  it('carries a name found in lower case over, and a common word addressed or tagging a speaker', () => {
    const reply =
      'see you then\nthank you, hope\n\n---- reply ----\nHope, please hold the lisinopril.\nHope this helps.';
    const at = reply.indexOf('Hope, please');
    expect(detectText(reply).some((s) => s.type === 'name' && s.start === at)).toBe(true);
    expectKept(reply, 'Hope this helps');
    const chat = '[bot] An agent will join shortly.\n[Joy] Hi, I am Joy. How can I help?\n[Joy] Done.';
    const tag = chat.lastIndexOf('[Joy]') + 1;
    expect(detectText(chat).some((s) => s.type === 'name' && s.start === tag)).toBe(true);
    expectKept('[Joy] Hi there\n[Joy] Done.', 'Joy');
  });

  it('keeps a repeated word that is lower case, an eponym or part of an organisation', () => {
    expectKept(
      'Seen by Dr. Orla Pemberwick. Transferred to Pemberwick Memorial Hospital.',
      'Pemberwick Memorial Hospital',
    );
    expectKept('Daughter Grace Fields visited. Referred to Fields Clinic.', 'Fields Clinic');
    expectKept('Daughter Faith Rich visited. Diet rich in potassium.', 'rich in potassium');
    expectKept('Wife Anna Graves at bedside. History of Graves disease.', 'Graves disease');
  });

  it('carries a name no English list holds over in lower case too', () => {
    const text =
      'my name is Donnacha Quarrievane and i am writing.\nring me after 3pm.\ndonnacha quarrievane';
    expectDetected(text, 'donnacha', 'name');
    expectDetected(text, 'quarrievane', 'name');
    // …with the given name before it.
    const issue = 'Issue for R. Quarrievane\nOutreach: rosalind quarrievane missed echo';
    expectDetected(issue, 'rosalind', 'name');
    expectDetected(issue, 'quarrievane', 'name');
    // A name that is also a common word stays a word in lower case.
    expectKept('Seen by Dr Hope today. hope this helps', 'hope this');
  });

  it('carries no drug, device or clinical word of a span over', () => {
    expectDetected('Called Tova Quarrievane at home about her metformin.', 'Tova Quarrievane', 'name');
    expectKept(
      'Called Tova Quarrievane at home about her metformin. Metformin 500 mg daily.',
      'Metformin 500 mg',
    );
  });

  it('reads a name run together with thousands of hyphens, and thousands of names, in one pass', () => {
    // "Lund-Lund-…" is one word of 20,000 letters and hyphens: once looked for as an alternative
    // of an expression, it overflowed the expression compiler's stack.
    const run = 'Lund-'.repeat(4000);
    expect(() => detectText(run)).not.toThrow();
    expect(() => detectText(`Seen with Tova Lund today. ${run}`)).not.toThrow();
    const people = Array.from(
      { length: 1500 },
      (_, i) =>
        `Mr. Q${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}${'uvwxyzabcd'[Math.floor(i / 100) % 10]}ville`,
    );
    const text = `${people.join(' and ')} were seen. ${people.map((p) => p.slice(4)).join(', ')} left.`;
    const lastRepeat = text.lastIndexOf(people[1499]?.slice(4) as string);
    expect(
      detectText(text).some((s) => s.type === 'name' && s.start <= lastRepeat && s.end > lastRepeat),
    ).toBe(true);
  });
});
