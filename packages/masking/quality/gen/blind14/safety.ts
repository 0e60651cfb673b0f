/**
 * Safety, trial and medico-legal writing of blind split 14: CIOMS and MedWatch narratives,
 * trial deviation logs, independent medical examinations, UK medico-legal reports, guardianship
 * letters and insurance claim narratives. SYNTHETIC DATA ONLY. US reports carry NPI, DEA, VIN and
 * SSN with valid check digits where the real ones have them.
 */

import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { deaValue, ipValue, npiValue, udiValue, vinValue } from '../identifiers';
import { dateIn, fullDateIn, plusDays, recent, shortDateIn } from './dates';
import {
  hkid,
  hospitalNo,
  kenyaId,
  niNumber,
  nin,
  nric,
  philHealth,
  plate,
  registration,
  schemeMember,
  usSsn,
  usSsnGlued,
} from './ids';
import {
  ageOf,
  code,
  deviceName,
  drugDose,
  eponym,
  hospital,
  lab,
  org,
  statistic,
  timestamp,
  uuid,
  version,
  year,
} from './keeps';
import type { Region } from './names';
import { anyNameAs, nameAs, patient, patientInitials, person, staff, staffName } from './people';
import { ageSex, deviceSerial, ipAddress } from './pieces';
import { addressIn, addressText, emailFor, phoneIn } from './places';

export function ciomsNarrative(g: Gen): Frag {
  const region: Region = g.pick(['sg', 'hk']);
  const p = patient(g, region, 0.15);
  const reporter = staff(g, region);
  const onset = recent(g);
  const idSpan = region === 'sg' ? nric(g, p.dob.getUTCFullYear()) : hkid(g);
  return t`CIOMS FORM I - SUSPECT ADVERSE REACTION REPORT   (${version(g)})
Mfr control no.: ${g.pick(['SG', 'HK'])}-${g.letters(3)}-${g.int(2023, 2025)}${g.digits(6)}   Received ${timestamp(g)}
1. PATIENT INITIALS: ${phi('name', patientInitials(p), 'initials')}   1a. COUNTRY: ${region === 'sg' ? 'SINGAPORE' : 'HONG KONG SAR'}
2. DATE OF BIRTH: ${fullDateIn(g, region, p.dob)}   2a. AGE: ${ageOf(p.age)} years   3. SEX: ${p.sex === 'female' ? 'F' : 'M'}
4-6. REACTION ONSET: ${dateIn(g, region, onset, g.pick(['dd_mon_yy', 'dmy_slash', 'ddmonyyyy']))}
7+13. DESCRIBE REACTION(S):
Patient (${idSpan}) was started on ${drugDose(g)} on ${shortDateIn(g, region, plusDays(onset, -g.int(5, 40)))} for ${eponym(g)}. Approximately ${g.int(2, 21)} days later developed ${g.pick(['generalised maculopapular rash with mucosal involvement', 'jaundice', 'agranulocytosis', 'angioedema'])}. ${lab(g)}; ${lab(g)}. MedDRA PT ${code(g, 'MedDRA')} (${version(g)}).
Admitted to ${hospital(g, region)} (MRN ${hospitalNo(g, region)}); suspect drug withdrawn; treated with ${drugDose(g)}. Outcome: ${g.pick(['recovering', 'recovered with sequelae', 'fatal', 'not yet recovered'])}${g.chance(0.3) ? t` - died ${dateIn(g, region, plusDays(onset, g.int(3, 20)))}` : ''}.
14. SUSPECT DRUG(S): ${drugDose(g)}; batch ${g.letters(2)}${g.digits(5)}
22. CONCOMITANT: ${drugDose(g)}
24b. REPORT SOURCE: health professional - ${staffName(g, reporter, ['Dr', 'Dr.'])}, ${org(g, region)}, tel ${phoneIn(g, region)}, ${emailFor(g, reporter.given, reporter.family)}
Reported to ${org(g, region)} on ${dateIn(g, region, plusDays(onset, g.int(5, 30)))}; case ID ${uuid(g)}
`;
}

