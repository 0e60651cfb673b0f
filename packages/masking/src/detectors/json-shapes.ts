/**
 * JSON shapes whose keys do not say what a value is, but a neighbour does:
 *
 * - described values: `{"system": "phone", "value": "…"}`, `{"type": {"text": "MRN"},
 *   "value": "…"}`, `{"url": ".../age", "valueString": "…"}`, `{"name": "ssn", "value": "…"}`
 *   (FHIR ContactPoint, Identifier and extension, attribute–value lists): the descriptor is
 *   read as a field name (a URI by its last segment; identifier type codes of HL7 table 0203);
 * - tables: `{"columns": ["MRN", "Patient", …], "rows": [["…", "…"], …]}` (query results,
 *   spreadsheets): each column name types the cells at its index;
 * - person resources: `{"resourceType": "Patient", "id": "…"}`: the resource's id names the
 *   person wherever it is referenced (`Patient/…`), so it is an identifier; so is a claim's,
 *   a coverage's or an account's id that is not a server's random UUID.
 */

import type { FieldRule, FieldRules } from '../field-rules';
import type { JsonArray, JsonNode, JsonObject } from '../json-tree';
import type { PhiType } from '../types';
import { dicomJsonType } from './dicom';
import { UUID } from './uuid';

export interface ObjectShape {
  /** The key holding a person resource's own id (`id` of a FHIR Patient), and its rule. */
  idKey?: string;
  idRule?: FieldRule;
  /** The rule for the value key of a described value, or of a plan key holding a number. */
  valueKey?: string;
  valueRule?: FieldRule;
  /** The key holding rows, and the rule of each column. */
  rowsKey?: string;
  columns?: readonly (FieldRule | undefined)[];
}

/** Keys an entity recognizer writes an entity's kind under (Hugging Face, Presidio, spaCy-style). */
const ENTITY_KEYS_LIST = ['entity_group', 'entity_type', 'entityType', 'entity', 'pii_type', 'piiType'];
const ENTITY_KEYS: ReadonlySet<string> = new Set(ENTITY_KEYS_LIST);

const DESCRIPTOR_KEYS = new Set([
  'system',
  'type',
  'kind',
  // A FHIR claim's supportingInfo: {"category": {"coding": [{"code": "patientaccount"}]}, "valueString": …}.
  'category',
  'name',
  'key',
  'k',
  'field',
  'label',
  'attribute',
  'attr',
  'property',
  'url',
  'code',
  // An entity recognizer's output: {"entity_group": "PER", "word": …}, {"entity_type": "US_SSN", …}.
  ...ENTITY_KEYS_LIST,
]);
/**
 * A document's or a card's number beside the descriptor of what it is (`{"type": "drivers_license",
 * "number": "245682266", "state": "TX"}`): read as a value key when the object has none.
 */
const NUMBER_KEY = /^(?:number|no|num|nbr|identifier)$/i;
/**
 * Value keys; "got", "actual", "provided" hold the value an error or a validation reports for a
 * field; "word" holds an entity recognizer's entity ({"entity_group": "PER", "word": …}).
 */
const VALUE_KEY = /^(?:value(?:string|code|integer|identifier)?|val|v|got|actual|provided|word)$/i;
/**
 * A form's or a UI's labelled text (`{"label": "MRN", "text": "17-121-555"}`): "text" is a
 * value only beside a descriptor that labels it (a FHIR CodeableConcept's "text" beside its
 * "coding" is a description).
 */
const TEXT_KEY = 'text';
const LABEL_KEYS = new Set(['label', 'field', 'key', 'name', 'attribute']);
/**
 * A form's question and its answers (Google Forms' `{"title": "Emergency contact",
 * "textAnswers": {"answers": [{"value": …}]}}`, a survey's `{"question": …, "answer": …}`): the
 * question names what every answer under it is.
 */
const QUESTION_KEYS = new Set(['title', 'question', 'questiontext', 'prompt']);
const ANSWER_KEYS = new Set(['answer', 'answers', 'textanswers', 'response', 'responses', 'reply']);
const NAME_RULE: FieldRule = { type: 'name', ruleId: 'field:name' };

/** What a question asks for: a field its words name ("Date of birth"), or a name ("Full legal name?"). */
function questionRule(fields: FieldRules, question: string): FieldRule | undefined {
  const words = question.replace(/\s*\([^)]*\)|[?:*]+\s*$/g, '').trim();
  if (words.length === 0) return undefined;
  const rule = describedRule(fields, words);
  if (rule) return rule.shape === undefined ? rule : { type: rule.type, ruleId: rule.ruleId };
  return /(?:^|\s)name$/i.test(words) && words.length <= 40 ? NAME_RULE : undefined;
}

