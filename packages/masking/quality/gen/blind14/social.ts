/**
 * Case notes of blind split 14: safeguarding and social work, school nursing, occupational
 * health, chaplaincy and bereavement, and a Jamaican clinic referral written in the patient's
 * own words in part. SYNTHETIC DATA ONLY. Schools, churches and employers are left unlabeled
 * (neither PHI nor a health organisation); police and court case numbers are other_id.
 */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { dateIn, fullDateIn, plusDays, recent, shortDateIn, weekday } from './dates';
import { ghanaCard, hospitalNo, kenyaId, nhsNumber, nin, nric, plate, saId, schemeMember, trn } from './ids';
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
  uuid,
  version,
  year,
} from './keeps';
import type { Region } from './names';
import { anyNameAs, nameAs, patient, person, staff, staffName } from './people';
import { ageSex, biometricRef, photoFile, portalUrl } from './pieces';
import { addressIn, addressText, emailFor, ghanaGps, phoneIn } from './places';

export function ukSafeguardingNote(g: Gen): Frag {
  const child = person(g, 'uk', { minAge: 2, maxAge: 15 });
  const mum = person(g, 'uk', { minAge: 22, maxAge: 45 });
  const partner = person(g, 'uk', { minAge: 20, maxAge: 50 });
  const sw = staff(g, 'uk');
  const d = recent(g);
  return t`CHILDREN'S SOCIAL CARE - CASE NOTE (${g.pick(['S47 enquiry', 'Strategy discussion', 'Home visit'])})
Child: ${nameAs(g, child, g.pick(['full', 'family_caps_first']))} (DOB ${fullDateIn(g, 'uk', child.dob)}, ${ageOf(child.age)} yrs)  NHS ${nhsNumber(g)}  LCS ID ${phi('other_id', g.digits(7), 'lcs')}
Address: ${addressText(g, 'uk', addressIn(g, 'uk'), ', ')}
Recorded by: ${staffName(g, sw, ['Ms', 'Mr'])}, Social Worker, ${weekday(d)} ${dateIn(g, 'uk', d, g.pick(['dmy_slash', 'ord_of', 'd_month_y']))}

School nurse at ${g.pick(['St Bede\u2019s RC Primary', 'Calder High', 'Nab Lane Academy'])} rang ${phoneIn(g, 'uk')}: ${nameAs(g, child, 'given')} arrived with bruising to L upper arm; body map completed, photos ${photoFile(g, child)} and ${photoFile(g, child)} uploaded.
Mum (${anyNameAs(g, mum, ['full', 'given', 'title_family'])}, mob ${phoneIn(g, 'uk')}) says ${child.sex === 'female' ? 'she' : 'he'} fell off a trampoline on ${shortDateIn(g, 'uk', plusDays(d, -2))}. Mum's partner ${anyNameAs(g, partner, ['full', 'nick', 'given'])} (DOB ${fullDateIn(g, 'uk', partner.dob)}) not present; known to police - ref ${phi('other_id', `${g.pick(['WY', 'LC'])}-${g.digits(8)}-${g.int(23, 25)}`, 'police_ref')}, drives ${plate(g, 'uk')}.
Paediatric CP medical at ${hospital(g, 'uk')} ${shortDateIn(g, 'uk', plusDays(d, 1))}: ${g.pick(['injuries consistent with account', 'pattern bruising, not consistent', 'inconclusive'])}; ${lab(g)}; skeletal survey ${code(g, 'SNOMED CT')}.
Child has ${eponym(g)}, on ${drugDose(g)}. Outcome: ${g.pick(['ICPC to be convened within 15 working days', 'Child in Need plan', 'NFA, signpost to Early Help'])}.
Mum's Facebook: ${portalUrl(g, mum)} (posts reviewed with consent).
`;
}

