/** The identifier vocabulary (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)) every span and record uses. */
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

export function isPhiType(value: string): value is PhiType {
  return (PHI_TYPES as readonly string[]).includes(value);
}

/** A detected identifier: UTF-16 offsets into the text it was found in. */
export interface DetectedSpan {
  start: number;
  end: number;
  type: PhiType;
  ruleId: string;
}

export const STRATEGIES = ['redact', 'pseudonym', 'partial', 'dateshift'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** One masked value. Never carries the clear text. */
export interface MatchRecord {
  /** JSONPath of the string the match is in (`$` for plain text). */
  jsonPath: string;
  /** Offsets into that string's (decoded) value; a whole-value field rule covers the whole value. */
  start: number;
  end: number;
  ruleId: string;
  type: PhiType;
  strategy: Strategy;
  /** The stable token for the pseudonym strategy. */
  pseudonym?: string;
}

export interface RuleError {
  ruleId: string;
  /** What went wrong, never the text being masked: `threw` or `budget_exceeded`. */
  reason: 'threw' | 'budget_exceeded';
  /** Error class name of a rule that threw. */
  errorName?: string;
}
