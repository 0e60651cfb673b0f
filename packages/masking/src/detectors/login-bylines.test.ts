import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { systemLogins } from './system-logins';

// Synthetic values only.
const loginsIn = (text: string): string[] => foundBy(systemLogins, text);

describe('a login after "by" where a system writes who did something', () => {
  it.each([
    ['FY2025,exported 2025-01-04T19:42:18Z,by tamsin.quillery,chargemaster v3.3', 'tamsin.quillery'],
    ['# generated 2025-02-23T19:01:19Z by QUILLERY.T - EHR R2023.2', 'QUILLERY.T'],
    ['Logged by agarcia   duplicate rate 3.1%', 'agarcia'],
    ['Reviewed by t_quillery', 't_quillery'],
    ['Exported 2025-01-04 by zoë.quillery, chargemaster v3', 'zoë.quillery'],
  ])('%s names %s', (text, login) => {
    expect(loginsIn(text)).toEqual([login]);
  });

  it('takes the name in brackets after a login made of it as well', () => {
    expect(loginsIn('Worked by jmorrison (Jo Morrison): MERGE')).toEqual(['jmorrison', 'Jo Morrison']);
  });

  it('keeps common words, domains, file names and prose after "by"', () => {
    for (const text of [
      'Taken by mouth, daily.',
      'Reached by phone - no answer',
      'Called by pharmacy  10:40',
      'Sent by mercy.org',
      'Replaced by report.pdf',
      'Reviewed by the team (see note)',
      'Followed by imaging',
      'Sent by courier, signed',
      'Paid by employer  2024',
      'Signed by Dr. Quill',
      'nearby clinic,',
    ])
      expect(loginsIn(text)).toEqual([]);
  });
});
