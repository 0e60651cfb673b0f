import { createHash } from 'node:crypto';
import type { Identity, ProtocolEra } from '@proctor/events';
import { parse as parseYaml } from 'yaml';
import { PolicyError } from './errors';
import { evaluateJsonPath, parseJsonPath, textOf, textsWithin } from './json-path';
import { compileFoldedPattern, compileGlobs, compilePattern, type Matcher } from './patterns';
import {
  type PolicyAction,
  type PolicyDocument,
  type PolicyRule,
  policyDocumentSchema,
  type RuleMatch,
} from './schema';
import { normalizeUri, uriReadings } from './uri-readings';

/** One request as the policy sees it (whatever the protocol era). */
export interface PolicyRequest {
  identity: Identity;
  connection: string;
  method: string;
  toolName: string | null;
  resourceUri: string | null;
  promptName: string | null;
  arguments: Record<string, unknown> | null;
  era: ProtocolEra | null;
}

export interface CompiledRule {
  id: string;
  action: PolicyAction;
  reason: string | null;
  sensitive: boolean;
  record: 'full' | 'metadata';
  approval: {
    approverGroups: string[];
    timeoutSec: number;
    approverSubjects?: string[];
    requiredApprovals?: number;
    reasonRequired?: boolean;
    maxStandingSec?: number;
    clearGroups?: string[];
  } | null;
  /** True when the rule looks at argument values: it cannot decide whether a tool is visible. */
  readsArguments: boolean;
  /** The rule's resource globs (null: it matches whatever resource, or none, a request names). */
  resources: readonly string[] | null;
  matches(request: PolicyRequest): boolean;
  /** The rule's tool-name test alone (null: it names no tools): see CompiledPolicy.rulesForTool. */
  matchesToolName: NameTest | null;
  /** Every test of the rule except its resource globs: for judging resource templates. */
  matchesBesidesResource(request: PolicyRequest): boolean;
}

export interface CompiledPolicy {
  /** Hash of the validated document: every decision names the rules it was made under. */
  readonly version: string;
  readonly rules: readonly CompiledRule[];
  readonly defaults: Readonly<Record<string, 'allow' | 'deny'>>;
  readonly logAllows: PolicyDocument['logAllows'];
  /** The `record` rules alone, in order: what a frame's record mode is read from. */
  readonly recordRules: readonly CompiledRule[];
  /**
   * The rules, in order, less those whose tool globs certainly do not match this tool name: a
   * request naming the tool can match no other. Remembered per name (a call's rules are sorted
   * out once per tool, not tested rule by rule on every call).
   */
  rulesForTool(toolName: string | null): readonly CompiledRule[];
}

/** Tool names whose rules are remembered; past that the memory starts over (names are client text). */
const REMEMBERED_TOOL_NAMES = 512;

export interface CompileOptions {
  /** Names a rule or default may use; any other is an error. Unchecked when absent. */
  knownConnections?: readonly string[];
  /** Where the policy came from, for error messages. */
  source?: string;
}

/** Parses YAML (or JSON) policy text and compiles it. */
export function compilePolicyText(text: string, options: CompileOptions = {}): CompiledPolicy {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (err) {
    throw new PolicyError(
      [`not valid YAML: ${(err as Error).message.split('\n')[0]}`],
      options.source ?? 'policy',
    );
  }
  return compilePolicy(document ?? {}, options);
}

/** Validates and compiles a policy document, once; throws a PolicyError naming every problem. */
export function compilePolicy(document: unknown, options: CompileOptions = {}): CompiledPolicy {
  const source = options.source ?? 'policy';
  const parsed = policyDocumentSchema.safeParse(document);
  if (!parsed.success) {
    throw new PolicyError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      source,
    );
  }
  const doc = parsed.data;
  const issues: string[] = [];
  const known = options.knownConnections ? new Set(options.knownConnections) : null;
  for (const name of Object.keys(doc.defaults)) {
    if (name !== '*' && known && !known.has(name))
      issues.push(`defaults.${name}: unknown connection "${name}"`);
  }
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  doc.rules.forEach((rule, i) => {
    const at = `rules.${i} (${rule.id})`;
    if (seen.has(rule.id)) issues.push(`${at}: duplicate rule id`);
    seen.add(rule.id);
    for (const name of rule.match.connections ?? []) {
      if (known && !known.has(name)) issues.push(`${at}.match.connections: unknown connection "${name}"`);
    }
    if (rule.action === 'require_approval' && rule.approval === undefined) {
      rule.approval = { timeoutSec: 900 };
    }
    try {
      rules.push(compileRule(rule));
    } catch (err) {
      issues.push(`${at}: ${(err as Error).message}`);
    }
  });
  if (issues.length > 0) throw new PolicyError(issues, source);
  const version = createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 16);
  const byTool = new Map<string | null, readonly CompiledRule[]>();
  return Object.freeze({
    version,
    rules,
    defaults: doc.defaults,
    logAllows: doc.logAllows,
    recordRules: rules.filter((r) => r.action === 'record'),
    rulesForTool(toolName: string | null) {
      let found = byTool.get(toolName);
      if (found === undefined) {
        found = rules.filter((r) => r.matchesToolName === null || r.matchesToolName(toolName));
        if (byTool.size >= REMEMBERED_TOOL_NAMES) byTool.clear();
        byTool.set(toolName, found);
      }
      return found;
    },
  });
}

