import { describe, expect, it } from 'vitest';
import { StatelessProtocolError } from '../stateless/errors';
import {
  checkParamHeaders,
  invalidParamHeaders,
  ParamHeaderCatalog,
  paramHeadersOf,
  paramHeaderValues,
  withoutInvalidTools,
} from './param-headers';

/** Annotations a tool may carry: on primitives reached through properties alone. */
const VALID_SCHEMA = {
  type: 'object',
  properties: {
    region: { type: 'string', 'x-mcp-header': 'Region' },
    priority: { type: 'integer', 'x-mcp-header': 'Priority' },
    urgent: { type: 'boolean', 'x-mcp-header': 'Urgent' },
    order: {
      type: 'object',
      properties: { site: { type: 'string', 'x-mcp-header': 'Site' } },
    },
    note: { type: 'string' },
  },
};

const SCHEMA = {
  ...VALID_SCHEMA,
  properties: {
    ...VALID_SCHEMA.properties,
    // Not reachable by a chain of properties: no declaration (and an invalid tool).
    lines: { type: 'array', items: { type: 'string', 'x-mcp-header': 'Line' } },
  },
};

const DECLARATIONS = paramHeadersOf(SCHEMA);

function refusal(args: unknown, headers: Record<string, string>): string | null {
  try {
    checkParamHeaders(DECLARATIONS, args, headers);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(StatelessProtocolError);
    expect((err as StatelessProtocolError).toResponse('1')).toMatchObject({ error: { code: -32020 } });
    return (err as Error).message;
  }
}

describe('Mcp-Param-* headers of x-mcp-header arguments', () => {
  it('finds the declarations along the chain of properties only', () => {
    expect(DECLARATIONS).toEqual([
      { path: ['region'], name: 'Region', numeric: false },
      { path: ['priority'], name: 'Priority', numeric: true },
      { path: ['urgent'], name: 'Urgent', numeric: false },
      { path: ['order', 'site'], name: 'Site', numeric: false },
    ]);
    expect(paramHeadersOf({ type: 'object' })).toEqual([]);
    expect(paramHeadersOf(undefined)).toEqual([]);
  });

  it('gives the headers a call carries: plain text as is, anything else in the Base64 form', () => {
    expect(
      paramHeaderValues(DECLARATIONS, {
        region: 'zürich',
        priority: 3,
        urgent: false,
        order: { site: 'ward-7' },
        note: 'x',
      }),
    ).toEqual({
      'mcp-param-region': `=?base64?${Buffer.from('zürich').toString('base64')}?=`,
      'mcp-param-priority': '3',
      'mcp-param-urgent': 'false',
      'mcp-param-site': 'ward-7',
    });
    // Absent, null and non-primitive arguments are not mirrored.
    expect(paramHeaderValues(DECLARATIONS, { region: null, priority: { n: 1 } })).toEqual({});
    expect(paramHeaderValues(DECLARATIONS, undefined)).toEqual({});
  });

  it('accepts headers that mirror the arguments, and ignores a header whose argument is absent', () => {
    expect(refusal({ region: 'eu-west' }, { 'mcp-param-region': ' eu-west ' })).toBeNull();
    expect(refusal({ region: 'Hello' }, { 'mcp-param-region': '=?base64?SGVsbG8=?=' })).toBeNull();
    // Without the whole sentinel the value is literal.
    expect(refusal({ region: 'SGVsbG8=' }, { 'mcp-param-region': 'SGVsbG8=' })).toBeNull();
    expect(refusal({ region: '=?base64?SGVsbG8=' }, { 'mcp-param-region': '=?base64?SGVsbG8=' })).toBeNull();
    expect(refusal({ priority: 42 }, { 'mcp-param-priority': '42.0' })).toBeNull();
    expect(refusal({ urgent: true }, { 'mcp-param-urgent': 'true' })).toBeNull();
    expect(refusal({}, { 'mcp-param-region': 'eu-west' })).toBeNull();
  });

  it('refuses a missing, different or badly encoded header with -32020', () => {
    expect(refusal({ region: 'eu-west' }, {})).toMatch(/Mcp-Param-Region header is required/);
    expect(refusal({ order: { site: 'ward-7' } }, {})).toMatch(/Mcp-Param-Site header is required/);
    expect(refusal({ region: 'eu-west' }, { 'mcp-param-region': 'us-east' })).toMatch(
      /does not match region/,
    );
    expect(refusal({ region: 'Hello' }, { 'mcp-param-region': '=?base64?SGVsbG8?=' })).toMatch(/Base64/);
    expect(refusal({ region: 'Hello' }, { 'mcp-param-region': '=?base64?SGVs!!!bG8=?=' })).toMatch(/Base64/);
    expect(refusal({ priority: 42 }, { 'mcp-param-priority': '42.5' })).toMatch(/does not match priority/);
    expect(refusal({ urgent: true }, { 'mcp-param-urgent': 'TRUE' })).toMatch(/does not match urgent/);
  });
});

