import {
  type AuditEvent,
  clearedClientFields,
  clientFieldsOf,
  decodeEvent,
  encodeEvent,
  type FrameBody,
  withClientFields,
} from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { fieldsAad } from './data-key';
import { generatePayloadKeyPair, publicKeyDocument } from './key-files';
import { createPayloadOpener, type PayloadOpener } from './opener';
import { createPayloadSealer } from './sealer';
import { sealingEncoder } from './sealing-encoder';

const CLEAR = Buffer.from('{"jsonrpc":"2.0","id":3,"result":{"note":"MRN 00412345 synthetic"}}');

function envelope(seq: number) {
  return {
    eventId: `0190b8c4-0000-7000-8000-00000000000${seq}`,
    time: 1_700_000_000_000_000 + seq,
    tenant: 't',
    gatewayId: 'g',
    sessionId: 'session-1',
    seq,
    identity: { subject: 'tester', issuer: 'urn:test', groups: [], ci: null },
    sourceIp: null,
    userAgent: null,
    connection: 'ehr',
  };
}

const frame: AuditEvent = {
  ...envelope(1),
  type: 'frame',
  body: {
    direction: 'server_to_client',
    kind: 'response',
    method: 'tools/call',
    jsonrpcId: '3',
    toolName: 'chart',
    payload: CLEAR,
    payloadEncoding: 'json',
    size: CLEAR.length,
    sha256: 'ignored',
  },
};