export function zaSocialWorkNote(g: Gen): Frag {
  const p = patient(g, 'za', 0.15);
  const sw = staff(g, 'za');
  const gran = person(g, 'za', { minAge: 55, maxAge: 88 });
  const d = recent(g);
  const a = addressIn(g, 'za');
  return t`${hospital(g, 'za')} - Social Work Department
Process note ${dateIn(g, 'za', d, g.pick(['dmy_slash', 'd_mon_y', 'iso']))}  Ref ${phi('other_id', `SW${g.int(2023, 2025)}/${g.digits(4)}`, 'sw_ref')}
Client: ${nameAs(g, p, g.pick(['full', 'caps_full', 'title_family']))}, ${ageSex(g, p)}, ID no ${saId(g, p.dob, p.sex)}, folder ${hospitalNo(g, 'za')}
Referred by ${staffName(g, staff(g, 'za'), ['Dr', 'Sr'])} for ${g.pick(['disability grant application', 'foster care placement of grandchildren', 'discharge planning - no fixed abode', 'TB defaulter tracing'])}.

Interview held in isiZulu/English with ${nameAs(g, p, g.pick(['given', 'nick']))} and ${g.pick(['gogo', 'aunt', 'neighbour'])} ${anyNameAs(g, gran, ['full', 'title_family', 'given'])} (cell ${phoneIn(g, 'za')}). Household of ${g.int(3, 9)} at ${addressText(g, 'za', a, ', ')}; income: ${g.pick(['old age grant', 'child support grants x2', 'piece jobs'])} via ${org(g, 'za')}.
Medical: ${eponym(g)}; ${lab(g)}; ${lab(g)}; on ${drugDose(g)} since ${year(g, 2008, 2024)}. Medical aid: ${g.pick(['none', t`${org(g, 'za')} no. ${schemeMember(g, 'za')}`])}.
Plan: SASSA appointment ${weekday(plusDays(d, 3))} ${shortDateIn(g, 'za', plusDays(d, 3))}; home visit by CHW ${anyNameAs(g, staff(g, 'za'), ['full', 'given'])} (${phoneIn(g, 'za')}).
SW: ${staffName(g, sw, ['Ms', 'Mr', 'Mrs'])}, SACSSP ${phi('license', `10-${g.digits(5)}`, 'sacssp')}
`;
}

export function schoolNurseNote(g: Gen): Frag {
  const region: Region = g.pick(['jm', 'ph']);
  const kid = person(g, region, { minAge: 5, maxAge: 17 });
  const parent = person(g, region, { minAge: 25, maxAge: 55 });
  const nurse = staff(g, region);
  const d = recent(g);
  const idSpan = region === 'jm' ? t`TRN ${trn(g)}` : t`LRN ${phi('other_id', g.digits(12), 'ph_lrn')}`;
  return t`${region === 'jm' ? g.pick(['Kingston College', 'St. Hugh\u2019s High School', 'Excelsior Primary']) : g.pick(['San Isidro National High School', 'Marikina Elementary School'])} - School Health Room
${weekday(d)} ${dateIn(g, region, d, g.pick(['dm', 'dmy_slash', 'd_mon_y']))}  ${g.int(7, 14)}:${g.int(10, 59)}
Student: ${nameAs(g, kid, g.pick(['full', 'family_caps_first']))} ("${nameAs(g, kid, 'nick')}"), Grade ${g.int(1, 11)}, ${ageOf(kid.age)} yrs, ${idSpan}
C/O: ${g.pick(['wheeze after PE', 'headache and fever since morning', 'fainted at assembly', 'ankle injury - football'])}. ${lab(g)}, ${lab(g)}.
Known ${eponym(g)}; inhaler/meds kept in office: ${drugDose(g)}.
${region === 'jm' ? t`Him say "mi belly a hurt mi from last night, miss" - ${parent.sex === 'female' ? 'mother' : 'father'} ${anyNameAs(g, parent, ['full', 'nick', 'title_family'])} call back on ${phoneIn(g, 'jm')}, ${parent.sex === 'female' ? 'she' : 'him'} coming from ${phi('geo', g.pick(['Half Way Tree', 'Duhaney Park', 'Harbour View', 'Old Harbour']), 'jm_district')}.` : t`Sabi ni bata "masakit po ulo ko." Informed ${parent.sex === 'female' ? 'nanay' : 'tatay'} ${anyNameAs(g, parent, ['full', 'nick', 'given'])} via ${phoneIn(g, 'ph')} (Viber).`}
Action: ${g.pick(['sent home with parent', 'rested 30 mins, returned to class', 'referred to clinic', 'called ambulance'])}; referral to ${org(g, region)}. Health plan: ${region === 'jm' ? t`NHF card ${schemeMember(g, 'jm')}` : t`PhilHealth dependent`}.
${staffName(g, nurse, ['Nurse', 'Ms', 'Mrs', 'Mr'])}${g.chance(0.5) ? t`, ${emailFor(g, nurse.given, nurse.family)}` : ''}
`;
}

