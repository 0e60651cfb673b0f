import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('keyword arguments of a call written in text', () => {
  it.each([
    ['Plan:\n1. get_patient(mrn="Q4000123")\n2. notify()', 'Q4000123', 'mrn'],
    ['1. lookup_member(member_id=\'XQ71234560\', dob="1950-01-02")', 'XQ71234560', 'health_plan'],
    ['- [ ] ehr.search(zip="30301", age="94")', '30301', 'zip'],
    ['- [ ] ehr.search(zip="30301", age="94")', '94', 'age'],
  ] as const)('finds the value in %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps arguments no field names and values of the wrong shape', () => {
    const text = '1. fetch(resource="Observation", count="20", mrn="pending", age="45")';
    expectKept(text, 'Observation');
    expectKept(text, '"20"');
    expectKept(text, 'pending');
    expectKept(text, '"45"');
  });
});
