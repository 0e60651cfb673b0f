/**
 * Orders and certifications printed for signature or fax: a prescription, a DME order, a home
 * health plan of care in the numbered-box layout of the CMS-485, a hospice certification of
 * terminal illness and a POLST form. SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import {
  biometricValue,
  deaValue,
  fax,
  mbiValue,
  memberIdValue,
  npiValue,
  phoneValue,
  serialValue,
  ssn,
  stateLicenseValue,
} from '../identifiers';
import { version } from '../keep-vocab';
import { address, addressLine } from '../places';
import { DNR_STATUS_ICD, HOME_HEALTH_HCPCS, hcpcs, icdCode, problem } from './codes';
import { clock, later, mrnNo, staff, usPhone, when } from './ehr';
import { CLINICS, DME_SUPPLIERS, HOME_HEALTH, HOSPICES, HOSPITALS, org, PAYERS, PHARMACIES } from './orgs';
import { DME_ITEMS, deviceModel, modelName, scaleScore, statisticFor } from './terms';
import { drugLine } from './vocab';

function prescriberBlock(g: Gen, c: Cast): Frag {
  return t`${staff(g, c.attending)}
${org(g, CLINICS)}
${addressLine(g, address(g))}
Ph ${usPhone(g)}  Fax ${usPhone(g, 'fax')}
NPI ${npiValue(g)}   DEA ${deaValue(g, c.attending.last)}   Lic ${stateLicenseValue(g)}`;
}

export function printedPrescription(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 3));
  const epcs = g.chance(0.5)
    ? t`EPCS two-factor: fingerprint ${biometricValue(g)} verified ${when(g, day)} ${clock(g)}`
    : 'Printed prescription - not valid unless signed in ink';
  return t`${prescriberBlock(g, c)}

Name: ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')}        DOB: ${when(g, c.pt.dob)}
Address: ${addressLine(g, c.addr)}
Date: ${when(g, day)}

Rx: ${drugLine(g)}
Disp: #${g.pick([30, 60, 90])} (${g.pick(['thirty', 'sixty', 'ninety'])}) tablets   Refills: ${g.int(0, 5)}
Sig: ${g.pick(['Take 1 tablet by mouth daily', 'Take 1 tab PO BID with meals', 'Take 1 at bedtime'])}
Substitution permitted ____  Dispense as written ____
Pharmacy: ${org(g, PHARMACIES)}
${epcs}`;
}

export function dmeOrder(g: Gen, c: Cast): Frag {
  const f2f = later(c.admit, -g.int(1, 25));
  const items = g
    .some(DME_ITEMS, 1, 3)
    .map(
      ([item, code, models]) =>
        t`- ${item}  HCPCS ${hcpcs(code)}  Model: ${modelName(g.pick(models))}  Serial ${serialValue(g)}  LON: 99 months`,
    );
  return t`DETAILED WRITTEN ORDER - DURABLE MEDICAL EQUIPMENT
Supplier: ${org(g, DME_SUPPLIERS)}  ${fax(g)}
Patient: ${phi('name', `${c.pt.last.toUpperCase()}, ${c.pt.first.toUpperCase()}`, 'upper_last_first')}  DOB ${when(g, c.pt.dob)}  MRN ${mrnNo(g, c)}
${addressLine(g, c.addr)}  Home ${phoneValue(g)}
Insurance: ${org(g, PAYERS)}  MBI ${mbiValue(g)}${g.chance(0.3) ? t`  ${ssn(g)}` : ''}
Order date: ${when(g, later(f2f, g.int(0, 5)))}   Face-to-face encounter: ${when(g, f2f)}
Diagnoses: ${problem(g)}; ${problem(g)}
Items:
${join(items, '\n')}
SpO2 on room air at rest ${g.int(82, 88)}% on ${when(g, f2f)}, qualifying.
Ordering practitioner: ${staff(g, c.attending)}  NPI ${npiValue(g)}
Signature: ________________  Date: ${when(g, later(f2f, g.int(0, 5)))}`;
}

/** The home health plan of care, boxes numbered as on the CMS-485. */
export function homeHealth485(g: Gen, c: Cast): Frag {
  const soc = later(c.discharge, g.int(1, 4));
  const to = later(soc, 59);
  const agency = address(g);
  return t`HOME HEALTH CERTIFICATION AND PLAN OF CARE
1. Patient's HI Claim No. ${mbiValue(g)}  2. Start of Care Date ${when(g, soc)}  3. Certification Period From: ${when(g, soc)} To: ${when(g, to)}
4. Medical Record No. ${mrnNo(g, c)}  5. Provider No. ${g.digits(6)}
6. Patient's Name and Address: ${phi('name', `${c.pt.last}, ${c.pt.first} ${c.pt.middle[0]}`, 'last_first_middle')}, ${addressLine(g, c.addr)}
7. Provider's Name, Address and Telephone Number: ${org(g, HOME_HEALTH)}, ${addressLine(g, agency)}, ${usPhone(g)}
8. Date of Birth ${when(g, c.pt.dob)}  9. Sex ${c.pt.sex === 'female' ? 'F' : 'M'}
10. Medications: ${drugLine(g)}; ${drugLine(g)}; ${drugLine(g)}
11. Principal Diagnosis: ${problem(g)}  Date ${when(g, c.admit)}
13. Other Pertinent Diagnoses: ${problem(g)}
14. DME and Supplies: ${modelName(g.pick(g.pick(DME_ITEMS)[2]))}, ${deviceModel(g, 'monitor')}
18.A. Functional Limitations: ambulation, endurance. ${scaleScore(g, ['Tinetti Performance Oriented Mobility Assessment', 'Hendrich II Fall Risk Model'])}
21. Orders (${hcpcs(g.pick(HOME_HEALTH_HCPCS))}): SN 2w4, 1w4 for CHF teaching, med rec; PT eval and treat. Age ${ageSpan(g, c)}.
22. Goals/Rehab Potential: Fair. Caregiver ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} (${c.relation}) ${phoneValue(g)}
23. Nurse's Signature and Date of Verbal SOC: ${staff(g, c.consultant, ['RN'])} ${when(g, soc)}
24. Physician's Name and Address: ${staff(g, c.attending)}, NPI ${npiValue(g)}
25. Date HHA Received Signed POT: ${when(g, later(soc, g.int(3, 14)))}
27. Attending Physician's Signature and Date Signed: ${when(g, later(soc, g.int(2, 10)))}
Form ${version(g)}`;
}

