/** Pharmacy, immunization, device, audit and referral records of blind split 17. */
import type { Gen } from '../context';
import { type JsonTree, keep, phi, t } from '../fragment';
import { structuredResult, toolResult } from './mcp';
import {
  clinician,
  firstName,
  fullName,
  handle,
  lastName,
  middleName,
  nm,
  scene,
  spell,
  who,
} from './people';
import { city, county, place, street, streetLine, unit, zip } from './places';
import {
  ageOf,
  date,
  dateTime,
  deaNo,
  emailOf,
  imeiNo,
  ipNo,
  mrnNo,
  npiNo,
  phoneExt,
  phoneNo,
  plusDays,
  portalUrl,
  recent,
  rxNo,
  serialNo,
  shortDate,
  ssnNo,
  stamp,
} from './values';
import {
  deviceOf,
  drug,
  drugParts,
  dx,
  eponymOf,
  ndc,
  org,
  uuidKeep,
  vaccine,
  versionOf,
  yearOf,
} from './vocab';

export function b17PharmacyFills(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const store = place(g);
  const regular = { who: s.doc, npi: npiNo(g), dea: deaNo(g, s.doc) };
  const fills = Array.from({ length: g.int(2, 4) }, () => {
    const d = drugParts(g);
    const other = who(g, 30, 70);
    const prescriber = g.chance(0.6) ? regular : { who: other, npi: npiNo(g), dea: deaNo(g, other) };
    return {
      rx_number: rxNo(g),
      drug_name: d.name,
      strength: d.strength,
      ndc: ndc(g),
      qty: g.pick([30, 60, 90, 28]),
      days_supply: g.pick([30, 90]),
      fill_date: date(g, recent(g), g.pick(['iso', 'us'])),
      refills_left: g.int(0, 5),
      prescriber: {
        name: nm(spell(prescriber.who, 'last_comma_first'), 'last_comma_first'),
        npi: prescriber.npi,
        dea: prescriber.dea,
      },
      sig: g.pick([
        'TAKE 1 TABLET BY MOUTH DAILY',
        'INJECT 0.5ML SUBCUTANEOUSLY ONCE WEEKLY',
        'TAKE 1 CAPSULE TWICE DAILY WITH FOOD',
      ]),
    };
  });
  return toolResult(g, {
    pharmacy: {
      name: org(g, 'pharmacy'),
      store: `#${g.digits(5)}`,
      address: t`${street(store)}, ${city(store)}, ${store.state} ${zip(store)}`,
      phone: phoneNo(g),
      fax: phoneNo(g, 'fax'),
    },
    patient: {
      name: fullName(g, p, ['upper', 'last_comma_first']),
      dob: date(g, p.dob, 'us'),
      phone: phoneNo(g),
      address: t`${streetLine(s.home)} ${city(s.home)} ${s.home.state}`,
    },
    fills,
    retrievedAt: stamp(g),
  });
}

export function b17ImmunizationRecord(g: Gen): JsonTree {
  const s = scene(g);
  const child = g.chance(0.4);
  const p = child ? who(g, 1, 17) : s.pt;
  const mother = who(g, 20, 50);
  const doses = Array.from({ length: g.int(1, 4) }, () => {
    const v = vaccine(g);
    return {
      vaccine: v.name,
      cvx: v.cvx,
      manufacturer: v.maker,
      lot: `${g.letters(2)}${g.digits(4)}`,
      administered: date(g, plusDays(recent(g), -g.int(0, 700)), g.pick(['iso', 'compact', 'us'])),
      site: g.pick(['LD', 'RD', 'LT', 'RT']),
      administeredBy: nm(
        spell(who(g, 24, 60), g.pick(['first_last', 'initial_last'] as const)),
        'vaccinator',
      ),
      facility: org(g, g.pick(['practice', 'pharmacy'] as const)),
    };
  });
  return toolResult(g, {
    registry: `${s.home.state}-IIS`,
    clientId: keep('uuid', g.f.string.uuid()),
    patient: {
      registryId: phi('other_id', g.digits(9), 'registry'),
      lastName: lastName(p),
      firstName: firstName(p),
      middleName: g.chance(0.5) ? middleName(p) : '',
      birthDate: date(g, p.dob, 'compact'),
      age: ageOf(p),
      mothersMaidenName: child ? lastName(mother) : null,
      guardian: child ? fullName(g, mother) : null,
      address: {
        street: streetLine(s.home),
        city: city(s.home),
        county: county(s.home),
        state: s.home.state,
        zip: zip(s.home),
      },
      phone: phoneNo(g),
    },
    doses,
    forecast: g.chance(0.5)
      ? { next: vaccine(g).name, due: date(g, plusDays(recent(g), g.int(30, 300)), 'iso') }
      : null,
    queriedAt: stamp(g),
  });
}

export function b17RpmReadings(g: Gen): JsonTree {
  const s = scene(g);
  const device = deviceOf(g);
  const readings = Array.from({ length: g.int(2, 5) }, () =>
    g.pick([
      () => ({
        metric: 'blood_pressure',
        value: keep('lab_value', `${g.int(104, 178)}/${g.int(60, 104)} mmHg`),
        pulse: g.int(52, 110),
      }),
      () => ({
        metric: 'weight',
        value: keep('lab_value', `${(g.f.number.float({ min: 48, max: 160 })).toFixed(1)} kg`),
      }),
      () => ({
        metric: 'glucose',
        value: keep('lab_value', `${g.int(68, 340)} mg/dL`),
        context: g.pick(['fasting', 'post-meal']),
      }),
      () => ({ metric: 'spo2', value: keep('lab_value', `${g.int(86, 99)}%`) }),
    ])(),
  ).map((r) => ({ ...r, receivedAt: stamp(g) }));
  return toolResult(g, {
    patientId: mrnNo(g),
    patientName: g.chance(0.6) ? fullName(g, s.pt) : undefined,
    enrolledBy: clinician(g, s.doc),
    device: { model: device, serial: g.chance(0.5) ? serialNo(g) : imeiNo(g), firmware: versionOf(g) },
    billing: {
      cpt: ['99453', '99490'].map((c) => keep('clinical_code', c, 'CPT')),
      daysWithReadings: g.int(8, 30),
    },
    readings,
    alert: g.chance(0.4)
      ? t`Out of range for ${nm(spell(s.pt, 'first'), 'first')}: nurse ${nm(s.nurse.last, 'last')} to call ${phoneNo(g)}`
      : null,
  });
}

