import { describe, expect, it } from 'vitest';
import { newEventId, nowMicros } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newEventId', () => {
  it('produces UUID v7 strings, strictly increasing within the process', () => {
    const ids = Array.from({ length: 20_000 }, () => newEventId());
    for (const id of ids) expect(id).toMatch(UUID_V7);
    for (let i = 1; i < ids.length; i++) expect((ids[i] as string) > (ids[i - 1] as string)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('embeds the creation time in milliseconds', () => {
    const before = Date.now();
    const id = newEventId();
    const millis = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(Math.abs(millis - before)).toBeLessThan(1000);
  });

  it('spends its random bits', () => {
    const tails = new Set(Array.from({ length: 1000 }, () => newEventId().slice(19)));
    expect(tails.size).toBe(1000);
  });
});

describe('nowMicros', () => {
  it('is microseconds since the epoch and never decreases', () => {
    const first = nowMicros();
    expect(Math.abs(first / 1000 - Date.now())).toBeLessThan(1000);
    let previous = first;
    for (let i = 0; i < 10_000; i++) {
      const next = nowMicros();
      expect(next).toBeGreaterThanOrEqual(previous);
      previous = next;
    }
    expect(Number.isSafeInteger(previous)).toBe(true);
  });
});
