import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

const LIST = `THEATRE 2 - AM LIST
#  Hosp no | Patient | Age/Sex | Procedure
1  K0042117 | R Okafor | 52M | Lap chole
2  30918265 | T Mbeki | 8F | ORIF L wrist
12  AB771203 | P Naidoo | 70F | TKR (R)`;

describe('a table whose rows are numbered in front of their first cell', () => {
  it.each(['K0042117', '30918265', 'AB771203'])('reads %s under its column', (value) =>
    expectDetected(LIST, value, 'mrn'),
  );

  it('keeps the row numbers and the cells of unlabeled columns', () => {
    expectKept(LIST, '2  ');
    expectKept(LIST, 'Lap chole');
  });
});
