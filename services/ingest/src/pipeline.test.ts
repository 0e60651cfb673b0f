import type { AuditEvent } from '@proctor/events';
import { decodeEvent, encodeEvent } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { describe, expect, it } from 'vitest';
import { defaultFrameMasker, type FrameMasker } from './frame-masker';
import type { PayloadOpener } from './payload-opener';
import { createIngestPipeline, MAX_APPEND_BYTES } from './pipeline';
import { HandOverConsumer, MemoryStore, RecordingProducer } from './testing/fakes';
import { batchOf, encoded, FAKE, frameEvent } from './testing/raw-events';

function setup(options: { masker?: FrameMasker; opener?: PayloadOpener } = {}) {
  const store = new MemoryStore();
  const producer = new RecordingProducer();
  const pipeline = createIngestPipeline({
    consumer: new HandOverConsumer(),
    store: store.asStore(),
    producer,
    topics: { redacted: 'redacted', dlq: 'dlq', siem: 'ocsf' },
    decode: decodeEvent,
    encode: encodeEvent,
    masker: options.masker ?? defaultFrameMasker(),
    ...(options.opener && { opener: options.opener }),
    logger: silentLogger(),
  });
  return { store, producer, pipeline };
}

const payloadWith = (text: string) => JSON.stringify({ jsonrpc: '2.0', id: 1, result: { text } });

