/**
 * MCP-aware traversal of a parsed JSON text. A JSON-RPC message keeps its envelope's shape
 * (jsonrpc, a number id, a protocol method and every key as written; a string id, or a method
 * or a tool's name that carries an identifier, masked and still a string: stored copies hold
 * every field a client chose masked); what it carries is masked by what it is: tool arguments,
 * prompt arguments and structured results as data (field rules + detection), content blocks
 * by type (text — JSON inside text is parsed, masked and re-serialized — image and audio data
 * and resource blobs redacted unless their media type is allowed, embedded resources, resource
 * links), protocol descriptions (tool lists, schemas, client info) by detection only. Anything
 * that is not a JSON-RPC message is data.
 */
import { bareNumberUnder, isBlankKey } from './bare-numbers';
import type { CompiledRules } from './compiled-rules';
import { isDicomDeviceTag } from './detectors/format-keeps';
import {
  CELL_TEXT_KEYS,
  dicomAttributeRule,
  headerRowColumns,
  loneLabelRule,
  nestedTable,
  objectShape,
  planNumberRule,
  rowCells,
  siblingRowColumns,
} from './detectors/json-shapes';
import { isOrganisationName } from './detectors/organisations';
import { urlParts } from './detectors/url-parts';
import { isSystemUuid } from './detectors/uuid';
import type { FieldRule } from './field-rules';
import {
  FieldRules,
  isMakeKey,
  isProtocolKey,
  isReceiptKey,
  isSystemTimeKey,
  isVersionKey,
  ruleHolds,
} from './field-rules';
import {
  type JsonArray,
  type JsonEntry,
  type JsonNode,
  type JsonNumber,
  type JsonObject,
  type JsonString,
  parseJsonTree,
} from './json-tree';
import { LazyPath } from './lazy-path';
import type { LeafEdit, MaskingSession, Pending } from './masking-session';
import { maskSeams, numberedKeys, type SeamLeaf } from './seams';
import { carryTableHeaders } from './table-seams';
import { carryFieldNames } from './tree-name-repeats';
import type { PhiType } from './types';

const ENVELOPE = new Set(['jsonrpc', 'id', 'method']);
/** Result keys holding protocol objects (detection on free text only). */
const PROTOCOL_RESULT_KEYS = new Set([
  'tools',
  'prompts',
  'resources',
  'resourceTemplates',
  'capabilities',
  'serverInfo',
  '_meta',
  'roots',
]);
/** Result keys holding protocol values, left as they are. */
const KEPT_RESULT_KEYS = new Set([
  'isError',
  'resultType',
  'nextCursor',
  'model',
  'stopReason',
  'role',
  'action',
  'protocolVersion',
]);
const SYSTEM_TIME: ReadonlySet<PhiType> = new Set(['date']);
/** A version's key: its dotted numbers are neither an IP address nor a date. */
const VERSION: ReadonlySet<PhiType> = new Set(['date', 'ip']);
/** A make's or a model's key: its words name a maker, not a person or a place. */
const MAKE: ReadonlySet<PhiType> = new Set(['name', 'geo']);
/** Keys in protocol objects whose values are names of protocol things, not people. */
const PROTOCOL_NAMES = new Set([
  'name',
  'title',
  'type',
  'mimeType',
  'role',
  'model',
  'version',
  'protocolVersion',
  'resultType',
  'action',
  'progressToken',
  'cursor',
  'nextCursor',
  'traceparent',
  'tracestate',
  'level',
  'logger',
  'stopReason',
]);

interface Ctx {
  rules: CompiledRules;
  session: MaskingSession;
  edits: LeafEdit[];
  /** The cells of table rows whose columns a header named: each cell's rule by its index. */
  cellRules?: WeakMap<JsonArray, readonly (FieldRule | undefined)[]>;
}

/** A key's value is a receipt's stamp when it is a date-time alone (see `isReceiptKey`). */
const RECEIPT = 'receipt';
/** A key's value is a protocol's revision when it is a calendar date alone (see `isProtocolKey`). */
const PROTOCOL = 'protocol';
const REVISION_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const keySkips = new Map<string, ReadonlySet<PhiType> | typeof RECEIPT | typeof PROTOCOL | null>();
/** A date-time and nothing else, its time of day written: "2025-12-15 10:21", "2023-02-12T20:01:00Z". */
const DATE_TIME_ONLY = /^(?=.*\d:\d\d)[\d \t/.:TZ+-]{10,32}(?: ?(?:UTC|GMT|[AaPp][Mm]))?$/;

/**
 * Types a key's value is not (a system time's, a version's, a receipt's stamp when the value is
 * a date-time alone), the key's kind found once per key (keys repeat in every frame).
 */
function skipsOf(key: string, value: string): ReadonlySet<PhiType> | undefined {
  let known = keySkips.get(key);
  if (known === undefined) {
    known = isVersionKey(key)
      ? VERSION
      : isSystemTimeKey(key)
        ? SYSTEM_TIME
        : isMakeKey(key)
          ? MAKE
          : isReceiptKey(key)
            ? RECEIPT
            : isProtocolKey(key)
              ? PROTOCOL
              : null;
    if (keySkips.size < 10_000) keySkips.set(key, known);
  }
  if (known === RECEIPT) return value.length <= 40 && DATE_TIME_ONLY.test(value) ? SYSTEM_TIME : undefined;
  if (known === PROTOCOL) return REVISION_ONLY.test(value) ? VERSION : undefined;
  return known ?? undefined;
}

