/**
 * Text documents of blind split 35: public PII-benchmark style texts (short multi-domain
 * sentences as the pii-masking corpora write them) and long synthetic health documents
 * (intake forms, claims, consent letters, bills, trial enrolment, telehealth transcripts).
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { biometricValue, deaValue, npiValue, photoFile, ssn, udiValue, vinValue } from '../identifiers';
import {
  address,
  addressBlock,
  addressLine,
  ageAt,
  ageSpan,
  BICS,
  card,
  clock,
  code,
  coords,
  cvv,
  dateIn,
  deviceName,
  dob,
  driving,
  drug,
  EYES,
  eponym,
  eponymTest,
  expiry,
  GENDERS,
  handle,
  healthId,
  height,
  iban,
  ip,
  JOBS,
  lab,
  mac,
  mail,
  nameAs,
  nationalId,
  ndc,
  nm,
  opaqueHandle,
  org,
  type Person,
  passport,
  person,
  phoneFor,
  plate,
  plusDays,
  recent,
  stamp,
  statistic,
  USER_AGENTS,
  uuid,
  version,
  wallet,
  year,
} from './vocab';

type Template = (g: Gen) => Frag;

const title = (g: Gen, p: Person): string =>
  g.pick(p.female ? ['Ms.', 'Mrs.', 'Miss', 'Mx.', 'Dr.'] : ['Mr.', 'Mr', 'Mx.', 'Dr.']);

function clinician(g: Gen): { p: Person; name: Frag } {
  const p = person(g);
  const deg = g.pick([', MD', ', MBBS', ' MRCGP', ', DO', ', FRACP', ', NP', '']);
  return { p, name: t`Dr. ${phi('name', g.chance(0.5) ? p.full : `${p.given[0]}. ${p.family}`)}${deg}` };
}

function mrn(g: Gen): Frag {
  return t`${g.pick(['MRN', 'MRN:', 'Hospital No.', 'UHID', 'Chart #'])} ${phi('mrn', g.pick([g.digits(8), `${g.letters(2)}${g.digits(6)}`, `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`]))}`;
}

/** One short benchmark-style sentence from a domain. */
const SNIPPETS: readonly ((g: Gen) => Frag)[] = [
  (g) => {
    const p = person(g);
    return t`Dear ${nm(p.given)}, your transcript request for student ID ${phi('other_id', `${g.letters(2)}${g.digits(7)}`, 'student')} has been approved. Please collect it from ${org(g, 'school')} reception at ${clock(g)}.`;
  },
  (g) => {
    const p = person(g);
    const c = card(g);
    return t`${nm(p.full)} (${g.pick(JOBS)}) asked to move the direct debit from IBAN ${iban(g)} (BIC ${g.pick(BICS)}) to ${keep('organization', c.issuer)} card ${c.number}, exp ${expiry(g)}, CVV ${cvv(g)}.`;
  },
  (g) =>
    t`Refund for the order placed by ${handle(g, person(g))} will be sent to wallet ${wallet(g)} within 48 hours.`,
  (g) => {
    const p = person(g);
    const a = address(g, p.country);
    return t`Parking permit issued for ${plate(g, p.country)} (VIN ${vinValue(g)}) registered to ${nm(p.full)}, ${a.street}, ${a.city}.`;
  },
  (g) => {
    const p = person(g);
    const c = clinician(g);
    return t`Reminder: ${title(g, p)} ${nm(p.family)}, your physiotherapy review for ${eponym(g)} is on ${dateIn(g, recent(g), p.country)} at ${clock(g)} with ${c.name}.`;
  },
  (g) =>
    t`Login from ${ip(g)} (${g.pick(USER_AGENTS)}) on device ${mac(g)} was flagged for account ${g.chance(0.5) ? handle(g, person(g)) : opaqueHandle(g)}.`,
  (g) => {
    const p = person(g);
    const b = dob(g, 0.15);
    return t`${nm(p.given)} ${nm(p.family)}, ${ageSpan(ageAt(b, new Date(Date.UTC(2025, 5, 1))))}, ${g.pick(GENDERS)}, ${height(g)}, ${g.pick(EYES)} eyes: please bring passport ${passport(g, p.country)} and proof of DOB (${dateIn(g, b, p.country)}) to HR.`;
  },
  (g) => {
    const p = person(g);
    return t`Witness statement of ${nm(p.full)}, born ${dateIn(g, dob(g), p.country)}, residing at ${addressLine(address(g, p.country))}; tel ${phoneFor(g, p.country)}.`;
  },
  (g) => {
    const p = person(g);
    const a = address(g, p.country);
    return t`Fall alert from ${deviceName(g)} for ${nm(p.given)}: last fix ${coords(g)} near ${a.city}${a.county ? t` (${a.county})` : ''}.`;
  },
  (g) =>
    t`Tax form for ${nm(person(g, 'US').full)}: ${ssn(g, true)}, filing since ${year(g.int(2012, 2022))}.`,
  (g) => {
    const c = card(g);
    return t`The PIN ${g.digits(4)} for card ${c.number} was reset at ${clock(g)}; contact ${mail(g, person(g))} if this was not you.`;
  },
  (g) => {
    const p = person(g);
    const [label, id] = nationalId(g, p.country);
    return t`${label} ${id} belongs to ${nm(p.full)}; updated by ${nm(person(g).given)} on ${dateIn(g, recent(g), p.country)}.`;
  },
  (g) =>
    t`Please share your new ${org(g, 'employer')} laptop serial with IT: ${phi('device', `${g.letters(3)}${g.digits(7)}`, 'serial')} (user ${handle(g, person(g))}).`,
];

