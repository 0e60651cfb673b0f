/**
 * The code that opens a patient's home, as a visit's directions write it: after a gate, a
 * lockbox, a key safe or a call box, with or without "code" ("gate Z694", "gate 6369*",
 * "gate #4641", "key in lockbox A652", "call box code #0057"), or after a door's, an entry's,
 * an alarm's or a buzzer's "code" ("buzzer code H073"). A code is three to eight figures, perhaps
 * after a letter or a '#', perhaps ending in '*' or '#'; a bare year after a word that needs no
 * "code" ("gate 2024") stays, and so does a gate or a box with a short number ("gate 2").
 */
import type { Detector, ScanContext } from './detector';

const CODE =
  /(?<![\p{L}\p{N}])(?:(gate|lock ?box|key ?box|key ?safe|call ?box)(?:[ \t]+code)?|(?:door|entry|alarm|buzzer|keypad|garage)[ \t]+code)[ \t]*:?[ \t]*(#?[A-Za-z]?\d{3,8}[#*]?)(?![\p{L}\p{N}-]|[.,/:]\d)/giu;
/** Parts of the words (any case of their first letter) one of which must be in the text. */
const WORDS = ['ate', 'ATE', 'ox', 'OX', 'afe', 'AFE', 'ode', 'ODE'];
const GATE = /gate|box|safe|code/i;
/** A year alone: a gate's or a box's date, not its code. */
const YEAR = /^(?:19|20)\d\d$/;

function accessCodes(ctx: ScanContext): void {
  if (ctx.longestDigitRun < 3 || ctx.skip?.has('other_id')) return;
  if (!WORDS.some((w) => ctx.mayInclude(w)) || !ctx.test(GATE)) return;
  const text = ctx.text;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m !== null; m = CODE.exec(text)) {
    const code = m[2] as string;
    const bare = m[1] !== undefined && !/code/i.test(m[0]);
    if (bare && YEAR.test(code)) continue;
    const start = m.index + m[0].length - code.length;
    ctx.out.push({ start, end: start + code.length, type: 'other_id', ruleId: 'access_code' });
  }
}

export const accessCodesDetector: Detector = {
  id: 'access_code',
  types: ['other_id'],
  run: accessCodes,
};
