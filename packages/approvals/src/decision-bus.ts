/**
 * Tells every process that an approval or a grant changed, so the gateway holding a call (or
 * an open session under a grant) learns of a decision taken anywhere. In one process an
 * in-memory bus; with several, Redis pub/sub. Messages are hints: receivers re-read the store,
 * and waiters also poll, so a message lost while a subscriber reconnects delays but never loses
 * a decision.
 */
import type { Redis } from 'ioredis';

export type BusMessage =
  | { kind: 'approval'; id: string; state: string }
  | {
      kind: 'grant';
      id: string;
      subject: string;
      connection: string;
      state: 'granted' | 'revoked' | 'expired';
    };

export interface DecisionBus {
  publish(message: BusMessage): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: BusMessage) => void): () => void;
  close(): Promise<void>;
}

export function createMemoryDecisionBus(): DecisionBus {
  const listeners = new Set<(message: BusMessage) => void>();
  return {
    async publish(message) {
      for (const listener of [...listeners]) listener(structuredClone(message));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}

export interface RedisDecisionBusOptions {
  /** For PUBLISH. */
  publisher: Redis;
  /** A connection of its own: in subscriber mode it can do nothing else. */
  subscriber: Redis;
  prefix: string;
}

export async function createRedisDecisionBus(options: RedisDecisionBusOptions): Promise<DecisionBus> {
  const channel = `${options.prefix}:approval-events`;
  const listeners = new Set<(message: BusMessage) => void>();
  options.subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    let message: BusMessage;
    try {
      message = JSON.parse(text) as BusMessage;
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(message);
  });
  await options.subscriber.subscribe(channel);
  return {
    async publish(message) {
      await options.publisher.publish(channel, JSON.stringify(message));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await options.subscriber.unsubscribe(channel).catch(() => undefined);
    },
  };
}
