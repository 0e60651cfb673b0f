/** HL7 v2 messages of blind split 7: ADT, ORU, SIU, MDM and DFT with repetitions and escapes. */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, t } from '../fragment';
import { age, ageOf, date, hl7DateTime, serviceDay, systemTimestamp } from './dates';
import {
  account,
  deviceSerial,
  driverLicence,
  email,
  fax,
  healthPlan,
  hl7Phone,
  mrn,
  npi,
  phone,
  ssn,
} from './ids';
import { family, fullName, given, xpn } from './names';
import { clinician, type Person, person } from './people';
import { type Address, address } from './places';
import { code, deviceName, drugDose, eponym, lab, labValue, loinc, payer, plainOrg, version } from './vocab';

const FACILITIES = ['BWRMC', 'TVH', 'OKC', 'VHP'];

function xad(a: Address): Frag {
  return t`${a.street}^${a.unit ?? ''}^${a.city}^${a.state}^${a.zip}^USA^H`;
}

function xtn(g: Gen): Frag {
  const { area, local } = hl7Phone(g);
  return g.chance(0.5) ? t`^PRN^PH^^1^${area}^${local}` : t`${phone(g)}^PRN^PH`;
}

function msh(g: Gen, type: string): Frag {
  return t`MSH|^~\\&|${g.pick(['EPICADT', 'CERNERX', 'MEDITECH', 'ATHENA'])}|${g.pick(FACILITIES)}|PROCTOR|GW|${systemTimestamp(g, 'hl7')}||${type}|${g.letters(3)}${g.digits(9)}|P|${keep('version', g.pick(['2.5.1', '2.3', '2.4', '2.7']))}`;
}

function pid(g: Gen, p: Person, upper: boolean): { seg: Frag; a: Address } {
  const a = address(g);
  const ids: Piece[] = [t`${mrn(g)}^^^${g.pick(FACILITIES)}^MR`];
  if (g.chance(0.5)) ids.push(t`${ssn(g, 'ssn-none')}^^^SSA^SS`);
  if (g.chance(0.4)) ids.push(t`${healthPlan(g)}^^^MCD^MA`);
  const contact: Piece[] = [xtn(g)];
  if (g.chance(0.5)) contact.push(t`^NET^Internet^${email(g, p)}`);
  const alias = g.chance(0.3) ? t`~${family(p, upper)}^${given(p, upper)}^^^^^A` : '';
  return {
    a,
    seg: t`PID|1||${join(ids, '~')}||${xpn(p, upper)}${alias}|${g.chance(0.4) ? family(person(g), upper) : ''}|${date(p.dob, 'compact')}|${p.sex}|||${xad(a)}^^${a.county}||${join(contact, '~')}|||${g.pick(['M', 'S', 'W', 'D'])}||${account(g)}|${ssn(g, g.pick(['ssn-dash', 'ssn-none'] as const))}|${g.chance(0.5) ? t`${driverLicence(g)}^${a.state}` : ''}`,
  };
}

function nk1(g: Gen, upper: boolean): Frag {
  const r = person(g, false);
  const rel = g.pick(['SPO^Spouse', 'DAU^Daughter', 'SON^Son', 'MTH^Mother', 'GRD^Guardian', 'FND^Friend']);
  return t`NK1|1|${xpn(r, upper)}|${rel}|${xad(address(g))}|${phone(g)}|${g.chance(0.4) ? phone(g) : ''}|EC^Emergency Contact`;
}

function attending(g: Gen, upper: boolean): Frag {
  const d = clinician(g);
  return t`${npi(g)}^${family(d, upper)}^${given(d, upper)}^^^${g.pick(['Dr', 'DR', ''])}^^^NPI`;
}

function pv1(g: Gen, upper: boolean): Frag {
  const admit = serviceDay(g);
  return t`PV1|1|${g.pick(['I', 'O', 'E'])}|${g.pick(['4W', 'ICU', 'ED', 'CARD'])}^${g.int(100, 480)}^${g.pick(['A', 'B'])}^${g.pick(FACILITIES)}||||${attending(g, upper)}|${g.chance(0.5) ? attending(g, upper) : ''}||${g.pick(['MED', 'SUR', 'CAR'])}||||||||${g.pick(['IP', 'OP'])}|${account(g)}|||||||||||||||||||||||||${hl7DateTime(g, admit)}${g.chance(0.4) ? t`|${hl7DateTime(g, serviceDay(g))}` : ''}`;
}

