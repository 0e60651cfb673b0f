import { type AuditEvent, decodeEvent, encodeEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { defaultFrameMasker } from './frame-masker';
import { createPreparePool, defaultPrepareWorkers } from './prepare-pool';
import { type FinishOutcome, finishAll, finishRecord, type OpenedEvent } from './prepare-record';
import { usePreparePools } from './testing/prepare-pools';
import { FAKE, frameEvent } from './testing/raw-events';

const pool = usePreparePools();

/** Opened events of several kinds, some carrying synthetic PHI, one whose row can never be stored. */
function openedEvents(count: number): OpenedEvent[] {
  const out: OpenedEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Lone surrogates and characters outside the BMP must cross threads unchanged too.
    const note = i % 17 === 0 ? `call \ud800 ${i} \u{1f600} ${FAKE.ssn}` : `call ${i} for ${FAKE.ssn}`;
    const text = JSON.stringify({ jsonrpc: '2.0', id: i, result: { note } });
    let event: AuditEvent = frameEvent(`s-${i % 7}`, i, text, {
      toolName: i % 5 === 0 ? `lookup ${FAKE.email}` : 'get_patient',
      ...(i % 11 === 0 && { kind: 'stderr' as const }),
    });
    if (i % 13 === 0) {
      event = {
        ...frameEvent(`s-${i % 7}`, i, '{}'),
        type: 'session_started',
        body: {
          clientName: `Dr. ${FAKE.phone}`,
          clientVersion: '1.0',
          protocolVersion: '2025-06-18',
          transport: 'stdio',
        },
      } as AuditEvent;
    }
    if (i === 42) event = { ...event, time: 5_000_000_000_000_000 };
    // Through the codec, as the pipeline opens them.
    const decoded = decodeEvent(encodeEvent(event));
    out.push({ event: decoded, clear: decoded.type === 'frame' ? decoded.body.payload : null });
  }
  return out;
}

function finishHere(opened: readonly OpenedEvent[]): Promise<FinishOutcome[]> {
  return finishAll({ encode: encodeEvent, masker: defaultFrameMasker() }, opened);
}

describe('prepare pool (worker threads)', () => {
  it('finishes events in slices across workers exactly as this thread does, in order', async () => {
    const opened = openedEvents(300);
    const expected = await finishHere(opened);
    const workers = pool({ workers: 2 });
    await expect(workers.ready()).resolves.toBeUndefined();
    const [first, second] = await Promise.all([workers.finish(opened), workers.finish(opened.slice(0, 10))]);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected.slice(0, 10));
    // Buffers come back as Buffers, and nothing clear crossed back.
    const ok = first.flatMap((o) => (o.outcome === 'ok' ? [o.finished] : []));
    expect(ok.length).toBeGreaterThan(250);
    expect(Buffer.isBuffer(ok[0]?.redactedValue)).toBe(true);
    expect(JSON.stringify(ok.map((f) => f.event))).not.toContain(FAKE.ssn);
    expect(first[42]).toEqual({ outcome: 'dlq', step: 'validate', reason: 'AUDIT_STORE_INVALID_INPUT' });
    expect(await workers.finish([])).toEqual([]);
  });

  it('builds the masker from its configuration in each worker', async () => {
    const rulesYaml = "rules: [{ id: tool, type: other_id, pattern: 'get_patient' }]";
    const opened = openedEvents(3);
    const workers = pool({ workers: 1, maskerConfig: { rulesYaml } });
    const here = await (async () => {
      const deps = { encode: encodeEvent, masker: defaultFrameMasker({ rulesYaml }) };
      return Promise.all(opened.map((item) => finishRecord(deps, item)));
    })();
    expect(await workers.finish(opened)).toEqual(here);
    expect(here).not.toEqual(await finishHere(opened));
  });

  it('fails requests with a retryable error when a worker cannot work, and refuses work once closed', async () => {
    const broken = pool({
      workers: 1,
      maskerConfig: { rulesYaml: "rules: [{ id: broken, type: mrn, pattern: '(' }]" },
    });
    await expect(broken.ready()).rejects.toMatchObject({ code: 'PREPARE_WORKER_FAILED', retryable: true });
    await expect(broken.finish(openedEvents(2))).rejects.toMatchObject({
      code: 'PREPARE_WORKER_FAILED',
      retryable: true,
    });
    // The dead worker is replaced on the next request (which fails the same way here).
    await expect(broken.finish(openedEvents(1))).rejects.toMatchObject({ code: 'PREPARE_WORKER_FAILED' });
    const workers = pool({ workers: 1 });
    const [one] = openedEvents(1) as [OpenedEvent];
    const unsendable = { ...one, event: { ...one.event, tenant: () => 't' } } as unknown as OpenedEvent;
    await expect(workers.finish([unsendable])).rejects.toMatchObject({ code: 'PREPARE_WORKER_FAILED' });
    expect(await workers.finish([one])).toEqual(await finishHere([one]));
    await workers.close();
    await expect(workers.finish(openedEvents(1))).rejects.toMatchObject({ code: 'PREPARE_WORKER_FAILED' });
    expect(() => createPreparePool({ workers: 0 })).toThrow(/whole number ≥ 1/);
  });

  it('defaults to none on one or two cores, else one per core but two, at most 4', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultPrepareWorkers(cores))).toEqual([0, 0, 1, 2, 4]);
  });
});
