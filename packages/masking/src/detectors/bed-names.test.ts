import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { proseNames } from './prose-names';

// Synthetic values only.
describe("a handover line opening with the patient's name and bed", () => {
  it.each([
    ['Umeh in bed 7 — ok to give 1 mg PO', 'Umeh'],
    ['Haverkamp-Iwasaki in rm 26: NPO after midnight', 'Haverkamp-Iwasaki'],
  ])('%s', (text, name) => expect(foundBy(proseNames, text)).toContain(name));

  it.each(['Patient in bed 3 is NPO.', 'Nobody in room 4.', 'Pain in bed 2 worse.'])(
    'finds no name in %s',
    (text) => expect(foundBy(proseNames, text)).toEqual([]),
  );
});
