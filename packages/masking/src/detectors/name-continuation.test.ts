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
    ['Member Nerys van ’t Quill has coverage', 'Nerys', 'van ’t Quill'],
    ['Charge RNs: Wei St. Quillan; house sup', 'Wei', 'St. Quillan'],
  ])('particles and the family name after them: %s', (text, found, rest) => {
    expect(names(text, found)).toEqual([found, rest]);
  });

  it('the given name of a "Family, Given" pair before a bracket or the line end', () => {
    expect(names('fax failed for Quillan, Tamsin (retry 2/5)', 'Quillan')).toEqual(['Quillan', 'Tamsin']);
    expect(names('1 match: von Quill, Tamsin (member 123)', 'Tamsin')).toEqual(['von Quill', 'Tamsin']);
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

  it('a bare ten-digit number right after the name is its phone (area code and exchange 2-9)', () => {
    expectDetected('Ride: wife Tamsin Quill 3766817434\nDispo home', '3766817434', 'phone');
    expectDetected('daughter Tamsin Quill is HCP 9133491610\n', '9133491610', 'phone');
    expectKept('Seen by Dr Tamsin Quill 1234567890 today', '1234567890');
  });
});
