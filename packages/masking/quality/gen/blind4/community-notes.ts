/**
 * Community and clinic notes of blind split 4: paediatric visits naming parents and guardians,
 * genetic counselling with a pedigree (relatives by name, ages, deaths), physiotherapy progress,
 * home-health visit logs, social-work case notes. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, keep, type Piece, phi, t } from '../fragment';
import { address, multiLine, oneLine, usOnlyAddress } from './addresses';
import { birthDay, date, day, oldAge, time, year, youngAge } from './dates';
import {
  account,
  caseNumber,
  deviceSerial,
  email,
  healthPlan,
  medLicense,
  mrn,
  nationalId,
  patientUrl,
  phone,
  plate,
  ssn,
} from './identifiers';
import { clinician, givenSpan, nameSpan, type Person, person, relative, titled } from './people';
import { code, DEVICES, DRUGS, device, drug, EPONYMS, eponym, lab, org, statistic, uuid } from './vocab';

export function paedsVisit(g: Gen): Frag {
  const child = person(g);
  const mum = relative(g, child, 'f');
  const dad = relative(g, child, 'm');
  const guardian = g.chance(0.4) ? relative(g, child) : undefined;
  const doc = clinician(g, g.pick(['MD', 'MBBS', 'FNP-BC', 'MBChB, FCPaed']));
  const custody = guardian
    ? t`Legal guardian: grandparent ${nameSpan(guardian)} per order ${caseNumber(g)}; reach on ${phone(g, child.culture)}.`
    : t`Parents share custody.`;
  return t`PAEDIATRIC CLINIC - ${g.pick(['well-child visit', 'acute visit', 'asthma review'])}
Child: ${nameSpan(child)} (${youngAge(g, 1, 15)}), DOB ${date(g, birthDay(g, 2010, 2024))}, hosp no. ${mrn(g)}
Mother: ${nameSpan(mum)}, ${phone(g, mum.culture)}, ${email(g, mum)}
Father: ${titled(g, dad)}, works nights, cell ${phone(g, dad.culture)}
${custody}
Growth: weight ${statistic(g)}, height ${statistic(g)}. ${eponym(g, EPONYMS.peds)} appropriate.
Rx: ${drug(g, DRUGS.peds)} BID x5 days; ${drug(g, DRUGS.peds)} PRN. ${code(g, 'ICD-10')}
${givenSpan(child)} attends ${g.pick(['Grade 2', 'preschool', 'Year 5'])}; next review ${date(g)} at ${time(g)}.
${doc.signed}`;
}

function sibling(g: Gen, proband: Person): Frag {
  const sib = relative(g, proband);
  return pedigreeLine(g, 'III-2', sib.sex === 'f' ? 'sister' : 'brother', sib);
}

function pedigreeLine(g: Gen, label: string, role: string, p: Person): Frag {
  const dead = g.chance(0.45);
  if (!dead) {
    const a = g.chance(0.3) ? oldAge(g) : t`${keep('age_under_90', String(g.int(20, 89)))}`;
    return t`  ${label} ${role} ${nameSpan(p)} - alive, ${a}`;
  }
  const old = g.chance(0.35);
  const at: Piece = old ? phi('age', String(g.int(90, 101))) : keep('age_under_90', String(g.int(38, 89)));
  const cause = g.pick(['MI', 'colon ca', 'breast ca', 'stroke', 'unknown']);
  return t`  ${label} ${role} ${nameSpan(p)} - d. ${date(g, day(g, 1975, 2024))} aged ${at} (${cause})`;
}

export function geneticPedigree(g: Gen): Frag {
  const proband = person(g);
  const gc = clinician(g, g.pick(['MS, CGC', 'MSc, GC', 'MBBS, FRCP']));
  const lines = [
    pedigreeLine(g, 'I-1', 'paternal grandfather', relative(g, proband, 'm')),
    pedigreeLine(g, 'I-2', 'paternal grandmother', relative(g, proband, 'f')),
    pedigreeLine(g, 'II-1', 'father', relative(g, proband, 'm')),
    pedigreeLine(g, 'II-2', 'mother', person(g, proband.culture, 'f')),
    sibling(g, proband),
  ];
  return t`GENETIC COUNSELLING NOTE - ${org(g, g.pick(['us', 'sg', 'za', 'de']))}
Proband: ${nameSpan(proband)}, ${youngAge(g, 18, 70)}, DOB ${date(g, birthDay(g))}, MRN ${mrn(g)}
Indication: family history suggestive of ${eponym(g, EPONYMS.genetics)}; ${eponym(g, EPONYMS.genetics)} excluded.
Pedigree (three generations, from the proband's account):
${lines.flatMap((l) => [l, '\n'])}Risk estimate: ${statistic(g)}; ${statistic(g)}. Panel ordered from ${org(g, 'lab')} (req ${uuid(g)}).
Results to ${email(g, proband)} or portal ${patientUrl(g, proband)}. ${code(g, 'ICD-10')}
Counsellor: ${gc.signed}, ${phone(g)}`;
}

export function physioProgress(g: Gen): Frag {
  const p = person(g);
  const pt = clinician(g, g.pick(['PT, DPT', 'BPhty', 'MPT']));
  const ref = clinician(g, g.pick(['MD', 'MBBS']));
  const score = g.int(20, 60);
  return t`PHYSIOTHERAPY PROGRESS NOTE - session ${g.int(2, 11)} of 12
Client: ${titled(g, p)} (${nameSpan(p)}), DOB ${date(g, birthDay(g))}, ref. by ${ref.signed}
Dx: ${code(g, 'ICD-10')}. ${eponym(g, EPONYMS.msk)} positive, ${eponym(g, EPONYMS.msk)} negative.
Outcome: ${eponym(g, EPONYMS.outcomes)} ${score}% -> ${score - g.int(2, 15)}%. ${statistic(g)} for age.
Meds per client: ${drug(g, DRUGS.physio)}, ${drug(g, DRUGS.physio)}.
HEP sent to ${email(g, p)}; video visit ${patientUrl(g, p)}.
Billed ${code(g, 'CPT')} x2. Next ${date(g)} ${time(g)}.
${pt.signed} (licence ${medLicense(g)})`;
}

export function homeHealthLog(g: Gen): Frag {
  const p = person(g);
  const carer = person(g);
  const home = address(g, 0.6);
  const visits: Frag[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const nurse = clinician(g, g.pick(['RN', 'LPN', 'HHA', 'PT']));
    visits.push(t`| ${date(g)} | ${nurse.signed} | ${lab(g)}; ${drug(g, DRUGS.home)} given |`);
  }
  return t`HOME HEALTH VISIT LOG - ${org(g, g.pick(['us', 'za', 'sg']))}
Client: ${nameSpan(p)}, ${oldAge(g)}
${multiLine(g, home)}
Key safe ${g.int(1000, 9999)}; carer ${nameSpan(carer)} ${phone(g, carer.culture)}
Plan ID ${healthPlan(g, p.culture)}; episode ${caseNumber(g)}
| Date | Clinician | Notes |
|---|---|---|
${visits.flatMap((v) => [v, '\n'])}Equipment: ${device(g, DEVICES.home)} SN ${deviceSerial(g)}; ${device(g, DEVICES.home)}.
${eponym(g, EPONYMS.nursing)} ${g.int(8, 20)}; ${eponym(g, EPONYMS.nursing)} ${g.int(20, 100)}.`;
}

export function socialWorkNote(g: Gen): Frag {
  const p = person(g);
  const landlord = person(g);
  const sister = relative(g, p, 'f');
  const sw = clinician(g, g.pick(['LCSW', 'MSW', 'BSW']));
  const old = usOnlyAddress(g);
  return t`CASE MANAGEMENT NOTE - case ${caseNumber(g)}
Client ${nameSpan(p)}, DOB ${date(g, birthDay(g))}, SSN ${ssn(g)}; ${g.pick(['national id', 'ID no.', 'passport'])} ${nationalId(g, p.culture)}.
Housing: eviction notice for ${oneLine(g, old, g.chance(0.3))} served ${date(g)}; sleeping in car (plate ${plate(g)}).
Income: SSI since ${year(g)}; benefits paid to account ${account(g)}.
Contacts: landlord ${nameSpan(landlord)} ${phone(g)}; sister ${nameSpan(sister)} ${email(g, sister)}.
Referred to ${org(g, 'rx')} for ${drug(g, DRUGS.pharmacy)} copay help; ${code(g, 'ICD-10')}.
Next contact ${date(g, day(g), ['md', 'month-ordinal', 'mdy-slash'])}. ${sw.signed}`;
}
