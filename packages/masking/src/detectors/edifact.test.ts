/** UN/EDIFACT segments read by tag, position and qualifier. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const MEDRPT = [
  "UNA:+.? '",
  "UNB+UNOC:3+4012345000009:14+4098765000004:14+240611:0915+REF77'",
  "UNH+1+MEDRPT:D:93A:UN:LAB01'",
  "DTM+137:202406110915:203'",
  "NAD+MS+++HOLLYBROOK PATHOLOGY SERVICES'",
  "NAD+DDK+1234567893:::XX++D?'ARCY:PEREGRINE'",
  "COM+(541) 555-0190:TE'",
  "COM+541 555 0191:FX'",
  "NAD+PAT+QA55120::MR++FAIRWEATHER:LUDMILA:K+27 Quillon Row+Ashgrove Springs+NV+89511+US'",
  "DTM+329:19620714:102'",
  "RFF+ACD:SPX-88123'",
  "INV+MQ+2345-7:LN:Glucose'RSL+NV+5.4:mmol/L'",
  "UNT+9+1'",
].join('\n');

describe('EDIFACT segments', () => {
  it.each([
    ['1234567893', 'license'],
    ["D?'ARCY", 'name'],
    ['PEREGRINE', 'name'],
    ['(541) 555-0190', 'phone'],
    ['541 555 0191', 'fax'],
    ['QA55120', 'mrn'],
    ['FAIRWEATHER', 'name'],
    ['LUDMILA', 'name'],
    ['27 Quillon Row', 'street_address'],
    ['Ashgrove Springs', 'geo'],
    ['89511', 'zip'],
    ['19620714', 'date'],
    ['SPX-88123', 'other_id'],
  ] as const)('finds %s by its segment and qualifier', (value, type) => expectDetected(MEDRPT, value, type));

  it.each(['HOLLYBROOK PATHOLOGY SERVICES', '202406110915', '4012345000009', '2345-7', '5.4'])(
    "keeps the organisation, the message's date, the envelope and the results: %s",
    (value) => expectKept(MEDRPT, value),
  );

  it('reads other service characters declared by UNA, on one line', () => {
    const text = 'UNA*|,\\ #UNH|1|MEDRPT*D*93A*UN#NAD|PAT|ZX81||ROSSWELL*IMOGEN#DTM|329*19700102*102#';
    expectDetected(text, 'ROSSWELL', 'name');
    expectDetected(text, 'IMOGEN', 'name');
    expectDetected(text, '19700102', 'date');
  });

  it('reads nothing outside an interchange', () => {
    const text = "NAD+PAT+note'COM+call me:TE'";
    expect(detectText(text).filter((s) => s.ruleId === 'edifact_segments')).toEqual([]);
  });
});
