/**
 * X12 005010 fragments of blind split 15 (837P claim, 835 remittance, 270/271 eligibility)
 * as a clearinghouse tool returns them: '~' segments, '*' elements, ':' components, ZIP+4 run
 * together in N4, dates as D8 and RD8. Interchange and batch creation times (ISA, GS, BHT)
 * are left unlabeled; the billing provider's own address is not PHI and is not labeled.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type Frag, join, phi, type Span, t } from '../fragment';
import { account, claimNo, mbi, memberId, npi, phone, plate, ssn, vin } from './ids';
import { cpt, cptPick, drugPick, hospital, icdNoDot, icdPick, ndc11, org, payer } from './keeps';
import { type Addr, addr, dt, hhmm, patient, staff, sysDate, visit, type Who, zipSpan } from './who';

const up = (s: string): string => s.toUpperCase();
const nm = (s: string): Span => phi('name', up(s), 'x12');

function envelope(g: Gen, kind: string, release: string): string[] {
  const stamp = sysDate(g).slice(2);
  const ctl = g.digits(9);
  return [
    `ISA*00*          *00*          *ZZ*${g.pick(['AVAILITY', 'CHANGEHC', 'OFFICEALLY'])}     *ZZ*${g.pick(['CVMC', 'RBRH', 'NFKC'])}           *${stamp}*${hhmm(g)}*^*00501*${ctl}*0*P*:`,
    `GS*${kind}*SENDER*RECEIVER*20${stamp}*${hhmm(g)}*${g.int(1, 9999)}*X*${release}`,
  ];
}

function subscriber(g: Gen, p: Who, a: Addr, id: Span): Frag[] {
  return [
    t`NM1*IL*1*${nm(p.family)}*${nm(p.given)}${p.middle ? t`*${nm(p.middle)}` : '*'}***MI*${id}`,
    t`N3*${phi('street_address', up(`${a.number} ${a.street}`))}${a.unit ? t`*${phi('street_address', up(a.unit))}` : ''}`,
    t`N4*${phi('geo', up(a.town))}*${a.state}*${zipSpan(g, a, g.chance(0.7))}`,
    t`DMG*D8*${dt(p.dob, 'hl7')}*${p.sex}`,
  ];
}

function x12(g: Gen, segments: readonly (string | Frag)[]): Frag {
  return join(segments, g.pick(['~', '~\n', '~\r\n']));
}

/** 837P professional claim, sometimes for a motor-vehicle accident with the car's details. */
export function x12Claim837(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const d = visit(g);
  const dx = [icdPick(g), icdPick(g)];
  const proc = cptPick(g);
  const auto = g.chance(0.5);
  const drug = drugPick(g);
  const body: (string | Frag)[] = [
    ...envelope(g, 'HC', '005010X222A1'),
    'ST*837*0001*005010X222A1',
    `BHT*0019*00*${g.digits(10)}*${sysDate(g)}*${hhmm(g)}*CH`,
    t`NM1*41*2*${org(up(g.pick(['Tri-Rivers Orthopedic Associates', 'Ironwood Family Practice', 'Bayou Teche Cardiology'])))}*****46*${g.digits(9)}`,
    t`PER*IC*${nm(staff(g).given)} ${nm(staff(g).family)}*TE*${phone(g)}*FX*${phone(g, 'fax')}`,
    t`NM1*40*2*${payer(g)}*****46*${g.digits(5)}`,
    'HL*1**20*1',
    t`NM1*85*2*${hospital(g)}*****XX*${g.int(1, 2)}${g.digits(9)}`,
    `N3*PO BOX ${g.int(100, 9999)}`,
    'HL*2*1*22*0',
    `SBR*P*18*${g.letters(2)}${g.digits(5)}******${g.pick(['CI', 'MB', 'MC'])}`,
    ...subscriber(g, p, a, g.chance(0.4) ? mbi(g) : memberId(g)),
    t`REF*SY*${ssn(g, 'none')}`,
    t`NM1*PR*2*${payer(g)}*****PI*${g.digits(5)}`,
    t`CLM*${account(g)}*${g.int(90, 4800)}.00***11:B:1*Y*A*Y*Y${auto ? `*AA:::${a.state}` : ''}`,
  ];
  if (auto) {
    body.push(
      t`DTP*439*D8*${dt(addDays(d, -g.int(1, 20)), 'hl7')}`,
      t`NTE*ADD*MVA ${g.pick(['DRIVER', 'PASSENGER'])} VEH VIN ${vin(g)} PLATE ${plate(g)} ${a.state}`,
    );
  }
  body.push(
    t`REF*D9*${claimNo(g)}`,
    t`HI*ABK:${icdNoDot(dx[0] as readonly [string, string])}*ABF:${icdNoDot(dx[1] as readonly [string, string])}`,
    t`NM1*82*1*${nm(doc.family)}*${nm(doc.given)}****XX*${npi(g)}`,
    'PRV*PE*PXC*207RC0000X',
    'LX*1',
    t`SV1*HC:${cpt(proc)}*${g.int(90, 900)}.00*UN*1***1:2`,
    g.chance(0.5)
      ? t`DTP*472*D8*${dt(d, 'hl7')}`
      : t`DTP*472*RD8*${dt(d, 'hl7')}-${dt(addDays(d, g.int(1, 5)), 'hl7')}`,
    t`LIN**N4*${ndc11(drug)}`,
    'CTP****1*UN',
    `SE*${g.int(28, 40)}*0001`,
  );
  return x12(g, body);
}