export function medwatchNarrative(g: Gen): Frag {
  const p = patient(g, 'us', 0.25);
  const rep = staff(g, 'us');
  const event = recent(g);
  return t`MEDWATCH FORM FDA 3500A - MANDATORY REPORTING (device)
A1. Patient identifier: ${phi('name', patientInitials(p), 'initials')}   A2. Age: ${ageOf(p.age)} yr   DOB ${fullDateIn(g, 'us', p.dob)}   A3. Sex: ${p.sex === 'female' ? 'Female' : 'Male'}   A4. Weight: ${g.int(48, 140)} kg
B3. Date of event: ${dateIn(g, 'us', event, 'us')}   B4. Date of this report: ${dateIn(g, 'us', plusDays(event, g.int(3, 28)), 'us')}
B5. Describe event or problem:
Pt is a ${ageSex(g, p)} with ${eponym(g)} implanted with a ${deviceName(g)} on ${dateIn(g, 'us', plusDays(event, -g.int(60, 900)), g.pick(['us', 'us_long']))} at ${hospital(g, 'us')}. On ${dateIn(g, 'us', event, g.pick(['md', 'us_mon']))} pt's ${g.pick(['wife', 'son', 'caregiver'])} ${anyNameAs(g, person(g, 'us'), ['full', 'given'])} called ${phoneIn(g, 'us')} reporting ${g.pick(['device alarm and syncope', 'inappropriate shock x3', 'pump occlusion alarm with hyperglycemia', 'loss of capture on interrogation'])}. ${lab(g)}. Device interrogated; explanted ${shortDateIn(g, 'us', plusDays(event, 2))} (${code(g, 'CPT')}) and returned to mfr.
D4. Model/catalog: ${deviceName(g)}   Serial #: ${deviceSerial(g)}   UDI: ${udiValue(g)}   Lot: ${g.letters(1)}${g.digits(6)}
E1. Reporter: ${staffName(g, rep, ['Dr.', 'Dr'])}, ${org(g, 'us')}, ${addressText(g, 'us', addressIn(g, 'us'), ', ')}
   Phone ${phoneIn(g, 'us')}  Fax ${phoneIn(g, 'us', 'fax')}  ${emailFor(g, rep.given, rep.family)}  NPI ${npiValue(g)}
Patient contact (for mfr follow-up only): ${addressText(g, 'us', addressIn(g, 'us'), ', ')}; medical record ${hospitalNo(g, 'us')}; ${usSsn(g)} on file.
Submitted via eSubmitter ${version(g)} from ${ipValue(g)} at ${timestamp(g)}.
`;
}

