/** Keep strings of the split: drawn from its own clinical vocabulary. */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';
import {
  CARE_SITES,
  CPT_CODES,
  DEVICE_NAMES,
  DRUGS,
  EPONYMS,
  HCPCS_CODES,
  ICD10_CODES,
  LABS,
  LOINC_CODES,
  ONC_STATISTICS,
  ROUTES,
  UR_STATISTICS,
  VERSIONS,
} from './clinical-vocab';

/** The drugs named in `names` (a specialty's formulary), or all of them. */
function formulary(names?: readonly string[]): typeof DRUGS {
  const found = names ? DRUGS.filter(([name]) => names.includes(name)) : DRUGS;
  return found.length ? found : DRUGS;
}

export function med(g: Gen, names?: readonly string[]): Span {
  const [name, doses] = g.pick(formulary(names));
  const dose = g.pick(doses);
  const route =
    g.chance(0.5) && !/weekly|every|drop|puff|meal|spray|layer|amount|over|bolus|q\d/.test(dose)
      ? ` ${g.pick(ROUTES)}`
      : '';
  return keep('drug_dose', `${name} ${dose}${route}`);
}

/** A medication list of `n` distinct drugs. */
export function meds(g: Gen, min: number, max: number, names?: readonly string[]): Span[] {
  return g
    .some(formulary(names), min, max)
    .map(([name, doses]) => keep('drug_dose', `${name} ${g.pick(doses)}`));
}

export function lab(g: Gen): Span {
  const [name, unit, lo, hi, dec] = g.pick(LABS);
  const value = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${value} ${unit}` : `${name} ${value}`);
}

export function labs(g: Gen, min: number, max: number): Span[] {
  return g.some(LABS, min, max).map(([name, unit, lo, hi, dec]) => {
    const value = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
    return keep('lab_value', unit ? `${name} ${value} ${unit}` : `${name} ${value}`);
  });
}

/** A vitals line's parts. */
export function vitals(g: Gen): Span[] {
  return [
    keep('lab_value', `BP ${g.int(92, 188)}/${g.int(50, 108)}`, 'vital'),
    keep('lab_value', `HR ${g.int(46, 128)}`, 'vital'),
    keep('lab_value', `RR ${g.int(12, 28)}`, 'vital'),
    keep('lab_value', `T ${g.f.number.float({ min: 96.8, max: 102.4 }).toFixed(1)}F`, 'vital'),
    keep('lab_value', `SpO2 ${g.int(86, 100)}%`, 'vital'),
  ];
}

export function icd(g: Gen, from: readonly string[] = ICD10_CODES): Span {
  return keep('clinical_code', g.pick(from), 'ICD-10');
}

export function cptCode(g: Gen, from: readonly string[] = CPT_CODES): Span {
  return keep('clinical_code', g.pick(from), 'CPT');
}

export function hcpcs(g: Gen): Span {
  return keep('clinical_code', g.pick(HCPCS_CODES), 'HCPCS');
}

export function loincCode(g: Gen): Span {
  return keep('clinical_code', g.pick(LOINC_CODES), 'LOINC');
}

export function eponymOf(g: Gen, from: readonly string[] = EPONYMS): Span {
  return keep('eponym', g.pick(from));
}

export function deviceOf(g: Gen, from: readonly string[] = DEVICE_NAMES): Span {
  return keep('device_name', g.pick(from));
}

export function org(g: Gen, from: readonly string[] = CARE_SITES): Span {
  return keep('organization', g.pick(from));
}

export function versionOf(g: Gen): Span {
  return keep('version', g.pick(VERSIONS));
}

export function stat(g: Gen, from: readonly string[] = [...UR_STATISTICS, ...ONC_STATISTICS]): Span {
  return keep('statistic', g.pick(from));
}

export function yearOf(g: Gen, min = 1978, max = 2023): Span {
  return keep('year', String(g.int(min, max)));
}

export function uuidOf(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

/** A timestamp a system stamps on its own record (document generation, interface receipt). */
export function stamp(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 9), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  return keep(
    'timestamp',
    g.pick([
      d.toISOString(),
      d.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      `${d.toISOString().slice(0, 19)}-05:00`,
    ]),
  );
}

/** A plain age under 90 (sibling's, parent's at death, onset). */
export function youngAge(g: Gen, min = 2, max = 85): Span {
  return keep('age_under_90', String(g.int(min, max)));
}
