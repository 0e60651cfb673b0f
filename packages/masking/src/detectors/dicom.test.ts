import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { createMasker } from '../masker';
import type { PhiType } from '../types';
import { caretNames, dicomElements } from './dicom';

// Synthetic headers: every value is invented.
const DCMDUMP = [
  '(0008,0020) DA [20190304]  # StudyDate',
  '(0008,0030) TM [101530]  # StudyTime',
  '(0008,0050) SH [QX55012]  # AccessionNumber',
  '(0008,0080) LO [Brackmoor Imaging]  # InstitutionName',
  '(0008,0090) PN [VAN DER QUILL^TAMSIN^R]  # ReferringPhysicianName',
  '(0010,0020) LO [Z9912004]  # PatientID',
  '(0010,1010) AS [093Y]  # PatientAge',
  '(0010,1040) LO [18 Quillfeather Row^^Brackmoor^OH^43999]  # PatientAddress',
  '(0010,2154) SH [5552017788]  # PatientTelephoneNumbers',
  '(0018,1000) LO [SN-77120A]  # DeviceSerialNumber',
].join('\n');

const PYDICOM = [
  "(0010, 0010) PatientName                      PN: 'ben Volkerant^Osric'",
  "(0010, 0030) PatientBirthDate                 DA: '19410723'",
  "(0010, 1010) PatientAge                       AS: '047Y'",
].join('\n');

const PLAIN = [
  'StudyDate: 20200115',
  "PatientName: O'QUILLAN^BRIT",
  'OtherPatientIDs: KX-40021',
  'Modality: MR',
].join('\n');

function spansOf(text: string): Array<[string, PhiType]> {
  return detectText(text, { detectors: [dicomElements, caretNames] }).map((s) => [
    text.slice(s.start, s.end),
    s.type,
  ]);
}

describe('DICOM header dumps', () => {
  it.each([
    ['20190304', 'date'],
    ['QX55012', 'other_id'],
    ['VAN DER QUILL', 'name'],
    ['TAMSIN', 'name'],
    ['Z9912004', 'mrn'],
    ['093', 'age'],
    ['18 Quillfeather Row', 'street_address'],
    ['Brackmoor', 'geo'],
    ['43999', 'zip'],
    ['5552017788', 'phone'],
    ['SN-77120A', 'device'],
  ] as const)('dcmdump: finds %s by its representation or keyword', (value, type) => {
    expect(spansOf(DCMDUMP)).toContainEqual([value, type]);
  });

  it('dcmdump: keeps times, institutions and the state', () => {
    const found = spansOf(DCMDUMP).map(([v]) => v);
    for (const keep of ['101530', 'Brackmoor Imaging', 'OH']) expect(found).not.toContain(keep);
  });

  it('pydicom: names, birth date; an age under 90 stays', () => {
    const found = spansOf(PYDICOM);
    expect(found).toContainEqual(['ben Volkerant', 'name']);
    expect(found).toContainEqual(['Osric', 'name']);
    expect(found).toContainEqual(['19410723', 'date']);
    expect(found.map(([v]) => v)).not.toContain('047');
  });

  it('plain keyword lines', () => {
    const found = spansOf(PLAIN);
    expect(found).toContainEqual(['20200115', 'date']);
    expect(found).toContainEqual(["O'QUILLAN", 'name']);
    expect(found).toContainEqual(['BRIT', 'name']);
    expect(found).toContainEqual(['KX-40021', 'mrn']);
    expect(found.map(([v]) => v)).not.toContain('MR');
  });
});

describe('caret names outside DICOM', () => {
  it('finds FAMILY^GIVEN in a log line', () => {
    expect(spansOf('matched: mrn=123 name=DOS QUILLAN^NERYS dob=19800101')).toEqual([
      ['DOS QUILLAN', 'name'],
      ['NERYS', 'name'],
    ]);
  });

  it('leaves coded values, HL7 segments and prose alone', () => {
    for (const text of [
      'MSH|^~\\&|ADMSYS|NORTHSITE|RCV|NORTHSITE|201912110930||ADT^A04|MSG00017|P|2.4',
      'OBX|1|NM|GLU^Glucose^L||5.4|mmol/L',
      'Q4471920^^^NORTHSITE^MR',
      'the message type was ORU^R01 and x^2 grows',
      'regex ^[a-z]+$ matches',
      'CEF:0|Vendor|Monitor|1.0|100|Chart view|5|cs2Label=Facility^cs2=Osage Plains Regional^act=view',
    ])
      expect(spansOf(text)).toEqual([]);
  });
});

describe('DICOM JSON attributes (PS3.18 F.2)', () => {
  const mask = (value: unknown) => createMasker().maskJson(value).value;

  it('types each value by its representation and tag, and keeps the rest', () => {
    const study = {
      '00080020': { vr: 'DA', Value: ['20190304'] },
      '00080030': { vr: 'TM', Value: ['101530'] },
      '00080050': { vr: 'SH', Value: ['QX55012'] },
      '00080080': { vr: 'LO', Value: ['Brackmoor Imaging'] },
      '00100010': { vr: 'PN', Value: [{ Alphabetic: 'QUILLFEATHER^TAMSIN^R' }] },
      '00100020': { vr: 'LO', Value: ['Z9912004'] },
      '00101010': { vr: 'AS', Value: ['093Y'] },
      '00201208': { vr: 'IS', Value: [412] },
    };
    expect(mask([study, { ...study, '00101010': { vr: 'AS', Value: ['047Y'] } }])).toEqual([
      {
        ...study,
        '00080020': { vr: 'DA', Value: ['[DATE]'] },
        '00080050': { vr: 'SH', Value: ['[OTHER_ID]'] },
        '00100010': { vr: 'PN', Value: [{ Alphabetic: '[NAME]' }] },
        '00100020': { vr: 'LO', Value: ['[MRN]'] },
        '00101010': { vr: 'AS', Value: ['[AGE]'] },
      },
      {
        ...study,
        '00080020': { vr: 'DA', Value: ['[DATE]'] },
        '00080050': { vr: 'SH', Value: ['[OTHER_ID]'] },
        '00100010': { vr: 'PN', Value: [{ Alphabetic: '[NAME]' }] },
        '00100020': { vr: 'LO', Value: ['[MRN]'] },
        '00101010': { vr: 'AS', Value: ['047Y'] },
      },
    ]);
  });
});
