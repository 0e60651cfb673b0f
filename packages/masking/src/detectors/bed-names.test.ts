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

describe("a handover line opening with the bed, then the patient's family and given name", () => {
  it.each([
    ['Rm 254 — Quenby, Marisol (MQ), 93-year-old', 'Quenby, Marisol'],
    ['Bed 12B: Quarrow, Ostrid, aged 91', 'Quarrow, Ostrid'],
  ])('%s', (text, name) => expect(foundBy(proseNames, text)).toContain(name));

  it.each(['Rm 4 — Stable, afebrile overnight', 'Bed 3: Pain, nausea improved'])(
    'finds no name in %s',
    (text) => expect(foundBy(proseNames, text)).toEqual([]),
  );
});
