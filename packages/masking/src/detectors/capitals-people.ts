/**
 * People a printout, a screen or a mail in capitals names by where it puts them: after a role
 * in capitals ("REVIEWED BY PRIVACY OFFICER JORKKA EMBEDUI FEB 13 2025"), after a kinship in
 * capitals ("HOME WITH DAUGHTER SVAONG THUYNN AT 60076 …"), a "FAMILY,GIVEN" cell between the
 * columns of an audit or a list ("2025-02-08T04:05:07Z  QUOVROO,NYXEDU  RESULTS VIEW"), and the
 * family name a mail's subject files a chart under, before its record number or after a dash
 * ("RE: refill LIND F1800532", "Subject: readmit - IBELAQ"; the number is the chart's). The
 * words must read as a name: a plain, clinical or drug word in capitals ("WITH DAUGHTER AT
 * BEDSIDE", "RE: CBC 1234567", "NA,K") stays.
 */
import type { Detector, ScanContext } from './detector';
import { knownName, plainWord } from './name-runs';

const NB = String.raw`(?<![\p{L}\p{N}])`;
const NA = String.raw`(?![\p{L}\p{N}])`;
const MONTH = '(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)';
/**
 * A word in capitals of any script ("EMBELUOĞLU", "O'HARA", "KLING-TROMP"), not a month's or a
 * word that follows a name ("AT", "IN", "PH").
 */
const CAP = String.raw`(?!(?:${MONTH}|AT|IN|ON|PH|WHO|IS|WILL)${NA})\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}`;

/** Roles a printout writes before the person holding them. */
const ROLE = String.raw`(?:PRIVACY[ \t]+OFFICER|COMPLIANCE[ \t]+OFFICER|SECURITY[ \t]+OFFICER|CHARGE[ \t]+(?:NURSE|RN)|NURSE[ \t]+MANAGER|CASE[ \t]+MANAGER|SOCIAL[ \t]+WORKER|HIM[ \t]+(?:ANALYST|DIRECTOR)|AUDITOR|SUPERVISOR|INTERPRETER|CHAPLAIN|WITNESS)`;
const ROLE_NAME = new RegExp(
  String.raw`${NB}${ROLE}:?[ \t]+(${CAP}(?:[ \t]${CAP}){1,2})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}|\t|[ \t]*[,;(]|[ \t]+\d|[ \t]+${MONTH}${NA})`,
  'dgu',
);
const KIN = `(?:DAUGHTER|SON|WIFE|HUSBAND|MOTHER|FATHER|SISTER|BROTHER|NIECE|NEPHEW|GRANDSON|GRANDDAUGHTER|GRANDMOTHER|GRANDFATHER|PARTNER|SPOUSE|FRIEND|AUNT|UNCLE|COUSIN|GUARDIAN|CAREGIVER|NEIGHBOR|NEIGHBOUR)`;
/** A relative in capitals, then their name before where they are or how to reach them. */
const KIN_NAME = new RegExp(
  String.raw`${NB}${KIN}[ \t]+(${CAP}(?:[ \t]${CAP}){0,2})(?=[ \t]+(?:AT|IN|PH|PHONE|CELL|TEL|WHO|IS|WILL|@)${NA}|[ \t]*(?:\r?\n|$|[,;(]))`,
  'dgu',
);
/** A "FAMILY,GIVEN" cell between a row's columns. */
const TIGHT_CELL = new RegExp(
  String.raw`(?:^|[ \t]{2,}|\t|\|[ \t]*)(${CAP},${CAP}(?:[ \t]\p{Lu})?)(?=[ \t]{2,}|\t|[ \t]*\||[ \t]*(?:\r?\n|$))`,
  'dgmu',
);
/** A mail's subject line. */
const SUBJECT = /^[ \t>]*(?:Subject|SUBJECT|Subj|RE|Re|FW|Fw|FWD|Fwd)[ \t]*:[^\n\r]*/gmu;
/** In a subject, a family name in capitals before a record number or after a dash closing the line. */
const SUBJECT_NAME = new RegExp(
  String.raw`${NB}(${CAP})(?:[ \t]+((?:[A-Z]{1,3})?\d[\d-]{4,11}\d)${NA}|[ \t]*$)`,
  'dgu',
);
const GATE = /\p{Lu}{3}/u;
const ROLE_GATE =
  /OFFICER|NURSE|CHARGE RN|MANAGER|WORKER|ANALYST|DIRECTOR|AUDITOR|SUPERVISOR|INTERPRETER|CHAPLAIN|WITNESS/;
const KIN_GATE = new RegExp(KIN);
const CELL_GATE = /\p{Lu},\p{Lu}/u;
const SUBJECT_GATE = /^[ \t>]*(?:Subj|SUBJ|RE|Re|FW|Fw)/m;

function push(ctx: ScanContext, at: [number, number] | undefined): void {
  if (at) ctx.out.push({ start: at[0], end: at[1], type: 'name', ruleId: 'capitals_person' });
}

/** Whether every word in capitals may be a name's, and one of them is known or no plain word. */
function nameLike(words: readonly string[]): boolean {
  if (words.some((w) => plainWord(w) && !knownName(w))) return false;
  return words.some((w) => knownName(w) || !plainWord(w));
}

function scan(ctx: ScanContext, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    if (re.lastIndex === m.index) re.lastIndex++;
    if (nameLike((m[1] as string).split(/[ \t,]+/).filter((w) => w.length > 1))) push(ctx, m.indices?.[1]);
  }
}

/** A subject line's family name and the record number after it. */
function subjects(ctx: ScanContext): void {
  const text = ctx.text;
  SUBJECT.lastIndex = 0;
  for (let s = SUBJECT.exec(text); s !== null; s = SUBJECT.exec(text)) {
    const line = s[0];
    const colon = line.indexOf(':') + 1;
    SUBJECT_NAME.lastIndex = colon;
    for (let m = SUBJECT_NAME.exec(line); m !== null; m = SUBJECT_NAME.exec(line)) {
      const word = m[1] as string;
      const number = m.indices?.[2];
      // After a dash closing the line ("readmit - IBELAQ") or before a record number.
      if (!number && !/[-–][ \t]*$/.test(line.slice(0, m.index))) continue;
      if (word.length < 3 || !nameLike([word])) continue;
      const at = m.indices?.[1] as [number, number];
      push(ctx, [s.index + at[0], s.index + at[1]]);
      if (number)
        ctx.out.push({
          start: s.index + number[0],
          end: s.index + number[1],
          type: 'mrn',
          ruleId: 'capitals_person',
        });
    }
  }
}

export const capitalsPeople: Detector = {
  id: 'capitals_person',
  types: ['name', 'mrn'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name') || !ctx.test(GATE)) return;
    if (ctx.test(ROLE_GATE)) scan(ctx, ROLE_NAME);
    if (ctx.test(KIN_GATE)) scan(ctx, KIN_NAME);
    if (ctx.test(CELL_GATE)) scan(ctx, TIGHT_CELL);
    if (ctx.test(SUBJECT_GATE)) subjects(ctx);
  },
};
