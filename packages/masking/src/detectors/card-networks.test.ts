import { describe, expect, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';
import { bareCardNumber, cardNumberValid } from './card-networks';

describe('card numbers told by their network', () => {
  it("accepts a network's prefix and length with a right Luhn digit", () => {
    expect(cardNumberValid('4111111111111111')).toBe(true);
    expect(cardNumberValid('501800000124')).toBe(true);
    expect(cardNumberValid('2221000000000009')).toBe(true);
    expect(cardNumberValid('370000000000002')).toBe(true);
    expect(cardNumberValid('36000000000016')).toBe(true);
  });

  it('refuses a wrong Luhn digit, a length the network never issues, and a prefix no network has', () => {
    expect(cardNumberValid('4111111111111112')).toBe(false);
    // Visa issues 13, 16 and 19 figures, JCB 16 to 19.
    expect(cardNumberValid('40000000000002')).toBe(false);
    expect(cardNumberValid('352800000000007')).toBe(false);
    expect(cardNumberValid('1000000000009')).toBe(false);
  });

  it("needs a card's word before the figures or an expiry or a security code after them", () => {
    const text = 'order 4111111111111111 shipped';
    expect(bareCardNumber(text, 6, 22)).toBe(false);
  });

  it.each([
    ['VISA 16 digit\nAnn Roe\n4111111111111111 09/32\nCVC: 950', '4111111111111111'],
    ['Please charge the copay to my Maestro 501800000124, exp 11/31, CVV 669.', '501800000124'],
    ['Diners Club / Carte Blanche\nAnn Roe\n36000000000016 03/32', '36000000000016'],
    ['paid with 2221000000000009 exp 04/27', '2221000000000009'],
    // The words before a number and after it that make it a card, with no "card" in the text.
    ['Paid by credit 4111111111111111 on file.', '4111111111111111'],
    ['debit 5555555555554444 on the account', '5555555555554444'],
    ['billed 5555555555554444 security code 123', '5555555555554444'],
    ['billed 5555555555554444, csc 123', '5555555555554444'],
    ['charged 4111111111111111 04-27', '4111111111111111'],
  ] as const)('finds the bare card number in %s', (text, value) => expectDetected(text, value, 'account'));

  it('reads no card in a bare run of figures where nothing speaks of a card, or with a wrong Luhn digit', () => {
    expectNoType('order 4111111111111111 shipped', 'account');
    expectNoType('card 4111111111111112 declined', 'account');
    expectNoType('credit 4111111111111112 applied', 'account');
    expectNoType('accredited 2024-01-05, order 4111111111111111 shipped', 'account');
  });
});