function in1(g: Gen, p: Person, upper: boolean): Frag {
  const self = g.chance(0.6);
  const insured = self ? p : person(g, false);
  return t`IN1|1|${g.pick(['PPO1', 'HMO3', 'MCR'])}|${g.digits(5)}|${payer(g)}|${g.int(10, 9999)} Commerce Way^^Columbus^OH^43215||||GRP-${g.digits(5)}|||||||${xpn(insured, upper)}|${self ? 'SEL' : '01'}|${date(insured.dob, 'compact')}|${xad(address(g))}||||||||||||||||||${healthPlan(g)}`;
}

function gt1(g: Gen, p: Person, upper: boolean): Frag {
  const gp = g.chance(0.5) ? p : person(g, false);
  return t`GT1|1||${xpn(gp, upper)}||${xad(address(g))}|${phone(g)}||${date(gp.dob, 'compact')}|${gp.sex}||${g.pick(['SE', 'SP', 'PA'])}|${ssn(g, 'ssn-dash')}`;
}

/** Free text as HL7 escapes it: field and component separators, line breaks. */
function nte(g: Gen, p: Person, upper: boolean): Frag {
  const r = person(g, false);
  const lines = g.pick([
    t`Pt ${fullName(p, false)} states daughter ${fullName(r, false)} \\T\\ son-in-law will drive\\.br\\Call ${phone(g)} before 0800`,
    t`Hx ${eponym(g)}\\.br\\Home meds: ${drugDose(g)} daily \\F\\ ${drugDose(g)} qHS`,
    t`Guardian ${family(r, upper)}\\S\\${given(r, upper)} consent on file; fax ${fax(g)}`,
    t`Interpreter requested. Contact ${fullName(r)} (neighbor) ${phone(g)}\\.br\\Age ${age(ageOf(p.dob))}`,
  ]);
  return t`NTE|1|L|${lines}`;
}

export function hl7Adt(g: Gen): Frag {
  const p = person(g);
  const upper = g.chance(0.7);
  const ev = g.pick(['A01', 'A04', 'A08', 'A03', 'A31']);
  const { seg } = pid(g, p, upper);
  const segs: Piece[] = [
    msh(g, `ADT^${ev}^ADT_A01`),
    t`EVN|${ev}|${systemTimestamp(g, 'hl7')}|||${g.letters(2)}${g.digits(4)}^${family(clinician(g), upper)}^${given(clinician(g), upper)}`,
    seg,
  ];
  if (g.chance(0.5)) segs.push(t`PD1|||${plainOrg(g)}^^${g.digits(5)}|${attending(g, upper)}`);
  segs.push(nk1(g, upper));
  if (g.chance(0.4)) segs.push(nk1(g, upper));
  segs.push(pv1(g, upper));
  if (g.chance(0.6)) segs.push(gt1(g, p, upper));
  segs.push(in1(g, p, upper));
  if (g.chance(0.5)) segs.push(t`DG1|1|I10|${code(g, 'icd10')}^${eponym(g)}^I10|||A`);
  if (g.chance(0.5)) segs.push(nte(g, p, upper));
  return join(segs, g.pick(['\r', '\n', '\r\n']));
}

