/** Tables inside a unified diff. Values are made up. */
import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

const PATCH = [
  'diff --git a/test/fixtures/members.csv b/test/fixtures/members.csv',
  '--- a/test/fixtures/members.csv',
  '+++ b/test/fixtures/members.csv',
  '@@ -1,3 +1,4 @@',
  ' mrn,last_name,first_name,dob,zip',
  '-55-10-21,Wendover,Isolde,1961-04-12,44120',
  '+55-10-21,Wendover,Isolde,1961-04-21,44120',
  '+77-31-09,Halloran,Briseis,03/08/1979,97411',
].join('\n');

describe('tables in a unified diff', () => {
  it.each([
    ['Halloran', 'name'],
    ['Briseis', 'name'],
    ['97411', 'zip'],
    ['77-31-09', 'mrn'],
    ['Wendover', 'name'],
  ] as const)('reads %s under its column in an added or removed row', (value, type) =>
    expectDetected(PATCH, value, type),
  );

  it("keeps the diff's own lines", () => {
    expectKept(PATCH, '@@ -1,3 +1,4 @@');
    expectKept(PATCH, 'mrn,last_name,first_name,dob,zip');
  });
});
