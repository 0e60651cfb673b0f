/**
 * Pieces every printed US EHR document of blind split 18 shares: record numbers in the shapes
 * EHRs print them, dates and times of care, staff names with credentials, the patient banner
 * and the electronic signature line. SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { formatDate } from '../dates';
import { type Frag, type Piece, phi, type Span, t } from '../fragment';
import { type Person, person } from '../people';
import { drugOnly, NON_DRUG_ALLERGENS } from './vocab';

function drawMrn(g: Gen): string {
  return g.pick([
    `E${g.digits(7)}`,
    `${g.int(1, 9)}${g.digits(6)}`,
    `00${g.digits(7)}`,
    `M${g.digits(8)}`,
    `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
  ]);
}

interface RecordNumbers {
  mrn: string;
  csn: string;
  har: string;
}

/** One patient's numbers per document: every page, wristband scan and API field prints the same. */
const NUMBERS = new WeakMap<Cast, RecordNumbers>();

function numbers(g: Gen, c: Cast): RecordNumbers {
  let n = NUMBERS.get(c);
  if (!n) {
    n = {
      mrn: drawMrn(g),
      csn: `${g.int(1, 9)}${g.digits(9)}`,
      har: g.pick([`${g.int(1, 9)}${g.digits(8)}`, `H${g.digits(9)}`]),
    };
    NUMBERS.set(c, n);
  }
  return n;
}

export function mrnNo(g: Gen, c: Cast): Span {
  return phi('mrn', numbers(g, c).mrn);
}

/** Encounter (contact serial) number: a billing-side identifier of the visit. */
export function csnNo(g: Gen, c: Cast): Span {
  return phi('account', numbers(g, c).csn, 'csn');
}

/** Hospital account record number. */
export function harNo(g: Gen, c: Cast): Span {
  return phi('account', numbers(g, c).har, 'har');
}

/** A US number as practice systems print them. */
export function usPhone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [`${g.int(2, 9)}${g.digits(2)}`, `${g.int(2, 9)}${g.digits(2)}`, g.digits(4)];
  return phi(type, g.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `(${a})${e}-${n}`]), 'us');
}

/** Accession, specimen and order numbers: unique codes tied to one patient's test. */
export function accessionNo(g: Gen, prefix: string): Span {
  return phi('other_id', `${prefix}${g.int(23, 25)}-${g.digits(g.pick([5, 6]))}`, 'accession');
}

export function orderNo(g: Gen): Span {
  return phi('other_id', `${g.int(3, 9)}${g.digits(8)}`, 'order');
}

/** A date of care as EHRs print it: mostly numeric month first. */
export function when(g: Gen, d: Date): Span {
  return formatDate(
    g,
    d,
    g.weighted([
      ['us_short', 5],
      ['us', 4],
      ['month_day_year', 1],
      ['iso', 1],
    ] as const),
  );
}

/** Wall-clock time, 12- or 24-hour; not PHI on its own. */
export function clock(g: Gen): string {
  if (g.chance(0.5))
    return `${String(g.int(0, 23)).padStart(2, '0')}${String(g.int(0, 59)).padStart(2, '0')}`;
  return `${g.int(1, 12)}:${String(g.int(0, 59)).padStart(2, '0')} ${g.pick(['AM', 'PM'])}`;
}

