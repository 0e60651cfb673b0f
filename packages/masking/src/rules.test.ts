import { describe, expect, it } from 'vitest';
import { maskString } from './index';

function expectMasked(input: string, rule: string, expected?: string): void {
  const out = maskString(input);
  if (expected !== undefined) expect(out).toBe(expected);
  else expect(out).toContain(`[REDACTED:${rule}]`);
}

function expectUntouched(input: string): void {
  expect(maskString(input)).toBe(input);
}

describe('email rule', () => {
  it.each([
    ['jane.doe@example.com', '[REDACTED:email]'],
    ['J.Doe+intake@clinic.example.co.uk', '[REDACTED:email]'],
    ['write to dev_1@example.com.', 'write to [REDACTED:email].'],
    ['<a.b@example.org>', '<[REDACTED:email]>'],
  ])('masks %s', (input, expected) => expectMasked(input, 'email', expected));

  it.each(['not an email', 'user@localhost', '@example.com', 'version 1.2.3', 'price @ 5 USD'])(
    'leaves %s',
    expectUntouched,
  );
});

describe('us_ssn rule', () => {
  it.each([
    ['123-45-6789', '[REDACTED:us_ssn]'],
    ['SSN 900-12-3456 on file', 'SSN [REDACTED:us_ssn] on file'],
    ['ssn: 900 12 3456', 'ssn: [REDACTED:us_ssn]'],
  ])('masks %s', (input, expected) => expectMasked(input, 'us_ssn', expected));

  it.each([
    '123-456-789',
    '2024-01-15',
    '0190f0a2-7b1c-7000-8000-000000000001',
    '1123-45-67890',
    '123-45-67890',
    'lot 12-34-5678',
  ])('leaves %s', expectUntouched);
});

describe('phone rule', () => {
  it.each([
    ['(555) 010-1234', '[REDACTED:phone]'],
    ['(555)010-1234', '[REDACTED:phone]'],
    ['555-010-1234', '[REDACTED:phone]'],
    ['555.010.1234', '[REDACTED:phone]'],
    ['555 010 1234', '[REDACTED:phone]'],
    ['+1 555 010 1234', '[REDACTED:phone]'],
    ['+1-555-010-1234', '[REDACTED:phone]'],
    ['1-555-010-1234', '[REDACTED:phone]'],
    ['+1 (555) 010-1234', '[REDACTED:phone]'],
    ['+15550101234', '[REDACTED:phone]'],
    ['call 5550101234 after 5pm', 'call [REDACTED:phone] after 5pm'],
    ['Phone: 5550101234', 'Phone: [REDACTED:phone]'],
    ['mobile +15550101234', 'mobile [REDACTED:phone]'],
  ])('masks %s', (input, expected) => expectMasked(input, 'phone', expected));

  it.each([
    '5550101234',
    '1700000000',
    'created 1721000000123',
    'order 5550101234',
    '192.168.100.200',
    '555-0101-234',
    'v1.555.010.1234',
    'ref-555-010-1234',
    '12345678901234567890',
  ])('leaves %s', expectUntouched);
});

describe('maskString', () => {
  it('masks several kinds in one string', () => {
    expect(maskString('jane@example.com, 900-12-3456, (555) 010-1234')).toBe(
      '[REDACTED:email], [REDACTED:us_ssn], [REDACTED:phone]',
    );
  });

  it('stays linear on adversarial input', () => {
    const inputs = [
      `${'a'.repeat(200_000)}@`,
      `x@${'a.'.repeat(100_000)}`,
      '1-'.repeat(100_000),
      `phone ${'1'.repeat(200_000)}`,
      '5'.repeat(200_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      maskString(input);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
