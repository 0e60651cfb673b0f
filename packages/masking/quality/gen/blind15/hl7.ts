/**
 * HL7 v2 messages of blind split 15 (ADT, ORU, ORM, SIU, MDM) as interface engines log them
 * and MCP tools return them: component and repetition separators, escapes (\T\, \S\, \.br\),
 * XPN/XTN/CX components each labeled on their own. SYNTHETIC DATA ONLY.
 *
 * Labeling conventions of the split (shared by every module of it):
 * - Every person's name is PHI, patients', relatives' and staff's alike, in every form; each
 *   HL7/DICOM component (family, given, middle) is its own span; titles stay outside.
 * - Dates of a person's care, birth or death are PHI in every form (HL7 TS with time, FHIR
 *   dateTime with offset, X12 D8/RD8 halves). Times a system stamps on its own records (log
 *   lines, spans, meta.lastUpdated, createdAt, commit and CI times) are keep timestamps. The
 *   message header time (MSH-7) is left unlabeled: it is neither clearly one nor the other.
 * - Towns and counties are geo; states are not labeled; ZIP codes are PHI whole (ZIP+4 too).
 * - NPI, DEA, state and driver's licences are licence; payer claim and accession numbers are
 *   other_id; patient control and encounter numbers are account.
 * - Hospitals, labs, payers and pharmacies are organisation keep strings; system URIs
 *   (http://loinc.org, urn:oid:...) and DICOM UIDs are left unlabeled.
 * - Ages over 89 are PHI; younger ages, and years alone, are keep strings.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type Frag, join, keep, phi, t } from '../fragment';
import {
  accession,
  account,
  deviceSerial,
  driversLicense,
  email,
  employeeId,
  memberId,
  mrn,
  npi,
  phone,
  ssn,
  xtn,
} from './ids';
import {
  cpt,
  cptPick,
  deviceName,
  doseSpan,
  drugPick,
  eponym,
  hospital,
  icd,
  icdPick,
  lab as labOrg,
  labPick,
  labRange,
  loinc,
  payer,
  rxnorm,
} from './keeps';
import {
  type Addr,
  addr,
  ageOf,
  caret,
  dt,
  familyOnly,
  full,
  givenOnly,
  hhmm,
  hl7Time,
  initialLast,
  patient,
  staff,
  sysDate,
  visit,
  type Who,
} from './who';

const SEG = ['\r', '\n', '\r\n'] as const;
const FAC = ['CVMC', 'RBRH', 'NFKC', 'RRVHS', 'GSLMC'];

function msh(g: Gen, type: string): string {
  const t7 = `${sysDate(g)}${hhmm(g)}${g.int(10, 59)}`;
  const v = g.pick(['2.5.1', '2.3', '2.4', '2.6']);
  return `MSH|^~\\&|${g.pick(['EPIC', 'CERNER', 'MEDITECH', 'ATHENA'])}|${g.pick(FAC)}|${g.pick(['MIRTH', 'RHAPSODY', 'CLOVERLEAF'])}|HIE|${t7}||${type}|${g.pick(['MSG', 'Q', ''])}${g.digits(9)}|P|${v}`;
}

function xad(a: Addr): Frag {
  return t`${phi('street_address', `${a.number} ${a.street}`)}^${a.unit ? phi('street_address', a.unit) : ''}^${phi('geo', a.town)}^${a.state}^${phi('zip', a.zip, 'zip5')}^USA^H`;
}

/** XCN: id^FAMILY^GIVEN^^^DR^^^NPI. */
function xcn(g: Gen, p: Who): Frag {
  return t`${npi(g)}^${phi('name', p.family.toUpperCase(), 'hl7')}^${phi('name', p.given.toUpperCase(), 'hl7')}^^^${g.pick(['DR', 'MD', ''])}^^^NPI`;
}

function pid(g: Gen, p: Who, a: Addr): Frag {
  const alias = g.chance(0.35)
    ? t`~${phi('name', p.family.toUpperCase(), 'hl7')}^${phi('name', p.nick.toUpperCase(), 'hl7')}^^^^^N`
    : '';
  const phones = g.chance(0.5)
    ? t`${xtn(g, 'PRN')}~${xtn(g, 'ORN', 'CP')}~^NET^Internet^${email(g, p)}`
    : xtn(g, 'PRN');
  return t`PID|1||${mrn(g)}^^^${g.pick(FAC)}^MR~${ssn(g, 'none')}^^^SSA^SS||${caret(p)}${alias}||${dt(p.dob, 'hl7')}|${p.sex}||2106-3^White^CDCREC|${xad(a)}||${phones}|${g.chance(0.4) ? xtn(g, 'WPN') : ''}|${g.pick(['SPA^Spanish', 'VIE^Vietnamese', 'ENG^English', 'SOM^Somali', 'HAT^Haitian Creole'])}|${g.pick(['M', 'S', 'W', 'D'])}||${account(g)}^^^${g.pick(FAC)}^AN|${ssn(g, 'dash')}|${driversLicense(g)}^${a.state}`;
}