export const BLIND35_TEXT_DOCS: Record<string, Template> = {
  b35ShortSnippets: (g) => {
    const n = g.int(4, 7);
    const lines: Piece[] = [];
    for (let i = 0; i < n; i++) lines.push(g.pick(SNIPPETS)(g));
    return join(lines, g.pick(['\n', '\n\n', ' ']));
  },

  b35PatientIntake: (g) => {
    const p = person(g);
    const a = address(g, p.country);
    const b = dob(g, 0.25);
    const visit = recent(g);
    const ec = person(g, p.country);
    const pcp = clinician(g);
    const [hLabel, hId] = healthId(g, p.country);
    const meds = g
      .some([0, 1, 2, 3], 1, 3)
      .map(() => t`  - ${drug(g)} ${g.pick(['once daily', 'BD', 'at night', 'PRN'])}`);
    const [sys, c1] = code(g, 'ICD-10');
    return t`NEW PATIENT INTAKE FORM — ${org(g, 'hospital')}
Date of visit: ${dateIn(g, visit, p.country)}    Time: ${clock(g)}

SECTION A: PERSONAL DETAILS
Full legal name: ${nameAs(g, p)}
Preferred name: ${nm(p.given)}
Date of birth: ${dateIn(g, b, p.country)}        Age: ${ageSpan(ageAt(b, visit))}
Sex assigned at birth / gender: ${g.pick(GENDERS)}     Height: ${height(g)}     Eye colour: ${g.pick(EYES)}
Home address:
${addressBlock(a)}
Mobile: ${phoneFor(g, p.country)}     Email: ${mail(g, p)}
Occupation: ${g.pick(JOBS)} at ${org(g, 'employer')}
Driver licence no.: ${driving(g, p.country, p)}

SECTION B: EMERGENCY CONTACT
Name: ${nm(ec.full)} (${g.pick(['spouse', 'daughter', 'son', 'partner', 'neighbour'])})   Phone: ${phoneFor(g, p.country)}

SECTION C: INSURANCE
Insurer: ${org(g, 'payer')}    ${hLabel}: ${hId}    Group: ${g.digits(6)}
Policy holder: ${g.chance(0.5) ? t`self` : t`${nm(ec.full)}`}

SECTION D: MEDICAL HISTORY
Usual GP / PCP: ${pcp.name} — NPI ${npiValue(g)}
Conditions: ${eponym(g)} (${sys} ${c1}); diagnosed in ${year(g.int(2001, 2023))}
Last examination: ${eponymTest(g)} ${g.pick(['positive', 'negative', 'equivocal'])}
Current medications:
${join(meds, '\n')}
Most recent ${lab(g)} (${dateIn(g, plusDays(visit, -g.int(10, 200)), p.country)})
Devices: ${deviceName(g)}, serial ${phi('device', `${g.letters(2)}${g.digits(8)}`, 'serial')}

I confirm the above is accurate.  Signature: ${nm(p.full)}   Signed electronically ${stamp(g, visit)}
Form ${version(g)}`;
  },

  b35InsuranceClaim: (g) => {
    const p = person(g, 'US');
    const a = address(g, 'US');
    const b = dob(g, 0.2);
    const dos = recent(g);
    const doc = clinician(g);
    const [, id] = healthId(g, 'US');
    const lines = [0, 1, 2]
      .slice(0, g.int(1, 3))
      .map(
        (i) =>
          t`${i + 1}. ${dateIn(g, plusDays(dos, i), 'US')}  CPT ${code(g, 'CPT')[1]}  ICD ${code(g, 'ICD-10')[1]}  $${g.int(40, 900)}.00  units ${g.int(1, 4)}`,
      );
    return t`HEALTH INSURANCE CLAIM — ${org(g, 'payer')}
1a. Insured's ID number: ${id}
2. Patient's name (Last, First, MI): ${phi('name', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}${p.middle ? ` ${p.middle[0]}` : ''}`)}
3. Patient's birth date: ${dateIn(g, b, 'US')}   Sex: ${g.pick(['F', 'M'])}
5. Patient's address: ${a.street}   City: ${a.city}   State: ${a.region}   ZIP: ${a.code}   Telephone: ${phoneFor(g, 'US')}
11c. Insurance plan name: ${org(g, 'payer')}
14. Date of current illness: ${dateIn(g, plusDays(dos, -g.int(3, 60)), 'US')}
17. Referring provider: ${doc.name}   17b. NPI ${npiValue(g)}
21. Diagnosis: A. ${code(g, 'ICD-10')[1]}  B. ${code(g, 'ICD-10')[1]}
24. Services:
${join(lines, '\n')}
26. Patient account no.: ${phi('account', `${g.letters(2)}${g.digits(8)}`)}
31. Signature of physician: ${nm(doc.p.full)}  DEA ${deaValue(g, doc.p.family)}
33. Billing provider: ${org(g, 'hospital')}  fax ${phoneFor(g, 'US', 'fax')}
Received ${stamp(g, plusDays(dos, g.int(2, 20)))} via clearinghouse ${version(g)}`;
  },

  b35ConsentLetter: (g) => {
    const p = person(g);
    const pi = clinician(g);
    const start = recent(g);
    const subj = phi('other_id', `${g.pick(['MCR', 'JTL', 'OSP'])}-${g.digits(3)}-${g.digits(4)}`, 'subject');
    return t`${org(g, 'sponsor')}
