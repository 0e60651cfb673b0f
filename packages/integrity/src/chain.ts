import { createHash } from 'node:crypto';
import { type ChainedEvent, type ChainLink, canonicalEventForm } from './chained-event';

/** prevHash of a session's first event. */
export const CHAIN_GENESIS = '0'.repeat(64);

/** Domain separation: a chain hash can never be confused with another SHA-256 of the same text. */
const CHAIN_DOMAIN = 'proctor-chain-v1';

/** hash = SHA-256("proctor-chain-v1\n" ‖ prevHash ‖ "\n" ‖ canonical redacted form), lower-case hex. */
export function chainHash(prevHash: string, event: ChainedEvent): string {
  return chainHashOfForm(prevHash, canonicalEventForm(event));
}

/**
 * chainHash from the event's canonical form, written beforehand (possibly on another thread):
 * its text, or that text's UTF-8 bytes (what the hash covers either way).
 */
export function chainHashOfForm(prevHash: string, canonicalForm: string | Uint8Array): string {
  return createHash('sha256').update(`${CHAIN_DOMAIN}\n${prevHash}\n`).update(canonicalForm).digest('hex');
}

/** The head of a session's chain: its highest stored seq and that event's hash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Links events of one session that follow `head` (undefined: the session has nothing stored
 * yet). `events` must be in ascending seq order. Each event's prevHash is the hash of the
 * stored event just before it, so the result depends only on the events, never on when or
 * how often they were read: a redelivered event gets the same links.
 */
export function linkEvents<E extends ChainedEvent>(
  head: ChainHead | undefined,
  events: readonly E[],
): (E & ChainLink)[] {
  let prevHash = head?.hash ?? CHAIN_GENESIS;
  return events.map((event) => {
    const hash = chainHash(prevHash, event);
    const linked = { ...event, prevHash, hash };
    prevHash = hash;
    return linked;
  });
}