export function occHealthNote(g: Gen): Frag {
  const region: Region = g.pick(['sg', 'ng', 'uk']);
  const w = person(g, region, { minAge: 19, maxAge: 66 });
  const ohp = staff(g, region);
  const d = recent(g);
  const idSpan =
    region === 'sg'
      ? t`FIN/NRIC ${nric(g, w.dob.getUTCFullYear())}`
      : region === 'ng'
        ? t`NIN ${nin(g)}`
        : t`NHS ${nhsNumber(g)}`;
  return t`OCCUPATIONAL HEALTH - FITNESS FOR WORK ASSESSMENT
Employee: ${nameAs(g, w, g.pick(['full', 'caps_full', 'family_caps_first']))}   Staff no ${phi('other_id', `${g.letters(1)}${g.digits(6)}`, 'employee')}   ${idSpan}
Employer: ${g.pick(['Jurong Marine Services', 'Dangote Cement Obajana', 'Calder Valley Logistics', 'Keppel Shipyard'])} (${g.pick(['welder', 'crane operator', 'HGV driver', 'night-shift nurse'])})
Seen ${dateIn(g, region, d, g.pick(['dmy_slash', 'd_mon_y', 'ord_of']))} by ${staffName(g, ohp, ['Dr', 'Dr.'])}; ${registration(g, region)}

History: ${eponym(g)} diagnosed ${year(g)}; ${g.pick(['return after 6 weeks sick leave', 'pre-placement medical', 'noise-induced hearing loss surveillance', 'needlestick injury follow-up'])}.
Findings: ${lab(g)}; ${lab(g)}; audiogram on ${deviceName(g)} (firmware ${version(g)}) - ${g.pick(['4 kHz notch bilaterally', 'within normal limits'])}.
Meds: ${drugDose(g)}.
Site access: fingerprint template re-enrolled ${biometricRef(g)}; ID badge photo ${photoFile(g, w)}.
Outcome: ${g.pick(['Fit with adjustments (no work at height x 4/52)', 'Fit', 'Temporarily unfit, review 2/52'])}. Next review ${shortDateIn(g, region, plusDays(d, 28))}.
Contact: ${phoneIn(g, region)}; HR copy to ${emailFor(g, w.given, w.family)} only with consent. Record ${uuid(g)}.
`;
}

function registration(g: Gen, region: Region): Frag {
  return t`reg. ${phi('license', `${region.toUpperCase()}/OH/${g.digits(5)}`, 'oh_registration')}`;
}

