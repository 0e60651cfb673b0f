/**
 * A person's name right before their birth date's label, as a chat post, a lookup or a claim
 * writes it ("FYI edmund runolfsdottir DOB 8/7/05", "look up stefanie brown dob 06-25-1962",
 * "Claimant: embeluur svaongoğlu, DOB …", "pavedu jorongur   94 y.o.   DOB: …"): the birth date
 * says whose it is, so the two to four words before it (an age between them aside) are a name
 * when they read as one — of any origin and in any case, no common word among them ("verify
 * name and DOB", "pt DOB" name no one).
 */
import type { Detector } from './detector';
import { containsAny } from './gates';
import { checkNamesFound } from './names';
import { looksLikeName } from './standalone-names';

/**
 * A birth date's label, an age and a comma before it allowed: ", DOB", "  94 y.o.   DOB:", " dob".
 * It starts where its blanks do (a match from inside a run of blanks starts at the run's first
 * one anyway): tried at each blank of a long run, it went over the rest of the run each time.
 */
const DOB_LABEL =
  /(?:,|(?<![ \t]))[ \t]+(?:\d{1,3}[ \t]?(?:y\.?o\.?|yo|y\/o)[ \t,]+)?(?:DOB|D\.O\.B\.?|dob|[Dd]ate of [Bb]irth)(?![\p{L}\d])/gu;
/** The words of a line before the label: letters, marks, apostrophes, hyphens, an initial's full stop. */
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
/** How far back the name may start. */
const REACH = 64;
/**
 * Words that make the label a request or a field's name, not a person's birth date: "say your
 * date of birth", "have your DOB ready", "the patient's DOB", "correct DOB".
 */
const NOT_NAME_WORDS = new Set(
  `your my his her their our its the a an this that whose of and or with correct wrong same new no
  say have enter confirm verify provide give state spell type need needs please`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** The name ending at `end`: the longest run of two to four words before it that reads as one. */
function nameBefore(text: string, end: number): [number, number] | undefined {
  const from = Math.max(0, end - REACH);
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const head = text.slice(Math.max(from, lineStart), end);
  const tokens = head.split(/[ \t]+/);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 4; i--) {
    const t = tokens[i] as string;
    if (!WORD.test(t)) break;
    words.unshift(t);
  }
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(words.length - n);
    if (name.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
    if (!looksLikeName(name, false, false, true)) continue;
    const length = name.join(' ').length;
    // The words must stand as written, one blank apart.
    if (!head.endsWith(name.join(' '))) return undefined;
    return [end - length, end];
  }
  return undefined;
}

/** Whether the text may hold a birth date's label. */
const MAY_HOLD_DOB_LABEL = containsAny('DOB', 'dob', 'D.O.B', 'ate of birth', 'ate of Birth');

export const dobNames: Detector = {
  id: 'dob_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasSpace || !ctx.passes(MAY_HOLD_DOB_LABEL)) return;
    const found = ctx.out.length;
    const { text } = ctx;
    DOB_LABEL.lastIndex = 0;
    for (let m = DOB_LABEL.exec(text); m !== null; m = DOB_LABEL.exec(text)) {
      const span = nameBefore(text, m.index);
      if (span) ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'dob_name' });
    }
    checkNamesFound(ctx, found);
  },
};