export function hospiceCertification(g: Gen, c: Cast): Frag {
  const from = later(c.discharge, g.int(1, 10));
  const f2f = later(from, -g.int(1, 28));
  return t`${org(g, HOSPICES)}
CERTIFICATION OF TERMINAL ILLNESS - Benefit Period ${g.int(1, 4)}
Patient: ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')}   DOB: ${when(g, c.pt.dob)}   Age: ${ageSpan(g, c)}
Medicare Beneficiary ID: ${mbiValue(g)}   ${org(g, PAYERS)} ${memberIdValue(g)}
Benefit period: ${when(g, from)} through ${when(g, later(from, 89))}
Terminal diagnosis: ${problem(g)}. Related: ${problem(g)}.
Brief narrative: ${phi('name', c.pt.first, 'first')} has had ${g.int(2, 5)} hospitalizations at ${org(g, HOSPITALS)} in 6 months, ${scaleScore(g, ['Karnofsky Performance Status', 'Zubrod performance status'])}, ${statisticFor(g, 'prognosis')} per oncology, weight loss of ${g.int(5, 20)} lb, now bedbound. PPS ${g.int(2, 4)}0%.
Face-to-face encounter on ${when(g, f2f)} by ${staff(g, c.consultant, ['NP', 'MD'])}; findings shared with the certifying physician.
I certify that this patient is terminally ill with a life expectancy of 6 months or less if the illness runs its normal course.
Hospice medical director: ${staff(g, c.attending)}  Signed ${when(g, later(from, g.int(0, 2)))}
Attending of record: ${staff(g, c.consultant)}  Phone ${usPhone(g)}`;
}

export function polstForm(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 5));
  const r = c.relative;
  return t`PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)
Patient Last Name: ${phi('name', c.pt.last, 'last')}  First: ${phi('name', c.pt.first, 'first')}  Middle: ${phi('name', c.pt.middle, 'middle')}
Date of Birth: ${when(g, c.pt.dob)}   Gender: ${c.pt.sex === 'female' ? 'F' : 'M'}
A. CARDIOPULMONARY RESUSCITATION: [${g.pick(['X', ' '])}] Attempt Resuscitation  [${g.pick(['X', ' '])}] Do Not Attempt Resuscitation
B. MEDICAL INTERVENTIONS: [X] ${g.pick(['Comfort Measures Only', 'Limited Additional Interventions', 'Full Treatment'])}
C. ARTIFICIALLY ADMINISTERED NUTRITION: [X] ${g.pick(['No artificial nutrition by tube', 'Trial period'])}
D. Discussed with: ${g.pick(['Patient', 'Health Care Agent'])} ${phi('name', `${r.first} ${r.last}`, 'full')} (${c.relation})
Agent address: ${addressLine(g, address(g))}   Phone ${phoneValue(g)}
Signature of Physician/NP/PA: ${staff(g, c.attending)}  License # ${stateLicenseValue(g)}  Date ${when(g, day)}
Signature of patient or decision-maker: ____________  Date ${when(g, day)}
Advance care planning discussed, ${g.int(16, 45)} min. Dx: ${icdCode(DNR_STATUS_ICD)} DNR status. Form retained at ${org(g, HOSPITALS)}. Copy sent with patient at discharge on ${when(g, c.discharge)}.`;
}