function entryValue(obj: JsonObject, key: string): JsonNode | undefined {
  for (let i = obj.entries.length - 1; i >= 0; i--)
    if (obj.entries[i]?.key.value === key) return obj.entries[i]?.value;
  return undefined;
}

function stringOf(obj: JsonObject, key: string): string | undefined {
  const v = entryValue(obj, key);
  return v?.kind === 'string' ? v.value : undefined;
}

/** Masks a whole JSON text; returns its edits (offsets in `text`), or undefined when it is not JSON. */
export function walkJsonText(
  ctx: Omit<Ctx, 'edits'>,
  text: string,
  rootPath: string,
): LeafEdit[] | undefined {
  const root = parseJsonTree(text);
  return root === undefined ? undefined : walkTree(ctx.rules, ctx.session, root, LazyPath.root(rootPath));
}

function walkTree(
  rules: CompiledRules,
  session: MaskingSession,
  root: JsonNode,
  rootPath: LazyPath,
): LeafEdit[] {
  const c: Ctx = { rules, session, edits: [] };
  if (isRpc(root)) message(c, root as JsonObject, rootPath);
  else if (root.kind === 'array' && root.items.length > 0 && root.items.every(isRpc)) {
    for (let i = 0; i < root.items.length; i++) message(c, root.items[i] as JsonObject, rootPath.item(i));
  } else data(c, root, rootPath, undefined, undefined, undefined);
  carryFieldNames(rules, session, root, rootPath, c.edits);
  return c.edits;
}

function isRpc(node: JsonNode): boolean {
  if (node.kind !== 'object') return false;
  for (const e of node.entries) if (e.key.value === 'jsonrpc') return true;
  return false;
}

function message(c: Ctx, obj: JsonObject, path: LazyPath): void {
  const method = stringOf(obj, 'method');
  for (const e of obj.entries) {
    const key = e.key.value;
    const p = path.key(key);
    if (ENVELOPE.has(key)) {
      // The client chose a string id and a method name: either may carry what an argument can
      // ("id": "900-12-3456"). Masked, they stay strings; the version and a number id stay as written.
      if (key === 'id' || (key === 'method' && !isProtocolMethod(e.value))) identifierLeaf(c, e.value, p);
      continue;
    }
    if (key === 'params') params(c, method, e.value, p);
    else if (key === 'result') result(c, e.value, p);
    else if (key === 'error' && e.value.kind === 'object') {
      for (const f of e.value.entries) {
        // The protocol's integer code is kept; a code of another kind is data like any other.
        if (f.key.value === 'code' && f.value.kind === 'number') continue;
        if (f.key.value === 'message') text(c, f.value, p.key('message'));
        else data(c, f.value, p.key(f.key.value), f.key.value, 'error', undefined);
      }
    } else data(c, e.value, p, key, undefined, undefined);
  }
}

function params(c: Ctx, method: string | undefined, node: JsonNode, path: LazyPath): void {
  if (node.kind !== 'object') {
    data(c, node, path, 'params', undefined, undefined);
    return;
  }
  let siblings: string[] | undefined;
  for (const e of node.entries) {
    const key = e.key.value;
    const p = path.key(key);
    if (key === '_meta') protocol(c, e.value, p);
    else if (key === 'name' && (method === 'tools/call' || method === 'prompts/get'))
      identifierLeaf(c, e.value, p);
    else if (key === 'messages') messages(c, e.value, p);
    else if (key === 'content') content(c, e.value, p);
    else if (key === 'systemPrompt' || key === 'message') text(c, e.value, p);
    else if (
      key === 'requestedSchema' ||
      key === 'capabilities' ||
      key === 'clientInfo' ||
      key === 'serverInfo'
    )
      protocol(c, e.value, p);
    else if (key === 'uri' || key === 'ref') protocol(c, e.value, p);
    else {
      siblings ??= siblingsOf(node);
      data(c, e.value, p, key, 'params', siblings);
    }
  }
}

function result(c: Ctx, node: JsonNode, path: LazyPath): void {
  if (node.kind !== 'object') {
    data(c, node, path, 'result', undefined, undefined);
    return;
  }
  let siblings: string[] | undefined;
  for (const e of node.entries) {
    const key = e.key.value;
    if (KEPT_RESULT_KEYS.has(key)) continue;
    const p = path.key(key);
    if (key === 'content') content(c, e.value, p);
    else if (key === 'contents') each(c, e.value, p, resourceContents);
    else if (key === 'messages') messages(c, e.value, p);
    else if (key === 'structuredContent') data(c, e.value, p, undefined, undefined, undefined);
    else if (PROTOCOL_RESULT_KEYS.has(key)) protocol(c, e.value, p);
    else {
      siblings ??= siblingsOf(node);
      data(c, e.value, p, key, 'result', siblings);
    }
  }
}

/** Calls `fn` for each item of an array (or for a lone value). */
function each(
  c: Ctx,
  node: JsonNode,
  path: LazyPath,
  fn: (c: Ctx, item: JsonNode, path: LazyPath) => void,
): void {
  if (node.kind !== 'array') {
    fn(c, node, path);
    return;
  }
  for (let i = 0; i < node.items.length; i++) fn(c, node.items[i] as JsonNode, path.item(i));
}