/** A date shortly after `d`. */
export function later(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export const CREDENTIALS = ['MD', 'DO', 'NP', 'PA-C', 'APRN', 'MD, FACP'];
export const NURSE_CREDENTIALS = ['RN', 'RN, BSN', 'LPN', 'RN, CCRN'];

/** The same person keeps one credential throughout a document. */
function credentialOf(p: Person, creds: readonly string[]): string {
  let h = 0;
  for (const ch of `${p.first}${p.last}`) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 9973;
  return creds[h % creds.length] ?? '';
}

/** A staff member as the EHR prints signers and authors. */
export function staff(g: Gen, p: Person, creds: readonly string[] = CREDENTIALS): Piece {
  const cred = credentialOf(p, creds);
  switch (g.int(0, 4)) {
    case 0:
      return t`${phi('name', `${p.first} ${p.last}`, 'full')}, ${cred}`;
    case 1:
      return t`${phi('name', `${p.last}, ${p.first}`, 'last_first')}, ${cred}`;
    case 2:
      return t`${phi('name', `${p.first} ${p.middle[0]} ${p.last}`, 'full_middle')}, ${cred}`;
    case 3:
      return t`${phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'upper_last_first')} ${cred}`;
    default:
      return t`${phi('name', `${p.first[0]}. ${p.last}`, 'initial_last')}, ${cred}`;
  }
}

export function nurse(g: Gen): Person {
  return person(g, { minAge: 24, maxAge: 64 });
}

/** The patient's name as a banner or header prints it. */
export function ptName(g: Gen, c: Cast): Span {
  const p = c.pt;
  return g.pick([
    () => phi('name', `${p.last}, ${p.first}`, 'last_first'),
    () => phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'upper_last_first'),
    () => phi('name', `${p.last}, ${p.first} ${p.middle[0]}`, 'last_first_middle'),
    () => phi('name', `${p.first} ${p.last}`, 'full'),
  ])();
}

/** "Electronically signed by ... on ... at ...", in the wordings EHRs use. */
export function eSignature(g: Gen, signer: Person, d: Date): Frag {
  const time = clock(g);
  return g.pick([
    () => t`Electronically signed by ${staff(g, signer)} on ${when(g, d)} at ${time}`,
    () => t`Electronically signed by: ${staff(g, signer)} ${when(g, d)} ${time}`,
    () => t`Signed by: ${staff(g, signer)} on ${when(g, d)} ${time}`,
    () => t`E-signed ${when(g, d)} ${time} by ${staff(g, signer)}`,
  ])();
}

export function allergyList(g: Gen): Piece {
  if (g.chance(0.3)) return g.pick(['No Known Allergies', 'NKDA', 'Patient has no known allergies.']);
  const items: Piece[] = [drugOnly(g)];
  if (g.chance(0.5)) items.push(g.pick(NON_DRUG_ALLERGENS));
  if (g.chance(0.4)) items.push(drugOnly(g));
  return t`${items.flatMap((p, i) => (i ? [', ', p] : [p]))}`;
}

/** The patient banner atop every printed page: name, MRN, DOB, age/sex, PCP, allergies, CSN. */
export function banner(g: Gen, c: Cast): Frag {
  const sex = c.pt.sex === 'female' ? g.pick(['F', 'Female']) : g.pick(['M', 'Male']);
  const age = t`${ageSpan(g, c)} ${g.pick(['y.o.', 'yo', 'Y', 'years'])}`;
  const dob = when(g, c.pt.dob);
  return g.pick([
    () =>
      t`${ptName(g, c)}   MRN: ${mrnNo(g, c)}   DOB: ${dob}   Age: ${age}   Sex: ${sex}\nPCP: ${staff(g, c.attending)}   Allergies: ${allergyList(g)}\nCSN: ${csnNo(g, c)}`,
    () =>
      t`Patient: ${ptName(g, c)}\nDOB: ${dob} (${age}) ${sex}\nMRN: ${mrnNo(g, c)}  FIN: ${harNo(g, c)}\nAttending: ${staff(g, c.attending)}`,
    () =>
      t`${ptName(g, c)} | ${age} ${sex} | DOB ${dob} | MRN ${mrnNo(g, c)} | Enc ${csnNo(g, c)}\nAllergies: ${allergyList(g)}`,
    () =>
      t`NAME: ${ptName(g, c)}         ACCT#: ${harNo(g, c)}\nMED REC#: ${mrnNo(g, c)}        DOB: ${dob}  AGE: ${age}  SEX: ${sex}\nADM DATE: ${when(g, c.admit)}    ATTENDING: ${staff(g, c.attending)}`,
  ])();
}

/** "cc: Name, MD; Name, NP" with each name labeled. */
export function ccList(g: Gen, people: readonly Person[]): Frag {
  const parts: Piece[] = [];
  people.forEach((p, i) => {
    if (i) parts.push('; ');
    parts.push(staff(g, p));
  });
  return t`cc: ${parts}`;
}
