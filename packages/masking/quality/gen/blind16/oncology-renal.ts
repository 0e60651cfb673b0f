/** Oncology infusion notes, tumor board minutes and dialysis run sheets. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { DX, FORMULARY, ONC_STATISTICS } from './clinical-vocab';
import { careDay, clock, dateOf, looseDate, monthYear, plusDays, shortDate } from './dates16';
import { addressOf, home, memberNo, mrnNo, phoneNo, serialNo } from './ids16';
import { deviceOf, eponymOf, hcpcs, icd, lab, labs, med, meds, org, stat, vitals, yearOf } from './keeps16';
import { ageOf, anyNameOf, clinician, patient, type Someone, signedName, someone, staff } from './people16';

export function chemoFlowsheet(g: Gen): Frag {
  const p = patient(g, 0.1);
  const day = careDay(g);
  const [rn, onc] = [staff(g), staff(g)];
  const cycle = g.int(1, 12);
  return t`INFUSION NURSING NOTE — ${org(g, ['Mercy Crossing Cancer Institute', 'St. Brendan Medical Center'])}
${anyNameOf(g, p, ['upper', 'last_first'])}   MRN ${mrnNo(g)}   DOB ${dateOf(g, p.dob)}
Regimen: ${g.pick(['mFOLFOX6', 'carboplatin/paclitaxel', 'pembrolizumab q3w', 'AC-T'])} C${cycle}D1 on ${dateOf(g, day)} (${icd(g, DX.onc)})
Pre-tx labs ${shortDate(g, plusDays(day, -1))}: ${join(labs(g, 3, 4), ', ')} — parameters met per ${clinician(g, onc)}.
VS: ${join(vitals(g), ', ')}
Access: ${deviceOf(g, ['Bard PowerPort'])} R chest, + blood return. Needle 20g 3/4".
Premeds @ ${clock(g)}: ${join(meds(g, 2, 3, FORMULARY.onc), ', ')}
Chemo: ${med(g, FORMULARY.onc)} (${hcpcs(g)}) infused ${clock(g)}-${clock(g)} without reaction.
${g.chance(0.5) ? t`Pump connected, ${med(g, FORMULARY.onc)}; disconnect ${looseDate(g, plusDays(day, 2))} at home by ${org(g, ['Holy Redeemer Home Health', 'Visiting Nurse Association'])}.` : t`Neulasta on-body injector applied: ${med(g, FORMULARY.onc)}.`}
Pt ${ageOf(p)} y/o tolerated well. Ride home with ${g.pick(['daughter', 'neighbor', 'husband', 'friend'])} ${anyNameOf(g, someone(g), ['full', 'first'])} (${phoneNo(g)}).
Next cycle ${looseDate(g, plusDays(day, 14))}.
${signedName(g, rn, 'RN, OCN')}
`;
}

export function tumorBoard(g: Gen): Frag {
  const TUMORS = [
    (p: Someone) =>
      p.sex === 'female'
        ? t`left breast IDC, ER+/PR+/HER2-, ${eponymOf(g, ['Nottingham grade 2'])}`
        : t`prostate adenocarcinoma, ${eponymOf(g, ['Gleason 3+4'])}`,
    (_: Someone) => t`DLBCL, ${eponymOf(g, ['Ann Arbor stage II'])}`,
    (_: Someone) => t`NSCLC adenocarcinoma, PD-L1 60%, ${eponymOf(g, ['Karnofsky performance status'])} 80`,
    (_: Someone) => t`sigmoid adenocarcinoma pT3N1`,
  ];
  const day = careDay(g);
  const cases = [patient(g, 0.1), patient(g, 0.1), patient(g, 0.1)];
  const lead = staff(g);
  const entry = (i: number): Frag => {
    const p = cases[i] as (typeof cases)[number];
    return t`${i + 1}. ${anyNameOf(g, p, ['last_first', 'upper', 'full'])} (MRN ${mrnNo(g)}), ${ageOf(p)}${p.sex === 'female' ? 'F' : 'M'} — ${g.pick(TUMORS)(p)}.
   Dx ${monthYear(g, plusDays(day, -g.int(20, 200)))}; biopsy ${dateOf(g, plusDays(day, -g.int(10, 60)))}. ${lab(g)}.
   Presented by ${clinician(g, staff(g))}. Data: ${stat(g, ONC_STATISTICS)}; ${stat(g, ONC_STATISTICS)}.
   Rec: ${g.pick(['neoadjuvant chemo then surgery', 'SBRT', 'clinical trial screening', 'adjuvant therapy'])}; ${med(g, FORMULARY.onc)}.`;
  };
  return t`MULTIDISCIPLINARY TUMOR BOARD — ${org(g, ['Mercy Crossing Cancer Institute', 'St. Brendan Medical Center'])}
Date: ${dateOf(g, day)}   Chair: ${clinician(g, lead)}
Attendees: ${join(
    [staff(g), staff(g), staff(g)].map((s) => clinician(g, s)),
    ', ',
  )}

${join([0, 1, 2].map(entry), '\n\n')}

Minutes: ${signedName(g, staff(g), 'CTR')}
`;
}

export function dialysisRun(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const [rn, neph, tech] = [staff(g), staff(g), staff(g)];
  const pre = g.f.number.float({ min: 55, max: 130 });
  return t`HEMODIALYSIS TREATMENT RECORD — ${org(g, ['Northfield Kidney Care', 'Fresenius Kidney Care', 'DaVita'])}
Patient: ${anyNameOf(g, p, ['last_first', 'upper', 'full'])}  Chair ${g.int(1, 24)}  ${g.pick(['MWF', 'TTS'])} ${g.pick(['1st', '2nd', '3rd'])} shift
DOB ${dateOf(g, p.dob)}   MRN ${mrnNo(g)}   ${g.pick(['Medicare', 'Medicaid', 'Plan'])} ID ${memberNo(g)}
Tx date: ${dateOf(g, day)}   Dx: ESRD ${icd(g, DX.renal)}; on HD since ${yearOf(g, 2005, 2023)}
Machine: ${deviceOf(g, ['B. Braun Dialog+'])} #${g.int(1, 30)} S/N ${serialNo(g)}
Access: ${eponymOf(g, ['Brescia-Cimino fistula'])} L forearm, +thrill/bruit. ${g.chance(0.3) ? 'Cannulated x2 on 2nd attempt.' : ''}
Pre wt ${keep('lab_value', `${pre.toFixed(1)} kg`)}  EDW ${keep('lab_value', `${(pre - g.int(1, 4)).toFixed(1)} kg`)}  UF goal ${g.int(1, 4)}.${g.int(0, 9)} L
Pre: ${join(vitals(g).slice(0, 2), ' ')}   Post: ${join(vitals(g).slice(0, 2), ' ')}
Blood flow ${keep('lab_value', `Qb ${g.pick([350, 400, 450])}`)}, ${keep('lab_value', `Qd ${g.pick([500, 600, 800])}`)}, bath ${g.pick(['2K/2.5Ca', '3K/2.5Ca'])}. ${keep('lab_value', `Kt/V ${g.f.number.float({ min: 1.0, max: 1.9 }).toFixed(2)}`)}.
Meds given: ${join(meds(g, 2, 3, FORMULARY.renal), ', ')}
Monthly labs ${shortDate(g, plusDays(day, -g.int(1, 20)))}: ${join(labs(g, 3, 5), ', ')}
Notes: ${g.pick(['cramping last hour, UF lowered', 'uneventful', 'hypotensive to 88/50, NS 200 mL given'])}. Transport by ${g.pick(['MedRide', 'son', 'county van'])}, home ${addressOf(g, home(g))}.
Pt age ${ageOf(p)}. Seen on rounds by ${clinician(g, neph)}. Tech: ${phi('name', `${tech.first} ${tech.last[0]}.`, 'first_initial')}
${signedName(g, rn, 'RN')} ${clock(g)}
`;
}
