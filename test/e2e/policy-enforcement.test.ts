/**
 * Policy in the data path, through the official SDK clients of both eras and the gateway as
 * the runtime assembles it (openEnforcerSecurity): deny naming the rule, hold for approval
 * with a test decision source, inline masking, tools hidden from tools/list, GitHub- and
 * GitLab-shaped CI tokens driving decisions by repository and branch, and hot reload under
 * traffic. Events are read back from the log through the codec.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { parseConfig } from '@proctor/config';
import { DEMO_PATIENTS, type DemoEhr, startDemoEhr } from '@proctor/demo-ehr';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { ManualApprovalSource } from '@proctor/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { tempDir, waitFor } from '../harness';
import {
  connectLegacyClient,
  connectModernClient,
  type LegacyClient,
  type ModernClient,
} from './sdk-clients';
import { type SecuredGateway, startSecuredGateway } from './secured-gateway';

const AUDIENCE = 'proctor-policy-e2e';
const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];

let idp: LocalIssuer;
let github: LocalIssuer;
let gitlab: LocalIssuer;
let demo: DemoEhr;
let modern: StatelessFixture;
let gateway: SecuredGateway;
let base: string;
let policyFile: string;
const log = new MemoryEventLog();
const approvals = new ManualApprovalSource();
const clients: { close(): Promise<void> }[] = [];

function policyText(extra = ''): string {
  return `
version: 1
defaults: { ehr: deny, modern: deny, open: deny }
logAllows: all
rules:${extra}
  - id: no-benchmark
    match: { tools: benchmark_payload }
    action: deny
    reason: synthetic load tool, not for people
  - id: appointments-metadata-only
    match: { tools: list_appointments, groups: clinicians }
    action: record
    record: metadata
  - id: ci-main-reads
    match: { ci: { repository: example/ehr-sync, ref: refs/heads/main }, tools: [search_patients, get_patient] }
    action: allow
  - id: gitlab-release-appointments
    match: { ci: { provider: gitlab-ci, repository: example/etl, ref: release, environment: production }, tools: list_appointments }
    action: allow
  - id: ci-nothing-else
    match: { issuers: ['${github.issuer}', '${gitlab.issuer}'], methods: tools/call }
    action: deny
    reason: CI jobs may only read from their release branch
  - id: mask-patient-records
    match: { tools: get_patient }
    action: mask
  - id: approve-exports
    match: { tools: export_chart }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 30 }
  - id: no-triage
    match: { connections: modern, prompts: triage }
    action: deny
    reason: triage prompts are for the triage desk
  - id: no-orders
    match: { connections: modern, tools: confirm_order }
    action: deny
    reason: orders go through the ordering system
  - id: modern-charts-metadata-only
    match: { connections: modern, resources: 'ehr://charts/*' }
    action: record
    record: metadata
  - id: mask-modern-echo
    match: { connections: modern, tools: echo }
    action: mask
  - id: approve-modern-slow
    match: { connections: modern, tools: slow }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 30 }
  - id: anonymous-echo
    match: { connections: open, anonymous: true, tools: echo }
    action: allow
  - id: clinicians
    match: { groups: clinicians }
    action: allow
`;
}

beforeAll(async () => {
  const dir = await tempDir('proctor-policy');
  [idp, github, gitlab] = await Promise.all([
    startLocalIssuer('/idp'),
    startLocalIssuer('/gh'),
    startLocalIssuer('/gl'),
  ]);
  [demo, modern] = await Promise.all([startDemoEhr({ host: '127.0.0.1', port: 0 }), startStatelessServer()]);
  policyFile = join(dir, 'policy.yaml');
  await writeFile(policyFile, policyText());
  const config = parseConfig({
    identity: {
      issuers: [
        { issuer: idp.issuer, audience: AUDIENCE },
        { issuer: github.issuer, jwksUrl: github.jwksUrl, audience: AUDIENCE, ciProvider: 'github-actions' },
        { issuer: gitlab.issuer, audience: AUDIENCE, ciProvider: 'gitlab-ci' },
      ],
    },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [
        { name: 'ehr', upstream: { url: demo.url } },
        { name: 'modern', upstream: { url: modern.url } },
        { name: 'open', upstream: { url: modern.url }, anonymous: true },
      ],
    },
    policy: { file: policyFile },
  });
  gateway = await startSecuredGateway(config, log, { approvals });
  base = gateway.base;
});

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await gateway?.close();
  await Promise.allSettled([demo?.close(), modern?.close(), idp?.close(), github?.close(), gitlab?.close()]);
});

function events(): AuditEvent[] {
  return log.records.map((r) => decodeEvent(r.record.value));
}

function decisions(): Extract<AuditEvent, { type: 'policy_decision' }>[] {
  return events().filter(
    (e): e is Extract<AuditEvent, { type: 'policy_decision' }> => e.type === 'policy_decision',
  );
}

async function legacyClient(token: string, connection = 'ehr'): Promise<LegacyClient> {
  const client = await connectLegacyClient(`${base}/mcp/${connection}`, token);
  clients.push(client);
  return client;
}

/** A 2026-07-28 client; without a token it sends no Authorization header at all. */
async function modernClient(token: string | null, connection = 'modern'): Promise<ModernClient> {
  const client = await connectModernClient(`${base}/mcp/${connection}`, token);
  clients.push(client);
  return client;
}