function oneMessage(c: Ctx, m: JsonNode, path: LazyPath): void {
  if (m.kind !== 'object') {
    data(c, m, path, undefined, undefined, undefined);
    return;
  }
  for (const e of m.entries) {
    const p = path.key(e.key.value);
    if (e.key.value === 'content') content(c, e.value, p);
    else if (e.key.value !== 'role') data(c, e.value, p, e.key.value, undefined, undefined);
  }
}

function messages(c: Ctx, node: JsonNode, path: LazyPath): void {
  each(c, node, path, oneMessage);
}

function content(c: Ctx, node: JsonNode, path: LazyPath): void {
  each(c, node, path, contentBlock);
  // A value cut across text blocks; a name cut in two is read too when the blocks are few; a
  // table's rows read after the header that closed an earlier block.
  if (node.kind === 'array' && node.items.length > 1) {
    const blocks = textBlocks(node, path);
    maskSeams(c.session, blocks, c.edits, node.items.length <= 16);
    carryTableHeaders(c.session, blocks, c.edits);
  }
}

function contentBlock(c: Ctx, block: JsonNode, path: LazyPath): void {
  if (block.kind !== 'object') {
    data(c, block, path, undefined, undefined, undefined);
    return;
  }
  const type = stringOf(block, 'type');
  const mime = stringOf(block, 'mimeType');
  let siblings: string[] | undefined;
  for (const e of block.entries) {
    const key = e.key.value;
    if (key === 'type' || key === 'mimeType') continue;
    const p = path.key(key);
    if (key === 'annotations' || key === '_meta') blockMeta(c, key, e.value, p);
    else if (key === 'text') text(c, e.value, p);
    else if (key === 'data' && (type === 'image' || type === 'audio'))
      binary(c, e.value, p, mime, type === 'image' ? 'photo' : 'biometric');
    else if (key === 'resource') resourceContents(c, e.value, p);
    else if (
      type === 'resource_link' &&
      (key === 'uri' || key === 'name' || key === 'title' || key === 'description')
    )
      text(c, e.value, p);
    else {
      siblings ??= siblingsOf(block);
      data(c, e.value, p, key, undefined, siblings);
    }
  }
}

function resourceContents(c: Ctx, node: JsonNode, path: LazyPath): void {
  if (node.kind !== 'object') {
    data(c, node, path, undefined, undefined, undefined);
    return;
  }
  const mime = stringOf(node, 'mimeType');
  for (const e of node.entries) {
    const key = e.key.value;
    if (key === 'mimeType') continue;
    const p = path.key(key);
    if (key === 'annotations' || key === '_meta') blockMeta(c, key, e.value, p);
    else if (key === 'blob') binary(c, e.value, p, mime, mime?.startsWith('audio/') ? 'biometric' : 'photo');
    else text(c, e.value, p);
  }
}

/** The annotations the protocol defines: who a block is for, its priority, when it changed. */
const STANDARD_ANNOTATIONS = new Set(['audience', 'priority', 'lastModified']);

/**
 * A block's `_meta` and `annotations` are protocol objects (detection on free text), but a server
 * may put anything there: only the standard annotations are left as they are.
 */
function blockMeta(c: Ctx, key: string, node: JsonNode, path: LazyPath): void {
  if (key === '_meta' || node.kind !== 'object') {
    protocol(c, node, path);
    return;
  }
  for (const e of node.entries)
    if (!STANDARD_ANNOTATIONS.has(e.key.value))
      protocol(c, e.value, path.key(maskKey(c, e.key, path, node, undefined)));
}

function binary(c: Ctx, node: JsonNode, path: LazyPath, mime: string | undefined, type: PhiType): void {
  if (node.kind !== 'string' || node.value.length === 0) return;
  if (mime && c.rules.allowMedia.has(mime.toLowerCase())) return;
  const spans = c.session.whole(node.value, type, 'binary_media');
  c.edits.push({ start: node.start, end: node.end, path: path.toString(), value: node.value, spans });
}

/**
 * Protocol objects: no field rules (a tool's `name` is not a person), detection on free text; a
 * tool's or a prompt's name is read as an identifier (`get_900-12-3456`), and the values a JSON
 * Schema gives a property (see `schemaProperties`) as that property's values.
 */
function protocol(c: Ctx, node: JsonNode, path: LazyPath): void {
  if (node.kind === 'object') {
    for (const e of node.entries) {
      const key = e.key.value;
      if (PROTOCOL_NAMES.has(key) && e.value.kind === 'string' && !/\s/.test(e.value.value)) {
        if (NAMED_IDENTIFIERS.has(key)) identifierLeaf(c, e.value, path.key(key));
        continue;
      }
      const p = path.key(maskKey(c, e.key, path, node, undefined));
      const field = e.value.kind === 'string' || e.value.kind === 'number' ? e.value : undefined;
      const rule = field ? protocolFieldRule(c, key, field) : undefined;
      if (field && rule) {
        const value = field.kind === 'string' ? field.value : field.raw;
        const spans = wholeValue(c.session, value, rule);
        c.edits.push({ start: field.start, end: field.end, path: p.toString(), value, spans });
      } else if (key === 'properties' && e.value.kind === 'object')
        schemaProperties(c, e.value, p, undefined);
      // A protocol field's key still says what its value is not ("…/protocolVersion": "2026-07-28").
      else if (e.value.kind === 'string') detectLeaf(c, e.value, p, skipsOf(key, e.value.value));
      else protocol(c, e.value, p);
    }
  } else if (node.kind === 'array') {
    for (let i = 0; i < node.items.length; i++) protocol(c, node.items[i] as JsonNode, path.item(i));
  } else if (node.kind === 'string') detectLeaf(c, node, path, undefined);
}

