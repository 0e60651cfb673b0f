/**
 * International Bank Account Numbers: a country's two letters, two check digits and the
 * country's account number (BBAN), run together ("DE88464901516658599134") or in groups of four
 * ("GB27 DNJS 4510 7673 4597 77"). Only a number of the country's own length whose ISO 7064
 * mod-97 check holds is read as one, so a code or a reference of the same shape stays.
 */
import { type Detector, type ScanOptions, scan } from './detector';

/** IBAN lengths by country (ISO 13616 registry): the country's letters and the whole number's length. */
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  `AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20
  EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30
  KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28
  PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24
  XK20`
    .split(/\s+/)
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/** Whether `compact` (no blanks, capitals) is an IBAN: its country's length and a mod-97 remainder of 1. */
export function ibanValid(compact: string): boolean {
  if (IBAN_LENGTHS.get(compact.slice(0, 2)) !== compact.length) return false;
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** Country, check digits, then groups of four letters or figures, a blank between groups or none, a shorter last group. */
const IBAN_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
const IBAN_GATE = /[A-Z]{2}\d{2} ?[A-Z0-9]{4}/;
const IBAN_OPTIONS: ScanOptions = { accept: (v) => ibanValid(v.replaceAll(' ', '')) };

export const ibans: Detector = {
  id: 'iban',
  types: ['account'],
  run(ctx) {
    if (ctx.digits >= 8 && ctx.hasUpper && ctx.test(IBAN_GATE))
      scan(ctx, IBAN_RE, 'account', 'iban', IBAN_OPTIONS);
  },
};
