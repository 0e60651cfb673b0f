/**
 * The labeled quality set's data model. Everything in the set is synthetic: names, places,
 * dates and numbers come from seeded generators and dictionaries, never from real people.
 */

/** HIPAA Safe Harbor identifier types, as the masking engine reports them. */
export const PHI_TYPES = [
  'name',
  'street_address',
  'geo',
  'zip',
  'date',
  'age',
  'phone',
  'fax',
  'email',
  'ssn',
  'mrn',
  'health_plan',
  'account',
  'license',
  'vehicle',
  'device',
  'url',
  'ip',
  'biometric',
  'photo',
  'other_id',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** Strings that look like identifiers to a careless engine but must survive masking. */
export const KEEP_KINDS = [
  'drug_dose',
  'lab_value',
  'clinical_code',
  'uuid',
  'timestamp',
  'version',
  'year',
  'age_under_90',
  'eponym',
  'device_name',
  'statistic',
  /** Hospitals, payers, labs, pharmacies and vendors ("St. Mary's Hospital"); labeled from the blind2 split on. */
  'organization',
] as const;
export type KeepKind = (typeof KEEP_KINDS)[number];

export type LabelClass = 'phi' | 'keep';

/** A labeled substring: `value` is what was generated, so a test can check it against the span. */
export interface Label {
  class: LabelClass;
  type: PhiType | KeepKind;
  start: number;
  end: number;
  value: string;
  /** The generator's format variant (e.g. `npi`, `dea`, `ssn-fullwidth`), for checks and debugging. */
  form?: string;
}

/** A JSON path as segments: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

export interface JsonLabel extends Label {
  /** The string value the span is inside. */
  path: JsonPath;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface TextDoc {
  id: string;
  kind: string;
  format: 'text';
  text: string;
  labels: Label[];
}

export interface JsonDoc {
  id: string;
  kind: string;
  format: 'json';
  value: JsonValue;
  labels: JsonLabel[];
}

export type QualityDoc = TextDoc | JsonDoc;

export type Split =
  | 'dev'
  | 'heldout'
  | 'blind'
  | 'blind2'
  | 'blind3'
  | 'blind4'
  | 'blind5'
  | 'blind6'
  | 'blind7'
  | 'blind8'
  | 'blind9'
  | 'blind10'
  | 'blind11'
  | 'blind12'
  | 'blind13'
  | 'blind14'
  | 'blind15'
  | 'blind16'
  | 'blind17'
  | 'blind18'
  | 'blind19'
  | 'blind20'
  | 'blind21'
  | 'blind22'
  | 'blind23'
  | 'blind24'
  | 'blind25'
  | 'blind26'
  | 'blind27'
  | 'blind28'
  | 'blind29'
  | 'blind30'
  | 'blind31'
  | 'blind32'
  | 'blind33'
  | 'blind34'
  | 'blind35'
  | 'blind36'
  | 'blind37';
/** The scored splits (a split joins once its templates are written). */
export const SPLITS: readonly Split[] = [
  'dev',
  'heldout',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'blind17',
  'blind19',
  'blind18',
  'blind20',
  'blind21',
  'blind22',
  'blind23',
  'blind24',
  'blind25',
  'blind26',
  'blind27',
  'blind28',
  'blind29',
  'blind30',
  'blind31',
  'blind32',
  'blind33',
  'blind34',
  'blind35',
  'blind36',
  'blind37',
];

export function isPhiType(type: string): type is PhiType {
  return (PHI_TYPES as readonly string[]).includes(type);
}