const ACTIONS = ['LOGIN', 'VIEW_RESULTS', 'DOWNLOAD_CCD', 'SEND_MESSAGE', 'PROXY_SWITCH', 'PAY_BILL'];

export function b17PortalAuditLog(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const p = who(g);
    return {
      event_time: stamp(g),
      event_id: uuidKeep(g),
      action: g.pick(ACTIONS),
      portal_user: g.chance(0.5) ? emailOf(g, p) : handle(g, p),
      patient_mrn: mrnNo(g),
      client_ip: ipNo(g),
      user_agent: t`MyHealthApp/${versionOf(g)} (Android 14)`,
      resource: g.chance(0.4) ? portalUrl(g, 'portal.corewell-dearborn.example') : null,
      outcome: g.pick(['success', 'success', 'denied']),
    };
  });
  return g.chance(0.5)
    ? toolResult(g, { rows, row_count: rows.length, query_ms: g.int(3, 90) })
    : structuredResult(g, `${rows.length} audit rows`, { rows });
}

export function b17ReferralOrder(g: Gen): JsonTree {
  const s = scene(g);
  const to = who(g, 32, 70);
  const d = dx(g);
  const sent = recent(g);
  return toolResult(g, {
    referral: {
      id: `REF-${g.digits(7)}`,
      status: g.pick(['sent', 'accepted', 'scheduled', 'pending-records']),
      priority: g.pick(['routine', 'urgent']),
      patient: {
        name: fullName(g, s.pt),
        dob: date(g, s.pt.dob),
        mrn: mrnNo(g),
        phone: phoneExt(g),
        preferredLanguage: g.pick(['English', 'Spanish', 'Vietnamese', 'Korean']),
      },
      from: {
        provider: clinician(g, s.doc),
        npi: npiNo(g),
        practice: org(g, 'practice'),
        fax: phoneNo(g, 'fax'),
      },
      to: {
        provider: clinician(g, to),
        npi: npiNo(g),
        specialty: g.pick(['Orthopedics', 'Cardiology', 'GI', 'Pulmonology']),
        phone: phoneExt(g),
        fax: phoneNo(g, 'fax'),
      },
      diagnosis: { code: d.code, text: d.text },
      reason: t`${g.pick(['Please eval', 'Eval and treat', 'Consult re'])} ${eponymOf(g)}; ${g.pick(['failed', 'on'])} ${drug(g, true)}. Pt's ${s.kinRelation} ${nm(spell(s.kin, 'first_last'), 'kin')} handles scheduling. Seen here ${shortDate(g, plusDays(sent, -g.int(1, 20)))}.`,
      sentOn: date(g, sent, 'iso'),
      appointment: g.chance(0.4) ? dateTime(g, plusDays(sent, g.int(5, 40))) : null,
    },
  });
}

export function b17IntakeKeyValues(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const h = s.home;
  const employer = g.pick([
    'Amazon Fulfillment',
    'Walmart Supercenter',
    'Tyson Foods',
    'self-employed',
    'retired',
    'Dearborn Public Schools',
  ]);
  const fields: [string, JsonTree][] = [
    ['Legal name', fullName(g, p, ['first_mi_last', 'first_last'])],
    ['Preferred name', nm(spell(p, 'nick'), 'nick')],
    ['Date of birth', date(g, p.dob, g.pick(['us', 'us_short', 'month_d_yyyy']))],
    ['Age', ageOf(p)],
    ['Address line 1', street(h)],
    ['Address line 2', h.unit ? unit(h) : ''],
    ['City', city(h)],
    ['ZIP', zip(h)],
    ['Cell', phoneNo(g)],
    ['Email', emailOf(g, p)],
    ['SSN', g.chance(0.5) ? ssnNo(g) : ''],
    ['Employer', employer],
    ['Emergency contact', t`${nm(spell(s.kin, 'first_last'), 'kin')} (${s.kinRelation}) ${phoneNo(g)}`],
    ['Smoker since', g.chance(0.5) ? yearOf(g, 1970, 2015) : 'never'],
    ['Current meds', t`${drug(g, true)}; ${drug(g)}`],
    ['Allergies', g.pick(['NKDA', 'PCN - hives', 'sulfa', 'latex'])],
    ['Reason for visit', g.pick(['knee pain', 'new patient physical', 'sugar high', 'cough x2 wks'])],
  ];
  const pick = g.chance(0.5);
  const answers = fields.map(([label, value]) =>
    pick ? { label, value } : { key: label.toLowerCase().replace(/ /g, '_'), val: value },
  );
  return toolResult(g, {
    formId: `intake-v${g.int(2, 7)}`,
    submittedAt: stamp(g),
    answers,
  });
}

export const RECORD_DOCS = {
  b17PharmacyFills,
  b17ImmunizationRecord,
  b17RpmReadings,
  b17PortalAuditLog,
  b17ReferralOrder,
  b17IntakeKeyValues,
};
