/** Clinic notes of blind split 12: intake, maternity, newborn, paediatric, dental, pharmacy, genetics. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import {
  accountNo,
  bcPhn,
  biometricId,
  dea,
  deviceSerial,
  emailOf,
  ihi,
  medicareAu,
  memberId,
  mrnLocal,
  nhi,
  npi,
  ohip,
  photoName,
  ppsn,
  ramq,
  sin,
  ssnField,
} from './ids';
import { first, full, his, last, lastFirst, named, patient, person, staff, upper } from './people';
import { addressLine, phoneOf, place } from './places';
import {
  ageKeep,
  code,
  device,
  drug,
  eponym,
  lab,
  org,
  orgNamed,
  stat,
  vaccine,
  version,
  year,
} from './vocab';
import { ageSpan, dateOf, plusDays, recent, shortDate } from './when';

/** A US behavioural-health intake: demographics block, insurance, SSN, emergency contact, history. */
function behaviouralIntake(g: Gen): Frag {
  const p = patient(g);
  const ec = person(g);
  const home = place(g, 'us');
  const clin = person(g, 28, 65);
  const d = recent(g);
  return t`BEHAVIORAL HEALTH INTAKE ASSESSMENT
Client: ${lastFirst(p)}    DOB: ${dateOf(g, p.dob, 'us')}    Age: ${ageSpan(p)}
Address: ${addressLine(home)}
Phone: ${phoneOf(g, 'us')}   Email: ${emailOf(g, p)}
${ssnField(g)}   Medicaid/Plan ID: ${memberId(g)}
Emergency contact: ${full(ec)} (${g.pick(['sister', 'sponsor', 'grandmother', 'friend'])}) ${phoneOf(g, 'us')}
Date of intake: ${dateOf(g, d, 'us')}   Clinician: ${staff(g, clin)}

Presenting problem: "${g.pick(['i cant sleep and the voices are back', 'my PO said i had to come', 'i keep drinking even when i promise my kids i wont'])}". ${lab(g, ['PHQ9'])}, ${lab(g, ['AUDITC'])}.
Substance hx: alcohol since age ${ageKeep(g.int(12, 19))}, last drink ${shortDate(g, plusDays(d, -1), 'us')}. Prior detox at ${org(g, ['Indian Health Service', 'Lifeline'])} in ${year(g, 2010, 2024)}.
Meds: ${drug(g, ['Campral', 'thiamine (Betamin)', 'Zyprexa Relprevv'])}. Dx: ${code(g, ['ICD-10', 'ICD-11']).code}; r/o ${eponym(g, ['Marchiafava-Bignami disease'])}.
Safety plan reviewed with client; client's ${g.pick(['partner', 'mom'])} ${first(ec)} to hold ${his(p)} meds.`;
}

/** A Canadian opioid agonist treatment intake with dosing by palm-vein scan. */
function oatIntake(g: Gen): Frag {
  const p = patient(g);
  const home = place(g, 'ca');
  const md = person(g, 30, 65);
  const d = recent(g);
  const qc = home.region === 'QC';
  return t`OPIOID AGONIST TREATMENT - INTAKE (${home.region})
Name: ${upper(p)}   DOB: ${dateOf(g, p.dob, 'cw')}   ${qc ? t`RAMQ: ${ramq(g, p)}` : home.region === 'BC' ? t`PHN: ${bcPhn(g)}` : t`OHIP: ${ohip(g)}`}
SIN (for ODSP only): ${sin(g)}
${addressLine(home)} - ${g.pick(['NFA, uses shelter address', 'lives with partner', 'rooming house'])}
Cell ${phoneOf(g, 'ca')} (${g.pick(['shared phone', 'texts ok', 'no voicemail'])})
Dosing ID: palm-vein template ${biometricId(g)} enrolled ${dateOf(g, d, 'cw')}
Hx: fentanyl smoking since ${year(g, 2012, 2024)}, ${g.int(1, 6)} ODs, last ${shortDate(g, plusDays(d, -g.int(3, 60)), 'cw')}. ${lab(g, ['COWS'])}. UDS +fent +meth.
Plan: ${drug(g, ['Biodone Forte', 'Suboxone sublingual film', 'Buvidal Weekly'])}, witnessed, titrate q5d. Naloxone kit given (${drug(g, ['Nyxoid nasal spray'])}). ICD-10-CA ${code(g, ['ICD-10-CA']).code}.
Prescriber: ${staff(g, md)}  CPSO #${phi('license', g.digits(5), 'cpso')}`;
}

