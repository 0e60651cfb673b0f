import { describe, expect, it } from 'vitest';
import { snomedIdValid, verhoeffValid } from './checksums';

describe("Verhoeff's check digit and SNOMED CT identifiers", () => {
  it('checks the digit', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });

  it.each(['38341003', '73211009', '399210005', '721000119107'])('reads %s as a concept', (id) =>
    expect(snomedIdValid(id)).toBe(true),
  );

  it.each(['38341004', '7706862', '0383410030', '12345', '721000119108'])('reads %s as none', (id) =>
    expect(snomedIdValid(id)).toBe(false),
  );
});
