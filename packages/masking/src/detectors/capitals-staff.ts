/**
 * A member of staff where a legacy printout in capitals marks them: the login after "BY" or
 * "USER" ("GIVEN 0550 BY EWISOZK 727144", "PF12=NOTES   USER MTREUTEL"), the initials after "BY"
 * before a date or after a signature label ("CALLED TO … BY SM 08/29/23", "Signature: TD ~~~~"),
 * an initial and a family name before a credential ("I EMBVROOVA, NP", "CRIT CALLED TO Q PAVEDU
 * RN"), a family name after "DR" closing a field ("DR WARD  I214", "DICT: DR PRICE"), in capitals
 * of any script ("BY WEMBEDUOĞLU 300867"). A system's
 * account ("BY SYSTEM"), a plain word ("BY MOUTH", "DR AWARE") and a credential ("BY MD") stay.
 */
import { SYSTEM_ACCOUNTS } from '../login-shape';
import type { Detector, ScanContext } from './detector';
import { commonWord, drugOrEponym, knownName, plainWord } from './name-runs';

/**
 * A login in capitals after "BY" or "USER", before a column's gap, the line's end or the badge
 * number the system prints after it ("BY NBOEHM 357620", "BY SDOUGLAS ID48402"), which is theirs too.
 */
const LOGIN_AFTER =
  /(?<![\p{L}\p{N}])(?:BY|USER(?:ID)?:?)[ \t]+(\p{Lu}[\p{Lu}'-]{3,24}\p{Lu})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}|[ \t]+((?:ID)?[A-Z]?\d{4,10})(?![\p{L}\p{N}]))/dgu;
/** Initials after "BY" before a date, or after a signature's label before a gap or a mark. */
const INITIALS_AT =
  /(?:(?<![\p{L}\p{N}])BY[ \t]+([A-Z]{2,3})(?=[ \t]+\d{1,2}[/-]\d{1,2}[/-]\d{2,4})|(?<![\p{L}\p{N}])(?:Signature|Signed|Initials|SIGNATURE|SIGNED|INITIALS)[ \t]*:[ \t]*([A-Z]{2,3})(?=[ \t]*(?:\r?\n|$|[~_]|[ \t]{2,})))/dgu;
/** An initial and a family name in capitals before a credential. */
const INITIAL_FAMILY =
  /(?<![\p{L}\p{N}.])([A-Z][ \t]\p{Lu}[\p{Lu}'-]{2,20}\p{Lu})(?=,?[ \t]+(?:RN|NP|PA|MD|DO|LPN|CNA|PA-C|CRNA|APRN)(?![\p{L}\p{N}]))/dgu;
/** "DR" and a family name in capitals closing its field. */
const DR_FAMILY =
  /(?<![\p{L}\p{N}])DR\.?[ \t]+(\p{Lu}[\p{Lu}'-]{1,20}\p{Lu})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,})/dgu;
const CREDENTIALS = new Set(['MD', 'RN', 'NP', 'PA', 'DO', 'LPN', 'CNA', 'RPH', 'PHD', 'DDS']);
/** Words of urgency a pager writes after DR ("CALL DR ASAP"). */
const URGENCY = new Set(['ASAP', 'STAT', 'NOW', 'PRN', 'TODAY', 'TONIGHT']);
const GATE = /BY |USER|DR|Sign|SIGN|Initials|INITIALS|[A-Z] [A-Z]{3}/;

function push(ctx: ScanContext, at: [number, number] | undefined): void {
  if (at) ctx.out.push({ start: at[0], end: at[1], type: 'name', ruleId: 'capitals_staff' });
}

/** A word in capitals that may be a person's family name or login. */
function personal(word: string): boolean {
  return knownName(word) || !plainWord(word);
}

export const capitalsStaff: Detector = {
  id: 'capitals_staff',
  types: ['name', 'other_id'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name') || !ctx.test(GATE)) return;
    const text = ctx.text;
    for (const re of [LOGIN_AFTER, INITIAL_FAMILY, DR_FAMILY]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const word = (m[1] as string).split(/[ \t]/).pop() as string;
        // With the badge number after it, a login is one unless a common or drug word ("RCONSIDINE").
        const badged = m[2] !== undefined && !commonWord(word) && !drugOrEponym(word);
        if (SYSTEM_ACCOUNTS.has(word.toLowerCase()) || !(badged || personal(word))) continue;
        // A family name of three letters after DR only as the lists know one ("DR VON", "DR LEE"; "DR MRI" stays).
        if ((word.length < 4 && !knownName(word)) || URGENCY.has(word)) continue;
        push(ctx, m.indices?.[1]);
        const badge = m.indices?.[2];
        if (badge)
          ctx.out.push({ start: badge[0], end: badge[1], type: 'other_id', ruleId: 'capitals_staff' });
      }
    }
    INITIALS_AT.lastIndex = 0;
    for (let m = INITIALS_AT.exec(text); m !== null; m = INITIALS_AT.exec(text)) {
      const initials = (m[1] ?? m[2]) as string;
      if (!CREDENTIALS.has(initials)) push(ctx, m.indices?.[1] ?? m.indices?.[2]);
    }
  },
};
