/**
 * The open-sessions checkpoint crash recovery keeps with the gateway's log: the tracker folds
 * what the emitter got into the log the way recovery folds the log, a snapshot names the log
 * position it covers, and the file round-trips it next to the recovery group's offset.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCommittedOffset, writeCommittedOffset } from '@proctor/event-log';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditSubject, type EventContent, LocalSeqs } from '../core/audit-emitter';
import { recoverCrashedSessions } from '../core/crash-recovery';
import { type OpenSubject, OpenSubjectsTracker } from '../core/open-subjects';
import { minimalFrameBody } from '../test-fixtures/frame-body';
import { startTestGateway } from '../test-fixtures/gateway-harness';
import { TEST_IDENTITY } from '../testing';
import { RecoveryCheckpointFile } from './recovery-checkpoint';

function subject(sessionId: string, era: 'stateful' | 'stateless'): AuditSubject {
  return {
    sessionId,
    identity: TEST_IDENTITY,
    sourceIp: null,
    userAgent: 'checkpoint-test/1',
    connection: 'fixture',
    era,
    protocolVersion: era === 'stateless' ? '2026-07-28' : '2025-11-25',
    traceId: null,
    seqs: new LocalSeqs(),
  };
}

const started: EventContent = {
  type: 'session_started',
  body: { protocolVersion: null, clientName: null, clientVersion: null, transport: 'streamable-http' },
} as EventContent;
const ended: EventContent = {
  type: 'session_ended',
  body: { finalSeq: 0, reason: 'client_delete' },
} as EventContent;
const frame = (direction: string, kind: string): EventContent =>
  ({
    type: 'frame',
    body: minimalFrameBody(direction, kind),
  }) as EventContent;

/** A stateful session open at the checkpoint, its last event at `seq`. */
function openSession(sessionId: string, seq: number): OpenSubject {
  const { seqs: _seqs, ...fields } = subject(sessionId, 'stateful');
  return { ...fields, userAgent: null, seq, answered: false };
}

describe('crash-recovery checkpoint', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'proctor-checkpoint-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps open what is open as of the last accepted group, and says when nothing changed', () => {
    let position = 100;
    let now = 0;
    const tracker = new OpenSubjectsTracker({ positionOf: () => position, now: () => now, maxIdleMs: 1_000 });
    const session = subject('session-1', 'stateful');
    tracker.onAppended([
      { pending: { subject: session, contents: [started, frame('client_to_server', 'request')] }, first: 0 },
      {
        pending: { subject: subject('closed', 'stateful'), contents: [started, ended] },
        first: 0,
      },
    ]);
    position = 180;
    tracker.onAppended([
      { pending: { subject: session, contents: [frame('server_to_client', 'response')] }, first: 2 },
      {
        pending: {
          subject: subject('answered-exchange', 'stateless'),
          contents: [started, frame('client_to_server', 'request'), frame('server_to_client', 'response')],
        },
        first: 0,
      },
      {
        pending: { subject: subject('exchange-in-flight', 'stateless'), contents: [started] },
        first: 0,
      },
    ]);
    const snapshot = tracker.snapshot();
    expect(snapshot?.position).toBe(180);
    expect(snapshot?.subjects.map((s) => [s.sessionId, s.seq, s.answered])).toEqual([
      ['session-1', 2, false],
      ['exchange-in-flight', 0, false],
    ]);
    // The user agent is client text (it may hold PHI): the checkpoint, a clear file, keeps none.
    expect(snapshot?.subjects[0]).toMatchObject({ connection: 'fixture', userAgent: null });
    expect(tracker.snapshot()).toBeNull();
    // Untouched past the idle limit: the sweep ended them, or another gateway serves them.
    now = 5_000;
    expect(tracker.snapshot()?.subjects).toEqual([]);
  });

  it('round-trips a snapshot next to the recovery group offset, and ignores one the log was read past', async () => {
    const file = new RecoveryCheckpointFile({ dir, topic: 'raw', group: 'recovery' });
    expect(await file.read()).toEqual([]);
    const subjects = [openSession('session-1', 4)];
    await file.write({ position: 512, subjects });
    expect(await readCommittedOffset(dir, 'raw', 'recovery')).toBe(512);
    expect(await file.read()).toEqual(subjects);
    await writeCommittedOffset(dir, 'raw', 'recovery', 1_024);
    expect(await file.read()).toEqual([]);
  });

  it("ends a checkpoint's session the log no longer holds, its seq continued", async () => {
    const gateway = await startTestGateway({ connections: [] }, { gatewayEpoch: 2 });
    try {
      const checkpoint = [openSession('trimmed-session', 7)];
      const empty = { readNew: async () => undefined };
      expect(await recoverCrashedSessions(gateway.enforcer.pipeline.ctx, empty, checkpoint)).toBe(1);
      expect(gateway.events().map((e) => [e.sessionId, e.seq, e.type, e.body])).toEqual([
        ['trimmed-session', 8, 'session_ended', { finalSeq: 8, reason: 'gateway_crash' }],
      ]);
    } finally {
      await gateway.close();
    }
  });
});
