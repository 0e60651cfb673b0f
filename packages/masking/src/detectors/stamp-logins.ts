/**
 * The login an EHR stamps a record's last change with, in capitals, a surname run into an initial
 * or two ("Last updated 01/26/2022 by OYELARANL", "Last edited 3/2/24 14:05 by MCGILLICUDDYR"):
 * after a verb of changing a record, its date and "by", closing its line or clause. A system's own
 * account ("by SYSTEM", "by INTERFACE") and a word in capitals ("by PHARMACY") stay.
 */
import { SYSTEM_ACCOUNTS } from '../login-shape';
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';

const STAMP_LOGIN_RE =
  /\b(?:[Uu]pdated|[Ee]dited|[Mm]odified|[Rr]evised|[Cc]hanged|[Ss]aved|[Aa]mended)(?:[ \t]+(?:on[ \t]+)?\d{1,4}[/-]\d{1,2}[/-]\d{2,4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AP]M)?)?)?[ \t]+by[ \t]+([A-Z][A-Z'-]{3,22}[A-Z])(?=[ \t]*(?:\r?\n|$|[,;)"]|[ \t]{2,}|\t))/dg;
const GATE = /pdated|dited|odified|evised|hanged|aved|mended/;
/** Record systems and departments a stamp may name instead of a person. */
const NOT_LOGINS = new Set(
  'epic cerner meditech allscripts athenahealth nextgen eclinicalworks oracle pharmacy nursing registration scheduling laboratory radiology'.split(
    ' ',
  ),
);

export const stampLogins: Detector = {
  id: 'stamp_login',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name') || !ctx.includes(' by ') || !ctx.test(GATE)) return;
    const flags = nameDictionaries().flags;
    STAMP_LOGIN_RE.lastIndex = 0;
    for (let m = STAMP_LOGIN_RE.exec(ctx.text); m !== null; m = STAMP_LOGIN_RE.exec(ctx.text)) {
      const at = m.indices?.[1];
      const word = (m[1] as string).toLowerCase();
      if (
        !at ||
        SYSTEM_ACCOUNTS.has(word) ||
        NOT_LOGINS.has(word) ||
        ((flags.get(word) ?? 0) & (COMMON | NEVER)) !== 0
      )
        continue;
      ctx.out.push({ start: at[0], end: at[1], type: 'name', ruleId: 'stamp_login' });
    }
  },
};
