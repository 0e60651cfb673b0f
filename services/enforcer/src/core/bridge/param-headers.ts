import type { JsonRpcFrame } from '../json-rpc';
import { isPlainObject } from '../stateless/protocol';
import {
  decodeHeaderValue,
  encodeHeaderValue,
  mismatch as headerMismatch,
} from '../stateless/standard-headers';

/**
 * One `x-mcp-header` declaration of a tool's input schema (revision 2026-07-28, Streamable
 * HTTP): the argument at `path` is mirrored in the request header `Mcp-Param-<name>`.
 */
export interface ParamHeader {
  path: string[];
  name: string;
  /** integer- or number-typed: compared as numbers (`42.0` equals `42`). */
  numeric: boolean;
}

const CANONICAL_DECIMAL = /^-?\d+(\.\d+)?$/;
/** Field values are visible ASCII, space and tab (RFC 9110): anything else needs the Base64 sentinel. */
const FIELD_VALUE = /^[\t\x20-\x7e]*$/;

/** The declarations of a tool's input schema, found along its chain of `properties`. */
export function paramHeadersOf(inputSchema: unknown): ParamHeader[] {
  const found: ParamHeader[] = [];
  const visit = (schema: unknown, path: string[]) => {
    if (!isPlainObject(schema)) return;
    const name = schema['x-mcp-header'];
    if (path.length > 0 && typeof name === 'string' && name !== '') {
      found.push({ path, name, numeric: schema.type === 'integer' || schema.type === 'number' });
    }
    if (!isPlainObject(schema.properties)) return;
    for (const [key, child] of Object.entries(schema.properties)) visit(child, [...path, key]);
  };
  visit(inputSchema, []);
  return found;
}

/** An HTTP field-name token (RFC 9110 §5.1): what an `x-mcp-header` value must be. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MIRRORABLE_TYPES = new Set(['string', 'integer', 'boolean']);

/**
 * Why a tool's `x-mcp-header` annotations make it invalid (revision 2026-07-28: a client must
 * leave such a tool out of its tools/list), or null when they are valid or absent: a value
 * that is not a header token, one repeated (case-insensitively), one on a property that is not
 * a string, integer or boolean, or one not reached from the root through `properties` alone.
 */
export function invalidParamHeaders(inputSchema: unknown): string | null {
  const declared = paramHeadersOf(inputSchema);
  const annotations = countAnnotations(inputSchema);
  if (annotations !== declared.length) return 'an x-mcp-header annotation outside a chain of properties';
  const seen = new Set<string>();
  for (const { name, path } of declared) {
    if (!TOKEN.test(name)) return 'an x-mcp-header value that is not an HTTP field name';
    if (seen.has(name.toLowerCase())) return 'an x-mcp-header value used twice';
    seen.add(name.toLowerCase());
    let schema: unknown = inputSchema;
    for (const key of path)
      schema = isPlainObject(schema) && isPlainObject(schema.properties) ? schema.properties[key] : undefined;
    const type = isPlainObject(schema) ? schema.type : undefined;
    if (typeof type !== 'string' || !MIRRORABLE_TYPES.has(type))
      return 'an x-mcp-header annotation on a property that is not a string, integer or boolean';
  }
  return null;
}

/** How many `x-mcp-header` keys a schema holds anywhere (bounded: a schema is a tool's own JSON). */
function countAnnotations(schema: unknown, depth = 0): number {
  if (depth > 64 || schema === null || typeof schema !== 'object') return 0;
  let count = 0;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'x-mcp-header') count++;
    count += countAnnotations(value, depth + 1);
  }
  return count;
}

/** A tools/list result without the tools whose `x-mcp-header` annotations are invalid, and how many went. */
export function withoutInvalidTools(result: unknown): { result: unknown; removed: number } {
  if (!isPlainObject(result) || !Array.isArray(result.tools)) return { result, removed: 0 };
  const tools = result.tools.filter(
    (tool) => !isPlainObject(tool) || invalidParamHeaders(tool.inputSchema) === null,
  );
  const removed = result.tools.length - tools.length;
  return { result: removed === 0 ? result : { ...result, tools }, removed };
}

/** The argument a declaration mirrors, as its header text; undefined when there is none to mirror. */
function argumentText(args: unknown, declaration: ParamHeader): { raw: unknown; text: string } | undefined {
  let raw: unknown = args;
  for (const key of declaration.path) raw = isPlainObject(raw) ? raw[key] : undefined;
  if (typeof raw === 'string') return { raw, text: raw };
  if (typeof raw === 'boolean') return { raw, text: raw ? 'true' : 'false' };
  if (
    typeof raw === 'number' &&
    Number.isFinite(raw) &&
    (!Number.isInteger(raw) || Number.isSafeInteger(raw))
  )
    return { raw, text: String(raw) };
  return undefined;
}

/** The `Mcp-Param-*` headers a call with `args` carries to a 2026-07-28 server (lower-case names). */
export function paramHeaderValues(declarations: ParamHeader[], args: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const declaration of declarations) {
    const value = argumentText(args, declaration);
    if (value) headers[`mcp-param-${declaration.name.toLowerCase()}`] = encodeHeaderValue(value.text);
  }
  return headers;
}