/**
 * The kinds of number a key of a protocol object can name as it names a record's field: a
 * server may tuck a record into `_meta` (`{"ssn": "900123456"}`), where no label is read from
 * free text. Names, places and dates stay with detection (a tool's `name`, a stamp's `created`).
 */
const PROTOCOL_FIELD_TYPES: ReadonlySet<PhiType> = new Set(
  'ssn mrn health_plan account license vehicle phone fax email'.split(' ') as PhiType[],
);

/** The field rule of a protocol object's key over a string or a number it holds, if one holds. */
function protocolFieldRule(c: Ctx, key: string, node: JsonString | JsonNumber): FieldRule | undefined {
  const rule = c.rules.fields.ruleFor(key, undefined, []);
  if (rule === undefined || !PROTOCOL_FIELD_TYPES.has(rule.type)) return undefined;
  const value = node.kind === 'string' ? node.value : node.raw;
  return /[\d@]/.test(value) && ruleHolds(rule, value) ? rule : undefined;
}

/** Protocol names a client or a server chooses freely: a tool's, a prompt's, a resource's. */
const NAMED_IDENTIFIERS: ReadonlySet<string> = new Set(['name', 'title']);
/**
 * A method the protocol defines or one written like them: words and slashes, no digit
 * ("tools/call", "notifications/tools/list_changed"); any other is read for identifiers.
 */
const PROTOCOL_METHOD = /^[A-Za-z]+(?:[/_.][A-Za-z]+)*$/;

/** A date with its time of day, as a system stamps what it sends. */
const STAMPED = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d/;

function isProtocolMethod(node: JsonNode): boolean {
  return node.kind !== 'string' || (node.value.length <= 64 && PROTOCOL_METHOD.test(node.value));
}

/**
 * A name or an id written as an identifier: read with its underscores as blanks, so the words
 * glued into it are read as words (`ssn_900123456`, `lookup_mary_quellwood`); a number stays.
 */
function identifierLeaf(c: Ctx, node: JsonNode, path: LazyPath): void {
  if (node.kind !== 'string' || node.value.length < 2) return;
  const value = node.value;
  const read = value.includes('_') ? value.replaceAll('_', ' ') : value;
  // "2024-11-27T10:00:00Z-7": a request stamped with the time it was sent, no one's date.
  const skip = STAMPED.test(value) ? SYSTEM_TIME : undefined;
  const blanked = c.session.detect(read, skip);
  // Read as written too: a custom rule is written against the name the client sent ('get_patient').
  const spans = read === value ? blanked : unionOfReadings(c.session.detect(value, skip), blanked);
  if (spans.length > 0)
    c.edits.push({ start: node.start, end: node.end, path: path.toString(), value, spans });
}

/**
 * The spans of two readings of one string of the same length (as written, underscores as
 * blanks), overlapping ones joined into one that covers both (the longer one's type and rule).
 */
function unionOfReadings(first: readonly Pending[], second: readonly Pending[]): readonly Pending[] {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const all = [...first, ...second].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Pending[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last === undefined || s.start >= last.end) out.push({ ...s });
    else if (s.end > last.end) {
      const longer = s.end - s.start > last.end - last.start ? s : last;
      out[out.length - 1] = { ...longer, start: last.start, end: s.end };
    }
  }
  return out;
}

/** What a JSON Schema says a property's value is or may be: its values, read as the property's. */
const SCHEMA_VALUE_KEYS: ReadonlySet<string> = new Set(['default', 'examples', 'enum', 'const', 'example']);

/**
 * A JSON Schema's properties (a tool's `inputSchema` and `outputSchema`, an elicitation's
 * `requestedSchema`): a property named for an identifier (`ssn`, `dob`, `patient_name`) has its
 * `default`, `examples`, `enum` and `const` masked whole under the property's rule, as its
 * value in a call would be; the rest of the schema is protocol (its descriptions read by
 * detection). An array's `items` take the rule of the property that holds them.
 */
function schemaProperties(c: Ctx, props: JsonObject, path: LazyPath, parentKey: string | undefined): void {
  const names = siblingsOf(props);
  for (const e of props.entries) {
    const p = path.key(maskKey(c, e.key, path, props, parentKey));
    const rule = c.rules.fields.ruleFor(e.key.value, parentKey, names);
    if (e.value.kind === 'object') schemaProperty(c, e.value, p, rule, e.key.value, names);
    else protocol(c, e.value, p);
  }
}

