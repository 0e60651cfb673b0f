import { describe, expect, it } from 'vitest';
import { CHAIN_GENESIS, chainHash, linkEvents } from './chain';
import { canonicalEventForm } from './chained-event';
import { chainedEvent, chainedSession } from './testing/sample-chain';

describe('hash chain', () => {
  it('links each event to the one before it, starting from the genesis hash', () => {
    const events = chainedSession('s-1', 3);
    expect(events[0]?.prevHash).toBe(CHAIN_GENESIS);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
  });

  it('is a function of the events alone: linking in two runs from the stored head gives the same chain', () => {
    const whole = chainedSession('s-1', 5);
    const firstPart = chainedSession('s-1', 2);
    const head = { seq: 1, hash: firstPart[1]?.hash ?? '' };
    const rest = chainedSession('s-1', 3, undefined, head);
    expect([...firstPart, ...rest].map((e) => e.hash)).toEqual(whole.map((e) => e.hash));
  });

  it('covers every chained field and ignores the links and extra columns', () => {
    const event = chainedEvent('s-1', 1);
    const base = chainHash(CHAIN_GENESIS, event);
    expect(chainHash(CHAIN_GENESIS, { ...event, payload: event.payload.replace('mrn', 'MRN') })).not.toBe(
      base,
    );
    expect(chainHash(CHAIN_GENESIS, { ...event, streamSeq: 7 })).not.toBe(base);
    expect(chainHash(CHAIN_GENESIS, { ...event, ci: { provider: 'github' } })).not.toBe(base);
    const withExtras = { ...event, prevHash: 'x', hash: 'y', ingestedAt: 5 };
    expect(canonicalEventForm(withExtras)).toBe(canonicalEventForm(event));
    expect(chainHash('f'.repeat(64), event)).not.toBe(base);
  });
});

describe('linkEvents', () => {
  it('returns copies and leaves the input untouched', () => {
    const input = [chainedEvent('s-2', 0)];
    const [linked] = linkEvents(undefined, input);
    expect(linked?.hash).toBeDefined();
    expect('hash' in (input[0] ?? {})).toBe(false);
  });
});
