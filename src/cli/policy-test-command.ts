import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '@proctor/config';
import type { Identity } from '@proctor/events';
import {
  type CompiledPolicy,
  compilePolicy,
  compilePolicyText,
  decide,
  type PolicyRequest,
} from '@proctor/policy';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const USAGE = `proctor policy test --config FILE --identity JSON --request JSON
  Prints the decision a policy makes for one request, and the rule that made it.
  FILE is a policy file (version: 1, rules: …) or a proctor config whose policy it reads.
  --identity '{"subject":"alice@example.com","groups":["clinicians"],"ci":{"repository":"org/repo","ref":"refs/heads/main"}}'
  --request  '{"connection":"ehr","method":"tools/call","tool":"get_patient","arguments":{"mrn":"MRN-1"}}'
`;

const identityInput = z
  .object({
    subject: z.string().min(1),
    issuer: z.string().min(1).default('https://idp.example.com'),
    groups: z.array(z.string()).default([]),
    anonymous: z.boolean().optional(),
    ci: z.record(z.string().nullable()).nullable().default(null),
  })
  .strict();

const requestInput = z
  .object({
    connection: z.string().min(1),
    method: z.string().min(1).default('tools/call'),
    tool: z.string().min(1).nullable().default(null),
    resourceUri: z.string().min(1).nullable().default(null),
    promptName: z.string().min(1).nullable().default(null),
    arguments: z.record(z.unknown()).nullable().default(null),
    era: z.enum(['stateful', 'stateless']).nullable().default(null),
  })
  .strict();

export async function runPolicy(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'test') return runPolicyTest(rest);
  if (verb === undefined || verb === '-h' || verb === '--help') {
    process.stdout.write(USAGE);
    return verb === undefined ? 2 : 0;
  }
  process.stderr.write(`proctor policy: unknown subcommand "${verb}"\n\n${USAGE}`);
  return 2;
}

async function runPolicyTest(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string', short: 'c' },
      identity: { type: 'string' },
      request: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.config || !values.identity || !values.request) {
    process.stderr.write(`proctor policy test: --config, --identity and --request are required\n\n${USAGE}`);
    return 2;
  }
  const identity = parseJsonOption('--identity', values.identity, identityInput);
  const input = parseJsonOption('--request', values.request, requestInput);
  const policy = await loadPolicyFrom(values.config);
  const request: PolicyRequest = {
    identity: identity as Identity,
    connection: input.connection,
    method: input.method,
    toolName: input.tool,
    resourceUri: input.resourceUri,
    promptName: input.promptName,
    arguments: input.arguments,
    era: input.era,
  };
  const decision = decide(policy, request);
  const printed = {
    decision: decision.verdict,
    rule: decision.rule?.id ?? null,
    reason: decision.reason,
    ruleVersion: decision.ruleVersion,
    mask: decision.maskRule,
    record: decision.record,
    recorded: decision.log,
  };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

function parseJsonOption<T extends z.ZodTypeAny>(name: string, text: string, schema: T): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || name}: ${i.message}`).join('; ');
    throw new Error(`${name}: ${detail}`);
  }
  return parsed.data;
}

/** A policy file, or a proctor config naming one (or holding it inline). */
async function loadPolicyFrom(file: string): Promise<CompiledPolicy> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${file} (${err.code ?? 'error'})`);
  });
  const doc = parseYaml(text) as Record<string, unknown> | null;
  if (doc !== null && typeof doc === 'object' && 'version' in doc)
    return compilePolicyText(text, { source: file });
  const config = parseConfig(doc ?? {}, file);
  const knownConnections = config.enforcer.connections.map((c) => c.name);
  if (config.policy.inline !== undefined) {
    return compilePolicy(config.policy.inline, { knownConnections, source: `${file}: policy.inline` });
  }
  if (config.policy.file === undefined)
    throw new Error(`${file} configures no policy (policy.file or policy.inline)`);
  // Relative to the working directory, as the gateway resolves it.
  const policyFile = resolve(config.policy.file);
  return compilePolicyText(await readFile(policyFile, 'utf8'), { knownConnections, source: policyFile });
}