function schemaProperty(
  c: Ctx,
  schema: JsonObject,
  path: LazyPath,
  rule: FieldRule | undefined,
  key: string,
  names: readonly string[],
): void {
  for (const f of schema.entries) {
    const k = f.key.value;
    const p = path.key(k);
    if (rule !== undefined && SCHEMA_VALUE_KEYS.has(k)) data(c, f.value, p, key, undefined, names, rule);
    // A property named for nothing ("q") has its examples read as its values in a call would be.
    else if (SCHEMA_VALUE_KEYS.has(k) && isBlankKey(key)) data(c, f.value, p, key, undefined, undefined);
    else if (k === 'properties' && f.value.kind === 'object') schemaProperties(c, f.value, p, key);
    else if (k === 'items' && f.value.kind === 'object') schemaProperty(c, f.value, p, rule, key, names);
    else if (PROTOCOL_NAMES.has(k) && f.value.kind === 'string' && !/\s/.test(f.value.value)) continue;
    else protocol(c, f.value, p);
  }
}

/** A text block: JSON inside is masked as JSON; anything else by detection. */
function text(c: Ctx, node: JsonNode, path: LazyPath): void {
  if (node.kind !== 'string') {
    data(c, node, path, undefined, undefined, undefined);
    return;
  }
  detectLeaf(c, node, path, undefined);
}

function siblingsOf(obj: JsonObject): string[] {
  const keys: string[] = [];
  for (const e of obj.entries) keys.push(e.key.value);
  return keys;
}

/**
 * Data: a value under a field-rule key is masked whole (an object or array under it: each
 * leaf, keeping neutral keys such as an address's state); other strings by detection.
 */
function data(
  c: Ctx,
  node: JsonNode,
  path: LazyPath,
  key: string | undefined,
  parentKey: string | undefined,
  siblings: readonly string[] | undefined,
  inherited?: FieldRule,
): void {
  let rule =
    inherited ??
    pathRule(c, path) ??
    (key !== undefined ? c.rules.fields.ruleFor(key, parentKey, siblings ?? []) : undefined) ??
    // "plan": "W861705792", an elicitation's answer: a plan's number, where "plan" is a care plan's text elsewhere.
    (key !== undefined && node.kind === 'string' ? planNumberRule(key, node.value) : undefined);
  // A role key ("patient") names a person when it holds a string, not when it holds a record.
  if (rule?.leafOnly && inherited === undefined && (node.kind === 'object' || node.kind === 'array'))
    rule = undefined;
  // A shaped rule ("nextVisit" beside a patient: a date) holds only for a value of its shape.
  if (rule?.shape && (node.kind !== 'string' || !ruleHolds(rule, node.value))) rule = undefined;
  if (node.kind === 'object') {
    // {"00181020": {"vr": "LO", "Value": ["5.0.12.1"]}}: a device's make, no one's.
    if (rule === undefined && key !== undefined && isDicomDeviceTag(key)) return;
    const names = siblingsOf(node);
    // {"byMrn": {"00412345": {…}}}: under a key that names them, the keys are the identifiers,
    // masked whole; what they hold is a record of its own (not an identifier of that kind).
    if (rule && names.length > 0 && names.every(valueLikeKey)) {
      const scope = keyScope(node);
      for (const e of node.entries) {
        const k = e.key.value;
        const spans = c.session.whole(k, rule.type, rule.ruleId);
        c.edits.push({
          start: e.key.start,
          end: e.key.end,
          path: `${path}{key}`,
          value: k,
          spans,
          keyScope: scope,
        });
        data(c, e.value, path.key('*'), k, key, names);
      }
      return;
    }
    const dicom = rule || key === undefined ? undefined : dicomAttributeRule(key, node);
    const shape = rule
      ? undefined
      : dicom
        ? { valueKey: 'Value', valueRule: dicom }
        : objectShape(c.rules.fields, node);
    if (rule === undefined && shape?.columns === undefined) nestedRows(c, node);
    let carried: FieldRule | undefined;
    // Values of neighbouring fields numbered as parts ("a", "b"; "p1", "p2"), read across their
    // seams: an identifier cut in two ("900-12-", "3456") or its digit groups ("900", "12", "3456").
    const fields: (SeamLeaf | undefined)[] | undefined =
      rule === undefined && mayHoldCutFields(node.entries) ? [] : undefined;
    for (let i = 0; i < node.entries.length; i++) {
      const e = node.entries[i] as JsonEntry;
      const k = e.key.value;
      const safe = maskKey(c, e.key, path, node, key);
      if (fields !== undefined) {
        const numbered = i === 0 || numberedKeys([(node.entries[i - 1] as JsonEntry).key.value, k]);
        if (!numbered) fields.push(undefined);
        fields.push(e.value.kind === 'string' ? leafAt(e.value, path.key(safe)) : undefined);
      }
      if (shape?.columns && k === shape.rowsKey && e.value.kind === 'array') {
        tableRows(c, e.value, path.key(safe), k, key, names, shape.columns);
        continue;
      }
      const shaped =
        k === shape?.valueKey
          ? shape.valueRule
          : k === shape?.idKey
            ? shape.idRule
            : carried !== undefined && c.rules.fields.ruleFor(k, key, names) === undefined
              ? carried
              : undefined;
      carried = rule === undefined ? labelNext(c, e.value, node.entries[i + 1]?.value, true) : undefined;
      if (rule && FieldRules.isNeutral(k)) continue;
      // Without a rule of its own the child finds its key's rule itself: looked up here only under a rule.
      const childRule = rule ? (shaped ?? c.rules.fields.ruleFor(k, key, names) ?? rule) : shaped;
      data(c, e.value, path.key(safe), k, key, names, childRule);
    }
    if (fields !== undefined) maskSeams(c.session, fields, c.edits);
    return;
  }
  if (node.kind === 'array') {
    const cellRules = c.cellRules?.get(node);
    if (cellRules !== undefined) {
      for (let i = 0; i < node.items.length; i++)
        cell(c, node.items[i] as JsonNode, path.item(i), cellRules[i]);
      return;
    }
    if (
      rule === undefined &&
      node.items[0]?.kind === 'array' &&
      arrayOfArrays(c, node, path, key, parentKey, siblings)
    )
      return;
    if (rule === undefined && node.items[0]?.kind === 'object') rowBlocks(c, node);
    let carried: FieldRule | undefined;
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as JsonNode;
      data(c, item, path.item(i), key, parentKey, siblings, rule ?? carried);
      carried = rule === undefined ? labelNext(c, item, node.items[i + 1], false) : undefined;
    }
    // Neighbouring strings (an array of records or numbers has none to read across).
    if (rule === undefined && node.items.length > 1 && node.items[0]?.kind === 'string') {
      const items = stringItems(node, path);
      maskSeams(c.session, items, c.edits);
      carryTableHeaders(c.session, items, c.edits);
    }
    return;
  }
  if (node.kind === 'literal') return;
  // "provider": {"display": "Alberta Health Services"}: an organisation under a person's key; so is
  // "district": "Maplewood Unified School District" under a place's (the place is only its name's part);
  // so is "bank": "Harbor Savings Bank" under an account's object, with no digit of a number.
  if (
    node.kind === 'string' &&
    (rule?.type === 'name' || rule?.type === 'geo' || (rule?.type === 'account' && !/\d/.test(node.value))) &&
    isOrganisationName(node.value)
  )
    rule = undefined;
  if (rule) {
    const value = node.kind === 'string' ? node.value : node.raw;
    if (rule.type === 'age' && !(Number.parseInt(value, 10) >= 90)) return;
    // {"name": "Record id", "value": "<uuid>"}: a system's key, not a number given to the person.
    if (isSystemUuid(rule.type, value)) return;
    if (node.kind === 'string' && rule.type !== 'age' && !/[\p{L}\p{N}]/u.test(value)) return;
    c.edits.push({
      start: node.start,
      end: node.end,
      path: path.toString(),
      value,
      spans: wholeValue(c.session, value, rule),
    });
    return;
  }
  if (node.kind !== 'string') return;
  // A tool's or a prompt's name, a request's id, stored beside the frame: read as the frame's own are.
  if (key !== undefined && NAMED_FIELDS.has(key) && node.value.includes('_') && !startsLikeJson(node.value))
    identifierLeaf(c, node, path);
  else {
    const bare = key === undefined ? undefined : bareNumberUnder(key, node.value, siblings);
    if (bare === undefined)
      detectLeaf(c, node, path, key !== undefined ? skipsOf(key, node.value) : undefined);
    else {
      const spans = c.session.whole(node.value, bare, `field:${bare}`);
      c.edits.push({ start: node.start, end: node.end, path: path.toString(), value: node.value, spans });
    }
  }
}