/** `meta` names the columns of a database's JSON result (`{"meta": [{"name": …}], "data": [[…]]}`). */
const COLUMN_KEYS = new Set([
  'columns',
  'headers',
  'header',
  'fields',
  'columnnames',
  'cols',
  'colnames',
  'meta',
]);
const ROW_KEYS = new Set(['rows', 'data', 'values', 'records', 'results', 'items', 'body']);

/** Identifier type codes (HL7 v2 table 0203, used by FHIR Identifier.type). */
const TYPE_CODES = new Map<string, PhiType>([
  ['mr', 'mrn'],
  ['mrn', 'mrn'],
  ['pi', 'mrn'],
  ['pt', 'mrn'],
  ['ss', 'ssn'],
  ['sb', 'ssn'],
  ['mb', 'health_plan'],
  ['mc', 'health_plan'],
  ['ma', 'health_plan'],
  ['sn', 'health_plan'],
  ['mbi', 'health_plan'],
  ['dl', 'license'],
  ['npi', 'license'],
  ['dea', 'license'],
  ['ln', 'license'],
  ['ppn', 'license'],
  ['an', 'account'],
  ['ban', 'account'],
  ['ei', 'other_id'],
  ['vn', 'other_id'],
  ['acsn', 'other_id'],
]);

/**
 * Entity labels of recognizers and their training sets (CoNLL's PER, Presidio's, the PII masking
 * sets' FIRSTNAME, VEHICLEVRM …) that no field name says: read, without a BIO prefix or
 * separators, from an entity key, or from a "label" or a "type" written in capitals. A place
 * (LOC, GPE, a state) may be a country, so only a county, a town or coordinates are read.
 */
const ENTITY_LABELS = new Map<string, PhiType>([
  ['per', 'name'],
  ['person', 'name'],
  ['name', 'name'],
  ['fullname', 'name'],
  ['patient', 'name'],
  ['doctor', 'name'],
  ['creditcardnumber', 'account'],
  ['creditcard', 'account'],
  ['bankaccount', 'account'],
  ['usbanknumber', 'account'],
  ['vehiclevrm', 'vehicle'],
  ['vehiclevin', 'vehicle'],
  ['licenseplate', 'vehicle'],
  ['mac', 'device'],
  ['macaddress', 'device'],
  ['phoneimei', 'device'],
  ['imei', 'device'],
  ['ipv4', 'ip'],
  ['ipv6', 'ip'],
  ['url', 'url'],
  ['buildingnumber', 'street_address'],
  ['secondaryaddress', 'street_address'],
  ['date', 'date'],
  ['dob', 'date'],
  ['nearbygpscoordinate', 'geo'],
  ['gpscoordinate', 'geo'],
  ['bitcoinaddress', 'other_id'],
  ['ethereumaddress', 'other_id'],
  ['litecoinaddress', 'other_id'],
]);

/** Capitals, figures and separators only: "B-PER", "VEHICLEVRM", "US_SSN". */
const CAPITAL_LABEL = /^[A-Z][A-Z0-9_-]*$/;

/** The rule an entity's label gives the entity ({"entity_group": "PER"}, {"label": "VEHICLEVIN"}). */
function entityLabelRule(fields: FieldRules, label: string): FieldRule | undefined {
  if (label.length > 40) return undefined;
  const bare = label.replace(/^[BIESLU]-/, '');
  const type = ENTITY_LABELS.get(bare.toLowerCase().replace(/[^a-z0-9]/g, ''));
  if (type) return { type, ruleId: `field:${type}` };
  const rule = describedRule(fields, bare);
  // The label says what the entity is: a shape a key's value must have is no condition here.
  return rule && { type: rule.type, ruleId: rule.ruleId };
}

function stringOf(node: JsonNode | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}

function entry(obj: JsonObject, key: string): JsonNode | undefined {
  for (const e of obj.entries) if (e.key.value === key) return e.value;
  return undefined;
}

function descriptorWords(v: string): string | undefined {
  if (v.length === 0 || v.length > 200) return undefined;
  const slash = Math.max(v.lastIndexOf('/'), v.lastIndexOf('#'));
  return slash >= 0 ? v.slice(slash + 1) : v;
}