describe('ingest pipeline: masking', () => {
  it('masks payloads before they are stored or produced, and records every match without the value', async () => {
    const { store, producer, pipeline } = setup();
    await pipeline.handle(batchOf(encoded([frameEvent('s-1', 0, payloadWith(`SSN ${FAKE.ssn}`))])));
    const [row] = store.rows.events;
    expect(row?.payload).not.toContain(FAKE.ssn);
    expect(row?.maskedCount).toBe(1);
    expect(store.maskingMatches).toEqual([
      expect.objectContaining({
        jsonPath: '$.payload.result.text',
        spanStart: 4,
        ruleId: expect.any(String),
        matchCount: 1,
      }),
    ]);
    expect(JSON.stringify(store.rows.maskingMatchSets)).not.toContain(FAKE.ssn);
    const event = decodeEvent(producer.on('redacted')[0]?.value ?? Buffer.alloc(0));
    expect(event.type === 'frame' && event.body.payload.toString()).not.toContain(FAKE.ssn);
    expect(event.type === 'frame' && event.body.payloadEncoding).toBe('json+masked');
  });

  it('stores a frame recorded as metadata only (record: metadata) without a payload, its fields masked', async () => {
    const { store, producer, pipeline } = setup();
    const omitted = frameEvent('s-1', 0, '', {
      payloadEncoding: 'omitted',
      size: 2_048,
      sha256: '',
      resourceUri: `ehr://patients/${FAKE.ssn}`,
    });
    await pipeline.handle(batchOf(encoded([omitted])));
    expect(store.rows.events).toHaveLength(1);
    const [row] = store.rows.events;
    expect(row?.payload).toBe('');
    expect(row?.size).toBe(2_048);
    expect(JSON.stringify(row)).not.toContain(FAKE.ssn);
    expect(producer.on('dlq')).toHaveLength(0);
    const event = decodeEvent(producer.on('redacted')[0]?.value ?? Buffer.alloc(0));
    expect(event.type === 'frame' && event.body.payloadEncoding).toBe('omitted');
  });

  it('masks every client-controlled field outside the payload wherever it is stored or produced', async () => {
    const { store, producer, pipeline } = setup();
    const frame = frameEvent('s-1', 1, payloadWith('ok'), {
      method: `tools/call ${FAKE.email}`,
      jsonrpcId: JSON.stringify(`req ${FAKE.ssn}`),
      toolName: `lookup_${FAKE.ssn}`,
      resourceUri: `ehr://patients/${FAKE.ssn}`,
      promptName: `summary for ${FAKE.email}`,
    });
    const withAgent = {
      ...frame,
      userAgent: `agent (${FAKE.email})`,
      protocolVersion: FAKE.phone,
    } as AuditEvent;
    const started: AuditEvent = {
      ...frameEvent('s-1', 0, '{}'),
      type: 'session_started',
      body: {
        protocolVersion: '2025-06-18',
        clientName: `client of ${FAKE.email}`,
        clientVersion: FAKE.phone,
        transport: 'stdio',
      },
    };
    const stderr = frameEvent('s-1', 2, `panic: lookup failed for ${FAKE.ssn}`, {
      kind: 'stderr',
      method: null,
      toolName: null,
      jsonrpcId: null,
    });
    const authFailure: AuditEvent = {
      ...frameEvent('s-2', 0, '{}'),
      type: 'auth_failure',
      userAgent: `curl ${FAKE.phone}`,
      body: {
        reason: `invalid_token:${FAKE.email}`,
        httpStatus: 401,
        claimedIssuer: null,
        claimedSubject: FAKE.email,
        requestBytes: 512,
      },
    };
    await pipeline.handle(batchOf(encoded([started, withAgent, stderr, authFailure])));

    const stored = JSON.stringify(store.rows);
    const produced = producer.appended
      .flatMap((a) => a.records.map((r) => r.value.toString('latin1')))
      .join('\n');
    const redacted = producer
      .on('redacted')
      .map((r) =>
        JSON.stringify(decodeEvent(r.value), (_, v) =>
          v?.type === 'Buffer' ? Buffer.from(v.data).toString() : v,
        ),
      );
    for (const value of Object.values(FAKE)) {
      expect(stored).not.toContain(value);
      expect(produced).not.toContain(value);
      expect(redacted.join('\n')).not.toContain(value);
    }
    expect(store.rows.events).toHaveLength(4);
    // A protocol revision is a date-shaped constant, not a date of a person: left as it is.
    expect(store.rows.events[0]?.detail).toContain('"protocolVersion":"2025-06-18"');
    expect(store.rows.authFailures[0]?.claimedSubject).not.toBe('');
    // The refused body's size is stored beside the refusal, never its content.
    expect(store.rows.authFailures[0]?.requestBytes).toBe(512);
    const paths = store.maskingMatches.map((m) => m.jsonPath);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.envelope.userAgent',
        '$.body.toolName',
        '$.body.clientName',
        '$.body.claimedSubject',
      ]),
    );
    // The stderr line is free text: stored as a masked JSON string, not quarantined.
    const stderrRow = store.rows.events.find((e) => e.kind === 'stderr');
    expect(JSON.parse(stderrRow?.payload ?? '')).toMatch(/^panic: lookup failed for /);
  });

  it('quarantines a payload whose rule fails and records the rule error beside the session', async () => {
    const exploding = defaultFrameMasker({
      detectors: [
        {
          id: 'custom_exploding',
          type: 'mrn',
          detect(text: string) {
            if (text.includes('TRIGGER')) throw new Error(`cannot handle ${text}`);
            return [];
          },
        },
      ],
    });
    const { store, pipeline } = setup({ masker: exploding });
    await pipeline.handle(batchOf(encoded([frameEvent('s-1', 0, payloadWith(`TRIGGER ${FAKE.ssn}`))])));
    const [row] = store.rows.events;
    expect(row?.quarantined).toBe(true);
    expect(row?.payload).not.toContain(FAKE.ssn);
    expect(row?.payload).not.toContain('TRIGGER');
    expect(store.rows.ruleErrors).toEqual([
      expect.objectContaining({
        sessionId: 's-1',
        seq: 0,
        ruleId: 'custom_exploding',
        stage: 'ingest',
        error: 'threw',
        frameSeq: 0,
      }),
    ]);
  });

  it('quarantines when the masker itself throws: never the clear text', async () => {
    const { store, pipeline } = setup({
      masker: () => {
        throw new Error('boom');
      },
    });
    await pipeline.handle(
      batchOf(encoded([frameEvent('s-1', 0, payloadWith(FAKE.ssn), { toolName: FAKE.ssn })])),
    );
    const [row] = store.rows.events;
    expect(row?.quarantined).toBe(true);
    expect(JSON.stringify(row)).not.toContain(FAKE.ssn);
    expect(row?.toolName).toBe('[REDACTED:quarantined]');
  });
});

describe('ingest pipeline: producing', () => {
  it('produces a large batch in appends under the broker message size, in order, none lost', async () => {
    const { producer, pipeline } = setup();
    const note = 'Lab panel within normal limits; no acute findings. '.repeat(20);
    const events = Array.from({ length: 1_500 }, (_, seq) =>
      frameEvent('s-big', seq, payloadWith(`${seq} ${note}`)),
    );
    await pipeline.handle(batchOf(encoded(events)));

    const appends = producer.appended.filter((a) => a.topic === 'redacted');
    // ≈1.6 MB of redacted events: one append would exceed Kafka's 1 MiB message.max.bytes.
    expect(appends.length).toBeGreaterThan(2);
    for (const { records } of appends) {
      const bytes = records.reduce((n, r) => n + r.value.length + Buffer.byteLength(r.key), 0);
      expect(bytes).toBeLessThanOrEqual(MAX_APPEND_BYTES);
    }
    const seqs = appends.flatMap((a) => a.records.map((r) => (decodeEvent(r.value) as AuditEvent).seq));
    expect(seqs).toEqual(events.map((e) => e.seq));
    expect(producer.on('ocsf')).toHaveLength(1_500);
  });
});
