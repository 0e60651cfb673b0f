/**
 * The policy language: ordered rules, each a match and an action. Documented in the README
 * ("Policy"); validated strictly, so a misspelt field is an error, not a rule that never matches.
 */
import { z } from 'zod';

const oneOrMany = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

const ciMatch = z
  .object({
    provider: oneOrMany.optional(),
    repository: oneOrMany.optional(),
    ref: oneOrMany.optional(),
    refType: oneOrMany.optional(),
    sha: oneOrMany.optional(),
    workflow: oneOrMany.optional(),
    job: oneOrMany.optional(),
    environment: oneOrMany.optional(),
    runId: oneOrMany.optional(),
    actor: oneOrMany.optional(),
  })
  .strict();

const argumentMatch = z
  .object({
    /** JSON path into the tool call's arguments: `$.patient.id`, `$.ids[0]`, `$['odd key']`. */
    path: z.string().min(1).max(256),
    /** RE2 syntax (linear time); the value (as text) must contain a match: anchor with ^…$ for a full match. */
    pattern: z.string().min(1).max(1024).optional(),
    /** true: the path must exist; false: it must not. */
    present: z.boolean().optional(),
  })
  .strict()
  .refine((a) => a.pattern !== undefined || a.present !== undefined, {
    message: 'give a pattern or present',
  });

export const ruleMatchSchema = z
  .object({
    connections: oneOrMany.optional(),
    /** Globs over the verified subject. */
    subjects: oneOrMany.optional(),
    /** The caller must be in at least one. */
    groups: oneOrMany.optional(),
    issuers: oneOrMany.optional(),
    anonymous: z.boolean().optional(),
    ci: ciMatch.optional(),
    methods: oneOrMany.optional(),
    tools: oneOrMany.optional(),
    resources: oneOrMany.optional(),
    prompts: oneOrMany.optional(),
    era: z.enum(['stateful', 'stateless']).optional(),
    arguments: z.array(argumentMatch).min(1).optional(),
  })
  .strict();

/**
 * `require_grant`: matching requests need an active access grant for the connection (checked
 * per request by the gateway); evaluation goes on to decide the request itself.
 */
export const ACTIONS = ['allow', 'deny', 'require_approval', 'mask', 'record', 'require_grant'] as const;

export const ruleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", at most 64'),
    description: z.string().max(500).optional(),
    match: ruleMatchSchema.default({}),
    action: z.enum(ACTIONS),
    /** Said in the JSON-RPC error of a deny and in the policy_decision event. */
    reason: z.string().max(300).optional(),
    /** Record a policy_decision event even when this rule allows (defaults.logAllows decides otherwise). */
    sensitive: z.boolean().optional(),
    /** For action record: what the audit log keeps of matching calls. */
    record: z.enum(['full', 'metadata']).optional(),
    /** For action require_approval: who may approve, and how long the call is held. */
    approval: z
      .object({
        approverGroups: oneOrMany.optional(),
        approverSubjects: oneOrMany.optional(),
        /** N of M: how many distinct approvers must approve. */
        requiredApprovals: z.number().int().positive().max(10).optional(),
        reasonRequired: z.boolean().optional(),
        /** Longest "approve identical calls for a time" an approver may give (0: approve once only). */
        maxStandingSec: z
          .number()
          .int()
          .min(0)
          .max(7 * 86_400)
          .optional(),
        timeoutSec: z.number().int().positive().max(86_400).default(900),
        /** Groups whose members may see the clear arguments while the gateway holds the call. */
        clearGroups: oneOrMany.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const policyDocumentSchema = z
  .object({
    version: z.literal(1),
    /** Per connection (or `*`) what applies when no allow/deny/require_approval rule matches. */
    defaults: z.record(z.enum(['allow', 'deny'])).default({}),
    /** Which allows become policy_decision events: every one, only of sensitive rules, or none. */
    logAllows: z.enum(['all', 'sensitive', 'none']).default('sensitive'),
    rules: z.array(ruleSchema).default([]),
  })
  .strict();

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyRule = z.infer<typeof ruleSchema>;
export type RuleMatch = z.infer<typeof ruleMatchSchema>;
export type PolicyAction = (typeof ACTIONS)[number];