describe('the catalog of declarations', () => {
  const page = (names: string[]) => ({
    tools: names.map((name) => ({ name, inputSchema: VALID_SCHEMA })),
  });

  it('lists the tools only for a tool no fresh complete listing had, or when what it knows is too old', async () => {
    let now = 0;
    const catalog = new ParamHeaderCatalog(1000, () => now);
    let lists = 0;
    const list = async () => {
      lists++;
      return [page(['route_order']), page(['triage'])];
    };
    expect(await catalog.declarationsOf('k', 'triage', list)).toEqual(DECLARATIONS);
    expect(await catalog.declarationsOf('k', 'route_order', list)).toEqual(DECLARATIONS);
    expect(lists).toBe(1);
    // A tool the complete listing lacks declares nothing: calling unknown tools makes the
    // gateway list the upstream's tools no more often.
    expect(await catalog.declarationsOf('k', 'unknown', list)).toEqual([]);
    expect(await catalog.declarationsOf('k', 'unknown', list)).toEqual([]);
    expect(catalog.known('k', 'unknown')).toEqual([]);
    expect(lists).toBe(1);
    now = 2000;
    expect(catalog.known('k', 'triage')).toBeUndefined();
    await catalog.declarationsOf('k', 'triage', list);
    expect(lists).toBe(2);
  });

  it('learns from the tools/list answers relayed to clients, per key', async () => {
    const catalog = new ParamHeaderCatalog();
    catalog.learn('a', page(['route_order']));
    catalog.learn('a', { tools: [{ name: 'plain', inputSchema: { type: 'object' } }] });
    const list = async () => {
      throw new Error('not listed');
    };
    expect(await catalog.declarationsOf('a', 'route_order', list)).toEqual(DECLARATIONS);
    expect(await catalog.declarationsOf('a', 'plain', list)).toEqual([]);
    // Relayed pages may be part of a listing: a tool they lack is not known to declare nothing.
    expect(catalog.known('a', 'other')).toBeUndefined();
    await expect(catalog.declarationsOf('b', 'route_order', list)).rejects.toThrow('not listed');
  });
});

describe('tools whose x-mcp-header annotations are invalid', () => {
  const withProperty = (property: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'object',
    properties: { ...VALID_SCHEMA.properties, bad: property, ...extra },
  });

  it('are told apart from valid ones, with the reason', () => {
    expect(invalidParamHeaders(VALID_SCHEMA)).toBeNull();
    expect(invalidParamHeaders({ type: 'object' })).toBeNull();
    expect(invalidParamHeaders(SCHEMA)).toMatch(/outside a chain of properties/);
    for (const [property, reason] of [
      [{ type: 'string', 'x-mcp-header': 'Bad Name' }, /not an HTTP field name/],
      [{ type: 'string', 'x-mcp-header': 'X\r\nInjected: 1' }, /not an HTTP field name/],
      [{ type: 'string', 'x-mcp-header': 'region' }, /used twice/],
      [{ type: 'number', 'x-mcp-header': 'Weight' }, /not a string, integer or boolean/],
      [{ type: 'object', 'x-mcp-header': 'Blob' }, /not a string, integer or boolean/],
      [{ anyOf: [{ type: 'string', 'x-mcp-header': 'Either' }] }, /outside a chain of properties/],
    ] as const) {
      expect(invalidParamHeaders(withProperty(property)), JSON.stringify(property)).toMatch(reason);
    }
  });

  it('are left out of a tools/list result, and declare no header in the catalog', async () => {
    const bad = { name: 'bad', inputSchema: withProperty({ type: 'number', 'x-mcp-header': 'Weight' }) };
    const good = { name: 'good', inputSchema: VALID_SCHEMA };
    const listed = { tools: [bad, good], nextCursor: 'c' };
    expect(withoutInvalidTools(listed)).toEqual({ result: { tools: [good], nextCursor: 'c' }, removed: 1 });
    expect(withoutInvalidTools({ tools: [good] }).removed).toBe(0);
    const catalog = new ParamHeaderCatalog();
    catalog.learn('k', listed);
    expect(catalog.known('k', 'bad')).toEqual([]);
    expect(catalog.known('k', 'good')).toEqual(paramHeadersOf(VALID_SCHEMA));
  });
});
