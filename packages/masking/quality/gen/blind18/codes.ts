/**
 * Clinical codes of blind split 18 as printed orders, results and claims carry them, each
 * beside the thing it codes: problems with ICD-10-CM, procedures and exams with CPT, supplies
 * with HCPCS, results with LOINC. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, keep, type Span, t } from '../fragment';

/** [ICD-10-CM code, problem-list wording]. */
const PROBLEMS: readonly (readonly [string, string])[] = [
  ['L89.514', 'Pressure ulcer of right ankle, stage 4'],
  ['R26.0', 'Ataxic gait'],
  ['Z74.01', 'Bed confinement status'],
  ['Z99.81', 'Dependence on supplemental oxygen'],
  ['J96.11', 'Chronic respiratory failure with hypoxia'],
  ['E87.22', 'Chronic metabolic acidosis'],
  ['R53.81', 'Physical deconditioning'],
  ['M17.12', 'Primary osteoarthritis, left knee'],
  ['S82.201A', 'Fracture of shaft of right tibia, initial'],
  ['T81.49XA', 'Infection following a procedure, initial'],
  ['L03.116', 'Cellulitis of left lower limb'],
  ['I70.213', 'Atherosclerosis of native arteries of extremities with intermittent claudication, bilateral'],
  ['E11.621', 'Type 2 diabetes mellitus with foot ulcer'],
  ['L97.524', 'Non-pressure chronic ulcer of other part of left foot with necrosis of bone'],
  ['K57.30', 'Diverticulosis of large intestine without bleeding'],
  ['K80.12', 'Calculus of gallbladder with acute and chronic cholecystitis without obstruction'],
  ['H66.91', 'Otitis media, right ear'],
  ['S93.432A', 'Sprain of tibiofibular ligament of left ankle, initial encounter'],
  ['R41.82', 'Altered mental status'],
  ['I95.1', 'Orthostatic hypotension'],
  ['G35', 'Multiple sclerosis'],
  ['N13.30', 'Hydronephrosis'],
  ['Z86.718', 'Personal history of venous thrombosis'],
  ['C50.412', 'Malignant neoplasm of upper-outer quadrant of left breast'],
  ['K85.12', 'Biliary acute pancreatitis with infected necrosis'],
  ['S06.0X0A', 'Concussion without loss of consciousness, initial'],
];

function icd(value: string): Span {
  return keep('clinical_code', value, 'ICD-10-CM');
}

/** A problem-list entry: "Hyponatremia (E87.1)", or the code first as claims print it. */
export function problem(g: Gen): Frag {
  const [code, text] = g.pick(PROBLEMS);
  return g.chance(0.7) ? t`${text} (${icd(code)})` : t`${icd(code)} ${text}`;
}

/** Codes a document's own purpose fixes (a screening mammogram, a motor-vehicle injury). */
export const ICD_FIXED = {
  screeningMammogram: () => icd('Z12.31'),
  carDriverCollision: () => icd('V47.52XA'),
  administrativeExam: () => icd('Z02.89'),
} as const;

export function icdCode(value: string): Span {
  return icd(value);
}

export function cpt(value: string): Span {
  return keep('clinical_code', value, 'CPT');
}

/** [bedside procedure, CPT, the device it places]. */
export const BEDSIDE_PROCEDURES: readonly (readonly [string, string, string])[] = [
  [
    'Tunneled central venous catheter placement, right internal jugular',
    '36558',
    'Bard Hickman tunneled catheter',
  ],
  ['PICC placement, left basilic vein, with ultrasound guidance', '36573', 'Teleflex Arrow Endurance PICC'],
  ['Intraosseous needle placement, left proximal tibia', '36680', 'Arrow EZ-IO'],
  ['Arterial line placement, left radial artery', '36620', 'Teleflex Arrow QuickFlash arterial catheter'],
];

export const PATHOLOGY_CPT = ['88304', '88307', '88341'];
export const TELEHEALTH_CPT = ['98005', '98006', '98007'];
export const DISCHARGE_CPT = ['99238'];
/** Do-not-resuscitate status, coded on the POLST visit. */
export const DNR_STATUS_ICD = 'Z66';
export const HOME_VISIT_CPT = ['99349', '99350'];

export function hcpcs(value: string): Span {
  return keep('clinical_code', value, 'HCPCS');
}

/** Home health and hospice billing codes printed on plans of care. */
export const HOME_HEALTH_HCPCS = ['G0180', 'G0179', 'G0300', 'G0151', 'G0152'];

/** [test as a requisition lists it, its LOINC]. */
export const ORDERABLE_TESTS: readonly (readonly [string, string])[] = [
  ['CA-125', '10334-1'],
  ['TPO antibody', '8099-4'],
  ['Free T3', '3051-0'],
  ['Haptoglobin', '4542-6'],
  ['Methylmalonic acid', '13964-2'],
  ['Aldolase', '1736-9'],
  ['Anti-CCP antibody', '32218-0'],
  ['Thyroglobulin', '3013-0'],
];

export function loinc(value: string): Span {
  return keep('clinical_code', value, 'LOINC');
}
