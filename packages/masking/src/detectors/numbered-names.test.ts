import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { numberedNames } from './numbered-names';

describe('names with a number glued on', () => {
  it.each([
    // A given name and a surname, each numbered; a title before them stays outside.
    ['1 -- Delmer277 Lubowitz975 (101 y/o M) Brockton, Massachusetts', ['Delmer277 Lubowitz975']],
    ['Mrs. Jolanda941 Hettinger594\n==================', ['Jolanda941 Hettinger594']],
    // "Last, First" is one name.
    ['Patient: Ankunding314, Fermin701   DOB 1973-04-23', ['Ankunding314, Fermin701']],
    // One word whose letters are a name's; one after a title whatever its letters.
    ['To: Dr. Wuckert380, obstetrics/gynecology', ['Wuckert380']],
    ['# History of Present Illness\nJamar633 is a 53 year-old male.', ['Jamar633']],
    ['Referred by Dr. Vexmoorly12 today', ['Vexmoorly12']],
    ['To: Dr. Costa553, pediatrics', ['Costa553']],
    // A common word's letters beside a name's ("Toy"), and a surname no dictionary holds beside a given name.
    ['Prescriber: Vinnie757 Toy492, MD', ['Vinnie757 Toy492']],
    ['Signed: Royce607 Qarvandel782, NP', ['Royce607 Qarvandel782']],
    ['Dear Vada411 Qarvandel822,\n\nOur records show', ['Vada411 Qarvandel822']],
    // A word that is a common word and a name, with the person's age after it.
    ['# History of Present Illness\nHope45 is a 34 year-old female.', ['Hope45']],
    ['2 -- Grace12 Brown33 (34 y/o F) Boston', ['Grace12 Brown33']],
    // Letters no list knows after a word naming the person; a common name's beside them.
    ['Patient Vexmoorly12 Qarvandel44 (F) was seen', ['Vexmoorly12 Qarvandel44']],
    ['Dear Grace12 Qarvandel44,', ['Grace12 Qarvandel44']],
    // Cells of a row are each their own name: a bare comma parts them.
    ['X55870995X,Mrs.,Corrina35,Kshlerin888,,Dach779,M,black', ['Corrina35', 'Kshlerin888', 'Dach779']],
    // The same numbered word said again, where nothing else says it is a name.
    ['Mr. Vexmoorly12 seen. Vexmoorly12 declined.', ['Vexmoorly12', 'Vexmoorly12']],
  ])('finds the name in %j', (text, names) => expect(foundBy(numberedNames, text)).toEqual(names));

  it.each([
    // Codes, measures, places, versions and products numbered the same way.
    'Covid19 vaccine given; Phase3 trial',
    'moved to Room12 Bed4 overnight',
    'Hgb12 Plt250 Na140 K4 SaO2 94%',
    'runs on Ubuntu22 with Python3 and Windows10',
    'Placed on Haldane Ventrix Standard3.',
    // A common word's letters without a name's, before an age; a common name's without one.
    'Week12 (34 years) follow-up',
    'Grace12 Brown33 were listed',
    // After such a word, a common word's letters, or two letters no list knows, stay.
    'Patient: Room12; name: Rx12',
    // A drug's letters beside a name are no name's.
    'Given Lisinopril10 daily',
    // An e-mail address's local part is the e-mail detector's.
    'write to Tania.Mueller39@example.com',
    // A name without a number, and a number apart from a name, are the other detectors'.
    'e2dce9d4-2656-44c4-9c38-7e374d3e27ee,Room 12',
  ])('finds none in %j', (text) => expect(foundBy(numberedNames, text)).toEqual([]));

  it('masks the names and keeps what stands beside them', () => {
    const text =
      '18,e2dce9d4-2656-44c4-9c38-7e374d3e27ee,Thi814 Farrell359,F,NEPHROLOGY\nSigned: Quincy908 Ondricka334, NP';
    expectDetected(text, 'Thi814 Farrell359', 'name');
    expectDetected(text, 'Quincy908 Ondricka334', 'name');
    expectKept(text, 'e2dce9d4-2656-44c4-9c38-7e374d3e27ee');
    expectKept(text, 'NEPHROLOGY');
  });

  it('reads a long run of numbered words in linear time', () => {
    const text = 'Ab1 '.repeat(20000);
    const started = performance.now();
    foundBy(numberedNames, text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
