import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { StatelessProtocolError } from './errors';
import { MODERN_RPC } from './protocol';

/**
 * Where a multi-round-trip exchange stands between two rounds. The gateway keeps none of
 * this: it travels inside the `requestState` the client echoes, sealed, so the next round
 * may land on any gateway and still continue the same audit exchange without gaps.
 */
export interface ExchangeContinuation {
  exchangeId: string;
  /** The round the retry carrying this state will be. */
  round: number;
  /** The exchange's next audit sequence number. */
  nextSeq: number;
  traceId: string | null;
  /** The upstream's own requestState, forwarded unchanged on the retry; null when it sent none. */
  upstreamState: string | null;
  /** Bridged exchanges: the in-process upstream call the retry continues. */
  bridgeCallId: string | null;
}

/** What a state is bound to: a different caller, connection or request may not present it. */
export interface ContinuationBinding {
  subject: string;
  issuer: string;
  connection: string;
  method: string;
  /** The request's target (tool or prompt name, resource URI), when it has one. */
  target: string | null;
}

export interface RequestStateSealerOptions {
  /** HMAC keys: the first signs, every one verifies (so keys can be rotated across gateways). */
  keys: readonly Buffer[];
  ttlMs: number;
  now?: () => number;
}

const PREFIX = 'prs1.';

/**
 * Seals exchange continuations into opaque `requestState` strings (HMAC-SHA256, bound to the
 * caller, connection, method and target, with an expiry) and opens them again. A state that
 * was altered, expired, minted by a gateway without the key, or issued for another caller or
 * request is refused: a client can neither forge an exchange id nor graft its retry onto
 * somebody else's exchange.
 */
export class RequestStateSealer {
  private readonly now: () => number;

  constructor(private readonly options: RequestStateSealerOptions) {
    if (options.keys.length === 0) throw new Error('RequestStateSealer needs at least one key');
    this.now = options.now ?? Date.now;
  }

  seal(continuation: ExchangeContinuation, binding: ContinuationBinding): string {
    const payload = {
      x: continuation.exchangeId,
      r: continuation.round,
      s: continuation.nextSeq,
      t: continuation.traceId,
      u: continuation.upstreamState,
      c: continuation.bridgeCallId,
      e: this.now() + this.options.ttlMs,
      b: bindingDigest(binding),
    };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return `${PREFIX}${body}.${this.mac(this.options.keys[0] as Buffer, body)}`;
  }

  open(state: string, binding: ContinuationBinding): ExchangeContinuation {
    if (!state.startsWith(PREFIX)) throw rejected('it was not issued by this gateway');
    const dot = state.lastIndexOf('.');
    const body = state.slice(PREFIX.length, dot);
    const tag = state.slice(dot + 1);
    if (dot <= PREFIX.length || !this.options.keys.some((key) => safeEqual(this.mac(key, body), tag))) {
      throw rejected('its integrity check failed');
    }
    const payload = decodePayload(body);
    if (payload.e < this.now()) throw rejected('it has expired; retry the original request from the start');
    if (payload.b !== bindingDigest(binding)) {
      throw rejected('it was issued for another caller, connection or request');
    }
    return {
      exchangeId: payload.x,
      round: payload.r,
      nextSeq: payload.s,
      traceId: payload.t,
      upstreamState: payload.u,
      bridgeCallId: payload.c,
    };
  }

  private mac(key: Buffer, body: string): string {
    return createHmac('sha256', key).update(PREFIX).update(body).digest('base64url');
  }
}

interface Payload {
  x: string;
  r: number;
  s: number;
  t: string | null;
  u: string | null;
  c: string | null;
  e: number;
  b: string;
}

function decodePayload(body: string): Payload {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw rejected('it is malformed');
  }
  const p = value as Partial<Payload> | null;
  const nullableString = (v: unknown) => v === null || typeof v === 'string';
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.x !== 'string' ||
    !Number.isSafeInteger(p.r) ||
    !Number.isSafeInteger(p.s) ||
    !nullableString(p.t) ||
    !nullableString(p.u) ||
    !nullableString(p.c) ||
    typeof p.e !== 'number' ||
    typeof p.b !== 'string'
  ) {
    throw rejected('it is malformed');
  }
  return p as Payload;
}

function bindingDigest(binding: ContinuationBinding): string {
  return createHash('sha256')
    .update(
      JSON.stringify([binding.subject, binding.issuer, binding.connection, binding.method, binding.target]),
    )
    .digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function rejected(why: string): StatelessProtocolError {
  return new StatelessProtocolError('REQUEST_STATE_REJECTED', {
    httpStatus: 400,
    rpcCode: MODERN_RPC.INVALID_PARAMS,
    message: `Invalid params: requestState refused: ${why}`,
  });
}
