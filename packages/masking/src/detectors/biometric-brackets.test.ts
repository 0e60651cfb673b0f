import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { biometricRefs } from './biometric-refs';

// Synthetic values only.
describe("a biometric capture's reference", () => {
  it.each([
    ['badge reader didnt take my print (RZ-6689-JNL) again', 'RZ-6689-JNL'],
    ['thumbprint on file (TP-40213)', 'TP-40213'],
    ['face scan failed at the kiosk (FS-88120-QX)', 'FS-88120-QX'],
    ['biometric token f0e520d239cc829cf4dee387 verified', 'f0e520d239cc829cf4dee387'],
    ['Biometric template: BT-5521-09', 'BT-5521-09'],
  ])('in %s', (text, value) => {
    expect(foundBy(biometricRefs, text)).toEqual([value]);
  });

  it.each([
    'print the form (PDF-2024) and sign it',
    'my print job (JOB-44120) failed',
    'biometric token pending',
    'fingerprint (not done)',
  ])('not in %s', (text) => {
    expect(foundBy(biometricRefs, text)).toEqual([]);
  });
});
