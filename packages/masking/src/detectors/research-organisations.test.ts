import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe("a research unit's name and a method's eponym", () => {
  it.each([
    ['Samples were sequenced at Greyfriars Genomics Core on a NovaSeq.', 'Greyfriars Genomics Core'],
    ['Monitoring visit by Harrowgate Clinical Research staff.', 'Harrowgate Clinical Research'],
    ['Causality by Naranjo algorithm: probable.', 'Naranjo'],
    ['Genotypes held Hardy-Weinberg equilibrium.', 'Hardy-Weinberg'],
  ])('survive: %s', (text, keep) => expectKept(text, keep));

  it('leaves a person named Core to the name detectors', () => {
    expectDetected('Seen by Dr. Core today.', 'Core', 'name');
  });
});