/** 835 remittance for one claim: patient, corrected insured, dates, service lines, adjustments. */
export function x12Remit835(g: Gen): Frag {
  const p = patient(g);
  const other = staff(g);
  const doc = staff(g);
  const d = visit(g);
  const proc = cptPick(g);
  const billed = g.int(120, 3200);
  const paid = Math.round(billed * 0.42);
  return x12(g, [
    ...envelope(g, 'HP', '005010X221A1'),
    'ST*835*0001',
    `BPR*I*${paid}.00*C*ACH*CCP*01*${g.digits(9)}*DA*${g.digits(10)}*1${g.digits(9)}**01*${g.digits(9)}*DA*${g.digits(8)}*${sysDate(g)}`,
    `TRN*1*${g.digits(10)}*1${g.digits(9)}`,
    t`N1*PR*${payer(g)}`,
    `N3*PO BOX ${g.int(1000, 99_999)}`,
    t`N1*PE*${hospital(g)}*FI*${g.digits(9)}`,
    'LX*1',
    t`CLP*${account(g)}*1*${billed}*${paid}*${billed - paid > 50 ? 50 : 0}*MC*${claimNo(g)}*11*1`,
    t`NM1*QC*1*${nm(p.family)}*${nm(p.given)}****MI*${memberId(g)}`,
    ...(g.chance(0.4) ? [t`NM1*74*1*${nm(other.family)}*${nm(other.given)}****C*${memberId(g)}`] : []),
    t`NM1*82*1*${nm(doc.family)}*${nm(doc.given)}****XX*${npi(g)}`,
    t`DTM*232*${dt(d, 'hl7')}`,
    t`DTM*233*${dt(addDays(d, g.int(0, 4)), 'hl7')}`,
    t`SVC*HC:${cpt(proc)}*${billed}*${paid}**1`,
    t`DTM*472*${dt(d, 'hl7')}`,
    `CAS*CO*45*${billed - paid - 50 > 0 ? billed - paid - 50 : 0}`,
    'CAS*PR*2*50',
    `AMT*B6*${paid}`,
    `LQ*HE*${g.pick(['N130', 'M15', 'N381'])}`,
    `SE*${g.int(18, 26)}*0001`,
  ]);
}

/** 270 inquiry and 271 answer, as a clearinghouse tool prints the pair. */
export function x12Eligibility(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const id = g.chance(0.5) ? mbi(g) : memberId(g);
  const start = new Date(Date.UTC(g.int(2019, 2025), 0, 1));
  const trace = g.digits(10);
  const inquiry = x12(g, [
    'ST*270*0001*005010X279A1',
    t`NM1*PR*2*${payer(g)}*****PI*${g.digits(5)}`,
    t`NM1*1P*1*${nm(doc.family)}*${nm(doc.given)}****XX*${npi(g)}`,
    `TRN*1*${trace}*9${g.digits(9)}`,
    t`NM1*IL*1*${nm(p.family)}*${nm(p.given)}****MI*${id}`,
    t`DMG*D8*${dt(p.dob, 'hl7')}`,
    'EQ*30',
    'SE*9*0001',
  ]);
  const answer = x12(g, [
    'ST*271*0001*005010X279A1',
    t`NM1*PR*2*${payer(g)}*****PI*${g.digits(5)}`,
    `TRN*2*${trace}*9${g.digits(9)}`,
    ...subscriber(g, p, a, id),
    t`DTP*346*D8*${dt(start, 'hl7')}`,
    `EB*1*IND*30**${g.pick(['GOLD PPO 1500', 'MEDICAID MANAGED CARE', 'MA HMO'])}`,
    `EB*C*IND*30***23*${g.int(500, 6000)}`,
    `EB*B*IND*98***27*${g.pick([20, 35, 50])}`,
    t`MSG*PCP ${nm(staff(g).family)} ${nm(staff(g).given)} PH ${phone(g)}`,
    t`EB*R**88*OT`,
    'LS*2120',
    t`NM1*PR*2*${org(g.pick(['Northgate Apothecary', 'Kettle Falls Pharmacy']))}`,
    t`PER*IC**TE*${phone(g)}`,
    'LE*2120',
    'SE*18*0001',
  ]);
  return t`>>> 270 sent\n${inquiry}\n<<< 271 received\n${answer}`;
}

export const X12_TEMPLATES = { x12Claim837, x12Remit835, x12Eligibility };
