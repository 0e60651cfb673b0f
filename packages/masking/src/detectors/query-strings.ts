/**
 * Identifiers in URL query strings and FHIR search expressions:
 *
 * - FHIR token search on an identifier (`identifier=system|value`, `subject:Patient.identifier=…`,
 *   a conditional reference `Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567893`,
 *   a transaction's `ifNoneExist`): the value after the bar is an identifier in the system
 *   before it, whatever it looks like — its type read from the system's last segment;
 * - a parameter naming the person the request is about (`?patient=…`, `&subjectId=…`, `mrn=…`)
 *   holding an id-shaped value: the person's record number.
 */
import type { PhiType } from '../types';
import type { ScanContext } from './detector';
import { UUID } from './uuid';

/** `identifier=` (with a modifier or a chain before it), an optional `system|`, the value. */
const IDENTIFIER_SEARCH_RE =
  /(?<![\w-])(?:[\w.:-]*[.:])?identifier=(?:([^\s|&#"'<>]{0,200})(?:\||%7[Cc]))?([A-Za-z0-9][\w.-]{2,63})/g;
/** A query parameter naming the person: `?patient=`, `&patient_id=`, `subjectId=`, `mrn=`. */
const PERSON_PARAM_RE =
  /[?&](?:patient|patient[_-]?id|patientid|subject|subject[_-]?id|subjectid|member|member[_-]?id|mrn|chart|beneficiary)=([A-Za-z0-9][\w.-]{3,40})(?=[&#\s"'<>]|$)/gi;
/** An identifier has digits: four at least. */
const ID_SHAPED = /^(?=(?:\D*\d){4})/;
/** The identifier system's last segment → type (NPI registries, SSA, state licences…). */
const SYSTEM_TYPES: readonly (readonly [RegExp, PhiType])[] = [
  [/npi|nppes/i, 'license'],
  [/ssn|ssa\b|social/i, 'ssn'],
  [/(?:^|[/:.-])(?:dl|driver|licen[cs]e)/i, 'license'],
  [/member|subscriber|medicaid|medicare|mbi|plan/i, 'health_plan'],
  [/account|acct|billing/i, 'account'],
];

function systemType(system: string | undefined): PhiType {
  if (system) for (const [re, type] of SYSTEM_TYPES) if (re.test(system)) return type;
  return 'mrn';
}

function push(ctx: ScanContext, start: number, value: string, type: PhiType): void {
  if (!ctx.skip?.has(type))
    ctx.out.push({ start, end: start + value.length, type, ruleId: 'query_identifier' });
}

export function queryIdentifiers(ctx: ScanContext): void {
  const text = ctx.text;
  if (ctx.mayInclude('identifier=')) {
    IDENTIFIER_SEARCH_RE.lastIndex = 0;
    for (let m = IDENTIFIER_SEARCH_RE.exec(text); m !== null; m = IDENTIFIER_SEARCH_RE.exec(text)) {
      const value = m[2] as string;
      if (!/\d/.test(value) || UUID.test(value)) continue;
      push(ctx, m.index + m[0].length - value.length, value, systemType(m[1]));
    }
  }
  if (!ctx.includes('?') && !ctx.includes('&')) return;
  PERSON_PARAM_RE.lastIndex = 0;
  for (let m = PERSON_PARAM_RE.exec(text); m !== null; m = PERSON_PARAM_RE.exec(text)) {
    const value = m[1] as string;
    if (ID_SHAPED.test(value)) push(ctx, m.index + m[0].length - value.length, value, 'mrn');
  }
}
