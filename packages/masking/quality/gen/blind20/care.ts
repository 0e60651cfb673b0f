/**
 * Blind split 20, long-term care and workers' compensation text: MDS sections, nursing-home
 * incident reports and adjuster claim notes. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import {
  mbiValue,
  memberIdValue,
  npiValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  ssnValue,
  vinValue,
} from '../identifiers';
import { vital } from '../keep-vocab';
import {
  cpt,
  drug,
  floorDevice,
  hospital,
  implant,
  injury,
  lawFirm,
  payer,
  scaleEponym,
  testEponym,
} from './vocab';
import { addr, ageSpan, day, first, full, lastFirst, plusDays, recent, upperLastFirst, who } from './who';

/** MDS 3.0 item-set printout, sections A, C, J, N, P and Z. */
export function mdsSections(g: Gen, _c: Cast): Frag {
  const r = who(g, 66, 104);
  const entry = recent(g);
  const ard = plusDays(entry, g.int(14, 200));
  const [rn, lpn, coord] = [who(g, 24, 64), who(g, 22, 64), who(g, 30, 64)];
  return t`MDS 3.0 NURSING HOME ${g.pick(['COMPREHENSIVE (NC)', 'QUARTERLY (NQ)'])} ITEM SET - ${hospital(g)}
Resident: ${upperLastFirst(r)}   (${ageSpan(r)} y/o)   Unit ${g.pick(['Magnolia', '2 West', 'Memory Care'])}
Section A  Identification Information
A0500  Legal Name of Resident   A. First: ${first(r)}   B. MI: ${r.middle[0] ?? ''}   C. Last: ${phi('name', r.last, 'last')}
A0600  A. Social Security Number: ${ssnValue(g)}   B. Medicare number: ${mbiValue(g)}
A0700  Medicaid Number: ${g.chance(0.7) ? memberIdValue(g) : '+ (pending)'}
A0900  Birth Date: ${day(g, r.dob, ['us', 'dash', 'compact'])}
A1600  Entry Date: ${day(g, entry, ['us', 'dash', 'compact'])}
A2300  Assessment Reference Date: ${day(g, ard, ['us', 'dash', 'compact'])}
Section C  C0500 BIMS Summary Score: ${g.int(3, 15)}   ${scaleEponym(g)} documented
Section J  J1800 Any falls since admission/prior assessment: ${g.pick(['0. No', '1. Yes'])}
Section N  N0415 High-risk drug classes: ${drug(g)}; ${drug(g)}
Section P  P0200 Alarms: E. wander/elopement alarm - ${floorDevice(g)} bracelet S/N ${serialValue(g)}
Section Z  Z0400 Signature of persons completing the assessment:
  ${full(rn)}, RN    Sections A, C, J     Date ${day(g, ard, ['us'])}
  ${full(lpn)}, LPN   Sections N, P       Date ${day(g, plusDays(ard, 1), ['us'])}
Z0500  RN assessment coordinator: ${lastFirst(coord)}   Date RN signed: ${day(g, plusDays(ard, g.int(1, 7)), ['us'])}`;
}

