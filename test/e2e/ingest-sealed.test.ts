import { createClickHouseAuditStore, createClickHouseClient } from '@proctor/audit-store';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from '@proctor/audit-store/testing';
import type { AuditEvent } from '@proctor/events';
import { createPayloadOpener, createPayloadSealer, generatePayloadKeyPair } from '@proctor/payload-crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, readTopic, uniqueName, waitFor } from '../harness';
import { demoPhi, demoSession, produceRaw, startInProcessIngest } from './ingest-harness';

afterAll(() => removeChdbTestPath());

/** The session as a gateway with payload encryption emits it: frames sealed to the ingest key. */
async function sealedSession(
  sessionId: string,
  recipient: { keyId: string; publicJwk: object },
  streamStart = 0,
): Promise<AuditEvent[]> {
  const sealer = createPayloadSealer({ recipients: [recipient] });
  const out: AuditEvent[] = [];
  for (const event of demoSession(sessionId, 2, { start: streamStart, step: 1 })) {
    if (event.type !== 'frame') {
      out.push(event);
      continue;
    }
    const sealed = await sealer.seal(sessionId, event.body.payload);
    out.push({
      ...event,
      body: {
        ...event.body,
        payload: sealed.payload,
        payloadEncoding: sealed.payloadEncoding,
        encryption: sealed.encryption,
        sha256: sealed.digest,
        digestAlg: sealed.digestAlg,
      },
    });
  }
  return out;
}

describe('ingest of payloads sealed to the ingest key', () => {
  it('opens, masks and stores them with the key, and dead-letters them as undecryptable without it', async () => {
    const run = uniqueName('sealed');
    // A key rotation: one session sealed to the retired key, one to its successor; ingest holds both.
    const retired = await generatePayloadKeyPair({ keyId: 'ingest-e2e-2025' });
    const key = await generatePayloadKeyPair({ keyId: 'ingest-e2e' });
    const first = await sealedSession(`${run}-r`, { keyId: retired.keyId, publicJwk: retired.publicJwk });
    const events = [
      ...first,
      ...(await sealedSession(`${run}-s`, { keyId: key.keyId, publicJwk: key.publicJwk }, first.length)),
    ];
    const frames = events.filter((e) => e.type === 'frame').length;
    expect(new Set(events.map((e) => (e.type === 'frame' ? e.body.encryption?.keyId : 'clear')))).toEqual(
      new Set(['clear', retired.keyId, key.keyId]),
    );
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
        await produceRaw(kafkaBrokers(), topics.raw, events);
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
            const text = JSON.stringify(stored);
            for (const value of demoPhi()) expect(text).not.toContain(value);
          }
        } else {
          const dlq = await readTopic(kafkaBrokers(), topics.dlq, { count: frames, timeoutMs: 30_000 });
          expect(dlq.map((r) => r.headers['proctor-dlq-reason'])).toEqual(
            Array(frames).fill('undecryptable'),
          );
          const stored = await waitFor(
            async () => {
              const e = await store.sessionEvents(`${run}-s`);
              return e.length === perSession - frames / 2 ? e : undefined;
            },
            { what: 'the non-frame events stored', timeoutMs: 30_000 },
          );
          expect(stored.map((e) => e.type)).toEqual(['session_started', 'session_ended']);
        }
      } finally {
        await store.close();
        await ingest.stop();
      }
    }
  }, 120_000);
});