Participant Information and Consent Form (version ${version(g)})

Dear ${title(g, p)} ${nm(p.family)},

Thank you for considering the study of ${deviceName(g)} home monitoring in adults with ${eponym(g)}. Earlier studies found ${statistic(g)}; the condition affects about ${statistic(g)}.
Your participant number is ${subj}. Please quote ${subj} whenever you contact us.

Your first visit is on ${dateIn(g, start, p.country)} at ${org(g, 'hospital')}. The principal investigator, ${pi.name}, can be reached on ${phoneFor(g, p.country)} or ${mail(g, pi.p)}.
If you take ${drug(g)} please tell the team, as it must be paused ${g.int(2, 7)} days before each visit.

We will keep a copy of your photo ID (${photoFile(g, p.family)}) and a ${g.pick(['fingerprint template', 'voiceprint', 'palm vein template'])} reference ${biometricValue(g)} for site access.

Signed: ${nm(p.full)}   Date: ${dateIn(g, plusDays(start, -g.int(1, 14)), p.country)}
Witness: ${nm(person(g).full)}
Person obtaining consent: ${nm(pi.p.full)}   Recorded ${stamp(g, start)}`;
  },

  b35MedicalBill: (g) => {
    const p = person(g);
    const a = address(g, p.country);
    const dos = recent(g);
    const c = card(g);
    const items = [0, 1, 2, 3]
      .slice(0, g.int(2, 4))
      .map(
        () =>
          t`${dateIn(g, plusDays(dos, g.int(0, 3)), p.country)}  ${g.pick(['CPT', 'HCPCS'])} ${code(g, g.pick(['CPT', 'HCPCS']))[1]}  ${g.pick(['Office visit', 'Infusion', 'Supplies', 'Imaging'])}  ${g.int(30, 1500)}.${g.digits(2)}`,
      );
    return t`${org(g, 'hospital')} — PATIENT STATEMENT