async function rpcError(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  return err as { code: number; message: string };
}

/** Polls until `condition` holds (the harness's waitFor wants a value, not a boolean). */
function until(condition: () => boolean, what: string): Promise<true> {
  return waitFor(async () => (condition() ? true : undefined), { what, timeoutMs: 10_000 });
}

const clinician = () => idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE, groups: ['clinicians'] });
const textOf = (result: unknown) => JSON.stringify(result);

describe('policy through the SDK v1 client (stateful era)', () => {
  it('hides a denied tool from tools/list and denies a call to it, naming the rule', async () => {
    const client = await legacyClient(await clinician());
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toContain('get_patient');
    expect(names).not.toContain('benchmark_payload');
    const err = await rpcError(client.callTool({ name: 'benchmark_payload', arguments: { size: 10 } }));
    expect(err).toBeInstanceOf(McpError);
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('no-benchmark');
    expect(decisions().some((d) => d.body.decision === 'block' && d.body.rule === 'no-benchmark')).toBe(true);
    expect(decisions().some((d) => d.body.decision === 'hide' && d.body.method === 'tools/list')).toBe(true);
  });

  it('masks a patient record inline before it reaches the client', async () => {
    const client = await legacyClient(await clinician());
    const result = await client.callTool({ name: 'get_patient', arguments: { mrn: patient.mrn } });
    const text = textOf(result);
    // The record came back (its clinical content is not an identifier), its identifiers masked.
    expect(text).toContain(patient.conditions[0] ?? 'condition');
    expect(text).not.toContain(patient.ssn);
    expect(text).not.toContain(patient.phone);
    const mask = decisions().find((d) => d.body.decision === 'mask' && d.body.toolName === 'get_patient');
    expect(mask?.body.rule).toBe('mask-patient-records');
    expect(mask?.body.ruleVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps only metadata of the calls a record: metadata rule matches; other calls in full', async () => {
    const client = await legacyClient(await clinician());
    const result = await client.callTool({ name: 'list_appointments', arguments: { mrn: patient.mrn } });
    // Recording less changes nothing for the client.
    expect(textOf(result)).toContain(patient.mrn);
    await client.callTool({ name: 'search_patients', arguments: { query: 'placeholder' } });
    const frames = events().filter((e): e is Extract<AuditEvent, { type: 'frame' }> => e.type === 'frame');
    const listed = frames.filter(
      (f) => f.body.toolName === 'list_appointments' && f.identity.groups.includes('clinicians'),
    );
    expect(listed.map((f) => f.body.kind).sort()).toEqual(['request', 'response']);
    for (const frame of listed) {
      expect(frame.body).toMatchObject({ payloadEncoding: 'omitted', sha256: '', method: 'tools/call' });
      expect(frame.body.payload.length).toBe(0);
      expect(frame.body.size).toBeGreaterThan(0);
      expect(frame.body.jsonrpcId).not.toBeNull();
    }
    const searched = frames.filter((f) => f.body.toolName === 'search_patients');
    expect(searched.length).toBeGreaterThanOrEqual(2);
    for (const frame of searched) {
      expect(frame.body.payloadEncoding).toBe('json');
      expect(frame.body.payload.length).toBe(frame.body.size);
    }
  });

  it('holds an export for approval and runs it once approved, refuses it once denied', async () => {
    const client = await legacyClient(await clinician());
    const approved = client.callTool({ name: 'export_chart', arguments: { mrn: patient.mrn, steps: 1 } });
    const held = await approvals.next();
    expect(held).toMatchObject({
      ruleId: 'approve-exports',
      toolName: 'export_chart',
      approverGroups: ['privacy-office'],
    });
    expect(held.argsDigest).toMatch(/^[0-9a-f]{64}$/);
    approvals.approve(held.approvalId);
    expect((await approved).isError).not.toBe(true);
    const refused = client.callTool({ name: 'export_chart', arguments: { mrn: patient.mrn, steps: 1 } });
    approvals.deny((await approvals.next()).approvalId, 'privacy@example.com', 'no export today');
    const err = await rpcError(refused);
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('no export today');
    const trail = events()
      .filter((e): e is Extract<AuditEvent, { type: 'approval' }> => e.type === 'approval')
      .map((e) => e.body.action);
    expect(trail).toEqual(['requested', 'approved', 'requested', 'denied']);
  });
});

describe('policy through the SDK v2 client (stateless era)', () => {
  it('hides and denies a tool; the upstream never receives the denied call', async () => {
    const client = await modernClient(await clinician());
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('echo');
    expect(tools.map((t) => t.name)).not.toContain('confirm_order');
    expect(textOf(await client.callTool({ name: 'echo', arguments: { item: 'gauze' } }))).toContain(
      'echo:gauze',
    );
    const err = await rpcError(client.callTool({ name: 'confirm_order', arguments: { item: 'gauze' } }));
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('no-orders');
    const called = modern.received.filter(
      (r) => r.method === 'tools/call' && JSON.stringify(r.body).includes('confirm_order'),
    );
    expect(called).toEqual([]);
    for (const r of modern.received) expect(r.headers.authorization ?? '').not.toContain('Bearer ey');
  });

  it('marks list answers private to the caller: a shared cache must not hand one caller another caller’s list', async () => {
    const list = async (url: string, authorization?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2026-07-28',
          'mcp-method': 'tools/list',
          ...(authorization && { authorization }),
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/list',
          params: {
            _meta: {
              'io.modelcontextprotocol/protocolVersion': '2026-07-28',
              'io.modelcontextprotocol/clientCapabilities': {},
              'io.modelcontextprotocol/clientInfo': { name: 'synthetic-raw-client', version: '1' },
            },
          },
        }),
      });
      const text = await res.text();
      const data = text.startsWith('{') ? text : (/^data: (.*)$/m.exec(text)?.[1] ?? '{}');
      return (JSON.parse(data) as { result?: { cacheScope?: string; tools?: { name: string }[] } }).result;
    };
    // The upstream says its list may be cached by anyone...
    expect((await list(modern.url))?.cacheScope).toBe('public');
    // ...but through the gateway the list depends on who asks.
    const viaGateway = await list(`${base}/mcp/modern`, `Bearer ${await clinician()}`);
    expect(viaGateway?.tools?.map((t) => t.name)).not.toContain('confirm_order');
    expect(viaGateway?.cacheScope).toBe('private');
  });

  it('a prompt a rule denies is hidden, refused, and so are completions of its arguments', async () => {
    const client = await modernClient(await clinician());
    expect((await client.listPrompts()).prompts.map((p) => p.name)).not.toContain('triage');
    const got = await rpcError(client.getPrompt({ name: 'triage' }));
    expect(got.message).toContain('no-triage');
    const completed = await rpcError(
      client.complete({ ref: { type: 'ref/prompt', name: 'triage' }, argument: { name: 'x', value: 'a' } }),
    );
    expect(completed.code).toBe(-31014);
    expect(completed.message).toContain('no-triage');
  });

  it('masks a result inline before it reaches the client', async () => {
    const client = await modernClient(await clinician());
    const text = textOf(await client.callTool({ name: 'echo', arguments: { item: `SSN ${patient.ssn}` } }));
    expect(text).toContain('echo:');
    expect(text).not.toContain(patient.ssn);
    // The upstream answered in the clear; only the gateway's answer to the client is masked.
    expect(JSON.stringify(modern.received)).toContain(patient.ssn);
    const mask = decisions().find((d) => d.body.decision === 'mask' && d.body.rule === 'mask-modern-echo');
    expect(mask?.body.toolName).toBe('echo');
  });

  it('holds a call for approval, runs it once approved and refuses it once denied', async () => {
    const client = await modernClient(await clinician());
    const approved = client.callTool({ name: 'slow', arguments: {} });
    const held = await approvals.next();
    expect(held).toMatchObject({ ruleId: 'approve-modern-slow', toolName: 'slow', connection: 'modern' });
    const reached = () => modern.received.filter((r) => JSON.stringify(r.body).includes('"slow"')).length;
    expect(reached()).toBe(0);
    approvals.approve(held.approvalId);
    expect(textOf(await approved)).toContain('done');
    expect(reached()).toBe(1);
    const refused = client.callTool({ name: 'slow', arguments: {} });
    approvals.deny((await approvals.next()).approvalId, 'privacy@example.com', 'not now');
    const err = await rpcError(refused);
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('not now');
    expect(reached()).toBe(1);
  });

  it('keeps only metadata of the exchanges a record: metadata rule matches', async () => {
    const client = await modernClient(await clinician());
    const read = await client.readResource({ uri: 'ehr://charts/synthetic-1' });
    // Recording less changes nothing for the client.
    expect(textOf(read)).toContain('synthetic chart');
    const frames = events().filter(
      (e): e is Extract<AuditEvent, { type: 'frame' }> =>
        e.type === 'frame' && e.connection === 'modern' && e.body.resourceUri === 'ehr://charts/synthetic-1',
    );
    expect(frames.map((f) => f.body.kind).sort()).toEqual(['request', 'response']);
    for (const frame of frames) {
      expect(frame.body).toMatchObject({ payloadEncoding: 'omitted', sha256: '', method: 'resources/read' });
      expect(frame.body.payload.length).toBe(0);
    }
    // Other exchanges on the connection were recorded in full.
    const echoed = events().filter(
      (e): e is Extract<AuditEvent, { type: 'frame' }> =>
        e.type === 'frame' && e.connection === 'modern' && e.body.toolName === 'echo',
    );
    expect(echoed.length).toBeGreaterThan(0);
    for (const frame of echoed) expect(frame.body.payloadEncoding).toBe('json');
  });

  it('lets a caller without a token use only what an anonymous connection allows, recorded as anonymous', async () => {
    const client = await modernClient(null, 'open');
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['echo']);
    expect(textOf(await client.callTool({ name: 'echo', arguments: { item: 'gauze' } }))).toContain(
      'echo:gauze',
    );
    const err = await rpcError(client.callTool({ name: 'summarize', arguments: {} }));
    expect(err.code).toBe(-31014);
    const open = events().filter((e) => e.connection === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const event of open) {
      expect(event.identity).toMatchObject({
        subject: 'anonymous',
        anonymous: true,
        authMethod: 'anonymous',
      });
    }
  });
});

