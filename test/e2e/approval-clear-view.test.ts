/**
 * Clear arguments for approvers of a clear-view group, across processes: two gateways (real
 * `proctor enforcer` processes) and the exporter (a real `proctor exporter` serving the approvals
 * API) share Redis and Kafka. The exporter asks the gateway holding the call over Redis pub/sub;
 * only the rule's clearGroups get the clear view (API and `proctor approvals show --clear`),
 * every view is a `viewed_clear` event naming who, and the clear values reach neither Redis nor
 * the event log. Once the call is released, or its gateway is gone, the view says so. Official
 * SDK v1 client, development tokens, payloads sealed to an ingest key.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEvent } from '@proctor/events';
import { generatePayloadKeyPair, publicKeyDocument } from '@proctor/payload-crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUrl } from '../harness';
import { runProctor } from '../harness/proctor-cli';
import { type ApprovalProcesses, echoNeedsApproval, startApprovalProcesses } from './approval-processes';
import { readAuditTopicUntil } from './audit-topic';

let run: ApprovalProcesses;
const tokens: Record<'clinician' | 'privacy' | 'onCall' | 'outsider', string> = {
  clinician: '',
  privacy: '',
  onCall: '',
  outsider: '',
};

beforeAll(async () => {
  run = await startApprovalProcesses({
    name: 'approvals-clear',
    tenant: 'approvals-clear-test',
    gatewayIds: ['clear-gw-a', 'clear-gw-b'],
    policy: echoNeedsApproval(
      '{ approverGroups: [privacy-office, on-call], clearGroups: privacy-office, timeoutSec: 120 }',
    ),
    // Frame payloads sealed to an ingest key: the raw topic then holds no clear argument of its own.
    extra: async (dir) => {
      const publicKeyFile = join(dir, 'ingest.pub.json');
      const ingestKey = await generatePayloadKeyPair({ keyId: 'clear-view-e2e' });
      await writeFile(publicKeyFile, JSON.stringify(publicKeyDocument(ingestKey)));
      return { keys: { payload: { recipients: [{ publicKeyFile }] } } };
    },
  });
  tokens.clinician = await run.sign('dr.avery@example.com', ['clinicians']);
  tokens.privacy = await run.sign('privacy@example.com', ['privacy-office']);
  tokens.onCall = await run.sign('oncall@example.com', ['on-call']);
  tokens.outsider = await run.sign('visitor@example.com', ['clinicians']);
}, 180_000);

afterAll(async () => {
  await run?.close();
});

async function heldCall(gatewayId: string, text: string) {
  const client = await run.client(gatewayId, tokens.clinician);
  const call = client.callTool({ name: 'echo', arguments: { text } }, undefined, { timeout: 120_000 }).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  return { id: await run.heldOn(gatewayId, tokens.privacy), call };
}

async function api(who: keyof typeof tokens, path: string, body?: unknown) {
  const answer = await run.api(tokens[who], path, body);
  return { status: answer.status, cacheControl: answer.headers.get('cache-control'), body: answer.body };
}

/** Every value stored under a key prefix, as text (strings, hashes, lists, sets, sorted sets, streams). */
async function redisContents(redis: Redis, prefix: string): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', '500');
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === 'string'
          ? await redis.get(key)
          : type === 'hash'
            ? await redis.hgetall(key)
            : type === 'list'
              ? await redis.lrange(key, 0, -1)
              : type === 'set'
                ? await redis.smembers(key)
                : type === 'zset'
                  ? await redis.zrange(key, '0', '-1')
                  : type === 'stream'
                    ? await redis.xrange(key, '-', '+')
                    : null;
      parts.push(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return parts.join('\n');
}

/** A synthetic social security number, different on every run. */
function syntheticSsn(): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
  return `5${digits(2)}-${1 + Math.floor(Math.random() * 9)}${digits(1)}-${1 + Math.floor(Math.random() * 9)}${digits(3)}`;
}