/**
 * A 2026-07-28 server's check of a call's `Mcp-Param-*` headers: for each declared argument
 * the body carries, the header must be there and decode to the same value (a header whose
 * argument is absent is ignored). Throws HeaderMismatch (400, -32020) otherwise.
 */
export function checkParamHeaders(
  declarations: ParamHeader[],
  args: unknown,
  headers: Record<string, string | string[] | undefined>,
): void {
  for (const declaration of declarations) {
    const value = argumentText(args, declaration);
    if (!value) continue;
    const header = `Mcp-Param-${declaration.name}`;
    const sent = headers[header.toLowerCase()];
    const raw = (Array.isArray(sent) ? sent[0] : sent)?.replace(/^[\t ]+|[\t ]+$/g, '');
    if (raw === undefined) {
      throw headerMismatch(
        `the ${header} header is required: the body carries ${declaration.path.join('.')}`,
      );
    }
    if (!FIELD_VALUE.test(raw))
      throw headerMismatch(`the ${header} header contains characters a header value may not carry`);
    const decoded = decodeHeaderValue(raw);
    if (decoded === undefined)
      throw headerMismatch(`the ${header} header carries an invalid Base64 sentinel value`);
    const equal =
      declaration.numeric && typeof value.raw === 'number' && CANONICAL_DECIMAL.test(decoded)
        ? Number(decoded) === value.raw
        : decoded === value.text;
    if (!equal)
      throw headerMismatch(`the ${header} header does not match ${declaration.path.join('.')} of the body`);
  }
}

interface CatalogEntry {
  at: number;
  tools: Map<string, ParamHeader[]>;
  /** Every page of the upstream's tools/list was read: a tool missing from it declares nothing. */
  complete: boolean;
}

/**
 * The `x-mcp-header` declarations of the tools an upstream lists, per key (a connection and
 * caller, or an upstream session): learnt from the `tools/list` answers relayed to clients,
 * and fetched by the caller's `list` when a called tool is unknown or the entry is older than
 * `maxAgeMs`.
 */
export class ParamHeaderCatalog {
  private readonly entries = new Map<string, CatalogEntry>();

  constructor(
    private readonly maxAgeMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Learns from a `tools/list` result (one page: its tools are added to what is known). */
  learn(key: string, result: unknown): void {
    if (!isPlainObject(result) || !Array.isArray(result.tools)) return;
    let entry = this.fresh(key);
    if (!entry) {
      entry = { at: this.now(), tools: new Map(), complete: false };
      this.entries.delete(key);
      // Bounded: the oldest entry goes first.
      if (this.entries.size >= MAX_CATALOG_ENTRIES)
        this.entries.delete(this.entries.keys().next().value as string);
    }
    for (const tool of result.tools) {
      // A tool with invalid annotations is left out of what clients see: none of them counts.
      if (isPlainObject(tool) && typeof tool.name === 'string')
        entry.tools.set(
          tool.name,
          invalidParamHeaders(tool.inputSchema) === null ? paramHeadersOf(tool.inputSchema) : [],
        );
    }
    this.entries.set(key, entry);
  }

  /** The declarations of `tool`; `list` fetches every `tools/list` page when they are not known. */
  async declarationsOf(key: string, tool: string, list: () => Promise<unknown[]>): Promise<ParamHeader[]> {
    const known = this.known(key, tool);
    if (known) return known;
    this.entries.delete(key);
    for (const page of await list()) this.learn(key, page);
    const entry = this.entries.get(key);
    if (entry) entry.complete = true;
    return entry?.tools.get(tool) ?? [];
  }

  /**
   * The declarations of `tool` as far as they are known without asking the upstream: undefined
   * when the tool was not seen in a fresh listing (none for a tool a complete one lacks).
   */
  known(key: string, tool: string): ParamHeader[] | undefined {
    const entry = this.fresh(key);
    return entry?.tools.get(tool) ?? (entry?.complete ? [] : undefined);
  }

  private fresh(key: string): CatalogEntry | undefined {
    const entry = this.entries.get(key);
    return entry && this.now() - entry.at <= this.maxAgeMs ? entry : undefined;
  }
}

/** Keys a catalog keeps. */
const MAX_CATALOG_ENTRIES = 10_000;

/** How many `tools/list` pages the gateway reads when it lists an upstream's tools itself. */
const MAX_TOOL_PAGES = 20;

/** Every `tools/list` result page an upstream gives, read with `page` (an answer, or null). */
export async function listToolPages(
  page: (cursor: string | undefined) => Promise<JsonRpcFrame | null>,
): Promise<unknown[]> {
  const pages: unknown[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_TOOL_PAGES; i++) {
    const answer = await page(cursor);
    const result = answer?.message.result;
    if (answer?.kind !== 'response' || !isPlainObject(result)) break;
    pages.push(result);
    if (typeof result.nextCursor !== 'string') break;
    cursor = result.nextCursor;
  }
  return pages;
}

/** The catalog key of an upstream's tools as a caller sees them: per connection and identity. */
export function toolsKeyOf(record: { connection: string; identityKey: string }): string {
  return `${record.connection} ${record.identityKey}`;
}

/** The name and arguments of a `tools/call`'s params. */
export function toolCallOf(params: unknown): { name: string; args: unknown } | null {
  if (!isPlainObject(params) || typeof params.name !== 'string') return null;
  return { name: params.name, args: params.arguments };
}