Statement date: ${dateIn(g, plusDays(dos, 30), p.country)}
Guarantor: ${nameAs(g, p)}
${addressBlock(a)}
Account number: ${phi('account', g.pick([g.digits(10), `ACC-${g.digits(7)}`, `${g.digits(4)}-${g.digits(4)}-${g.digits(2)}`]))}
Patient: ${nm(p.given)} ${nm(p.family)}   ${mrn(g)}

Date of service  Code  Description  Amount
${join(items, '\n')}
Pharmacy: ${drug(g)} (NDC ${ndc(g)})

Insurance paid (${org(g, 'payer')}): ${g.int(0, 900)}.00
Amount due: ${g.int(20, 2000)}.${g.digits(2)}

Pay by card: ${keep('organization', c.issuer)} ${c.number}  exp ${expiry(g)}  (CVV on file)
Or bank transfer to ${org(g, 'bank')}, IBAN ${iban(g)}, reference ${nm(p.family.toUpperCase())}
Questions? Billing office ${phoneFor(g, p.country)}, fax ${phoneFor(g, p.country, 'fax')}
Pay online: ${phi('url', `https://pay.${g.pick(['harrowgate', 'kestrelridge', 'ferncliff'])}.example/bill/${g.digits(9)}`)}`;
  },

  b35TrialEnrolment: (g) => {
    const p = person(g);
    const b = dob(g, 0.2);
    const scr = recent(g);
    const inv = clinician(g);
    const subj = phi('other_id', `${g.digits(3)}-${g.digits(4)}`, 'subject');
    return t`CLINICAL TRIAL ENROLMENT LOG — protocol ${g.pick(['MCR', 'JTL', 'OSP'])}-${g.digits(4)} (${org(g, 'sponsor')})
