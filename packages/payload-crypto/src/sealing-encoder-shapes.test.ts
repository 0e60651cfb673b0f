/**
 * The sealing encoder copies events field by field (one object shape per event type) where it
 * used to spread them: the bytes it writes must be the very bytes the spread copies gave, for
 * every event type it seals. Sealing is randomized, so the real sealer's outputs are recorded
 * while the spread construction runs and replayed, call by call, to the encoder.
 */
import {
  type AuditEvent,
  bodyCopy,
  type ClientFieldValues,
  clearedClientFields,
  clientFieldsOf,
  EVENT_TYPES,
  encodeEvent,
  eventWith,
  noClientFields,
  withClientFields,
} from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { fieldsAad } from './data-key';
import { generatePayloadKeyPair, publicKeyDocument } from './key-files';
import { createPayloadSealer, type PayloadSealer } from './sealer';
import { sealingEncoder, sealingScope } from './sealing-encoder';

const CLEAR = Buffer.from('{"jsonrpc":"2.0","id":"req-7","result":{"note":"MRN 00412345 synthetic"}}');

function event<T extends AuditEvent['type']>(
  seq: number,
  type: T,
  body: Extract<AuditEvent, { type: T }>['body'],
  envelope: Partial<AuditEvent> = {},
): AuditEvent {
  return {
    eventId: `0190b8c4-0000-7000-8000-0000000000${String(seq).padStart(2, '0')}`,
    time: 1_700_000_000_000_000 + seq,
    tenant: 't',
    gatewayId: 'g',
    sessionId: 'exch-1',
    seq,
    identity: { subject: 'tester', issuer: 'urn:test', groups: ['clinicians'], ci: null },
    sourceIp: '192.0.2.1',
    userAgent: 'agent for Jane Roe',
    connection: 'ehr',
    gatewayEpoch: 2,
    streamSeq: 40 + seq,
    era: 'stateless',
    protocolVersion: 'v-of-MRN-99',
    traceId: null,
    ...envelope,
    type,
    body,
  } as AuditEvent;
}

const frameBody = {
  direction: 'server_to_client' as const,
  kind: 'response' as const,
  method: 'tools/call',
  jsonrpcId: '"req-7"',
  toolName: 'chart_for_jane_roe',
  payload: CLEAR,
  payloadEncoding: 'json',
  size: CLEAR.length,
  sha256: 'ignored',
  round: 0,
  resourceUri: null,
  promptName: null,
};

/** Events of every type, with client text where the type has some, and a few without. */
function events(): AuditEvent[] {
  return [
    event(0, 'session_started', {
      protocolVersion: '2026-07-28',
      clientName: 'Jane Roe laptop',
      clientVersion: '1.0',
      transport: 'streamable-http',
    }),
    event(1, 'frame', frameBody),
    event(2, 'frame', { ...frameBody, method: null, jsonrpcId: null, toolName: null }, { userAgent: null }),
    event(3, 'frame', { ...frameBody, payloadEncoding: 'omitted', payload: Buffer.alloc(0), sha256: '' }),
    event(
      4,
      'frame',
      { ...frameBody, method: null, jsonrpcId: null, toolName: null },
      { userAgent: null, protocolVersion: '2026-07-28' },
    ),
    event(5, 'policy_decision', {
      decision: 'block',
      rule: 'no-export',
      reason: 'MRN 00412345 in arguments',
      method: 'tools/call',
      toolName: 'export',
      frameSeq: 1,
      resourceUri: 'ehr://patients/00412345',
    }),
    event(6, 'auth_failure', {
      reason: 'invalid_token:expired',
      httpStatus: 401,
      claimedIssuer: 'urn:someone',
      claimedSubject: 'jane.roe',
      requestBytes: null,
    }),
    event(7, 'access_grant', {
      action: 'granted',
      grantId: 'g-1',
      scope: 'ehr',
      audience: null,
      issuedAt: 1,
      expiresAt: 2,
      reason: 'covering for Dr. Roe',
      approvalId: null,
      actor: 'lead',
      flaggedForReview: false,
    }),
    event(8, 'approval', {
      action: 'requested',
      approvalId: 'a-1',
      method: 'tools/call',
      toolName: 'export_jane_roe',
      argsDigest: null,
      rule: 'r',
      ruleVersion: null,
      actor: null,
      actorGroups: ['leads'],
      reason: 'needs review',
      expiresAt: null,
      validUntil: null,
      requiredApprovals: 1,
      approvals: 0,
    }),
    event(9, 'config_change', {
      component: 'policy',
      hash: 'ab'.repeat(32),
      accepted: false,
      error: 'bad rule',
    }),
    event(10, 'rule_error', { ruleId: 'mrn', stage: 'inline', error: 'budget exceeded', frameSeq: 3 }),
    event(11, 'session_ended', { finalSeq: 11, reason: 'exchange_complete' }, { gatewayEpoch: undefined }),
  ];
}