/** An Irish maternity booking visit: PPSN, Eircode, partner, LMP and due date. */
function maternityBooking(g: Gen): Frag {
  const p = person(g, 19, 44, 'female');
  const partner = person(g);
  const mw = person(g, 25, 60);
  const home = place(g, 'ie');
  const lmp = recent(g);
  const edd = plusDays(lmp, 280);
  return t`${orgNamed(g.pick(['Rotunda Hospital', 'Cork University Maternity Hospital']))} - Booking Visit
Name: ${full(p)}   Hosp No: ${mrnLocal(g)}   PPSN: ${ppsn(g)}
DOB ${dateOf(g, p.dob, 'cw')} (${ageSpan(p)} yrs)   GMS card ${phi('health_plan', `${g.digits(7)}${g.letters(1)}`, 'gms')}
Address ${addressLine(home)}   Mob ${phoneOf(g, 'ie')}
Partner/NOK: ${full(partner)} ${phoneOf(g, 'ie')}
G${g.int(1, 5)}P${g.int(0, 3)}. Previous SVD ${year(g, 2012, 2023)}. LMP ${dateOf(g, lmp, 'cw')}, EDD ${dateOf(g, edd, 'cw')}, ${eponym(g, ["Leopold's manoeuvres", "Hegar's sign", "Goodell's sign", "Jacquemier's sign"])} documented, dating scan agrees.
${lab(g, ['Hb'])}, ${lab(g, ['hCG', 'ferritin'])}. On ${drug(g, ['Elevit with iodine', 'Ferro-tab', 'Diclectin'])}. ${code(g, ['ICD-10-CA', 'ICD-10-AM']).code}.
Booked under ${staff(g, mw)}; GP Dr ${last(person(g, 35, 65))}, ${home.town}.`;
}

/** A New Zealand newborn check: mother, partner and baby, birth date and time, both NHIs. */
function newbornCheck(g: Gen): Frag {
  const mum = person(g, 18, 42, 'female');
  const partner = person(g);
  const baby = person(g, 0, 0);
  const born = recent(g);
  const lmc = person(g, 25, 60);
  const hh = g.int(0, 23);
  const mm = g.int(0, 59);
  return t`NEWBORN EXAMINATION - ${orgNamed('Te Whatu Ora Waikato')}
Baby: ${g.chance(0.4) ? t`Baby of ${full(mum)}` : t`${full(baby)}`}   NHI ${nhi(g)}   Sex ${baby.sex === 'female' ? 'F' : 'M'}
Born ${dateOf(g, born, 'cw')} at ${phi('date', `${String(hh).padStart(2, '0')}${String(mm).padStart(2, '0')}`, 'birth_time')} hrs, ${g.pick(['SVD', 'LSCS', 'ventouse'])}, ${lab(g, ['Apgar'])}, BW ${g.int(2400, 4600)} g
Mother: ${full(mum)} NHI ${nhi(g)}, ${ageSpan(mum)} yo, G${g.int(1, 4)}. Father/partner: ${first(partner)} ${last(partner)}, ph ${phoneOf(g, 'nz')}
LMC midwife: ${staff(g, lmc)}
Exam: fontanelles soft, ${eponym(g, ["Epstein's pearls"])} noted on palate, hips - ${eponym(g, ['Barlow test'])} neg. ${lab(g, ['TcB'])}. ${eponym(g, ['Ballard maturity score', 'Dubowitz assessment'])} 38/40.
Given ${drug(g, ['Konakion MM Paediatric'])} and ${drug(g, ['Chloromycetin eye ointment'])} with parental consent. Whānau present: nan ${first(person(g, 50, 80))}.
Discharge home to ${addressLine(place(g, 'nz'))} on ${shortDate(g, plusDays(born, 2), 'cw')}.`;
}

