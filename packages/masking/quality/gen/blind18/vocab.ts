/**
 * Keep-string vocabularies of blind split 18: drugs as US EHR order lines name them, labs as
 * result components and vital signs as flowsheets print them. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

/** [drug as the order line names it, strengths it comes in]. */
const DRUGS: readonly (readonly [string, readonly string[]])[] = [
  ['nebivolol', ['2.5 mg', '5 mg', '10 mg']],
  ['metolazone', ['2.5 mg', '5 mg']],
  ['cefpodoxime', ['100 mg', '200 mg']],
  ['nitazoxanide', ['500 mg']],
  ['ertapenem', ['1 g']],
  ['micafungin', ['100 mg']],
  ['cefotetan', ['1 g', '2 g']],
  ['ropinirole', ['0.25 mg', '0.5 mg', '1 mg']],
  ['carbidopa-levodopa ER', ['25-100 mg', '50-200 mg']],
  ['clobazam', ['10 mg']],
  ['memantine', ['5 mg', '10 mg']],
  ['morphine sulfate oral solution', ['5 mg', '10 mg']],
  ['haloperidol lactate', ['0.5 mg', '1 mg']],
  ['glycopyrrolate', ['0.2 mg', '1 mg']],
  ['disopyramide', ['100 mg', '150 mg']],
  ['trandolapril', ['1 mg', '2 mg', '4 mg']],
  ['azilsartan', ['40 mg', '80 mg']],
  ['isradipine', ['2.5 mg', '5 mg']],
  ['repaglinide', ['0.5 mg', '1 mg']],
  ['alogliptin', ['12.5 mg', '25 mg']],
  ['metaxalone', ['400 mg', '800 mg']],
  ['eslicarbazepine', ['400 mg', '800 mg']],
  ['primidone', ['50 mg', '250 mg']],
  ['trihexyphenidyl', ['2 mg', '5 mg']],
  ['galantamine ER', ['8 mg', '16 mg']],
  ['vilazodone', ['20 mg', '40 mg']],
  ['cefadroxil', ['500 mg', '1 g']],
  ['tedizolid', ['200 mg']],
  ['famciclovir', ['250 mg', '500 mg']],
  ['prucalopride', ['1 mg', '2 mg']],
  ['methylnaltrexone', ['150 mg', '12 mg']],
  ['ferric citrate', ['210 mg', '420 mg']],
  ['anagrelide', ['0.5 mg', '1 mg']],
  ['propafenone ER', ['225 mg', '325 mg']],
  ['acarbose', ['25 mg', '50 mg']],
  ['colestipol', ['1 g', '2 g']],
  ['probenecid', ['500 mg']],
  ['dantrolene', ['25 mg', '50 mg']],
  ['benztropine', ['0.5 mg', '1 mg']],
  ['rivastigmine patch', ['4.6 mg/24 hr', '9.5 mg/24 hr']],
  ['loxapine', ['10 mg', '25 mg']],
  ['perphenazine', ['2 mg', '4 mg']],
  ['dalfampridine ER', ['10 mg']],
  ['cefixime', ['400 mg']],
  ['tinidazole', ['500 mg', '2 g']],
  ['rifabutin', ['150 mg', '300 mg']],
  ['balsalazide', ['750 mg']],
  ['darifenacin ER', ['7.5 mg', '15 mg']],
  ['zafirlukast', ['20 mg']],
];

/** Drugs not given by mouth, with the route lines they are ordered with. */
const ROUTES: Record<string, readonly string[]> = {
  ertapenem: ['IV q24h', 'IV once'],
  micafungin: ['IV q24h'],
  cefotetan: ['IV once', 'IV q12h'],
  'haloperidol lactate': ['IV q6h PRN agitation', 'IM once'],
  glycopyrrolate: ['IV q4h PRN secretions', 'subcut q4h PRN'],
  methylnaltrexone: ['subcut every other day'],
  'rivastigmine patch': ['transdermal daily'],
  'morphine sulfate oral solution': ['SL q2h PRN dyspnea', 'PO q4h PRN pain'],
};
const ORAL = [
  'PO daily',
  'PO BID',
  'PO TID',
  'PO nightly',
  'oral daily',
  'PO q8h',
  'tablet by mouth daily',
  'PO q12h',
];

/** Given at the start of an operation. */
export const PERIOPERATIVE_ANTIBIOTICS = ['ertapenem', 'cefotetan'];

