import { type CompiledPolicy, decide, type PolicyRequest } from '@proctor/policy';
import { maskEmbeddedInline } from './mask-stage';

type ReadBase = Pick<PolicyRequest, 'identity' | 'connection' | 'era'>;

/** The request a read of `uri` by the caller would be: how a resource met outside a read is decided. */
export function readOf(base: ReadBase, uri: string): PolicyRequest {
  return {
    ...base,
    method: 'resources/read',
    toolName: null,
    resourceUri: uri,
    promptName: null,
    arguments: null,
  };
}

/** What stands where a resource the caller may not read was embedded or linked. */
export const WITHHELD_RESOURCE = { type: 'text', text: '[resource withheld by policy]' } as const;

/** How the resources an answer carries were decided: the rule that withheld the first, and how many of how many. */
export interface EmbeddedOutcome {
  result: Record<string, unknown>;
  withheld: number;
  seen: number;
  rule: string | null;
}

/**
 * Resources an answer carries inside it — an embedded resource (`{type: "resource", resource:
 * {uri, …}}`) or a link to one (`{type: "resource_link", uri}`), in a tool's `content` or a
 * prompt's `messages` — are decided as a read of their URI by the caller. A rule that denies
 * that read, or holds it for approval, has the item replaced by WITHHELD_RESOURCE; a mask rule
 * on the URI masks the item (withheld when it cannot be masked with certainty). Otherwise a tool
 * or a prompt could hand over what the resource rules keep from the caller. Only a rule that
 * names the URI withholds: a connection's default deny does not empty every tool's answer.
 * (A `require_grant` rule on the URI withholds the item from a caller without a grant: see
 * grant-stage.ts.) Null when the answer carries none.
 */
export function decideEmbeddedResources(
  result: Record<string, unknown>,
  policy: CompiledPolicy,
  base: ReadBase,
): EmbeddedOutcome | null {
  return walkEmbedded(result, (entry, uri, outcome) => {
    const decision = decide(policy, readOf(base, uri));
    const withheldBy =
      (decision.verdict === 'deny' && decision.rule !== null) || decision.verdict === 'require_approval'
        ? (decision.rule?.id ?? null)
        : undefined;
    if (withheldBy === undefined && decision.maskRule === null) return entry;
    const masked = withheldBy === undefined ? maskEmbeddedInline(entry) : null;
    if (masked !== null) return masked;
    return withheld(outcome, withheldBy ?? decision.maskRule);
  });
}

/**
 * The answer's embedded resources and resource links whose URI `ruleFor` names a rule for
 * (a `require_grant` rule, when the caller holds no grant) replaced by WITHHELD_RESOURCE; null
 * when the answer carries none.
 */
export function withholdEmbedded(
  result: Record<string, unknown>,
  ruleFor: (uri: string) => string | null,
): EmbeddedOutcome | null {
  return walkEmbedded(result, (entry, uri, outcome) => {
    const rule = ruleFor(uri);
    return rule === null ? entry : withheld(outcome, rule);
  });
}

function withheld(outcome: EmbeddedOutcome, rule: string | null): typeof WITHHELD_RESOURCE {
  outcome.withheld++;
  outcome.rule ??= rule;
  return WITHHELD_RESOURCE;
}

/** What stands for one embedded item: the entry itself (kept), a masked copy or WITHHELD_RESOURCE. */
type ItemDecision = (entry: Record<string, unknown>, uri: string, outcome: EmbeddedOutcome) => unknown;

/** Each embedded resource and resource link of a tool's `content`, a read's `contents`, a prompt's `messages`, decided. */
function walkEmbedded(result: Record<string, unknown>, decideItem: ItemDecision): EmbeddedOutcome | null {
  const outcome: EmbeddedOutcome = { result, withheld: 0, seen: 0, rule: null };
  const item = (entry: unknown) => {
    const uri = uriOf(entry);
    if (uri === null) return entry;
    outcome.seen++;
    return decideItem(entry as Record<string, unknown>, uri, outcome);
  };
  const content = result.content;
  if (Array.isArray(content)) {
    const decided = items(content, item);
    if (decided !== content) outcome.result = { ...outcome.result, content: decided };
  }
  const contents = result.contents;
  if (Array.isArray(contents)) {
    const decided = readContents(contents, item);
    if (decided !== contents) outcome.result = { ...outcome.result, contents: decided };
  }
  const messages = result.messages;
  if (Array.isArray(messages)) {
    let changed = false;
    const decided = messages.map((message: unknown) => {
      const inner = (message as { content?: unknown } | null)?.content;
      if (inner === undefined) return message;
      const replaced = Array.isArray(inner) ? items(inner, item) : item(inner);
      if (replaced === inner) return message;
      changed = true;
      return { ...(message as object), content: replaced };
    });
    if (changed) outcome.result = { ...outcome.result, messages: decided };
  }
  return outcome.seen === 0 ? null : outcome;
}

/**
 * A read's `contents` name a URI each (a directory's read answers with its entries): each is
 * decided as a read of its own URI, a withheld one left out (a read's answer has no place for a
 * marker).
 */
function readContents(list: unknown[], item: (entry: unknown) => unknown): unknown[] {
  let changed = false;
  const kept: unknown[] = [];
  for (const entry of list) {
    const wrapped = { type: 'resource', resource: entry };
    const replaced = item(wrapped);
    if (replaced === wrapped) {
      kept.push(entry);
      continue;
    }
    changed = true;
    const masked = (replaced as { resource?: unknown }).resource;
    if (replaced !== WITHHELD_RESOURCE && masked !== undefined) kept.push(masked);
  }
  return changed ? kept : list;
}

function items(list: unknown[], item: (entry: unknown) => unknown): unknown[] {
  let decided: unknown[] | null = null;
  for (const [i, entry] of list.entries()) {
    const replaced = item(entry);
    if (replaced === entry) continue;
    decided ??= [...list];
    decided[i] = replaced;
  }
  return decided ?? list;
}

/** The URI of an embedded resource or a resource link; null for any other content. */
function uriOf(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { type, uri, resource } = entry as { type?: unknown; uri?: unknown; resource?: { uri?: unknown } };
  if (type === 'resource_link') return typeof uri === 'string' ? uri : null;
  if (type === 'resource') return typeof resource?.uri === 'string' ? resource.uri : null;
  return null;
}
