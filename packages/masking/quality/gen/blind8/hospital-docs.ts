/** Blind split 8: transplant coordination, family-history narratives and safety event reports. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { memberId, mrn, otherId, personalUrl, photoName, serial, udi, usPhone } from './ids';
import { code, device, dose, eponymDx, lab, org, statistic, year } from './vocab';
import { ageAt, ageSpan, birth, clock, later, recent, usDate } from './when';
import { usPlace } from './where';
import { clinician, fullName, initials, nameForm, nm, titled, type Who, who } from './who';

function transplantCoordinator(g: Gen): Frag {
  const pt = who(g);
  const cg = who(g, pt.tradition);
  const dob = birth(g);
  const tx = recent(g);
  const labs = [lab(g), lab(g), lab(g)];
  const place = usPlace(g);
  return t`${org('Ridgecrest Transplant Institute')} — Coordinator phone note
Recipient: ${nameForm(g, pt)}  DOB ${usDate(g, dob)}  UNOS ID ${phi('other_id', `${g.letters(3)}${g.digits(4)}`)}  MRN ${mrn(g)}
Organ: ${g.pick(['kidney (LDKT)', 'kidney (DDKT)', 'liver', 'heart'])}, transplanted ${usDate(g, tx)} (POD ${g.int(6, 90)}). Dx ${code(g, 'ICD-10')[1]}.
Labs today: ${join(
    labs.map(([n, v]) => t`${n} ${v}`),
    ', ',
  )}.
Immunosuppression: ${dose(g)} BID, ${dose(g)} BID; prophylaxis ${dose(g)} daily.
Biopsy per ${keep('eponym', 'Banff classification')}: ${g.pick(['no rejection', 'borderline', 'grade 1A'])}. Center outcomes: ${statistic(g)}.
Caregiver plan: ${g.pick(['wife', 'husband', 'sister', 'son', 'friend'])} ${nm(`${cg.given} ${cg.family}`)} will drive from ${place.town} (${usPhone(g)}). ${g.chance(0.35) ? t`Family fundraiser: ${personalUrl(g, pt)}.` : ''}
Clinic ${usDate(g, later(tx, g.int(7, 30)))}; insurance ${memberId(g)} verified.
${clinician(g, who(g), g.pick(['RN', 'BSN, RN', 'CCRN']))}, transplant coordinator
`;
}

function relative(g: Gen, base: Who, sameFamily: boolean, sex?: 'f' | 'm'): Who {
  const r = who(g, base.tradition, sex);
  if (sameFamily) r.family = base.family;
  return r;
}

function pedigreeNarrative(g: Gen): Frag {
  const proband = who(g);
  const mother = relative(g, proband, false, 'f');
  const father = relative(g, proband, true, 'm');
  const sib = relative(g, proband, true);
  const sibWord = sib.sex === 'f' ? 'Sister' : 'Brother';
  const aunt = relative(g, proband, false, 'f');
  const dob = birth(g);
  const old = g.int(90, 103);
  const lines: Piece[] = [
    t`Proband: ${fullName(proband)}, born ${usDate(g, dob)}, referred for ${eponymDx(g)} evaluation.`,
    t`Mother, ${nm(mother.given)} (maiden name ${nm(mother.family)}), ${ageSpan(g.int(45, 80))}, had ${eponymDx(g)} diagnosed in ${year(g, 1990, 2020)}.`,
    t`Father ${nm(`${father.given} ${father.family}`)} died at ${ageSpan(g.int(50, 88))} of MI; his mother ${nm(relative(g, father, true, 'f').given)} lived to ${phi('age', String(old))}.`,
    t`${sibWord} ${nm(sib.given)} (${ageSpan(g.int(20, 60))}) unaffected; niece ${nm(relative(g, sib, true, 'f').given)} with ${eponymDx(g)}.`,
    t`Maternal aunt ${nm(`${aunt.given} ${aunt.family}`)}'s son had early colon cancer at ${ageSpan(g.int(28, 45))}.`,
    t`${g.chance(0.5) ? 'Ashkenazi' : 'No known'} ancestry reported; consanguinity denied. Segregation consistent with ${eponymDx(g)}; risk to offspring ${statistic(g)}.`,
  ];
  return t`FAMILY HISTORY / PEDIGREE NARRATIVE (${code(g, 'SNOMED')[1]})
${join(g.some(lines, 4, 6), '\n')}
Testing: panel ${code(g, 'LOINC')[1]} sent ${usDate(g, recent(g))}; counselor ${clinician(g, who(g), 'MS, CGC')}.
`;
}

function incidentReport(g: Gen): Frag {
  const pt = who(g);
  const staff = who(g);
  const witness = who(g);
  const when = recent(g);
  const dob = birth(g);
  return t`SAFETY EVENT REPORT #${phi('other_id', `SE-${g.digits(6)}`)}   Filed ${clock(g)}
Event date: ${usDate(g, when)}   Location: ${g.pick(['5 North rm 512', 'PACU bay 3', 'ED hallway 12', 'Radiology'])}
Patient: ${g.chance(0.5) ? initials(pt) : fullName(pt)}, MRN ${mrn(g)}, age ${ageSpan(ageAt(dob, when))}
Type: ${g.pick(['fall with injury', 'medication error', 'pump programming error', 'wrong-patient label'])}   Harm: ${g.pick(['none', 'minor', 'moderate'])}
Description: ${titled(g, pt)} ${g.pick(['was found on the floor', 'received', 'was connected to'])} ${dose(g)} ${g.pick(['at', 'around'])} ${clock(g, false)}. ${keep('eponym', 'Barthel Index')} ${g.int(25, 95)} on admission.
Pump ${device(g)} SN ${serial(g)}${g.chance(0.4) ? t`, UDI ${udi(g)}` : ''}; sequestered by biomed.
Reporter: ${nameForm(g, staff)}${g.chance(0.5) ? ', RN' : ''}. Witness: ${nm(witness.given)} (${g.pick(['tech', 'float RN', 'sitter'])}).
${g.chance(0.4) ? t`Photos ${photoName(g, pt)} attached. ` : ''}Family (${g.pick(['son', 'wife', 'daughter'])}) notified at ${usPhone(g)} by ${clinician(g, who(g), 'MD')}.
Similar events this quarter: ${statistic(g)}. Ticket ${otherId(g)}; related code ${code(g, 'ICD-10')[1]}.
`;
}

export const HOSPITAL_DOCS = { transplantCoordinator, pedigreeNarrative, incidentReport };
