import { describe, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';

describe('a given name in capitals that a message addresses its reader by', () => {
  it.each([
    ['Lantern Apothecary: PETE, your Wellbutrin SR 150 mg is ready. Pick up by Friday.', 'PETE'],
    ['QuickCare Drug #214: MONSERRATE, your Otezla 30 mg is ready.', 'MONSERRATE'],
    ['Mesa Clinic: GLEN, please call us back.', 'GLEN'],
    ['Dear KENJI HOLLOWAY, your refill is ready', 'KENJI HOLLOWAY'],
  ] as const)('finds the name in %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps a word in capitals that is no name in the same place', () => {
    expectNoType('Mesa Clinic: REMINDER, your visit is tomorrow', 'name');
    expectNoType('Clinic: URGENT, please call the office', 'name');
    expectNoType('Mesa Pharmacy: NOTICE, your order shipped', 'name');
  });
});
