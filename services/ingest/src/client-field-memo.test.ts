import type { AuditEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { ClientFieldMemo, MEMO_MAX_VALUE_CHARS } from './client-field-memo';
import { defaultFrameMasker, type FrameMasker } from './frame-masker';
import { redactEvent } from './redact-event';
import { FAKE, frameEvent } from './testing/raw-events';

/** The default masker, recording every text it is given. */
function countingMasker(inner: FrameMasker = defaultFrameMasker()) {
  const texts: string[] = [];
  const masker: FrameMasker = (text) => {
    texts.push(text);
    return inner(text);
  };
  return { masker, texts };
}

/** Events of a few sessions whose client fields repeat, some carrying synthetic PHI. */
function events(): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (let i = 0; i < 24; i++) {
    const frame = frameEvent(`s-${i % 3}`, i, '{"jsonrpc":"2.0","id":1,"result":{}}', {
      jsonrpcId: String(i % 5),
      toolName: i % 4 === 0 ? `lookup ${FAKE.ssn}` : 'get_patient',
      method: 'tools/call',
    });
    out.push({ ...frame, userAgent: i % 2 === 0 ? `agent ${FAKE.email}` : 'mcp-client/1.2' });
  }
  out.push({
    ...frameEvent('s-0', 99, '{}'),
    type: 'session_started',
    body: { clientName: `Dr. ${FAKE.email}`, clientVersion: '1.0', protocolVersion: '2025-06-18' },
  } as AuditEvent);
  return out;
}

describe('client fields remembered per batch', () => {
  it('give every event exactly what masking each event alone gives: fields, matches and their order', async () => {
    const alone = defaultFrameMasker();
    const memo = new ClientFieldMemo();
    const remembered = defaultFrameMasker();
    for (const event of events()) {
      const expected = await redactEvent(event, Buffer.from('{}'), alone);
      const actual = await redactEvent(event, Buffer.from('{}'), remembered, memo);
      expect(actual).toEqual(expected);
    }
    expect(memo.hits).toBeGreaterThan(memo.misses);
  });

  it('give the same results as masking alone on client text of many shapes, mixed across fields and events', async () => {
    // Synthetic values (none belongs to anyone) of the kinds detectors look at, and values they must keep.
    const values = [
      'mcp-client/1.2 (Linux x86_64)',
      `agent ${FAKE.email}`,
      `callback ${FAKE.phone}`,
      `ssn ${FAKE.ssn}`,
      'Dr. Avery Samplepatient',
      'Samplepatient, Avery',
      'MRN-204518',
      'born 03/17/1984',
      '1234 Example Lane, Springfield, IL 62704',
      'ehr://patients/Jordan%20Exampleton/chart',
      'get_patient',
      'lookup_mrn_204518',
      'E11.9 metformin 500 mg',
      '2025-06-18',
      '42',
      'tools/call',
      'prompts/get',
    ];
    const pick = (i: number, k: number) => values[(i * 7 + k * 3) % values.length] as string;
    const batch: AuditEvent[] = [];
    for (let i = 0; i < 120; i++) {
      const frame = frameEvent(`s-${i % 6}`, i, '{}', {
        jsonrpcId: pick(i, 0),
        toolName: pick(i, 1),
        method: pick(i, 2),
        resourceUri: i % 3 === 0 ? pick(i, 3) : null,
        promptName: i % 4 === 0 ? pick(i, 4) : null,
        payloadEncoding: 'omitted',
      });
      batch.push({ ...frame, userAgent: pick(i, 5) });
      if (i % 5 === 0) {
        batch.push({
          ...frame,
          type: 'policy_decision',
          body: {
            decision: 'block',
            rule: 'r',
            reason: pick(i, 6),
            method: pick(i, 2),
            toolName: pick(i, 7),
            frameSeq: i,
            resourceUri: pick(i, 8),
          },
        } as AuditEvent);
        batch.push({
          ...frame,
          type: 'session_started',
          body: { clientName: pick(i, 9), clientVersion: pick(i, 10), protocolVersion: '2025-06-18' },
        } as AuditEvent);
      }
    }
    const alone = defaultFrameMasker();
    const remembered = defaultFrameMasker();
    const memo = new ClientFieldMemo();
    let matched = 0;
    for (const event of batch) {
      const expected = await redactEvent(event, null, alone);
      expect(await redactEvent(event, null, remembered, memo)).toEqual(expected);
      matched += expected.matches.length;
    }
    expect(matched).toBeGreaterThan(100);
    expect(memo.hits).toBeGreaterThan(memo.misses);
  });

  it('mask each distinct value once per batch', async () => {
    const { masker, texts } = countingMasker();
    const memo = new ClientFieldMemo();
    const batch = events();
    for (const event of batch) await redactEvent(event, null, masker, memo);
    // Client-field documents only (payloads are not given for these events).
    const clientTexts = texts.filter((t) => t.startsWith('{"envelope"'));
    expect(clientTexts.length).toBeLessThan(batch.length / 2);
    const ssnCalls = clientTexts.filter((t) => t.includes(FAKE.ssn));
    expect(ssnCalls).toHaveLength(1);
    const agentCalls = clientTexts.filter((t) => t.includes('mcp-client/1.2'));
    expect(agentCalls).toHaveLength(1);
  });

  it('never remember a value whose masking failed: each event is quarantined and records its rule error', async () => {
    const exploding = defaultFrameMasker({
      detectors: [
        {
          id: 'custom_exploding',
          type: 'mrn',
          detect(text: string) {
            if (text.includes('TRIGGER')) throw new Error('rule failed');
            return [];
          },
        },
      ],
    });
    const memo = new ClientFieldMemo();
    for (let seq = 0; seq < 3; seq++) {
      const event = { ...frameEvent('s-q', seq, '{}', { toolName: 'TRIGGER tool' }), userAgent: 'ok/1' };
      const redacted = await redactEvent(event, null, exploding, memo);
      expect(redacted.quarantined).toBe(true);
      expect(redacted.ruleErrors).toEqual([{ ruleId: 'custom_exploding', error: expect.any(String) }]);
      expect(redacted.event.type === 'frame' && redacted.event.body.toolName).toBe('[REDACTED:quarantined]');
    }
  });

  it('keep long values and values past its bound out of the memo', () => {
    const memo = new ClientFieldMemo();
    const masked = { text: 'x', matches: [] };
    memo.set('body', 'error', 'e'.repeat(MEMO_MAX_VALUE_CHARS + 1), masked);
    expect(memo.get('body', 'error', 'e'.repeat(MEMO_MAX_VALUE_CHARS + 1))).toBeUndefined();
    memo.set('envelope', 'protocolVersion', 'v', masked);
    expect(memo.get('body', 'protocolVersion', 'v')).toBeUndefined();
    expect(memo.get('envelope', 'protocolVersion', 'v')).toBe(masked);
  });
});
