/**
 * The clear arguments of a held call, for approvers of a clear-view group. They never rest
 * anywhere but in the memory of the gateway holding the call, and only while it holds it: the
 * API asks that gateway for them (in-process in one process, over Redis pub/sub request/reply
 * with a short deadline when several run) and shows them once, transiently.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { newOneTimeKey, type SealedValue, sealTo } from './sealed-reply';

/** What the holding gateway answered. */
export type ClearAnswer =
  | { kind: 'held'; arguments: unknown }
  /** The gateway answered: it no longer holds the call. */
  | { kind: 'not_held' }
  /** No gateway of that id is listening, or it did not answer in time. */
  | { kind: 'unreachable' };

/** Where a gateway looks up the clear arguments of a call it holds (undefined: not held). */
export type HeldLookup = (approvalId: string) => { arguments: unknown } | undefined;

export interface ClearViewChannel {
  /** The gateway's side: answers asks for the calls it holds. Returns the stop function. */
  serve(gatewayId: string, lookup: HeldLookup): Promise<() => Promise<void>>;
  /** The API's side: asks the gateway holding a call for its clear arguments. */
  ask(gatewayId: string, approvalId: string): Promise<ClearAnswer>;
  close(): Promise<void>;
}

/** The clear arguments of the calls this gateway holds, in memory, for as long as it holds them. */
export class HeldArguments {
  private readonly held = new Map<string, unknown>();

  /** Keeps the arguments until the returned release function runs. */
  hold(approvalId: string, args: unknown): () => void {
    this.held.set(approvalId, args);
    return () => {
      this.held.delete(approvalId);
    };
  }

  readonly lookup: HeldLookup = (approvalId) =>
    this.held.has(approvalId) ? { arguments: this.held.get(approvalId) } : undefined;

  get size(): number {
    return this.held.size;
  }
}

/** One process: the API and the gateways it serves share memory. */
export function createMemoryClearViewChannel(): ClearViewChannel {
  const gateways = new Map<string, HeldLookup>();
  return {
    async serve(gatewayId, lookup) {
      gateways.set(gatewayId, lookup);
      return async () => {
        if (gateways.get(gatewayId) === lookup) gateways.delete(gatewayId);
      };
    },
    async ask(gatewayId, approvalId) {
      const lookup = gateways.get(gatewayId);
      if (!lookup) return { kind: 'unreachable' };
      const found = lookup(approvalId);
      return found ? { kind: 'held', arguments: structuredClone(found.arguments) } : { kind: 'not_held' };
    },
    async close() {
      gateways.clear();
    },
  };
}

export interface RedisClearViewOptions {
  /** For PUBLISH. */
  publisher: Redis;
  /** A connection in subscriber mode (it may be shared with the decision bus). */
  subscriber: Redis;
  prefix: string;
  /** How long an ask waits for the holding gateway (default 3 s). */
  deadlineMs?: number;
}

interface AskMessage {
  askId: string;
  approvalId: string;
  replyTo: string;
  /** The asker's one-time public key: the reply is sealed to it. */
  publicKey: string;
}

interface ReplyMessage {
  askId: string;
  held: boolean;
  sealed?: SealedValue;
}

const sealContext = (ask: Pick<AskMessage, 'askId' | 'approvalId'>) => `${ask.askId}|${ask.approvalId}`;

/**
 * Several processes: each gateway listens on a channel of its own; an ask names the asker's
 * reply channel and a one-time public key, and the clear arguments come back sealed to it, so
 * Redis (its pub/sub, replication stream or MONITOR) only ever carries ciphertext. Pub/sub
 * messages are delivered and dropped, never stored; an ask to a gateway nobody listens for
 * (PUBLISH reaches no subscriber) is unreachable at once.
 */
export async function createRedisClearViewChannel(options: RedisClearViewOptions): Promise<ClearViewChannel> {
  const askChannel = (gatewayId: string) => `${options.prefix}:clear-view:ask:${gatewayId}`;
  const replyChannel = `${options.prefix}:clear-view:reply:${randomUUID()}`;
  const deadlineMs = options.deadlineMs ?? 3_000;
  const served = new Map<string, HeldLookup>();
  const waiting = new Map<string, (reply: ReplyMessage | null) => void>();
  options.subscriber.on('message', (channel: string, text: string) => {
    if (channel === replyChannel) {
      const reply = parse<ReplyMessage>(text);
      if (reply && typeof reply.askId === 'string') waiting.get(reply.askId)?.(reply);
      return;
    }
    for (const [gatewayId, lookup] of served) {
      if (channel !== askChannel(gatewayId)) continue;
      const ask = parse<AskMessage>(text);
      if (!ask || !isAsk(ask) || !ask.replyTo.startsWith(`${options.prefix}:clear-view:reply:`)) return;
      const found = lookup(ask.approvalId);
      let reply: ReplyMessage;
      try {
        reply = found
          ? { askId: ask.askId, held: true, sealed: sealTo(ask.publicKey, found.arguments, sealContext(ask)) }
          : { askId: ask.askId, held: false };
      } catch {
        return; // a malformed key: the asker times out
      }
      void options.publisher.publish(ask.replyTo, JSON.stringify(reply)).catch(() => undefined);
      return;
    }
  });
  await options.subscriber.subscribe(replyChannel);
  return {
    async serve(gatewayId, lookup) {
      served.set(gatewayId, lookup);
      await options.subscriber.subscribe(askChannel(gatewayId));
      return async () => {
        served.delete(gatewayId);
        await options.subscriber.unsubscribe(askChannel(gatewayId)).catch(() => undefined);
      };
    },
    async ask(gatewayId, approvalId) {
      const askId = randomUUID();
      const answered = new Promise<ReplyMessage | null>((resolve) => {
        const timer = setTimeout(() => settle(null), deadlineMs);
        const settle = (reply: ReplyMessage | null) => {
          clearTimeout(timer);
          waiting.delete(askId);
          resolve(reply);
        };
        waiting.set(askId, settle);
      });
      const key = newOneTimeKey();
      const message: AskMessage = { askId, approvalId, replyTo: replyChannel, publicKey: key.publicKey };
      const receivers = await options.publisher.publish(askChannel(gatewayId), JSON.stringify(message));
      if (receivers === 0) waiting.get(askId)?.(null);
      const reply = await answered;
      if (reply === null) return { kind: 'unreachable' };
      if (!reply.held) return { kind: 'not_held' };
      try {
        if (!reply.sealed) throw new Error('unsealed reply');
        return { kind: 'held', arguments: key.open(reply.sealed, sealContext({ askId, approvalId })) };
      } catch {
        // Not sealed to this ask's key: not an answer of the holding gateway.
        return { kind: 'unreachable' };
      }
    },
    async close() {
      for (const settle of [...waiting.values()]) settle(null);
      const channels = [replyChannel, ...[...served.keys()].map(askChannel)];
      served.clear();
      await options.subscriber.unsubscribe(...channels).catch(() => undefined);
    },
  };
}

function isAsk(value: AskMessage): boolean {
  return (
    typeof value.askId === 'string' &&
    typeof value.approvalId === 'string' &&
    typeof value.replyTo === 'string' &&
    typeof value.publicKey === 'string'
  );
}

function parse<T>(text: string): T | null {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' ? (value as T) : null;
  } catch {
    return null;
  }
}