/** The fields an audit record keeps a frame's names and id in (see `identifierLeaf`). */
const NAMED_FIELDS: ReadonlySet<string> = new Set([
  'toolName',
  'promptName',
  'jsonrpcId',
  'tool_name',
  'prompt_name',
]);

/**
 * A value masked whole under its key's rule. An address keeps the UUIDs in its path or query
 * ("url": ".../Observation?patient=<uuid>"): a server's keys for its records, kept as any UUID is.
 */
function wholeValue(session: MaskingSession, value: string, rule: FieldRule): readonly Pending[] {
  const spans = session.whole(value, rule.type, rule.ruleId);
  const only = spans[0];
  if (rule.type !== 'url' || only === undefined) return spans;
  return urlParts(0, value).map(([start, end]) => ({ ...only, start, end }));
}

/**
 * An array of arrays read by its shape: key–value pairs (`[["mrn", "4700715"], ["zip", "80913"]]`,
 * two or more of whose keys the key rules know) or a grid whose first row names its columns.
 * Returns false when it is neither.
 */
function arrayOfArrays(
  c: Ctx,
  node: JsonArray,
  path: LazyPath,
  key: string | undefined,
  parentKey: string | undefined,
  siblings: readonly string[] | undefined,
): boolean {
  if (isPairList(c, node)) {
    keyValuePairs(c, node, path, key);
    return true;
  }
  const columns = headerRowColumns(c.rules.fields, node);
  if (!columns) return false;
  // The header row is walked as any strings are; each later row's cells take their column's rule.
  data(c, node.items[0] as JsonNode, path.item(0), key, parentKey, siblings);
  tableRows(c, node, path, key, parentKey, siblings ?? [], columns, 1);
  return true;
}

/** Two-item arrays each opening with a string, two of those strings at least keys the rules know. */
function isPairList(c: Ctx, node: JsonArray): boolean {
  if (node.items.length < 2) return false;
  let known = 0;
  for (const item of node.items) {
    if (item.kind !== 'array' || item.items.length !== 2) return false;
    const first = item.items[0];
    if (first?.kind !== 'string') return false;
    if (c.rules.fields.ruleFor(first.value, undefined, []) !== undefined) known++;
  }
  return known >= 2;
}