describe('sealingEncoder', () => {
  it('seals frame payloads, leaves other events alone, and forgets the key at session end', async () => {
    const pair = await generatePayloadKeyPair();
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(pair)] });
    const encode = sealingEncoder(sealer, encodeEvent);
    const bytes = encode(frame);
    expect(bytes.toString('latin1')).not.toContain('00412345');
    const decoded = decodeEvent(bytes);
    if (decoded.type !== 'frame') throw new Error('expected a frame');
    expect(decoded.body).toMatchObject({
      payloadEncoding: 'jwe-a256gcm',
      digestAlg: 'hmac-sha256',
      size: CLEAR.length,
    });
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    expect(await openedPayload(opener, decoded)).toEqual(CLEAR);
    expect(await opener.verifyDigest(decoded.body, CLEAR)).toBe(true);

    const ended: AuditEvent = {
      ...envelope(2),
      type: 'session_ended',
      body: { finalSeq: 2, reason: 'client_delete' },
    };
    expect(decodeEvent(encode(ended))).toMatchObject({ type: 'session_ended' });
    const after = decodeEvent(encode(frame));
    if (after.type !== 'frame') throw new Error('expected a frame');
    expect(after.body.encryption?.wrappedKey).not.toBe(decoded.body.encryption?.wrappedKey);
  });

  it('gives stateless exchanges of one identity on one connection one data key, never shared across identities', async () => {
    const pair = await generatePayloadKeyPair();
    const encode = sealingEncoder(
      createPayloadSealer({ recipients: [publicKeyDocument(pair)] }),
      encodeEvent,
    );
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    const exchange = (
      sessionId: string,
      subject: string,
      connection = 'ehr',
      issuer = 'urn:test',
    ): AuditEvent => ({
      ...frame,
      sessionId,
      connection,
      era: 'stateless',
      identity: { ...frame.identity, subject, issuer },
    });
    const sealedBody = async (event: AuditEvent) => {
      const decoded = decodeEvent(encode(event));
      if (decoded.type !== 'frame') throw new Error('expected a frame');
      expect(await openedPayload(opener, decoded)).toEqual(CLEAR);
      return decoded.body;
    };
    const first = await sealedBody(exchange('exchange-1', 'alice'));
    const second = await sealedBody(exchange('exchange-2', 'alice'));
    const otherUser = await sealedBody(exchange('exchange-3', 'bob'));
    const otherConnection = await sealedBody(exchange('exchange-4', 'alice', 'labs'));
    expect(second.encryption?.wrappedKey).toBe(first.encryption?.wrappedKey);
    expect(second.encryption?.iv.equals(first.encryption?.iv ?? Buffer.alloc(0))).toBe(false);
    expect(otherUser.encryption?.wrappedKey).not.toBe(first.encryption?.wrappedKey);
    expect(otherConnection.encryption?.wrappedKey).not.toBe(first.encryption?.wrappedKey);
    // The scope of the last caller is kept between events: a caller that comes back, and one that
    // differs in its issuer only, each get their own key again.
    const otherIssuer = await sealedBody(exchange('exchange-5', 'alice', 'ehr', 'urn:other'));
    expect(otherIssuer.encryption?.wrappedKey).not.toBe(first.encryption?.wrappedKey);
    const back = await sealedBody(exchange('exchange-6', 'alice'));
    expect(back.encryption?.wrappedKey).toBe(first.encryption?.wrappedKey);
    const backToOther = await sealedBody(exchange('exchange-7', 'alice', 'labs'));
    expect(backToOther.encryption?.wrappedKey).toBe(otherConnection.encryption?.wrappedKey);
    // A stateful session keeps a key of its own.
    const stateful = await sealedBody({ ...frame, identity: { ...frame.identity, subject: 'alice' } });
    expect(stateful.encryption?.wrappedKey).not.toBe(first.encryption?.wrappedKey);
  });

  it('never reads the clear digest of a frame it seals', async () => {
    const pair = await generatePayloadKeyPair();
    const encode = sealingEncoder(
      createPayloadSealer({ recipients: [publicKeyDocument(pair)] }),
      encodeEvent,
    );
    if (frame.type !== 'frame') throw new Error('expected a frame');
    const body = { ...frame.body };
    Object.defineProperty(body, 'sha256', {
      enumerable: true,
      get() {
        throw new Error('the clear digest was computed');
      },
    });
    const decoded = decodeEvent(encode({ ...frame, body }));
    if (decoded.type !== 'frame') throw new Error('expected a frame');
    expect(decoded.body.digestAlg).toBe('hmac-sha256');
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    expect(await opener.verifyDigest(decoded.body, CLEAR)).toBe(true);
  });

  it('seals the client fields outside the payload of every event kind, and ingest gets them back', async () => {
    const pair = await generatePayloadKeyPair();
    const encode = sealingEncoder(
      createPayloadSealer({ recipients: [publicKeyDocument(pair)] }),
      encodeEvent,
    );
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    for (const event of clientTextEvents()) {
      const bytes = encode(event);
      for (const secret of [MRN, 'Jordan Synthetic']) {
        expect(bytes.toString('latin1').includes(secret), `${event.type} carries client text in clear`).toBe(
          false,
        );
      }
      const decoded = decodeEvent(bytes);
      expect(decoded.sealedFields?.encryption.keyId).toBe(pair.keyId);
      // A frame with a sealed payload seals its fields in the payload's operation: no key, IV
      // or tag of their own. Other events carry theirs with the fields.
      const sealedPayload = decoded.type === 'frame' && decoded.body.encryption;
      expect(decoded.sealedFields?.encryption.wrappedKey === '').toBe(Boolean(sealedPayload));
      expect(decoded.sealedFields?.encryption.iv.length).toBe(sealedPayload ? 0 : 12);
      const opened = await opener.openFields(decoded);
      expect(opened.sealedFields).toBeUndefined();
      const { sha256: _s, ...restored } = opened.body as unknown as Record<string, unknown>;
      const { sha256: _t, ...original } = event.body as unknown as Record<string, unknown>;
      // Opened with its fields, a sealed payload comes back in clear.
      expect(restored).toMatchObject(original);
      expect(opened.userAgent).toBe(event.userAgent);
    }
  });

  it('binds sealed client fields to their event: moved to another event they do not open', async () => {
    const pair = await generatePayloadKeyPair();
    const encode = sealingEncoder(
      createPayloadSealer({ recipients: [publicKeyDocument(pair)] }),
      encodeEvent,
    );
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    const [first, second] = [decodeEvent(encode(chartFrame(1))), decodeEvent(encode(chartFrame(2)))];
    await expect(
      opener.openFields({ ...second, sealedFields: first.sealedFields ?? null }),
    ).rejects.toMatchObject({
      code: 'PAYLOAD_TAMPERED',
    });
    // A frame's payload ciphertext is no client-field text either.
    if (first.type !== 'frame' || !first.body.encryption) throw new Error('expected a sealed frame');
    const asFields = { ciphertext: first.body.payload, encryption: first.body.encryption };
    await expect(opener.openFields({ ...first, sealedFields: asFields })).rejects.toMatchObject({
      code: 'PAYLOAD_TAMPERED',
    });
  });

  it('seals a frame payload and its client fields under one tag: neither opens alone, nor with bytes moved between them', async () => {
    const pair = await generatePayloadKeyPair();
    const encode = sealingEncoder(
      createPayloadSealer({ recipients: [publicKeyDocument(pair)] }),
      encodeEvent,
    );
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    const sealed = decodeEvent(encode(chartFrame(1)));
    if (sealed.type !== 'frame' || !sealed.sealedFields) throw new Error('expected a sealed frame');
    const opened = await opener.openFields(sealed);
    expect(opened.body).toMatchObject({ payload: CLEAR, payloadEncoding: 'json', encryption: null });
    expect(opened.body).toMatchObject({ jsonrpcId: `"${MRN}"`, resourceUri: `ehr://patients/${MRN}/notes` });
    // The payload alone does not authenticate: the tag covers the fields too.
    await expect(opener.open(sealed.body)).rejects.toMatchObject({ code: 'PAYLOAD_TAMPERED' });
    // The last payload byte moved to the front of the fields: same bytes, other boundary.
    const { payload } = sealed.body;
    const fields = sealed.sealedFields.ciphertext;
    const shifted = {
      ...sealed,
      body: { ...sealed.body, payload: payload.subarray(0, payload.length - 1) },
      sealedFields: { ...sealed.sealedFields, ciphertext: Buffer.concat([payload.subarray(-1), fields]) },
    };
    await expect(opener.openFields(shifted)).rejects.toMatchObject({ code: 'PAYLOAD_TAMPERED' });
    const flipped = Buffer.from(fields);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    await expect(
      opener.openFields({ ...sealed, sealedFields: { ...sealed.sealedFields, ciphertext: flipped } }),
    ).rejects.toMatchObject({ code: 'PAYLOAD_TAMPERED' });
    // Another event's id: the pair is bound to its event.
    await expect(opener.openFields({ ...sealed, eventId: envelope(2).eventId })).rejects.toMatchObject({
      code: 'PAYLOAD_TAMPERED',
    });
    // Fields sealed with a payload cannot sit on an event that has none.
    const started = { ...sealed, type: 'session_started', body: {} } as unknown as AuditEvent;
    await expect(opener.openFields(started)).rejects.toMatchObject({ code: 'PAYLOAD_TAMPERED' });
  });

  it('still opens frames written with their fields sealed in an operation of their own', async () => {
    const pair = await generatePayloadKeyPair();
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(pair)] });
    const opener = await createPayloadOpener({ privateKeys: [pair] });
    const event = chartFrame(3);
    if (event.type !== 'frame') throw new Error('expected a frame');
    // The layout of schema version 3's first gateways: two operations, the fields' wrapped key left out.
    const payload = sealer.sealSync('session-1', CLEAR);
    const fields = clientFieldsOf(event);
    const sealedFields = sealer.sealFieldsSync(
      'session-1',
      Buffer.from(JSON.stringify(fields)),
      fieldsAad(event.eventId),
    );
    sealedFields.encryption.wrappedKey = '';
    const written = decodeEvent(
      encodeEvent({
        ...withClientFields(event, clearedClientFields('frame', fields)),
        type: 'frame',
        body: {
          ...event.body,
          ...clearedClientFields('frame', fields).body,
          payload: payload.payload,
          payloadEncoding: payload.payloadEncoding,
          sha256: payload.digest,
          digestAlg: payload.digestAlg,
          encryption: payload.encryption,
        },
        sealedFields,
      } as AuditEvent),
    );
    if (written.type !== 'frame') throw new Error('expected a frame');
    const opened = await opener.openFields(written);
    expect(opened.body).toMatchObject({ jsonrpcId: `"${MRN}"`, payloadEncoding: 'jwe-a256gcm' });
    expect(opened.userAgent).toBe(event.userAgent);
    if (opened.type !== 'frame') throw new Error('expected a frame');
    expect(await opener.open(opened.body)).toEqual(CLEAR);
  });
});