/** The event as the encoder built it with spread copies, before fixed-shape copies. */
function spreadSealedEvent(sealer: PayloadSealer, event: AuditEvent): AuditEvent {
  const scope = sealingScope(event);
  const fields = clientFieldsOf(event);
  const cleared = noClientFields(fields) ? null : clearedClientFields(event.type, fields);
  const fieldsText = Buffer.from(JSON.stringify(fields), 'utf8');
  if (event.type === 'frame' && event.body.payloadEncoding === 'json') {
    const sealedBody = (sealed: ReturnType<PayloadSealer['sealSync']>) => ({
      ...event.body,
      payload: sealed.payload,
      payloadEncoding: sealed.payloadEncoding,
      sha256: sealed.digest,
      digestAlg: sealed.digestAlg,
      encryption: sealed.encryption,
    });
    if (cleared === null) return { ...event, body: sealedBody(sealer.sealSync(scope, event.body.payload)) };
    const sealed = sealer.sealWithFieldsSync(scope, event.body.payload, fieldsText, event.eventId);
    const body = { ...sealedBody(sealed.payload), ...cleared.body };
    return { ...event, ...cleared.envelope, body, sealedFields: sealed.fields };
  }
  if (cleared === null) return event;
  const sealedFields = sealer.sealFieldsSync(scope, fieldsText, fieldsAad(event.eventId));
  return { ...spreadWithClientFields(event, cleared), sealedFields };
}

function spreadWithClientFields(event: AuditEvent, replaced: ClientFieldValues): AuditEvent {
  return { ...event, ...replaced.envelope, body: { ...event.body, ...replaced.body } } as AuditEvent;
}

/**
 * A real sealer whose outputs are recorded, then replayed in the same order (with the same
 * arguments, or the replay fails): both constructions then seal to the same bytes.
 */
function recordingSealer(real: PayloadSealer): { record: PayloadSealer; replay: PayloadSealer } {
  const calls: { args: unknown[]; result: unknown }[] = [];
  const recorded =
    <A extends unknown[], R>(seal: (...args: A) => R) =>
    (...args: A): R => {
      const result = seal(...args);
      calls.push({ args, result });
      return result;
    };
  const replayed =
    <A extends unknown[], R>() =>
    (...args: A): R => {
      const call = calls.shift();
      expect(call?.args).toEqual(args);
      return call?.result as R;
    };
  const base = { currentKeyId: real.currentKeyId, seal: real.seal, forget: () => {} };
  return {
    record: {
      ...base,
      sealSync: recorded(real.sealSync),
      sealFieldsSync: recorded(real.sealFieldsSync),
      sealWithFieldsSync: recorded(real.sealWithFieldsSync),
    },
    replay: {
      ...base,
      sealSync: replayed(),
      sealFieldsSync: replayed(),
      sealWithFieldsSync: replayed(),
    },
  };
}

describe('fixed-shape event copies', () => {
  it('seal every event type to the same bytes as spread copies did', async () => {
    const pair = await generatePayloadKeyPair();
    const { record, replay } = recordingSealer(
      createPayloadSealer({ recipients: [publicKeyDocument(pair)] }),
    );
    const all = events();
    expect(new Set(all.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    const before = all.map((e) => encodeEvent(spreadSealedEvent(record, e)));
    const encode = sealingEncoder(replay, encodeEvent);
    const after = all.map((e) => encode(e));
    all.forEach((e, i) => {
      expect(after[i]?.equals(before[i] as Buffer), `${e.type} #${e.seq}`).toBe(true);
    });
    // The events with client text were sealed (their bytes hold none of it).
    expect(after.filter((b) => b.toString('latin1').includes('Roe'))).toEqual([]);
  });

  it('restore client fields to the same bytes as spread copies did', () => {
    for (const e of events()) {
      const fields = clientFieldsOf(e);
      const cleared = clearedClientFields(e.type, fields);
      const spread = spreadWithClientFields(spreadWithClientFields(e, cleared), fields);
      const fixed = withClientFields(withClientFields(e, cleared), fields);
      expect(encodeEvent(fixed).equals(encodeEvent(spread)), e.type).toBe(true);
      expect(encodeEvent(fixed).equals(encodeEvent(e)), e.type).toBe(true);
    }
  });

  it('copy every field of every body, and replace only what they are given', () => {
    for (const e of events()) {
      expect(bodyCopy(e)).toEqual(e.body);
      expect(bodyCopy(e)).not.toBe(e.body);
      const copy = eventWith(e, bodyCopy(e), null);
      expect(copy).toEqual({ ...e, sealedFields: null });
      expect(encodeEvent(copy).equals(encodeEvent(e)), e.type).toBe(true);
    }
  });
});
