import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe("a device's serial told by what is done with the device", () => {
  it.each([
    ['Signature captured on MDT-3948146; geo-photo attached.', 'MDT-3948146'],
    ['DME pickup heel protector boots SZF591059A.', 'SZF591059A'],
    ['DME pickup KCI V.A.C. Ulta therapy unit FSE755820F.', 'FSE755820F'],
    ['DME delivered standing aid 78ZR08798', '78ZR08798'],
  ])('finds %s', (text, serial) => expectDetected(text, serial, 'device'));

  it.each([
    ['DME delivered Invacare HomeFill HF2PS oxygen concentrator', 'HF2PS'],
    ['Vitals captured on GE Carescape B650 monitor', 'B650'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it('reads no date after "collected on" as a serial', () =>
    expectNoType('Labs collected on 2025-03-01 at 0600', 'device'));
});
