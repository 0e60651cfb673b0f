import type { CoreContext } from '../context';
import { isPlainObject } from '../stateless/protocol';

/** What one gateway tells the gateway holding a bridged call in its memory. */
export type HolderMessage =
  /** A stateful client's answer to an input request the holder's stream asked: the holder resumes the call with it. */
  | { kind: 'input-answer'; idJson: string; message: Record<string, unknown> }
  /** A stateless client's retry of a parked call reached another gateway, which refused it: the holder lets the call go now. */
  | { kind: 'release-call'; callId: string }
  /** A resource update (recorded already) for the session's listening stream, which is open at the receiver. */
  | { kind: 'session-notification'; sessionId: string; text: string }
  /** The client unsubscribed: the receiver, which holds the URI's upstream listen, ends it. */
  | { kind: 'end-subscription'; sessionId: string; uri: string }
  /** The client cancelled a request whose upstream call some gateway relays (sent to all): that one closes it. */
  | { kind: 'cancel-request'; sessionId: string; idJson: string };

/** The mailbox name every gateway also listens to: a message for whichever gateway holds something. */
export const EVERY_GATEWAY = '*every-gateway*';

type Handlers = { [K in HolderMessage['kind']]?: (message: Extract<HolderMessage, { kind: K }>) => void };

/**
 * The bridges' side of the session store's gateway mailbox: messages to the gateway instance
 * that holds a bridged call waiting in its memory, so a client request that lands on another
 * gateway behind a load balancer reaches it (or lets it go) at once instead of leaving the call
 * to wait for its timeout. The holder starts listening before it hands out anything a client
 * could send elsewhere.
 */
export class HolderMailbox {
  private listening: Promise<unknown> | null = null;
  private readonly handlers: Handlers = {};

  constructor(private readonly ctx: CoreContext) {}

  on<K extends HolderMessage['kind']>(kind: K, handler: NonNullable<Handlers[K]>): void {
    (this.handlers as Record<string, unknown>)[kind] = handler;
  }

  /** Listens to this gateway's mailbox (once); resolves when messages sent from now on arrive. */
  async open(): Promise<void> {
    const receive = (text: string) => this.receive(text);
    this.listening ??= Promise.all([
      this.ctx.sessions.receiveAsGateway(this.ctx.gatewayId, receive),
      this.ctx.sessions.receiveAsGateway(EVERY_GATEWAY, receive),
    ]).catch((err: unknown) => {
      this.listening = null;
      throw err;
    });
    await this.listening;
  }

  /** Sends to the gateway `gatewayId`; false when no gateway of that id runs. */
  async send(gatewayId: string, message: HolderMessage): Promise<boolean> {
    return (await this.ctx.sessions.sendToGateway(gatewayId, JSON.stringify(message))) > 0;
  }

  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (!isPlainObject(message) || typeof message.kind !== 'string') return;
    const handler = (this.handlers as Record<string, ((m: unknown) => void) | undefined>)[message.kind];
    try {
      handler?.(message);
    } catch (err) {
      this.ctx.logger.warn({ err, kind: message.kind }, 'a gateway mailbox message could not be handled');
    }
  }
}

/** Ids that name the gateway holding what they refer to: `<prefix><gatewayId>:<uuid>`. */
export function holderOf(id: string, prefix: string): string | null {
  if (!id.startsWith(prefix)) return null;
  const colon = id.lastIndexOf(':');
  return colon > prefix.length ? id.slice(prefix.length, colon) : null;
}
