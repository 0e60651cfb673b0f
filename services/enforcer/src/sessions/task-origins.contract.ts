/**
 * The behaviour every TaskOriginStore must show. Each implementation's test runs this suite with
 * a factory returning a fresh, isolated store per test, plus a second handle on the same origins
 * (another gateway's view; the same object for a store of one process).
 */
import { describe, expect, it } from 'vitest';
import { freshEachTest } from './contract-fixture';
import type { TaskOrigin, TaskOriginStore } from './task-origins';

export interface TaskOriginsUnderTest {
  store: TaskOriginStore;
  /** The same origins as another gateway sees them. */
  peer: TaskOriginStore;
  close(): Promise<void>;
}

/** A task key as the policy builds it: connection, issuer, subject, task id. */
export function syntheticTaskKey(subject: string, taskId: string): string {
  return `charts\u0000urn:test\u0000${subject}\u0000${taskId}`;
}

export const SYNTHETIC_ORIGIN: TaskOrigin = {
  toolName: 'chart_task',
  arguments: { mrn: 'MRN-000-TEST', note: 'synthetic' },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeTaskOriginsContract(name: string, open: () => Promise<TaskOriginsUnderTest>): void {
  describe(`TaskOriginStore contract: ${name}`, () => {
    const fresh = freshEachTest(open);

    it('gives the tool call that created a task, to every gateway sharing the store', async () => {
      const { store, peer } = await fresh();
      const key = syntheticTaskKey('alice@example.com', 'task-1');
      await store.remember(key, SYNTHETIC_ORIGIN, 60_000);
      expect(await peer.lookUp(key)).toEqual(SYNTHETIC_ORIGIN);
      expect(await store.lookUp(key)).toEqual(SYNTHETIC_ORIGIN);
    });

    it('knows nothing of a task it was not told of, nor of the same task id under another identity', async () => {
      const { store, peer } = await fresh();
      await store.remember(syntheticTaskKey('alice@example.com', 'task-2'), SYNTHETIC_ORIGIN, 60_000);
      expect(await peer.lookUp(syntheticTaskKey('bob@example.com', 'task-2'))).toBeNull();
      expect(await peer.lookUp(syntheticTaskKey('alice@example.com', 'task-3'))).toBeNull();
    });

    it('forgets a task once its ttl passed', async () => {
      const { store, peer } = await fresh();
      const key = syntheticTaskKey('alice@example.com', 'task-4');
      await store.remember(key, SYNTHETIC_ORIGIN, 40);
      expect(await peer.lookUp(key)).toEqual(SYNTHETIC_ORIGIN);
      await sleep(120);
      expect(await peer.lookUp(key)).toBeNull();
    });

    it('keeps the latest origin remembered under a key', async () => {
      const { store, peer } = await fresh();
      const key = syntheticTaskKey('alice@example.com', 'task-5');
      await store.remember(key, SYNTHETIC_ORIGIN, 60_000);
      await peer.remember(key, { toolName: 'other_task', arguments: null }, 60_000);
      expect(await store.lookUp(key)).toEqual({ toolName: 'other_task', arguments: null });
    });
  });
}