function segs(g: Gen, lines: readonly (string | Frag)[]): Frag {
  return join(lines, g.pick(SEG));
}

/** ADT^A04/A08 registration with next of kin, insurance, allergy and diagnosis. */
export function hl7AdtRegistration(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const kin = staff(g);
  const doc = staff(g);
  const ins = g.chance(0.5) ? p : kin;
  const d = visit(g);
  const drug = drugPick(g);
  const dx = icdPick(g);
  const ev = g.pick(['A04', 'A08', 'A01']);
  return segs(g, [
    msh(g, `ADT^${ev}^ADT_A01`),
    t`EVN|${ev}|${hl7Time(g, d)}|||${employeeId(g)}^${phi('name', doc.family.toUpperCase(), 'hl7')}^${phi('name', doc.given.toUpperCase(), 'hl7')}`,
    pid(g, p, a),
    t`NK1|1|${caret(kin)}|${g.pick(['DAU^Daughter', 'SON^Son', 'SPO^Spouse', 'GRD^Guardian'])}^HL70063|${xad(addr(g))}|${xtn(g, 'PRN', 'CP')}||EC^Emergency Contact`,
    t`PV1|1|${g.pick(['O', 'I', 'E'])}|${g.pick(['CARD', '4W', 'ED', 'ONC'])}^${g.int(100, 480)}^${g.pick(['A', 'B'])}^${g.pick(FAC)}||||${xcn(g, doc)}|||${g.pick(['MED', 'CAR', 'SUR'])}||||1|||${xcn(g, staff(g))}|${g.pick(['OP', 'IP'])}|${account(g)}|||||||||||||||||||||||||${hl7Time(g, d)}`,
    t`AL1|1|DA|${rxnorm(drug)}^${drug[0]}^RXNORM|${g.pick(['SV', 'MO', 'MI'])}|${g.pick(['hives', 'angioedema', 'rash \\T\\ itching', 'GI upset'])}`,
    t`DG1|1||${icd(dx)}^${dx[1]}^I10||${hl7Time(g, d)}|A`,
    t`IN1|1|${g.pick(['MCD', 'HMO', 'PPO', 'MCR'])}|${g.digits(5)}|${payer(g)}|PO Box ${g.int(1000, 99_999)}^^Atlanta^GA^30348||||||||||${caret(ins)}|${ins === p ? '01^Self' : '19^Child'}|${dt(ins.dob, 'hl7')}|||||||||||||||||||||${memberId(g)}`,
    t`NTE|1||${g.pick(['Pt', 'Patient'])} prefers ${g.pick(['Spanish', 'Vietnamese', 'Somali'])} interpreter.\\.br\\Contact ${full(kin)} before ${g.pick(['10am', 'noon'])} at ${phone(g)}\\.br\\Age on file: ${ageOf(p)}`,
  ]);
}

/** ORU^R01 lab result with OBX values, units, reference ranges and a called-to comment. */
export function hl7OruResult(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const rn = staff(g);
  const d = visit(g);
  const labs = g.some([0, 1, 2, 3], 2, 4).map(() => labPick(g));
  const obx = labs.map(
    (l, i) =>
      t`OBX|${i + 1}|NM|${loinc(l)}^${l[1]}^LN||${keep('lab_value', l[2])}|${l[3]}|${labRange(l)}|${g.pick(['H', 'L', 'HH', 'A'])}|||F|||${hl7Time(g, d)}|${g.pick(['QRL', 'PCP'])}^${labOrg(g)}`,
  );
  return segs(g, [
    msh(g, 'ORU^R01^ORU_R01'),
    pid(g, p, a),
    t`PV1|1|O|LAB^^^${g.pick(FAC)}||||${xcn(g, doc)}`,
    t`ORC|RE|${g.digits(8)}^EPC|${accession(g)}^LAB||CM`,
    t`OBR|1|${g.digits(8)}^EPC|${accession(g)}^LAB|80053^Comprehensive metabolic panel^C4|||${hl7Time(g, d)}|||||||${hl7Time(g, d)}|Blood|${xcn(g, doc)}||||||${hl7Time(g, addDays(d, 1))}||CH|F`,
    ...obx,
    t`NTE|1|L|Critical value called to ${g.pick(['RN', 'Dr.'])} ${initialLast(rn)} at ${g.pick(['0412', '1630', '2215'])} on ${dt(d, 'usShort')}, read back \\T\\ verified by ${phi('name', `${rn.given[0]}${rn.family[0]}`.toUpperCase(), 'initials')}.`,
  ]);
}

