import { describe, expect, it } from 'vitest';
import { textIsNamePart } from './name-part-text';

describe("a record's text as a name's part", () => {
  it("is a name's full text beside the name's other parts", () => {
    expect(textIsNamePart(['use', 'text', 'family', 'given'])).toBe(true);
    expect(textIsNamePart(['text', 'first_name', 'last_name'])).toBe(true);
  });

  it("is a note's body beside the patient, the author and dates", () => {
    expect(textIsNamePart(['noteId', 'noteType', 'patient', 'author', 'serviceDate', 'text', 'meta'])).toBe(
      false,
    );
    expect(textIsNamePart(['use', 'text', 'city', 'postalCode'])).toBe(false);
  });
});
