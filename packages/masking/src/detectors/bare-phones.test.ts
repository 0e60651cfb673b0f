import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected } from '../test-helpers';

/** This detector reads nothing in `keep` as a phone number (others may still find an identifier there). */
function expectNoBarePhone(text: string, keep: string): void {
  const at = text.indexOf(keep);
  if (at < 0) throw new Error(`test bug: ${keep} is not in the text`);
  const found = detectText(text).filter(
    (s) => s.ruleId === 'bare_phone' && s.start < at + keep.length && s.end > at,
  );
  expect(found, `${JSON.stringify(keep)} in ${JSON.stringify(text)}`).toEqual([]);
}

describe('bare phone numbers', () => {
  it.each([
    ['Lives with her aunt (7735550192 x318).', '7735550192'],
    ['lives with son (6125550148, ext 22). RTC soon', '6125550148'],
    ['my daughter will drive, her # is 4045550173. thanks', '4045550173'],
    ['please call me back at 5035550116 after 5', '5035550116'],
    ['Text thread +1 206-555-0134 <-> 2065550187', '2065550187'],
    ['cell: 9175550126 (preferred)', '9175550126'],
    ['her number is 3121904477.', '3121904477'],
    ['Labs are due. Questions? 9165550173x8054', '9165550173x8054'],
    ['Fax 7235550128x63081 - medical records', '7235550128x63081'],
    ['Labs are due July 10. Questions? 2405550183', '2405550183'],
    ['Questions: nurse line 6759721397; your nurse was D. Quist.', '6759721397'],
    ['Pharmacy: ValuMed Pharmacy 8902800242.', '8902800242'],
    ['Pharmacy: Greenleaf Drug 7363550624.', '7363550624'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'phone'));

  it('keeps ten figures nothing marks as a phone number', () => {
    expectNoBarePhone('Order 5035550116 shipped today', '5035550116');
    expectNoBarePhone('batch total 3125550147 bytes', '3125550147');
    expectNoBarePhone('call volume 1234567890 this year', '1234567890');
    expectNoBarePhone('please call at 10:30 re order 7735550192-01', '7735550192');
    expectNoBarePhone('lot 9165550173xb2 released', '9165550173');
    expectNoBarePhone('Questions answered: 2405550183 records', '2405550183');
    expectNoBarePhone('pharmacy claim 8902800242 paid; line item 6759721397', '8902800242');
  });
});
