import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('a device named after its owner', () => {
  it.each([
    ['Zorvath’s Galaxy Watch6', 'Zorvath'],
    ["Tamsin Quellwood's iPhone (2)", 'Tamsin Quellwood'],
    ["sourceName: Delvane's iPad", 'Delvane'],
    ['Winifreds Pixel Watch 2', 'Winifred'],
  ])('%s', (text, name) => {
    expectDetected(text, name, 'name');
  });

  it.each([
    ["Apple's iPhone 15 Pro"],
    ["the Patient's Phone"],
    ["Today's Watch list"],
    ['Zorvath’s Galaxy Watch6', 'Galaxy Watch6'],
    ['Quellwood’s notebook'],
    ['Others Watch this'],
    ['Quellwoods iPhone'],
  ])('%s stays', (text, keep = text) => {
    expectKept(text, keep);
  });
});
