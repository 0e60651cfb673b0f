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
    expectKept(
      'Observation?patient=0c7e1a52-9b3d-4f8e-a1c6-5d2e8f0b7a94&_count=50',
      '0c7e1a52-9b3d-4f8e-a1c6-5d2e8f0b7a94',
    );
  });
});

describe('query parameters the key rules know', () => {
  it.each([
    ['"GET /find?last_name=Orlay&first_name=Benedikt&dob=1951-04-12 HTTP/1.1" 200', 'Orlay', 'name'],
    ['"GET /find?last_name=van+der+Orlay&page=2 HTTP/1.1"', 'van+der+Orlay', 'name'],
    ['/lookup?name=de la Orlay, Benedikt&mrn=44120993', 'de la Orlay, Benedikt', 'name'],
    ['/api/people?q=Benedikt+Orlay&birthdate=04%2F12%2F1951', 'Benedikt+Orlay', 'name'],
    ['/route?city=Harrowmere&mode=car', 'Harrowmere', 'geo'],
  ] as const)('finds the value in %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps parameters that name no identifier, and a search beside no person field', () => {
    expectKept('/search?q=Heart+Failure&page=2&sort=date');
    expectKept('/find?last_name=&first_name=&page=3');
    expectKept('/docs?topic=Getting+Started&lang=en');
  });
});

describe('a FHIR token written alone', () => {
  it.each([
    ['urn:mrn|HX4831983', 'HX4831983', 'mrn'],
    ['http://hl7.org/fhir/sid/us-npi|1234567893', '1234567893', 'license'],
    ['https://hospital.example/sid/member|W93164222', 'W93164222', 'health_plan'],
  ] as const)('finds the identifier in %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps a code token and a sentence with a bar', () => {
    expectKept('http://loinc.org|4548-4');
    expectKept('http://hl7.org/fhir/sid/cvx|207', '207');
    expectKept('http://terminology.hl7.org/CodeSystem/v2-0203|MR7');
    expectKept('http://snomed.info/sct|active');
    expectKept('see urn:mrn|HX4831983 in the note', 'see');
  });
});

describe('FHIR search dates with a comparison prefix', () => {
  it.each([
    ['GET /r4/Observation?patient=example&date=ge2024-12-26&_sort=-date', '2024-12-26'],
    ['GET /r4/Patient?birthdate=lt1950-01-02', '1950-01-02'],
    ['/Encounter?subject=x&date=le2023-03-04T08:30:00Z&_count=5', '2023-03-04T08:30:00Z'],
  ])('finds the date in %s', (text, value) => expectDetected(text, value, 'date'));

  it("keeps the server's own bookkeeping and a year alone", () => {
    expectKept('GET /r4/Patient?_lastUpdated=gt2024-12-26T00:00:00Z', '2024-12-26T00:00:00Z');
    expectKept('GET /r4/Observation?date=ge2024&code=1234-5', 'ge2024');
  });
});

describe('a name searched on a person resource', () => {
  it.each([
    ['GET /r4/Patient?name=orvenna%20quellwyn&_count=5', 'orvenna%20quellwyn'],
    ['GET /r4/Patient?family=quellwyn&given=orvenna', 'quellwyn'],
    ['GET /r4/Practitioner?name=Quellwyn', 'Quellwyn'],
  ])('finds the name in %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps a name searched on another resource', () =>
    expectKept('GET /r4/Medication?name=aspirin&_count=5', 'aspirin'));
});

describe("a parameter's value with decoded blanks", () => {
  it('takes capitalized words running to the line end as the whole value', () =>
    expectDetected(
      'GET /Patient?birthdate=ge1968-11-27&address-city=New%20Quillmoor\n<- 200 OK  Bundle/searchset',
      'New%20Quillmoor',
      'geo',
    ));

  it('ends a value at a blank before words in lower case', () =>
    expectKept('see /find?city=Springfield for details', 'for details'));
});
