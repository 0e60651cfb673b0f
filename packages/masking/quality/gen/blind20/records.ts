/**
 * Blind split 20, registry and identity text: EMPI duplicate reports, birth, death and
 * fetal-death worksheets and reportable-disease case reports. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, keep, phi, type Span, t } from '../fragment';
import {
  email,
  mrnValue,
  npiValue,
  phoneValue,
  serialValue,
  ssn,
  ssnValue,
  stateLicenseValue,
} from '../identifiers';
import { labValue, uuid } from '../keep-vocab';
import type { Person } from '../people';
import { row } from './layout';
import { drug, hospital, icd, implant, matchEponym, reportable, sysVersion } from './vocab';
import { addr, ageSpan, day, full, handle, plusDays, recent, upperLastFirst, who } from './who';

/** The last name with two neighbouring letters swapped, as a registration typo makes it. */
function typo(g: Gen, name: string): string {
  if (name.length < 4) return `${name}e`;
  const i = g.int(1, name.length - 3);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** The birth date with day and month swapped, when that is still a date. */
function swapped(d: Date): Date {
  const day = d.getUTCDate();
  return day <= 12 ? new Date(Date.UTC(d.getUTCFullYear(), day - 1, d.getUTCMonth() + 1)) : d;
}

/** An EMPI potential-duplicate report: two candidate records side by side with field weights. */
export function empiPair(g: Gen, _c: Cast): Frag {
  const p = who(g);
  const lastB = typo(g, p.last);
  const [a, b] = [addr(g), g.chance(0.5) ? addr(g) : undefined];
  const w = [14, 32, 32, 6];
  const wt = (): string =>
    g.chance(0.8) ? `+${g.int(0, 6)}.${g.digits(2)}` : `-${g.int(1, 4)}.${g.digits(2)}`;
  const lines: Frag[] = [
    row(w, ['MRN', mrnValue(g), mrnValue(g), '--']),
    row(w, [
      'LAST NAME',
      phi('name', p.last.toUpperCase(), 'last'),
      phi('name', lastB.toUpperCase(), 'last_typo'),
      wt(),
    ]),
    row(w, [
      'FIRST NAME',
      phi('name', p.first.toUpperCase(), 'first'),
      phi(
        'name',
        (g.chance(0.5) ? p.first.slice(0, 3) : `${p.first} ${p.middle[0]}`).toUpperCase(),
        'first_variant',
      ),
      wt(),
    ]),
    row(w, ['DOB', day(g, p.dob, ['us']), day(g, swapped(p.dob), ['us']), wt()]),
    row(w, ['SEX', p.sex === 'female' ? 'F' : 'M', p.sex === 'female' ? 'F' : 'U', wt()]),
    row(w, ['SSN', ssnValue(g), g.chance(0.5) ? ssnValue(g) : '(blank)', wt()]),
    row(w, ['ADDRESS', a.street, b ? b.street : a.street, wt()]),
    row(w, ['CITY', a.city, b ? b.city : a.city, wt()]),
    row(w, ['ZIP', a.zip, b ? b.zip : a.zip, wt()]),
    row(w, ['PHONE', phoneValue(g), phoneValue(g), wt()]),
  ];
  const reviewer = who(g, 25, 60);
  return t`EMPI POTENTIAL DUPLICATE - TASK ${uuid(g)}   engine ${sysVersion(g)}
Method: probabilistic (${matchEponym(g)}) weights; ${matchEponym(g)} on name strings
Pair score ${g.int(9, 24)}.${g.digits(2)}   auto-link >= 19.00 | review 12.00-18.99
${row(w, ['FIELD', `RECORD A (${g.pick(['EPIC', 'CERNER', 'REG'])})`, `RECORD B (${g.pick(['LEGACY', 'MEDITECH', 'LAB-ONLY'])})`, 'WT'])}
${join(lines, '\n')}
Worked by ${handle(g, reviewer)} (${full(reviewer)}): ${g.pick(['MERGE - surviving record A', 'NOT A DUPLICATE (twins?)', 'PEND - request ID scan', 'OVERLAY - refer to Privacy'])}`;
}

/** The mother's worksheet behind a birth certificate. */
export function birthWorksheet(g: Gen, _c: Cast): Frag {
  const mother = who(g, 16, 46);
  const father = who(g, 17, 55);
  const child: Person = { ...who(g, 0, 0), last: g.chance(0.7) ? father.last : mother.last };
  const born = recent(g);
  const a = addr(g);
  const cert = who(g, 30, 65);
  const maiden = who(g);
  return t`MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE            ${hospital(g)}
1. CHILD'S NAME (First, Middle, Last, Suffix): ${phi('name', `${child.first} ${child.middle} ${child.last}`, 'full_middle_name')}
2. TIME OF BIRTH: ${String(g.int(0, 23)).padStart(2, '0')}${String(g.int(0, 59)).padStart(2, '0')}   3. SEX: ${child.sex === 'female' ? 'F' : 'M'}   4. DATE OF BIRTH (Mo/Day/Yr): ${day(g, born, ['us', 'us_short'])}
5. FACILITY NAME: ${hospital(g)}   6. CITY, TOWN, OR LOCATION OF BIRTH: ${a.city}   7. COUNTY OF BIRTH: ${a.county}
8a. MOTHER'S CURRENT LEGAL NAME: ${upperLastFirst(mother)}   8b. DATE OF BIRTH: ${day(g, mother.dob, ['us', 'us_short'])}  (age ${ageSpan(mother)})
8c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE: ${phi('name', `${mother.first} ${maiden.last}`, 'maiden')}
9. RESIDENCE: ${a.street}, ${a.city}, ${a.state} ${a.zip}   INSIDE CITY LIMITS? ${g.pick(['Y', 'N'])}
10a. FATHER'S CURRENT LEGAL NAME: ${full(father)}   10b. DOB: ${day(g, father.dob, ['us', 'dash'])}
11. SSN REQUESTED FOR CHILD? YES   Mother ${ssn(g, true)}   Father ${ssn(g, false)}
Mother MR# ${mrnValue(g)}   Infant MR# ${mrnValue(g)}   Mother's phone ${phoneValue(g)}
Birthweight ${keep('lab_value', `${g.int(1, 4)},${g.digits(3)} grams`, 'weight')}   OB est. gestation ${g.int(28, 41)} wks   Meds in labor: ${drug(g)}
CERTIFIER: ${full(cert)}, ${g.pick(['MD', 'DO', 'CNM'])}   NPI ${npiValue(g)}   DATE CERTIFIED: ${day(g, plusDays(born, g.int(1, 5)), ['us'])}`;
}

/** A death-certificate worksheet, with an implanted device removed before cremation. */
export function deathWorksheet(g: Gen, _c: Cast): Frag {
  const d = who(g, 55, 104);
  const spouse = who(g, 55, 100);
  const informant = who(g);
  const fd = who(g, 28, 70);
  const cert = who(g, 30, 70);
  const died = recent(g);
  const [home, inf] = [addr(g), addr(g)];
  return t`CERTIFICATE OF DEATH - WORKSHEET
1. DECEDENT'S LEGAL NAME (incl. AKA's if any): ${phi('name', `${d.first} ${d.middle} ${d.last}`.toUpperCase(), 'full_middle_upper')}   2. SEX: ${d.sex === 'female' ? 'F' : 'M'}   3. ${ssn(g, g.chance(0.5))}
4a. AGE-Last Birthday (Years): ${ageSpan(d)}   9. DATE OF BIRTH: ${day(g, d.dob, ['us', 'month_d_yyyy'])}   BIRTHPLACE: ${addr(g).city}, ${g.pick(['OH', 'PA', 'Jamaica', 'Poland'])}
7. RESIDENCE: ${home.street}, ${home.city}, ${home.county}, ${home.state} ${home.zip}
10. SURVIVING SPOUSE'S NAME: ${full(spouse)}     12. MOTHER'S NAME PRIOR TO FIRST MARRIAGE: ${full(who(g))}
13a. INFORMANT'S NAME: ${full(informant)}   13b. RELATIONSHIP: ${g.pick(['daughter', 'son', 'niece', 'POA'])}   13c. MAILING ADDRESS: ${inf.street}, ${inf.city}, ${inf.state} ${inf.zip}
14. PLACE OF DEATH: ${g.pick(['Nursing home/LTC', 'Hospital inpatient', "Decedent's home"])}   15. FACILITY: ${hospital(g)}
24. DATE PRONOUNCED DEAD: ${day(g, died, ['us', 'month_d_yyyy'])}   25. TIME: ${g.int(0, 23)}${String(g.int(0, 59)).padStart(2, '0')}   29. ACTUAL DATE OF DEATH: ${day(g, died, ['us', 'dd_mon_yyyy'])}
32. PART I. a. Cardiac arrest ${keep('clinical_code', 'I46.9', 'ICD-10-CM')}  b. ${icd(g)}  c. ${icd(g)}
Implanted device: ${implant(g)}  S/N ${serialValue(g)} - explanted prior to cremation by ${full(fd)}, FD lic. ${stateLicenseValue(g)}
ME notified? ${g.pick(['No', 'Yes - declined jurisdiction'])}   ME case # ${phi('other_id', `ME${g.int(23, 25)}-${g.digits(4)}`, 'case')}
CERTIFIER: ${full(cert)}, MD  NPI ${npiValue(g)}  DATE CERTIFIED: ${day(g, plusDays(died, g.int(1, 6)), ['us'])}   Funeral home phone ${phoneValue(g)}`;
}

/** A report of fetal death, as a short worksheet. */
export function fetalDeath(g: Gen, _c: Cast): Frag {
  const m = who(g, 16, 46);
  const a = addr(g);
  const att = who(g, 30, 65);
  const clerk = who(g, 22, 60);
  const delivered = recent(g);
  return t`REPORT OF FETAL DEATH (${a.state})  - confidential, not a public record
MOTHER: ${upperLastFirst(m)}   DOB ${day(g, m.dob, ['us', 'iso'])}   AGE ${ageSpan(m)}   MRN ${mrnValue(g)}
RESIDENCE: ${a.street} / ${a.city} / ${a.county} / ${a.zip}
DATE OF DELIVERY: ${day(g, delivered, ['us', 'dd_mon_yyyy'])}   WEIGHT OF FETUS: ${keep('lab_value', `${g.int(350, 2400)} grams`, 'weight')}   EST GESTATION: ${g.int(20, 36)} wks
INITIATING CAUSE/CONDITION: ${keep('clinical_code', g.pick(['P01.1', 'P95', 'O36.4XX0']), 'ICD-10-CM')}   OTHER: ${icd(g)}
ATTENDANT: ${full(att)}, ${g.pick(['CNM', 'MD', 'DO'])}  NPI ${npiValue(g)}
PERSON COMPLETING REPORT: ${full(clerk)}, RHIT  ${phoneValue(g)}  ${email(g, clerk.first, clerk.last)}`;
}

function contact(g: Gen): Frag {
  const p = who(g);
  return t`${full(p)} (${g.pick(['household', 'coworker', 'daycare', 'spouse'])}) ${phoneValue(g)}`;
}

/** A reportable-disease case report faxed to the county health department. */
export function diseaseReport(g: Gen, _c: Cast): Frag {
  const p = who(g, 1, 99);
  const a = addr(g);
  const rep = who(g, 25, 64);
  const onset = recent(g);
  const acc: Span = phi('other_id', `${g.letters(2)}${g.int(23, 25)}-${g.digits(6)}`, 'accession');
  return t`*** CONFIDENTIAL - REPORTABLE DISEASE CASE REPORT ***
TO: ${a.county} Health Dept, Epidemiology   FAX ${phoneValue(g, 'fax')}
Date reported: ${day(g, plusDays(onset, g.int(2, 9)), ['us', 'iso'])}   Reporter: ${full(rep)}, RN, Infection Prevention   Ph ${phoneValue(g)}   ${email(g, rep.first, rep.last)}
Facility: ${hospital(g)}
PATIENT: ${upperLastFirst(p)}   DOB: ${day(g, p.dob)}   Age: ${ageSpan(p)}   Sex: ${p.sex === 'female' ? 'F' : 'M'}
Address: ${a.street}   City: ${a.city}   County: ${a.county}   ZIP: ${a.zip}   Phone: ${phoneValue(g)}
DISEASE: ${join(reportable(g), ' (')})   Onset: ${day(g, onset, ['us', 'mon_d_yyyy'])}   Hospitalized: Y  admit ${day(g, plusDays(onset, g.int(1, 5)), ['us'])}
Lab: ${hospital(g)} acc# ${acc}  collected ${day(g, plusDays(onset, g.int(1, 6)), ['us_short'])}: ${labValue(g)}; ${labValue(g)}
Treatment: ${drug(g)}
Contacts: ${join(
    Array.from({ length: g.int(1, 3) }, () => contact(g)),
    '; ',
  )}
Attending: Dr. ${phi('name', who(g).last, 'last')}   Pt MRN ${mrnValue(g)}`;
}