type Test = (request: PolicyRequest) => boolean;
type NameTest = (name: string | null) => boolean;

/**
 * Rules that protect (deny, hold, require a grant, mask) must not be slipped past with a name
 * spelt differently from the one they name: a server may trim, case-fold or normalise names.
 * Their tool and prompt globs also match the folded name, and their argument patterns also
 * match every text inside a structured value (`{"mrn": ["VIP-1"]}` for `$.mrn`), keys
 * folded alike (`{"MRN": "VIP-1"}`: Go's encoding/json matches keys ignoring case) and values
 * folded (`vip-1`, `ＶＩＰ-1`: a case-insensitive collation finds the same record). Rules that
 * grant (allow) match exactly as written, so a variant never gains what the name is not given.
 */
const PROTECTIVE: ReadonlySet<PolicyAction> = new Set(['deny', 'require_approval', 'require_grant', 'mask']);

function compileRule(rule: PolicyRule): CompiledRule {
  const protective = PROTECTIVE.has(rule.action);
  const tool = nameTest(rule.match.tools, protective);
  const others = compileMatch(rule.match, protective, tool);
  const resources = rule.match.resources?.map(normalizeUri) ?? null;
  const resource = resources === null ? null : resourceField(resources, protective);
  const tests = resource === null ? others : [...others, resource];
  return {
    id: rule.id,
    action: rule.action,
    reason: rule.reason ?? null,
    sensitive: rule.sensitive ?? false,
    record: rule.record ?? 'full',
    approval: rule.approval
      ? {
          ...rule.approval,
          approverGroups: rule.approval.approverGroups ?? [],
          timeoutSec: rule.approval.timeoutSec,
        }
      : null,
    readsArguments: rule.match.arguments !== undefined,
    resources,
    matches: (request) => passesAll(tests, request),
    matchesToolName: tool,
    matchesBesidesResource: (request) => passesAll(others, request),
  };
}

/**
 * Whether every test passes. A loop, not `tests.every(t => t(request))`: that makes a closure
 * per rule and request, and under tsx (keepNames) each closure costs a defineProperty.
 */
function passesAll(tests: readonly Test[], request: PolicyRequest): boolean {
  for (const test of tests) if (!test(request)) return false;
  return true;
}

/** Whether any value matches (a loop: no closure per call, see passesAll). */
function anyMatches(m: Matcher, values: readonly string[]): boolean {
  for (const value of values) if (m.test(value)) return true;
  return false;
}

/** A list of globs against one (possibly absent) request field: an absent field never matches. */
function field(
  globs: string[] | undefined,
  pick: (r: PolicyRequest) => string | null | undefined,
): Test | null {
  if (globs === undefined) return null;
  const m = compileGlobs(globs);
  return (r) => {
    const value = pick(r);
    return value !== null && value !== undefined && m.test(value);
  };
}

/**
 * Resource globs against every reading of the request's URI (see uri-readings): a protective
 * rule matches when any reading does, or any reading folded like a name matches its globs
 * folded alike (`ehr://patients/vip-1`: a case-insensitive file system or collation finds
 * VIP-1 under it); any other rule only when all of them do, as written.
 */
function resourceField(globs: readonly string[], protective: boolean): Test {
  const m = compileGlobs(globs);
  const folded = protective ? compileGlobs(globs.map(foldName)) : null;
  return (r) => {
    if (r.resourceUri === null) return false;
    const readings = uriReadings(r.resourceUri);
    if (folded !== null) return anyMatches(m, readings) || anyMatches(folded, foldedReadings(readings));
    for (const reading of readings) if (!m.test(reading)) return false;
    return true;
  };
}

/**
 * A URI's readings folded like names; every protective resource rule of a request asks for
 * the same readings (uriReadings hands back the same list), so the last ones are remembered.
 */
