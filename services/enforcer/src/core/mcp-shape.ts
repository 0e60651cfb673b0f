/**
 * What MCP's schema requires of the fields policy rules read, checked on a client's requests
 * before any rule reads them. JSON-RPC lets params be an array and a method be any string; MCP
 * does not, and a rule decides on `params.name`, `params.arguments` and `params.uri` as objects
 * and strings under the method's exact name. A request spelt otherwise is one the policy would
 * read as naming no tool (or no method it knows), while a lenient server — one that takes
 * positional params, decodes a JSON string of arguments, or matches methods ignoring case —
 * runs the call no rule saw. So does a request sent as a notification (no id): rules decide
 * requests, and a server that runs a notification's method runs the call unseen; and a name or
 * URI holding a NUL, which a server in C reads only up to the NUL. Such a body
 * is refused whole (400/-32600), forwarded nowhere.
 */
import { foldName } from '@proctor/policy';
import { GatewayError } from './errors';
import type { JsonRpcFrame, ParsedBody } from './json-rpc';

/** The methods a client sends, in both eras (requests and notifications). */
const CLIENT_METHODS = [
  'initialize',
  'ping',
  'server/discover',
  'tools/list',
  'tools/call',
  'prompts/list',
  'prompts/get',
  'resources/list',
  'resources/templates/list',
  'resources/read',
  'resources/subscribe',
  'resources/unsubscribe',
  'subscriptions/listen',
  'completion/complete',
  'logging/setLevel',
  'tasks/get',
  'tasks/result',
  'tasks/list',
  'tasks/cancel',
  'tasks/update',
  'notifications/initialized',
  'notifications/cancelled',
  'notifications/progress',
  'notifications/roots/list_changed',
  'notifications/tasks/status',
];

/**
 * Cyrillic and Greek letters drawn like Latin ones (lower case: the fold comes first), as a
 * reader of shapes takes them: `tоols/call` with a Cyrillic о is tools/call to the eye.
 */
const LATIN_LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  'аa вb еe ёe һh іi їi јj кk ӏl мm нh оo рp ԛq ѕs тt уy хx ԁd ԝw ѵv αa βb εe ηn ιi κk μu νv οo ρp τt υu χx γy'
    .split(' ')
    .map((pair) => [pair.slice(0, 1), pair.slice(1)]),
);
const LOOK_ALIKE = new RegExp(`[${[...LATIN_LOOK_ALIKES.keys()].join('')}]`, 'gu');

/**
 * A method's skeleton: folded like a name, look-alike letters read as Latin ones, and only
 * letters and digits kept — `tools.call`, `tools_call`, `toolsCall`, `/tools/call/` and
 * `tоols/call` are all `toolscall`, as a server routing `tools_call` to its tools/call handler
 * (or stripping punctuation) reads them.
 */
function skeletonOf(method: string): string {
  return foldName(method)
    .replace(LOOK_ALIKE, (ch) => LATIN_LOOK_ALIKES.get(ch) ?? ch)
    .replace(/[^a-z0-9]/g, '');
}

/** Skeleton → the method's name (no two MCP methods share one). */
const BY_SKELETON: ReadonlyMap<string, string> = new Map(CLIENT_METHODS.map((m) => [skeletonOf(m), m]));

const EXACT: ReadonlySet<string> = new Set(CLIENT_METHODS);

/** The MCP method a method is or looks like, or undefined for one that looks like none. */
function knownMethodOf(method: string): string | undefined {
  return EXACT.has(method) ? method : BY_SKELETON.get(skeletonOf(method));
}

/**
 * Requests only a client sends, in both eras: the client's methods but its notifications and
 * those that go both ways (ping and the tasks/* methods; sampling, elicitation and roots go only
 * server to client).
 */
const BOTH_WAYS: ReadonlySet<string> = new Set([
  'ping',
  'tasks/get',
  'tasks/result',
  'tasks/list',
  'tasks/cancel',
  'tasks/update',
]);
const CLIENT_ONLY_REQUESTS: ReadonlySet<string> = new Set(
  CLIENT_METHODS.filter((m) => !m.startsWith('notifications/') && !BOTH_WAYS.has(m)),
);

/**
 * The client-only request a method is or looks like (see knownMethodOf), or undefined: an
 * upstream sending one toward the client asks of it what only a client asks of a server.
 */