/** Key–value pairs written as arrays (entries of a map, a crosswalk's rows): read as an object's entries. */
function keyValuePairs(c: Ctx, node: JsonArray, path: LazyPath, parentKey: string | undefined): void {
  const keys = node.items.map((pair) => ((pair as JsonArray).items[0] as JsonString).value);
  for (let i = 0; i < node.items.length; i++) {
    const pair = node.items[i] as JsonArray;
    const k = keys[i] as string;
    const pairPath = path.item(i);
    data(c, pair.items[0] as JsonNode, pairPath.item(0), undefined, parentKey, undefined);
    const rule = c.rules.fields.ruleFor(k, parentKey, keys);
    data(c, pair.items[1] as JsonNode, pairPath.item(1), k, parentKey, keys, rule);
  }
}

/** The texts of a content array's text blocks as neighbours (any other block breaks a run). */
function textBlocks(node: JsonArray, path: LazyPath): (SeamLeaf | undefined)[] {
  return node.items.map((block, i) => {
    const text =
      block.kind === 'object' && stringOf(block, 'type') === 'text' ? entryValue(block, 'text') : undefined;
    return text?.kind === 'string'
      ? { node: text, path: () => path.item(i).key('text').toString() }
      : undefined;
  });
}

/**
 * Whether two neighbouring fields may hold the pieces of one identifier: a digit or an '@' at the
 * end of one or the start of the next (a few character reads a field; see `maskSeams`).
 */
function mayHoldCutFields(entries: readonly JsonEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    const a = (entries[i - 1] as JsonEntry).value;
    const b = (entries[i] as JsonEntry).value;
    if (a.kind !== 'string' || b.kind !== 'string' || a.value.length === 0 || b.value.length === 0) continue;
    if (nearSeam(a.value.charCodeAt(a.value.length - 1)) || nearSeam(b.value.charCodeAt(0))) return true;
  }
  return false;
}

function nearSeam(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x2d || c === 0x2e;
}

function leafAt(node: JsonString, path: LazyPath): SeamLeaf {
  return { node, path: () => path.toString() };
}

/** An array's string items as neighbours whose seams are read (anything else breaks a run). */
function stringItems(node: JsonArray, path: LazyPath): (SeamLeaf | undefined)[] {
  return node.items.map((item, i) =>
    item.kind === 'string' ? { node: item, path: () => path.item(i).toString() } : undefined,
  );
}

/** Rows of a table whose columns are named beside them: each cell takes its column's rule. */
function tableRows(
  c: Ctx,
  rows: JsonArray,
  path: LazyPath,
  key: string | undefined,
  parentKey: string | undefined,
  siblings: readonly string[],
  columns: readonly (FieldRule | undefined)[],
  firstRow = 0,
): void {
  for (let r = firstRow; r < rows.items.length; r++) {
    const row = rows.items[r] as JsonNode;
    const rowPath = path.item(r);
    const cells = rowCells(row);
    if (cells !== undefined) cellsTake(c, cells, columns);
    if (row.kind !== 'array') {
      data(c, row, rowPath, key, parentKey, siblings);
      continue;
    }
    for (let i = 0; i < row.items.length; i++)
      data(c, row.items[i] as JsonNode, rowPath.item(i), key, parentKey, siblings, columns[i]);
  }
}

/**
 * The rule a lone label (`"MRN:"`, `"SSN"`, `{"k": "SSN"}`) gives the array item or the object
 * entry after it, when that one holds a value.
 */
function labelNext(
  c: Ctx,
  label: JsonNode,
  next: JsonNode | undefined,
  colonOnly: boolean,
): FieldRule | undefined {
  if (next === undefined || next.kind === 'array' || next.kind === 'literal') return undefined;
  if (label.kind !== 'string' && (colonOnly || label.kind !== 'object')) return undefined;
  return loneLabelRule(c.rules.fields, label, next, colonOnly);
}

function cellsTake(c: Ctx, cells: JsonArray, columns: readonly (FieldRule | undefined)[]): void {
  c.cellRules ??= new WeakMap();
  c.cellRules.set(cells, columns);
}

/**
 * A table whose rows are sibling items (a page's `table_row` blocks) and whose first row names
 * its columns: the cells of the rows after it take their column's rule when they are walked.
 */
function rowBlocks(c: Ctx, node: JsonArray): void {
  const table = siblingRowColumns(c.rules.fields, node.items);
  if (table === undefined) return;
  for (let r = table.header + 1; r < node.items.length; r++) {
    const cells = rowCells(node.items[r] as JsonNode);
    if (cells === undefined) break;
    cellsTake(c, cells, table.columns);
  }
}

/** A query result's rows nested apart from its column names: each row's cells take their column's rule. */
function nestedRows(c: Ctx, node: JsonObject): void {
  const table = nestedTable(c.rules.fields, node);
  if (table === undefined) return;
  for (const rows of table.rows)
    for (const row of rows.items) {
      const cells = row.kind === 'array' ? row : rowCells(row);
      if (cells !== undefined) cellsTake(c, cells, table.columns);
    }
}