export function trialDeviationLog(g: Gen): Frag {
  const region: Region = g.pick(['ke', 'ng', 'gh']);
  const site = org(g, region);
  const cra = staff(g, region);
  const rows = Array.from({ length: g.int(3, 4) }, (_, i) => {
    const p = patient(g, region, 0.02);
    const d = recent(g);
    const pid = phi(
      'other_id',
      `${g.pick(['KE', 'NG', 'GH'])}-${g.int(1, 9)}${g.digits(2)}-${g.digits(4)}`,
      'participant',
    );
    return t`PD-${String(i + 1).padStart(3, '0')} | ${pid} (${phi('name', patientInitials(p), 'initials')}, ${ageOf(p.age)}${p.sex === 'female' ? 'F' : 'M'}) | ${dateIn(g, region, d, g.pick(['dd_mon_yy', 'dmy_slash', 'iso']))} | ${g.pick(
      [
        t`Visit ${g.int(3, 9)} done out of window (+${g.int(4, 12)} days); participant travelled to ${phi('geo', g.pick(['Homa Bay', 'Bondo', 'Ilorin', 'Nsawam', 'Siaya', 'Oshogbo']), 'village')} for a funeral`,
        t`ICF ${version(g)} signed after ${lab(g)} was drawn`,
        t`IP dispensed wrong kit; ${drugDose(g)} given instead of blinded arm`,
        t`Consent witnessed by ${anyNameAs(g, person(g, region), ['full', 'initial_family'])}, a relative (not impartial)`,
      ],
    )} | ${g.pick(['Major', 'Minor', 'Important'])}`;
  });
  const inv = staff(g, region);
  return t`PROTOCOL DEVIATION LOG - Study ${g.pick(['MALVAC-3', 'PREG-SICKLE-02', 'TB-SHORT-4'])} (Protocol ${version(g)})
Site: ${site}   PI: ${staffName(g, inv, ['Dr', 'Prof'])}   ${registration(g, region)}
Monitor: ${staffName(g, cra, ['Ms', 'Mr'])}, visit ${dateIn(g, region, recent(g))}
Dev# | Participant | Date | Description | Category
${join(rows, '\n')}
eCRF export ${timestamp(g)} (${uuid(g)}); last login ${ipAddress(g)}. ${statistic(g)} deviations per participant this quarter. ${region === 'ke' ? t`PI national ID ${kenyaId(g)} on delegation log.` : region === 'ng' ? t`PI NIN ${nin(g)} on delegation log.` : t`Reported to ${org(g, region)}.`}
`;
}

export function usImeReport(g: Gen): Frag {
  const p = patient(g, 'us', 0.02);
  const md = staff(g, 'us');
  const injury = recent(g);
  const exam = plusDays(injury, g.int(60, 300));
  return t`INDEPENDENT MEDICAL EXAMINATION
Claimant: ${nameAs(g, p, g.pick(['full', 'family_caps_first', 'caps_full']))}    DOB: ${fullDateIn(g, 'us', p.dob)}    ${g.chance(0.2) ? usSsnGlued(g) : t`SSN: ${usSsn(g)}`}
Claim #: ${phi('account', `${g.letters(2)}${g.digits(8)}`, 'claim')}   Carrier: ${org(g, 'us')}   Employer: ${g.pick(['Tri-County Poultry LLC', 'Bledsoe Trucking', 'Gulf Coast Fabrication'])}
Date of injury: ${dateIn(g, 'us', injury, 'us')}   Date of exam: ${dateIn(g, 'us', exam, g.pick(['us', 'us_long']))}

HISTORY: ${nameAs(g, p, 'title_family')} is a ${ageSex(g, p)} ${g.pick(['truck driver', 'forklift operator', 'CNA', 'line cook'])} who was injured when ${g.pick(['his tractor-trailer was rear-ended', 'her vehicle was struck at an intersection', 'a pallet fell'])} on I-${g.int(10, 95)}. Vehicle: ${g.int(2012, 2024)} ${g.pick(['Freightliner Cascadia', 'Ford F-150', 'Toyota Camry'])}, VIN ${vinValue(g)}. Treated at ${hospital(g, 'us')} ER, then by ${staffName(g, staff(g, 'us'), ['Dr.'])} (DEA ${deaValue(g, md.family)}), who prescribed ${drugDose(g)}.
EXAM: ${lab(g)}; ${eponym(g)} positive on the ${g.pick(['left', 'right'])}; ${eponym(g)} negative.
IMAGING: MRI ${shortDateIn(g, 'us', plusDays(injury, 20))}: ${g.pick(['L4-5 disc protrusion', 'partial-thickness supraspinatus tear', 'no acute abnormality'])}.
DIAGNOSES: ${code(g, 'ICD-10')}, ${code(g, 'ICD-10')}.
OPINION: MMI reached; ${g.int(3, 18)}% whole person impairment per AMA Guides ${g.pick(['6th Ed.', '5th Ed.'])}. Causation: ${g.pick(['more likely than not', 'not'])} related to the work injury.
Examiner: ${staffName(g, md, ['Dr.'])}, Board Certified ${g.pick(['PM&R', 'Orthopaedic Surgery'])}, NPI ${npiValue(g)}, ${addressText(g, 'us', addressIn(g, 'us'), ', ')}, fax ${phoneIn(g, 'us', 'fax')}
Billing ${code(g, 'CPT')}; invoice ${phi('account', `INV-${g.digits(6)}`, 'invoice')}.
`;
}