/** A drug with strength and, often, route and frequency: "nebivolol 5 mg PO daily". */
export function drugLine(g: Gen, among?: readonly string[]): Span {
  const [name, strengths] = g.pick(among ? DRUGS.filter(([n]) => among.includes(n)) : DRUGS);
  const route = g.chance(0.75) ? ` ${g.pick(ROUTES[name] ?? ORAL)}` : '';
  return keep('drug_dose', `${name} ${g.pick(strengths)}${route}`);
}

/** A drug name alone, as an allergy list or a narrative names it. */
export function drugOnly(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS)[0], 'name_only');
}

/** Allergens that are not drugs are not keep strings; drug allergens are. */
export const NON_DRUG_ALLERGENS = [
  'Shellfish',
  'Latex',
  'Peanuts',
  'Bee venom',
  'Adhesive tape',
  'Iodinated contrast',
];

/** [component as the result prints it, unit, low, high, decimals]. */
const LABS: readonly (readonly [string, string, number, number, number])[] = [
  ['Sodium', 'mmol/L', 129, 146, 0],
  ['Potassium', 'mmol/L', 3.1, 5.8, 1],
  ['Chloride', 'mmol/L', 94, 110, 0],
  ['CO2', 'mmol/L', 18, 31, 0],
  ['Anion Gap', 'mmol/L', 5, 18, 0],
  ['Creatinine', 'mg/dL', 0.6, 3.4, 2],
  ['Calcium', 'mg/dL', 7.9, 10.8, 1],
  ['Magnesium', 'mg/dL', 1.4, 2.6, 1],
  ['Phosphorus', 'mg/dL', 2.2, 5.9, 1],
  ['Albumin', 'g/dL', 2.4, 4.8, 1],
  ['Total Bilirubin', 'mg/dL', 0.2, 3.8, 1],
  ['Alk Phos', 'U/L', 38, 240, 0],
  ['AST', 'U/L', 12, 160, 0],
  ['WBC', 'K/uL', 3.2, 18.4, 1],
  ['Hemoglobin', 'g/dL', 7.4, 16.2, 1],
  ['Hematocrit', '%', 23, 48, 1],
  ['Platelets', 'K/uL', 88, 420, 0],
  ['INR', '', 0.9, 3.6, 1],
  ['Hemoglobin A1c', '%', 5.2, 11.8, 1],
  ['Vitamin B12', 'pg/mL', 180, 900, 0],
  ['25-OH Vitamin D', 'ng/mL', 9, 62, 0],
  ['Free T4', 'ng/dL', 0.6, 2.1, 2],
  ['PSA', 'ng/mL', 0.2, 9.8, 2],
  ['Lipase', 'U/L', 12, 410, 0],
  ['Procalcitonin', 'ng/mL', 0.03, 4.5, 2],
  ['High-sensitivity troponin T', 'ng/L', 4, 88, 0],
  ['NT-proBNP', 'pg/mL', 60, 5400, 0],
  ['Urine microalbumin/creatinine', 'mg/g', 4, 410, 0],
];

/** A result component as EHR result text prints it: "Potassium 4.1 mmol/L". */
export function labResult(g: Gen): Span {
  const [name, unit, lo, hi, dec] = g.pick(LABS);
  const value = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${value} ${unit}` : `${name} ${value}`);
}

const VITALS = {
  bp: (g: Gen) => `BP ${g.int(98, 176)}/${g.int(54, 102)}`,
  pulse: (g: Gen) => `Pulse ${g.int(52, 124)}`,
  temp: (g: Gen) =>
    `Temp ${g.f.number.float({ min: 97.1, max: 102.4 }).toFixed(1)} °F (${g.pick(['Oral', 'Temporal', 'Tympanic'])})`,
  resp: (g: Gen) => `Resp ${g.int(12, 28)}`,
  spo2: (g: Gen) => `SpO2 ${g.int(88, 100)}%`,
  weight: (g: Gen) => `Wt ${g.int(98, 290)} lb`,
  bmi: (g: Gen) => `BMI ${g.f.number.float({ min: 17.5, max: 44 }).toFixed(2)} kg/m²`,
  pain: (g: Gen) => `Pain ${g.int(0, 10)}/10`,
} as const;

export type VitalKind = keyof typeof VITALS;

/** One vital sign as a flowsheet prints it: "BP 132/78", "SpO2 95%". */
export function vitalSign(g: Gen, kind: VitalKind): Span {
  return keep('lab_value', VITALS[kind](g), 'vital');
}

/** `n` different vital signs. */
export function vitalSet(g: Gen, n: number): Span[] {
  return g.some(Object.keys(VITALS) as VitalKind[], n, n).map((kind) => vitalSign(g, kind));
}