export function hl7Oru(g: Gen): Frag {
  const p = person(g);
  const upper = g.chance(0.6);
  const collected = serviceDay(g);
  const reviewer = clinician(g);
  const segs: Piece[] = [msh(g, 'ORU^R01^ORU_R01'), pid(g, p, upper).seg];
  segs.push(
    t`ORC|RE|${g.digits(8)}|${g.letters(2)}${g.digits(7)}||CM||||${systemTimestamp(g, 'hl7')}|||${attending(g, upper)}`,
    t`OBR|1|${g.digits(8)}|${g.letters(2)}${g.digits(7)}|${code(g, 'loinc')}^Panel^LN|||${hl7DateTime(g, collected)}||||||||${attending(g, upper)}`,
  );
  const n = g.int(2, 4);
  for (let i = 1; i <= n; i++) {
    const l = lab(g);
    segs.push(
      t`OBX|${i}|NM|${loinc(l)}^${l.name}^LN||${keep('lab_value', labValue(g, l))}|${l.unit}|${l.low}-${l.high}|${g.pick(['N', 'H', 'L', ''])}|||F|||${hl7DateTime(g, collected)}`,
    );
  }
  const r = person(g, false);
  const text = g.pick([
    t`Specimen received from ${fullName(p, false)}, verified by ${fullName(reviewer, false)}\\.br\\Critical value called to ${given(r)} ${family(r)} RN at ${phone(g)}`,
    t`Results discussed with patient's son ${fullName(r)} on ${date(serviceDay(g), 'us')}\\.br\\Repeat in 6 weeks \\T\\ bring meter ${deviceName(g)} serial ${deviceSerial(g)}`,
    t`Comment: ${family(p, upper)}\\S\\${given(p, upper)} DOB ${date(p.dob, 'us')} \\F\\ MRN ${mrn(g)}\\.br\\Analyzer firmware ${version(g)}`,
  ]);
  segs.push(t`OBX|${n + 1}|TX|${code(g, 'loinc')}^Narrative^LN||${text}||||||F`);
  segs.push(t`NTE|1||Reviewed by ${xpn(reviewer, upper)} ${systemTimestamp(g, 'hl7')}`);
  return join(segs, g.pick(['\r', '\n']));
}

export function hl7Scheduling(g: Gen): Frag {
  const p = person(g);
  const upper = g.chance(0.5);
  const kind = g.pick(['SIU', 'MDM', 'DFT'] as const);
  const when = serviceDay(g);
  const segs: Piece[] = [];
  if (kind === 'SIU') {
    segs.push(
      msh(g, `SIU^${g.pick(['S12', 'S14', 'S15'])}^SIU_S12`),
      t`SCH|${g.digits(7)}|${g.digits(7)}|||||${g.pick(['FOLLOWUP', 'NEWPT', 'PROC'])}^${g.pick(['Follow up', 'New patient', 'Procedure'])}|${eponym(g)} review|${g.pick([20, 30, 45])}|MIN|^^${g.pick([20, 30, 45])}^${hl7DateTime(g, when)}^${hl7DateTime(g, when)}|||||${attending(g, upper)}|${phone(g)}`,
      pid(g, p, upper).seg,
      t`AIP|1||${attending(g, upper)}|${g.pick(['ATT', 'RES'])}`,
      t`AIL|1||${g.pick(['CLINIC 3', 'ECHO LAB', 'SLEEP 2'])}^^^${plainOrg(g)}`,
      t`NTE|1||Reminder text to ${phone(g)}; ride by ${fullName(person(g, false), false)}`,
    );
  } else if (kind === 'MDM') {
    const author = clinician(g);
    segs.push(
      msh(g, 'MDM^T02^MDM_T02'),
      t`EVN|T02|${systemTimestamp(g, 'hl7')}`,
      pid(g, p, upper).seg,
      t`PV1|1|O|CLINIC^^^${g.pick(FACILITIES)}||||${attending(g, upper)}`,
      t`TXA|1|${g.pick(['DS', 'CN', 'OP'])}|TX|${hl7DateTime(g, when)}|${npi(g)}^${family(author, upper)}^${given(author, upper)}||${systemTimestamp(g, 'hl7')}||||${g.digits(9)}|||||AU`,
      t`OBX|1|TX|${code(g, 'loinc')}^Note^LN||${fullName(p)} is a ${age(ageOf(p.dob))} y/o seen ${date(when, 'long')} for ${eponym(g)}.\\.br\\Started ${drugDose(g)}.\\.br\\Lives with ${given(person(g, false))} in ${address(g).city}.||||||F`,
    );
  } else {
    segs.push(
      msh(g, 'DFT^P03^DFT_P03'),
      t`EVN|P03|${systemTimestamp(g, 'hl7')}`,
      pid(g, p, upper).seg,
      pv1(g, upper),
      t`FT1|1|${g.digits(8)}||${hl7DateTime(g, when)}|${systemTimestamp(g, 'hl7')}|CG|${code(g, 'cpt')}^${g.pick(['Echo', 'Venipuncture', 'Sleep study'])}^CPT|||1|${g.int(40, 2400)}.00||||||||||${attending(g, upper)}||||${code(g, 'cpt')}^^CPT|${code(g, 'icd10')}^^I10`,
      gt1(g, p, upper),
      in1(g, p, upper),
    );
  }
  return join(segs, '\r');
}
