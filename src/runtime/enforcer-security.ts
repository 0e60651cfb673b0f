/**
 * Assembles the enforcer's security parts from the config: payload sealing (raw topic and
 * spool carry no clear payloads), the policy stages with hot reload, and the upstream
 * credentials with their discovery documents. Every bad key, policy or secret reference is a
 * start-up error naming the field.
 */

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import type { EnforcerApp, Stages } from '@proctor/enforcer';
import {
  createGatewayCredentials,
  type GatewayCredentialOptions,
  type GatewayCredentials,
  registerCredentialDiscovery,
} from '@proctor/enforcer/credentials';
import { createPolicyStages, recordingEncoder, recordPolicyChange } from '@proctor/enforcer/policy';
import { type AuditEvent, encodeEvent } from '@proctor/events';
import { clientAuthorizationServers, ensureDevIssuerKey } from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import {
  createPayloadSealer,
  type PayloadRecipient,
  readPublicKeyFile,
  sealingEncoder,
} from '@proctor/payload-crypto';
import {
  type ApprovalDecisionSource,
  type CompiledPolicy,
  compilePolicy,
  compilePolicyText,
  type PolicyChange,
  PolicyHolder,
  watchPolicyFile,
} from '@proctor/policy';
import { clientFieldMaskingEncoder } from './client-field-masking';

export interface EnforcerSecurity {
  encode: (event: AuditEvent) => Buffer;
  stages?: Stages;
  /** The policy in force (absent without a policy), for stages assembled beside the policy's. */
  holder?: PolicyHolder;
  credentials?: GatewayCredentials;
  /** Once the app is built: routes, the emitter for grants and policy changes, the file watcher. */
  attach(enforcer: Pick<EnforcerApp, 'app' | 'emitter'>): Promise<() => void>;
}

export async function openEnforcerSecurity(
  config: ProctorConfig,
  logger: Logger,
  env: Readonly<Record<string, string | undefined>>,
  /** Where require_approval holds wait; none configured: such calls are denied, and say why. */
  approvals?: ApprovalDecisionSource,
  /** The access grant a session works under: credentials minted for it are scoped to it. */
  grantOf?: GatewayCredentialOptions['grantOf'],
): Promise<EnforcerSecurity> {
  const sealed = await payloadEncoder(config);
  const connections = config.enforcer.connections;
  const names = connections.map((c) => c.name);
  const policy = await loadPolicy(config, names);
  const pendingChanges: PolicyChange[] = policy ? [policy.initial] : [];
  let emitter: EnforcerApp['emitter'] | null = null;
  const holder = policy
    ? new PolicyHolder(policy.compiled, {
        knownConnections: names,
        source: config.policy.file ?? 'policy',
        onChange: (change) => {
          if (change.accepted) logger.info({ ruleVersion: change.version }, 'policy reloaded');
          else
            logger.error({ error: change.error }, 'policy reload refused: the previous rules stay in force');
          if (emitter)
            void recordPolicyChange(emitter, change).catch((err: unknown) =>
              logger.error({ err }, 'could not record a policy change'),
            );
          else pendingChanges.push(change);
        },
      })
    : null;
  const issues = connections.some(
    (c) => c.credentials.type === 'mint' || c.credentials.type === 'token-exchange',
  );
  const signing = issues ? await ensureDevIssuerKey(resolve(config.keys.gatewaySigning.keyFile)) : null;
  const credentials = await createGatewayCredentials({
    connections,
    env,
    ...(grantOf && { grantOf }),
    ...(signing && {
      signingKey: {
        issuer: config.keys.gatewaySigning.issuer,
        kid: signing.kid,
        privateJwk: signing.privateJwk,
        publicJwk: signing.publicJwk,
      },
    }),
  });
  // `record` rules choose what the log keeps before anything is sealed. Without an ingest key
  // nothing is sealed: under mask rules the client's own fields are then masked before writing.
  const written =
    holder && config.keys.payload.recipients.length === 0
      ? clientFieldMaskingEncoder(() => holder.current(), sealed)
      : sealed;
  const encode = holder ? recordingEncoder(() => holder.current(), written) : written;
  return {
    encode,
    ...(holder && { stages: createPolicyStages({ holder, ...(approvals && { approvals }) }), holder }),
    credentials,
    async attach(enforcer) {
      emitter = enforcer.emitter;
      credentials.attach(enforcer.emitter);
      const jwks = credentials.jwks();
      registerCredentialDiscovery(enforcer.app, {
        connections: new Set(names),
        authorizationServers:
          config.identity.authorizationServers ?? clientAuthorizationServers(config.identity.issuers),
        ...(config.identity.publicUrl && { publicUrl: config.identity.publicUrl }),
        ...(jwks && { gatewayJwks: jwks }),
      });
      for (const change of pendingChanges.splice(0)) await recordPolicyChange(enforcer.emitter, change);
      const file = config.policy.file;
      return holder && file && config.policy.watch ? watchPolicyFile(resolve(file), holder) : () => undefined;
    },
  };
}

/**
 * How every process of the deployment writes events to the raw log: sealed to the ingest keys
 * when they are configured (payloads and client-controlled fields), else plain.
 */
export async function payloadEncoder(config: ProctorConfig): Promise<(event: AuditEvent) => Buffer> {
  const { recipients, currentKeyId } = config.keys.payload;
  if (recipients.length === 0) return encodeEvent;
  const loaded: PayloadRecipient[] = await Promise.all(
    recipients.map(async (r) => {
      if (r.publicKeyFile !== undefined) {
        const fromFile = await readPublicKeyFile(resolve(r.publicKeyFile));
        return r.keyId === undefined ? fromFile : { ...fromFile, keyId: r.keyId };
      }
      return { keyId: r.keyId ?? '', publicJwk: r.publicJwk ?? {} };
    }),
  );
  return sealingEncoder(
    createPayloadSealer({ recipients: loaded, ...(currentKeyId && { currentKeyId }) }),
    encodeEvent,
  );
}

async function loadPolicy(
  config: ProctorConfig,
  knownConnections: string[],
): Promise<{ compiled: CompiledPolicy; initial: PolicyChange } | null> {
  const { file, inline } = config.policy;
  if (file !== undefined) {
    const text = await readFile(resolve(file), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new Error(`policy.file: cannot read ${file} (${err.code ?? 'error'})`);
    });
    const compiled = compilePolicyText(text, { knownConnections, source: file });
    return { compiled, initial: accepted(text, compiled) };
  }
  if (inline !== undefined) {
    const compiled = compilePolicy(inline, { knownConnections, source: 'policy.inline' });
    return { compiled, initial: accepted(JSON.stringify(inline), compiled) };
  }
  return null;
}

function accepted(text: string, compiled: CompiledPolicy): PolicyChange {
  return {
    hash: createHash('sha256').update(text).digest('hex'),
    accepted: true,
    version: compiled.version,
    error: null,
  };
}
