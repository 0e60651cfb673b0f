/**
 * `proctor up` as one process for the approval tests: the enforcer in front of the demo EHR
 * (connection `demo-ehr`, export_chart held for approval, clinicians allowed), the exporter's
 * approvals API and ingest into chDB, on a local event log; development tokens.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import { type DemoEhr, startDemoEhr } from '@proctor/demo-ehr';
import { DEV_ISSUER, signDevToken } from '@proctor/identity';
import { silentLogger } from '@proctor/logger';
import { type RunningService, startAll } from '../../src/runtime/services';
import { tempDir, uniqueName } from '../harness';

export interface ApprovalsUp {
  config: ProctorConfig;
  dir: string;
  /** The MCP endpoint of connection demo-ehr. */
  enforcerUrl: string;
  exporterUrl: string;
  sign(subject: string, groups: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function startApprovalsUp(options: {
  name: string;
  /** The export_chart rule's approval settings (YAML flow map). */
  approval: string;
  /** The `approvals` config block. */
  approvals: Record<string, unknown>;
  /** More config (e.g. payload keys); it may use the test's directory. */
  extra?: (dir: string) => Promise<Record<string, unknown>>;
}): Promise<ApprovalsUp> {
  const dir = await tempDir(options.name);
  const demo: DemoEhr = await startDemoEhr({ host: '127.0.0.1', port: 0 });
  const policyFile = join(dir, 'policy.yaml');
  await writeFile(
    policyFile,
    `version: 1
defaults: { demo-ehr: deny }
rules:
  - id: exports-need-approval
    match: { tools: export_chart }
    action: require_approval
    approval: ${options.approval}
  - id: clinicians
    match: { groups: clinicians }
    action: allow
`,
  );
  const keyFile = join(dir, 'dev-key.json');
  const config = parseConfig({
    mode: 'development',
    log: { level: 'silent' },
    identity: { devIssuer: { enabled: true, keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [{ name: 'demo-ehr', upstream: { url: demo.url } }],
    },
    exporter: { listen: { host: '127.0.0.1', port: 0 }, bundleDir: join(dir, 'bundles') },
    eventLog: { local: { dir: join(dir, 'log') } },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
    ingest: { checkpoints: { keyFile: join(dir, 'checkpoint.json') } },
    policy: { file: policyFile },
    approvals: options.approvals,
    ...(await options.extra?.(dir)),
  });
  const services: RunningService[] = await startAll(config, silentLogger());
  const url = (name: string) => services.find((s) => s.name === name)?.url as string;
  return {
    config,
    dir,
    enforcerUrl: `${url('enforcer')}/mcp/demo-ehr`,
    exporterUrl: url('exporter'),
    sign: (subject, groups) =>
      signDevToken({
        keyFile,
        issuer: DEV_ISSUER,
        audience: config.identity.audience,
        subject,
        groups,
        ttlSeconds: 600,
      }),
    async close() {
      for (const service of services)
        for (const step of service.steps) await step.run().catch(() => undefined);
      await demo.close();
    },
  };
}
