/**
 * Physician and nursing notes as US EHRs print them: ED provider note, H&P, daily progress
 * note in SOAP or APSO order, nursing shift assessment. SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast, pronoun, sexWord } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import { phoneValue, photoFile, plateValue, serialValue, vinValue } from '../identifiers';
import { yearAlone } from '../keep-vocab';
import { nameIn } from '../people';
import { ICD_FIXED, problem } from './codes';
import { banner, ccList, clock, eSignature, later, nurse, staff, when } from './ehr';
import { HOSPITALS, org } from './orgs';
import { deviceModel, eponymTerm, scaleScore } from './terms';
import { drugLine, labResult, vitalSet } from './vocab';

function labs(g: Gen, n: number): Frag {
  return join(
    Array.from({ length: n }, () => labResult(g)),
    g.pick([', ', '; ', '\n  ']),
  );
}

function meds(g: Gen, n: number): Frag {
  return join(
    Array.from({ length: n }, (_, i) => t`${i + 1}. ${drugLine(g)}`),
    '\n',
  );
}

function vitals(g: Gen): Frag {
  return join(vitalSet(g, g.int(3, 5)), ' | ');
}

/** The relative who came in or is the contact, with a phone number. */
function contactLine(g: Gen, c: Cast): Frag {
  const r = c.relative;
  return g.pick([
    () => t`${c.relation} ${phi('name', `${r.first} ${r.last}`, 'full')} at bedside, cell ${phoneValue(g)}`,
    () =>
      t`Emergency contact: ${phi('name', `${r.last}, ${r.first}`, 'last_first')} (${c.relation}) ${phoneValue(g)}`,
    () => t`${c.relation} ${phi('name', r.first, 'first')} (${phoneValue(g)}) updated by phone`,
  ])();
}

function mvcDetail(g: Gen): Frag {
  return g.pick([
    () =>
      t`Restrained driver of a sedan, plate ${plateValue(g)}, T-boned at ~35 mph. Police report #${phi('other_id', `${g.int(23, 25)}-${g.digits(6)}`, 'police_report')}.`,
    () => t`Unrestrained passenger. Vehicle (VIN ${vinValue(g)}) towed from scene. +airbag deployment.`,
    () =>
      t`Driver, rear-ended at a light. Per EMS vehicle ${g.pick(['2019 Camry', 'pickup', 'minivan'])} VIN ${vinValue(g)}, moderate rear damage.`,
  ])();
}

export function edProviderNote(g: Gen, c: Cast): Frag {
  const mvc = g.chance(0.45);
  const arrival = c.admit;
  const cc = mvc
    ? 'MVC'
    : g.pick(['Chest Pain', 'Shortness of Breath', 'Fall', 'Abdominal Pain', 'Weakness']);
  const hpi = mvc
    ? t`${phi('name', c.pt.first, 'first')} is a ${ageSpan(g, c)} y.o. ${sexWord(c)} BIBA after MVC. ${mvcDetail(g)} c/o neck pain, arrived in ${deviceModel(g, 'collar')}. ${eponymTerm(g, 'sign')} neg.`
    : t`${ageSpan(g, c)} y.o. ${c.pt.sex === 'female' ? 'F' : 'M'} w/ hx of ${problem(g)} who presents w/ ${cc.toLowerCase()} since ${when(g, later(arrival, -g.int(1, 4)))}. ${pronoun(c)} takes ${drugLine(g)}.`;
  return t`${org(g, HOSPITALS)} - Emergency Department
ED Provider Note
${banner(g, c)}
Arrival Date/Time: ${when(g, arrival)} ${clock(g)}
Chief Complaint: ${cc}

HPI: ${hpi}
Triage: ${vitals(g)}

ED Course: Labs notable for ${labs(g, g.int(2, 4))}. Given ${drugLine(g)}. ${contactLine(g, c)}.
Reassessed at ${clock(g)}, pain improved.

MDM/Impression:
1. ${mvc ? t`MVC, driver - ${ICD_FIXED.carDriverCollision()}` : problem(g)}
Disposition: ${g.pick(['Discharge home', 'Admit to hospitalist', 'Observation'])}. Follow up with PCP ${staff(g, c.consultant)} in ${g.int(2, 7)} days.

${eSignature(g, c.attending, arrival)}
${ccList(g, [c.consultant])}`;
}

