/** EHR-vendor-like payloads of blind split 17: patient search, lookups, encounters, notes, orders. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, t } from '../fragment';
import { structuredResult, toolCall, toolResult } from './mcp';
import { clinician, firstName, fullName, lastName, middleName, nm, type Scene, scene, spell } from './people';
import { city, street, streetLine, unit, zip } from './places';
import {
  ageOf,
  date,
  dateTime,
  emailOf,
  mrnNo,
  npiNo,
  phoneExt,
  phoneNo,
  plusDays,
  recent,
  shortDate,
  stamp,
  udiNo,
} from './values';
import { deviceOf, drug, dx, eponymOf, labPhrase, org, procedure, uuidKeep, yearOf } from './vocab';

function patientRow(g: Gen, s: Scene): JsonTree {
  const p = s.pt;
  const h = s.home;
  return {
    id: uuidKeep(g),
    mrn: mrnNo(g),
    name: { given: g.chance(0.5) ? [firstName(p), middleName(p)] : [firstName(p)], family: lastName(p) },
    birthDate: date(g, p.dob, g.pick(['iso', 'iso', 'us'])),
    age: ageOf(p),
    sex: p.sex,
    phones: [
      { use: 'mobile', value: phoneNo(g) },
      ...(g.chance(0.4) ? [{ use: 'home', value: phoneNo(g) }] : []),
    ],
    email: g.chance(0.7) ? emailOf(g, p) : null,
    address: {
      line1: street(h),
      line2: h.unit ? unit(h) : null,
      city: city(h),
      state: h.state,
      postalCode: zip(h),
    },
    pcp: { display: clinician(g, s.doc), npi: npiNo(g) },
    lastVisit: date(g, recent(g), 'iso'),
    updatedAt: stamp(g),
  };
}

export function b17PatientSearch(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(1, 3) }, () => patientRow(g, scene(g)));
  const body = { total: rows.length, page: 1, pageSize: 25, patients: rows, apiVersion: '2024-09' };
  return toolResult(g, body);
}

export function b17PatientLookupArgs(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const typed = g.chance(0.4);
  const args: JsonTree = g.pick([
    () => ({
      first_name: nm(typed ? p.first.toLowerCase() : p.first, typed ? 'lower' : 'first'),
      last_name: nm(typed ? p.last.toLowerCase() : p.last, typed ? 'lower' : 'last'),
      dob: date(g, p.dob, g.pick(['iso', 'us', 'us_short', 'us_2digit'])),
      zip: zip(s.home),
    }),
    () => ({
      query: t`${fullName(g, p)} born ${date(g, p.dob)}`,
      include: ['demographics', 'coverage'],
      limit: 5,
    }),
    () => ({
      phone: phoneNo(g),
      lastName: lastName(p),
      match: 'fuzzy',
    }),
    () => ({
      filters: [
        { field: 'family', op: 'eq', value: lastName(p) },
        { field: 'birthdate', op: 'eq', value: date(g, p.dob, 'iso') },
        { field: 'address-city', op: 'eq', value: city(s.home) },
      ],
    }),
  ])();
  return toolCall(g, g.pick(['ehr_find_patient', 'patients.search', 'lookup_patient']), args);
}

const VISIT_TYPES = ['Office Visit', 'Telehealth', 'ED', 'Inpatient', 'Observation', 'Urgent Care'];
const COMPLAINTS = [
  'knee pain after fall',
  'sob worse x3 days',
  'f/u DM, med refill',
  'rash on legs',
  'dizziness on standing',
  'back pain radiating to L leg',
  'annual physical',
  'UTI sx',
];

export function b17EncounterList(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const encounters = Array.from({ length: g.int(2, 4) }, () => {
    const start = recent(g);
    const d = dx(g);
    const type = g.pick(VISIT_TYPES);
    return {
      encounter_id: `ENC${g.digits(9)}`,
      encounter_type: type,
      facility: org(g, type === 'Office Visit' || type === 'Telehealth' ? 'practice' : 'hospital'),
      admit_date: date(g, start, g.pick(['iso', 'us'])),
      discharge_date: type === 'Inpatient' ? date(g, plusDays(start, g.int(1, 9)), 'iso') : null,
      attending: clinician(g, g.chance(0.5) ? s.doc : scene(g).doc),
      chief_complaint: g.pick(COMPLAINTS),
      diagnoses: [{ code: d.code, description: d.text, primary: true }],
      status: g.pick(['finished', 'in-progress', 'cancelled']),
      last_modified: stamp(g),
    };
  });
  return toolResult(g, {
    patient: { mrn: mrnNo(g), name: fullName(g, p), dob: date(g, p.dob) },
    encounters,
    count: encounters.length,
  });
}

function hpi(g: Gen, s: Scene): Frag {
  const p = s.pt;
  const seen = recent(g);
  const kin = s.kin;
  return t`${g.pick(['Pt', 'Patient', 'pt'])} ${fullName(g, p, ['first_last', 'lower', 'first_mi_last'])} is a ${ageOf(p)} y/o ${p.sex === 'F' ? 'female' : 'male'} seen ${date(g, seen)} for ${g.pick(COMPLAINTS)}. Hx ${eponymOf(g)}, dx ${yearOf(g, 1998, 2022)}. Currently on ${drug(g, true)} and ${drug(g)}. Labs ${shortDate(g, plusDays(seen, -g.int(3, 20)))}: ${labPhrase(g)}, ${labPhrase(g)}. Lives at ${streetLine(s.home)} in ${city(s.home)} with ${p.sex === 'F' ? 'her' : 'his'} ${s.kinRelation} ${nm(spell(kin, g.pick(['first_last', 'first'] as const)), 'kin')} (${phoneExt(g)}). RTC ${shortDate(g, plusDays(seen, g.int(14, 90)))} w/ ${clinician(g, s.doc)}.`;
}

export function b17ClinicalNote(g: Gen): JsonTree {
  const s = scene(g);
  const note = {
    NoteID: g.int(10_000_000, 99_999_999),
    NoteType: g.pick(['Progress Note', 'H&P', 'Telephone Encounter', 'Consult Note']),
    Author: clinician(g, s.doc),
    AuthorNPI: npiNo(g),
    DateOfService: date(g, recent(g), g.pick(['us', 'iso'])),
    PatientMRN: mrnNo(g),
    NoteText: hpi(g, s),
    Addendum: g.chance(0.4)
      ? t`Addendum: spoke w/ ${s.kinRelation} ${nm(s.kin.first, 'first')} at ${phoneNo(g)}; agrees with plan.`
      : null,
    SignedAt: stamp(g),
    LastEditedBy: clinician(g, s.nurse),
  };
  return g.chance(0.5)
    ? toolResult(g, note)
    : structuredResult(g, t`Note ${String(note.NoteID)} for ${fullName(g, s.pt)}`, note);
}

export function b17OrderList(g: Gen): JsonTree {
  const s = scene(g);
  const placed = recent(g);
  const proc = procedure(g);
  const orders = [
    {
      orderType: 'medication',
      drug: drug(g, true),
      prescriber: clinician(g, s.doc),
      indication: dx(g).text,
      orderedOn: dateTime(g, placed),
    },
    {
      orderType: 'procedure',
      cpt: proc.code,
      description: proc.text,
      reason: t`${dx(g).code} - eval ${g.pick(['r/o', 'h/o', 'c/w'])} ${eponymOf(g)}`,
      scheduledFor: dateTime(g, plusDays(placed, g.int(1, 20))),
      performingSite: org(g, 'hospital'),
    },
    g.chance(0.5)
      ? {
          orderType: 'dme',
          item: deviceOf(g),
          udi: udiNo(g),
          deliverTo: t`${streetLine(s.home)}, ${city(s.home)}, ${s.home.state} ${zip(s.home)}`,
          contactPhone: phoneNo(g),
        }
      : {
          orderType: 'lab',
          panel: g.pick(['CMP', 'Lipid panel', 'CBC w/ diff', 'TSH reflex FT4']),
          collectOn: date(g, plusDays(placed, g.int(0, 7))),
          fasting: g.chance(0.5),
        },
  ];
  return toolResult(g, {
    patient_id: mrnNo(g),
    patient_name: fullName(g, s.pt, ['upper', 'last_comma_first']),
    orders,
    ordering_location: org(g, 'practice'),
    generated: stamp(g),
  });
}

export const EHR_DOCS = {
  b17PatientSearch,
  b17PatientLookupArgs,
  b17EncounterList,
  b17ClinicalNote,
  b17OrderList,
};