/** A sealed frame's clear payload, as ingest gets it (opened with its client fields). */
async function openedPayload(opener: PayloadOpener, event: AuditEvent): Promise<Buffer> {
  const opened = await opener.openFields(event);
  if (opened.type !== 'frame') throw new Error('expected a frame');
  return opened.body.payloadEncoding === 'json' ? opened.body.payload : opener.open(opened.body);
}

const MRN = 'MRN-00412345';

function chartFrame(seq: number): AuditEvent {
  return {
    ...frame,
    ...envelope(seq),
    userAgent: 'agent/1.0 (Jordan Synthetic)',
    type: 'frame',
    body: {
      direction: 'client_to_server',
      kind: 'request',
      method: 'resources/read',
      jsonrpcId: `"${MRN}"`,
      toolName: null,
      payload: CLEAR,
      payloadEncoding: 'json',
      size: CLEAR.length,
      sha256: 'ignored',
      resourceUri: `ehr://patients/${MRN}/notes`,
    },
  };
}

/** One event of each kind that carries client text outside its payload (synthetic values). */
function clientTextEvents(): AuditEvent[] {
  const base = { ...envelope(5), userAgent: `curl ${MRN}` };
  return [
    chartFrame(4),
    {
      ...frame,
      type: 'frame',
      body: {
        ...(frame.body as FrameBody),
        toolName: `lookup_${MRN}`,
        payloadEncoding: 'omitted',
        payload: Buffer.alloc(0),
      },
    },
    {
      ...base,
      type: 'session_started',
      body: {
        protocolVersion: '2025-06-18',
        clientName: 'Jordan Synthetic',
        clientVersion: MRN,
        transport: 'streamable-http',
      },
    },
    {
      ...base,
      type: 'policy_decision',
      body: {
        decision: 'block',
        rule: 'vip',
        reason: 'vip chart',
        method: 'prompts/get',
        toolName: null,
        frameSeq: 2,
        promptName: `summary ${MRN}`,
      },
    },
    {
      ...base,
      type: 'auth_failure',
      body: {
        reason: 'invalid_token:expired',
        httpStatus: 401,
        claimedIssuer: 'urn:x',
        claimedSubject: 'Jordan Synthetic',
      },
    },
    {
      ...base,
      type: 'approval',
      body: {
        action: 'requested',
        approvalId: 'a1',
        method: 'tools/call',
        toolName: `delete ${MRN}`,
        argsDigest: null,
        rule: 'r',
        ruleVersion: null,
        actor: null,
        actorGroups: [],
        reason: null,
        expiresAt: null,
        validUntil: null,
        requiredApprovals: 1,
        approvals: 0,
      },
    },
    {
      ...base,
      type: 'rule_error',
      body: { ruleId: 'm1', stage: 'inline', error: `bad ${MRN}`, frameSeq: 1 },
    },
  ];
}
