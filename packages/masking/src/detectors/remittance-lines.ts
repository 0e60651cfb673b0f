/**
 * A remittance advice (835) or a claim status as a clearinghouse prints it for people rather
 * than as segments: each claim's line opens with its segment's name and the claim's number, then
 * the patient's name as the payer holds it ("CLP 2025924265141  BAKER, AUTUMN  ID W453301203",
 * "CLM PA64836226  Nguyễn, Perpetua Q"), family name, a comma and the given names, before two
 * blanks, a tab, the line's end or the member's number's label. And the payment's own number
 * after its label ("Check/EFT# EFT7253407154", "EFT Trace: 0087123456", "TRN 1234567890"), six
 * figures at least (a check date or an amount after the label stays).
 */
import type { DetectedSpan } from '../types';
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

/** A claim's line: its segment's name, the claim's number, then a family name, a comma and the given names. */
const CLAIM_LINE_RE =
  /(?:^|\n)[ \t]*(?:CLP|CLM|CLAIM)[ \t]*[#:]{0,2}[ \t]*[A-Z0-9][A-Z0-9-]{4,24}(?:[ \t]{2,}|\t)(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}, ?\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?(?: \p{Lu}\.?)?)(?=[ \t]{2,}|\t|[ \t]*(?:\r?\n|$)|[ \t]+(?:ID|MBR|MEMBER|HIC|HICN|MBI|PT|ACCT|DOB)\b)/dgmu;

/** A payment's trace number after its label: a check or EFT number, an 835's TRN. */
const TRACE_RE =
  /\b(?:Check[ \t]?\/[ \t]?EFT|EFT[ \t]?\/[ \t]?Check|EFT|ACH|Check|Cheque|Payment)[ \t]?(?:#|No\.?|Number|Trace(?:[ \t]?(?:#|No\.?|Number))?)[ \t]*:?[ \t]*((?=(?:[A-Z]*\d){6})[A-Z]{0,4}\d[0-9A-Z-]{5,24})(?![\w/-])|\b(?:TRN|EFT[ \t]Trace)[ \t]*[#:]?[ \t]*((?=(?:[A-Z]*\d){6})[A-Z]{0,4}\d[0-9A-Z-]{5,24})(?![\w/-])/dg;

/**
 * A plan's group number printed with the plan's own "GRP" before it, after a group label ("11
 * GROUP: GRP 889737", "Group # GRP-0044817"): the "GRP" is part of the number as the card prints it.
 */
const GROUP_1: ScanOptions = { group: 1 };
const GROUP_PREFIXED_RE =
  /\b(?:GROUP|Group|group)(?:[ \t]*(?:#|No\.?|NO\.?|Number|NUMBER|ID))?[ \t]*[:#]?[ \t]*(GRP[ \t]?[#:-]?[ \t]?(?=(?:[A-Z-]*\d){4})[A-Z0-9][A-Z0-9-]{3,20})(?![\w-])/dg;

/** What a claim's line says of the claim, never a name: "DENIED, RESUBMIT", "PAID, ADJUSTED". */
const STATUS_WORDS =
  /\b(?:PAID|DENIED|DENIAL|PENDED|PENDING|RESUBMIT|RESUBMITTED|ADJUSTED|ADJUSTMENT|REVERSED|REVERSAL|PROCESSED|CORRECTED|SUSPENDED|REJECTED|APPROVED|VOID|VOIDED|PRIMARY|SECONDARY|TERTIARY|FORWARDED|CROSSOVER|BILLED|ALLOWED|TOTALS?)\b/i;

/** The claim's patient: the name group, unless it is what the line says of the claim. */
const PATIENT_OF_CLAIM: ScanOptions = { group: 1, accept: (value) => !STATUS_WORDS.test(value) };

function run(ctx: ScanContext): void {
  const { text } = ctx;
  if (!ctx.hasDigit || !ctx.hasUpper) return;
  if (text.includes('CL') && text.includes(','))
    scan(ctx, CLAIM_LINE_RE, 'name', 'remittance_line', PATIENT_OF_CLAIM);
  if (text.includes('GRP')) scan(ctx, GROUP_PREFIXED_RE, 'health_plan', 'remittance_line', GROUP_1);
  if (
    ctx.longestDigitRun >= 1 &&
    (text.includes('EFT') ||
      text.includes('TRN') ||
      text.includes('ACH') ||
      /Ch(?:eck|eque)|Payment/.test(text))
  ) {
    TRACE_RE.lastIndex = 0;
    for (let m = TRACE_RE.exec(text); m !== null; m = TRACE_RE.exec(text)) {
      const at = m.indices?.[1] ?? m.indices?.[2];
      if (at)
        ctx.out.push({
          start: at[0],
          end: at[1],
          type: 'account',
          ruleId: 'remittance_line',
        } satisfies DetectedSpan);
    }
  }
}

export const remittanceLines: Detector = {
  id: 'remittance_line',
  types: ['name', 'account', 'health_plan'],
  run,
};
