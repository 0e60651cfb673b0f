/**
 * Masks a JSON text: every string value and every object key (keys can carry PHI too).
 * Valid JSON is scanned for its string tokens and only those that change are rewritten, so
 * numbers, whitespace and nesting come out exactly as they went in (no float rounding of
 * large ids, no recursion whatever the depth). Anything that cannot be masked with
 * certainty comes out fully redacted: never the clear text.
 */
import type { MaskingEngine, RuleMatchCount } from './engine';

export const QUARANTINED_JSON = '{"redacted":"quarantined"}';

export interface MaskResult {
  text: string;
  matches: RuleMatchCount[];
  quarantined: boolean;
  /** Why the text was quarantined; never contains any of its content. */
  quarantineReason?: 'invalid_json' | 'rule_error';
}

const BACKSLASH = 0x5c;
const COLON = 0x3a;

export function maskJsonWith(engine: MaskingEngine, text: string): MaskResult {
  try {
    // Validation only: the native parser is far faster than a JS one, and iterative.
    JSON.parse(text);
  } catch {
    return quarantine('invalid_json');
  }
  const tally = engine.newTally();
  let masked: string;
  try {
    masked = rewriteStrings(engine, text, tally);
  } catch {
    return quarantine('rule_error');
  }
  return { text: masked, matches: engine.report(tally), quarantined: false };
}

function quarantine(reason: MaskResult['quarantineReason']): MaskResult {
  return { text: QUARANTINED_JSON, matches: [], quarantined: true, quarantineReason: reason };
}

/** `text` must be valid JSON: outside strings, a quote always opens one. */
function rewriteStrings(engine: MaskingEngine, text: string, tally: number[]): string {
  const chunks: string[] = [];
  let copiedUpTo = 0;
  let pos = 0;
  let lastKey: string | undefined;
  let lastKeyValueStart = -1;
  // Position of the next backslash at or after the current string; -1 when there is none left.
  let nextBackslash = text.indexOf('\\');
  for (;;) {
    const start = text.indexOf('"', pos);
    if (start < 0) break;
    let end = text.indexOf('"', start + 1);
    while (isEscaped(text, end)) end = text.indexOf('"', end + 1);
    if (nextBackslash >= 0 && nextBackslash < start) nextBackslash = text.indexOf('\\', start);
    const hasEscape = nextBackslash >= 0 && nextBackslash < end;
    const decoded: string = hasEscape ? JSON.parse(text.slice(start, end + 1)) : text.slice(start + 1, end);

    let after = end + 1;
    while (isWhitespace(text.charCodeAt(after))) after++;
    const isKey = text.charCodeAt(after) === COLON;
    const key = !isKey && onlyWhitespaceBetween(text, lastKeyValueStart, start) ? lastKey : undefined;
    const replaced = engine.mask(decoded, tally, key);
    if (isKey) {
      lastKey = decoded;
      lastKeyValueStart = after + 1;
    }

    if (replaced !== decoded) {
      chunks.push(text.slice(copiedUpTo, start));
      chunks.push(JSON.stringify(replaced));
      copiedUpTo = end + 1;
    }
    pos = end + 1;
  }
  if (chunks.length === 0) return text;
  chunks.push(text.slice(copiedUpTo));
  return chunks.join('');
}

function isEscaped(text: string, quoteAt: number): boolean {
  let backslashes = 0;
  for (let i = quoteAt - 1; text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function onlyWhitespaceBetween(text: string, from: number, to: number): boolean {
  if (from < 0) return false;
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}
