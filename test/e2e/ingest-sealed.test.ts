import { createClickHouseAuditStore, createClickHouseClient } from '@proctor/audit-store';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from '@proctor/audit-store/testing';
import { type AuditEvent, decodeEvent, encodeEvent } from '@proctor/events';
import {
  createPayloadOpener,
  createPayloadSealer,
  generatePayloadKeyPair,
  sealingEncoder,
} from '@proctor/payload-crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, readTopic, uniqueName, waitFor } from '../harness';
import { demoPhi, demoSession, produceRaw, startInProcessIngest } from './ingest-harness';

afterAll(() => removeChdbTestPath());

/**
 * The session as a gateway with payload encryption writes it: frames and client fields
 * (clientInfo, tool name, resource URI, JSON-RPC id) sealed to the ingest key by the gateway's
 * own sealing encoder, so the bytes are the ones it would send.
 */
function sealedSession(
  sessionId: string,
  recipient: { keyId: string; publicJwk: object },
  streamStart = 0,
): { events: AuditEvent[]; bytes: Buffer[] } {
  const encode = sealingEncoder(createPayloadSealer({ recipients: [recipient] }), encodeEvent);
  const events = demoSession(sessionId, 2, { start: streamStart, step: 1 });
  return { events, bytes: events.map(encode) };
}

describe('ingest of payloads sealed to the ingest key', () => {
  it('opens, masks and stores them with the key, and dead-letters them as undecryptable without it', async () => {
    const run = uniqueName('sealed');
    // A key rotation: one session sealed to the retired key, one to its successor; ingest holds both.
    const retired = await generatePayloadKeyPair({ keyId: 'ingest-e2e-2025' });
    const key = await generatePayloadKeyPair({ keyId: 'ingest-e2e' });
    const first = sealedSession(`${run}-r`, { keyId: retired.keyId, publicJwk: retired.publicJwk });
    const second = sealedSession(
      `${run}-s`,
      { keyId: key.keyId, publicJwk: key.publicJwk },
      first.events.length,
    );
    const events = [...first.events, ...second.events];
    const bytes = [...first.bytes, ...second.bytes];
    // Every event carries sealed client fields (the user agent at least); frames a sealed payload too.
    const sealed = bytes.map(decodeEvent).filter((e) => e.sealedFields);
    expect(sealed.length).toBe(events.length);
    expect(new Set(sealed.map((e) => e.sealedFields?.encryption.keyId))).toEqual(
      new Set([retired.keyId, key.keyId]),
    );
    for (const value of demoPhi()) {
      expect(Buffer.concat(bytes).toString('latin1')).not.toContain(value);
    }
    const opener = await createPayloadOpener({
      privateKeys: [
        { keyId: key.keyId, privateJwk: key.privateJwk },
        { keyId: retired.keyId, privateJwk: retired.privateJwk },
      ],
    });
    const perSession = events.length / 2;

    for (const withKey of [true, false]) {
      const topics = {
        raw: `${run}_${withKey}_raw`,
        redacted: `${run}_${withKey}_redacted`,
        dlq: `${run}_${withKey}_dlq`,
      };
      await createTopics(kafkaBrokers(), Object.values(topics), 1);
      const database = freshDatabaseName();
      const ingest = await startInProcessIngest({
        brokers: kafkaBrokers(),
        topics,
        groupId: `${run}_${withKey}`,
        chdbPath: chdbTestPath(),
        database,
        ...(withKey && { opener }),
      });
      const store = createClickHouseAuditStore({
        client: createClickHouseClient({ chdbPath: chdbTestPath() }),
        database,
      });
      try {
        await produceRaw(kafkaBrokers(), topics.raw, bytes);
        if (withKey) {
          for (const session of [`${run}-r`, `${run}-s`]) {
            const stored = await waitFor(
              async () => {
                const e = await store.sessionEvents(session);
                return e.length === perSession ? e : undefined;
              },
              { what: `the sealed session ${session} stored`, timeoutMs: 30_000 },
            );
            const response = stored.find((e) => e.kind === 'response');
            expect(response?.payload).toContain('structuredContent');
            expect(response?.payload).toContain('[SSN]');
            // The client fields are back, masked: a tool name as it was, a URI with its SSN masked.
            expect(response).toMatchObject({ method: 'tools/call', toolName: 'get_patient', jsonrpcId: '0' });
            expect(response?.resourceUri).toMatch(/^ehr:\/\/patients\/.*\[SSN\]/);
            const text = JSON.stringify(stored);
            for (const value of demoPhi()) expect(text).not.toContain(value);
          }
        } else {
          const dlq = await readTopic(kafkaBrokers(), topics.dlq, {
            count: sealed.length,
            timeoutMs: 30_000,
          });
          expect(dlq.map((r) => r.headers['proctor-dlq-reason'])).toEqual(
            Array(sealed.length).fill('undecryptable'),
          );
          // Dead-lettered, every one: none reached the store.
          expect(await store.sessionEvents(`${run}-s`)).toEqual([]);
        }
      } finally {
        await store.close();
        await ingest.stop();
      }
    }
  }, 120_000);
});
