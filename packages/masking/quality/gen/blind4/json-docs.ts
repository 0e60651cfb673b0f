/**
 * JSON documents of blind split 4: an EMS electronic patient care record, a pharmacy refill
 * queue item with its prior authorisation, and a home-health scheduling record (the same shapes
 * are also written as JSON text by `text-docs.ts`). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, type JsonTree, keep, phi, t } from '../fragment';
import { address } from './addresses';
import { birthDay, date, dateTime, day, stamp, time } from './dates';
import {
  account,
  biometric,
  caseNumber,
  dea,
  deviceSerial,
  email,
  fax,
  healthPlan,
  ipv4,
  ipv6,
  mrn,
  nationalId,
  npi,
  phone,
  photo,
  plate,
  vin,
} from './identifiers';
import { clinician, familySpan, givenSpan, kinWord, nameSpan, type Person, person, relative } from './people';
import {
  bareCode,
  code,
  DEVICES,
  DRUGS,
  device,
  drug,
  EPONYMS,
  eponym,
  lab,
  org,
  uuid,
  version,
} from './vocab';

type Template = (g: Gen) => JsonTree;

export function epcrRecord(g: Gen): JsonTree {
  const p = person(g);
  const scene = address(g, 0.7);
  const medic = clinician(g, 'EMT-P');
  return {
    resourceType: 'PatientCareRecord',
    id: uuid(g),
    schemaVersion: version(g),
    incident: {
      number: caseNumber(g),
      unit: `M${g.int(1, 40)}`,
      dispatched: dateTime(g),
      receivedAt: stamp(g),
    },
    patient: {
      name: { given: givenSpan(p), family: familySpan(p) },
      dob: date(g, birthDay(g), ['iso', 'compact', 'mdy-slash']),
      age: g.chance(0.4) ? phi('age', String(g.int(90, 103))) : keep('age_under_90', String(g.int(18, 89))),
      homePhone: phone(g, p.culture),
      nationalId: nationalId(g, p.culture),
      biometricLogin: biometric(g),
    },
    scene: {
      street: phi('street_address', scene.street.join(', ')),
      city: scene.geo.length ? phi('geo', scene.geo[scene.geo.length - 1] as string) : null,
      postalCode: phi('zip', scene.zip),
      vehicle: g.chance(0.5) ? { vin: vin(g), plate: plate(g) } : null,
    },
    vitals: [lab(g), lab(g), lab(g)],
    gcs: t`${eponym(g, EPONYMS.neuro)} ${g.int(3, 15)}`,
    medications: [drug(g, DRUGS.ems), drug(g, DRUGS.ems)],
    monitor: device(g, DEVICES.ems),
    patientDevice: { model: device(g, DEVICES.diabetes), serial: deviceSerial(g) },
    destination: org(g, g.pick(['us', 'za', 'ng', 'my'])),
    crew: [
      { name: nameSpan(medic.person), role: 'EMT-P' },
      { name: nameSpan(person(g)), role: 'EMT' },
    ],
    narrative: t`Pt ${nameSpan(p)} found by ${nameSpan(relative(g, p))} at ${time(g)}; ${code(g, 'ICD-10')}.`,
  };
}

function pickUpNote(g: Gen, p: Person): Frag {
  const kin = relative(g, p);
  return t`Pt's ${kinWord(g, kin, ['daughter', 'wife'], ['son', 'husband'])} ${nameSpan(kin)} will pick up; ${lab(g)}.`;
}

export function refillQueueItem(g: Gen): JsonTree {
  const p = person(g);
  const prescriber = clinician(g, g.pick(['MD', 'NP', 'DO']));
  return {
    queueItemId: uuid(g),
    created: stamp(g),
    patient: {
      displayName: nameSpan(p),
      birthDate: date(g, birthDay(g), ['iso', 'mdy-slash']),
      mrn: mrn(g),
      phone: phone(g, p.culture),
      email: email(g, p),
      photoRef: photo(g, p),
    },
    coverage: {
      payer: org(g, g.pick(['payer', 'ph', 'de'])),
      memberId: healthPlan(g, p.culture),
      rxAccount: account(g),
    },
    request: {
      medication: drug(g, DRUGS.pharmacy),
      lastFilled: date(g, day(g, 2025, 2026)),
      diagnosis: bareCode(g, 'ICD-10'),
      priorAuth: { ref: caseNumber(g), status: g.pick(['pending', 'approved', 'denied']) },
      note: pickUpNote(g, p),
    },
    prescriber: { name: nameSpan(prescriber.person), npi: npi(g), dea: dea(g), fax: fax(g) },
    audit: { clientIp: g.chance(0.7) ? ipv4(g) : ipv6(g), app: t`refill-bot ${version(g)}` },
  };
}

export const BLIND4_JSON_DOCS: Record<string, Template> = {
  emsPatientCareRecord: epcrRecord,
  pharmacyRefillQueue: refillQueueItem,
};
