/**
 * Local identifiers of blind split 14, with real check characters where the real ones have
 * them. SYNTHETIC DATA ONLY. Labels: national identity numbers (South African ID, Aadhaar,
 * NRIC/FIN, HKID, NIN, Kenyan ID, Ghana Card, Jamaican TRN, UK National Insurance number) are
 * other_id (only US SSNs are ssn); health-service and insurer numbers (NHS, PhilHealth, NHIF,
 * NHIA, scheme membership, MediShield) are health_plan; hospital, folder, UHID and IP numbers are
 * mrn; claim, bill and invoice numbers are account; professional registrations are license.
 */

import { luhnCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';
import { fullWidth } from '../identifiers';
import { hkidCheck, nhsCheckDigit, nricCheckLetter, verhoeffCheckDigit } from './checksums';
import type { Region } from './names';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function nhsNumber(g: Gen): Span {
  for (;;) {
    const nine = `${g.int(4, 9)}${g.digits(8)}`;
    const check = nhsCheckDigit(nine);
    if (check === undefined) continue;
    const ten = `${nine}${check}`;
    const value = g.pick([
      `${ten.slice(0, 3)} ${ten.slice(3, 6)} ${ten.slice(6)}`,
      ten,
      `${ten.slice(0, 3)}-${ten.slice(3, 6)}-${ten.slice(6)}`,
    ]);
    return phi('health_plan', value, 'nhs');
  }
}

/** South African ID: YYMMDD, sequence (female below 5000), citizenship, 8, Luhn digit. */
export function saId(g: Gen, dob: Date, sex: 'female' | 'male'): Span {
  const ymd = dob.toISOString().slice(2, 10).replaceAll('-', '');
  const seq = sex === 'female' ? g.int(0, 4999) : g.int(5000, 9999);
  const twelve = `${ymd}${pad(seq, 4)}${g.chance(0.9) ? 0 : 1}8`;
  return phi('other_id', `${twelve}${luhnCheckDigit(twelve)}`, 'za_id');
}

export function aadhaar(g: Gen): Span {
  const eleven = `${g.int(2, 9)}${g.digits(10)}`;
  const v = `${eleven}${verhoeffCheckDigit(eleven)}`;
  const value = g.pick([
    `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`,
    v,
    `${v.slice(0, 4)}-${v.slice(4, 8)}-${v.slice(8)}`,
  ]);
  return phi('other_id', value, 'aadhaar');
}

/** Aadhaar as Indian records often print it, masked but for the last four (still labeled). */
export function aadhaarLast4(g: Gen): Span {
  return phi('other_id', g.digits(4), 'aadhaar_last4');
}

export function nric(g: Gen, born: number, foreigner = g.chance(0.2)): Span {
  const prefix = foreigner ? (born >= 2000 ? 'G' : 'F') : born >= 2000 ? 'T' : 'S';
  const seven = prefix === 'S' || prefix === 'T' ? `${String(born).slice(2)}${g.digits(5)}` : g.digits(7);
  const value = `${prefix}${seven}${nricCheckLetter(prefix, seven)}`;
  return phi('other_id', g.chance(0.15) ? value.toLowerCase() : value, foreigner ? 'fin' : 'nric');
}

export function hkid(g: Gen): Span {
  const letters = g.chance(0.85)
    ? g.letters(1, 'ACDEGHKPRVYZ')
    : `${g.letters(1, 'WX')}${g.letters(1, 'ACDEGHKPRVYZ')}`;
  const six = g.digits(6);
  const check = hkidCheck(letters, six);
  return phi(
    'other_id',
    g.pick([`${letters}${six}(${check})`, `${letters}${six} (${check})`, `${letters}${six}${check}`]),
    'hkid',
  );
}

/** Nigerian NIN: eleven digits (its check digit's rule is not published; format only). */
export function nin(g: Gen): Span {
  return phi('other_id', `${g.int(1, 9)}${g.digits(10)}`, 'ng_nin');
}

/** Kenyan national ID: seven or eight digits, no check digit. */
export function kenyaId(g: Gen): Span {
  return phi('other_id', `${g.int(1, 3)}${g.digits(g.pick([6, 7]))}`, 'ke_id');
}

/** Ghana Card PIN: GHA, nine digits, a check digit (its rule is not published; format only). */
export function ghanaCard(g: Gen): Span {
  return phi('other_id', `GHA-7${g.digits(8)}-${g.digits(1)}`, 'gh_card');
}

/** Jamaican TRN: nine digits, 1 first for individuals; written 123-456-789 or run together. */
export function trn(g: Gen): Span {
  const v = `1${g.digits(8)}`;
  return phi('other_id', g.chance(0.6) ? `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}` : v, 'jm_trn');
}

/** UK National Insurance number: valid prefix letters, six digits, suffix A-D. */
export function niNumber(g: Gen): Span {
  const first = g.letters(1, 'ABCEGHJKLMNPRSTWXYZ');
  let second = g.letters(1, 'ABCEGHJKLMNPRSTWXYZ');
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(first + second)) second = 'A';
  const d = g.digits(6);
  const suffix = g.letters(1, 'ABCD');
  return phi(
    'other_id',
    g.chance(0.5)
      ? `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
      : `${first}${second}${d}${suffix}`,
    'uk_nino',
  );
}

/** PhilHealth Identification Number: 12 digits, 2-9-1 (check rule not published; format only). */
export function philHealth(g: Gen): Span {
  const v = `${g.pick(['01', '02', '03', '19'])}${g.digits(10)}`;
  return phi(
    'health_plan',
    g.chance(0.7) ? `${v.slice(0, 2)}-${v.slice(2, 11)}-${v.slice(11)}` : v,
    'philhealth',
  );
}

/** Insurer or scheme membership numbers of the other regions. */
export function schemeMember(g: Gen, region: Region): Span {
  const forms: Partial<Record<Region, () => string>> = {
    za: () => `${g.digits(9)}`,
    ng: () => `NHIA/${g.letters(2)}/${g.digits(7)}`,
    ke: () => `SHA-${g.digits(8)}-${g.int(1, 9)}`,
    gh: () => `${g.digits(8)}`,
    in: () => `PMJAY-${g.letters(2)}${g.digits(9)}`,
    sg: () => `MSL${g.digits(8)}`,
    hk: () => `HA${g.digits(7)}`,
    jm: () => `NHF ${g.digits(7)}`,
    uk: () => `BUPA ${g.digits(8)}`,
    us: () => `${g.letters(3)}${g.digits(9)}`,
  };
  const make = forms[region] ?? (() => g.digits(10));
  return phi('health_plan', make(), `${region}_member`);
}

/** Hospital numbers as each region's systems print them. */
export function hospitalNo(g: Gen, region: Region): Span {
  const forms: Record<Region, (() => string)[]> = {
    uk: [() => `RXH${g.digits(7)}`, () => `K${g.digits(6)}`, () => `M${g.digits(7)}`],
    za: [() => `${g.letters(2)}${g.digits(6)}`, () => g.digits(8), () => `${g.digits(5)}/${g.digits(2)}`],
    in: [() => g.digits(10), () => `IP/${g.int(2023, 2025)}/${g.digits(5)}`, () => `MRD-${g.digits(7)}`],
    sg: [() => `${g.digits(2)}${g.letters(1)}${g.digits(6)}`, () => `SGH${g.digits(7)}`],
    hk: [() => `HN${g.digits(9)}`, () => `${g.letters(1)}${g.digits(7)}${g.digits(1)}`],
    ng: [() => `LUTH/${g.digits(6)}`, () => `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`],
    ke: [() => `IP${g.digits(6)}/${g.int(23, 25)}`, () => `${g.digits(6)}-${g.digits(2)}`],
    gh: [() => `KBTH-${g.digits(6)}`, () => `A${g.digits(5)}/${g.int(23, 25)}`],
    ph: [() => `${g.digits(2)}-${g.digits(6)}`, () => g.digits(7)],
    jm: [() => `${g.digits(6)}`, () => `KPH-${g.digits(6)}`],
    us: [() => `${g.digits(8)}`, () => `E${g.digits(7)}`],
  };
  return phi('mrn', g.pick(forms[region])(), `${region}_hosp`);
}

/** Professional registration numbers (GMC, NMC, HPCSA, SMC, MCI, MDCN, KMPDC...). */
export function registration(g: Gen, region: Region): Piece {
  const forms: Record<Region, () => Piece> = {
    uk: () =>
      g.chance(0.6)
        ? t`GMC ${phi('license', g.digits(7), 'gmc')}`
        : t`NMC PIN ${phi('license', `${g.digits(2)}${g.letters(1)}${g.digits(4)}${g.letters(1, 'EOA')}`, 'nmc')}`,
    za: () => t`HPCSA ${phi('license', `MP ${g.digits(7)}`, 'hpcsa')}`,
    in: () =>
      t`Reg. No. ${phi('license', `${g.pick(['TNMC', 'APMC', 'KMC', 'PMC'])} ${g.int(10_000, 149_999)}`, 'mci')}`,
    sg: () => t`MCR ${phi('license', `M${g.digits(5)}${g.letters(1)}`, 'smc')}`,
    hk: () => t`MCHK Reg ${phi('license', `M${g.digits(5)}`, 'mchk')}`,
    ng: () => t`MDCN ${phi('license', `${g.digits(5)}`, 'mdcn')}`,
    ke: () => t`KMPDC Reg ${phi('license', `A${g.digits(4)}`, 'kmpdc')}`,
    gh: () => t`MDC/RN/${phi('license', `${g.digits(5)}`, 'mdc')}`,
    ph: () => t`PRC Lic. No. ${phi('license', `${pad(g.int(1, 150_000), 7)}`, 'prc')}`,
    jm: () => t`MCJ Reg. ${phi('license', `${g.digits(4)}`, 'mcj')}`,
    us: () => t`Lic. ${phi('license', `${g.letters(2)}${g.digits(6)}`, 'state')}`,
  };
  return forms[region]();
}

/** A US SSN in a layout chosen from those records and evasions use. */
export function usSsn(g: Gen): Span {
  const [a, b, c] = [pad(g.int(1, 665), 3), pad(g.int(1, 99), 2), pad(g.int(1, 9999), 4)];
  const form = g.pick(['dash', 'dot', 'space', 'endash', 'none', 'fullwidth'] as const);
  const value = {
    dash: `${a}-${b}-${c}`,
    dot: `${a}.${b}.${c}`,
    space: `${a} ${b} ${c}`,
    endash: `${a}\u2013${b}\u2013${c}`,
    none: `${a}${b}${c}`,
    fullwidth: fullWidth(`${a}-${b}-${c}`),
  }[form];
  return phi('ssn', value, `ssn-${form}`);
}

/** "SSN:123-45-6789" with no space, as form fields pasted together come out. */
export function usSsnGlued(g: Gen): Piece {
  const v = `${pad(g.int(1, 665), 3)}-${pad(g.int(1, 99), 2)}-${pad(g.int(1, 9999), 4)}`;
  return t`${g.pick(['SSN:', 'SS#', 'ssn'])}${phi('ssn', v, 'ssn-glued')}`;
}

/** A vehicle registration mark as the region writes one. */
export function plate(g: Gen, region: Region): Span {
  const L = (n: number): string => g.letters(n, 'ABCDEFGHJKLMNPRSTUVWXYZ');
  const forms: Partial<Record<Region, () => string>> = {
    uk: () => `${L(2)}${g.int(10, 74)} ${L(3)}`,
    za: () =>
      g.pick([
        `${L(3)} ${g.digits(3)} ${g.pick(['GP', 'NW', 'MP'])}`,
        `N${g.pick(['D', 'P', 'U'])} ${g.digits(3)}-${g.digits(3)}`,
        `CA ${g.digits(3)}-${g.digits(3)}`,
      ]),
    ke: () => `K${L(2)} ${g.digits(3)}${L(1)}`,
    ng: () => `${g.pick(['LSR', 'KJA', 'ENU', 'ABJ'])}-${g.digits(3)}${L(2)}`,
    ph: () => `${L(3)} ${g.digits(4)}`,
    jm: () => `${g.digits(4)} ${L(2)}`,
    gh: () => `${g.pick(['GR', 'AS', 'GW', 'GT'])} ${g.digits(4)}-${g.int(18, 24)}`,
  };
  const make = forms[region] ?? (() => `${L(3)}-${g.digits(4)}`);
  return phi('vehicle', make(), `${region}_plate`);
}
