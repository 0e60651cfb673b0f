import type { CompiledPolicy, CompiledRule, PolicyRequest } from './compile';
import { covers, globTokens, overlaps, type Token, templateTokens } from './pattern-languages';
import { normalizeUri } from './uri-readings';

export type Verdict = 'allow' | 'deny' | 'require_approval';

export interface PolicyDecision {
  verdict: Verdict;
  /** The rule that decided; null when the connection's default did. */
  rule: CompiledRule | null;
  reason: string;
  ruleVersion: string;
  /** A mask rule matched: responses to this request are masked inline. */
  maskRule: string | null;
  record: 'full' | 'metadata';
  recordRule: string | null;
  /** Whether this decision is worth a policy_decision event (denials and holds always are). */
  log: boolean;
}

/**
 * Rules run in order. `mask` rules add to the decision and evaluation goes on;
 * the first `allow`, `deny` or `require_approval` ends it; with none, the connection's default
 * (or `*`, or deny) applies. The record mode is the first matching `record` rule's, wherever
 * it stands (see recordModeOf): frames are recorded before the request is decided.
 */
export function decide(policy: CompiledPolicy, request: PolicyRequest): PolicyDecision {
  let maskRule: string | null = null;
  let terminal: CompiledRule | null = null;
  for (const rule of policy.rulesForTool(request.toolName)) {
    if (!rule.matches(request)) continue;
    if (rule.action === 'mask') maskRule ??= rule.id;
    else if (rule.action === 'record') continue;
    else if (rule.action === 'require_grant') continue;
    else {
      terminal = rule;
      break;
    }
  }
  terminal = deniedCompletion(policy, request, terminal) ?? terminal;
  const recorded = recordModeOf(policy, request);
  // Built field by field, not from a spread of the common fields: node 20's V8 gives a literal
  // that spreads and then adds properties a map of its own on every call (slow to build and read).
  if (terminal === null) {
    const verdict = defaultVerdict(policy, request);
    return {
      verdict,
      rule: null,
      reason: PROTOCOL_METHODS.has(request.method)
        ? 'protocol method: allowed unless a rule denies it'
        : `no rule matched: connection default is ${verdict}`,
      ruleVersion: policy.version,
      maskRule,
      record: recorded.record,
      recordRule: recorded.rule,
      log: verdict === 'deny' || policy.logAllows === 'all',
    };
  }
  const verdict = terminal.action as 'allow' | 'deny' | 'require_approval';
  return {
    verdict,
    rule: terminal,
    reason: terminal.reason ?? `rule ${terminal.id}: ${verdict}`,
    ruleVersion: policy.version,
    maskRule,
    record: recorded.record,
    recordRule: recorded.rule,
    log:
      verdict !== 'allow' ||
      policy.logAllows === 'all' ||
      (policy.logAllows === 'sensitive' && terminal.sensitive),
  };
}

/**
 * What the log keeps of a request's frames: `full` (payloads, sealed) or `metadata` (who,
 * what, when, sizes — no payload). The first matching `record` rule says; none: `full`.
 * Cheap enough for every frame: a policy without record rules answers at once.
 */
export function recordModeOf(
  policy: CompiledPolicy,
  request: PolicyRequest,
): { record: 'full' | 'metadata'; rule: string | null } {
  for (const rule of policy.recordRules) {
    if (rule.matches(request)) return { record: rule.record, rule: rule.id };
  }
  return FULL;
}

const FULL = Object.freeze({ record: 'full' as const, rule: null });

export function defaultFor(policy: CompiledPolicy, connection: string): 'allow' | 'deny' {
  return policy.defaults[connection] ?? policy.defaults['*'] ?? 'deny';
}

/**
 * Protocol plumbing a default-deny connection still answers: without these no client could
 * connect or list what it may use (lists are filtered). A rule can still deny any of them.
 */
export const PROTOCOL_METHODS: ReadonlySet<string> = new Set([
  'initialize',
  'ping',
  'server/discover',
  'tools/list',
  'prompts/list',
  'resources/list',
  'resources/templates/list',
  'subscriptions/listen',
  'logging/setLevel',
]);

