/**
 * Ward and team documents of blind split 14: theatre lists, handover sheets, MDT minutes,
 * outbreak line lists in prose, transplant and blood-bank coordination notes. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { dateIn, fullDateIn, plusDays, recent, shortDateIn, weekday } from './dates';
import { aadhaar, ghanaCard, hkid, hospitalNo, nin, saId, schemeMember } from './ids';
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
import { ageSex, biometricRef, photoFile, sexLetter } from './pieces';
import { phoneIn } from './places';

export function theatreList(g: Gen): Frag {
  const region: Region = g.pick(['uk', 'in', 'za']);
  const day = recent(g);
  const surgeon = staff(g, region);
  const anaes = staff(g, region);
  const rows = Array.from({ length: g.int(3, 5) }, (_, i) => {
    const p = patient(g, region, 0.1);
    return t`${String(i + 1).padEnd(3)}${hospitalNo(g, region)} | ${nameAs(g, p, g.pick(['family_caps_first', 'caps_full', 'initial_family']))} | ${ageOf(p.age)}${sexLetter(p)} | ${g.pick(['Lap chole', 'EUA + Hartmann reversal', 'TKR (R)', 'ORIF L wrist', 'Elective LSCS', 'Ponseti tenotomy'])} ${code(g, g.pick(['OPCS-4', 'CPT']))} | ${g.pick(['GA', 'SAB', 'GA + block', 'LA'])} | ${g.pick(['Latex allergy', 'Diabetic - first', 'Sickle trait', 'NKDA', 'On apixaban - held'])}`;
  });
  return t`${hospital(g, region)}
THEATRE ${g.int(1, 12)} - ${weekday(day).toUpperCase()} ${dateIn(g, region, day, g.pick(['dmy_slash', 'd_mon_y', 'ddmonyyyy']))} - ${g.pick(['AM', 'ALL DAY', 'PM'])} LIST
Surgeon: ${staffName(g, surgeon, ['Mr', 'Ms', 'Dr', 'Prof'])}   Anaesthetist: ${staffName(g, anaes, ['Dr'])}   ODP ext ${g.int(2000, 6999)}
#  Hosp no | Patient | Age/Sex | Procedure | Anaes | Notes
${join(rows, '\n')}
Printed ${timestamp(g)} by ${g.pick(['TheatreMan', 'ORSOS', 'Bluespier'])} ${version(g)}
`;
}

export function zaWardHandover(g: Gen): Frag {
  const sister = staff(g, 'za');
  const day = recent(g);
  const beds = Array.from({ length: g.int(3, 4) }, () => {
    const p = patient(g, 'za', 0.2);
    return t`Bed ${g.int(1, 32)} - ${nameAs(g, p, g.pick(['title_family', 'full', 'initial_family', 'family_caps_first']))} ${ageSex(g, p)}, ${g.pick(['folder', 'hosp no'])} ${hospitalNo(g, 'za')}, ID ${saId(g, p.dob, p.sex)}
  Dx ${eponym(g)}. ${lab(g)}, ${lab(g)}. On ${drugDose(g)}. ${g.pick(['Daughter', 'Son', 'Husband', 'Gogo'])} ${anyNameAs(g, person(g, 'za'), ['given', 'full', 'nick'])} ${phoneIn(g, 'za')} - ${g.pick(['wants update', 'visits after 5', 'not aware of dx yet'])}.
  ${g.pick(['Wound photo taken', 'Sacral sore photo', 'Pressure area photo'])} (${photoFile(g, p)}) - Waterlow ${g.int(10, 24)}.`;
  });
  return t`${hospital(g, 'za')} - ${g.pick(['Ward F3 Medical', 'Female Surgical', 'Ward 21 TB'])}
NIGHT -> DAY HANDOVER ${dateIn(g, 'za', day, g.pick(['dmy_slash', 'd_mon_y', 'dm']))} 07:00
Sr in charge: ${staffName(g, sister, ['Sister', 'Sr', 'Matron', 'Nurse'])}

${join(beds, '\n\n')}

Stats: ${statistic(g)}. ${g.int(2, 6)} pts awaiting ${deviceName(g)}.
`;
}

export function inMdtTumourBoard(g: Gen): Frag {
  const chair = staff(g, 'in');
  const meet = recent(g);
  const cases = Array.from({ length: g.int(2, 3) }, (_, i) => {
    const p = patient(g, 'in', 0.1);
    return t`Case ${i + 1}: ${nameAs(g, p, g.pick(['full', 'caps_full', 'initial_family']))}, ${ageSex(g, p)}, UHID ${hospitalNo(g, 'in')}, Aadhaar ${aadhaar(g)}
 From ${phi('geo', g.pick(['Guntur', 'Nellore', 'Tirunelveli', 'Kurnool', 'Salem', 'Bathinda']), 'in_district')}. ${code(g, 'ICD-10')}; ${g.pick(['Gleason 4+3', 'ER+/PR+/HER2-', 'pT3N1', 'MSI-high'])}. ${lab(g)}.
 Imaging ${shortDateIn(g, 'in', plusDays(meet, -g.int(3, 30)))}: ${g.pick(['no distant mets', 'liver SOL 2.1 cm', 'bone scan equivocal'])}.
 Decision: ${g.pick(['NACT x 4 cycles then reassess', 'Surgery - McKeown three-stage', 'RT 60 Gy/30#', 'Best supportive care, refer palliative'])}; ${drugDose(g)}. PM-JAY ${schemeMember(g, 'in')}.
 Presented by ${staffName(g, staff(g, 'in'), ['Dr', 'Dr.'])} (PG).`;
  });
  return t`${hospital(g, 'in')} - Multidisciplinary Tumour Board
Minutes - ${weekday(meet)} ${dateIn(g, 'in', meet, g.pick(['dmy_slash', 'd_month_y', 'dmy_dash']))}, ${g.pick(['Seminar Hall 2', 'Onco Block 4th floor', 'Zoom'])}
Chair: ${staffName(g, chair, ['Dr', 'Prof'])}; Present: ${join(
    Array.from({ length: 3 }, () => staffName(g, staff(g, 'in'), ['Dr', 'Dr.'])),
    ', ',
  )}

${join(cases, '\n\n')}

Audit: ${statistic(g)} discussed within 14 days. Template ${version(g)}.
`;
}

export function keOutbreakLineList(g: Gen): Frag {
  const ipc = staff(g, 'ke');
  const start = recent(g);
  const ward = g.pick(['Paediatric ward 2A', 'NBU', 'Female Medical', 'Maternity theatre']);
  const cases = Array.from({ length: g.int(4, 6) }, (_, i) => {
    const p = patient(g, 'ke', 0.05);
    const onset = plusDays(start, i * g.int(0, 2));
    return t`(${i + 1}) ${g.chance(0.5) ? phi('name', patientInitials(p), 'initials') : nameAs(g, p, g.pick(['full', 'initial_family']))}, ${ageOf(p.age)}${sexLetter(p)}, IP no ${hospitalNo(g, 'ke')}, from ${phi('geo', g.pick(['Kondele', 'Nyalenda', 'Manyatta', 'Obunga', 'Kiamunyi', 'Ruiru']), 'ke_village')}; onset ${shortDateIn(g, 'ke', onset)}, ${g.pick(['stool culture', 'rectal swab', 'blood culture', 'GeneXpert'])} ${g.pick(['+ve', 'pending', '-ve'])}${g.chance(0.4) ? t`, ${lab(g)}` : ''}`;
  });
  return t`${hospital(g, 'ke')} - Infection Prevention & Control
OUTBREAK UPDATE: ${g.pick(['Klebsiella (CRE)', 'suspected cholera', 'measles', 'Candida auris'])}, ${ward}
Week of ${dateIn(g, 'ke', start, g.pick(['d_month_y', 'dmy_slash']))}. Reported by IPC nurse ${staffName(g, ipc, ['Sr', 'Nurse', 'Mr', 'Ms'])} (${phoneIn(g, 'ke')}).

Cases so far (line list in prose):
${join(cases, ';\n')}.

${statistic(g)}; ${statistic(g)}. Index case possibly linked to ${deviceName(g)} on ${ward}. Specimens sent to ${org(g, 'ke')} (batch ${uuid(g)}). ICD ${code(g, 'ICD-10')}.
Actions: cohorting, ${drugDose(g)} prophylaxis for contacts as per county guidelines (${year(g, 2019, 2024)} edition).
`;
}

export function transplantCoordination(g: Gen): Frag {
  const region: Region = g.pick(['in', 'hk']);
  const donor = person(g, region, { minAge: 18, maxAge: 65 });
  const recip = patient(g, region, 0.02);
  const coord = staff(g, region);
  const day = recent(g);
  const idOf = region === 'in' ? () => aadhaar(g) : () => hkid(g);
  return t`${hospital(g, region)} - Transplant Coordination Note
${weekday(day)} ${dateIn(g, region, day, g.pick(['dmy_slash', 'd_mon_y']))} ${g.int(10, 23)}:${g.int(10, 59)}
Coordinator: ${staffName(g, coord, ['Ms', 'Mr', 'Sr'])} (${phoneIn(g, region)})

${g.pick(['Living related donor', 'DBD donor offer', 'Living donor (spouse)'])} - ${g.pick(['kidney', 'liver (right lobe)', 'kidney'])}
Donor: ${nameAs(g, donor, g.pick(['full', 'caps_full']))}, ${ageSex(g, donor)}, ID ${idOf()}, blood group ${g.pick(['O+', 'B+', 'A1+'])}
Recipient: ${nameAs(g, recip, g.pick(['full', 'family_caps_first']))}, ${ageSex(g, recip)}, MRN ${hospitalNo(g, region)}, DOB ${fullDateIn(g, region, recip.dob)}
Relation: ${g.pick(['brother', 'wife', 'mother', 'cousin'])}; authorisation committee approval ${dateIn(g, region, plusDays(day, -g.int(5, 40)))}.
HLA ${g.pick(['1-1-0', '2-1-1', '0-0-0'])} mismatch; CDC crossmatch neg, flow XM neg. ${lab(g)}, ${lab(g)}.
Plan: ${drugDose(g)}; ${drugDose(g)}; CMV prophylaxis ${drugDose(g)}. OT booked ${shortDateIn(g, region, plusDays(day, 2))} (${code(g, 'CPT')}).
Donor workup: ${eponym(g)} excluded; renogram split function ${g.int(44, 56)}%. Recipient fingerprint consent ${biometricRef(g)}.
Courier: ${g.pick(['ambulance', 'airline cargo'])} ${g.pick(['flight', 'vehicle'])} ref ${g.letters(2)}${g.int(100, 999)}; box ${deviceName(g)} logger.
`;
}

export function bloodBankNote(g: Gen): Frag {
  const region: Region = g.pick(['gh', 'ng']);
  const p = patient(g, region, 0.1);
  const donor = person(g, region, { minAge: 18, maxAge: 60 });
  const tech = staff(g, region);
  const day = recent(g);
  const unit = (): ReturnType<typeof phi> =>
    phi('other_id', `${g.pick(['G', 'W'])}${g.digits(4)} ${g.int(23, 25)} ${g.digits(6)}`, 'isbt_din');
  return t`${hospital(g, region)} - Blood Bank / Transfusion Laboratory
Crossmatch & issue record - ${dateIn(g, region, day, g.pick(['dmy_slash', 'd_mon_y', 'dd_mon_yy']))}

Patient: ${nameAs(g, p, g.pick(['caps_full', 'family_caps_first', 'full']))}  Hosp No ${hospitalNo(g, region)}  ${region === 'gh' ? t`Ghana Card ${ghanaCard(g)}` : t`NIN ${nin(g)}`}
Ward: ${g.pick(['Maternity Block B', 'Children\u2019s Emergency', 'Male Surgical', 'Sickle Cell Day Unit'])}; age ${ageOf(p.age)}; ${g.pick(['PPH', 'sickle cell crisis', 'severe malarial anaemia', 'pre-op'])}. ${lab(g)}, ${lab(g)}.
Group ${g.pick(['O Rh D pos', 'B pos', 'A neg', 'AB pos'])}; antibody screen neg.
Units issued: ${unit()} and ${unit()} (${g.pick(['whole blood', 'packed cells', 'FFP'])}), ${statistic(g)} stock level.
Family replacement donor: ${anyNameAs(g, donor, ['full', 'caps_full', 'nick'])} (${phoneIn(g, region)}), palm-vein ID ${biometricRef(g)}, screened ${g.pick(['HBsAg', 'HCV', 'HIV 1/2', 'VDRL'])} neg on ${deviceName(g)}.
Reaction? ${g.pick(['none', 'mild febrile reaction, given', 'urticaria, given'])} ${drugDose(g)}.
Issued by ${staffName(g, tech, ['Mr', 'Mrs', 'Ms'])} (MLS). Haemovigilance ref ${uuid(g)}.
`;
}

export const WARD_DOCS = {
  theatreList,
  zaWardHandover,
  inMdtTumourBoard,
  keOutbreakLineList,
  transplantCoordination,
  bloodBankNote,
};