describe('CI identities drive policy by repository and branch', () => {
  it('a GitHub Actions token from main may read, nothing else; another branch may not', async () => {
    const claims = {
      aud: AUDIENCE,
      repository: 'example/ehr-sync',
      workflow: 'nightly',
      run_id: '77',
      actor: 'bot',
    };
    const main = await legacyClient(
      await github.sign({
        ...claims,
        sub: 'repo:example/ehr-sync:ref:refs/heads/main',
        ref: 'refs/heads/main',
      }),
    );
    expect((await main.listTools()).tools.map((t) => t.name).sort()).toEqual([
      'get_patient',
      'search_patients',
    ]);
    expect(
      textOf(await main.callTool({ name: 'search_patients', arguments: { query: 'Sample' } })),
    ).toContain('MRN-');
    const export_ = await rpcError(main.callTool({ name: 'export_chart', arguments: { mrn: patient.mrn } }));
    expect(export_.message).toContain('ci-nothing-else');
    const feature = await legacyClient(
      await github.sign({
        ...claims,
        sub: 'repo:example/ehr-sync:ref:refs/heads/wip',
        ref: 'refs/heads/wip',
      }),
    );
    const denied = await rpcError(
      feature.callTool({ name: 'search_patients', arguments: { query: 'Sample' } }),
    );
    expect(denied.message).toContain('ci-nothing-else');
    const ciEvent = events().find((e) => e.identity.ci?.ref === 'refs/heads/main');
    expect(ciEvent?.identity.ci).toMatchObject({
      provider: 'github-actions',
      repository: 'example/ehr-sync',
      runId: '77',
    });
  });

  it('a GitLab CI token of the release pipeline in production may list appointments', async () => {
    const token = await gitlab.sign({
      sub: 'project_path:example/etl:ref_type:branch:ref:release',
      aud: AUDIENCE,
      project_path: 'example/etl',
      ref: 'release',
      ref_type: 'branch',
      environment: 'production',
      pipeline_id: '5150',
      job_id: '99',
    });
    const client = await legacyClient(token);
    expect(textOf(await client.callTool({ name: 'list_appointments', arguments: {} }))).toContain('MRN-');
    const err = await rpcError(client.callTool({ name: 'get_patient', arguments: { mrn: patient.mrn } }));
    expect(err.message).toContain('ci-nothing-else');
  });
});

