/**
 * A clinician's National Provider Identifier written bare on a signature line or in a care-team
 * row: "-- L. Owusu, BSN, RN 1956392496", "Delroy Le MD | 2343589604 | pager …". An NPI is ten
 * digits starting with 1 or 2 whose Luhn check digit holds over the number prefixed with 80840;
 * it is taken only on a line naming a clinician's title or credential, and never right after a
 * phone word (a pager or a call-back number of the same shape stays the phone detectors').
 */
import { npiValid } from '../checksums';
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

const NPI_RE = /(?<![\w.+()/:-])([12]\d{9})(?![\w.-]|\/\d)/dg;

/**
 * A clinician's title or credential on the line, as written (a credential in capitals, so a
 * key "pa" or the word "do" is none): Dr, MD, DO, RN, NP, ", PA", PA-C, PharmD, MBBS, CNM …
 */
const CLINICIAN_ON_LINE =
  /\b(?:[Dd]r|DR|[Dd]octor)\b|\b(?:MD|DO|RN|NP|PA-C|PharmD|MBBS|MBChB|BSN|MSN|CNM|CNS|FNP|FNP-C|FNP-BC|AGNP|APRN|DNP|CRNA|LPN|LVN|DPM|DDS|DMD|PsyD|LCSW|LMSW|MSW|RPh|CCC-SLP|MPH|FACP|FRCP)\b|,\s*PA\b/;
/** A phone word right before the number: it is a pager, a call-back or a fax number. */
const PHONE_WORD_BEFORE =
  /\b(?:pager|page|pgr|beeper|tel|telephone|phone|ph|cell|mobile|mob|fax|cb|call(?:\s*back)?|text|sms|ext|contact|spectra|vocera|ascom)\b\W*$/i;
/** A date or time word right before the number: seconds since 1970, a system's stamp. */
const TIME_WORD_BEFORE =
  /\b(?:date|time|timestamp|ts|updated|created|modified|sent|printed|generated|logged|epoch|at|on|since|until)\b\W*$/i;

/** Whether the ten digits `v` at `at` are a clinician's NPI: its check holds on a clinician's line, after no phone or time word. */
export function providerNpiAt(v: string, at: number, text: string): boolean {
  if (!npiValid(v)) return false;
  const from = Math.max(0, at - 100);
  const line = text.slice(Math.max(from, text.lastIndexOf('\n', at - 1) + 1), at);
  return CLINICIAN_ON_LINE.test(line) && !PHONE_WORD_BEFORE.test(line) && !TIME_WORD_BEFORE.test(line);
}

const OPTIONS: ScanOptions = { group: 1, accept: (v, m, text) => providerNpiAt(v, m.index, text) };

export const providerNpis: Detector = {
  id: 'provider_npi',
  types: ['license'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 10 || ctx.skip?.has('license')) return;
    scan(ctx, NPI_RE, 'license', 'provider_npi', OPTIONS);
  },
};
