import { describe, expect, it } from 'vitest';
import { findingEponymSpans } from './finding-eponyms';

const found = (text: string) => findingEponymSpans(text).map(([s, e]) => text.slice(s, e));

describe("an examination's sign named after its describer, read as a finding", () => {
  it.each([
    ['Exam: Quarrow click positive on the left.', 'Quarrow click'],
    ['Gen: NAD. Ortolani clunk negative bilaterally', 'Ortolani clunk'],
    ['Tinel sign: positive at the wrist', 'Tinel sign'],
    ["Kehr's sign present", "Kehr's sign"],
    ['Hip: Barlow-Ortolani maneuver neg.', 'Barlow-Ortolani maneuver'],
  ])('finds %s', (text, phrase) => expect(found(text)).toEqual([phrase]));

  it('leaves a person who signs or clicks, and a sign without a finding', () => {
    expect(found('Please have Quarrow sign the consent')).toEqual([]);
    expect(found('Asked Quarrow click the link in the portal')).toEqual([]);
    expect(found('Quarrow sign language interpreter requested')).toEqual([]);
    expect(found('Tinel sign at the wrist')).toEqual([]);
  });
});
