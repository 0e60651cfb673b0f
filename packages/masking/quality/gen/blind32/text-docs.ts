/**
 * Text documents of blind split 32: short templated sentences, chat lines, questions an agent
 * types, tickets, form dumps and notes in the style of public PII evaluation sets, with values
 * shaped the way the Python Faker library formats them, in a health setting. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import { deaValue, npiValue, ssn, vinValue } from '../identifiers';
import { ageUnder90, systemTimestamp, version, yearAlone } from '../keep-vocab';
import {
  ageOfF,
  bban,
  biometricRef,
  card,
  clinician,
  codeF,
  deviceF,
  deviceSerial,
  driversLicence,
  drug,
  emailOf,
  eponymF,
  type FPerson,
  fakerAddress,
  fakerCity,
  fakerName,
  fakerPhone,
  fakerSsn,
  fdate,
  foreignAddress,
  foreignPhone,
  fperson,
  iban,
  ipAddr,
  labF,
  memberId,
  mrnF,
  nhsNumber,
  org,
  otherIdF,
  passport,
  photoRef,
  plate,
  recent,
  statF,
  timeOfDay,
  username,
  websiteOf,
  zipAny,
} from './vocab';

type Template = (g: Gen) => Frag;

/** A patient, old enough in about a third of documents that their age is PHI. */
function patient(g: Gen): FPerson {
  return g.chance(0.35) ? fperson(g, 90, 103) : fperson(g, 19, 88);
}

/** The patient's age: PHI over 89, a keep string otherwise. */
function age(g: Gen, p: FPerson): Piece {
  const a = ageOfF(p);
  return a > 89 ? phi('age', String(a)) : ageUnder90(g, a);
}

function plainName(p: FPerson): Piece {
  return phi('name', `${p.first} ${p.last}`, 'plain');
}

