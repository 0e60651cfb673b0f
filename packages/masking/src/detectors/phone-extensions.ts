/**
 * A telephone number's extension written after it: " ext. 22", " x6973", ", extension 4",
 * ",,6854" (a dial string's pauses before the extension is keyed in). The extension belongs to the
 * number (with it the number reaches one person), so a phone or fax number found by any detector
 * above grows over the extension that follows it.
 */
import type { Detector, ScanContext } from './detector';

/** The pauses, or a word or an "x" and the extension's digits (two at least after a bare "x": "x2" is a count). */
const EXTENSION_AFTER =
  /^(?:,{2,3}[ \t]?\d{1,6}|[ \t]*,?[ \t]*\(?(?:(?:ext\.?|extn\.?|extension)[ \t]*[.:#]?[ \t]*\d{1,6}|x[ \t]?\d{2,6})\)?)(?![\w-]|[.,]\d)/i;

/** A comma, a blank, a tab, a bracket, an "x" or an "e" right after the number: an extension may follow. */
function mayExtend(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (
    c === 0x2c ||
    c === 0x20 ||
    c === 0x09 ||
    c === 0x28 ||
    c === 0x78 ||
    c === 0x58 ||
    c === 0x65 ||
    c === 0x45
  );
}

/** Only the few characters after each number found are read: no pass over the whole text. */
function run(ctx: ScanContext): void {
  const out = ctx.out;
  if (out.length === 0) return;
  const text = ctx.text;
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const span = out[i] as ScanContext['out'][number];
    if ((span.type !== 'phone' && span.type !== 'fax') || !mayExtend(text, span.end)) continue;
    const m = EXTENSION_AFTER.exec(text.slice(span.end, span.end + 24));
    if (m === null) continue;
    let end = span.end + m[0].length;
    // A closing bracket only with the one it closes.
    if (m[0].endsWith(')') && !m[0].includes('(')) end--;
    out.push({ start: span.start, end, type: span.type, ruleId: 'phone_extension' });
  }
}

export const phoneExtensions: Detector = { id: 'phone_extension', types: ['phone', 'fax'], run };
