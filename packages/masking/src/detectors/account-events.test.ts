import { describe, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';

describe("a person's login where an account's event is written", () => {
  it.each([
    ['User wesley.anderson logged in from 10.1.2.3 on 2024-01-02', 'wesley.anderson'],
    ['User quentinlittle583 signed out.', 'quentinlittle583'],
    ['Username: cannon.francisco\nSubject: Wrong address on my bill', 'cannon.francisco'],
    ['tyrone10 changed the password at 2025-02-06T19:20', 'tyrone10'],
    ['Kiosk log. millsharold reset their password today', 'millsharold'],
    ['template FP-3d1f enrolled for summers.darlene at kiosk 9.', 'summers.darlene'],
  ] as const)('finds the login in %s', (text, value) => expectDetected(text, value, 'name'));

  it("keeps a system's account, a common word and a capitalised word in the same places", () => {
    expectNoType('User admin logged in from 10.1.2.3', 'name');
    expectNoType('The patient logged in from home', 'name');
    expectNoType('Username: root', 'name');
    expectNoType('nobody changed the password at noon', 'name');
  });
});
