import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('keyword arguments of a call written in text', () => {
  it.each([
    ['Plan:\n1. get_patient(mrn="Q4000123")\n2. notify()', 'Q4000123', 'mrn'],
    ['1. lookup_member(member_id=\'XQ71234560\', dob="1950-01-02")', 'XQ71234560', 'health_plan'],
    ['- [ ] ehr.search(zip="30301", age="94")', '30301', 'zip'],
    ['- [ ] ehr.search(zip="30301", age="94")', '94', 'age'],
  ] as const)('finds the value in %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['- get_patient(mrn=Q4000123)', 'Q4000123', 'mrn'],
    ['* lookup(mrn=Q4000123, zip=30301)', '30301', 'zip'],
    ['1. get_patient(mrn=Q4000123, dob=1950-01-02)', 'Q4000123', 'mrn'],
    ['1. get_patient(mrn=Q4000123, dob=1950-01-02)', '1950-01-02', 'date'],
  ] as const)('finds the unquoted value in %s', (text, value, type) => expectDetected(text, value, type));

  it('reads an unquoted value only where it has figures', () => {
    const code = '- df.query(dob=today, mrn=mrn_col, zip=zip_code, age=45)';
    expectKept(code, 'zip_code');
    expectKept(code, 'today');
    expectKept(code, 'mrn_col');
    expectKept(code, '45');
  });

  it('keeps arguments no field names and values of the wrong shape', () => {
    const text = '1. fetch(resource="Observation", count="20", mrn="pending", age="45")';
    expectKept(text, 'Observation');
    expectKept(text, '"20"');
    expectKept(text, 'pending');
    expectKept(text, '"45"');
  });
});
