/** A format's own versions and device makes survive the keep step. Values are made up. */
import { describe, expect, it } from 'vitest';
import { createMasker } from '../masker';
import { expectDetected, expectKept } from '../test-helpers';

describe("a format's versions and device makes", () => {
  it("keeps a CDA template's version, masks the document's times", () => {
    const cda =
      '<ClinicalDocument><templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>\n<effectiveTime value="20260214093000-0500"/>\n<birthTime value="19520306"/></ClinicalDocument>';
    expectKept(cda, '2015-08-01');
    expectDetected(cda, '20260214093000-0500', 'date');
    expectDetected(cda, '19520306', 'date');
  });

  it("keeps a DICOM device's software version, model and maker; masks its serial number and the patient", () => {
    const json = JSON.stringify(
      {
        '00080070': { vr: 'LO', Value: ['Halvard Imaging'] },
        '00081090': { vr: 'LO', Value: ['QUILLON Vista'] },
        '00181020': { vr: 'LO', Value: ['7.1.20.3'] },
        '00181000': { vr: 'LO', Value: ['SN-4481203'] },
        '00100010': { vr: 'PN', Value: [{ Alphabetic: 'WENDOVER^ISOLDE' }] },
      },
      null,
      2,
    );
    for (const keep of ['Halvard Imaging', 'QUILLON Vista', '7.1.20.3']) expectKept(json, keep);
    expectDetected(json, 'WENDOVER', 'name');
    const dump = '(0018,1020) LO [7.1.20.3]\n(0010,0010) PN [WENDOVER^ISOLDE]';
    expectKept(dump, '7.1.20.3');
    expectDetected(dump, 'ISOLDE', 'name');
  });

  it('keeps the make of a DICOM JSON result walked as data, and masks the patient beside it', () => {
    const frame = JSON.stringify({
      jsonrpc: '2.0',
      id: 3,
      result: {
        structuredContent: [
          {
            '00081090': { vr: 'LO', Value: ['QUILLON Vista'] },
            '00181020': { vr: 'LO', Value: ['7.1.20.3'] },
            '00100010': { vr: 'PN', Value: [{ Alphabetic: 'WENDOVER^ISOLDE' }] },
          },
        ],
      },
    });
    const out = createMasker().maskFrame(frame).text;
    expect(out).toContain('7.1.20.3');
    expect(out).toContain('QUILLON Vista');
    expect(out).not.toContain('WENDOVER');
  });
});

describe('copyright notices', () => {
  it.each([
    [
      '- contentinfo: "© 2019 Quarry Valley Medical Center · MyHealth 2025.2"',
      '2019 Quarry Valley Medical Center',
    ],
    ['Copyright (c) 2012-2024 Tarrow Vale Health, All rights reserved.', '2012-2024 Tarrow Vale Health'],
    ['(C) 2021 Brackenmoor Wellness | Privacy', '2021 Brackenmoor Wellness'],
  ])('keeps the years and the holder in %s', (text, keep) => expectKept(text, keep));

  it('reads "(c)" numbering a list as no notice', () => {
    expectDetected('(a) seen (b) fed (c) Ysolde Wendover called her son', 'Ysolde Wendover', 'name');
  });
});
