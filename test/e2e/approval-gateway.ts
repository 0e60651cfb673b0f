/**
 * The gateway as the runtime assembles it for approvals (gatewayApprovals +
 * openEnforcerSecurity + the require_grant stage) on real Redis, in front of the demo EHR (a
 * stateful SDK v1 server, connection `ehr`) and a 2026-07-28 SDK v2 server (connection
 * `modern`); plus a second approval service on the same Redis, where the API takes decisions.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Client as ModernClient,
  StreamableHTTPClientTransport as ModernTransport,
} from '@modelcontextprotocol/client';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ApprovalRequest } from '@proctor/approvals';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import { type DemoEhr, startDemoEhr } from '@proctor/demo-ehr';
import type { EnforcerApp } from '@proctor/enforcer';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { silentLogger } from '@proctor/logger';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import {
  gatewayApprovals,
  type OpenApprovals,
  openApprovals,
  withGrantStage,
} from '../../src/runtime/approvals';
import { openEnforcerSecurity } from '../../src/runtime/enforcer-security';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { redisUrl, tempDir, uniqueName, waitFor } from '../harness';
import { buildSecuredEnforcer } from './secured-gateway';

const AUDIENCE = 'proctor-approvals-e2e';

export const APPROVAL_POLICY = `
version: 1
defaults: { ehr: deny, modern: deny }
rules:
  - id: approve-exports
    match: { tools: export_chart }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 60, maxStandingSec: 600 }
  - id: approve-echo
    match: { connections: modern, tools: echo }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 60 }
  - id: approve-roots
    match: { connections: modern, tools: list_roots }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 60 }
  - id: roots-need-a-grant
    match: { connections: modern, tools: list_roots }
    action: require_grant
  - id: appointments-need-a-grant
    match: { tools: list_appointments }
    action: require_grant
  - id: charts-need-a-grant
    match: { connections: ehr, resources: 'ehr://patients/*' }
    action: require_grant
  - id: clinicians
    match: { groups: clinicians }
    action: allow
`;

export interface ApprovalGateway {
  config: ProctorConfig;
  idp: LocalIssuer;
  base: string;
  log: MemoryEventLog;
  /** The workflow the gateway holds calls on. */
  gateway: OpenApprovals;
  /** Another approval service on the same Redis: where the API would take decisions. */
  api: OpenApprovals;
  enforcer: EnforcerApp;
  events(): AuditEvent[];
  /** A bearer token of a clinician. */
  token(subject?: string): Promise<string>;
  /** An SDK v1 (stateful) client of connection `ehr`, as a clinician. */
  statefulClient(subject?: string): Promise<Client>;
  /** An SDK v2 client pinned to 2026-07-28, of connection `modern`, as a clinician. */
  statelessClient(subject?: string): Promise<ModernClient>;
  /** The request once the API shows it withdrawn (waits for it). */
  withdrawn(approvalId: string): Promise<ApprovalRequest>;
  /** The one pending request whose masked arguments contain `marker`. */
  pendingWith(marker: string): Promise<ApprovalRequest>;
  close(): Promise<void>;
}

export async function startApprovalGateway(options: {
  holdSeconds: number;
  /** Upstream credentials the gateway mints for connection `ehr` (seconds they live). */
  mintForEhrSeconds?: number;
}): Promise<ApprovalGateway> {
  const dir = await tempDir('proctor-approvals');
  const idp = await startLocalIssuer('/idp');
  const demo: DemoEhr = await startDemoEhr({ host: '127.0.0.1', port: 0 });
  const modern: StatelessFixture = await startStatelessServer();
  const policyFile = join(dir, 'policy.yaml');
  await writeFile(policyFile, APPROVAL_POLICY);
  const config = parseConfig({
    gatewayId: uniqueName('gw'),
    identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [
        {
          name: 'ehr',
          upstream: { url: demo.url },
          ...(options.mintForEhrSeconds !== undefined && {
            credentials: { type: 'mint', ttlSeconds: options.mintForEhrSeconds },
          }),
        },
        { name: 'modern', upstream: { url: modern.url }, era: 'stateless' },
      ],
    },
    policy: { file: policyFile },
    keys: { gatewaySigning: { keyFile: join(dir, 'gateway-signing.json') } },
    approvals: {
      redisUrl: redisUrl(),
      keyPrefix: uniqueName('approvals_e2e'),
      holdSeconds: options.holdSeconds,
      grants: [
        { connection: 'ehr', approverGroups: ['privacy-office'] },
        { connection: 'modern', approverGroups: ['privacy-office'] },
      ],
    },
  });
  const log = new MemoryEventLog();
  const held = gatewayApprovals(config);
  const security = await openEnforcerSecurity(config, silentLogger(), {}, held.source, (id) =>
    held.grantOf(id),
  );
  const gateway = await held.open(silentLogger(), log);
  const api = await openApprovals(config, silentLogger(), log);
  const enforcer = buildSecuredEnforcer(
    config,
    log,
    security,
    security.stages && withGrantStage(security, held),
  );
  const stopWatch = await security.attach(enforcer);
  held.attach(enforcer);
  const base = await enforcer.app.listen({ host: '127.0.0.1', port: 0 });
  const closing: { close(): Promise<void> }[] = [];
  const token = (subject: string) => idp.sign({ sub: subject, aud: AUDIENCE, groups: ['clinicians'] });
  return {
    config,
    idp,
    base,
    log,
    gateway,
    api,
    enforcer,
    events: () => log.records.map((r) => decodeEvent(r.record.value)),
    token: (subject = 'dr.avery@example.com') => token(subject),
    async statefulClient(subject = 'dr.avery@example.com') {
      const client = new Client({ name: 'synthetic-v1-client', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${base}/mcp/ehr`), {
          requestInit: { headers: { authorization: `Bearer ${await token(subject)}` } },
        }),
      );
      closing.push(client);
      return client;
    },
    async statelessClient(subject = 'dr.avery@example.com') {
      const client = new ModernClient(
        { name: 'synthetic-v2-client', version: '2.0.0' },
        { versionNegotiation: { mode: { pin: '2026-07-28' } } },
      );
      await client.connect(
        new ModernTransport(new URL(`${base}/mcp/modern`), {
          requestInit: { headers: { authorization: `Bearer ${await token(subject)}` } },
        }),
      );
      closing.push(client);
      return client;
    },
    withdrawn(approvalId) {
      return waitFor(
        async () => {
          const current = await api.approvals.get(approvalId);
          return current.state === 'cancelled' ? current : undefined;
        },
        { what: `approval ${approvalId} withdrawn`, timeoutMs: 15_000 },
      );
    },
    pendingWith(marker) {
      return waitFor(
        async () => {
          const pending = await api.approvals.list(['pending']);
          return pending.find((r) => JSON.stringify(r.maskedArguments).includes(marker));
        },
        { what: `a pending approval with ${marker}`, timeoutMs: 15_000 },
      );
    },
    async close() {
      stopWatch();
      await Promise.allSettled(closing.map((c) => c.close()));
      await enforcer.close();
      await Promise.allSettled([gateway.close(), api.close()]);
      await Promise.allSettled([demo.close(), modern.close(), idp.close()]);
    },
  };
}
