import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';
import type { DetectedSpan } from '../types';
import type { Detector } from './detector';
import { nameContinuation } from './name-continuation';

/** A stand-in name detector: marks the listed words (the continuation extends what it found). */
function marks(...words: string[]): Detector {
  return {
    id: 'test_names',
    types: ['name'],
    run(ctx) {
      for (const w of words) {
        const at = ctx.text.indexOf(w);
        if (at >= 0) ctx.out.push({ start: at, end: at + w.length, type: 'name', ruleId: 'test' });
      }
    },
  };
}

function names(text: string, ...found: string[]): string[] {
  const spans: DetectedSpan[] = detectText(text, { detectors: [marks(...found), nameContinuation] });
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('the rest of a name already found', () => {
  it.each([
    ['Daughter Tamsin Quill i Brisk reachable at home', 'Tamsin Quill', 'i Brisk'],
    ['Summary for Osric Mac an tQuillan', 'Osric Mac', 'an tQuillan'],
    ['Kasama: asawa Rodel dela Quintos, cp 0917', 'Rodel', 'dela Quintos'],
    ['Member Nerys van ’t Quill has coverage', 'Nerys', 'van ’t Quill'],
    ['Charge RNs: Wei St. Quillan; house sup', 'Wei', 'St. Quillan'],
    ['SPOUSE TAMSIN ST. QUILLAN CALLED, NOT AUTH', 'TAMSIN', 'ST. QUILLAN'],
  ])('particles and the family name after them: %s', (text, found, rest) => {
    expect(names(text, found)).toEqual([found, rest]);
  });

  it('the given name of a pair closing a folder, or before a date or a time', () => {
    expect(names('"path": "/Clinic Shared/2018/Quillan, Tamsin/"', 'Quillan')).toEqual(['Quillan', 'Tamsin']);
    expect(names('Moved Quillan, Tamsin to 9/10/2026 at 10:15', 'Quillan')).toEqual(['Quillan', 'Tamsin']);
    expect(names('Quillan, Tamsin to follow up', 'Quillan')).toEqual(['Quillan']);
  });

  it('a family name that is also a word before a birth date', () => {
    expect(names('Repro: search Lamb, Tamsin (DOB 07/07/2015)', 'Tamsin')).toEqual(['Lamb', 'Tamsin']);
    expect(names('chart: Aspirin, Tamsin (DOB 07/07/2015)', 'Tamsin')).toEqual(['Tamsin']);
  });

  it('the given name of a "Family, Given" pair before a bracket or the line end', () => {
    expect(names('fax failed for Quillan, Tamsin (retry 2/5)', 'Quillan')).toEqual(['Quillan', 'Tamsin']);
    expect(names('1 match: von Quill, Tamsin (member 123)', 'Tamsin')).toEqual(['von Quill', 'Tamsin']);
  });

  it('the other half of a pair before what closes one: a column gap, a dash, a credential, a record label', () => {
    expect(names('> Pt Quillan, Tamsin Hospital No. 0081814 DOB 3-27-49', 'Quillan')).toEqual([
      'Quillan',
      'Tamsin',
    ]);
    expect(names('ok. also Quillby, Tamsin  family wants update', 'Tamsin')).toEqual(['Quillby', 'Tamsin']);
    expect(names('Quillan, Tamsin - Volkmann contracture', 'Tamsin')).toEqual(['Quillan', 'Tamsin']);
    expect(names('(pt of Quillby, Tamsin DPM) ever get', 'Tamsin')).toEqual(['Quillby', 'Tamsin']);
    expect(names('transfer\nQUILLAN, TAMSIN J  chart # 01364032', 'QUILLAN')).toEqual(['QUILLAN', 'TAMSIN']);
  });

  it('the "St." of a family name, with the given name or initial before it', () => {
    expect(names('house sup Maria St. Quillan pager 4412', 'Quillan')).toEqual(['Maria St. Quillan']);
    expect(names('needs interpreter O. St. Quillan\n- next', 'Quillan')).toEqual(['O. St. Quillan']);
    expect(names('ANESTHESIA: MAC - Dr. St. Quillan\nPROCEDURE', 'Dr. St')).toEqual(['Dr. St. Quillan']);
    expect(names('For: Doctor St. Quillan   Date', 'Quillan')).toEqual(['St. Quillan']);
    expect(names('EXP 03/03/2026\nST. QUILLAN, TAMSIN ROSE\nPO BOX 1', 'QUILLAN, TAMSIN ROSE')).toEqual([
      'ST. QUILLAN, TAMSIN ROSE',
    ]);
  });

  it('takes no half that is only a common or clinical word', () => {
    expect(names('Dx list\nHypertension, Tamsin  stable', 'Tamsin')).toEqual(['Tamsin']);
    expect(names('Quillan, Results  pending', 'Quillan')).toEqual(['Quillan']);
  });

  it('leaves what follows a name alone otherwise', () => {
    expect(names('seen by Quillan, Tuesday morning', 'Quillan')).toEqual(['Quillan']);
    expect(names('signed Tamsin Quill, MD', 'Tamsin Quill')).toEqual(['Tamsin Quill']);
    expect(names('QUILLAN, TAMSIN (retry)', 'QUILLAN')).toEqual(['QUILLAN', 'TAMSIN']);
    expect(names('Quillan a Medicare patient', 'Quillan')).toEqual(['Quillan']);
    expect(names('note: Results, Tamsin (pending)', 'Quillan')).toEqual([]);
  });
});

describe('a nickname in quotes inside a name', () => {
  it.each([
    ['My name is Ottoline "Toto" Marwood and I was seen', 'Toto'],
    ['My name is Ottoline "Toto" Marwood and I was seen', 'Marwood'],
    ['RE: Our client: Ottoline “Toto” Marwood', 'Toto'],
  ])('finds in %s the part %s', (text, part) => expectDetected(text, part, 'name'));

  it('leaves quoted words that follow no name', () => expectKept('the "Big" Apple and the "Magic" Kingdom'));

  it.each([
    ['Member: Ottoline ""Toto"" Marwood', 'Marwood'],
    ['Member: Ottoline ""Toto"" Marwood', 'Toto'],
    ['Patient: Robert (Bob) Marwood today', 'Marwood'],
    ['Patient: Robert (Bob) Marwood today', 'Bob'],
    ['Patient: Mary (Lo) Brown today', 'Brown'],
  ])('finds in %s, its nickname in doubled quotes or brackets, the part %s', (text, part) =>
    expectDetected(text, part, 'name'),
  );

  it.each([
    ['Seen by Ottoline Marwood (Cardiology) Consult today', '(Cardiology) Consult'],
    ['Seen by Ottoline Marwood (RN) Follow-up in 2 weeks', '(RN) Follow-up'],
    ['Patient: Ottoline Marwood (Stable) Plan: rest', '(Stable) Plan'],
  ])('leaves a bracketed word and the common word after a name: %s', (text, keep) => expectKept(text, keep));

  it('a bare ten-digit number right after the name is its phone (area code and exchange 2-9)', () => {
    expectDetected('Ride: wife Tamsin Quill 3766817434\nDispo home', '3766817434', 'phone');
    expectDetected('daughter Tamsin Quill is HCP 9133491610\n', '9133491610', 'phone');
    expectKept('Seen by Dr Tamsin Quill 1234567890 today', '1234567890');
  });
});

describe('capitalized particles after a name found', () => {
  it.each([
    ['Pedigree: mother Wendell Te Whare, alive, colon ca dx age 49.', 'Te Whare'],
    ['Proband: Lorcan Ó Duibhir was seen with his mother.', 'Lorcan Ó Duibhir'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));
});

describe('pairs of family and given names between slashes', () => {
  it.each([
    ['Crew: Varrowby, Tirel / Quenby, Cormac.', 'Quenby'],
    ['Crew: Mulhallen, Orrin / Ashgrove, Tamsin.', 'Orrin'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));
});

describe('a pair closed by a quote', () => {
  it('finds the family name before a given name found', () => {
    expectDetected('{"msg":"fax sent for Quarrendel, Ilsabet"}', 'Quarrendel', 'name');
  });
});

describe('a labelled given name and its family name on the next line', () => {
  it.each([
    ['Patient: Mary\nMarwood', 'Marwood'],
    ['Name: Robert\nMarwood.\nseen today', 'Marwood'],
  ])('finds in %j the family name %s', (text, part) => expectDetected(text, part, 'name'));

  it.each([
    ['Patient: Mary\nAllergies\nnone', 'Allergies'],
    ['Patient: Mary\nHypertension', 'Hypertension'],
    ['Seen today, Mary said\nMarwood', 'Marwood'],
  ])('leaves in %j the word %s', (text, keep) => expectKept(text, keep));
});