const asText = (events: AuditEvent[]) =>
  JSON.stringify(events, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

describe('clear arguments of a held call, asked of the gateway holding it over Redis', () => {
  it('a clear-view approver sees them (API and CLI); other approvers, the requester and outsiders get 403; nothing of them is stored', async () => {
    const ssn = syntheticSsn();
    const marker = `Patient SSN ${ssn}`;
    const { id, call } = await heldCall('clear-gw-b', marker);

    const masked = await api('privacy', `/v1/approvals/${id}`);
    expect(masked.body).toMatchObject({
      argumentsView: 'masked',
      approvers: { clearGroups: ['privacy-office'] },
    });
    const clear = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(clear).toMatchObject({
      status: 200,
      cacheControl: 'no-store',
      body: { id, argumentsView: 'clear', arguments: { text: marker }, heldBy: 'clear-gw-b' },
    });
    for (const who of ['onCall', 'clinician', 'outsider'] as const) {
      const refused = await api(who, `/v1/approvals/${id}?view=clear`);
      expect(refused.status, who).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'CLEAR_VIEW_NOT_ALLOWED' });
    }

    const url = ['--url', run.exporter.base];
    const shown = await runProctor([
      'approvals',
      'show',
      id,
      '--clear',
      '--json',
      ...url,
      '--token',
      tokens.privacy,
    ]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ argumentsView: 'clear', arguments: { text: marker } });
    const refusedCli = await runProctor([
      'approvals',
      'show',
      id,
      '--clear',
      ...url,
      '--token',
      tokens.onCall,
    ]);
    expect(refusedCli.code).not.toBe(0);
    expect(refusedCli.stderr).toContain('may not see the clear arguments');
    expect(refusedCli.stdout + refusedCli.stderr).not.toContain(ssn);

    expect(await api('onCall', `/v1/approvals/${id}/approve`, { reason: 'ticket 12' })).toMatchObject({
      status: 200,
      body: { state: 'approved' },
    });
    const done = await call;
    expect(done).toMatchObject({ result: { content: [{ type: 'text', text: `echo: ${marker}` }] } });
    const gone = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(gone.status).toBe(410);
    expect(gone.body.error).toMatchObject({ code: 'CLEAR_ARGUMENTS_GONE' });
    expect(JSON.stringify(gone.body)).not.toContain(ssn);

    // Two clear views (API, CLI) are recorded with who saw them, never what they saw.
    const events = await readAuditTopicUntil(
      run.topics.raw,
      (seen) => seen.filter((e) => e.type === 'approval' && e.body.action === 'viewed_clear').length >= 2,
      90_000,
    );
    const views = events.filter((e) => e.type === 'approval' && e.body.action === 'viewed_clear');
    expect(views.map((e) => [e.sessionId, e.type === 'approval' && e.body.actor])).toEqual([
      [`approval:${id}`, 'privacy@example.com'],
      [`approval:${id}`, 'privacy@example.com'],
    ]);
    expect(asText(events)).not.toContain(ssn);
    // The workflow's events seal their client text (tool name, method) to the ingest key too.
    for (const view of views) {
      expect(view.sealedFields?.encryption.keyId).toBe('clear-view-e2e');
      expect(view.type === 'approval' && [view.body.toolName, view.body.method]).toEqual([null, null]);
    }
    const redis = new Redis(redisUrl(), { maxRetriesPerRequest: 2 });
    try {
      const stored =
        (await redisContents(redis, run.prefixes.approvals)) +
        (await redisContents(redis, run.prefixes.sessions));
      expect(stored).toContain(id);
      expect(stored).not.toContain(ssn);
    } finally {
      redis.disconnect();
    }
  }, 240_000);

  it('when the gateway holding the call is gone, the clear view says so (503)', async () => {
    const { id, call } = await heldCall('clear-gw-a', `Patient SSN ${syntheticSsn()}`);
    await run.gateways.get('clear-gw-a')?.kill();
    expect(await call).toHaveProperty('error');
    const answer = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(answer.status).toBe(503);
    expect(answer.body.error).toMatchObject({
      code: 'HOLDER_UNREACHABLE',
      message: expect.stringContaining('clear-gw-a'),
    });
    const shown = await api('privacy', `/v1/approvals/${id}`);
    expect(shown.body).toMatchObject({ state: 'pending', heldBy: 'clear-gw-a' });
  }, 120_000);
});