/** A Canadian paediatric visit with two guardians, custody notes and a hearing aid serial. */
function paediatricGuardians(g: Gen): Frag {
  const kid = person(g, 1, 15);
  const mom = person(g);
  const dad = person(g);
  const d = recent(g);
  const doc = person(g, 30, 65);
  return t`Paediatric follow-up ${dateOf(g, d, 'cw')}
${named(g, kid)}, ${ageSpan(kid)} y, DOB ${dateOf(g, kid.dob, 'cw')}, PHN ${bcPhn(g)}
Accompanied by ${g.pick(['mother', 'stepmother', 'foster mother'])} ${full(mom)}; ${g.pick(['father', 'dad'])} ${full(dad)} joined by phone (${phoneOf(g, 'ca')}). Joint custody - both guardians may consent (order on file ${phi('other_id', `FAM-${g.digits(5)}-${g.int(21, 25)}`, 'court_file')}).
${first(kid)} ${g.pick(['still wheezy at night', 'is failing hearing screens at school', 'has had 4 ear infections since September'])}. ${lab(g, ['sats'])}. ${drug(g, ['Flixotide Junior', 'Pamol suspension', 'Seretide Accuhaler'])}. ${eponym(g, ['Dennie-Morgan folds'])}.
${device(g, ['Oticon Play PX', 'Phonak Audéo Lumity'])} L ear, serial ${deviceSerial(g)}. Audiology at ${org(g, ["BC Children's Hospital", 'CHEO'])} arranged.
${first(mom)} asks school letter be emailed to ${emailOf(g, mom)}.
${staff(g, doc)}`;
}

/** Dental charting: tooth-by-tooth findings, CDT codes, intraoral photos, account and insurer. */
function dentalCharting(g: Gen): Frag {
  const p = patient(g);
  const dds = person(g, 28, 65);
  const hyg = person(g, 22, 55);
  const d = recent(g);
  const teeth = g.some(['#3', '#14', '#19', '#30', '#8', '#9', '#18', '#31'], 2, 4);
  const lines: Piece[] = teeth.map(
    (tooth) =>
      t`${tooth} ${g.pick(['MOD caries', 'fractured cusp', 'PA radiolucency', 'watch'])} -> ${code(g, ['CDT']).code}`,
  );
  return t`DENTAL CHART - ${lastFirst(p)}   acct ${accountNo(g)}   DOB ${dateOf(g, p.dob, 'us')}
Ins: ${org(g, ['Delta Dental', 'Cigna Dental', 'Sun Life'])} sub ID ${memberId(g)}
Visit ${dateOf(g, d, 'us')} - ${staff(g, dds)}, hyg ${first(hyg)}
Med hx: ${drug(g, ['cilazapril', 'Somac', 'Palexia SR', 'Campral'])}; ${g.pick(['no allergies', 'PCN allergy', 'latex'])}. Premed reviewed.
${join(lines, '\n')}
Perio: ${code(g, ['CDT']).code}, BOP ${g.int(10, 60)}%. ${device(g, ['EMS Airflow Prophylaxis Master', 'Carestream CS 8200 3D'])} used. LA: ${drug(g, ['Septanest with adrenaline'])}. ${drug(g, ['Duraphat varnish'])}, ${drug(g, ['Savacol mouth rinse'])}.
Intraoral photos: ${photoName(g)}, ${photoName(g)}. ${eponym(g, ["Vincent's angina", 'Fordyce spots', "Stensen's duct", "Hutchinson's teeth", 'Ellis class II fracture'])} noted.
Next: ${shortDate(g, plusDays(d, 14), 'us')} w/ ${last(dds)}`;
}