Site: ${org(g, 'hospital')}   Investigator: ${inv.name} (NPI ${npiValue(g)})
Subject: ${subj}   Initials: ${phi('name', `${p.given[0]}${p.family[0]}`, 'initials')}
Name (site file only): ${nameAs(g, p)}
DOB ${dateIn(g, b, p.country)} / age at consent ${ageSpan(ageAt(b, scr))}
Screening visit ${dateIn(g, scr, p.country)}; randomised ${dateIn(g, plusDays(scr, g.int(7, 28)), p.country)}
Eligibility labs: ${lab(g)}; ${lab(g)}
Background therapy: ${drug(g)}; history of ${eponym(g)} since ${year(g.int(1995, 2022))}
Study device: ${deviceName(g)} UDI ${udiValue(g)}
Contact: ${phoneFor(g, p.country)} / ${mail(g, p)}
Home: ${addressLine(address(g, p.country))}
Baseline photo: ${photoFile(g, p.family)}
Entered by ${nm(person(g).full)} ${stamp(g, scr)} (EDC ${version(g)}) record ${uuid(g)}`;
  },

  b35TelehealthTranscript: (g) => {
    const p = person(g);
    const c = clinician(g);
    const b = dob(g, 0.25);
    const d = recent(g);
    const a = address(g, p.country);
    const ts = (): string =>
      `[00:${String(g.int(0, 29)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')}]`;
    const doc = nm(c.p.family);
    return t`Telehealth session ${uuid(g)} — ${org(g, 'hospital')}
Joined from ${ip(g)} | ${g.pick(USER_AGENTS)}
${ts()} DR ${doc}: Hi, can you confirm your full name and date of birth?
${ts()} PATIENT: Yeah it's ${nm(p.full)}, ${g.pick(['born', 'DOB', 'birthday is'])} ${dateIn(g, b, p.country)}.
${ts()} DR ${doc}: Thanks ${nm(p.given)}. And you're still at ${a.street} in ${a.city}?
${ts()} PATIENT: Yes, ${a.code}. Best number is ${phoneFor(g, p.country)}.
${ts()} DR ${doc}: I see you turned ${ageSpan(ageAt(b, d))} this year. How has the ${eponym(g)} been since we started ${drug(g)}?
${ts()} PATIENT: Better. My ${deviceName(g)} shows fewer episodes. My daughter ${nm(person(g, p.country).given)} set it up.
${ts()} DR ${doc}: Your ${lab(g)} from ${dateIn(g, plusDays(d, -g.int(5, 40)), p.country)} looks fine. I'll send the script to ${org(g, 'pharmacy')}.
${ts()} PATIENT: Could you fax the letter to my lawyer, ${nm(person(g).full)}? It's ${phoneFor(g, p.country, 'fax')}.
${ts()} DR ${doc}: Will do. Follow-up on ${dateIn(g, plusDays(d, g.int(14, 90)), p.country)}.
Session recorded ${stamp(g, d)}; visit date ${dateIn(g, d, p.country)}`;
  },

  b35SupportChat: (g) => {
    const p = person(g);
    const agent = person(g);
    const user = g.chance(0.6) ? handle(g, p) : opaqueHandle(g);
    const serial = phi('device', `${g.letters(2)}${g.digits(2)}-${g.digits(6)}`, 'serial');
    return t`Chat transcript — ${deviceName(g)} support
Agent ${nm(agent.given)}: Hello! Who am I speaking with?
Customer: ${nm(p.full)}, username ${user}
Agent ${nm(agent.given)}: Thanks. Can you confirm the email on the account?
Customer: ${mail(g, p)}
Customer: the app (version ${version(g)}) says the sensor serial ${serial} is not paired. Bluetooth MAC shows ${mac(g)}
Agent ${nm(agent.given)}: I can see ${serial} was last synced from ${ip(g)}. Has your phone changed?
Customer: yes, new phone since ${dateIn(g, recent(g), p.country)}. I need the readings for my endocrinologist, Dr ${nm(person(g).family)}.
Agent ${nm(agent.given)}: Understood. I'll send a replacement to the address on file: ${addressLine(address(g, p.country))}. Is that still right?
Customer: Yes. My HbA1c is due next week so please hurry lol
Agent ${nm(agent.given)}: Ticket ${phi('other_id', `TCK-${g.digits(7)}`, 'ticket')} raised ${stamp(g, recent(g))}.`;
  },

  b35HrBenefits: (g) => {
    const p = person(g, g.pick(['US', 'US', 'UK', 'CA'] as const));
    const a = address(g, p.country);
    const b = dob(g, 0.05);
    const spouse = person(g, p.country);
    const kid = person(g, p.country);
    const kb = new Date(Date.UTC(g.int(2008, 2022), g.int(0, 11), g.int(1, 28)));
    const eff = recent(g);
    const [nl, nid] = nationalId(g, p.country);
    return t`${org(g, 'employer')} — Benefits Enrollment Confirmation
Employee: ${nameAs(g, p)}    Employee ID: ${phi('other_id', `E${g.digits(6)}`, 'employee')}
Job title: ${g.pick(JOBS)}   Work email: ${mail(g, p)}
${p.country === 'US' ? ssn(g, true) : t`${nl}: ${nid}`}
Date of birth: ${dateIn(g, b, p.country)}   Hire date: ${dateIn(g, new Date(Date.UTC(g.int(2010, 2023), g.int(0, 11), g.int(1, 28))), p.country)}
Home address: ${addressLine(a)}

Medical plan: ${org(g, 'payer')} PPO — subscriber ID ${healthId(g, 'US')[1]}
Dependents:
  ${nm(spouse.full)} (spouse), DOB ${dateIn(g, dob(g, 0), p.country)}
  ${nm(`${kid.given} ${p.family}`)} (child), DOB ${dateIn(g, kb, p.country)}, age ${ageSpan(ageAt(kb, eff))}
Coverage effective ${dateIn(g, eff, p.country)}
Direct deposit: ${org(g, 'bank')} routing ${g.digits(9)} account ${phi('account', g.digits(g.int(8, 12)))}
HSA contribution per pay period: ${g.int(20, 300)}.00
Processed ${stamp(g, eff)} by benefits portal ${version(g)}`;
  },

  b35DemandLetter: (g) => {
    const client = person(g);
    const other = person(g, client.country);
    const acc = recent(g);
    const [la, lo] = [coords(g), plate(g, client.country)];
    const doc = clinician(g);
    return t`${org(g, 'employer')}
WITHOUT PREJUDICE

Re: Our client ${nm(client.full)} — road traffic collision of ${dateIn(g, acc, client.country)}
Your insured: ${nm(other.full)}, vehicle ${lo}, VIN ${vinValue(g)}
Claim reference ${phi('other_id', `CLM${g.digits(8)}`, 'claim')}

Dear Sirs,

On ${dateIn(g, acc, client.country)} at about ${clock(g)} your insured's vehicle struck our client's car (${plate(g, client.country)}) at ${la}. Our client, then aged ${ageSpan(g.int(19, 88))}, was taken to ${org(g, 'hospital')} and treated by ${doc.name} for a ${eponym(g)} (${code(g, 'ICD-10')[1]}); a ${eponymTest(g)} was positive on examination.
She was prescribed ${drug(g)} and attended physiotherapy until ${dateIn(g, plusDays(acc, g.int(30, 120)), client.country)}.
Driving licence ${driving(g, client.country, client)} was surrendered on medical advice.

Medical records are enclosed (fax received ${stamp(g, plusDays(acc, 40))}). Please reply to ${mail(g, person(g))} or fax ${phoneFor(g, client.country, 'fax')}.

Yours faithfully,
${nm(person(g).full)}, Solicitor`;
  },

  b35IndiaOpdSlip: (g) => {
    const p = person(g, 'IN');
    const a = address(g, 'IN');
    const b = dob(g, 0.1);
    const d = recent(g);
    const rel = person(g, 'IN');
    const [idl, id] = nationalId(g, 'IN');
    const [, abha] = healthId(g, 'IN');
    return t`${org(g, 'hospital')}
OUT-PATIENT REGISTRATION SLIP
UHID: ${phi('mrn', `${g.pick(['SMH', 'KMC'])}${g.digits(8)}`)}    OPD No: ${g.digits(5)}    Date: ${dateIn(g, d, 'IN')}
Patient Name: ${phi('name', g.chance(0.5) ? `${p.given.toUpperCase()} ${p.family.toUpperCase()}` : p.full)}   ${g.pick(['S/o', 'D/o', 'W/o'])} ${nm(rel.full)}
Age/Sex: ${ageSpan(ageAt(b, d))}/${g.pick(['M', 'F'])}   DOB: ${dateIn(g, b, 'IN')}
Address: ${a.street}, ${a.city}, ${a.region} PIN ${a.code}
Mobile: ${phoneFor(g, 'IN')}   ${idl}: ${id}
ABHA No: ${abha}   ABHA address: ${phi('name', `${p.given.toLowerCase()}${g.digits(2)}@abdm`, 'abha-address')}
Department: ${g.pick(['Orthopaedics', 'General Medicine', 'Dermatology'])}   Consultant: ${clinician(g).name}
Provisional diagnosis: ${eponym(g)} (${code(g, 'ICD-10')[1]})
Rx: ${drug(g)} x ${g.int(5, 30)} days
Payment: UPI ${phi('name', `${p.given.toLowerCase()}.${p.family.toLowerCase().replace(/[^a-z]/g, '')}@okaxis`, 'upi')}  Rs ${g.int(100, 900)}
Printed ${stamp(g, d)}`;
  },

  b35UkGpRegistration: (g) => {
    const p = person(g, 'UK');
    const a = address(g, 'UK');
    const prev = address(g, 'UK');
    const b = dob(g, 0.2);
    const d = recent(g);
    const [, nhs] = healthId(g, 'UK');
    const [, ni] = nationalId(g, 'UK');
    return t`GMS1 — Family Doctor Services Registration
Practice: ${org(g, 'hospital')}
Surname: ${nm(p.family)}   First names: ${nm(p.middle ? `${p.given} ${p.middle}` : p.given)}
Title: ${title(g, p)}   Date of birth: ${dateIn(g, b, 'UK')}   Sex: ${g.pick(['F', 'M'])}
NHS number: ${nhs}    NI number: ${ni}
Home address: ${addressLine(a)}
Previous address: ${addressLine(prev)}
Town of birth: ${phi('geo', g.pick(['Barnstaple', 'Hexham', 'Penzance', 'Kidderminster']), 'city')}
Previous GP: ${clinician(g).name}, ${prev.city}
Tel: ${phoneFor(g, 'UK')}   Email: ${mail(g, p)}
If you are returning from the Armed Forces, service number ${phi('other_id', `${g.int(24, 30)}${g.digits(6)}`, 'service')}, enlisted ${dateIn(g, new Date(Date.UTC(g.int(1990, 2015), g.int(0, 11), g.int(1, 28))), 'UK')}
Organ donor: ${g.pick(['yes', 'no'])}   Registered ${dateIn(g, d, 'UK')}
Carer: ${nm(person(g, 'UK').full)} ${phoneFor(g, 'UK')}
Received ${stamp(g, d)}`;
  },

  b35TravelDeclaration: (g) => {
    const p = person(g);
    const b = dob(g, 0.1);
    const arr = recent(g);
    const a = address(g, p.country);
    return t`PASSENGER HEALTH DECLARATION
Surname / Given names: ${phi('name', `${p.family.toUpperCase()} / ${p.given.toUpperCase()}`)}
Passport No.: ${passport(g, p.country)}   Nationality: ${p.country}   DOB: ${dateIn(g, b, p.country)}
Gender: ${g.pick(GENDERS)}   Eye colour: ${g.pick(EYES)}   Height: ${height(g)}
Flight ${g.letters(2)}${g.int(100, 999)} arriving ${dateIn(g, arr, p.country)}, seat ${g.int(1, 40)}${g.letters(1, 'ABCDEF')}
Address during stay: ${addressLine(a)} (GPS ${coords(g)})
Mobile: ${phoneFor(g, p.country)}   Email: ${mail(g, p)}
Symptoms in the past 14 days: ${g.pick(['none', 'cough', 'fever 38.4', 'none declared'])}
Vaccination certificate: ${phi('url', `https://verify.example.org/cert/${g.f.string.alphanumeric(16)}`)}
Regular medicines carried: ${drug(g)}; medical device ${deviceName(g)} (serial ${phi('device', `${g.digits(3)}${g.letters(3)}${g.digits(5)}`, 'serial')})
Facial image captured at e-gate: ${photoFile(g, p.family)}; template ${biometricValue(g)}
Submitted ${stamp(g, arr)}`;
  },

  b35PharmacyDelivery: (g) => {
    const p = person(g);
    const a = address(g, p.country);
    const driver = person(g, p.country);
    const d = recent(g);
    const presc = clinician(g);
    return t`${org(g, 'pharmacy')} — Home Delivery Note
Order for: ${nameAs(g, p)}   Rx no. ${phi('other_id', `RX${g.digits(7)}`, 'rx')}
Deliver to: ${addressLine(a)}
Drop pin: ${coords(g)}
Leave with neighbour? ${g.chance(0.5) ? t`yes — ${nm(person(g, p.country).given)} at no. ${g.int(1, 90)}` : 'no'}
Items: ${drug(g)} x${g.int(1, 3)}; ${drug(g)} x1 (fridge item)
Prescriber: ${presc.name}, DEA ${deaValue(g, presc.p.family)}
Driver: ${nm(driver.given)} — vehicle ${plate(g, p.country)}
Delivered ${dateIn(g, d, p.country)} at ${clock(g)}, signed by recipient; proof-of-delivery photo ${photoFile(g, p.family)}
Customer phone ${phoneFor(g, p.country)}
Scanner ${deviceName(g)} IMEI ${phi('device', `${g.digits(2)}-${g.digits(6)}-${g.digits(6)}-${g.digits(1)}`, 'imei')}`;
  },

  b35StudentWellbeing: (g) => {
    const s = person(g);
    const parent = person(g, s.country);
    const b = new Date(Date.UTC(g.int(2006, 2012), g.int(0, 11), g.int(1, 28)));
    const d = recent(g);
    return t`${org(g, 'school')} — Student Wellbeing Referral (CONFIDENTIAL)
Student: ${nm(s.full)}   Year group ${g.int(7, 13)}   Student no. ${phi('other_id', `${g.digits(8)}`, 'student')}
DOB: ${dateIn(g, b, s.country)} (age ${ageSpan(ageAt(b, d))})
Login: ${handle(g, s)}   School email: ${mail(g, s)}
Parent/carer: ${title(g, parent)} ${nm(parent.full)}, ${phoneFor(g, s.country)}
Concern raised ${dateIn(g, d, s.country)} by ${nm(person(g).full)} (${g.pick(['Head of Year', 'Form Tutor', 'SENCO'])})
Summary: ${nm(s.given)} has had recurrent knee pain; physio suspects ${eponym(g)}. Reports taking ${drug(g)} from home.
Accessibility: extra time; laptop ${phi('device', `${g.letters(4)}${g.digits(6)}`, 'serial')} on loan.
School nurse note: ${lab(g)} reported by GP letter, ${org(g, 'hospital')}.
Logged ${stamp(g, d)}`;
  },
};
