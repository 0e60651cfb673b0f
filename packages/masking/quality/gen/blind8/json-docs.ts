/** JSON documents of blind split 8: telehealth, chatbot, poison-centre, prior-auth and monitoring payloads. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  account,
  biometric,
  dea,
  email,
  ipv4,
  ipv6,
  memberId,
  mrn,
  npi,
  photoName,
  portalUrl,
  serial,
  ssnBare,
  typedPhone,
  udi,
  usPhone,
} from './ids';
import {
  code,
  device,
  dose,
  eponymDx,
  lab,
  org,
  pain,
  statistic,
  usOrg,
  uuid,
  version,
  vitals,
} from './vocab';
import { ageAt, ageSpan, birth, isoDay, machineTime, recent, typedDob, usDate } from './when';
import { typedAddress, usPlace } from './where';
import { full, fullName, nm, who } from './who';

type Template = (g: Gen) => JsonTree;

function telehealthSession(g: Gen): JsonTree {
  const pt = who(g);
  const md = who(g);
  const visit = recent(g);
  return {
    session_id: uuid(g),
    platform: { name: g.pick(['Doxy.me', 'VSee', 'Amwell']), sdk: version(g) },
    appointment: { date: isoDay(visit), reason: t`${eponymDx(g)} follow-up`, cpt: code(g, 'CPT')[1] },
    participants: [
      {
        role: 'patient',
        display_name: g.chance(0.5) ? fullName(pt) : nm(pt.given.toLowerCase()),
        joined_at: machineTime(g),
        ip: g.chance(0.6) ? ipv4(g) : ipv6(g),
        user_agent: t`Mozilla/5.0 (iPhone; CPU iPhone OS ${version(g)} like Mac OS X)`,
        identity_check: g.chance(0.5) ? t`${biometric(g)} matched` : 'skipped',
      },
      { role: 'provider', display_name: t`Dr. ${nm(md.family)}`, npi: npi(g), org: usOrg(g) },
    ],
    summary_link: portalUrl(g),
    created: machineTime(g),
  };
}

function intakeBotState(g: Gen): JsonTree {
  const pt = who(g);
  const dob = birth(g);
  const dobTyped = typedDob(g, dob);
  const phone = typedPhone(g);
  return {
    conversationId: uuid(g),
    channel: g.pick(['sms', 'web', 'whatsapp']),
    turns: [
      { from: 'bot', text: 'name?' },
      { from: 'user', text: nm(`${pt.given} ${pt.family}`.toLowerCase()) },
      { from: 'bot', text: 'date of birth?' },
      { from: 'user', text: t`${dobTyped}` },
      { from: 'user', text: t`${typedAddress(g)}` },
      { from: 'user', text: t`call me ${phone} after 5` },
    ],
    slots: {
      patientName: fullName(pt),
      birthDate: isoDay(dob),
      phone: phi('phone', phone.value.replace(/\D/g, '')),
      ssn: g.chance(0.4) ? ssnBare(g) : null,
      insurance: { memberId: memberId(g), payer: usOrg(g) },
      email: g.chance(0.5) ? email(g, pt) : null,
    },
    nlu: { model: version(g), intent: 'new_patient_intake', confidence: 0.93 },
    updatedAt: machineTime(g),
  };
}

function poisonCase(g: Gen): JsonTree {
  const caller = who(g);
  const place = usPlace(g);
  const [analyte, value] = lab(g);
  const age = g.chance(0.6) ? g.int(1, 11) : g.int(14, 97);
  return {
    case_no: phi('other_id', `${g.int(24, 26)}-${g.digits(6)}`),
    received: machineTime(g),
    caller: {
      relationship: g.pick(['parent', 'self', 'grandparent', 'EMS']),
      first_name: nm(caller.given),
      callback: usPhone(g),
    },
    location: { town: place.town, county: place.county, zip: place.zip, state: place.state },
    patient: {
      age: ageSpan(age),
      weight_kg: String(age < 12 ? 8 + age * 3 : g.int(45, 110)),
      sex: g.pick(['F', 'M']),
    },
    exposures: [
      { substance: dose(g), route: 'ingestion' },
      { substance: dose(g), route: g.pick(['ingestion', 'dermal']) },
    ],
    management: [
      t`${analyte} ${value} at 4 h`,
      t`${keep('eponym', 'Rumack-Matthew nomogram')} plotted`,
      t`ICD ${code(g, 'ICD-10')[1]}`,
    ],
    specialist: t`${nm(who(g).given)} ${nm(who(g).family[0] as string)}., CSPI`,
  };
}

function priorAuthSubmission(g: Gen): JsonTree {
  const pt = who(g);
  const md = who(g);
  const dob = birth(g);
  const today = recent(g);
  return {
    requestId: uuid(g),
    submittedAt: machineTime(g),
    payer: org(g.pick(['Aetna', 'Humana', 'Prairie Mutual Health Plan'])),
    member: {
      name: { family: nm(pt.family), given: nm(pt.given) },
      dob: usDate(g, dob),
      age: ageSpan(ageAt(dob, today)),
      memberId: memberId(g),
      mrn: mrn(g),
    },
    prescriber: { name: nm(full(md)), npi: npi(g), dea: dea(g, md), fax: usPhone(g, 'fax') },
    medication: { requested: dose(g), previouslyTried: [dose(g), dose(g)] },
    diagnosis: [code(g, 'ICD-10')[1], code(g, 'ICD-10')[1]],
    clinicalNotes: t`Pain ${pain(g)}; ${eponymDx(g)}; trial data ${statistic(g)}. Billing acct ${account(g)}.`,
  };
}

function mcpPatientLookup(g: Gen): JsonTree {
  const pt = who(g);
  const dob = birth(g);
  const place = usPlace(g);
  const [bp, hr] = vitals(g);
  const [analyte, value] = lab(g);
  const record = {
    patient: { name: fullName(pt), dob: isoDay(dob), mrn: mrn(g), phone: usPhone(g) },
    address: { line: place.street, city: place.town, state: place.state, postalCode: place.zip },
    lastVisit: { on: isoDay(recent(g)), vitals: { bp, hr }, labs: [{ test: analyte, result: value }] },
    meds: [dose(g), dose(g)],
    problems: [{ code: code(g, 'SNOMED')[1], text: eponymDx(g) }],
  };
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      content: [{ type: 'text', text: jsonText(record, g.chance(0.5) ? 2 : 0) }],
      _meta: { generatedAt: machineTime(g), server: t`ehr-lookup ${version(g)}` },
    },
  };
}

function rpmWebhook(g: Gen): JsonTree {
  const pt = who(g);
  return {
    event: 'reading.created',
    eventId: uuid(g),
    deliveredAt: machineTime(g),
    device: { model: device(g), serial: serial(g), udi: g.chance(0.5) ? udi(g) : null, firmware: version(g) },
    enrollment: {
      patient: fullName(pt),
      externalId: phi('mrn', `P-${g.digits(7)}`),
      photo: photoName(g, pt),
      biometric: t`${biometric(g)}`,
    },
    readings: [
      { at: machineTime(g), type: 'blood_pressure', value: vitals(g)[0] as JsonTree },
      { at: machineTime(g), type: 'spo2', value: vitals(g)[2] as JsonTree },
    ],
    billing: { cpt: code(g, 'CPT')[1], org: usOrg(g) },
    note: keep('statistic', `${g.int(16, 30)} of 30 days transmitted`),
  };
}

export const BLIND8_JSON_DOCS: Record<string, Template> = {
  telehealthSession,
  intakeBotState,
  poisonCase,
  priorAuthSubmission,
  mcpPatientLookup,
  rpmWebhook,
};