export function chaplaincyBereavementNote(g: Gen): Frag {
  const region: Region = g.pick(['ke', 'gh']);
  const dec = patient(g, region, 0.4);
  const widow = person(g, region, { minAge: 30, maxAge: 88 });
  const chap = staff(g, region);
  const death = recent(g);
  const home =
    region === 'gh'
      ? t`${phi('geo', g.pick(['Akropong', 'Nkawkaw', 'Mampong', 'Agona Swedru']), 'gh_hometown')} (GPS ${ghanaGps(g)})`
      : t`${phi('geo', g.pick(['Bondo', 'Othaya', 'Kendu Bay', 'Mukurweini', 'Ugunja']), 'ke_home')}, ${g.pick(['Siaya', 'Nyeri', 'Homa Bay'])} County`;
  return t`${hospital(g, region)} - Chaplaincy & Bereavement Support
Pastoral note - ${dateIn(g, region, plusDays(death, 1), g.pick(['dmy_slash', 'd_month_y', 'ord_of']))}
Chaplain: ${staffName(g, chap, ['Rev.', 'Fr.', 'Pastor', 'Sister'])}

Called to ${g.pick(['ICU bed 4', 'Ward 5B', 'the mortuary viewing room'])} after the death of ${nameAs(g, dec, g.pick(['full', 'caps_full', 'title_family']))} (${ageOf(dec.age)} yrs, IP no ${hospitalNo(g, region)}) at ${g.int(1, 12)}:${g.int(10, 59)} on ${weekday(death)} ${dateIn(g, region, death, g.pick(['dm', 'ord_of', 'dmy_slash']))}. Cause recorded: ${eponym(g)} / ${code(g, 'ICD-10')}.
Present: ${g.pick(['wife', 'husband', 'first son', 'eldest daughter'])} ${anyNameAs(g, widow, ['full', 'nick', 'given', 'title_family'])} and ${g.pick(['church elders', 'two brothers', 'the family pastor'])}. Prayed together${region === 'gh' ? ' (Twi)' : ' (Dholuo/Kiswahili)'}; family asked for body release for burial at home in ${home}.
${region === 'gh' ? t`Ghana Card of deceased ${ghanaCard(g)} for burial permit.` : t`Deceased ID ${kenyaId(g)} for burial permit.`} Mortuary fees through ${org(g, region)}.
Follow-up: bereavement call to ${phoneIn(g, region)} on ${shortDateIn(g, region, plusDays(death, 7))}; harambee/fund-raising page ${portalUrl(g, dec)}. ${statistic(g)} deaths on ward this month.
`;
}

export function jmClinicReferral(g: Gen): Frag {
  const p = patient(g, 'jm', 0.2);
  const doc = staff(g, 'jm');
  const d = recent(g);
  return t`${g.pick(['Comprehensive Health Centre', 'Slipe Pen Road Health Centre', 'Mandeville Medical Associates'])}
REFERRAL TO: ${hospital(g, 'jm')} - ${g.pick(['Medical Outpatients', 'Surgical OPD', 'Eye Clinic'])}
Date: ${fullDateIn(g, 'jm', d)}
Name: ${nameAs(g, p, g.pick(['caps_full', 'family_caps_first']))} (called "${nameAs(g, p, 'nick')}")  Age: ${ageOf(p.age)}  DOB ${fullDateIn(g, 'jm', p.dob)}
TRN: ${trn(g)}   Docket #: ${hospitalNo(g, 'jm')}   NHF: ${schemeMember(g, 'jm')}
Address: ${addressText(g, 'jm', addressIn(g, 'jm'), ', ')}   Tel: ${phoneIn(g, 'jm')}

Dear Doctor,
Kindly see this ${ageSex(g, p)} with ${eponym(g)} (${year(g, 2001, 2022)}) now with ${g.pick(['non-healing foot ulcer', 'uncontrolled BP', 'blurred vision x 3 months'])}. Pt states "mi foot a bun mi from Easter." ${lab(g)}; ${lab(g)}. Meds: ${drugDose(g)}, ${drugDose(g)}.
Photo of ulcer sent via WhatsApp: ${photoFile(g, p)}.
Next of kin: ${anyNameAs(g, person(g, 'jm'), ['full', 'nick'])} (${g.pick(['baby mother', 'common-law wife', 'son', 'daughter'])}) ${phoneIn(g, 'jm')}.
Thanks,
${staffName(g, doc, ['Dr', 'Dr.'])} ${g.chance(0.5) ? t`(${emailFor(g, doc.given, doc.family)})` : ''}
`;
}

export const SOCIAL_DOCS = {
  ukSafeguardingNote,
  zaSocialWorkNote,
  schoolNurseNote,
  occHealthNote,
  chaplaincyBereavementNote,
  jmClinicReferral,
};