/** ORM^O01 imaging order whose notes carry the implant's MRI-safety details. */
export function hl7OrmImaging(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const d = visit(g);
  const proc = cptPick(g);
  const dx = icdPick(g);
  return segs(g, [
    msh(g, 'ORM^O01'),
    pid(g, p, a),
    t`PV1|1|O|RAD^^^${g.pick(FAC)}||||${xcn(g, doc)}`,
    t`ORC|NW|${g.digits(9)}|||||^^^${hl7Time(g, d)}^^R||${hl7Time(g, d)}|${employeeId(g)}^${phi('name', doc.family, 'hl7')}^${phi('name', doc.given, 'hl7')}||${xcn(g, doc)}|||||${hospital(g)}`,
    t`OBR|1|${g.digits(9)}|${accession(g)}|${cpt(proc)}^${proc[1]}^CPT4|||${hl7Time(g, d)}|||||||||${xcn(g, doc)}|${xtn(g, 'WPN')}`,
    t`DG1|1||${icd(dx)}^${dx[1]}^I10`,
    t`NTE|1||MRI SAFETY: ${deviceName(g)} implanted ${dt(addDays(d, -g.int(200, 900)), 'us')}, S/N ${deviceSerial(g)}\\.br\\Rep ${full(staff(g))} to attend (${phone(g)}). ${eponym(g)} noted on exam.`,
    t`NTE|2||Transport: pt arrives w/ ${g.pick(['daughter', 'son', 'neighbor'])}, wt ${g.int(48, 131)} kg, allergy ${doseSpan(drugPick(g))} (rash).`,
  ]);
}

/** SIU^S12 new appointment with resources, location and the patient's contact details. */
export function hl7SiuBooking(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const d = addDays(visit(g), 60);
  const minutes = g.pick([20, 30, 40, 60]);
  return segs(g, [
    msh(g, 'SIU^S12'),
    t`SCH|${g.digits(8)}^${g.pick(FAC)}|${g.digits(6)}||||${g.pick(['NEWPT', 'FU', 'TELE'])}^${g.pick(['New patient', 'Follow-up', 'Video visit'])}|||${minutes}|MIN|^^${minutes}^${hl7Time(g, d)}^${hl7Time(g, d)}|||||${employeeId(g)}^${phi('name', staff(g).family, 'hl7')}||||${g.pick(['BOOKED', 'Booked'])}`,
    pid(g, p, a),
    t`RGS|1|A`,
    t`AIS|1|A|${cpt(cptPick(g))}^${g.pick(['Office visit', 'Echo', 'Consult'])}|${hl7Time(g, d)}|0|MIN|${minutes}|MIN`,
    t`AIP|1|A|${xcn(g, doc)}|${g.pick(['ATT', 'CON'])}`,
    t`AIL|1|A|${g.pick(['CARD CLINIC', 'ENDO 3', 'PEDS WEST'])}^^^${hospital(g)}`,
    t`NTE|1||Reminder by SMS to ${phone(g)}; ${g.pick(['needs', 'requests'])} ${g.pick(['Spanish', 'Tagalog', 'Korean'])} interpreter. Last seen ${dt(visit(g), 'monDay')}.`,
  ]);
}

/** MDM^T02 transcribed note: TXA header and a dictated body in OBX|TX lines with escapes. */
export function hl7MdmNote(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const kin = staff(g);
  const d = visit(g);
  const drug = drugPick(g);
  const l = labPick(g);
  const body = [
    t`HISTORY: ${full(p)} is a ${ageOf(p)} y/o ${p.sex === 'F' ? 'female' : 'male'} seen ${dt(d, 'long')} for ${g.pick(['dyspnea', 'syncope', 'CHF follow-up', 'falls'])}.`,
    t`Lives at ${phi('street_address', `${a.number} ${a.street}`)}, ${phi('geo', a.town)} with ${p.sex === 'F' ? 'her' : 'his'} ${g.pick(['daughter', 'son', 'niece'])} ${givenOnly(kin)} (${phone(g)}).`,
    t`MEDS: ${doseSpan(drug)} daily \\T\\ ${doseSpan(drugPick(g))} BID.`,
    t`EXAM: ${eponym(g)} negative. Labs ${l[1]} ${keep('lab_value', `${l[2]} ${l[3]}`.trim())} (ref ${labRange(l)}).`,
    t`PLAN: f/u with Dr. ${familyOnly(doc)} in ${g.int(2, 6)} wks; discussed with ${full(kin)} (HCP).`,
  ];
  const lines = body.map(
    (line, i) =>
      t`OBX|${i + 1}|TX|${g.pick(['11506-3^Progress note^LN', '18842-5^Discharge summary^LN'])}||${line}||||||F`,
  );
  return segs(g, [
    msh(g, 'MDM^T02^MDM_T02'),
    t`EVN|T02|${hl7Time(g, d)}`,
    pid(g, p, a),
    t`PV1|1|I|4W^${g.int(401, 440)}^A^${g.pick(FAC)}||||${xcn(g, doc)}`,
    t`TXA|1|${g.pick(['PN', 'DS', 'CN'])}|TX|${hl7Time(g, d)}|${xcn(g, doc)}|${hl7Time(g, d)}|||||${g.digits(10)}^${g.pick(FAC)}||||||AU||AV`,
    ...lines,
  ]);
}

export const HL7_TEMPLATES = {
  hl7AdtRegistration,
  hl7OruResult,
  hl7OrmImaging,
  hl7SiuBooking,
  hl7MdmNote,
};
