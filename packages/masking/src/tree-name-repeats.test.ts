import { describe, expect, it } from 'vitest';
import { createMasker } from './masker';

const masker = createMasker();
const masked = (value: unknown) => JSON.parse(masker.maskFrame(JSON.stringify(value)).text);

describe("a record's name field said again in another string of the record", () => {
  it("marks the name in a search hit's highlight and note", () => {
    const out = masked({
      hits: [
        {
          _source: { patient_name: 'Quellwood, Tamsin', note_text: 'Seen today, stable.' },
          highlight: { note_text: ['... met <em>Quellwood</em> re: results ...'] },
        },
      ],
    });
    const hit = out.hits[0];
    expect(hit._source.patient_name).not.toContain('Quellwood');
    expect(hit.highlight.note_text[0]).not.toContain('Quellwood');
    expect(hit.highlight.note_text[0]).toContain('re: results');
  });

  it('marks a family name in capitals repeated capitalized in a note', () => {
    const out = masked({ family: 'ORVANDE', given: 'Brisk', note: 'Pt Orvande tolerated apixaban 5 mg.' });
    expect(out.note).not.toContain('Orvande');
    expect(out.note).toContain('apixaban 5 mg');
  });

  it('keeps eponyms, organisations, lower-case words and strings without a blank', () => {
    const out = masked({
      patient_name: 'Quellwood, Tamsin',
      dx: 'Quellwood syndrome suspected',
      site: 'Referred to Quellwood Clinic today',
      slug: 'see quellwood notes',
      code: 'Quellwood',
    });
    expect(out.dx).toBe('Quellwood syndrome suspected');
    expect(out.site).toBe('Referred to Quellwood Clinic today');
    expect(out.slug).toBe('see quellwood notes');
    expect(out.code).toBe('Quellwood');
  });

  it('marks the whole name typed in lower case in another string, never one word of it alone', () => {
    const out = masked({
      patient_name: 'Quellwood, Tamsin',
      query: 'anticoag plan tamsin quellwood',
      other: 'see quellwood notes',
    });
    expect(out.query).toMatch(/^anticoag plan /);
    expect(out.query).not.toContain('tamsin');
    expect(out.query).not.toContain('quellwood');
    expect(out.other).toBe('see quellwood notes');
  });

  it('carries a name detection found whole, never onto a place or a thing named for it', () => {
    const out = masked({ note: 'Seen with Tamsin Quellwood today', other: 'Quellwood Road works' });
    expect(out.other).toBe('Quellwood Road works');
  });

  it("marks a listed resource's name where its description names the person whole", () => {
    const out = masked({
      jsonrpc: '2.0',
      id: 3,
      result: {
        resources: [
          {
            uri: 'ehr://charts/a',
            name: 'VANTERWICK, ODALIE chart',
            description: 'Chart of Odalie Vanterwick, born 1971',
          },
          {
            uri: 'ehr://charts/b',
            name: 'Brisco Ellwander chart',
            description: 'Chart of Ellwander, Brisco, Mercy Clinic',
          },
          {
            uri: 'ehr://charts/c',
            name: 'Quillby Imaging chart',
            description: 'Chart of W. Quillby at Quillby Imaging',
          },
        ],
      },
    });
    expect(out.result.resources[0].name).not.toMatch(/VANTERWICK|ODALIE/);
    expect(out.result.resources[0].name).toContain('chart');
    expect(out.result.resources[1].name).not.toMatch(/Brisco|Ellwander/);
    expect(out.result.resources[2].name).toBe('Quillby Imaging chart');
  });
});