function defaultVerdict(policy: CompiledPolicy, request: PolicyRequest): 'allow' | 'deny' {
  return PROTOCOL_METHODS.has(request.method) ? 'allow' : defaultFor(policy, request.connection);
}

/** Rules that decide a request (allow, deny, hold), leaving out those that read argument values. */
function decidesListing(rule: CompiledRule): boolean {
  return (
    !rule.readsArguments &&
    rule.action !== 'mask' &&
    rule.action !== 'record' &&
    rule.action !== 'require_grant'
  );
}

/**
 * A completion/complete of a resource template's arguments suggests values — identifiers of
 * the very resources the template reaches — so it is refused when a deny rule standing before
 * the rule that would allow it matches any URI the template expands to.
 */
function deniedCompletion(
  policy: CompiledPolicy,
  request: PolicyRequest,
  terminal: CompiledRule | null,
): CompiledRule | null {
  if (request.method !== 'completion/complete' || request.resourceUri === null) return null;
  if (terminal?.action === 'deny') return null;
  const template = templateOf(request.resourceUri);
  for (const rule of policy.rules) {
    if (rule === terminal) return null;
    if (rule.action !== 'deny' || !decidesListing(rule) || !rule.matchesBesidesResource(request)) continue;
    if (template === null || rule.resources === null) return rule;
    if (rule.resources.some((glob) => overlaps(globTokens(glob), template) !== false)) return rule;
  }
  return null;
}

function templateOf(uriTemplate: string): Token[] | null {
  return templateTokens(normalizeUri(uriTemplate));
}

/**
 * Whether a resource template (resources/templates/list) could give this caller any resource:
 * hidden only when certainly not — when no rule that allows or holds could match any URI the
 * template expands to before a deny rule matching all of them (or the connection's default
 * deny) decides. Each `{…}` expression is taken to expand to any text at all, which can only
 * show a template that is in fact fully denied, never hide one a caller may read; a malformed
 * template is shown. Reads are still decided URI by URI.
 */
export function isTemplateVisible(
  policy: CompiledPolicy,
  base: Pick<PolicyRequest, 'identity' | 'connection' | 'era'>,
  uriTemplate: string,
): boolean {
  const template = templateOf(uriTemplate);
  if (template === null) return true;
  const request: PolicyRequest = {
    identity: base.identity,
    connection: base.connection,
    era: base.era,
    method: 'resources/read',
    toolName: null,
    promptName: null,
    resourceUri: null,
    arguments: null,
  };
  for (const rule of policy.rules) {
    if (!decidesListing(rule) || !rule.matchesBesidesResource(request)) continue;
    const globs = rule.resources?.map(globTokens) ?? null;
    if (rule.action !== 'deny') {
      if (globs === null || globs.some((g) => overlaps(g, template) !== false)) return true;
    } else if (globs === null || globs.some((g) => covers(g, template) === true)) {
      return false;
    }
  }
  return defaultFor(policy, base.connection) === 'allow';
}

export type ListedKind = 'tool' | 'prompt' | 'resource';

const CALL_OF: Record<ListedKind, string> = {
  tool: 'tools/call',
  prompt: 'prompts/get',
  resource: 'resources/read',
};

/**
 * Whether a listed tool, prompt or resource is one this caller could use at all: the decision
 * for calling it, leaving out rules that depend on argument values (they decide per call).
 */
export function isVisible(
  policy: CompiledPolicy,
  base: Pick<PolicyRequest, 'identity' | 'connection' | 'era'>,
  kind: ListedKind,
  name: string,
): boolean {
  const request: PolicyRequest = {
    identity: base.identity,
    connection: base.connection,
    era: base.era,
    method: CALL_OF[kind],
    toolName: kind === 'tool' ? name : null,
    promptName: kind === 'prompt' ? name : null,
    resourceUri: kind === 'resource' ? name : null,
    arguments: null,
  };
  for (const rule of policy.rules) {
    if (!decidesListing(rule)) continue;
    if (rule.matches(request)) return rule.action !== 'deny';
  }
  return defaultFor(policy, base.connection) === 'allow';
}