function foldedReadings(readings: readonly string[]): readonly string[] {
  if (lastFoldedReadings.readings !== readings)
    lastFoldedReadings = { readings, folded: readings.map((reading) => foldName(reading)) };
  return lastFoldedReadings.folded;
}

let lastFoldedReadings: { readings: readonly string[]; folded: readonly string[] } = {
  readings: [],
  folded: [],
};

/** A name test (tool, prompt); a protective rule's also matches the name folded like its globs. */
function nameTest(globs: string[] | undefined, protective: boolean): NameTest | null {
  if (globs === undefined) return null;
  const exact = compileGlobs(globs);
  // A request built outside TypeScript may name no tool with undefined: that matches nothing.
  if (!protective) return (name) => typeof name === 'string' && exact.test(name);
  const folded = compileGlobs(globs.map(foldName));
  return (name) => typeof name === 'string' && (exact.test(name) || folded.test(foldName(name)));
}

/**
 * A name as a lenient server might read it: compatibility-normalised (NFKC: full-width and
 * other look-alike forms become plain letters), without format or control characters (zero-width
 * spaces, direction marks) or white space, in lower case — after upper case, as a server that
 * compares names upper-cased reads them: a dotless `ı` is `I` there and `ß` is `SS`
 * (`delete_patıent`, `acceß_log`), where lower case alone leaves both as they are.
 */
export function foldName(name: string): string {
  if (name === lastFolded.name) return lastFolded.folded;
  const folded = name
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}\s]/gu, '')
    .toUpperCase()
    .toLowerCase();
  lastFolded = { name, folded };
  return folded;
}

/** Every protective rule of a request folds the same name: the last one is remembered. */
let lastFolded = { name: '', folded: '' };

function compileMatch(match: RuleMatch, protective: boolean, tool: NameTest | null): Test[] {
  const prompt = nameTest(match.prompts, protective);
  const tests: (Test | null)[] = [
    field(match.connections, (r) => r.connection),
    field(match.subjects, (r) => r.identity.subject),
    field(match.issuers, (r) => r.identity.issuer),
    field(match.methods, (r) => r.method),
    tool && ((r) => tool(r.toolName)),
    prompt && ((r) => prompt(r.promptName)),
  ];
  if (match.groups !== undefined) {
    const m = compileGlobs(match.groups);
    tests.push((r) => anyMatches(m, r.identity.groups));
  }
  if (match.anonymous !== undefined) {
    const wanted = match.anonymous;
    tests.push((r) => (r.identity.anonymous ?? false) === wanted);
  }
  if (match.era !== undefined) {
    const era = match.era;
    tests.push((r) => r.era === era);
  }
  for (const [name, globs] of Object.entries(match.ci ?? {})) {
    const key = name as keyof NonNullable<Identity['ci']>;
    tests.push(field(globs, (r) => r.identity.ci?.[key] ?? null));
  }
  for (const [i, arg] of (match.arguments ?? []).entries()) {
    tests.push(compileArgument(arg, i, protective));
  }
  return tests.filter((t): t is Test => t !== null);
}

function compileArgument(
  arg: NonNullable<RuleMatch['arguments']>[number],
  i: number,
  protective: boolean,
): Test {
  let segments: ReturnType<typeof parseJsonPath>;
  try {
    segments = parseJsonPath(arg.path);
  } catch (err) {
    throw new Error(`match.arguments.${i}.path: ${(err as Error).message}`);
  }
  let pattern: Matcher | null = null;
  let folded: Matcher | null = null;
  if (arg.pattern !== undefined) {
    try {
      pattern = compilePattern(arg.pattern);
      if (protective) folded = compileFoldedPattern(arg.pattern);
    } catch (err) {
      throw new Error(`match.arguments.${i}.pattern: not a valid RE2 pattern (${(err as Error).message})`);
    }
  }
  const present = arg.present;
  const test = (values: readonly unknown[]): boolean => {
    if (present !== undefined && values.length > 0 !== present) return false;
    if (pattern === null) return true;
    for (const value of values) {
      if (pattern.test(textOf(value))) return true;
      if (folded !== null) {
        const texts = textsWithin(value);
        if (anyMatches(pattern, texts) || anyMatches(folded, texts)) return true;
      }
    }
    return false;
  };
  // A protective rule also reads the keys as a lenient server would (case-folded).
  return (r) => {
    if (r.arguments === null) return test([]);
    if (test(evaluateJsonPath(segments, r.arguments))) return true;
    return protective && test(evaluateJsonPath(segments, r.arguments, foldName));
  };
}