export function historyAndPhysical(g: Gen, c: Cast): Frag {
  const addr = c.addr;
  const social = g.pick([
    () => t`Lives alone in ${addr.city}, ${addr.state}. Former smoker, quit ${yearAlone(g)}.`,
    () =>
      t`Lives w/ ${c.relation} ${phi('name', c.relative.first, 'first')} in ${addr.county}. Retired ${g.pick(['teacher', 'machinist', 'nurse', 'trucker'])}.`,
    () =>
      t`Resides at ${org(g, ['Maple Court Assisted Living', 'Willow Ridge SNF'])}, ${addr.city}. No EtOH.`,
  ])();
  return t`HISTORY AND PHYSICAL
${banner(g, c)}
Date of Service: ${when(g, c.admit)}
Admitting: ${staff(g, c.attending)}    Referring: ${staff(g, c.consultant)}

CHIEF COMPLAINT: ${g.pick(['weakness', 'SOB x3 days', 'fever, confusion', 'BLE swelling'])}

HISTORY OF PRESENT ILLNESS:
${nameIn(g, c.pt, 'title_last')} is a ${ageSpan(g, c)} year old ${sexWord(c)} with ${problem(g)} and ${problem(g)}, admitted from ${g.pick(['the ED', 'clinic', 'home'])}. Last seen by PCP on ${when(g, later(c.admit, -g.int(10, 90)))}.

PAST MEDICAL HISTORY:
- CHF (dx ${yearAlone(g)})
- ${eponymTerm(g, 'finding')}
PAST SURGICAL HISTORY:
- Cholecystectomy ${yearAlone(g)}

HOME MEDICATIONS:
${meds(g, g.int(2, 5))}

SOCIAL HISTORY: ${social}
FAMILY HISTORY: Mother w/ DM2, father deceased age ${g.int(50, 88)}.

PHYSICAL EXAM:
${vitals(g)}
Gen: NAD. CV: RRR. ${eponymTerm(g, 'sign')} positive on the left.

DATA: ${labs(g, g.int(3, 5))}

ASSESSMENT/PLAN: Admit to ${g.pick(['telemetry', 'med-surg', 'step-down'])}. Start ${drugLine(g)}.
Code status: ${g.pick(['Full Code', 'DNR/DNI', 'DNR - OK to intubate'])}. HCP: ${contactLine(g, c)}.

${eSignature(g, c.attending, c.admit)}`;
}

export function progressNote(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(1, 5));
  const subjective = t`S: ${phi('name', c.pt.first, 'first')} reports ${g.pick(['better sleep', 'less SOB', 'ongoing nausea', 'pain 4/10'])}. ${contactLine(g, c)}.`;
  const objective = t`O: ${vitals(g)}\nLabs ${when(g, day)}: ${labs(g, g.int(2, 4))}`;
  const ap = t`A/P:\n# ${problem(g)} - cont ${drugLine(g)}\n# ${problem(g)} - ${g.pick(['trend', 'hold', 'recheck AM'])} ${drugLine(g)}.\nDispo: anticipate d/c ${when(g, c.discharge)}.`;
  const apso = g.chance(0.4);
  const body: Piece[] = apso
    ? [ap, '\n\n', subjective, '\n', objective]
    : [subjective, '\n', objective, '\n\n', ap];
  return t`${g.pick(['Hospitalist Progress Note', 'PROGRESS NOTE', 'Daily Progress Note (APSO)'])}
${banner(g, c)}
Hospital Day #${g.int(2, 9)}   ${when(g, day)}

${body}

${eSignature(g, c.consultant, day)}${g.chance(0.4) ? t`\nCosigned by ${staff(g, c.attending)} ${when(g, day)}` : ''}`;
}

export function nursingShiftAssessment(g: Gen, c: Cast): Frag {
  const rn = nurse(g);
  const shift = later(c.admit, g.int(0, 4));
  const wound = g.chance(0.6)
    ? t`Stage 2 to sacrum, 2x1.5 cm, photo ${photoFile(g, c.pt.last)} uploaded to Media.`
    : 'Skin intact.';
  return t`NURSING SHIFT ASSESSMENT - ${g.pick(['Day', 'Night'])} shift ${when(g, shift)}
${banner(g, c)}
Neuro: A&Ox${g.int(2, 4)}. ${scaleScore(g, ['Hendrich II Fall Risk Model', 'Richmond Agitation-Sedation Scale'])}.
CV: ${vitals(g)}
IV: R FA 20g, ${deviceModel(g, 'pump')} S/N ${serialValue(g)} infusing ${drugLine(g)}.
Skin: ${wound}
Safety: bed alarm on. ${contactLine(g, c)}.
Handoff given to ${staff(g, nurse(g), ['RN'])} at ${clock(g)}.
Documented by ${staff(g, rn, ['RN', 'RN, BSN'])} ${when(g, shift)} ${clock(g)}`;
}