export function clientOnlyRequestOf(method: string): string | undefined {
  const known = knownMethodOf(method);
  return known !== undefined && CLIENT_ONLY_REQUESTS.has(known) ? known : undefined;
}

/** Methods whose params name what rules match, and which string field names it. */
const NAMED_BY: Readonly<Record<string, string>> = {
  'tools/call': 'name',
  'prompts/get': 'name',
  'resources/read': 'uri',
  'resources/subscribe': 'uri',
  'resources/unsubscribe': 'uri',
  // A request about a task is decided as the call that created it, found by this id.
  'tasks/get': 'taskId',
  'tasks/result': 'taskId',
  'tasks/cancel': 'taskId',
  'tasks/update': 'taskId',
};

/**
 * Methods a request may send without the field rules match on, left to the upstream: the
 * 2026-07-28 revision removed resources/subscribe and unsubscribe, and its servers must answer
 * them 404/-32601 whatever their params (a stateful server answers a missing uri -32602). A
 * uri of another type than a string is still refused.
 */
const OPTIONAL_TARGET: ReadonlySet<string> = new Set(['resources/subscribe', 'resources/unsubscribe']);

/** Refuses a parsed client body one of whose requests MCP's schema forbids (-32600, under its id). */
export function refuseNonMcpShapes(parsed: ParsedBody): void {
  // Two requests of one batch under one id (MCP: ids are not reused within a session): what the
  // gateway decided about one would be taken for the other's when the answers come back.
  if (parsed.batch && repeatsRequestId(parsed.frames)) {
    throw new GatewayError(
      'INVALID_REQUEST',
      "Invalid Request: not as MCP's schema has it: a batch repeats a request id",
    );
  }
  for (const frame of parsed.frames) {
    const problem = shapeProblem(frame);
    if (problem !== null) {
      throw new GatewayError('INVALID_REQUEST', `Invalid Request: not as MCP's schema has it: ${problem}`, {
        idJson: parsed.batch ? null : frame.idJson,
      });
    }
  }
}

function repeatsRequestId(frames: readonly JsonRpcFrame[]): boolean {
  const ids = new Set<string>();
  for (const frame of frames) {
    if (frame.kind !== 'request' || frame.idJson === null) continue;
    if (ids.has(frame.idJson)) return true;
    ids.add(frame.idJson);
  }
  return false;
}

function shapeProblem(frame: JsonRpcFrame): string | null {
  const method = frame.method;
  if (method === null) return null;
  const params = frame.message.params;
  if (Array.isArray(params)) return 'params must be an object';
  const known = knownMethodOf(method);
  if (known !== undefined && known !== method) return `the method must be spelt ${known}`;
  // A request without an id: no rule decides a notification, while a JSON-RPC server that runs
  // a notification's method (and drops its answer) would run the call.
  if (frame.kind === 'notification' && known !== undefined && !known.startsWith('notifications/')) {
    return `${known} is a request and must carry an id`;
  }
  const field = NAMED_BY[method];
  if (field === undefined) return null;
  const fields = (params ?? {}) as Record<string, unknown>;
  const target = fields[field];
  if (target === undefined && OPTIONAL_TARGET.has(method)) return null;
  if (typeof target !== 'string') return `params.${field} must be a string`;
  // A server in C (or one handing the name to a C library or the file system) reads up to the
  // first NUL: 'export_chart\u0000x' is export_chart there, a name no rule names here.
  if (target.includes('\u0000')) return `params.${field} must not hold a NUL character`;
  const args = fields.arguments;
  if (args !== undefined && args !== null && (typeof args !== 'object' || Array.isArray(args))) {
    return 'params.arguments must be an object';
  }
  if (hasInexactInteger(args, MAX_WALK_DEPTH)) {
    return 'params.arguments holds an integer beyond 2^53, which is read differently by different parsers';
  }
  return null;
}

/** How deep an argument value is walked (the body's depth is bounded before parsing anyway). */
const MAX_WALK_DEPTH = 64;

/**
 * An integer JSON.parse cannot hold exactly (12345678901234567890 becomes …7000): a rule's
 * pattern tests the rounded number, while a server with big integers (Python, Go's
 * json.Number) reads the digits as sent.
 */
function hasInexactInteger(value: unknown, depth: number): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value);
  if (typeof value !== 'object' || value === null || depth === 0) return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (hasInexactInteger(item, depth - 1)) return true;
  }
  return false;
}
