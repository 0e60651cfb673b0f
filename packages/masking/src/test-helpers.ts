/** Assertions shared by the detector tests: what a text's spans cover. */
import { expect } from 'vitest';
import { detectText } from './detect';
import type { Detector } from './detectors/detector';
import { createMasker } from './masker';
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

/** The values `detector` alone finds in `text`, in order. */
export function foundBy(detector: Detector, text: string): string[] {
  return detectText(text, { detectors: [detector] }).map((s) => text.slice(s.start, s.end));
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

/**
 * `count` texts of 1 to `maxPieces` pieces each, drawn by a seeded Lehmer generator (the same
 * texts every run): inputs for the property tests of gates, which must hold wherever their
 * expression matches. `finish` may change each text with the same generator.
 */
export function piecedTexts(
  count: number,
  pieces: readonly string[],
  seed: number,
  maxPieces: number,
  finish: (text: string, next: () => number) => string = (text) => text,
): string[] {
  let state = seed;
  const next = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state;
  };
  return Array.from({ length: count }, () => {
    let s = '';
    for (let k = 1 + (next() % maxPieces); k > 0; k--) s += pieces[next() % pieces.length];
    return finish(s, next);
  });
}

/** No span of `type` anywhere in `text` (other identifiers may be found). */
export function expectNoType(text: string, type: PhiType): void {
  const found = detectText(text).filter((s) => s.type === type);
  expect(
    found.map((s) => text.slice(s.start, s.end)),
    `${type} in ${JSON.stringify(text)}`,
  ).toEqual([]);
}

const frameMasker = createMasker();

/** A frame masked by the default masker, not quarantined, none of `clear` left in it: its text. */
export function expectMaskedFrame(frame: unknown, ...clear: string[]): string {
  const out = frameMasker.maskFrame(JSON.stringify(frame));
  expect(out.quarantined).toBe(false);
  for (const c of clear) expect(out.text, `${JSON.stringify(c)} in ${out.text}`).not.toContain(c);
  return out.text;
}

/** A tools/call result whose content is a text block per string. */
export function toolResult(...texts: string[]): unknown {
  return { jsonrpc: '2.0', id: 7, result: { content: texts.map((text) => ({ type: 'text', text })) } };
}