/** A nursing-home incident/accident report for a fall. */
export function nhIncident(g: Gen, _c: Cast): Frag {
  const r = who(g, 70, 104);
  const when = recent(g);
  const cna = who(g, 19, 60);
  const nurse = who(g, 22, 64);
  const fam = who(g);
  const md = who(g, 30, 70);
  return t`INCIDENT/ACCIDENT REPORT - ${hospital(g)}   IR# ${phi('other_id', `IR-${g.digits(6)}`, 'incident')}
Resident: ${full(r)}   Rm ${g.int(100, 340)}-${g.pick(['A', 'B'])}   Age ${ageSpan(r)}   DOB ${day(g, r.dob, ['us', 'us_short'])}
Date of incident: ${day(g, when, ['us', 'us_yy'])}   Time: ${String(g.int(0, 23)).padStart(2, '0')}${String(g.int(0, 59)).padStart(2, '0')}   Location: ${g.pick(['resident bathroom', 'hallway by nurses station', 'dining room'])}
Type: ${g.pick(['Unwitnessed fall', 'Witnessed fall', 'Skin tear during transfer', 'Elopement attempt'])}
Description: CNA ${first(cna)} found resident ${g.pick(['on floor beside bed', 'sitting on floor next to w/c', 'at exit door, alarm sounding'])}. ${scaleEponym(g)} on file. ${vital(g)}, ${vital(g)}.
Transfer back to bed with ${floorDevice(g)} x2 staff.
Injury: ${g.pick(['skin tear L forearm 3 cm', 'hematoma R hip', 'no visible injury'])}; wound photo ${photoFile(g, r.last)}
MD notified: Dr. ${phi('name', md.last, 'last')} at ${phoneValue(g)} on ${day(g, when, ['us_short'])}; orders: ${drug(g)}
Family notified: ${full(fam)} (${g.pick(['daughter', 'son', 'POA', 'nephew'])}) cell ${phoneValue(g)}
Completed by: ${full(nurse)}, ${g.pick(['LPN', 'RN'])}   ${day(g, plusDays(when, g.int(0, 1)), ['us'])}`;
}

/** Workers' compensation adjuster notes on one claim, one line per contact. */
export function wcNotes(g: Gen, _c: Cast): Frag {
  const clmt = who(g, 19, 66);
  const adj = who(g, 25, 62);
  const doc = who(g, 32, 70);
  const atty = who(g, 30, 70);
  const ime = who(g, 40, 72);
  const sup = who(g);
  const doi = recent(g);
  const ini = phi('name', `${adj.first[0]}${adj.last[0]}`, 'initials');
  const note = (n: number, body: Frag): Frag =>
    t`${day(g, plusDays(doi, n), ['us', 'us_yy'])} ${ini}  ${body}`;
  const lines = [
    note(
      g.int(1, 3),
      t`Rec'd FROI from employer. Clmt fell from loading dock, R wrist. Dx ${join(injury(g), ' (')}). Tx at ${hospital(g)} by Dr. ${full(doc)} NPI ${npiValue(g)}.`,
    ),
    note(
      g.int(4, 6),
      t`3-pt contact: clmt @ ${phoneValue(g)}; sup ${full(sup)}; Dr office. Clmt drives co. truck VIN ${vinValue(g)} plate ${plateValue(g)}.`,
    ),
    note(
      g.int(7, 20),
      t`Auth'd ${cpt(g)} x${g.int(6, 12)}, ${cpt(g)}. ${testEponym(g)} positive per PT note.`,
    ),
    note(g.int(21, 40), t`Atty rep ltr rec'd - ${full(atty)}, ${lawFirm(g)}. All contact thru atty.`),
    note(
      g.int(41, 90),
      t`SCS trial approved; ${implant(g)} S/N ${serialValue(g)} implanted ${day(g, plusDays(doi, g.int(91, 120)), ['us'])}.`,
    ),
    note(
      g.int(121, 200),
      t`TTD paid thru ${day(g, plusDays(doi, g.int(201, 230)), ['us_short'])}. IME w/ Dr. ${phi('name', ime.last, 'last')} set ${day(g, plusDays(doi, g.int(231, 260)), ['mon_d_yyyy'])}.`,
    ),
  ];
  const a = addr(g);
  return t`CLAIM NOTES - ${payer(g)}   Claim # ${phi('other_id', `WC${g.int(23, 25)}-${g.digits(7)}`, 'claim')}
Claimant: ${upperLastFirst(clmt)}   ${ssn(g, g.chance(0.5))}   DOB ${day(g, clmt.dob, ['us'])}   DOI ${day(g, doi, ['us'])}
Home: ${a.street}, ${a.city} ${a.state} ${a.zip}   Adjuster: ${lastFirst(adj)} (${g.pick(['AIC', 'WCCP', 'CPCU'])})
${join(lines, '\n')}`;
}
