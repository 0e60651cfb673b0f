import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { cuedLogins } from './cued-logins';

describe("a person's account name where a sentence or a form says it is one", () => {
  it.each([
    ['Login: tmercer   School email: t.mercer@example.org', 'tmercer'],
    ['Login: greta_holm   Year group 9', 'greta_holm'],
    ['Caller: Ines Varga, username ines.varga52\nAgent: thanks', 'ines.varga52'],
    ['Customer: Ines Varga, username grey_heron_52\nAgent: thanks', 'grey_heron_52'],
    ['Returned the tablet to IT (user jhartmann).', 'jhartmann'],
    ['The headset was flagged for account otto_brandt.', 'otto_brandt'],
    ['Please log in as mkaur77 from the ward PC before 14:00.', 'mkaur77'],
    ['Signed in as r.lindqvist on the kiosk', 'r.lindqvist'],
    ['User name: ROSAK', 'ROSAK'],
    ['Refund for the order placed by lena_fischer will be sent to the card', 'lena_fischer'],
    ['The order placed by hugo1984 ships today', 'hugo1984'],
  ] as const)('finds the account in %s', (text, value) => expect(foundBy(cuedLogins, text)).toEqual([value]));

  it("gives an account made of a person's names the name type", () => {
    expectDetected('Caller: Ines Varga, username ines.varga52\nAgent: thanks', 'ines.varga52', 'name');
  });

  it('keeps the plain words after "user", "account", "handle" and "by"', () => {
    for (const text of [
      'The user enters the data in the user interface.',
      'Check the account balance and the account holder.',
      'Login failed twice; see the user guide (user manual).',
      'Handle cases with care; user admin reset it.',
      'Given by mouth, signed by phone, sent by report.pdf',
      'Account: 12345678',
      'The user selects options on the login page.',
      'Questions to user mercy.org support',
      'Job owner: user=svc_billing host=app02',
      'Export ran as login srv.nightly_export',
      'Agent: Can you confirm your date of birth?\nuser: okay, hang tight\n',
    ])
      expect(foundBy(cuedLogins, text), text).toEqual([]);
  });

  it('takes no word beside an account as part of it', () => {
    expectKept('The order placed by tmueller will ship today', 'will');
  });
});