describe('authentication failures on the record', () => {
  it('records a refused token with its reason and the issuer and subject it claims, never the token', async () => {
    const expired = await idp.sign(
      { sub: 'mallory@example.com', aud: AUDIENCE, groups: ['clinicians'] },
      { expiresIn: -600 },
    );
    const res = await fetch(`${base}/mcp/ehr`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${expired}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'user-agent': 'synthetic-agent/1.0',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(401);
    await res.arrayBuffer();
    // This gateway masks answers (mask rules) and has no ingest key to seal to: the subject the
    // token claims, client text, is masked before it is written.
    const failure = events().find(
      (e): e is Extract<AuditEvent, { type: 'auth_failure' }> =>
        e.type === 'auth_failure' && e.body.reason === 'invalid_token:expired',
    );
    expect(failure?.body).toEqual({
      reason: 'invalid_token:expired',
      httpStatus: 401,
      claimedIssuer: '[URL]',
      claimedSubject: '[EMAIL]',
    });
    expect(failure?.userAgent).toBe('synthetic-agent/1.0');
    expect(failure?.sourceIp).toBe('127.0.0.1');
    const raw = Buffer.concat(log.records.map((r) => r.record.value)).toString('latin1');
    expect(raw).not.toContain(expired.split('.')[2] ?? 'signature');
  });
});

describe('hot reload', () => {
  it('applies a new policy under traffic, keeps the old rules on a bad file, and records both', async () => {
    const client = await legacyClient(await clinician());
    const search = () => client.callTool({ name: 'search_patients', arguments: { query: 'Sample' } });
    let stop = false;
    const outcomes: string[] = [];
    const traffic = (async () => {
      while (!stop)
        outcomes.push(
          await search().then(
            () => 'ok',
            (e: { message: string }) => e.message,
          ),
        );
    })();
    await until(() => outcomes.length >= 3, 'three calls before the reload');
    const before = events().filter((e) => e.type === 'config_change').length;
    await writeFile(
      policyFile,
      policyText(`
  - id: freeze-search
    match: { tools: search_patients }
    action: deny
    reason: search frozen for maintenance`),
    );
    await until(
      () => outcomes.some((o) => o.includes('freeze-search')),
      'a call denied by the reloaded rule',
    );
    await writeFile(
      policyFile,
      'version: 1\nrules:\n  - id: broken\n    action: allow\n    match: { tools: [1, 2] }\n',
    );
    await until(
      () => events().filter((e) => e.type === 'config_change').length >= before + 2,
      'two config changes',
    );
    stop = true;
    await traffic;
    expect(outcomes[0]).toBe('ok');
    const changes = events()
      .filter((e): e is Extract<AuditEvent, { type: 'config_change' }> => e.type === 'config_change')
      .slice(before);
    expect(changes.map((c) => c.body.accepted)).toEqual([true, false]);
    expect(changes[1]?.body.error).toMatch(/rules\.0/);
    // The bad file changed nothing: the frozen rule still applies.
    expect((await rpcError(search())).message).toContain('freeze-search');
  });

  it('a held call finishes under the rules it started with, after a reload that would deny it', async () => {
    const client = await legacyClient(await clinician());
    const held = client.callTool({ name: 'export_chart', arguments: { mrn: patient.mrn, steps: 1 } });
    const request = await approvals.next();
    const changes = () => events().filter((e) => e.type === 'config_change').length;
    const before = changes();
    await writeFile(
      policyFile,
      policyText(`
  - id: freeze-exports
    match: { tools: export_chart }
    action: deny
    reason: exports frozen`),
    );
    await until(() => changes() > before, 'the reload');
    approvals.approve(request.approvalId);
    expect((await held).isError).not.toBe(true);
    const after = await rpcError(
      client.callTool({ name: 'export_chart', arguments: { mrn: patient.mrn, steps: 1 } }),
    );
    expect(after.message).toContain('freeze-exports');
  });
});
