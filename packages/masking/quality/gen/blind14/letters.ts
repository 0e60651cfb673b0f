/**
 * Letters of blind split 14: GP referrals, discharge letters and summaries from the UK, Nigeria
 * and Hong Kong, and genetic-counselling letters from Singapore. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { dateIn, fullDateIn, plusDays, recent, shortDateIn, weekday } from './dates';
import { hkid, hospitalNo, nhsNumber, nin, nric, registration, schemeMember } from './ids';
import { code, deviceName, drugDose, eponym, hospital, lab, org, statistic, year } from './keeps';
import { anyNameAs, nameAs, patient, person, staff, staffName } from './people';
import { ageSex, photoFile, portalUrl } from './pieces';
import { addressIn, addressText, emailFor, phoneIn } from './places';

const RELATIONS = ['daughter', 'son', 'husband', 'wife', 'niece', 'grandson', 'neighbour', 'sister-in-law'];

export function ukGpReferralLetter(g: Gen): Frag {
  const pt = patient(g, 'uk');
  const gp = staff(g, 'uk');
  const consultant = staff(g, 'uk');
  const rel = person(g, 'uk');
  const seen = recent(g);
  const practiceAddr = addressIn(g, 'uk');
  const home = addressIn(g, 'uk');
  const urgent = g.chance(0.4) ? 'URGENT - 2WW suspected cancer\n' : '';
  return t`${g.pick(['Calder Valley Medical Practice', 'Nab Lane Surgery', 'The Ropewalk Health Centre'])}
${addressText(g, 'uk', practiceAddr, ', ')}
Tel ${phoneIn(g, 'uk')}  Fax ${phoneIn(g, 'uk', 'fax')}

${fullDateIn(g, 'uk', plusDays(seen, 1))}

${urgent}Dear ${g.pick(['Dr', 'Mr', 'Ms'])} ${phi('name', consultant.family, 'addressee')},

Re: ${nameAs(g, pt, 'family_caps_first')}   DOB: ${fullDateIn(g, 'uk', pt.dob)}   NHS No: ${nhsNumber(g)}
${addressText(g, 'uk', home)}

Thank you for seeing this ${ageSex(g, pt)} whom I saw in surgery on ${weekday(seen)} ${dateIn(g, 'uk', seen, g.pick(['dm', 'ord_of', 'ord_month']))}. ${pt.sex === 'female' ? 'She' : 'He'} reports ${g.pick(['6/52 of change in bowel habit', 'a 3 month history of exertional chest tightness', 'worsening tremor of the R hand', 'haemoptysis x2 episodes'])}. PMH: ${eponym(g)} (dx ${year(g, 1995, 2022)}), ${code(g, 'ICD-10')}.
Current meds: ${drugDose(g)}; ${drugDose(g)}.
Bloods ${shortDateIn(g, 'uk', plusDays(seen, -3))}: ${lab(g)}, ${lab(g)}, ${lab(g)}.

${pt.sex === 'female' ? 'She' : 'He'} lives with ${pt.sex === 'female' ? 'her' : 'his'} ${g.pick(RELATIONS)} ${anyNameAs(g, rel, ['full', 'given', 'title_family'])} (mob ${phoneIn(g, 'uk')}), who would like to be present at appointments. Email for correspondence: ${emailFor(g, pt.given, pt.family)}.

Yours sincerely,

${staffName(g, gp, ['Dr', 'Dr.'])}
${registration(g, 'uk')}
cc: ${nameAs(g, pt, 'full')} (patient), ${org(g, 'uk')}
`;
}

export function ukDischargeSummary(g: Gen): Frag {
  const pt = patient(g, 'uk', 0.3);
  const cons = staff(g, 'uk');
  const fy1 = staff(g, 'uk');
  const admit = recent(g);
  const dc = plusDays(admit, g.int(2, 19));
  const meds = join(
    Array.from({ length: g.int(2, 4) }, () => t`- ${drugDose(g)}`),
    '\n',
  );
  return t`${hospital(g, 'uk')} - DISCHARGE SUMMARY (TTO)
Patient: ${nameAs(g, pt, g.pick(['caps_full', 'family_caps_first']))}  Hosp No: ${hospitalNo(g, 'uk')}  NHS: ${nhsNumber(g)}
D.O.B ${fullDateIn(g, 'uk', pt.dob)} (${ageSex(g, pt)})  Ward ${g.pick(['7B', 'Ward 21 (Elderly Care)', 'AMU', 'Ward 4 Surgical'])}
Admitted: ${dateIn(g, 'uk', admit, 'dmy_slash')}   Discharged: ${dateIn(g, 'uk', dc, g.pick(['dmy_slash', 'd_mon_y']))}   Consultant: ${staffName(g, cons, ['Dr', 'Mr', 'Ms', 'Prof'])}

Dx: ${eponym(g)}; ${code(g, 'ICD-10')}
Procedures: ${code(g, 'OPCS-4')} on ${weekday(plusDays(admit, 1))} ${shortDateIn(g, 'uk', plusDays(admit, 1))}
Course: admitted via ED with ${g.pick(['fast AF', 'sepsis ?urinary source', 'fall with long lie', 'upper GI bleed'])}; ${lab(g)} on admission, ${lab(g)} at d/c. Reviewed by ${g.pick(['OT', 'PT', 'SALT', 'frailty team'])} ${shortDateIn(g, 'uk', plusDays(dc, -1))}.
TTO:
${meds}
Follow-up: ${g.pick(['GP to repeat U&Es in 1/52', 'OPA 6/52', 'virtual fracture clinic'])}; ${deviceName(g)} loaned, return to ${org(g, 'uk')}.
NOK: ${anyNameAs(g, person(g, 'uk'), ['full', 'title_family'])} (${g.pick(RELATIONS)}) ${phoneIn(g, 'uk')}
Completed by ${staffName(g, fy1, ['Dr'])} FY1, bleep ${g.int(1000, 9999)}
`;
}

export function nigeriaReferralLetter(g: Gen): Frag {
  const pt = patient(g, 'ng');
  const doc = staff(g, 'ng');
  const seen = recent(g);
  const home = addressIn(g, 'ng');
  const honor =
    pt.sex === 'male'
      ? g.pick(['Chief', 'Alhaji', 'Mr', 'Engr.', 'Pastor'])
      : g.pick(['Mrs', 'Alhaja', 'Madam', 'Deaconess']);
  return t`${g.pick(['ST. RAPHAEL SPECIALIST CLINIC', 'Divine Favour Hospital & Maternity', 'GOODLIFE MEDICAL CENTRE'])}
${addressText(g, 'ng', addressIn(g, 'ng'), ', ')}. Tel: ${phoneIn(g, 'ng')}

${fullDateIn(g, 'ng', seen)}

The ${g.pick(['Consultant Physician', 'Consultant Haematologist', 'Head of Dept, Obs & Gynae'])},
${org(g, 'ng')}.

Dear Sir/Ma,

RE: REFERRAL OF ${honor.toUpperCase()} ${nameAs(g, pt, 'caps_full')} (${ageSex(g, pt)})
NIN ${nin(g)}; ${g.pick(['NHIA no.', 'HMO ID'])} ${schemeMember(g, 'ng')}; our hosp no ${hospitalNo(g, 'ng')}

Kindly see the above named ${honor} ${phi('name', pt.family, 'honorific_family')} of ${addressText(g, 'ng', home, ', ')} who presented to us on ${dateIn(g, 'ng', plusDays(seen, -g.int(2, 20)))} with ${g.pick(['recurrent bone pains', 'fever and jaundice', 'BP of 190/110 in 3rd trimester', 'generalised body weakness'])}.
Known ${eponym(g)} since ${year(g)}. ${lab(g)}, ${lab(g)}; ${code(g, 'ICD-10')}.
He/she was commenced on ${drugDose(g)} and ${drugDose(g)} with minimal improvement.

The patient's ${g.pick(['son', 'wife', 'husband', 'daughter'])}, ${anyNameAs(g, person(g, 'ng'), ['full', 'nick', 'title_family'])}, can be reached on ${phoneIn(g, 'ng')}.

Thank you for your anticipated cooperation.

Yours faithfully,
${staffName(g, doc, ['Dr', 'Dr.'])}
${registration(g, 'ng')}
`;
}

export function hkDischargeLetter(g: Gen): Frag {
  const pt = patient(g, 'hk', 0.35);
  const mo = staff(g, 'hk');
  const admit = recent(g);
  const chinese = g.pick(['陳大文', '黃小玲', '李志強', '張美華', '梁國榮', '劉淑芬']);
  return t`${hospital(g, 'hk')}  Department of Medicine & Geriatrics
DISCHARGE SUMMARY 出院摘要
Name: ${nameAs(g, pt, g.pick(['caps_full', 'family_caps_first']))} ${phi('name', chinese, 'chinese_characters')}   HKID: ${hkid(g)}
HN: ${hospitalNo(g, 'hk')}   Age/Sex: ${ageSex(g, pt)}
Admission: ${dateIn(g, 'hk', admit, g.pick(['dmy_slash', 'dd_mon_yy']))}  Discharge: ${dateIn(g, 'hk', plusDays(admit, g.int(3, 15)), 'dmy_slash')}
Address: ${addressText(g, 'hk', addressIn(g, 'hk'), ', ')}
Contact: ${phoneIn(g, 'hk')} (${g.pick(['son', 'daughter', 'domestic helper'])} ${anyNameAs(g, person(g, 'hk'), ['full', 'nick', 'given'])})

Principal Dx: ${eponym(g)} [${code(g, 'ICD-10')}]
Progress: ${g.pick(['Old lady', 'Elderly man', 'Patient'])} living in ${g.pick(['old age home', 'public housing with spouse'])}, ${g.pick(['ADL independent', 'walks with frame', 'chairbound'])}. Admitted for ${g.pick(['AECOPD', 'UTI with delirium', 'fall, ? syncope', 'poor appetite'])}. ${lab(g)}, ${lab(g)}. Seen by ${staffName(g, staff(g, 'hk'), ['Dr', 'APN', 'Ms'])} (geriatric day hospital) on ${shortDateIn(g, 'hk', plusDays(admit, 2))}.
Discharge meds: ${drugDose(g)}; ${drugDose(g)}
FU: GOPC ${g.pick(['Lek Yuen', 'Shek Kip Mei', 'Violet Peel'])} in 4/52; ${deviceName(g)} loan returned.
MO: ${staffName(g, mo, ['Dr'])}  ${registration(g, 'hk')}
`;
}

export function sgGeneticCounselLetter(g: Gen): Frag {
  const pt = person(g, 'sg', { minAge: 24, maxAge: 70 });
  const gc = staff(g, 'sg');
  const mother = person(g, 'sg', { minAge: 50, maxAge: 88 });
  const sib = person(g, 'sg');
  const seen = recent(g);
  return t`${hospital(g, 'sg')} - Cancer Genetics Service
Private & Confidential

${fullDateIn(g, 'sg', plusDays(seen, 7))}

${nameAs(g, pt, 'full')}
${addressText(g, 'sg', addressIn(g, 'sg'), '\n')}

NRIC/FIN: ${nric(g, pt.dob.getUTCFullYear())}  MRN ${hospitalNo(g, 'sg')}

Dear ${nameAs(g, pt, g.pick(['title_family', 'full', 'given']))},

Thank you for meeting me on ${dateIn(g, 'sg', seen, g.pick(['d_month_y', 'ord_of', 'dmy_slash']))} to discuss your genetic test result. Your test (panel ${g.pick(['v3.2', 'HBOC-14', 'CRC-Lynch 8'])}) found a pathogenic variant, ${code(g, 'HGVS')}. This is consistent with ${eponym(g)} (published figures: ${statistic(g)}).

Family history we drew together:
- Your mother, ${anyNameAs(g, mother, ['full', 'given'])}, had breast cancer at ${g.int(38, 70)}; she passed away in ${year(g, 1998, 2020)}.
- Your ${g.pick(['sister', 'brother'])} ${nameAs(g, sib, 'given')} (${phoneIn(g, 'sg')}) has not been tested; we have enclosed a family letter.
- Photographs of the family tree you shared: ${photoFile(g, pt)}.

Cascade testing is subsidised under ${g.pick(['MediFund', 'the CHAS scheme'])}; please call ${phoneIn(g, 'sg')} or email ${emailFor(g, gc.given, gc.family)}.

Yours sincerely,
${staffName(g, gc, ['Ms', 'Dr', 'Mr'])}, Genetic Counsellor
${registration(g, 'sg')}
Result portal: ${portalUrl(g, pt)}
`;
}

export const LETTER_DOCS = {
  ukGpReferralLetter,
  ukDischargeSummary,
  nigeriaReferralLetter,
  hkDischargeLetter,
  sgGeneticCounselLetter,
};
