import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import type { DetectedSpan } from '../types';
import type { Detector } from './detector';
import { nameTails } from './name-tails';

/** A stand-in name detector: marks the listed strings (the tails extend what it found). */
function marks(...found: string[]): Detector {
  return {
    id: 'test_names',
    types: ['name'],
    run(ctx) {
      for (const w of found) {
        const at = ctx.text.indexOf(w);
        if (at >= 0) ctx.out.push({ start: at, end: at + w.length, type: 'name', ruleId: 'test' });
      }
    },
  };
}

/**
 * The names masked in `text` when a detector found `found` and the tails ran after it, the
 * spans only blanks or a comma apart read as one.
 */
function names(text: string, ...found: string[]): string[] {
  const spans: DetectedSpan[] = detectText(text, { detectors: [marks(...found), nameTails] });
  const joined: Array<[number, number]> = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && /^[\s,]*$/.test(text.slice(last[1], s.start))) last[1] = s.end;
    else joined.push([s.start, s.end]);
  }
  return joined.map(([s, e]) => text.slice(s, e));
}

describe('the words of a name beside the part found', () => {
  it.each([
    ['MEDICAL REPORT ON IMOGEN PUGHSLEY\nPrepared for the Court', 'PUGHSLEY', 'IMOGEN PUGHSLEY'],
    ['MEDICAL REPORT ON KERRY-ANN QUILLBY\n', 'QUILLBY', 'KERRY-ANN QUILLBY'],
    ['Student: Ulises Quillfeo Villaseñor   Grade 7', 'Quillfeo', 'Ulises Quillfeo Villaseñor'],
    ["Reporter Dawit O'Quill 6653644249. Photo", "O'Quill", "Dawit O'Quill"],
    ['Name: QUILL, Ka Ho 張美華   HKID', 'QUILL, Ka', 'QUILL, Ka Ho'],
    ['cc: district nurses Delroy St. Quillan\n', 'St. Quillan', 'Delroy St. Quillan'],
    ['enrolled by Q. Te Quillan","homeZip"', 'Te Quillan', 'Q. Te Quillan'],
  ])('a capitalized word written as the name found: %s', (text, found, whole) => {
    expect(names(text, found)).toEqual([whole]);
  });

  it('particles before a family name found, in capitals too, and an "O\'" joined to it', () => {
    expect(names('The payload still shows van der Quill and Kennewick.', 'Quill')).toEqual(['van der Quill']);
    expect(names('1 record: VAN QUILL, HAZEL', 'QUILL, HAZEL')).toEqual(['VAN QUILL, HAZEL']);
    expect(names('"name":"O\'Quill_Aurelio_consent.pdf"', 'Quill')).toEqual(["O'Quill"]);
  });

  it('a family name typed in lower case after a given name, and an initial after capitals', () => {
    expect(names('identified 05-MAR-2025 by fenella quillby\ndescription', 'fenella')).toEqual([
      'fenella quillby',
    ]);
    expect(names('[15:19:38] user: its Garrett quillby\n[15:21:21] bot', 'Garrett')).toEqual([
      'Garrett quillby',
    ]);
    expect(names('SW: QUILLBY A, SACSSP 10-65591', 'QUILLBY')).toEqual(['QUILLBY A']);
  });

  it('the other half of a "Family, Given" pair', () => {
    expect(names('[7:12 PM] Quillby, DeShawn (MD)\nconsult', 'DeShawn')).toEqual(['Quillby, DeShawn']);
    expect(names('Student: QUILLBY, Tamsin ("Shortie"), Grade 2', 'QUILLBY')).toEqual(['QUILLBY, Tamsin']);
    expect(names('"path": "/Clinic Shared/2018/Quillby, Tamsin/"', 'Quillby')).toEqual(['Quillby, Tamsin']);
  });

  it('takes no common, clinical, drug or lead word, and no other shape', () => {
    expect(names('Dear Quillby,\nThank you', 'Quillby')).toEqual(['Quillby']);
    expect(names('D/C to: 100 sample dr quillville ky 40001', 'quillville')).toEqual(['quillville']);
    expect(names('non urgent 441 quillby map 51 bg 40', 'quillby')).toEqual(['quillby']);
    expect(names('charge rn tonight: Colten R. CENSUS 30/36', 'Colten R.')).toEqual(['Colten R.']);
    expect(names('REPORT ON QUILLBY\n', 'QUILLBY')).toEqual(['QUILLBY']);
    expect(names('Hx Reynolds pentad.\n', 'Reynolds')).toEqual([]);
    expect(names('spoke with Quillby Tuesday morning', 'Quillby')).toEqual(['Quillby']);
    expect(names('note from Quillby Hypertension clinic', 'Quillby')).toEqual(['Quillby']);
    expect(names('Quillby Pending review', 'Quillby')).toEqual(['Quillby']);
    expect(names('GGT 260 IU/L. Dr. A. Quillby would like', 'Dr. A. Quillby')).toEqual(['Dr. A. Quillby']);
    expect(names('Mrs Quillby metformin 500 mg', 'Quillby')).toEqual(['Quillby']);
    expect(names('QUILLBY MD reviewed', 'QUILLBY')).toEqual(['QUILLBY']);
    expect(names('RN QUILLBY reviewed', 'QUILLBY')).toEqual(['QUILLBY']);
    expect(names("Quillby's sign was negative", 'Quillby')).toEqual(['Quillby']);
    expect(names('Quillby, Results  pending', 'Quillby')).toEqual(['Quillby']);
    expect(names('Dx list\nHypertension, Tamsin  stable', 'Tamsin')).toEqual(['Tamsin']);
  });

  it('takes a capitalized word opening a text or a sentence only when it is a known name', () => {
    expect(names('Summarize Jane Quillby chart', 'Jane Quillby')).toEqual(['Jane Quillby']);
    expect(names('Seen today. Reviewed Jane Quillby labs', 'Jane Quillby')).toEqual(['Jane Quillby']);
    expect(names('Maria Quillby called back', 'Quillby')).toEqual(['Maria Quillby']);
  });

  it('reads a long capitalized word beside a name in one pass, whatever closes it', () => {
    // A word whose parts could open with a small letter was split every way before it failed:
    // "Abcd…mnQ" of forty letters took minutes.
    const word = `Abcdefghijklmnopqrstuvwxyz${'abcdefghijklmn'.repeat(4)}Q`;
    const text = `Seen with Ann Lee ${word} today`;
    const spans = detectText(text).filter((s) => s.type === 'name');
    expect(spans.some((s) => text.slice(s.start, s.end).includes('Ann Lee'))).toBe(true);
    expect(detectText(`Seen with Ann Lee ${'Lund-'.repeat(4000)}`).length).toBeGreaterThan(0);
  });
});
