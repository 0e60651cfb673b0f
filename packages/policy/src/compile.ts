import { createHash } from 'node:crypto';
import type { Identity, ProtocolEra } from '@proctor/events';
import { parse as parseYaml } from 'yaml';
import { PolicyError } from './errors';
import { evaluateJsonPath, parseJsonPath, textOf } from './json-path';
import { compileGlobs, compilePattern, type Matcher } from './patterns';
import {
  type PolicyAction,
  type PolicyDocument,
  type PolicyRule,
  policyDocumentSchema,
  type RuleMatch,
} from './schema';

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
  matches(request: PolicyRequest): boolean;
}

export interface CompiledPolicy {
  /** Hash of the validated document: every decision names the rules it was made under. */
  readonly version: string;
  readonly rules: readonly CompiledRule[];
  readonly defaults: Readonly<Record<string, 'allow' | 'deny'>>;
  readonly logAllows: PolicyDocument['logAllows'];
  /** The `record` rules alone, in order: what a frame's record mode is read from. */
  readonly recordRules: readonly CompiledRule[];
}

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
  return Object.freeze({
    version,
    rules,
    defaults: doc.defaults,
    logAllows: doc.logAllows,
    recordRules: rules.filter((r) => r.action === 'record'),
  });
}

type Test = (request: PolicyRequest) => boolean;

function compileRule(rule: PolicyRule): CompiledRule {
  const tests = compileMatch(rule.match);
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
    matches: (request) => tests.every((t) => t(request)),
  };
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

function compileMatch(match: RuleMatch): Test[] {
  const tests: (Test | null)[] = [
    field(match.connections, (r) => r.connection),
    field(match.subjects, (r) => r.identity.subject),
    field(match.issuers, (r) => r.identity.issuer),
    field(match.methods, (r) => r.method),
    field(match.tools, (r) => r.toolName),
    field(match.resources, (r) => r.resourceUri),
    field(match.prompts, (r) => r.promptName),
  ];
  if (match.groups !== undefined) {
    const m = compileGlobs(match.groups);
    tests.push((r) => r.identity.groups.some((g) => m.test(g)));
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
    tests.push(compileArgument(arg, i));
  }
  return tests.filter((t): t is Test => t !== null);
}

function compileArgument(arg: NonNullable<RuleMatch['arguments']>[number], i: number): Test {
  let segments: ReturnType<typeof parseJsonPath>;
  try {
    segments = parseJsonPath(arg.path);
  } catch (err) {
    throw new Error(`match.arguments.${i}.path: ${(err as Error).message}`);
  }
  let pattern: Matcher | null = null;
  if (arg.pattern !== undefined) {
    try {
      pattern = compilePattern(arg.pattern);
    } catch (err) {
      throw new Error(`match.arguments.${i}.pattern: not a valid RE2 pattern (${(err as Error).message})`);
    }
  }
  const present = arg.present;
  return (r) => {
    const values = r.arguments === null ? [] : evaluateJsonPath(segments, r.arguments);
    if (present !== undefined && values.length > 0 !== present) return false;
    return pattern === null || values.some((v) => pattern.test(textOf(v)));
  };
}
