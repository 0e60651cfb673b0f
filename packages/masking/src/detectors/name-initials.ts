/**
 * A person's initials where the same text names them in full: "Taken by Orla Quennell (O.Q.)",
 * "Rm 12 — Quennell, Orla (OMQ)", "Signature: OQ", "Electronically signed 3/2/24 by OMQ.". Two or
 * three letters each with its full stop, or two or three capitals in a place of their own (see
 * `initialsPlace`), whose first letter is the
 * given name's and whose last is the family name's of a name the detectors before this one found
 * ("Quennell, Orla" read as Orla Quennell; a credential after the name aside). Abbreviations,
 * routes, services, credentials and words a name never is stay ("HTN", "PO", "RN", "CHF", a tablet's "DR"), and so
 * do two bare capitals that are a state's ("NY" beside Nolan Yates); letters with full stops are
 * a person's unless a word or a route ("O.B." beside Orrin Blast, "P.O." stays).
 */
import { en } from '@faker-js/faker';
import type { Detector, ScanContext } from './detector';
import { mayBeInitials } from './signature-initials';
import { ROUTES, setOf, WORDS } from './staff-mark-words';

/** Two or three capitals, or dotted letters ("O.Q.", "O. M. Q."), standing alone. */
const INITIALS_RE =
  /(?<![\p{L}\p{N}.'’&@_/-])\p{Lu}(?:\.[ ]?\p{Lu}){1,2}\.?(?![\p{L}\p{N}'’&@_-]|\.[\p{L}\p{N}])|(?<![\p{L}\p{N}.'’&@_/-])\p{Lu}{2,3}(?![\p{L}\p{N}'’&@_-]|\.[\p{L}\p{N}])/gu;
/** Dotted letters that are no one's initials ("P.O.", "A.M.", "U.S."): a department's or credential's may be ("O.B."). */
const NOT_DOTTED = setOf(WORDS, ROUTES, 'AD BC DC');
/** A tablet's release and dosage forms, written after the drug ("pantoprazole DR", "metformin XR"). */
const DOSAGE_FORMS = setOf('DR ER XR SR CR XL LA EC ODT DS SA CD HS');
const STATES: ReadonlySet<string> = new Set([...(en.location?.state_abbr ?? []), 'DC', 'PR']);
/** A word of a name: a capital, then letters (an initial, a credential in capitals aside). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$|^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** The first letters of the given and the family name of a name's text ("Quennell, Orla" → "OQ"), or undefined. */
function initialsOf(name: string): string | undefined {
  const comma = name.indexOf(',');
  const mixed = /\p{Ll}/u.test(name);
  const words = (part: string): string[] =>
    part
      .split(/[\s,]+/)
      // In a name written in mixed case, a word in capitals is a credential or a title ("RN", "LCSW").
      .filter((w) => NAME_WORD.test(w) && (!mixed || /\p{Ll}/u.test(w)));
  if (comma > 0) {
    const family = words(name.slice(0, comma));
    const given = words(name.slice(comma + 1));
    if (family.length > 0 && given.length > 0) return `${given[0]?.[0]}${family[0]?.[0]}`;
    if (given.length > 0) return undefined;
  }
  const all = words(comma > 0 ? name.slice(0, comma) : name);
  if (all.length < 2) return undefined;
  return `${all[0]?.[0]}${all[all.length - 1]?.[0]}`;
}

/** "by" and a colon before capitals, the end of a field after them. */
const BY_BEFORE = /(?:^|[^\p{L}])[Bb][Yy]:?[ \t]+$/u;
const LABEL_BEFORE = /\p{L}[ \t]*:[ \t]*$/u;
const FIELD_END = /^(?:[ \t]*(?:\r?\n|\\n|$)|[ \t]{2,}|\t|[.;,][ \t]*(?:\r?\n|\\n|$))/;

/**
 * Where bare capitals are a person's, and not an abbreviation said in passing ("SVC 31627", "(NNT
 * 56)", "superior vena cava (SVC)"): in brackets right after the name, after "by" ("signed by
 * OMQ."), or as a label's whole value ("Signature: OQ   Date: …").
 */
function initialsPlace(text: string, start: number, end: number, nameEnds: ReadonlySet<number>): boolean {
  if (text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end) === 0x29) {
    const gap = text.charCodeAt(start - 2) === 0x20 ? 2 : 1;
    if (nameEnds.has(start - gap)) return true;
  }
  const before = text.slice(Math.max(0, start - 12), start);
  if (BY_BEFORE.test(before)) return true;
  return LABEL_BEFORE.test(before) && FIELD_END.test(text.slice(end, end + 4));
}

export const nameInitials: Detector = {
  id: 'name_initials',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name')) return;
    const { text } = ctx;
    const pairs = new Set<string>();
    const nameEnds = new Set<number>();
    for (const span of ctx.out) {
      if (span.type !== 'name') continue;
      nameEnds.add(span.end);
      if (span.end - span.start < 4 || span.end - span.start > 60) continue;
      const pair = initialsOf(text.slice(span.start, span.end));
      if (pair !== undefined) pairs.add(pair);
    }
    if (pairs.size === 0) return;
    INITIALS_RE.lastIndex = 0;
    for (let m = INITIALS_RE.exec(text); m !== null; m = INITIALS_RE.exec(text)) {
      const letters = m[0].replace(/[^\p{Lu}]/gu, '');
      if (!pairs.has(`${letters[0]}${letters[letters.length - 1]}`)) continue;
      const dotted = letters !== m[0];
      if (
        dotted
          ? NOT_DOTTED.has(letters)
          : !mayBeInitials(letters) || STATES.has(letters) || DOSAGE_FORMS.has(letters)
      )
        continue;
      const end = m.index + m[0].length;
      if (!dotted && !initialsPlace(text, m.index, end, nameEnds)) continue;
      ctx.out.push({ start: m.index, end, type: 'name', ruleId: 'name_initials' });
    }
  },
};