/** A pharmacy counselling record for a controlled drug: prescriber DEA and NPI, Rx number. */
function pharmacyCounselling(g: Gen): Frag {
  const p = patient(g);
  const rph = person(g, 26, 65);
  const prescriber = person(g, 30, 70);
  const d = recent(g);
  return t`PHARMACIST COUNSELING RECORD - ${org(g, ['Walgreens', 'CVS Pharmacy', 'Rite Aid'])}
Patient: ${named(g, p)}  DOB ${dateOf(g, p.dob, 'us')}  Ph ${phoneOf(g, 'us')}
Rx #${phi('other_id', `${g.int(1, 9)}${g.digits(6)}`, 'rx')}  ${drug(g, ['Palexia SR', 'Mersyndol Forte', 'hydromorphone elixir', 'Suboxone sublingual film'])}  qty ${g.int(14, 120)}
Prescriber: Dr. ${full(prescriber)}  NPI ${npi(g)}  DEA ${dea(g, prescriber)}
PDMP checked ${dateOf(g, d, 'us')}: ${g.int(0, 4)} other prescribers in 6 mo.
Counseled on ${drug(g, ['midazolam subcut', 'Zyprexa Relprevv'])} interaction, sedation, driving; offered ${drug(g, ['Nyxoid nasal spray'])}. Pt verbalized understanding${g.chance(0.5) ? t`; ${his(p)} caregiver ${first(person(g))} present` : ''}.
RPh ${lastFirst(rph)}, lic ${phi('license', `RPH${g.digits(6)}`, 'pharmacist')}`;
}

/** A genetic-counselling pedigree narrative: three generations, ages and deaths, risk figures. */
function pedigreeCounsellingNote(g: Gen): Frag {
  const p = patient(g);
  const mum = person(g, 45, 88);
  const aunt = person(g, 40, 88);
  const gc = person(g, 28, 60);
  const deathYear = g.int(1980, 2022);
  return t`Genetic Counselling Consult Note - ${dateOf(g, recent(g), g.pick(['us', 'cw'] as const))}
Proband: ${full(p)} (${ageSpan(p)}), referred for ${eponym(g, ['Cowden syndrome', 'Lisch nodules'])} workup. Lab accession ${phi('other_id', `GX${g.digits(8)}`, 'accession')}.
Pedigree: mother ${full(mum)}, alive, colon ca dx age ${ageSpan(mum)}. Maternal aunt ${first(aunt)} d. ${year(g, 1985, 2023)} of endometrial ca. Maternal grandfather ${phi('name', g.pick(['Seamus', 'Hōhepa', 'Bohdan', 'Wilfred']), 'first')} ${last(mum)} died ${phi('date', `${g.pick(['March', 'Oct', 'June'])} ${deathYear}`, 'month_year')}, ?gastric. Brother ${first(person(g))} - not tested.
Variant: MLH1 c.${g.int(100, 2200)}${g.pick(['del', 'C>T', 'G>A'])}, ${code(g, ['SNOMED CT', 'LOINC']).code}.
Risk discussed: ${stat(g)} to each child; ${stat(g)} lifetime. Cascade letters to ${g.int(2, 6)} relatives incl. cousin ${full(person(g))} in ${phi('geo', g.pick(['Kamloops', 'Mallow', 'Whakatāne', 'Gallup']), 'city')}.
${staff(g, gc)}, MS CGC`;
}

