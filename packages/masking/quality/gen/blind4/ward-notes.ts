/**
 * Ward and field notes of blind split 4: nursing SBAR hand-offs, EMS run reports, ED triage,
 * dental charts, labour and delivery notes (mother and baby), psychiatric intake. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { address, oneLine, town } from './addresses';
import { after, birthDay, date, dateTime, day, oldAge, stamp, time, US_FORMS, year, youngAge } from './dates';
import {
  biometric,
  caseNumber,
  deviceSerial,
  driverLicense,
  groupNumber,
  healthPlan,
  mrn,
  npi,
  phone,
  photo,
  plate,
  vin,
} from './identifiers';
import { clinician, kinWord, nameAs, nameSpan, person, relative, titled } from './people';
import { code, DEVICES, DRUGS, device, drug, EPONYMS, eponym, lab, org, statistic } from './vocab';

const age = (g: Gen): Frag => (g.chance(0.45) ? oldAge(g) : youngAge(g));

export function sbarHandoff(g: Gen): Frag {
  const p = person(g);
  const kin = relative(g, p);
  const from = clinician(g, g.pick(['RN', 'BSN, RN', 'RN, CCRN']));
  const to = clinician(g, 'RN');
  const md = clinician(g, g.pick(['MD', 'MBBS', 'NP', 'PA-C']));
  const home = address(g);
  return t`SBAR HAND-OFF - Ward ${g.int(2, 9)}${g.pick(['A', 'B', 'C'])}, Bed ${g.int(1, 32)}
S: ${nameSpan(p)}, ${age(g)} ${p.sex === 'f' ? 'F' : 'M'}, MRN ${mrn(g)}, admitted ${date(g)} with ${g.pick(['fall at home', 'urosepsis', 'CHF exacerbation', 'post-op day 2 hip'])}.
B: ${eponym(g, EPONYMS.nursing)} ${g.int(9, 22)}. Lives with ${kinWord(g, kin, ['daughter', 'wife', 'niece'], ['son', 'husband', 'nephew'])} ${nameSpan(kin)} at ${oneLine(g, home, g.chance(0.2))}; NOK ${phone(g, p.culture)}.
Signs: ${eponym(g, EPONYMS.signs)} noted.
A: BP ${g.int(96, 178)}/${g.int(50, 98)}, HR ${g.int(52, 128)}, ${lab(g)}, ${lab(g)}. On ${drug(g, DRUGS.home)} and ${drug(g, DRUGS.home)} via ${device(g, DEVICES.ward)}.
R: Recheck ${lab(g)} at ${time(g)}; call ${md.signed} on ${phone(g)} if worse.
Handed over by ${from.signed} to ${to.signed} at ${time(g)} on ${date(g, day(g), US_FORMS)}.`;
}

export function emsRunReport(g: Gen): Frag {
  const p = person(g);
  const scene = address(g, 0.8);
  const medic = clinician(g, 'EMT-P');
  const partner = clinician(g, g.pick(['EMT-B', 'AEMT', 'EMT']));
  const nurse = clinician(g, 'RN');
  const mvc = g.chance(0.5);
  const vehicle = mvc
    ? t`Restrained driver of a ${g.pick(['2014 Honda Civic', '2019 Toyota Hilux', '2011 Ford F-150', 'white VW Polo'])}, plate ${plate(g)}, VIN ${vin(g)}; airbag deployed.`
    : t`Found on floor by ${g.pick(['neighbour', 'grandson', 'home aide'])} ${nameSpan(person(g, p.culture))}, ${phone(g)}, down ~${g.int(2, 14)} h.`;
  return t`${org(g, 'ems')} - PATIENT CARE REPORT
Incident #: ${caseNumber(g)}   Unit: M${g.int(1, 60)}   Date: ${date(g, day(g), ['mdy-slash', 'mon-dd-yy', 'ddmonyyyy', 'iso'])}
Dispatched ${time(g)} to ${oneLine(g, scene)} for ${mvc ? 'MVC' : 'fall'}.
Pt: ${nameAs(p, g.pick(['upper', 'lastFirst', 'as-is']))}, ${age(g)}, DOB ${date(g, birthDay(g))}.
${vehicle}
Assessment: ${eponym(g, EPONYMS.neuro)} ${g.int(3, 15)}. ${lab(g)}, ${lab(g)}, ${lab(g)}.
Rx: ${drug(g, DRUGS.ems)}; ${drug(g, DRUGS.ems)}.
Monitor ${device(g, DEVICES.ems)}; airway ${device(g, DEVICES.airway)}. Pt wears ${device(g, DEVICES.diabetes)}, serial ${deviceSerial(g)}.
Transported to ${org(g, g.pick(['us', 'za', 'in']))}; report to ${nurse.signed}.
Crew: ${medic.signed} / ${partner.signed}. ePCR closed ${stamp(g)}.`;
}

export function edTriage(g: Gen): Frag {
  const p = person(g);
  const escort = relative(g, p);
  const rn = clinician(g, g.pick(['RN', 'RN, CEN']));
  return t`ED TRIAGE  ${dateTime(g)}
Name: ${nameAs(p, g.pick(['lastFirst', 'upper', 'as-is']))}   Age: ${age(g)}   Sex: ${p.sex.toUpperCase()}
ID checked: ${g.pick(['DL', 'driver licence', 'state ID'])} ${driverLicense(g)}; photo captured ${photo(g, p)}
Arrived by private car with ${kinWord(g, escort, ['daughter', 'mother', 'partner'], ['son', 'father', 'partner'])} ${nameSpan(escort)} (${phone(g, p.culture)}).
CC: ${g.pick(['chest pain x2h', 'syncope at church', 'abdominal pain', 'SOB on exertion'])}. Onset ${g.pick(['last Tuesday', 'this morning', 'yesterday evening'])}.
Hx: ${code(g, 'ICD-10')}; ${eponym(g, EPONYMS.neuro)} negative. Home meds ${drug(g, DRUGS.pharmacy)}.
Vitals ${lab(g)}, T ${g.int(361, 395) / 10} C. ESI ${g.int(1, 4)}. Room ${g.int(1, 40)}.
Triage RN: ${rn.signed}`;
}

export function dentalChart(g: Gen): Frag {
  const p = person(g);
  const dds = clinician(g, g.pick(['DDS', 'DMD', 'BDS']));
  const tooth = g.int(2, 31);
  return t`DENTAL CHART  |  ${org(g, 'us')}
Patient: ${nameSpan(p)}    DOB: ${date(g, birthDay(g))}    Chart #: ${mrn(g)}
Ins: ${org(g, 'payer')} member ${healthPlan(g)} grp ${groupNumber(g)}; subscriber ${nameSpan(relative(g, p))}
Tooth #${tooth} ${g.pick(['MOD', 'DO', 'OB'])} composite, ${code(g, 'CDT')}; ${eponym(g, EPONYMS.dental)}.
Anesthesia: ${drug(g, DRUGS.dentalAnaesthetic)} infiltration. Rx ${drug(g, DRUGS.dental)}.
Imaging: ${device(g, DEVICES.dental)}. Implant #${g.int(2, 31)}: ${device(g, DEVICES.implant)}, lot/serial ${deviceSerial(g)}.
Perio: ${eponym(g, EPONYMS.dental)} on #${g.int(2, 31)}. Next recall ${date(g, day(g), ['md', 'mdy-short', 'month-ordinal'])}.
Provider: ${dds.signed}  NPI ${npi(g)}  call ${phone(g)}`;
}

export function obDelivery(g: Gen): Frag {
  const mom = person(g, undefined, 'f');
  const baby = relative(g, mom);
  const babySex = baby.sex === 'f' ? 'girl' : 'boy';
  const partner = person(g, mom.culture, 'm');
  const mw = clinician(g, g.pick(['CNM', 'MD', 'MBChB']));
  const born = day(g);
  return t`LABOUR & DELIVERY NOTE
Mother: ${nameSpan(mom)}, ${youngAge(g, 17, 45)}, G${g.int(1, 5)}P${g.int(0, 4)}, MRN ${mrn(g)}. EDD by ${eponym(g, EPONYMS.obDating)} ${date(g, after(born, 5))}.
${eponym(g, EPONYMS.obScores)}: ${g.int(4, 11)}; ${eponym(g, EPONYMS.ob)} noted. ${drug(g, DRUGS.ob)} at ${time(g)}; ${drug(g, DRUGS.ob)} for PPH risk.
Baby ${babySex} "${phi('name', baby.given)}" born ${date(g, born)} at ${time(g)}, ${eponym(g, EPONYMS.newborn)} ${g.int(1, 9)}, ${g.int(2100, 4300)} g (${statistic(g)}). Baby MRN ${mrn(g)}; footprint ${biometric(g, true)}.
Partner ${nameSpan(partner)} present, cell ${phone(g, mom.culture)}.
Monitoring: ${device(g, DEVICES.ob)}. ${lab(g)}. Dx ${code(g, 'ICD-10')}.
Delivered by ${mw.signed}.`;
}

export function psychIntake(g: Gen): Frag {
  const p = person(g);
  const contact = person(g);
  const psych = clinician(g, g.pick(['MD', 'MBBS, FRCPsych', 'PMHNP-BC', 'LCSW']));
  const home = address(g);
  return t`PSYCHIATRIC INTAKE - ${org(g, g.pick(['us', 'sg', 'za']))}
Identifying data: ${nameSpan(p)}, ${age(g)}, referred by ${titled(g, person(g))} (GP). Lives in ${town(home)}.
HPI: low mood since ${date(g, day(g), ['month-day-year', 'dmy-long', 'md'])}, worse after ${g.pick(['divorce', 'job loss', 'bereavement'])}. ${eponym(g, EPONYMS.psych)} ${g.int(4, 32)}.
Past: admitted ${year(g)}; trials of ${drug(g, DRUGS.psych)} and ${drug(g, DRUGS.psych)}. ${lab(g)}.
Social: ${g.pick(['works as a bus driver', 'retired teacher', 'student'])}; emergency contact ${nameSpan(contact)} ${phone(g, contact.culture)}.
Safety: ${eponym(g, EPONYMS.psych)} low risk. Plan: ${drug(g, DRUGS.psych)} nightly; ${code(g, 'CPT')} follow-up ${date(g)}.
Dx ${code(g, 'ICD-10')}.  Seen by ${psych.signed}`;
}
