/**
 * JSON documents of the third blind split: FHIR Coverage, RelatedPerson, Practitioner, Claim
 * and home-visit Location resources, a portal intake submission, a call-centre CRM case, a
 * remote-monitoring upload, an access-audit page and MCP tool results whose text blocks hold
 * JSON. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, type JsonTree, jsonText, keep, phi, type Span, t } from '../fragment';
import {
  type Address,
  account,
  address,
  bareSsn,
  biometric,
  birth,
  cardNumber,
  chatDate,
  code,
  DATE_FORMS,
  date,
  device,
  drivingLicence,
  drug,
  emailOf,
  eponym,
  full,
  healthNumber,
  ipv4,
  ipv6,
  lab,
  later,
  memberId,
  mrn,
  name,
  npi,
  oldAge,
  org,
  otherId,
  type Person,
  person,
  phoneFor,
  photo,
  plate,
  portalUrl,
  registration,
  serial,
  shortDate,
  ssn,
  stat,
  systemTime,
  usPhone,
  uuid,
  version,
  vin,
  visit,
  type Ymd,
  year,
  youngAge,
} from './values';
import { RELATIONS_B3 } from './vocab';

type Template = (g: Gen) => JsonTree;

const iso = (x: Ymd): Span => phi('date', DATE_FORMS.iso(x), 'iso');

/** A FHIR HumanName: family and given as their own strings. */
function humanName(p: Person, use = 'official'): JsonTree {
  return p.mononym
    ? { use, text: phi('name', p.given, 'mononym') }
    : { use, family: phi('name', p.family, 'family'), given: [phi('name', p.given, 'given')] };
}

function fhirAddress(a: Address): JsonTree {
  return {
    use: 'home',
    line: [a.street],
    city: a.town,
    state: a.region || undefined,
    postalCode: a.postcode,
    country: a.country,
  };
}

const coverage: Template = (g) => {
  const pt = person(g);
  const start = visit(g);
  return {
    resourceType: 'Coverage',
    id: uuid(g),
    meta: { lastUpdated: systemTime(g), versionId: keep('version', String(g.int(2, 9))) },
    status: 'active',
    identifier: [{ system: 'http://payer.example.org/member', value: memberId(g) }],
    subscriber: { reference: t`Patient/${otherId(g, 'fhir')}`, display: phi('name', full(pt)) },
    subscriberId: memberId(g),
    beneficiary: { reference: t`Patient/${otherId(g, 'fhir')}` },
    relationship: { coding: [{ code: 'self' }] },
    period: { start: iso(start), end: iso(later(start, 27)) },
    payor: [{ display: org(g) }],
    class: [{ type: { text: 'group' }, value: g.digits(6), name: 'Employer PPO 2025' }],
    costToBeneficiary: [{ type: { text: 'copay' }, valueMoney: { value: 25, currency: 'USD' } }],
  };
};

const relatedPerson: Template = (g) => {
  const rel = person(g);
  const a = address(g);
  return {
    resourceType: 'RelatedPerson',
    id: otherId(g, 'fhir'),
    patient: { reference: t`Patient/${otherId(g, 'fhir')}`, display: phi('name', full(person(g))) },
    relationship: [{ text: g.pick(RELATIONS_B3) }],
    name: [humanName(rel, 'usual')],
    telecom: [
      { system: 'phone', value: phoneFor(g, a.country), use: 'mobile' },
      { system: 'email', value: emailOf(g, rel) },
    ],
    gender: rel.sex === 'f' ? 'female' : 'male',
    birthDate: iso(birth(g)),
    address: [fhirAddress(a)],
    period: { start: iso(visit(g)) },
  };
};

const practitioner: Template = (g) => {
  const p = person(g);
  const a = address(g, 'US');
  return {
    resourceType: 'Practitioner',
    id: otherId(g, 'fhir'),
    identifier: [
      { system: 'http://hl7.org/fhir/sid/us-npi', value: npi(g) },
      {
        system: 'urn:oid:2.16.840.1.113883.4.814',
        value: phi('license', `${g.letters(2)}${g.digits(6)}`, 'state'),
      },
    ],
    name: [{ ...(humanName(p) as object), prefix: ['Dr'], suffix: [g.pick(['MD', 'DO', 'FACS'])] }],
    telecom: [
      { system: 'phone', value: usPhone(g), use: 'work' },
      { system: 'fax', value: usPhone(g, 'fax') },
    ],
    address: [{ ...(fhirAddress(a) as object), use: 'work' }],
    qualification: [{ code: { text: 'Board certified' }, issuer: { display: org(g) } }],
    photo: [{ contentType: 'image/jpeg', url: photo(g) }],
  };
};