/** A public-health case investigation with a contact list (names, ages, phones, exposures). */
function caseInvestigation(g: Gen): Frag {
  const p = patient(g);
  const officer = person(g, 25, 60);
  const home = place(g, g.pick(['ie', 'ca', 'nz'] as const));
  const onset = recent(g);
  const order = home.country === 'ca' ? 'us' : 'cw';
  const contacts = Array.from({ length: g.int(2, 5) }, () => {
    const c = person(g, 1, 80);
    return t`- ${full(c)}, ${ageSpan(c)}, ${g.pick(['household', 'school', 'childcare', 'church', 'bus'])}, ${phoneOf(g, home.country)}, last exposure ${shortDate(g, plusDays(onset, g.int(-2, 3)), order)}, ${g.pick(['MMR x2', 'unvaccinated', 'unknown', 'IG given'])}`;
  });
  return t`${orgNamed('HSE Public Health Area C')} / notifiable disease - ${g.pick(['MEASLES', 'PERTUSSIS', 'HEPATITIS A', 'IMD'])}
Case ID ${phi('other_id', `CIDR-${g.digits(7)}`, 'case')}   Case: ${named(g, p)}   DOB ${dateOf(g, p.dob, order)}
Home: ${addressLine(home)}
Onset ${dateOf(g, onset, order)}; rash day 3; ${eponym(g, ['Koplik spots', 'Forchheimer spots', "Pastia's lines"])} noted by GP Dr ${last(person(g, 35, 65))}. ${lab(g, ['sats'])}. Cluster now ${stat(g)}.
Travel: flight ${g.pick(['EI', 'NZ', 'AC'])}${g.int(100, 999)} seat ${g.int(1, 40)}${g.letters(1, 'ABCDEF')} on ${shortDate(g, plusDays(onset, -10), order)}.
Contacts:
${join(contacts, '\n')}
Investigating officer: ${full(officer)} ${phoneOf(g, home.country)}`;
}

/** A research visit note with subject number, initials, protocol version and visit window. */
function researchVisit(g: Gen): Frag {
  const p = patient(g);
  const crc = person(g, 24, 55);
  const pi = person(g, 35, 70);
  const d = recent(g);
  return t`STUDY VISIT NOTE  Protocol ${g.pick(['HEARTH-2', 'TE-ARA', 'NORTHSTAR'])} v${version(g)}
Subject ${phi('other_id', `${g.int(101, 140)}-${g.digits(3)}`, 'subject')}   Initials ${phi('name', `${p.first[0]}-${p.middle[0]}-${p.last[0]}`, 'initials')}   Visit ${g.pick(['V3 (week 12)', 'V5 (week 24)', 'Unscheduled'])}   Date ${dateOf(g, d, 'us')}
Within window (target ${shortDate(g, plusDays(d, -2), 'us')} +/- 7d). Consent v${version(g)} re-signed. Subject's age ${ageSpan(p)}.
AEs: ${g.pick(['none', 'grade 1 nausea', 'injection site reaction'])}. ConMeds: ${drug(g)}. ${lab(g, ['Hb', 'TSH', 'INR'])}, ${lab(g, ['PHQ9', 'BSL'])}.
Stipend paid to card ending ${phi('account', g.digits(4), 'card_last4')}. Subject's ${g.pick(['wife', 'son'])} ${first(person(g))} drove ${his(p)}.
Entered by ${full(crc)}; PI ${staff(g, pi)}. ${code(g, ['ICD-10', 'SNOMED CT']).code} recorded in eCRF.`;
}

/** An Australian immunisation history statement: Medicare, IHI, vaccines with dates and providers. */
function immunisationHistory(g: Gen): Frag {
  const kid = person(g, 0, 17);
  const given = Array.from({ length: g.int(3, 6) }, () => {
    const d = recent(g);
    return t`${dateOf(g, d, 'cw')}  ${vaccine(g)}  ${g.pick(['GP', 'Council clinic', 'Pharmacy'])} ${last(person(g, 30, 65))}`;
  });
  return t`Immunisation History Statement - Australian Immunisation Register
Name: ${upper(kid)}   Date of birth: ${dateOf(g, kid.dob, 'cw')}
Medicare card: ${medicareAu(g)}   IHI: ${ihi(g)}
Date         Vaccine                    Provider
${join(given, '\n')}
Up to date for age (${ageSpan(kid)}): ${g.pick(['Yes', 'No - overdue'])}. Coverage in ${phi('geo', g.pick(['Katherine', 'Mildura', 'Toowoomba']), 'city')}: ${stat(g)}.`;
}

export const CLINIC_DOCS: Record<string, (g: Gen) => Frag> = {
  behaviouralIntake,
  oatIntake,
  maternityBooking,
  newbornCheck,
  paediatricGuardians,
  dentalCharting,
  pharmacyCounselling,
  pedigreeCounsellingNote,
  caseInvestigation,
  researchVisit,
  immunisationHistory,
};
