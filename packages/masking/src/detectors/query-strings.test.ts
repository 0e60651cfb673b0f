import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('identifiers in query strings and FHIR searches', () => {
  it.each([
    ['GET /fhir/Patient?identifier=urn:oid:2.16.840.1.999|MR607353', 'MR607353', 'mrn'],
    ['Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|2616440873', '2616440873', 'license'],
    ['Encounter?subject:Patient.identifier=https://ids.example/mrn%7C194-447-231', '194-447-231', 'mrn'],
    ['ifNoneExist: identifier=V60038088', 'V60038088', 'mrn'],
    ['"GET /billing/statements?patient=572-561-962&include=coverage"', '572-561-962', 'mrn'],
    ['/api/labs?subjectId=HK44540097', 'HK44540097', 'mrn'],
  ] as const)('finds the identifier in %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps searches without a person identifier', () => {
    expectKept('Observation?code=http://loinc.org|2345-7&_count=50');
    expectKept(
      'Patient?identifier=urn:ietf:rfc:3986|urn:uuid:7593c56e-e333-4f6f-86bc-c52763060217',
      'urn:uuid:7593c56e-e333-4f6f-86bc-c52763060217',
    );
    expectKept('/fhir/Patient?patient=self&_format=json');
  });
});