/** A descriptor's words: "http://hl7.org/fhir/sid/us-ssn" → "us-ssn"; {"text": "MRN"} → "MRN". */
function descriptorText(node: JsonNode): string | undefined {
  if (node.kind === 'string') return descriptorWords(node.value);
  if (node.kind !== 'object') return undefined;
  const text = stringOf(entry(node, 'text'));
  if (text) return text;
  const coding = entry(node, 'coding');
  const first = coding?.kind === 'array' ? coding.items[0] : undefined;
  return first?.kind === 'object' ? stringOf(entry(first, 'code')) : undefined;
}

/**
 * A described value whose descriptor says where someone lives ({"name": "Home", "value":
 * "Fairhaven"}, a chat card's facts): a town when the value is a place's capitalized words (a
 * home phone or a yes/no stays).
 */
const PLACE_DESCRIPTORS = new Set(['home', 'hometown', 'residence', 'placeofresidence', 'lives', 'livesin']);
const PLACE_RULE: FieldRule = {
  type: 'geo',
  ruleId: 'field:geo',
  shape: /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,3}$/u,
};

function describedRule(fields: FieldRules, words: string): FieldRule | undefined {
  if (words.length > 48 || /\d{3}/.test(words)) return undefined;
  const lower = words.toLowerCase();
  const code = TYPE_CODES.get(lower);
  if (code) return { type: code, ruleId: `field:${code}` };
  if (PLACE_DESCRIPTORS.has(lower.replace(/[^a-z]/g, ''))) return PLACE_RULE;
  // "us-ssn", "home-phone": the last word may be what it is; "age-at-registration": the first.
  return (
    fields.ruleFor(words, undefined, []) ??
    fields.ruleFor(words.replace(/^[a-z]{2}-/i, ''), undefined, []) ??
    (/^[a-z]+-at-/i.test(words)
      ? fields.ruleFor(words.slice(0, words.indexOf('-')), undefined, [])
      : undefined)
  );
}

/**
 * The rule a descriptor pair read in JSON written as text gives the value beside it:
 * `"system": "http://hospital.example/sid/mrn"` → mrn. Only descriptor keys that name a
 * value's kind (system, type, name…) count.
 */
export function describedTextRule(
  fields: FieldRules,
  key: string,
  descriptor: string,
): FieldRule | undefined {
  if (!DESCRIPTOR_KEYS.has(key.toLowerCase())) return undefined;
  const words = descriptorWords(descriptor);
  return words === undefined ? undefined : describedRule(fields, words);
}

