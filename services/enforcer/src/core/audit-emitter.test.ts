import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditEvent, decodeEvent, encodeEvent, newEventId, nowMicros } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { FileEpochStore } from '../sessions/epoch-file';
import { MemorySessionStore } from '../sessions/memory-store';
import { MemoryEventLog, TEST_IDENTITY } from '../testing';
import { AuditEmitter, type AuditSubject, type EventContent } from './audit-emitter';

function emitterWith(log: MemoryEventLog, epoch = 3) {
  return new AuditEmitter({
    eventLog: log,
    topic: 'raw',
    tenant: 't',
    gatewayId: 'gw-test',
    gatewayEpoch: epoch,
    encode: encodeEvent,
    newEventId,
    nowMicros,
  });
}

function subject(sessionId: string, seqs: AuditSubject['seqs']): AuditSubject {
  return {
    sessionId,
    identity: TEST_IDENTITY,
    sourceIp: null,
    userAgent: null,
    connection: 'c',
    era: 'stateful',
    protocolVersion: '2025-06-18',
    traceId: null,
    seqs,
  };
}

const started: EventContent = {
  type: 'session_started',
  body: { protocolVersion: null, clientName: null, clientVersion: null, transport: 'streamable-http' },
};
const ended: EventContent = { type: 'session_ended', body: { finalSeq: 0, reason: 'client_delete' } };

/** A log that refuses appends while `failing`, and counts the append calls it got. */
class FlakyLog extends MemoryEventLog {
  calls = 0;
  override async append(topic: string, records: Parameters<MemoryEventLog['append']>[1]): Promise<void> {
    this.calls++;
    await new Promise((r) => setImmediate(r));
    return super.append(topic, records);
  }
}

describe('AuditEmitter', () => {
  it('stamps gatewayEpoch and a gap-free streamSeq, and each session its own gap-free seq', async () => {
    const log = new MemoryEventLog();
    const emitter = emitterWith(log);
    const store = new MemorySessionStore();
    await Promise.all([
      emitter.emit(subject('a', store), [started]),
      emitter.emit(subject('b', store), [started]),
      emitter.emit(subject('a', store), [ended]),
    ]);
    const events = log.records.map((r) => decodeEvent(r.record.value));
    expect(events.map((e) => [e.sessionId, e.seq, e.streamSeq, e.gatewayEpoch])).toEqual([
      ['a', 0, 0, 3],
      ['b', 0, 1, 3],
      ['a', 1, 2, 3],
    ]);
    // session_ended names its own seq as the final one.
    expect(events[2]).toMatchObject({ type: 'session_ended', body: { finalSeq: 1 } });
  });

  it('groups concurrent events into one append while one is in flight', async () => {
    const log = new FlakyLog();
    const emitter = emitterWith(log);
    const store = new MemorySessionStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => emitter.emit(subject(`s${i}`, store), [started])));
    expect(log.records).toHaveLength(20);
    expect(log.calls).toBeLessThanOrEqual(2);
  });

  it('sends the events of separate callbacks of one event-loop turn in one append', async () => {
    // Each immediate is its own macrotask, with the microtasks run after it: as with requests
    // arriving on several sockets in one turn, nothing is in flight between them. (Immediates
    // queued together run in one check phase; zero-delay timers may straddle a millisecond and
    // fall into two turns of the loop.)
    const log = new FlakyLog();
    const emitter = emitterWith(log);
    const store = new MemorySessionStore();
    const emitted = await new Promise<Promise<void>[]>((resolve) => {
      const all: Promise<void>[] = [];
      for (let i = 0; i < 3; i++) {
        setImmediate(() => {
          all.push(emitter.emit(subject(`t${i}`, store), [started]));
          if (all.length === 3) resolve(all);
        });
      }
    });
    await Promise.all(emitted);
    expect(log.records).toHaveLength(3);
    expect(log.calls).toBe(1);
  });

  it('a failed append consumes no seq and no streamSeq: the next events take the same positions', async () => {
    const log = new FlakyLog();
    const emitter = emitterWith(log);
    const store = new MemorySessionStore();
    await emitter.emit(subject('a', store), [started]);
    log.failing = true;
    const failures = await Promise.allSettled([
      emitter.emit(subject('a', store), [started, started]),
      emitter.emit(subject('b', store), [started]),
    ]);
    expect(failures.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    log.failing = false;
    await emitter.emit(subject('b', store), [started]);
    await emitter.emit(subject('a', store), [ended]);
    const events: AuditEvent[] = log.records.map((r) => decodeEvent(r.record.value));
    expect(events.map((e) => [e.sessionId, e.seq, e.streamSeq])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['a', 1, 2],
    ]);
  });
});

describe('FileEpochStore', () => {
  it('counts starts per gateway across instances, and refuses a corrupt count', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'epoch-'));
    try {
      expect(await new FileEpochStore(dir).next('gw-a')).toBe(1);
      expect(await new FileEpochStore(dir).next('gw-a')).toBe(2);
      expect(await new FileEpochStore(dir).next('gw-b')).toBe(1);
      expect((await readFile(join(dir, 'gateway-epoch.gw-a'), 'utf8')).trim()).toBe('2');
      await writeFile(join(dir, 'gateway-epoch.gw-a'), 'garbage');
      await expect(new FileEpochStore(dir).next('gw-a')).rejects.toThrow(/corrupt/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
