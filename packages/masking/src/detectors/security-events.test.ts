/** CEF and LEEF attributes read by the formats' key dictionaries and custom labels. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const CEF =
  'Mar 11 09:14:02 mon02 CEF:0|Acme|Chart Watch|5.2.1|ACCESS|Record opened|4|rt=1710148442000 suid=nx40417 duid=QW7781203 duser=Fairbanks-Ode, Linnea cs1Label=PatientDOB cs1=1958-02-17 cs3Label=GeoCity cs3=Marrow Creek cs4Label=PostalCode cs4=59102 cs5Label=Reason cs5=billing review act=view outcome=success';
const LEEF =
  'LEEF:2.0|Acme|Chart Watch|5.2.1|ACCESS|x5E|usrName=okafor.tamsin@example.org^duid=PX55108^smac=00:1A:2B:3C:4D:5E^cs2Label=Facility^cs2=Riverbend General Hospital^act=export';
const LEEF1 =
  'LEEF:1.0|Acme|Chart Watch|5.2.1|LOGIN|usrName=Quill, Everard\tsuid=EMP7710\tdevTime=Mar 11 2024 09:14:02';

describe('security events', () => {
  it.each([
    ['nx40417', 'other_id'],
    ['QW7781203', 'other_id'],
    ['Fairbanks-Ode, Linnea', 'name'],
    ['1958-02-17', 'date'],
    ['Marrow Creek', 'geo'],
    ['59102', 'zip'],
  ] as const)('finds %s in a CEF event by its key or label', (value, type) =>
    expectDetected(CEF, value, type),
  );

  it('reads LEEF 2.0 attributes split at the delimiter its header declares, and LEEF 1.0 at tabs', () => {
    expectDetected(LEEF, 'okafor.tamsin@example.org', 'email');
    expectDetected(LEEF, 'PX55108', 'other_id');
    expectDetected(LEEF, '00:1A:2B:3C:4D:5E', 'device');
    expectDetected(LEEF1, 'Quill, Everard', 'name');
    expectDetected(LEEF1, 'EMP7710', 'other_id');
  });

  it.each(['5.2.1', '1710148442000', 'billing review', 'view', 'success'])(
    'keeps the header, the event time and attributes that are no identifier: %s',
    (value) => expectKept(CEF, value),
  );

  it('reads no identifier in the header nor in a custom field whose label names none', () => {
    const found = (text: string) =>
      detectText(text)
        .filter((s) => s.ruleId === 'security_events')
        .map((s) => text.slice(s.start, s.end));
    expect(found(LEEF)).not.toContain('Riverbend General Hospital');
    expect(found(CEF).some((v) => v.includes('Chart Watch') || v.includes('Record opened'))).toBe(false);
  });

  it('reads nothing where no CEF or LEEF header is', () => {
    const text = 'duser=Fairbanks suid=nx40417 | not an event';
    expect(detectText(text).filter((s) => s.ruleId === 'security_events')).toEqual([]);
  });
});