const claim: Template = (g) => {
  const pt = person(g);
  const dos = visit(g);
  const acc = address(g, 'US');
  return {
    resourceType: 'Claim',
    id: otherId(g, 'claim'),
    status: 'active',
    use: 'claim',
    created: systemTime(g),
    patient: { reference: t`Patient/${otherId(g, 'fhir')}`, display: t`${name(g, pt)}` },
    billablePeriod: { start: iso(dos), end: iso(later(dos, 2)) },
    provider: { display: org(g) },
    insurance: [
      { sequence: 1, focal: true, identifier: { value: memberId(g) }, coverage: { display: org(g) } },
    ],
    accident: {
      date: iso(later(dos, 0)),
      locationAddress: { line: [acc.street], city: acc.town, state: acc.region, postalCode: acc.postcode },
    },
    diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { text: t`${code(g)}` } }],
    item: [
      { sequence: 1, productOrService: { text: t`${code(g)}` }, servicedDate: iso(dos) },
      { sequence: 2, productOrService: { text: t`${drug(g)}` } },
    ],
    supportingInfo: [
      {
        category: { text: 'patientreasonforvisit' },
        valueString: t`fell from ladder on ${shortDate(g, dos)}, ${eponym(g)}`,
      },
      { category: { text: 'vehicle' }, valueString: t`${year(g)} sedan VIN ${vin(g)}, plate ${plate(g)}` },
    ],
    total: { value: 18240.5, currency: 'USD' },
  };
};

const homeLocation: Template = (g) => {
  const pt = person(g);
  const a = address(g, g.pick(['US', 'AU', 'NZ'] as const));
  return {
    resourceType: 'Location',
    id: uuid(g),
    mode: 'instance',
    name: t`Home of ${name(g, pt)}`,
    description: t`Ground-floor unit, key safe code with ${g.pick(RELATIONS_B3)}; dog on premises. Patient ${oldAgeText(g)}.`,
    type: [{ text: 'Patient home' }],
    telecom: [{ system: 'phone', value: phoneFor(g, a.country) }],
    address: fhirAddress(a),
    position: { latitude: -36.8, longitude: 174.7 },
    managingOrganization: { display: org(g) },
    extension: [
      {
        url: 'http://example.org/fhir/gps-text',
        valueString: phi(
          'geo',
          `${g.int(-45, 47)}.${g.digits(5)}, ${g.int(-122, 176)}.${g.digits(5)}`,
          'gps',
        ),
      },
    ],
  };
};

function oldAgeText(g: Gen): Frag {
  const a = oldAge(g);
  return g.pick([
    t`is ${phi('age', String(a))}`,
    t`aged ${phi('age', String(a))}`,
    t`(${phi('age', String(a))} y/o)`,
  ]);
}

const intakeSubmission: Template = (g) => {
  const pt = person(g);
  const ec = person(g);
  const a = address(g);
  return {
    formId: uuid(g),
    submittedAt: systemTime(g),
    clientVersion: version(g),
    patient: {
      legal_name: phi('name', full(pt)),
      preferred_name: phi('name', pt.given, 'preferred'),
      date_of_birth: date(g, birth(g)),
      ssn: g.chance(0.5) ? bareSsn(g) : t`${ssn(g)}`,
      home_address: { street: a.street, city: a.town, region: a.region, postal: a.postcode },
      mobile: phoneFor(g, a.country),
      email: emailOf(g, pt),
      health_number: healthNumber(g, a.country),
      drivers_license: drivingLicence(g, pt),
    },
    emergency_contact: {
      name: phi('name', full(ec).toLowerCase(), 'lower'),
      relation: g.pick(RELATIONS_B3),
      phone: phoneFor(g, a.country),
    },
    reason_for_visit: t`${g.pick(['follow up', 'new pt', 'refill'])} - last seen ${chatDate(g, visit(g))}, taking ${drug(g)}`,
    preferred_pharmacy: org(g),
    payment: { card: cardNumber(g), billing_account: account(g) },
    parking_permit: { plate: plate(g) },
  };
};