export function ukMedicoLegalReport(g: Gen): Frag {
  const p = patient(g, 'uk', 0.02);
  const expert = staff(g, 'uk');
  const sol = staff(g, 'uk');
  const acc = recent(g);
  return t`MEDICAL REPORT ON ${nameAs(g, p, 'caps_full')}
Prepared for the Court in accordance with CPR Part 35
Instructing solicitors: ${g.pick(['Haverstock Pugh LLP', 'Threlfall & Co Solicitors', 'Ormerod Law'])} (ref ${phi('account', `${g.letters(3)}/${g.digits(5)}/${g.letters(2)}`, 'solicitor_ref')}), attn ${staffName(g, sol, ['Mr', 'Ms', 'Mrs'])}
Claimant DOB: ${fullDateIn(g, 'uk', p.dob)}   Address: ${addressText(g, 'uk', addressIn(g, 'uk'), ', ')}
NI No: ${niNumber(g)}   GP: ${org(g, 'uk')}
Date of accident: ${dateIn(g, 'uk', acc, g.pick(['ord_of_y', 'd_month_y', 'dmy_slash']))}   Date of examination: ${dateIn(g, 'uk', plusDays(acc, g.int(30, 400)), 'd_month_y')}
Identity confirmed by photographic driving licence ${phi(
    'license',
    `${p.family
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase()
      .padEnd(5, '9')
      .slice(0, 5)}${g.digits(6)}${p.given[0]?.toUpperCase()}9${g.letters(2)}`,
    'dvla',
  )}.

1. Index event. ${nameAs(g, p, 'title_family')} was the ${g.pick(['driver', 'front seat passenger'])} of a ${g.pick(['Vauxhall Corsa', 'Ford Fiesta', 'Nissan Qashqai'])} (reg ${plate(g, 'uk')}) stationary at lights on the ${g.pick(['A646', 'A59', 'B6138'])} near ${phi('geo', g.pick(['Mytholmroyd', 'Hipperholme', 'Sowerby Bridge', 'Littleborough']), 'uk_village')} when struck from behind by ${plate(g, 'uk')}.
2. Records reviewed: ED notes ${org(g, 'uk')} (hosp no ${hospitalNo(g, 'uk')}); GP records ${year(g, 2015, 2020)}-${year(g, 2021, 2025)}.
3. Examination: ${lab(g)}. ${eponym(g)}; ${g.pick(['Spurling negative', 'restricted cervical rotation 60 degrees'])}.
4. Prognosis: whiplash associated disorder grade ${g.int(1, 3)}; ${statistic(g)} of similar claimants recover by 12 months. Analgesia: ${drugDose(g)}.
Statement of truth. ${staffName(g, expert, ['Dr', 'Mr', 'Ms'])} MB ChB FRCS, ${registration(g, 'uk')}, ${emailFor(g, expert.given, expert.family)}
`;
}

