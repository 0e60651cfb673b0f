import { decodeEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { kafkaBrokers, readTopic, readWholeTopic } from '../harness';
import { demoPhiValues } from './pipeline-scenario';
import { pipelineSuite } from './pipeline-suite';

describe('one MCP session end to end through real Kafka and ClickHouse (chDB)', () => {
  const context = pipelineSuite(() => ({ kafkaBrokers: kafkaBrokers() }));

  it('publishes every event, masked, on the redacted topic for SIEMs', async () => {
    const { topics, sessionId, eventCount } = context();
    const records = await readWholeTopic(kafkaBrokers(), topics.redacted, {
      atLeast: eventCount,
      timeoutMs: 30_000,
    });
    // The topic also carries other audit units (the exporter's refused requests, for one):
    // this session's events are the ones keyed by it, and each carries that key.
    const ours = records.filter((r) => decodeEvent(r.value).sessionId === sessionId);
    expect(ours.every((r) => r.key === sessionId)).toBe(true);
    const events = ours.map((r) => decodeEvent(r.value));
    expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual([...Array(eventCount).keys()]);
    const text = events.map((e) => (e.type === 'frame' ? e.body.payload.toString('utf8') : '')).join('\n');
    expect(text).toContain('get_patient');
    for (const value of demoPhiValues()) expect(text).not.toContain(value);
  });

  it('keys the raw topic by session and keeps sequence order', async () => {
    const { topics, sessionId, eventCount } = context();
    const records = await readTopic(kafkaBrokers(), topics.raw, { count: eventCount, timeoutMs: 30_000 });
    const events = records.filter((r) => r.key === sessionId).map((r) => decodeEvent(r.value));
    expect(events.map((e) => e.seq)).toEqual([...Array(eventCount).keys()]);
  });
});
