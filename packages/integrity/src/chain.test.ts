import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonValue } from './canonical-json';
import { CHAIN_GENESIS, chainHash, chainHashOfForm, linkEvents } from './chain';
import { CHAINED_FIELDS, type ChainedEvent, canonicalEventForm } from './chained-event';
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

  it('hashes a canonical form written beforehand exactly as it hashes the event', () => {
    const event = chainedEvent('s-1', 2);
    const form = canonicalEventForm(event);
    expect(chainHashOfForm(CHAIN_GENESIS, form)).toBe(chainHash(CHAIN_GENESIS, event));
    expect(chainHashOfForm('f'.repeat(64), form)).toBe(chainHash('f'.repeat(64), event));
    expect(chainHashOfForm(CHAIN_GENESIS, `${form} `)).not.toBe(chainHash(CHAIN_GENESIS, event));
  });

  it('hashes the canonical form given as UTF-8 bytes as it hashes its text', () => {
    // Characters outside ASCII and a lone surrogate (written as an escape by the canonical form).
    const event = { ...chainedEvent('s-1', 2), payload: '{"note":"Zoë \u{1f600} \ud800"}' };
    const form = canonicalEventForm(event);
    expect(chainHashOfForm(CHAIN_GENESIS, Buffer.from(form, 'utf8'))).toBe(chainHash(CHAIN_GENESIS, event));
    expect(chainHashOfForm(CHAIN_GENESIS, Buffer.from(`${form} `, 'utf8'))).not.toBe(
      chainHash(CHAIN_GENESIS, event),
    );
  });
});

describe('canonicalEventForm', () => {
  it('is the canonical JSON of exactly the chained fields (the form verifiers recompute)', () => {
    const event = chainedEvent('s-é', 3);
    const variants: ChainedEvent[] = [
      event,
      { ...event, ci: { zeta: 'z', Alpha: '"quoted"\n', é: 'x' }, groups: ['b', 'a'] },
      {
        ...event,
        gatewayEpoch: null,
        streamSeq: null,
        round: 0,
        quarantined: true,
        payload: '{"a":"\u2028"}',
      },
    ];
    for (const v of variants) {
      const form: Record<string, JsonValue> = {};
      for (const field of CHAINED_FIELDS) form[field] = v[field] as JsonValue;
      expect(canonicalEventForm(v)).toBe(canonicalJson(form));
    }
  });

  it('refuses a value JSON cannot carry, naming the field', () => {
    expect(() => canonicalEventForm({ ...chainedEvent('s-1', 0), size: Number.NaN })).toThrow(
      /\$\.size is not a finite number/,
    );
    expect(() =>
      canonicalEventForm({ ...chainedEvent('s-1', 0), ci: { bad: Number.POSITIVE_INFINITY as never } }),
    ).toThrow(/\$\.ci\.bad is not a finite number/);
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
