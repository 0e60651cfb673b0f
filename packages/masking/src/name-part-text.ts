/**
 * A record's "text" is a name only inside a name: a FHIR HumanName's "text" sits beside the
 * name's other parts ("family", "given", "prefix"), or under a name's key ("name": {"text": …}).
 * A record about a person that carries its own "text" beside "patient", "author" or a date (a
 * note's body in an EHR notes API, a message's text) holds free text, which detection reads.
 */
const NAME_PART_KEYS = new Set([
  'family',
  'given',
  'first',
  'last',
  'middle',
  'surname',
  'forename',
  'firstname',
  'lastname',
  'middlename',
  'givenname',
  'givennames',
  'familyname',
  'prefix',
  'suffix',
]);

/** Whether a "text" key's siblings make it a name's full text (the other keys of a name). */
export function textIsNamePart(siblings: readonly string[]): boolean {
  return siblings.some((s) => NAME_PART_KEYS.has(s.toLowerCase().replace(/[^a-z]/g, '')));
}
