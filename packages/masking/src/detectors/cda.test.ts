import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { cdaFields } from './cda';

// A synthetic fragment: every value is invented.
const CDA = `<ClinicalDocument xmlns="urn:hl7-org:v3">
  <effectiveTime value="20190304101530-0500"/>
  <author><time value="20190305"/></author>
  <v3:birthTime value="19410723"/>
  <effectivePeriod><low value="201903041015"/><high nullFlavor="UNK"/></effectivePeriod>
  <value xsi:type="PQ" value="20190304" unit="mg"/>
  <code code="2160-0" codeSystem="2.16.840.1.113883.6.1"/>
</ClinicalDocument>`;

function found(text: string): string[] {
  return detectText(text, { detectors: [cdaFields] }).map((s) => text.slice(s.start, s.end));
}

describe('C-CDA times', () => {
  it('finds the value of every TS element, with its time of day and offset', () => {
    expect(found(CDA)).toEqual(['20190304101530-0500', '20190305', '19410723', '201903041015']);
  });

  it('finds the given and family parts of a name, whatever their shape', () => {
    const name =
      '<guardianPerson><name><prefix>Dr.</prefix><given>Tamsin</given> <given qualifier="IN">R</given><family>ter Quill</family></name></guardianPerson>';
    expect(found(name)).toEqual(['Tamsin', 'R', 'ter Quill']);
    expect(
      found('<representedOrganization><name>Church Street Clinic</name></representedOrganization>'),
    ).toEqual([]);
  });

  it('leaves other attributes alone, a number in a quantity too', () => {
    expect(found('<value xsi:type="PQ" value="20190304" unit="mg"/><id extension="20190304"/>')).toEqual([]);
  });
});
