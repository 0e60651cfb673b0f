/**
 * Text documents of blind split 37: mainstream US clinical and administrative records written
 * so that every Safe Harbor identifier type turns up about as often as names and dates.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { RELATIONS, STATE_NAMES, V } from './vocab';

type Template = (g: Gen) => Frag;

const opt = (g: Gen, p: number, piece: Piece): Piece => (g.chance(p) ? piece : '');

function b37ProgressNote(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const doc = v.person();
  const rel = v.person();
  const visit = v.recent();
  const old = g.chance(0.4);
  return t`${pt.lastFirst()}   ${v.mrn()}   ${g.pick(['F', 'M'])}   Visit ${v.account()}
PROGRESS NOTE — ${v.org()}
Patient: ${pt.lastFirst()}    ${v.mrnLabel()} ${v.mrn()}    DOB: ${v.date(v.birth(old))}
Date of service: ${v.date(visit)}    Provider: ${doc.clin()}

S: ${pt.firstOnly()} is a ${old ? v.oldAge() : v.youngAge()} seen for follow-up of ${v.eponym()}. Accompanied by ${g.pick(RELATIONS)} ${rel.full()}, who can be reached at ${v.phone()}.
${opt(g, 0.6, t`Symptoms began in ${v.monthYear(v.recent())}; last visit was ${v.dayMonth(visit)}.\n`)}O: BP ${g.int(104, 168)}/${g.int(58, 98)}, HR ${g.int(52, 104)}. Labs: ${v.lab()}, ${v.lab()}.
A/P: ${v.code()} — continue ${v.drug()}. Add ${v.drug()}.
${opt(g, 0.5, t`Device: ${v.deviceName()}, serial ${v.serial()}.\n`)}RTC in ${g.int(2, 12)} weeks. Electronically signed ${v.date(visit)} by ${doc.initials()}.
`;
}

function b37Discharge(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const att = v.person();
  const pcp = v.person();
  const admit = v.recent();
  const dc = new Date(admit.getTime() + g.int(1, 9) * 86_400_000);
  return t`DISCHARGE SUMMARY
${pt.any()} | ${v.mrnLabel()} ${v.mrn()} | Acct ${v.account()} | Admitted ${v.date(admit)} | Discharged ${v.date(dc)}
Attending: ${att.dr()} (NPI ${v.npi()})
PCP: ${pcp.clin()}, ${v.town()}, fax ${v.phone('fax', false)}

Hospital course: ${g.pick(['Mr.', 'Ms.', 'Mrs.'])} ${pt.lastOnly()} presented after a fall at home (${v.code()}). Imaging showed ${v.eponym()}.
${opt(g, 0.7, t`Implant: ${v.deviceName()} — UDI ${v.udi()}.\n`)}Discharge labs: ${v.lab()}; ${v.lab()}.
Discharge medications: ${v.drug()}; ${v.drug()}.
Follow-up with ${pcp.dr()} on ${v.dayMonth(dc)}. Home address on file: ${v.address()}.
Hospital quality note: ${v.stat()} (${v.year(admit)}).
`;
}

function b37Referral(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const from = v.person();
  const to = v.person();
  const d = v.recent();
  return t`${v.org()}
${v.address('\n')}
Phone ${v.phone()}  Fax ${v.phone('fax', false)}

${v.date(d)}

${to.dr()}
Re: ${pt.full()}, DOB ${v.date(v.birth())}, ${v.mrnLabel()} ${v.mrn()}

Dear Dr. ${to.lastOnly()},

Thank you for seeing my patient, a ${v.youngAge()} with ${v.eponym()} (${v.code()}). ${opt(g, 0.5, t`Insurance: ${v.org()}, member ${v.member()}, group ${v.group()}. `)}Current regimen includes ${v.drug()}.
${pt.firstOnly()} prefers email at ${v.email(pt)} and text messages to ${v.phone(undefined, false)}.

Sincerely,
${from.clin()}
NPI ${v.npi()} | ${g.pick(['State license', 'Lic. #', 'Medical license'])} ${v.stateLicense()}
`;
}

function b37FaceSheet(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const ec = v.person();
  const guar = v.person();
  const old = g.chance(0.3);
  const [dl, st] = v.driverLicense();
  return t`REGISTRATION / FACE SHEET
PATIENT NAME: ${pt.lastFirst()}
${v.mrnLabel().toUpperCase()}: ${v.mrn()}   HOSPITAL ACCOUNT: ${v.account()}
DOB: ${v.date(v.birth(old))}   AGE: ${old ? t`${phi('age', String(g.int(90, 103)))}` : t`${keep('age_under_90', String(g.int(18, 89)))}`}   SEX: ${g.pick(['F', 'M', 'X'])}
ADDRESS: ${v.street()}
CITY/STATE/ZIP: ${v.town()}, ${st} ${v.zip()}
COUNTY: ${v.county()}
HOME PH: ${v.phone()}   CELL: ${v.phone(undefined, false)}
EMAIL: ${v.email(pt)}
${v.ssn()}
DRIVER LICENSE (${st}): ${dl}
EMPLOYER: ${v.org()}  EMPLOYEE ID: ${v.employee()}
EMERGENCY CONTACT: ${ec.full()} (${g.pick(RELATIONS)}) ${v.phone()}
GUARANTOR: ${guar.lastFirst()}  GUARANTOR ACCT: ${v.account()}
PRIMARY INS: ${v.org()}  SUBSCRIBER ID: ${v.member()}  GROUP #: ${v.group()}
${opt(g, 0.5, t`SECONDARY: Medicare  MBI ${v.mbi()}\n`)}PHOTO ID SCANNED: ${v.photoFile(pt)}
`;
}

function b37PriorAuth(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const md = v.person();
  const d = v.recent();
  return t`PRIOR AUTHORIZATION REQUEST — ${v.org()}
Fax to: ${v.phone('fax', false)}   Date submitted: ${v.date(d)}
Member name: ${pt.any()}   Member ID: ${v.member()}   Group: ${v.group()}
Date of birth: ${v.date(v.birth())}
Prescriber: ${md.clin()}   NPI: ${v.npi()}   DEA: ${v.dea(md.last)}
Prescriber phone: ${v.phone()}
Requested: ${v.drug()}   Diagnosis: ${v.code()} (${v.eponym()})
Prior therapy: ${v.drug()} from ${v.monthYear(v.recent())} to ${v.monthYear(d)}.
Supporting labs: ${v.lab()}, ${v.lab()}
Reference/case #: ${v.authNo()}   Claim #: ${v.claim()}
`;
}

function b37Incident(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const rn = v.person();
  const wit = v.person();
  const d = v.recent();
  return t`INCIDENT REPORT ${v.caseNo()}
Facility: ${v.org()}  Unit: ${g.pick(['4 West', 'ICU', 'Med-Surg 3', 'ED'])}
Date/time of event: ${v.date(d)} at ${g.int(0, 23)}:${String(g.int(0, 59)).padStart(2, '0')}
Person involved: ${pt.lastFirst()} (${v.mrnLabel()} ${v.mrn()}), ${g.chance(0.5) ? v.oldAge() : v.youngAge()}
Reported by: ${rn.full()}, ${g.pick(['RN', 'LPN', 'CNA'])}, badge ${v.employee()}, license ${v.stateLicense()}
Witness: ${wit.any()}, ${v.phone()}
Description: patient found on floor beside bed; bed alarm ${v.deviceName()} did not sound. ${opt(g, 0.5, t`Bed exit sensor MAC ${v.mac()}. `)}
Post-fall labs: ${v.lab()}. Coded ${v.code()}.
Photos: ${v.photoFile(pt)}, ${v.photoFile(pt)}
Family notified: ${g.pick(RELATIONS)} ${v.person().full()} on ${v.dayMonth(d)}.
Unit benchmark: ${v.stat()}.
`;
}

function b37ImplantRegistry(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const surg = v.person();
  const d = v.recent();
  return t`IMPLANT REGISTRY ENTRY
Registry ID: ${v.caseNo()}   Facility: ${v.org()}
Recipient: ${pt.full()}   ${v.mrnLabel()} ${v.mrn()}   DOB ${v.date(v.birth())}
Implant date: ${v.date(d)}   Implanting physician: ${surg.dr()} (NPI ${v.npi()})
Device: ${v.deviceName()}
  UDI: ${v.udi()}
  Serial: ${v.serial()}
${opt(g, 0.6, t`  Lead serial: ${v.serial()}\n`)}${opt(g, 0.5, t`  Remote monitor MAC: ${v.mac()}  home monitor IP ${v.ip()}\n`)}Indication: ${v.eponym()} / ${v.code()}
Procedure: ${v.code()}
Patient card mailed to ${v.address()}.
Registry software ${v.version()}.
`;
}

function b37DmeOrder(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const md = v.person();
  const d = v.recent();
  return t`DME ORDER / DETAILED WRITTEN ORDER
Supplier: ${v.org()}   Supplier phone ${v.phone()}
Beneficiary: ${pt.lastFirst()}   ${g.pick(['Medicare MBI', 'MBI', 'Medicare #'])} ${v.mbi()}
Delivery address: ${v.address()}
Item: ${v.deviceName()} — ${v.code()}
Item serial #: ${v.serial()}${opt(g, 0.4, t`   Modem MAC ${v.mac()}`)}
Order date: ${v.date(d)}   Length of need: ${g.int(6, 99)} months
Ordering practitioner: ${md.clin()}   NPI ${v.npi()}
Face-to-face visit ${v.date(d)}. Qualifying: ${v.lab()}.
Signature: ${md.initials()}  Date signed: ${v.date(d)}
`;
}

function b37Transport(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const crew = v.person();
  const d = v.recent();
  const st = g.pick(STATE_NAMES);
  return t`NON-EMERGENCY TRANSPORT RECORD — ${v.org()}
Run #: ${v.caseNo()}   Date: ${v.date(d)}
Patient: ${pt.full()}, ${g.chance(0.5) ? v.oldAge() : v.youngAge()}, ${v.mrnLabel()} ${v.mrn()}
Pick-up: ${v.address()}
Destination: ${v.org()}, ${v.town()}
Unit vehicle: VIN ${v.vin()}, ${st} plate ${v.plate()}
Crew: ${crew.full()}, EMT, ${st} cert ${v.stateLicense()}
Callback for family: ${v.phone()}
Payer: ${v.org()}  ID ${v.member()}
Meds en route: ${v.drug()}. Vitals stable.
`;
}

function b37Parking(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const d = v.recent();
  const st = v.state();
  return t`PATIENT & VISITOR PARKING PERMIT
Issued to: ${pt.any()}  (${g.pick(['patient', 'visitor', 'caregiver'])})
Vehicle: ${g.int(2009, 2025)} ${g.pick(['Subaru Outback', 'Ford F-150', 'Honda CR-V', 'Toyota Camry', 'Chevrolet Equinox'])}, plate ${st} ${v.plate()}
VIN (last visit record): ${v.vin()}
Valid ${v.date(d)} through ${v.date(new Date(d.getTime() + g.int(7, 60) * 86_400_000))}
Contact: ${v.phone()}   ${opt(g, 0.6, t`Email: ${v.email(pt)}`)}
Linked visit ${v.mrnLabel()} ${v.mrn()}
Garage stats: ${v.stat()}
`;
}

function b37Accident(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const d = v.recent();
  const off = v.person();
  return t`ED TRIAGE — MOTOR VEHICLE COLLISION
${pt.lastFirst()}  ${v.mrnLabel()} ${v.mrn()}  arrived ${v.date(d)} by ${v.org()}
Driver of ${g.pick(['sedan', 'pickup', 'SUV'])} plate ${v.plate()} (${v.state()}), VIN ${v.vin()}. Other vehicle plate ${v.plate()}.
Police report ${v.caseNo()}, Officer ${off.full()} badge ${v.employee()}.
Auto insurer claim ${v.claim()}.
Injuries: ${v.code()}; ${v.eponym()} suspected. ${v.lab()}.
Given ${v.drug()}.
`;
}

function b37Telehealth(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const np = v.person();
  const d = v.recent();
  return t`TELEHEALTH SESSION LOG
Session ${v.uuid()}  platform ${v.version()}
Started ${v.ts(d)}  ended ${v.ts(d)}
Patient: ${pt.full()}  ${v.mrnLabel()} ${v.mrn()}  DOB ${v.date(v.birth())}
Patient joined from IP ${v.ip()} via ${v.url(pt)}
Clinician: ${np.clin()} from IP ${v.ip()}
Patient location (required by state rule): ${v.town()}, ${v.county()}
Identity verified by photo ID ${v.photoId()} and voiceprint enrolment ${v.biometric()}.
Callback number if disconnected: ${v.phone()}
Assessment: ${v.eponym()}; ${v.code()}. Plan: ${v.drug()}.
`;
}

function b37RoiRequest(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const req = v.person();
  const d = v.recent();
  return t`AUTHORIZATION FOR RELEASE OF INFORMATION
Patient name: ${pt.full()}   Other names used: ${phi('name', `${pt.first} ${v.surname()}`)}
Date of birth: ${v.date(v.birth())}   ${v.ssn()}
${v.mrnLabel()}: ${v.mrn()}
Release to: ${req.full()}, ${v.address()}; phone ${v.phone()}; fax ${v.phone('fax', false)}; email ${v.email(req)}
Records: visits from ${v.date(v.recent())} to ${v.date(d)}; include photographs (full-face photograph on file ${v.photoId()}).
Purpose: ${g.pick(['legal', 'insurance', 'continuity of care', 'personal use'])}. Attorney case no. ${v.caseNo()}.
Signature of patient or representative: ${pt.initials()}  Date: ${v.date(d)}
Witness: ${v.person().any()}
`;
}

function b37Consent(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const pi = v.person();
  const d = v.recent();
  return t`RESEARCH CONSENT — ${v.org()} IRB protocol ${g.int(2019, 2025)}-${g.digits(4)}
Participant: ${pt.full()}   Study ID: ${phi('other_id', `B37-${g.digits(4)}`, 'study')}
Age at consent: ${g.chance(0.25) ? v.oldAge() : v.youngAge()}
Biometric enrolment: fingerprint template ${v.biometric()}, retinal scan ref ${v.biometric()}
Study device: ${v.deviceName()} S/N ${v.serial()}, Bluetooth MAC ${v.mac()}
Student participant ID (if enrolled at university): ${v.student()}
Principal investigator: ${pi.clin()} (${v.phone()})
Consent signed ${v.date(d)}; re-consent due ${v.date(new Date(d.getTime() + 365 * 86_400_000))} (protocol year ${v.year(d)}).
Study drug: ${v.drug()}. Site statistic: ${v.stat()}.
`;
}

function b37PortalAccount(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const proxy = v.person();
  const d = v.recent();
  return t`PATIENT PORTAL ACCOUNT RECORD
Account holder: ${pt.any()}   Portal username: ${phi('other_id', `${pt.first.toLowerCase()}${g.digits(3)}`, 'username')}
Portal URL: ${v.url(pt)}
Login email: ${v.email(pt)}   2FA phone: ${v.phone(undefined, false)}
Created ${v.ts()}   last login ${v.ts()} from ${v.ip()}
Proxy access: ${proxy.full()} (${g.pick(RELATIONS)}) granted ${v.date(d)}
Linked ${v.mrnLabel()} ${v.mrn()}; billing account ${v.account()}
Face ID enrolment ${v.biometric()}   Profile photo ${v.photoFile(pt)}
App ${v.version()}
`;
}

function b37Billing(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const d = v.recent();
  return t`STATEMENT OF ACCOUNT — ${v.org()}
Guarantor: ${pt.lastFirst()}
${v.address('\n')}
Account number: ${v.account()}   Statement date: ${v.date(d)}
Service ${v.date(v.recent())}: ${v.code()} — $${g.int(80, 4800)}.00
Autopay from bank account ${v.bank()} routing ${g.digits(9)}
Claim ${v.claim()} submitted to ${v.org()} (member ${v.member()}).
Questions? Call ${v.phone()} or visit ${v.url(pt)}.
`;
}

function b37Nursing(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const rn1 = v.person();
  const rn2 = v.person();
  const d = v.recent();
  return t`NURSING HANDOFF ${v.date(d)}
Rm ${g.int(201, 699)} — ${pt.lastOnly()}, ${pt.firstOnly()} (${pt.initials()}), ${g.chance(0.45) ? v.oldAge() : v.youngAge()}, ${v.mrnLabel()} ${v.mrn()}
Off-going: ${rn1.full()}, RN → on-coming ${rn2.any()}, RN
Insulin pump ${v.deviceName()} S/N ${v.serial()}; CGM transmitter ${v.serial()}.
${v.lab()} at 0600. Gave ${v.drug()}.
Daughter-in-law ${v.person().full()} will call ${v.phone()} after ${v.dayMonth(d)}.
Allergy band, fall band. Fingerprint med-cabinet override by ${rn1.initials()} (template ${v.biometric()}).
`;
}

function b37DeviceClinic(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const tech = v.person();
  const d = v.recent();
  return t`DEVICE CLINIC — REMOTE TRANSMISSION REVIEW
${pt.full()} | ${v.mrnLabel()} ${v.mrn()} | DOB ${v.date(v.birth(g.chance(0.3)))}
Generator: ${v.deviceName()}  Serial ${v.serial()}  implanted ${v.monthYear(v.recent())}
Home monitor: MAC ${v.mac()}, last seen IP ${v.ip()}, firmware ${v.version()}
Transmission received ${v.ts(d)}. Battery ${g.int(4, 12)}.${g.int(0, 9)} years.
Events: ${v.eponym()}. ${v.code()}.
Reviewed by ${tech.clin()} on ${v.date(d)}. Next check ${v.date(new Date(d.getTime() + 91 * 86_400_000))}.
Program benchmark: ${v.stat()}.
`;
}

function b37PhoneEncounter(g: Gen): Frag {
  const v = new V(g);
  const pt = v.person();
  const caller = v.person();
  const ma = v.person();
  const d = v.recent();
  return t`TELEPHONE ENCOUNTER ${v.date(d)}
Caller: ${caller.any()} (${g.pick(RELATIONS)} of ${pt.full()}) at ${v.phone()}
Patient ${v.mrnLabel()} ${v.mrn()}; DOB ${v.date(v.birth())}
Reason: refill of ${v.drug()}; reports ${v.lab()} on home meter.
${opt(g, 0.5, t`Asks to send records to her new address ${v.address()}.\n`)}Pharmacy: ${v.org()} ${v.phone()}, fax ${v.phone('fax', false)}
Taken by ${ma.full()} (${ma.initials()}), employee ${v.employee()}.
`;
}

function b37Census(g: Gen): Frag {
  const v = new V(g);
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(3, 6); i++) {
    const p = v.person();
    rows.push(
      t`${g.int(301, 399)}\t${p.lastFirst()}\t${v.mrn()}\t${v.date(v.birth(g.chance(0.3)))}\t${p.initials()}\t${v.code()}`,
    );
  }
  return t`UNIT CENSUS ${v.org()} printed ${v.ts()}
Bed\tName\t${v.mrnLabel()}\tDOB\tInit\tDx
${join(rows, '\n')}
Occupancy: ${v.stat()}. Charge RN ${v.person().full()} ${v.phone()}
`;
}

export const BLIND37_TEXT_DOCS: Record<string, Template> = {
  b37ProgressNote,
  b37Discharge,
  b37Referral,
  b37FaceSheet,
  b37PriorAuth,
  b37Incident,
  b37ImplantRegistry,
  b37DmeOrder,
  b37Transport,
  b37Parking,
  b37Accident,
  b37Telehealth,
  b37RoiRequest,
  b37Consent,
  b37PortalAccount,
  b37Billing,
  b37Nursing,
  b37DeviceClinic,
  b37PhoneEncounter,
  b37Census,
};
