/**
 * Keyword arguments of a call written in text - an agent's plan, a notebook cell, a log of the
 * tools it called: `get_patient(mrn="L4175043")`, `lookup(member_id='XQ7…', dob="1950-01-02")`,
 * `- get_patient(mrn=L4175043, zip=30301)`. An argument whose name the field rules know types its
 * value, as a JSON key types its value; the other arguments say whom the call is about (`name`
 * beside `dob`). A value written without quotes is read only where it has figures (`name=args.name`
 * and `date=today` are the code's own words). The labelled-value reader leaves a call's arguments
 * here (see `isCallArgument`).
 */
import { type FieldRule, ruleHolds } from '../field-rules';
import { PHI_TYPES } from '../types';
import type { Detector, ScanContext } from './detector';
import { UUID } from './uuid';

/**
 * `(` or `,`, an argument's name, `=`, its value in double or single quotes or bare up to the
 * next argument or the closing bracket.
 */
const CALL_ARGUMENT =
  /[(,]\s*([A-Za-z_]\w{0,39})\s*=\s*(?:"([^"\n\\]{1,120})"|'([^'\n\\]{1,120})'|([^\s"'(),=\\]{1,120})(?=\s*[,)]))/g;
/** A label that is a call's keyword argument: a function's name glued to its open bracket (`get_patient(mrn`). */
const CALL_LABEL = /^[A-Za-z_][\w.]*\([^()]*$/;

/** Whether a label read before an '=' is a call's keyword argument, which this detector reads. */
export function isCallArgument(label: string): boolean {
  return CALL_LABEL.test(label);
}
/** Types whose value is written without figures; every other type's is (a number, a date, a code). */
const WORDED: ReadonlySet<string> = new Set([
  'name',
  'street_address',
  'geo',
  'email',
  'url',
  'biometric',
  'photo',
]);
/** Types whose value is written with figures. */
const FIGURED: ReadonlySet<string> = new Set(PHI_TYPES.filter((t) => !WORDED.has(t)));
/** A person's name as an argument holds it: letters, blanks, dots, commas, apostrophes, hyphens. */
const PERSON_NAME = /^\p{L}[\p{L}\p{M}'’ .,-]{1,60}$/u;

interface Argument {
  key: string;
  start: number;
  value: string;
  quoted: boolean;
}

function holds(rule: FieldRule, value: string, quoted: boolean): boolean {
  if (!/[\p{L}\p{N}]/u.test(value) || !ruleHolds(rule, value)) return false;
  if (rule.type === 'age') return Number.parseInt(value, 10) >= 90;
  if (!quoted && !FIGURED.has(rule.type)) return false;
  if (rule.type === 'name') return PERSON_NAME.test(value);
  if (FIGURED.has(rule.type)) return /\d/.test(value) && !UUID.test(value);
  return true;
}

export const callArguments: Detector = {
  id: 'call_argument',
  types: PHI_TYPES,
  run(ctx: ScanContext) {
    if (!ctx.includes('(') || !ctx.includes('=')) return;
    const args: Argument[] = [];
    CALL_ARGUMENT.lastIndex = 0;
    for (let m = CALL_ARGUMENT.exec(ctx.text); m !== null; m = CALL_ARGUMENT.exec(ctx.text)) {
      const quoted = m[4] === undefined;
      const value = (m[2] ?? m[3] ?? m[4]) as string;
      args.push({
        key: m[1] as string,
        start: m.index + m[0].length - value.length - (quoted ? 1 : 0),
        value,
        quoted,
      });
    }
    if (args.length === 0) return;
    const keys = args.map((a) => a.key);
    for (const a of args) {
      const rule = ctx.fields.ruleFor(a.key, undefined, keys);
      if (!rule || rule.type === 'url' || ctx.skip?.has(rule.type) || !holds(rule, a.value, a.quoted))
        continue;
      ctx.out.push({
        start: a.start,
        end: a.start + a.value.length,
        type: rule.type,
        ruleId: 'call_argument',
      });
    }
  },
};
