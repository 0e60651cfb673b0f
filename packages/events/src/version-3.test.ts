import { describe, expect, it } from 'vitest';
import { clearedClientFields, clientFieldsOf, noClientFields, withClientFields } from './client-fields';
import { createCodec } from './codec';
import { envelope, sampleEvents } from './fixtures/sample-events';
import type { AuditEvent } from './model';

const v3 = createCodec({ version: 3 });
const v2 = createCodec({ version: 2 });

const sealedFields = {
  ciphertext: Buffer.from('opaque sealed fields'),
  encryption: {
    keyId: 'ingest-2026',
    wrappedKey: 'eyJ.x.y.z.w',
    iv: Buffer.alloc(12, 3),
    tag: Buffer.alloc(16, 4),
  },
};

const sealedFrame: AuditEvent = {
  ...envelope({ userAgent: null, era: 'stateful', protocolVersion: '2025-06-18' }),
  sealedFields,
  type: 'frame',
  body: {
    direction: 'client_to_server',
    kind: 'request',
    method: null,
    jsonrpcId: null,
    toolName: null,
    payload: Buffer.from('opaque ciphertext'),
    payloadEncoding: 'jwe-a256gcm',
    size: 40,
    sha256: 'ab'.repeat(32),
    digestAlg: 'hmac-sha256',
    encryption: sealedFields.encryption,
  },
};

const refused: AuditEvent = {
  ...envelope(),
  type: 'auth_failure',
  body: {
    reason: 'invalid_request:too_deep',
    httpStatus: 400,
    claimedIssuer: null,
    claimedSubject: null,
    requestBytes: 2_000_000,
  },
};

describe('audit-event schema version 3', () => {
  it('round-trips sealed client fields and the size of a refused request', () => {
    expect(v3.decode(v3.encode(sealedFrame))).toEqual(sealedFrame);
    expect(v3.decode(v3.encode(refused))).toEqual(refused);
  });

  it('still round-trips earlier events unchanged (no new fields appear on them)', () => {
    for (const event of sampleEvents()) expect(v3.decode(v3.encode(event))).toEqual(event);
    for (const event of sampleEvents()) expect(v3.decode(v2.encode(event))).toEqual(event);
  });

  it('a version 2 reader reads a version 3 event, dropping what it does not know', () => {
    const read = v2.decode(v3.encode(sealedFrame));
    expect(read.sealedFields).toBeUndefined();
    expect(read.type).toBe('frame');
    const failure = v2.decode(v3.encode(refused));
    expect(failure.type === 'auth_failure' && failure.body.requestBytes).toBeUndefined();
  });
});

describe('client fields', () => {
  it('collects the client-controlled strings, clears them, and puts them back', () => {
    const event: AuditEvent = {
      ...envelope({ userAgent: 'agent MRN-0042', protocolVersion: '2025-06-18' }),
      type: 'policy_decision',
      body: {
        decision: 'block',
        rule: 'vip',
        reason: 'denied',
        method: 'resources/read',
        toolName: null,
        frameSeq: 3,
        resourceUri: 'ehr://patients/MRN-0042/notes',
      },
    };
    const fields = clientFieldsOf(event);
    // A protocol revision is a constant, not client text; the rule id is the gateway's.
    expect(fields).toEqual({
      envelope: { userAgent: 'agent MRN-0042' },
      body: { reason: 'denied', method: 'resources/read', resourceUri: 'ehr://patients/MRN-0042/notes' },
    });
    const cleared = withClientFields(event, clearedClientFields(event.type, fields));
    expect(JSON.stringify(cleared)).not.toContain('MRN-0042');
    expect(noClientFields(clientFieldsOf(cleared))).toBe(true);
    expect(withClientFields(cleared, fields)).toEqual(event);
  });

  it('keeps the fields the schema requires as empty strings', () => {
    const cleared = withClientFields(refused, clearedClientFields(refused.type, clientFieldsOf(refused)));
    expect(cleared.type === 'auth_failure' && cleared.body.reason).toBe('');
    expect(() => v3.encode(cleared)).not.toThrow();
  });
});
