/** Assertions shared by the detector tests: what a text's spans cover. */
import { expect } from 'vitest';
import { detectText } from './detect';
import type { PhiType } from './types';

/** The identifier `value` (inside `text`) is covered by one span of `type`. */
export function expectDetected(text: string, value: string, type: PhiType): void {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test bug: ${value} is not in the text`);
  const spans = detectText(text);
  const covering = spans.find((s) => s.start <= at && s.end >= at + value.length);
  expect(covering, `${type} ${JSON.stringify(value)} in ${JSON.stringify(text)}`).toBeDefined();
  expect(covering?.type).toBe(type);
}

/** Nothing in `keep` (inside `text`) is touched. */
export function expectKept(text: string, keep: string = text): void {
  const at = text.indexOf(keep);
  if (at < 0) throw new Error(`test bug: ${keep} is not in the text`);
  const spans = detectText(text).filter((s) => s.start < at + keep.length && s.end > at);
  expect(
    spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`),
    `${JSON.stringify(keep)} in ${JSON.stringify(text)}`,
  ).toEqual([]);
}

/** No span of `type` anywhere in `text` (other identifiers may be found). */
export function expectNoType(text: string, type: PhiType): void {
  const found = detectText(text).filter((s) => s.type === type);
  expect(
    found.map((s) => text.slice(s.start, s.end)),
    `${type} in ${JSON.stringify(text)}`,
  ).toEqual([]);
}