export const BLIND32_TEXT_DOCS: Record<string, Template> = {
  b32_name_and_birthdate(g) {
    const p = patient(g);
    const dob = fdate(g, p.dob);
    return g.pick([
      () => t`My name is ${fakerName(g, p)} and my date of birth is ${dob}.`,
      () => t`Hi, I'm ${plainName(p)}, born ${dob}. I am ${age(g, p)} years old.`,
      () => t`my name is ${phi('name', `${p.first} ${p.last}`.toLowerCase(), 'lower')} dob ${dob}`,
      () => t`${fakerName(g, p)} (DOB: ${dob}) is requesting a copy of their immunization record.`,
      () => t`Patient name: ${plainName(p)}. Birthdate: ${dob}. Age: ${age(g, p)}.`,
      () => t`I was born on ${dob} and my name is ${plainName(p)}; I'm ${age(g, p)} and on ${drug(g)}.`,
    ])();
  },

  b32_fax_records(g) {
    const p = fperson(g);
    const staff = fperson(g, 25, 65);
    const fax = g.chance(0.8) ? fakerPhone(g, 'fax') : foreignPhone(g, 'fax');
    return g.pick([
      () => t`Please fax the records to ${fax}.`,
      () => t`Please fax the records for ${fakerName(g, p)} to ${fax}, attention ${plainName(staff)}.`,
      () => t`Fax ${fax} - ${org(g, 'hospital')} medical records, ATTN: ${plainName(staff)}`,
      () =>
        t`Can you fax ${p.sex === 'female' ? 'her' : 'his'} ${g.pick(['MRI report', 'discharge summary', 'lab results'])} to ${fax}? Ask for ${phi('name', staff.first, 'first')}.`,
    ])();
  },

  b32_address_of(g) {
    const p = fperson(g);
    const addr = g.chance(0.8) ? fakerAddress(g, g.pick(['\n', ', '])) : foreignAddress(g);
    return g.pick([
      () => t`${phi('name', `${p.first} ${p.last}`, 'plain')}'s address is ${addr}`,
      () => t`${fakerName(g, p)} lives at ${addr}.`,
      () => t`Please update the mailing address on file to:\n${addr}`,
      () => t`Ship the CPAP supplies to ${plainName(p)}, ${addr}`,
      () => t`Home address: ${addr}\nPreferred pharmacy: ${org(g, 'pharmacy')}`,
    ])();
  },

  b32_patient_seen(g) {
    const p = patient(g);
    const doc = fperson(g, 30, 70);
    const visit = recent(g);
    return g.pick([
      () =>
        t`The patient, ${phi('name', p.first, 'first')} ${phi('name', p.last, 'last')}, was seen at ${org(g, 'hospital')} on ${fdate(g, visit)}.`,
      () => t`${fakerName(g, p)} was seen by ${clinician(g, doc)} on ${fdate(g, visit)} for ${eponymF(g)}.`,
      () =>
        t`On ${fdate(g, visit)}, ${plainName(p)} (age ${age(g, p)}) presented to ${org(g, 'hospital')} with chest pain. ${codeF(g)}.`,
      () =>
        t`${plainName(p)} was admitted on ${fdate(g, visit)} and discharged on ${fdate(g, new Date(visit.getTime() + g.int(1, 9) * 86_400_000))} on ${drug(g)}.`,
    ])();
  },

  b32_send_email(g) {
    const p = fperson(g);
    const e = emailOf(g, p);
    return g.pick([
      () => t`Send it to ${e}`,
      () =>
        t`Can you email my lab results to ${e}? ${labF(g)} last time. Thanks, ${phi('name', p.first, 'first')}`,
      () => t`Email: ${e}`,
      () => t`Please reply to ${e} rather than my work address. - ${plainName(p)}`,
      () => t`${fakerName(g, p)} <${e}>`,
    ])();
  },

  b32_card_payment(g) {
    const p = fperson(g);
    const c = card(g);
    return g.pick([
      () => t`Card ending ${c.last4}`,
      () =>
        t`Please charge the copay to my ${c.network} ${c.number}, exp ${c.expiry}, ${c.cvvWord} ${c.cvv}.`,
      () => t`${c.network}\n${fakerName(g, p)}\n${c.number} ${c.expiry}\n${c.cvvWord}: ${c.cvv}\n`,
      () =>
        t`Payment of $${g.int(20, 900)}.${g.digits(2)} to ${org(g, 'hospital')} declined for card ${c.number} (${plainName(p)}).`,
      () =>
        t`The card on file ending in ${c.last4} expired ${c.expiry}; please call ${fakerPhone(g)} to update it.`,
    ])();
  },

  b32_bank_account(g) {
    const p = fperson(g);
    return g.pick([
      () => t`IBAN ${iban(g)}`,
      () => t`Refund the overpayment to IBAN ${iban(g)}, account holder ${fakerName(g, p)}.`,
      () => t`Bank account: ${bban(g)} (${plainName(p)})`,
      () =>
        t`Direct deposit for the reimbursement: ${iban(g)}. Account name ${plainName(p)}, ${org(g, 'payer')} claim ${otherIdF(g)}.`,
    ])();
  },

  b32_call_me(g) {
    const p = fperson(g);
    const ph = g.chance(0.75) ? fakerPhone(g) : foreignPhone(g);
    return g.pick([
      () => t`Call me at ${ph} after 5`,
      () => t`You can reach ${fakerName(g, p)} at ${ph}.`,
      () => t`Best number is ${ph}, ask for ${phi('name', p.first, 'first')}.`,
      () => t`Phone: ${ph}`,
      () => t`Please text ${ph} when the ${deviceF(g)} is ready for pickup.`,
      () => t`My mom ${plainName(p)} needs a callback at ${ph} about her ${drug(g)} refill.`,
    ])();
  },

  b32_chat_lines(g) {
    const p = patient(g);
    const agent = fperson(g, 22, 60);
    const lines: Piece[] = [
      t`Agent (${phi('name', agent.first, 'first')}): Thanks for contacting ${org(g, 'payer')}. Can I have your full name and date of birth?`,
      t`User: ${plainName(p)}, ${fdate(g, p.dob)}`,
      t`Agent (${phi('name', agent.first, 'first')}): Thank you. And your member ID?`,
      t`User: ${memberId(g)} - also my zip is ${zipAny(g)}`,
    ];
    if (g.chance(0.5)) lines.push(t`User: my social is ${fakerSsn(g)} if you need it`);
    if (g.chance(0.5)) lines.push(t`User: I've been a member since ${yearAlone(g)}`);
    if (g.chance(0.5)) lines.push(t`User: you can call me back on ${fakerPhone(g)}`);
    return join(lines, '\n');
  },

  b32_agent_question(g) {
    const p = patient(g);
    return g.pick([
      () =>
        t`Find all appointments for ${plainName(p)} (DOB ${fdate(g, p.dob, 'iso')}) at ${org(g, 'hospital')} in ${yearAlone(g)}.`,
      () => t`Look up the patient with SSN ${fakerSsn(g)} and tell me their last A1c.`,
      () => t`Is member ID ${memberId(g)} (${plainName(p)}) still active with ${org(g, 'payer')}?`,
      () =>
        t`Schedule ${fakerName(g, p)} for a ${codeF(g)} visit next week and send a reminder to ${emailOf(g, p)}.`,
      () => t`Is ${plainName(p)}, MRN ${mrnF(g)}, allergic to ${drug(g)}?`,
      () =>
        t`Pull the chart for ${phi('name', `${p.last}, ${p.first}`, 'last_first')} born ${fdate(g, p.dob)} who lives in ${fakerCity(g)}.`,
    ])();
  },

  b32_support_ticket(g) {
    const p = fperson(g);
    const u = username(g, p);
    return t`Ticket #${phi('other_id', String(g.int(100_000, 999_999)), 'ticket')}
From: ${fakerName(g, p)} <${emailOf(g, p)}>
Username: ${u}
Subject: ${g.pick(['Cannot log in to patient portal', 'Glucose meter not syncing', 'Wrong address on my bill'])}

${g.pick([
  t`I keep getting locked out. Last attempt from ${ipAddr(g)} on ${fdate(g, recent(g))} around ${timeOfDay(g)}.`,
  t`My ${deviceF(g)} (serial ${deviceSerial(g)}) stopped uploading on ${fdate(g, recent(g))}.`,
  t`The statement went to ${fakerAddress(g, ', ')} but I moved. App version ${version(g)}.`,
])}`;
  },

  b32_form_dump(g) {
    const p = patient(g);
    const a = fakerAddress(g, ', ');
    const rows: Piece[] = [
      t`first_name: ${phi('name', p.first, 'first')}`,
      t`last_name: ${phi('name', p.last, 'last')}`,
      t`dob: ${fdate(g, p.dob)}`,
      t`address: ${a}`,
      t`phone_number: ${fakerPhone(g)}`,
      ssn(g, g.chance(0.8)),
      t`email: ${emailOf(g, p)}`,
    ];
    if (g.chance(0.5)) rows.push(t`passport_number: ${passport(g)}`);
    if (g.chance(0.5)) rows.push(t`drivers_license: ${driversLicence(g)}`);
    if (g.chance(0.4)) rows.push(t`age: ${age(g, p)}`);
    return join(rows, '\n');
  },

  b32_short_note(g) {
    const p = patient(g);
    const doc = fperson(g, 30, 70);
    return g.pick([
      () =>
        t`Pt ${plainName(p)}, ${age(g, p)}yo, DOB ${fdate(g, p.dob)}. Hx ${eponymF(g)}. ${labF(g)}. Started ${drug(g)}. Dx ${codeF(g)}. - ${clinician(g, doc)}`,
      () =>
        t`Note ${fdate(g, recent(g))}: ${fakerName(g, p)} reports good control with ${deviceF(g)}; ${labF(g)}. Continue ${drug(g)}.`,
      () =>
        t`${phi('name', p.first, 'first')} ${phi('name', p.last, 'last')} called ${fdate(g, recent(g))} re: ${drug(g)} side effects. Advised to see ${clinician(g, doc)}. Callback ${fakerPhone(g)}.`,
    ])();
  },

  b32_intl_shapes(g) {
    const p = fperson(g);
    return g.pick([
      () => t`NHS number ${nhsNumber(g)} for ${fakerName(g, p)}, ring ${foreignPhone(g)}.`,
      () => t`Please post the letter to ${foreignAddress(g)}`,
      () =>
        t`${plainName(p)}'s Medicare card number is ${phi('health_plan', `${g.int(2, 6)}${g.digits(3)} ${g.digits(5)} ${g.int(1, 9)}`, 'au_medicare')}; mobile ${foreignPhone(g)}.`,
      () => t`Patient ${plainName(p)} (NHS No: ${nhsNumber(g)}) was born ${fdate(g, p.dob, 'gb')}.`,
      () => t`Contact ${plainName(p)} on ${foreignPhone(g)} or at ${emailOf(g, p)}. Ref ${otherIdF(g)}.`,
    ])();
  },

  b32_parking_vehicle(g) {
    const p = fperson(g);
    return g.pick([
      () =>
        t`Visitor ${plainName(p)} parked a car with plate ${plate(g)} in the ${org(g, 'hospital')} garage.`,
      () =>
        t`Vehicle: ${g.pick(['2016 Honda CR-V', '2021 Ford F-150', '2019 Toyota Camry', '2012 Subaru Outback'])}, VIN ${vinValue(g)}, plate ${plate(g)}.`,
      () =>
        t`Accident report: driver ${fakerName(g, p)}, DL ${driversLicence(g)}, VIN ${vinValue(g)}, brought to ED on ${fdate(g, recent(g))}.`,
      () => t`License plate ${plate(g)} belongs to ${plainName(p)}, ${fakerAddress(g, ', ')}.`,
    ])();
  },

  b32_prescriber_line(g) {
    const d = fperson(g, 30, 70);
    const p = fperson(g);
    const base = t`${clinician(g, d)}, NPI ${npiValue(g)}`;
    return g.pick([
      () => t`${base}, DEA ${deaValue(g, d.last)}, phone ${fakerPhone(g)}, fax ${fakerPhone(g, 'fax')}`,
      () => t`Referral for ${fakerName(g, p)} from ${base} to ${org(g, 'hospital')}.`,
      () => t`Prescriber: ${base}\nDEA: ${deaValue(g, d.last)}\nRx: ${drug(g)} for ${plainName(p)}`,
      () => t`${base} (${org(g, 'hospital')}) ordered ${labF(g)} follow-up on ${fdate(g, recent(g))}.`,
    ])();
  },

  b32_portal_activity(g) {
    const p = fperson(g);
    const u = username(g, p);
    return g.pick([
      () => t`User ${u} logged in from ${ipAddr(g)} on ${fdate(g, recent(g), 'iso')} ${timeOfDay(g)}.`,
      () => t`${plainName(p)} uploaded ${photoRef(g, p)} as a profile photo.`,
      () => t`Fingerprint template ${biometricRef(g)} enrolled for ${u} at kiosk ${g.int(1, 12)}.`,
      () =>
        t`${u} changed the password at ${systemTimestamp(g)} from ${ipAddr(g)}; profile page ${websiteOf(g, p)}.`,
      () => t`Voice ID ${biometricRef(g)} matched caller ${plainName(p)} (confidence 0.${g.digits(2)}).`,
    ])();
  },

  b32_sms_reminder(g) {
    const p = fperson(g);
    const when = recent(g);
    return g.pick([
      () =>
        t`Hi ${phi('name', p.first, 'first')}, this is ${org(g, 'hospital')} reminding you of your appointment on ${fdate(g, when, 'weekday')} at ${g.int(8, 16)}:${g.pick(['00', '15', '30', '45'])}. Reply C to confirm or call ${fakerPhone(g)}.`,
      () =>
        t`${org(g, 'pharmacy')}: ${phi('name', p.first.toUpperCase(), 'first_upper')}, your ${drug(g)} is ready. Pick up by ${fdate(g, when, 'us')}.`,
      () =>
        t`Reminder for ${fakerName(g, p)}: fasting labs on ${fdate(g, when, 'long')}. Questions? ${fakerPhone(g)}`,
    ])();
  },

  b32_emergency_contact(g) {
    const p = fperson(g);
    const kin = fperson(g);
    const rel = g.pick(
      kin.sex === 'female'
        ? ['spouse', 'daughter', 'sister', 'friend', 'mother']
        : ['spouse', 'son', 'brother', 'partner', 'father'],
    );
    return g.pick([
      () => t`Emergency contact: ${fakerName(g, kin)} (${rel}) ${fakerPhone(g)}`,
      () =>
        t`Emergency Contact Name: ${plainName(kin)}\nRelationship: ${rel}\nPhone: ${fakerPhone(g)}\nAddress: ${fakerAddress(g, ', ')}`,
      () =>
        t`${plainName(p)} listed ${p.sex === 'female' ? 'her' : 'his'} ${rel}, ${plainName(kin)}, at ${g.chance(0.6) ? fakerPhone(g) : foreignPhone(g)} as next of kin.`,
    ])();
  },

  b32_hospital_stats(g) {
    const spokes = fperson(g, 30, 65);
    return g.pick([
      () => t`In ${yearAlone(g)}, ${org(g, 'hospital')} reported ${statF(g)}.`,
      () => t`This week: ${statF(g)}; ${statF(g)}. Questions to ${plainName(spokes)}.`,
      () =>
        t`Per ${org(g, 'hospital')}'s ${yearAlone(g)} report, ${statF(g)}, said spokesperson ${fakerName(g, spokes)}.`,
    ])();
  },
};