/**
 * A cell of a row whose column has a rule: its text (the string, or the text of its rich text
 * runs) takes the rule; the rest of it (a run's styling, its link) is walked as data.
 */
function cell(c: Ctx, node: JsonNode, path: LazyPath, rule: FieldRule | undefined): void {
  if (rule === undefined || node.kind === 'literal') data(c, node, path, undefined, undefined, undefined);
  else if (node.kind === 'string' || node.kind === 'number')
    data(c, node, path, undefined, undefined, undefined, rule);
  else if (node.kind === 'array')
    for (let i = 0; i < node.items.length; i++) cell(c, node.items[i] as JsonNode, path.item(i), rule);
  else {
    const names = siblingsOf(node);
    for (const e of node.entries) {
      const k = e.key.value;
      if (CELL_TEXT_KEYS.has(k)) cell(c, e.value, path.key(k), rule);
      else data(c, e.value, path.key(k), k, undefined, names);
    }
  }
}

/**
 * Keys outside the envelope can carry identifiers too (`{"jane@example.com": 3}`, a map keyed
 * by patient name): they are masked like values, each masked key kept distinct from the other
 * keys of its object so the object keeps its entries. A number keying a collection
 * (`{"patients": {"00412345": …}}`) is read as a path segment is (`patients/00412345`).
 * Returns the key to use in JSON paths — never a clear identifier.
 */
function maskKey(
  c: Ctx,
  key: JsonString,
  parentPath: LazyPath,
  obj: JsonObject,
  parentKey: string | undefined,
): string {
  const k = key.value;
  if (k.length < 5) return k;
  // A key the field rules read ("Patient Name", "Pump Serial") names a field: it is no value,
  // unless it also carries one ("SSN 900-12-3456", "email:jo@example.com"): a digit or an '@'.
  if (c.rules.fields.ruleFor(k, parentKey, []) !== undefined && !KEY_VALUE_CHAR.test(k)) return k;
  const spans = c.session.detect(k);
  const found = spans.length > 0 ? spans : collectionKeySpans(c, k, parentKey);
  if (found.length === 0) return k;
  const path = `${parentPath}{key}`;
  c.edits.push({ start: key.start, end: key.end, path, value: k, spans: found, keyScope: keyScope(obj) });
  return '*';
}

/** The keys an object's masked keys must differ from: made when a first key is masked. */
const keyScopes = new WeakMap<JsonObject, Set<string>>();

function keyScope(obj: JsonObject): Set<string> {
  let scope = keyScopes.get(obj);
  if (scope === undefined) {
    scope = new Set(siblingsOf(obj));
    keyScopes.set(obj, scope);
  }
  return scope;
}

/** A key that is a value, not a field's name: words with spaces or commas, an e-mail, a long number. */
function valueLikeKey(key: string): boolean {
  return VALUE_KEY.test(key);
}
/** What a field's name holds only when a value was written into it. */
const KEY_VALUE_CHAR = /[\d@]/;
const VALUE_KEY = /[\s,@]|^[+(]?\d[\d() .-]{3,}$|^[A-Za-z]{0,4}[-#]?\d{5,}[A-Za-z]?$/;
const DIGITS_KEY = /^[A-Za-z]{0,4}[-#]?\d{4,}[A-Za-z]?$/;

function collectionKeySpans(c: Ctx, key: string, parentKey: string | undefined): readonly Pending[] {
  if (parentKey === undefined || parentKey.length > 24 || !DIGITS_KEY.test(key)) return [];
  const shift = parentKey.length + 1;
  const out: Pending[] = [];
  for (const s of c.session.detect(`${parentKey}/${key}`))
    if (s.start >= shift) out.push({ ...s, start: s.start - shift, end: s.end - shift });
  return out;
}

function pathRule(c: Ctx, path: LazyPath): FieldRule | undefined {
  if (c.rules.paths.length === 0) return undefined;
  const text = path.toString();
  for (const p of c.rules.paths) if (p.re.test(text)) return { type: p.type, ruleId: p.ruleId };
  return undefined;
}

const JSON_START = /^\s*[[{]/;

/** `JSON_START.test(value)`, without the expression for the usual first characters. */
function startsLikeJson(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first === 0x7b || first === 0x5b) return true;
  // A JSON string literal, JSON encoded once more: `"{\"ssn\": …}"`.
  if (first === 0x22) return value.charCodeAt(value.length - 1) === 0x22;
  // Printable ASCII other than a space is neither white space nor a bracket.
  if (first > 0x20 && first < 0x7f) return false;
  return JSON_START.test(value);
}

function detectLeaf(c: Ctx, node: JsonString, path: LazyPath, skip: ReadonlySet<PhiType> | undefined): void {
  const value = node.value;
  if (value.length < 2) return;
  const tree = value.length > 2 && startsLikeJson(value) ? parseJsonTree(value) : undefined;
  if (tree !== undefined) {
    const edits = walkTree(c.rules, c.session, tree, path.append('#$'));
    if (edits.length > 0)
      c.edits.push({
        start: node.start,
        end: node.end,
        path: path.toString(),
        value,
        spans: [],
        inner: { text: value, edits },
      });
    return;
  }
  const spans = c.session.detect(value, skip);
  if (spans.length > 0)
    c.edits.push({ start: node.start, end: node.end, path: path.toString(), value, spans });
}
