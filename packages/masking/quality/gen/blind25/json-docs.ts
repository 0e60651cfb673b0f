/**
 * JSON documents of blind split 25: agency software exports, scheduling and EVV APIs, referral
 * platforms, crisis-line and protective-services case systems, SUD programme records and
 * guardianship registries, as post-acute, home and behavioural care tools return them.
 * SYNTHETIC DATA ONLY.
 */
import { ageSpan, cast } from '../cast';
import type { Gen } from '../context';
import { addDays, formatDate, isoDate, recentDate } from '../dates';
import { type JsonTree, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  email,
  ipValue,
  ipv4Value,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  otherIdValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssnValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { systemTimestamp, uuid, version, yearAlone } from '../keep-vocab';
import { person } from '../people';
import { code, dev, dose, epoPsy, gateCode, moud, org, score, screen, stat } from './text-docs';

type Template = (g: Gen) => JsonTree;

const fullName = (p: { first: string; last: string }) => phi('name', `${p.first} ${p.last}`, 'full');
const lastFirst = (p: { first: string; last: string }) => phi('name', `${p.last}, ${p.first}`, 'last_first');

const hhScheduleApi: Template = (g) => {
  const aide = person(g);
  return {
    data: {
      caregiver: {
        caregiverId: phi('other_id', `CG-${g.digits(6)}`, 'employee'),
        firstName: phi('name', aide.first, 'first'),
        lastName: phi('name', aide.last, 'last'),
        mobile: phoneValue(g),
        email: email(g, aide.first, aide.last),
      },
      visits: Array.from({ length: g.int(2, 3) }, () => {
        const c = cast(g);
        return {
          visitId: uuid(g),
          scheduledStart: systemTimestamp(g),
          serviceCode: code(g),
          client: {
            name: lastFirst(c.pt),
            dob: isoDate(c.pt.dob),
            medicaidId: memberIdValue(g),
            address1: c.addr.street,
            city: c.addr.city,
            state: c.addr.state,
            postalCode: c.addr.zip,
            entryInstructions: t`gate ${gateCode(g)}; park on street, not in ${c.relation}'s spot`,
          },
          tasks: ['bathing', 'toileting', 'meal prep'],
          equipment: dev(g),
        };
      }),
    },
    meta: { apiVersion: version(g), agency: org(g) },
  };
};

const evvPunch: Template = (g) => {
  const c = cast(g);
  const aide = person(g);
  return {
    punch_id: uuid(g),
    type: g.pick(['CLOCK_IN', 'CLOCK_OUT']),
    ts: systemTimestamp(g),
    worker: { name: fullName(aide), npi: npiValue(g), badge: phi('other_id', g.digits(6), 'badge') },
    member: { name: fullName(c.pt), member_id: memberIdValue(g), dob: formatDate(g, c.pt.dob, 'us') },
    location: {
      line: c.addr.street,
      city: c.addr.city,
      zip: c.addr.zip,
      gps: phi('geo', `${g.int(30, 45)}.${g.digits(5)},-${g.int(75, 120)}.${g.digits(5)}`, 'gps'),
    },
    verification: {
      method: g.pick(['voice', 'face', 'fob']),
      voiceprint_ref: biometricValue(g),
      selfie: photoFile(g, c.pt.last),
      device_imei: phi('device', `${g.digits(2)}-${g.digits(6)}-${g.digits(6)}-${g.digits(1)}`, 'imei'),
      client_ip: ipValue(g),
    },
    app: { name: org(g), build: version(g) },
  };
};

const referralPlatform: Template = (g) => {
  const c = cast(g);
  const cm = person(g);
  return {
    referral: {
      id: otherIdValue(g),
      created_at: systemTimestamp(g),
      status: g.pick(['pending', 'accepted', 'needs_action']),
      service_type: g.pick(['Food Assistance', 'Housing', 'Transportation', 'Utilities']),
      sdoh_codes: [code(g), code(g)],
      sending_org: org(g),
      receiving_org: org(g),
      sender: { name: fullName(cm), email: email(g, cm.first, cm.last), phone: phoneValue(g) },
      person: {
        first_name: phi('name', c.pt.first, 'first'),
        last_name: phi('name', c.pt.last, 'last'),
        date_of_birth: isoDate(c.pt.dob),
        age: ageSpan(g, c),
        household_size: g.int(1, 7),
        phone_numbers: [{ number: phoneValue(g), type: 'mobile', ok_to_text: true }],
        address: { line_1: c.addr.street, city: c.addr.city, county: c.addr.county, zip: c.addr.zip },
      },
      description: t`Needs pantry delivery; pick-up for bus voucher at ${org(g)}. Contact ${c.relation} ${fullName(c.relative)} if no answer.`,
      attachments: [{ file: photoFile(g, c.pt.last), url: urlValue(g, c.pt.last) }],
    },
  };
};

const mdsExport: Template = (g) => {
  const c = cast(g);
  return {
    FILE_INFO: { SOFTWARE: org(g), VER: version(g), CREATED: systemTimestamp(g) },
    ASMT: {
      A0310A: '02',
      A0500A_FIRST: phi('name', c.pt.first.toUpperCase(), 'first'),
      A0500C_LAST: phi('name', c.pt.last.toUpperCase(), 'last'),
      A0600A_SSN: ssnValue(g),
      A0600B_MCARE: mbiValue(g),
      A0900_BIRTH_DT: phi('date', c.pt.dob.toISOString().slice(0, 10).replaceAll('-', ''), 'compact'),
      A1600_ENTRY_DT: phi('date', c.admit.toISOString().slice(0, 10).replaceAll('-', ''), 'compact'),
      A2300_ASMT_REF_DT: phi(
        'date',
        addDays(c.admit, 7).toISOString().slice(0, 10).replaceAll('-', ''),
        'compact',
      ),
      FAC_RES_ID: mrnValue(g),
      C0500_BIMS: score(g),
      D0300: score(g),
      I8000A: code(g),
      N0415: dose(g),
      O0110: dev(g),
      Z0400_SIGNER: fullName(person(g)),
    },
  };
};

const sudEpisode: Template = (g) => {
  const c = cast(g);
  const counselor = person(g);
  const sponsor = person(g);
  return {
    clientId: mrnValue(g),
    name: { given: phi('name', c.pt.first, 'first'), family: phi('name', c.pt.last, 'last') },
    birthDate: isoDate(c.pt.dob),
    levelOfCare: g.pick(['ASAM 1.0', 'ASAM 2.1', 'ASAM 3.5', 'OTP']),
    program: org(g),
    admitted: isoDate(c.admit),
    diagnoses: [code(g), code(g)],
    medication: {
      order: moud(g),
      prescriberDEA: deaValue(g, c.attending.last),
      prescriber: fullName(c.attending),
    },
    counselor: { name: fullName(counselor), credential: g.pick(['CADC', 'LCADC', 'CAC-AD']) },
    recoverySupports: { sponsor: fullName(sponsor), sponsorPhone: phoneValue(g), homeGroup: org(g) },
    drugScreens: Array.from({ length: g.int(2, 4) }, () => ({
      collected: formatDate(g, recentDate(g)),
      result: screen(g),
      panel: g.pick(['12-panel cup', 'EtG/EtS', 'oral fluid']),
      observed: g.chance(0.5),
    })),
    courtOrdered: { docket: otherIdValue(g), officer: fullName(person(g)), officerFax: phoneValue(g, 'fax') },
    part2Consent: { signed: formatDate(g, c.admit), expires: yearAlone(g) },
  };
};

const crisisCall: Template = (g) => {
  const c = cast(g);
  return {
    call: {
      id: uuid(g),
      received: systemTimestamp(g),
      line: org(g),
      ani: phoneValue(g),
      ani_location: { city: c.addr.city, zip: c.addr.zip },
      chat_ip: ipv4Value(g, [24, 67, 71, 98, 172]),
    },
    caller: { first_name: phi('name', c.pt.first, 'first'), age: ageSpan(g, c), relationship: 'self' },
    risk: { cssrs: g.pick(['low', 'moderate', 'high']), score: score(g), means: dose(g) },
    disposition: {
      outcome: g.pick(['mobile crisis dispatched', 'safety plan', 'EMS']),
      responder_unit: plateValue(g),
      notes: t`Caller at ${c.addr.street}; ${c.relation} ${fullName(c.relative)} (${phoneValue(g)}) en route.`,
    },
    metrics: stat(g),
  };
};

const apsCase: Template = (g) => {
  const c = cast(g);
  const alleged = person(g);
  return {
    caseNumber: otherIdValue(g),
    intakeDate: formatDate(g, recentDate(g)),
    client: {
      name: lastFirst(c.pt),
      ssn: ssnValue(g),
      age: ageSpan(g, c),
      residence: c.addr.street,
      city: c.addr.city,
      zip: c.addr.zip,
      medicare: mbiValue(g),
    },
    allegedPerpetrator: {
      name: fullName(alleged),
      relationship: c.relation,
      dob: isoDate(alleged.dob),
      driversLicense: driversLicenseValue(g),
      vehicleVin: vinValue(g),
    },
    allegations: [
      { type: 'financial_exploitation', detail: t`withdrawals from acct ${accountValue(g)}` },
      { type: 'neglect', detail: t`${score(g)}; no ${dev(g)} in home` },
    ],
    evidence: [photoFile(g, c.pt.last), photoFile(g, c.pt.last)],
    worker: { name: fullName(person(g)), email: email(g, alleged.first, alleged.last) },
  };
};

const hospiceIdtJson: Template = (g) => {
  const c = cast(g);
  return {
    meeting: { date: isoDate(recentDate(g)), agency: org(g), census: stat(g) },
    patient: {
      name: fullName(c.pt),
      mrn: mrnValue(g),
      age: ageSpan(g, c),
      terminalDx: code(g),
      levelOfCare: g.pick(['RHC', 'GIP', 'CHC', 'respite']),
      benefitPeriodStart: isoDate(c.admit),
    },
    disciplines: {
      rn: { by: fullName(person(g)), note: t`${score(g)}, ${score(g)}; ${dose(g)} effective` },
      sw: {
        by: fullName(person(g)),
        note: t`${c.relation} ${fullName(c.relative)} overwhelmed, ${epoPsy(g)}`,
      },
      chaplain: { by: fullName(person(g)), note: 'spiritual distress low' },
      dme: { item: dev(g), udi: udiValue(g) },
    },
    portal: urlValue(g, c.pt.last),
  };
};

const guardianRegistry: Template = (g) => {
  const c = cast(g);
  const guardian = person(g);
  return {
    registry: org(g),
    record_id: uuid(g),
    ward: {
      name: fullName(c.pt),
      born: formatDate(g, c.pt.dob),
      placement: org(g),
      room: `${g.int(100, 340)}B`,
    },
    guardian: {
      name: fullName(guardian),
      type: g.pick(['professional', 'family', 'public']),
      certification: phi('license', `NGC-${g.digits(5)}`, 'state'),
      phone: phoneValue(g),
      fax: phoneValue(g, 'fax'),
      email: email(g, guardian.first, guardian.last),
      office: { street: c.addr.street, city: c.addr.city, zip: c.addr.zip },
    },
    court: {
      case_no: otherIdValue(g),
      letters_issued: formatDate(g, c.admit),
      annual_report_due: formatDate(g, addDays(c.admit, 365)),
    },
    poa_revoked: { agent: fullName(c.relative), executed: yearAlone(g) },
    estate: { bank_account: accountValue(g), vehicle_plate: plateValue(g) },
    accessed_from: ipValue(g),
    serial_of_signature_pad: serialValue(g),
  };
};

export const BLIND25_JSON_DOCS: Record<string, Template> = {
  b25_hh_schedule_api: hhScheduleApi,
  b25_evv_punch: evvPunch,
  b25_sdoh_referral_platform: referralPlatform,
  b25_mds_export: mdsExport,
  b25_sud_episode: sudEpisode,
  b25_crisis_call_record: crisisCall,
  b25_aps_case_json: apsCase,
  b25_hospice_idt_json: hospiceIdtJson,
  b25_guardian_registry: guardianRegistry,
};
