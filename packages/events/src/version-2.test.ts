import { describe, expect, it } from 'vitest';
import { createCodec } from './codec';
import { envelope, sampleEvents } from './fixtures/sample-events';
import type { AuditEvent } from './model';

const v2 = createCodec({ version: 2 });
const v1 = createCodec({ version: 1 });

const streamEnvelope = envelope({
  gatewayEpoch: 3,
  streamSeq: 41,
  era: 'stateless',
  protocolVersion: '2026-07-28',
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  identity: {
    subject: 'repo:example/app:ref:refs/heads/main',
    issuer: 'https://ci.example.com',
    groups: [],
    ci: {
      provider: 'gitlab',
      repository: 'example/app',
      ref: 'main',
      workflow: null,
      runId: '77',
      actor: 'builder',
      job: 'deploy',
      environment: 'staging',
      refType: 'branch',
      sha: 'abc123',
    },
    authMethod: 'oidc',
  },
});

const newKinds: AuditEvent[] = [
  {
    ...streamEnvelope,
    type: 'frame',
    body: {
      direction: 'server_to_client',
      kind: 'response',
      method: null,
      jsonrpcId: '7',
      toolName: null,
      payload: Buffer.from('opaque ciphertext'),
      payloadEncoding: 'jwe-a256gcm',
      size: 42,
      sha256: 'ab'.repeat(32),
      digestAlg: 'hmac-sha256',
      encryption: {
        keyId: 'ingest-2026',
        wrappedKey: 'eyJ.x.y.z.w',
        iv: Buffer.alloc(12, 1),
        tag: Buffer.alloc(16, 2),
      },
      sseStreamId: 'stream-1',
      sseEventId: 'stream-1:4',
      round: 1,
      resourceUri: 'ehr://records/synthetic',
    },
  },
  {
    ...streamEnvelope,
    type: 'auth_failure',
    body: {
      reason: 'invalid_token:expired',
      httpStatus: 401,
      claimedIssuer: 'https://idp.example.com',
      claimedSubject: null,
    },
  },
  {
    ...streamEnvelope,
    type: 'access_grant',
    body: {
      action: 'break_glass',
      grantId: 'grant-1',
      scope: 'connection:ehr',
      audience: 'https://ehr.example.com',
      issuedAt: 1_721_000_000_000_000,
      expiresAt: 1_721_000_900_000_000,
      reason: 'synthetic emergency',
      approvalId: null,
      actor: null,
      flaggedForReview: true,
    },
  },
  {
    ...streamEnvelope,
    type: 'approval',
    body: {
      action: 'approved',
      approvalId: 'appr-1',
      method: 'tools/call',
      toolName: 'delete_record',
      argsDigest: 'cd'.repeat(32),
      rule: 'risky-writes',
      ruleVersion: 'v-hash',
      actor: 'lead@example.com',
      actorGroups: ['approvers'],
      reason: 'ticket 1',
      expiresAt: 1_721_000_300_000_000,
      validUntil: null,
      requiredApprovals: 2,
      approvals: 1,
    },
  },
  {
    ...streamEnvelope,
    type: 'config_change',
    body: { component: 'policy', hash: 'ef'.repeat(32), accepted: false, error: 'rule r1: invalid pattern' },
  },
  {
    ...streamEnvelope,
    type: 'rule_error',
    body: { ruleId: 'custom-mrn', stage: 'ingest', error: 'budget exceeded', frameSeq: 12 },
  },
];

describe('audit-event schema version 2', () => {
  it('round-trips the gateway-stream position, era, trace, CI claims and every new event kind', () => {
    // Later optional fields that are unset (null) are left out of the decoded model.
    for (const event of newKinds) expect(v2.decode(v2.encode(event))).toEqual(event);
  });

  it('still round-trips version 1 events unchanged (no new fields appear on them)', () => {
    for (const event of sampleEvents()) expect(v2.decode(v2.encode(event))).toEqual(event);
  });

  it('a version 1 reader reads a version 2 frame, dropping what it does not know', () => {
    const [frame] = newKinds as [AuditEvent & { type: 'frame' }];
    const read = v1.decode(v2.encode(frame)) as AuditEvent & { type: 'frame' };
    expect(read.streamSeq).toBeUndefined();
    expect(read.body.sha256).toBe(frame.body.sha256);
    expect(read.body.encryption).toBeUndefined();
    expect(read.identity.ci?.job).toBeUndefined();
  });

  it('reads version 1 messages into version 2', () => {
    for (const event of sampleEvents()) expect(v2.decode(v1.encode(event))).toEqual(event);
  });
});
