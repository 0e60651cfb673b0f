/** Newborn, obstetric and paediatric notes naming the family (blind split 6). */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { after, birth, clock, date, day, formatDate, recent, timestamp } from './dates';
import { email, medicareAu, mrn, nhsNumber, phone, sloppyPhone } from './ids';
import { person, relative, staff } from './people';
import { address, addressFrag, type Country } from './places';
import { age, doctor, full, given, surname, worker } from './spans';
import { code, device, drug, eponym, hospital, lab, statistic } from './vocab';

const DAYCARES = [
  'Little Acorns Nursery',
  'Sunbeam Early Learning',
  'Kinder Corner Daycare',
  'Tiny Steps Creche',
];

/** A newborn record: birth date and time (PHI), weight and Apgar scores (not PHI), parents. */
export function newbornRecord(g: Gen): Frag {
  const country = g.pick<Country>(['UK', 'AU', 'US']);
  const mum = person(g, 'F');
  const dad = relative(g, mum, 'M');
  const girl = g.chance(0.5);
  const baby = relative(g, mum, girl ? 'F' : 'M');
  const born = recent(g);
  const styles = country === 'US' ? (['us', 'iso'] as const) : (['uk', 'iso'] as const);
  const bornAt = phi(
    'date',
    `${formatDate(born, g.pick(styles))} ${g.pick(['', 'at '])}${clock(g)}`.replace('  ', ' '),
    'datetime',
  );
  return t`NEWBORN RECORD — ${hospital(g)} Maternity
Baby ${girl ? 'Girl' : 'Boy'} ${surname(mum)}${g.chance(0.5) ? t` ("${given(baby)}")` : ''}   MRN ${mrn(g)}   ${country === 'UK' ? t`NHS No ${nhsNumber(g)}` : country === 'AU' ? t`Medicare ${medicareAu(g)}` : t`Mother's MRN ${mrn(g)}`}
Born: ${bornAt}   Gestation ${g.int(34, 41)}+${g.int(0, 6)}   Birth weight ${keep('lab_value', `${g.int(2100, 4600)} g`)}   Length ${keep('lab_value', `${g.int(45, 56)} cm`)}   OFC ${keep('lab_value', `${g.int(31, 37)} cm`)}
${keep('eponym', 'Apgar')} scores ${g.int(5, 9)} and ${g.int(7, 10)} at 1 and 5 min. ${g.pick([t`${eponym(g)} negative bilaterally.`, t`${eponym(g)} present.`, 'Red reflex present both eyes.'])} Vitamin K given (${drug(g)[0]}).
Mother: ${full(mum)}, ${age(g.int(17, 45))}, G${g.int(1, 5)}P${g.int(0, 4)}, ${g.pick(['SVD', 'emergency LSCS', 'ventouse delivery'])} (${code(g)}). Blood group ${g.pick(['O pos', 'A neg', 'B pos'])}.
Father: ${full(dad)}, phone ${phone(g, country)}. Siblings at home: ${join(
    Array.from({ length: g.int(1, 3) }, () => t`${given(relative(g, mum))} (${age(g.int(1, 12))})`),
    ', ',
  )}.
Address: ${addressFrag(address(g, country))}
Midwife: ${worker(g)}   Paediatrician: ${doctor(g)}   ${device(g)} used for ${g.int(10, 60)} min.
Unit: ${statistic(g)}. Entered ${timestamp(g)}`;
}

/** An antenatal or postnatal clinic note. */
export function obstetricNote(g: Gen): Frag {
  const mum = person(g, 'F');
  const partner = person(g, 'M');
  const country = g.pick<Country>(['UK', 'IE', 'AU', 'US']);
  const lmp = recent(g);
  const a = g.int(16, 46);
  return t`${g.pick(['ANTENATAL CLINIC', 'Booking visit', 'Postnatal review'])} — ${date(g, after(lmp, g.int(40, 200)), country === 'US' ? ['us'] : ['uk', 'long'])}
${full(mum)}, ${age(a)} years, DOB ${date(g, birth(g, a, a), country === 'US' ? ['us'] : ['uk'])}, hospital no. ${mrn(g)}
LMP ${date(g, lmp, country === 'US' ? ['us'] : ['uk'])}; EDD ${date(g, after(lmp, 280), country === 'US' ? ['us', 'usLong'] : ['uk', 'long'])} by dating scan.
Partner ${given(partner)} ${g.chance(0.5) ? t`${surname(partner)} ` : ''}attended${g.chance(0.4) ? t` with her mother ${full(relative(g, mum, 'F'))}` : ''}. Older child ${given(relative(g, mum))} (${age(g.int(1, 9))}) attends ${g.pick(DAYCARES)}.
BP ${g.int(98, 150)}/${g.int(58, 96)}, urine NAD, ${lab(g)}, ${lab(g)}. ${keep('eponym', "Naegele's rule")} EDD confirmed. ${g.pick([t`${eponym(g)} discussed.`, 'Fundal height consistent with dates.', 'Fetal movements normal.'])}
Plan: ${drug(g)[0]}; growth scan ${date(g, after(lmp, g.int(200, 250)), ['uk', 'us'])}; ${code(g)}. Contact: ${sloppyPhone(g)} or ${email(g, mum.first, mum.last)}.
Midwife ${worker(g)}`;
}

/** A paediatric clinic or ED note naming parents, siblings and nursery. */
export function paediatricNote(g: Gen): Frag {
  const child = person(g);
  const mum = relative(g, child, 'F');
  const a = g.int(1, 15);
  const seen = recent(g);
  const gp = staff(g);
  return t`PAEDIATRIC ${g.pick(['ED', 'OUTPATIENT', 'WARD'])} NOTE  ${date(g, seen, ['uk', 'dashMon', 'us'])}
${full(child)} (${age(a)} y), DOB ${date(g, day(g, 2024 - a, 2024 - a), ['uk', 'us'])}, ${g.pick(['brought by mum', 'with father', 'with both parents'])} ${g.pick([full(mum), given(mum)])}.
HPC: ${g.pick(['3 days of fever and barking cough', 'limp since a fall at nursery', 'recurrent wheeze, worse at night'])}. Attends ${g.pick(DAYCARES)}. Sibling ${given(relative(g, child))} had similar last week.
PMH: ${eponym(g)} (${code(g)}). Immunisations up to date per ${hospital(g)} record.
Exam: ${lab(g)}, ${lab(g)}. Weight ${keep('lab_value', `${g.int(8, 60)}.${g.int(0, 9)} kg`)} (${g.int(2, 98)}th centile).
Plan: ${drug(g)[0]} weight-based; safety-netting given to ${given(mum)}. GP ${phi('name', `${gp.first} ${gp.last}`)} informed. Mum's mobile ${phone(g, g.pick<Country>(['UK', 'AU', 'IE']))}.
${worker(g)}, ST${g.int(1, 8)} Paediatrics, bleep ${g.int(1000, 9999)}`;
}