export function usGuardianshipLetter(g: Gen): Frag {
  const p = patient(g, 'us', 0.55);
  const md = staff(g, 'us');
  const petitioner = person(g, 'us');
  const d = recent(g);
  return t`${hospital(g, 'us')} - Geriatric Psychiatry
${dateIn(g, 'us', d, 'us_long')}

The Honorable Judge ${phi('name', staff(g, 'us').family, 'judge')}
${g.pick(['Probate Court of Knox County', 'Circuit Court, Second Judicial Circuit', '15th Judicial District Court'])}
Case No. ${phi('other_id', `${g.int(2023, 2025)}-GD-${g.digits(5)}`, 'court_case')}

RE: Petition for Guardianship of ${nameAs(g, p, 'full')}, DOB ${fullDateIn(g, 'us', p.dob)}, age ${ageOf(p.age)}

Your Honor,

I have treated ${nameAs(g, p, 'title_family')} since ${year(g, 2012, 2023)}. ${p.sex === 'female' ? 'She' : 'He'} resides at ${addressText(g, 'us', addressIn(g, 'us'), ', ')} with ${p.sex === 'female' ? 'her' : 'his'} ${g.pick(['nephew', 'daughter', 'son'])}, ${nameAs(g, petitioner, 'full')} (the petitioner; ${phoneIn(g, 'us')}).
Diagnoses: ${eponym(g)} (${code(g, 'ICD-10')}); MoCA ${g.int(6, 17)}/30 on ${dateIn(g, 'us', plusDays(d, -g.int(5, 60)), 'us_short')}. ${lab(g)}.
Medications: ${drugDose(g)}; ${drugDose(g)}.
In my opinion ${p.sex === 'female' ? 'she' : 'he'} lacks capacity to manage finances: ${p.sex === 'female' ? 'she' : 'he'} could not state ${p.sex === 'female' ? 'her' : 'his'} Medicare number (${schemeMember(g, 'us')}) or bank, and a caller obtained ${p.sex === 'female' ? 'her' : 'his'} ${usSsnGlued(g)} in ${year(g, 2023, 2025)}.

Respectfully,
${staffName(g, md, ['Dr.'])}, MD   NPI ${npiValue(g)}   DEA ${deaValue(g, md.family)}
${phoneIn(g, 'us')} | fax ${phoneIn(g, 'us', 'fax')}
`;
}

export function phClaimNarrative(g: Gen): Frag {
  const p = patient(g, 'ph', 0.1);
  const member = person(g, 'ph');
  const md = staff(g, 'ph');
  const admit = recent(g);
  const a = addressIn(g, 'ph');
  return t`${hospital(g, 'ph')} - Claims Processing Unit
CF4 narrative / Case rate claim
Member: ${nameAs(g, member, g.pick(['caps_full', 'family_caps_first']))}  PIN ${philHealth(g)}
Patient (dependent): ${nameAs(g, p, 'full')} a.k.a. "${nameAs(g, p, 'nick')}", ${ageSex(g, p)}, DOB ${fullDateIn(g, 'ph', p.dob)}
Address: ${addressText(g, 'ph', a, ', ')}
Confinement: ${dateIn(g, 'ph', admit, g.pick(['us_long', 'dmy_slash']))} to ${dateIn(g, 'ph', plusDays(admit, g.int(2, 9)), g.pick(['us_long', 'dmy_slash']))} at ${org(g, 'ph')}, hospital no. ${hospitalNo(g, 'ph')}

Pt brought by ${g.pick(['tricycle', 'jeepney', 'barangay ambulance'])} (plate ${plate(g, 'ph')}) with ${g.pick(['dengue with warning signs', 'community-acquired pneumonia moderate risk', 'acute gastroenteritis with severe dehydration'])}. ${lab(g)}, ${lab(g)}. ICD ${code(g, 'ICD-10')}; RVS ${code(g, 'CPT')}.
Given ${drugDose(g)}. Attending: ${staffName(g, md, ['Dr.', 'Dra.', 'Dr'])} ${registration(g, 'ph')}.
Kasama: ${g.pick(['asawa', 'anak', 'kapatid'])} ${anyNameAs(g, person(g, 'ph'), ['nick', 'full', 'given'])}, cp ${phoneIn(g, 'ph')}.
Claim series no. ${phi('account', `${g.digits(4)}-${g.digits(7)}-${g.digits(2)}`, 'claim')}; denied first filing (${statistic(g)} of batch). Uploaded ${timestamp(g)}.
`;
}

export const SAFETY_DOCS = {
  ciomsNarrative,
  medwatchNarrative,
  trialDeviationLog,
  usImeReport,
  ukMedicoLegalReport,
  usGuardianshipLetter,
  phClaimNarrative,
};
