/**
 * Identifiers in URL query strings and FHIR search expressions:
 *
 * - FHIR token search on an identifier (`identifier=system|value`, `subject:Patient.identifier=…`,
 *   a conditional reference `Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567893`,
 *   a transaction's `ifNoneExist`): the value after the bar is an identifier in the system
 *   before it, whatever it looks like — its type read from the system's last segment;
 * - a parameter naming the person the request is about (`?patient=…`, `&subjectId=…`, `mrn=…`)
 *   holding an id-shaped value: the person's record number;
 * - any parameter whose name the key rules know (`last_name=…`, `birthdate=…`, `city=…`), and
 *   a search term made of name words beside such a parameter (`?q=Ann+Roe&birthdate=…`).
 */
import type { FieldRule } from '../field-rules';
import type { PhiType } from '../types';
import type { ScanContext } from './detector';
import { UUID } from './uuid';

/** `identifier=` (with a modifier or a chain before it), an optional `system|`, the value. */
const IDENTIFIER_SEARCH_RE =
  /(?<![\w-])(?:[\w.:-]*[.:])?identifier=(?:([^\s|&#"'<>]{0,200})(?:\||%7[Cc]))?([A-Za-z0-9][\w.-]{2,63})/g;
/** A query parameter naming the person: `?patient=`, `&patient_id=`, `subjectId=`, `mrn=`. */
const PERSON_PARAM_RE =
  /[?&](?:patient|patient[_-]?id|patientid|subject|subject[_-]?id|subjectid|member|member[_-]?id|mrn|chart|beneficiary)=([A-Za-z0-9][\w.-]{3,40})(?=[&#\s"'<>]|$)/gi;
/**
 * A FHIR token written alone, as a search filter's value (`"identifier": "urn:mrn|HX4831983"`,
 * `http://hospital.example/sid/mrn|00412`): a system URI, a bar, the identifier.
 */
const TOKEN_ALONE = /^\s*((?:urn:[\w.:-]+|https?:\/\/[^\s|]{1,200}))\|([A-Za-z0-9][\w.-]{2,63})\s*$/;
/** Code systems, whose tokens are codes (LOINC, SNOMED CT, RxNorm, ICD, CPT, NDC, CVX, UCUM, FHIR's own), not identifiers. */
const CODE_SYSTEM =
  /loinc|snomed|rxnorm|icd|cpt|ndc|cvx|unitsofmeasure|ucum|terminology|hl7\.org\/fhir\/(?!sid\/)/i;
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

/**
 * A FHIR search's date with its comparison prefix (`birthdate=ge1950-01-02`,
 * `date=lt2024-01-01T08:00:00Z`; prefixes eq ne gt lt ge le sa eb ap): a day of the person's
 * care or life. A parameter of the server's own bookkeeping (`_lastUpdated`, `_since`) is no
 * such day.
 */
const FHIR_PREFIXED_DATE =
  /[?&]([A-Za-z][\w.:-]{0,39})=(?:eq|ne|gt|lt|ge|le|sa|eb|ap)((?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d(?:T[\d:.]{2,12}(?:Z|[+-]\d\d:?\d\d)?)?)?)?)(?=[&#\s"'<>,]|$)/g;

function fhirPrefixedDates(ctx: ScanContext): void {
  const text = ctx.text;
  FHIR_PREFIXED_DATE.lastIndex = 0;
  for (let m = FHIR_PREFIXED_DATE.exec(text); m !== null; m = FHIR_PREFIXED_DATE.exec(text)) {
    const date = m[2] as string;
    // A year alone is no identifier.
    if (date.length > 4) push(ctx, m.index + m[0].length - date.length, date, 'date');
  }
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
  if (ctx.hasDigit && !ctx.skip?.has('date')) fhirPrefixedDates(ctx);
  PERSON_PARAM_RE.lastIndex = 0;
  for (let m = PERSON_PARAM_RE.exec(text); m !== null; m = PERSON_PARAM_RE.exec(text)) {
    const value = m[1] as string;
    if (ID_SHAPED.test(value) && !UUID.test(value))
      push(ctx, m.index + m[0].length - value.length, value, 'mrn');
  }
}

/** A whole text that is one FHIR token of an identifier system (see TOKEN_ALONE). */
export function fhirTokenAlone(ctx: ScanContext): void {
  const token = TOKEN_ALONE.exec(ctx.text);
  const value = token?.[2];
  if (!token || value === undefined || !ID_SHAPED.test(value) || UUID.test(value)) return;
  if (CODE_SYSTEM.test(token[1] as string)) return;
  push(ctx, token.index + token[0].trimEnd().length - value.length, value, systemType(token[1]));
}

/** `?key=value` or `&key=value`: the value up to the next parameter, a quote or a line's end. */
const QUERY_PARAM_RE = /[?&]([A-Za-z][\w.-]{0,39})=([^&#"'<>\s][^&#"'<>\r\n\t]{0,99})/g;
/** A request line's protocol after its target: `GET /find?q=… HTTP/1.1`. */
const PROTOCOL_AFTER = / HTTP\/\d/;
/** Parameters holding a free search: a person's name when it is one, beside a person's field. */
const SEARCH_KEYS = new Set([
  'q',
  'query',
  'search',
  'term',
  'text',
  'keyword',
  'keywords',
  'lookup',
  'find',
]);
const NAME_RULE: FieldRule = { type: 'name', ruleId: 'field:name' };
/** Two to four capitalized words joined by '+' or blanks ("Ann+Roe", "Ann Marie Roe"). */
const NAME_WORDS = /^\p{Lu}[\p{L}'’-]+(?:[+ ]\p{Lu}[\p{L}'’.-]*){1,3}$/u;

interface QueryParam {
  key: string;
  start: number;
  value: string;
}

/** Capitalized words alone, a place's or a name's ("New Andreannefield", "Ann Marie Roe"). */
const CAPITALIZED_WORDS = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * Where a parameter's value ends: a decoded blank ends it unless the value runs on to '&' or
 * '#', or to the line's end in capitalized words alone (a search trace's
 * "…&address-city=New%20Andreannefield⏎<- 200 OK").
 */
function paramValue(text: string, start: number, raw: string): string {
  let value = raw;
  const protocol = PROTOCOL_AFTER.exec(value);
  if (protocol) value = value.slice(0, protocol.index);
  const blank = value.search(/\s/);
  if (blank < 0) return value;
  const end = start + raw.length;
  const next = text.charCodeAt(end);
  const whole = value.length === raw.length;
  const lineEnds = end === text.length || next === 0x0a || next === 0x0d;
  const runsOn =
    whole && (next === 0x26 || next === 0x23 || (lineEnds && CAPITALIZED_WORDS.test(value.trimEnd())));
  return (runsOn ? value : value.slice(0, blank)).trimEnd();
}

/** FHIR resources that are people: a search on one is about a person (`Patient?name=…`). */
const PERSON_RESOURCE = /(?:^|[/\s])(Patient|Practitioner|RelatedPerson|Person)\?[^?\s]*$/;

/** FHIR's search parameters on a person's name, matched whatever the case. */
const FHIR_NAME_PARAMS = new Set(['name', 'family', 'given', 'phonetic']);

/** The person resource a query parameter at `at` searches, if any. */
function personResource(text: string, at: number): string | undefined {
  return PERSON_RESOURCE.exec(text.slice(Math.max(0, at - 300), at))?.[1];
}

/** The name rule of a parameter of a search on a person's resource (`Patient?family=…`). */
function personName(
  ctx: ScanContext,
  text: string,
  p: QueryParam,
  keys: readonly string[],
): FieldRule | undefined {
  const resource = personResource(text, p.start);
  const rule = resource === undefined ? undefined : ctx.fields.ruleFor(p.key, resource, keys);
  return rule?.type === 'name' ? rule : undefined;
}

/** Each word's first letter a capital, as a name's would be written. */
function capitalized(value: string): string {
  return value.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** A parameter's value as its reader sees it: '+' and '%20' are blanks ("claude%20cummings"). */
function decoded(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Parameters of the query strings in a text whose names the key rules know, each value checked
 * by `accept` (a label's value check); a search term of name words beside a person's parameter.
 */
export function queryFields(ctx: ScanContext, accept: (rule: FieldRule, value: string) => boolean): void {
  const text = ctx.text;
  const params: QueryParam[] = [];
  QUERY_PARAM_RE.lastIndex = 0;
  for (let m = QUERY_PARAM_RE.exec(text); m !== null; m = QUERY_PARAM_RE.exec(text)) {
    const start = m.index + m[0].length - (m[2] as string).length;
    params.push({ key: m[1] as string, start, value: paramValue(text, start, m[2] as string) });
  }
  if (params.length === 0) return;
  const keys = params.map((p) => p.key);
  const rules = params.map(
    (p) => ctx.fields.ruleFor(p.key, undefined, keys) ?? personName(ctx, text, p, keys),
  );
  const aboutPerson = rules.some((r) => r !== undefined && r.type !== 'name');
  params.forEach((p, i) => {
    const rule =
      rules[i] ??
      (aboutPerson && SEARCH_KEYS.has(p.key.toLowerCase()) && NAME_WORDS.test(p.value)
        ? NAME_RULE
        : undefined);
    if (!rule || rule.type === 'url' || ctx.skip?.has(rule.type)) return;
    // A search on a person's resource matches names whatever their case ("name=claude%20cummings").
    const value =
      FHIR_NAME_PARAMS.has(p.key) && personResource(text, p.start)
        ? capitalized(decoded(p.value))
        : decoded(p.value);
    if (p.value.length > 0 && accept(rule, value))
      ctx.out.push({ start: p.start, end: p.start + p.value.length, type: rule.type, ruleId: 'query_field' });
  });
}
