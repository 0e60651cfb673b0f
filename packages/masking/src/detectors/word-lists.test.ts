import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('device models in the keep vocabulary', () => {
  it.each([
    ['TECHNIQUE: Helical CT on Sigma Spectrum following contrast.', 'Sigma Spectrum'],
    ['Scanned on the Somatom Force', 'Somatom'],
    ['Pt uses AirSense 11 nightly', 'AirSense'],
    ['Micra leadless pacemaker in situ', 'Micra'],
    ['Lifepak 15 attached, Zoll pads on', 'Zoll'],
    ['Inhalers: Spiriva 18 mcg; rescue Breztri Aerosphere.', 'Breztri Aerosphere'],
    ['a Zio AT 14-day patch was placed', 'Zio AT'],
    ['Cont Toujeo Max 40 units qhs', 'Toujeo Max'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it('still finds the person beside a device', () =>
    expectDetected('Seen by Dr. Ann Roe with the Lifepak 15', 'Ann Roe', 'name'));
});