const crmCase: Template = (g) => {
  const pt = person(g);
  const caller = person(g);
  return {
    caseNumber: otherId(g, 'case'),
    openedAt: systemTime(g),
    channel: 'phone',
    callerName: phi('name', full(caller)),
    callerRelation: g.pick(RELATIONS_B3),
    callbackNumber: usPhone(g),
    subject: t`${phi('name', full(pt).toLowerCase(), 'lower')} - refill ${drug(g)}`,
    notes: [
      t`caller says pt is ${phi('age', String(oldAge(g)))} and lives alone at ${address(g, 'US').street}`,
      t`dob given as ${chatDate(g, birth(g))}, mrn ${mrn(g)}`,
      t`pt last ${lab(g)}; pcp ${name(g, person(g))}`,
    ],
    recordingUrl: portalUrl(g),
    voiceAuth: t`${biometric(g)}`,
    agentWorkstation: ipv4(g),
  };
};

const monitoringUpload: Template = (g) => {
  const pt = person(g);
  return {
    device: {
      model: device(g),
      serial: serial(g),
      firmware: version(g),
      udi: t`(01)0088${g.digits(10)}(21)${serial(g)}`,
    },
    patient: {
      id: mrn(g),
      name: name(g, pt),
      age: t`${g.chance(0.5) ? phi('age', String(oldAge(g))) : youngAge(g)}`,
    },
    uploadedFrom: g.chance(0.5) ? ipv4(g) : ipv6(g),
    uploadedAt: systemTime(g),
    readings: [lab(g), lab(g)],
    alerts: [t`${eponym(g)} suspected, clinic notified ${shortDate(g, visit(g))}`],
    site: org(g),
    stats: stat(g),
  };
};

const auditPage: Template = (g) => {
  const events: JsonTree[] = [];
  for (let i = 0, n = g.int(2, 4); i < n; i++) {
    const user = person(g);
    events.push({
      eventId: uuid(g),
      at: systemTime(g),
      actor: {
        display: phi('name', full(user)),
        login: phi(
          'name',
          `${(user.given[0] ?? 'x').toLowerCase()}${(user.family || user.given).toLowerCase().replace(/[^a-z]/g, '')}`,
          'login',
        ),
      },
      action: g.pick(['read', 'print', 'export']),
      patient: { mrn: mrn(g), name: phi('name', full(person(g)).toUpperCase()) },
      source: { ip: g.chance(0.6) ? ipv4(g) : ipv6(g), app: version(g) },
    });
  }
  return { page: 1, pageSize: 50, events };
};

/** An MCP tool result whose text block is a JSON record. */
const toolResult: Template = (g) => {
  const pt = person(g);
  const a = address(g);
  const record: JsonTree = {
    patient_name: phi('name', full(pt)),
    dob: date(g, birth(g)),
    mrn: mrn(g),
    address: a.line,
    phone: phoneFor(g, a.country),
    plan: healthNumber(g, a.country),
    age: t`${g.chance(0.5) ? phi('age', String(oldAge(g))) : youngAge(g)}`,
    problems: [t`${code(g)}`, eponym(g)],
    meds: [drug(g)],
    portal: portalUrl(g),
    registered_by: t`${registration(g)}`,
  };
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      content: [
        { type: 'text', text: jsonText(record, g.chance(0.5) ? 2 : 0) },
        { type: 'text', text: t`Record fetched from ${org(g)} at ${systemTime(g)}` },
      ],
      isError: false,
    },
  };
};

export const BLIND3_JSON_DOCS: Record<string, Template> = {
  b3FhirCoverage: coverage,
  b3FhirRelatedPerson: relatedPerson,
  b3FhirPractitioner: practitioner,
  b3FhirClaim: claim,
  b3FhirHomeLocation: homeLocation,
  b3IntakeSubmission: intakeSubmission,
  b3CrmCase: crmCase,
  b3MonitoringUpload: monitoringUpload,
  b3AuditPage: auditPage,
  b3ToolResult: toolResult,
};