/** A label's colon ("Patient MRN:", "SSN #"), white space after it. */
const LABEL_END = /\s*[:#：]\s*$/;

/** Whether a text's last character other than a blank is a label's colon or number sign (a cheap look). */
function endsLikeLabel(text: string): boolean {
  let i = text.length - 1;
  while (i > 0 && text.charCodeAt(i) <= 0x20) i--;
  const c = text.charCodeAt(i);
  return c === 0x3a || c === 0x23 || c === 0xff1a;
}

/** The words of a lone label and whether it is strict (see `loneLabelRule`), or undefined. */
function loneLabel(label: JsonNode, colonOnly: boolean): { words: string; strict: boolean } | undefined {
  let words: string | undefined;
  let strict = false;
  if (label.kind === 'string') words = label.value;
  else if (!colonOnly && label.kind === 'object' && label.entries.length === 1) {
    const only = label.entries[0];
    if (only === undefined || !DESCRIPTOR_KEYS.has(only.key.value)) return undefined;
    words = stringOf(only.value);
    strict = true;
  }
  if (words === undefined || words.length < 2 || words.length > 40) return undefined;
  const colon = endsLikeLabel(words) ? LABEL_END.exec(words) : null;
  if (colon) return { words: words.slice(0, colon.index), strict: true };
  return colonOnly ? undefined : { words, strict };
}

/**
 * The value a lone label's rule reaches: a string or a number (with three digits at least
 * unless the label is strict), or an object holding nothing but a value (`{"v": …}`).
 */
function labelledValue(value: JsonNode, strict: boolean): boolean {
  if (value.kind === 'object') {
    const only = value.entries.length === 1 ? value.entries[0] : undefined;
    return (
      only !== undefined && keyRole(only.key.value) === KeyRole.Value && labelledValue(only.value, strict)
    );
  }
  if (value.kind === 'number') return strict || value.raw.length >= 3;
  if (value.kind !== 'string' || value.value.length > 80) return false;
  return strict || /(?:\D*\d){3}/.test(value.value);
}

/**
 * What a label standing alone says of the value after it, in the next item of an array or the
 * next entry of an object (`["MRN", 4471920]`, `[{"k": "SSN"}, {"v": "900-12-3456"}]`,
 * `"note": "MRN:", "n": 4471920`): the label is a string naming a field, or an object holding
 * nothing but a descriptor. A label that cannot be a mere word of a list (it ends in a colon,
 * or a descriptor key holds it) gives its rule to any value, another only to one with digits;
 * in an object (`colonOnly`) only a label ending in a colon counts.
 */
export function loneLabelRule(
  fields: FieldRules,
  label: JsonNode,
  next: JsonNode,
  colonOnly: boolean,
): FieldRule | undefined {
  const found = loneLabel(label, colonOnly);
  if (found === undefined || found.words.length < 2 || !labelledValue(next, found.strict)) return undefined;
  return describedRule(fields, found.words);
}

function columnName(node: JsonNode): string | undefined {
  if (node.kind === 'string') return node.value;
  if (node.kind !== 'object') return undefined;
  for (const k of ['name', 'label', 'title', 'field', 'header', 'key'])
    if (stringOf(entry(node, k))) return stringOf(entry(node, k));
  return undefined;
}

function tableColumns(fields: FieldRules, cols: JsonArray): (FieldRule | undefined)[] | undefined {
  const names = cols.items.map((c) => columnName(c) ?? '');
  let any = false;
  const rules = names.map((n) => {
    const rule = n.length > 0 ? fields.ruleFor(n, undefined, names) : undefined;
    if (rule) any = true;
    return rule;
  });
  return any ? rules : undefined;
}

/** Objects a query API nests its column list in (Databricks' manifest.schema, Snowflake's resultSetMetaData). */
const SCHEMA_HOLDERS = new Set(['manifest', 'schema', 'resultsetmetadata', 'metadata', 'meta']);
/** Column lists there besides COLUMN_KEYS: Snowflake's rowType. */
const NESTED_COLUMN_KEYS = new Set([...COLUMN_KEYS, 'rowtype']);
/** Objects a query API nests its rows in (Databricks' result, a paged result's pages). */
const ROW_HOLDERS = new Set(['result', 'results', 'page', 'pages', 'chunk', 'chunks']);
const NESTED_ROW_KEYS = new Set([...ROW_KEYS, 'data_array', 'dataarray']);

/** The first array under one of `keys` in `node`, through holder objects, at most `depth` levels down. */
function nestedArray(
  node: JsonNode,
  keys: ReadonlySet<string>,
  holders: ReadonlySet<string>,
  depth: number,
): JsonArray | undefined {
  if (node.kind !== 'object' || depth < 0) return undefined;
  for (const e of node.entries) {
    const k = e.key.value.toLowerCase();
    if (e.value.kind === 'array' && keys.has(k)) return e.value;
    if (holders.has(k)) {
      const found = nestedArray(e.value, keys, holders, depth - 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Arrays of rows under one of the row keys, through holder objects and arrays of pages. */
function nestedRows(node: JsonNode, depth: number, out: JsonArray[]): void {
  if (depth < 0) return;
  if (node.kind === 'array') {
    for (const item of node.items) nestedRows(item, depth - 1, out);
    return;
  }
  if (node.kind !== 'object') return;
  for (const e of node.entries) {
    const k = e.key.value.toLowerCase();
    if (e.value.kind === 'array' && NESTED_ROW_KEYS.has(k)) out.push(e.value);
    else if (ROW_HOLDERS.has(k)) nestedRows(e.value, depth - 1, out);
  }
}

const columnHolders = new Map<string, boolean>();

/** Whether a key holds a column list or an object a column list is nested in (keys repeat: computed once). */
function holdsColumns(key: string): boolean {
  let known = columnHolders.get(key);
  if (known === undefined) {
    const k = key.toLowerCase();
    known = SCHEMA_HOLDERS.has(k) || NESTED_COLUMN_KEYS.has(k);
    if (columnHolders.size < 10_000) columnHolders.set(key, known);
  }
  return known;
}

/**
 * A query result whose column names and rows stand apart, each nested in its own part
 * (Databricks' `{"manifest": {"schema": {"columns": […]}}, "result": {"data_array": [[…]]}}`,
 * Snowflake's `resultSetMetaData.rowType` over `data`, BigQuery's `schema.fields` over
 * `rows[].f[].v`, rows in pages): each column's rule, and the arrays of rows. Undefined when
 * the object holds no such parts or its columns name no identifier.
 */
export function nestedTable(
  fields: FieldRules,
  obj: JsonObject,
): { columns: (FieldRule | undefined)[]; rows: JsonArray[] } | undefined {
  let holder = false;
  for (const e of obj.entries) if (holdsColumns(e.key.value)) holder = true;
  if (!holder) return undefined;
  const cols = nestedArray(obj, NESTED_COLUMN_KEYS, SCHEMA_HOLDERS, 2);
  const columns = cols && tableColumns(fields, cols);
  if (!columns) return undefined;
  const rows: JsonArray[] = [];
  nestedRows(obj, 3, rows);
  return rows.length > 0 ? { columns, rows } : undefined;
}

/**
 * A DICOM JSON attribute (`"00100020": {"vr": "LO", "Value": ["M2193610"]}`): the rule of its
 * `Value` by its tag and value representation, or undefined.
 */
export function dicomAttributeRule(tag: string, obj: JsonObject): FieldRule | undefined {
  if (tag.length !== 8) return undefined;
  const vr = stringOf(entry(obj, 'vr'));
  const type = vr === undefined ? undefined : dicomJsonType(tag, vr);
  return type === undefined ? undefined : { type, ruleId: 'dicom_json' };
}

/**
 * A grid whose first row names its columns (`[["MRN", "Patient", "City"], ["…", "…", "…"]]`, a
 * spreadsheet's values): the rule of each column, or undefined when the first row names no
 * identifier or the array is not a grid.
 */
export function headerRowColumns(fields: FieldRules, grid: JsonArray): (FieldRule | undefined)[] | undefined {
  const header = grid.items[0];
  if (grid.items.length < 2 || header?.kind !== 'array' || header.items.length < 2) return undefined;
  for (const cell of header.items) if (cell.kind !== 'string' || cell.value.length > 48) return undefined;
  for (const row of grid.items) if (row.kind !== 'array') return undefined;
  return tableColumns(fields, header);
}

/** Keys of a cell's text in a row of cells (Notion's rich text, Smartsheet's and Sheets' cells). */
export const CELL_TEXT_KEYS = new Set([
  'plain_text',
  'text',
  'content',
  'value',
  'displayValue',
  'formattedValue',
  // BigQuery's cell: {"v": …}.
  'v',
]);
/** Keys holding a row's cells. */
const CELLS_KEYS = new Set(['cells', 'cellValues', 'f']);
/** Keys holding a header's or a row's plain values, each in an object of its own (`[{"header": […]}, {"row": […]}]`). */
const LINE_KEYS = new Set(['header', 'headers', 'columns', 'row', 'values']);

function isScalars(node: JsonArray): boolean {
  return node.items.every((i) => i.kind === 'string' || i.kind === 'number' || i.kind === 'literal');
}

/**
 * The cells of a table row written as an object: `{"cells": […]}`, `{"row": ["…", "…"]}`, or
 * one object down as a block API types its blocks (`{"type": "table_row", "table_row":
 * {"cells": […]}}`).
 */
export function rowCells(row: JsonNode): JsonArray | undefined {
  if (row.kind !== 'object') return undefined;
  for (const e of row.entries) {
    const v = e.value;
    if (v.kind === 'array' && (CELLS_KEYS.has(e.key.value) || (LINE_KEYS.has(e.key.value) && isScalars(v))))
      return v;
    if (v.kind === 'object' && v.entries.length <= 4)
      for (const f of v.entries) if (f.value.kind === 'array' && CELLS_KEYS.has(f.key.value)) return f.value;
  }
  return undefined;
}

/** A cell's text: the string, or its rich text runs' text joined; undefined when it holds none. */
function cellText(cell: JsonNode, depth = 0): string | undefined {
  if (cell.kind === 'string') return cell.value;
  if (depth > 3) return undefined;
  if (cell.kind === 'array') {
    let text = '';
    for (const item of cell.items) text += cellText(item, depth + 1) ?? '';
    return text;
  }
  if (cell.kind !== 'object') return undefined;
  for (const e of cell.entries)
    if (CELL_TEXT_KEYS.has(e.key.value)) {
      const text = cellText(e.value, depth + 1);
      if (text !== undefined) return text;
    }
  return undefined;
}

/**
 * A table whose rows are sibling items of an array (a page's blocks: `table_row` after
 * `table_row`, paragraphs around them) and whose first row names its columns: the index of that
 * row and each column's rule, or undefined when no such header names an identifier. The rows
 * after the header, up to the first item that is no row, are its body.
 */
export function siblingRowColumns(
  fields: FieldRules,
  items: readonly JsonNode[],
): { header: number; columns: (FieldRule | undefined)[] } | undefined {
  for (let i = 0; i < items.length - 1; i++) {
    const cells = rowCells(items[i] as JsonNode);
    if (cells === undefined) continue;
    const names: string[] = [];
    for (const cell of cells.items) {
      const name = cellText(cell);
      if (name === undefined || name.length === 0 || name.length > 48 || /\d{3}/.test(name)) return undefined;
      names.push(name);
    }
    if (names.length < 2) return undefined;
    const columns = names.map((n) => fields.ruleFor(n, undefined, names));
    return columns.some((r) => r !== undefined) ? { header: i, columns } : undefined;
  }
  return undefined;
}

/**
 * "plan", "insurance", "coverage" also name care plans and yes/no answers: such a key holds a
 * health plan's member or policy number when its value is shaped like one ("W260846074",
 * "3809 47645 8").
 */
const PLAN_KEYS = new Set(['plan', 'insurance', 'ins', 'coverage', 'insuranceplan', 'healthplan', 'payer']);
const PLAN_NUMBER =
  /^(?:(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9-]{4,19}|(?=(?:\D*\d){8})\d{2,5}(?: \d{1,6}){1,3})$/;
const PLAN_RULE: FieldRule = { type: 'health_plan', ruleId: 'field:health_plan' };

export function planNumberRule(key: string, value: string): FieldRule | undefined {
  return isPlanKey(key) && PLAN_NUMBER.test(value) ? PLAN_RULE : undefined;
}

/** Whether a key or label names a health plan or an insurance ("Insurance", "INS", "payer"). */
export function isPlanKey(key: string): boolean {
  return PLAN_KEYS.has(key.toLowerCase().replace(/[^a-z]/g, ''));
}

/** FHIR resources about one person: a patient, someone close to them, a clinician (not organisations). */
const PERSON_RESOURCES = new Set(['Patient', 'Person', 'RelatedPerson', 'Practitioner']);
/**
 * FHIR resources about a patient's money: their id, unless a server's random UUID, is the
 * payer's or provider's own number for it (a claim number, a policy, an account).
 */
const FINANCIAL_RESOURCES = new Set([
  'Claim',
  'ClaimResponse',
  'Coverage',
  'CoverageEligibilityRequest',
  'CoverageEligibilityResponse',
  'ExplanationOfBenefit',
  'Account',
  'Invoice',
]);

function identifiesItsSubject(type: string, obj: JsonObject): boolean {
  if (PERSON_RESOURCES.has(type)) return true;
  if (!FINANCIAL_RESOURCES.has(type)) return false;
  const id = stringOf(entry(obj, 'id'));
  return id !== undefined && /\d/.test(id) && !UUID.test(id);
}
const RESOURCE_ID_RULE: FieldRule = { type: 'other_id', ruleId: 'field:resource_id' };

/**
 * A JSON Patch operation's target (RFC 6902: `{"op": "replace", "path": "/name/0/family",
 * "value": …}`): the pointer's last segment that is not an array index names the value.
 */
function patchTarget(obj: JsonObject, path: JsonNode): { key: string; parent?: string } | undefined {
  const pointer = stringOf(path);
  if (pointer === undefined || !pointer.startsWith('/') || stringOf(entry(obj, 'op')) === undefined)
    return undefined;
  const segments = pointer.split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const named = (i: number): boolean => !/^(?:\d+|-)$/.test(segments[i] as string);
  for (let i = segments.length - 1; i > 0; i--) {
    if (!named(i)) continue;
    let p = i - 1;
    while (p > 0 && !named(p)) p--;
    return { key: segments[i] as string, parent: p > 0 ? segments[p] : undefined };
  }
  return undefined;
}

/** The rule of a patch's target: its field's ("/birthDate"), or its parent's for a generic one ("/telecom/0/value"). */
function patchRule(fields: FieldRules, target: { key: string; parent?: string }): FieldRule | undefined {
  return (
    describedRule(fields, target.key) ??
    (target.parent === undefined ? undefined : fields.ruleFor(target.key, target.parent, []))
  );
}

enum KeyRole {
  None,
  PatchPath,
  Value,
  Number,
  Descriptor,
  Columns,
  Rows,
  ResourceType,
  Plan,
  Text,
}
const roles = new Map<string, KeyRole>();

/** What a key can be in these shapes (keys repeat in every frame: computed once). */
function keyRole(key: string): KeyRole {
  let role = roles.get(key);
  if (role !== undefined) return role;
  const lk = key.toLowerCase();
  if (key === 'resourceType') role = KeyRole.ResourceType;
  else if (key === 'path') role = KeyRole.PatchPath;
  else if (key === TEXT_KEY) role = KeyRole.Text;
  else if (VALUE_KEY.test(key)) role = KeyRole.Value;
  else if (NUMBER_KEY.test(key)) role = KeyRole.Number;
  else if (DESCRIPTOR_KEYS.has(key)) role = KeyRole.Descriptor;
  else if (COLUMN_KEYS.has(lk)) role = KeyRole.Columns;
  else if (ROW_KEYS.has(lk)) role = KeyRole.Rows;
  else if (PLAN_KEYS.has(lk.replace(/[^a-z]/g, ''))) role = KeyRole.Plan;
  else role = KeyRole.None;
  if (roles.size < 10_000) roles.set(key, role);
  return role;
}

/** A FHIR reference to a person: `Patient/123`, `https://…/fhir/Practitioner/abc`. */
const PERSON_REFERENCE = /(?:^|\/)(?:Patient|Practitioner|RelatedPerson|Person)\/[^/\s]+$/;

/**
 * `{"reference": "Patient/123", "display": "Ann Roe"}`: a FHIR reference's display is the name of
 * the person it points at (a reference to an Organization or a Medication stays as it is).
 */
function personReference(obj: JsonObject): ObjectShape | undefined {
  if (obj.entries.length > 6) return undefined;
  let display: string | undefined;
  let person = false;
  for (const e of obj.entries) {
    const k = e.key.value;
    if (k === 'display' && e.value.kind === 'string') display = k;
    else if (k === 'reference' && e.value.kind === 'string') person = PERSON_REFERENCE.test(e.value.value);
  }
  return display !== undefined && person ? { valueKey: display, valueRule: NAME_RULE } : undefined;
}

/**
 * A CRM record (Salesforce's `{"attributes": {"type": "Claim__c", …}, "Name": "WC-04-18620"}`):
 * its Name is the record's number when it is shaped like one (a claim's, a case's, an
 * authorisation's), letters and digits without a blank, five digits at least in a run.
 */
const RECORD_NUMBER = /^(?=[A-Za-z0-9][A-Za-z0-9-]{4,23}$).*\d{5}/;
const RECORD_NAME_RULE: FieldRule = { type: 'other_id', ruleId: 'field:record_name' };

function isCrmRecordAttributes(key: string, value: JsonNode): boolean {
  return key === 'attributes' && value.kind === 'object' && stringOf(entry(value, 'type')) !== undefined;
}

/**
 * A biometric template's reference beside the capture it was made from (`{"method":
 * "palm_vein", "templateRef": "VP-611077-FM"}`, `{"modality": "face", "templateId": …}`).
 */
const TEMPLATE_KEYS = new Set([
  'template',
  'templateid',
  'templateref',
  'templatehash',
  'tmpl',
  'enrollmentref',
]);
const BIOMETRIC_SOURCE =
  /(?:^|[^a-z])(?:finger|face|facial|iris|retina|retinal|palm|voice|thumb|vein|biometric)/i;
const BIOMETRIC_RULE: FieldRule = { type: 'biometric', ruleId: 'field:biometric' };

function templateKey(key: string): boolean {
  return TEMPLATE_KEYS.has(key.toLowerCase().replace(/[^a-z]/g, ''));
}

/** What an object's neighbours say about its values, or undefined (most objects). */
export function objectShape(fields: FieldRules, obj: JsonObject): ObjectShape | undefined {
  const reference = personReference(obj);
  if (reference) return reference;
  let valueKey: string | undefined;
  // Descriptor nodes, read only when the object has a value key; a patch's target's rule.
  const descriptors: JsonNode[] = [];
  let patched: FieldRule | undefined;
  let numberKey: string | undefined;
  let columns: JsonArray | undefined;
  let rowsKey: string | undefined;
  let ownId = false;
  let planKey: string | undefined;
  let textKey = false;
  let labelled = false;
  let question: string | undefined;
  let answerKey: string | undefined;
  let crmRecord = false;
  let template: string | undefined;
  let biometricSource = false;
  let entityLabel: string | undefined;
  for (const e of obj.entries) {
    const k = e.key.value;
    const lower = k.toLowerCase();
    if (isCrmRecordAttributes(k, e.value)) crmRecord = true;
    else if (e.value.kind === 'string' && /\d/.test(e.value.value) && templateKey(k)) template = k;
    else if (e.value.kind === 'string' && e.value.value.length <= 40 && BIOMETRIC_SOURCE.test(e.value.value))
      biometricSource = true;
    if (QUESTION_KEYS.has(lower)) question = stringOf(e.value);
    else if (ANSWER_KEYS.has(lower) && e.value.kind !== 'literal') answerKey = k;
    const role = keyRole(k);
    if (role === KeyRole.None) continue;
    if (role === KeyRole.ResourceType) {
      const type = stringOf(e.value);
      if (type !== undefined && identifiesItsSubject(type, obj)) ownId = true;
    } else if (role === KeyRole.Plan) {
      const value = stringOf(e.value);
      if (value !== undefined && planNumberRule(k, value)) planKey = k;
    } else if (role === KeyRole.PatchPath) {
      const target = patchTarget(obj, e.value);
      if (target !== undefined) patched = patchRule(fields, target);
    } else if (role === KeyRole.Value) valueKey = k;
    else if (role === KeyRole.Number) numberKey = k;
    else if (role === KeyRole.Text) textKey = true;
    else if (role === KeyRole.Descriptor) {
      descriptors.push(e.value);
      if (LABEL_KEYS.has(k)) labelled = true;
      const label = stringOf(e.value);
      if (label !== undefined && (ENTITY_KEYS.has(k) || CAPITAL_LABEL.test(label))) entityLabel = label;
    } else if (e.value.kind === 'array') {
      if (role === KeyRole.Columns) columns = e.value;
      else rowsKey = k;
    }
  }
  if (valueKey === undefined && textKey && labelled) valueKey = TEXT_KEY;
  if (valueKey === undefined && descriptors.length > 0) valueKey = numberKey;
  if (question !== undefined && answerKey !== undefined && valueKey === undefined) {
    const rule = questionRule(fields, question);
    if (rule) return { valueKey: answerKey, valueRule: rule };
  }
  if (template !== undefined && biometricSource) return { valueKey: template, valueRule: BIOMETRIC_RULE };
  const recordName = crmRecord ? stringOf(entry(obj, 'Name')) : undefined;
  if (recordName !== undefined && RECORD_NUMBER.test(recordName))
    return { valueKey: 'Name', valueRule: RECORD_NAME_RULE };
  if (valueKey === undefined && rowsKey === undefined && !ownId && planKey === undefined) return undefined;
  const shape: ObjectShape = {};
  if (ownId && entry(obj, 'id') !== undefined) {
    shape.idKey = 'id';
    shape.idRule = RESOURCE_ID_RULE;
  }
  if (valueKey !== undefined && patched !== undefined) {
    shape.valueKey = valueKey;
    shape.valueRule = patched;
  } else if (valueKey !== undefined) {
    // A place descriptor ("type": "home") yields to one naming what the value is ("system": "phone").
    let place: FieldRule | undefined;
    for (const d of descriptors) {
      const words = descriptorText(d);
      const rule = words === undefined ? undefined : describedRule(fields, words);
      if (rule === PLACE_RULE) place = rule;
      else if (rule) {
        shape.valueKey = valueKey;
        shape.valueRule = rule;
        break;
      }
    }
    if (shape.valueRule === undefined && place) {
      shape.valueKey = valueKey;
      shape.valueRule = place;
    }
    const entityRule =
      shape.valueRule === undefined && entityLabel !== undefined
        ? entityLabelRule(fields, entityLabel)
        : undefined;
    if (entityRule) {
      shape.valueKey = valueKey;
      shape.valueRule = entityRule;
    }
  }
  if (shape.valueRule === undefined && planKey !== undefined) {
    shape.valueKey = planKey;
    shape.valueRule = PLAN_RULE;
  }
  if (columns && rowsKey !== undefined) {
    const rules = tableColumns(fields, columns);
    if (rules) {
      shape.rowsKey = rowsKey;
      shape.columns = rules;
    }
  }
  return shape.valueRule || shape.columns || shape.idRule ? shape : undefined;
}
