/**
 * What replaces an identifier: a type label, a keyed pseudonym (HMAC-SHA256 with the tenant
 * key: the same value gives the same token within a tenant and an unrelated one in another),
 * the last four characters, or — for dates — the same date moved by a per-patient offset, so
 * intervals between one patient's dates survive.
 */
import { createHmac } from 'node:crypto';
import type { PhiType, Strategy } from './types';

export function redactLabel(type: PhiType): string {
  return `[${type.toUpperCase()}]`;
}

/** Canonical form of a value before keying, so formatting differences give one token. */
function canonical(type: PhiType, value: string): string {
  const v = value.normalize('NFKC');
  switch (type) {
    case 'name':
      // "Smith, John A." and "John A Smith" are one person.
      return v
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u)
        .filter((w) => w.length > 1)
        .sort()
        .join(' ');
    case 'email':
    case 'url':
    case 'street_address':
    case 'geo':
      return v.toLowerCase().replace(/\s+/g, ' ').trim();
    default:
      return v.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  }
}

export function pseudonymToken(key: Buffer, type: PhiType, value: string): string {
  return createHmac('sha256', key)
    .update(`${type}\u0000${canonical(type, value)}`)
    .digest('hex')
    .slice(0, 16);
}

export function pseudonymReplacement(type: PhiType, token: string): string {
  return `[${type.toUpperCase()}:${token}]`;
}

/** Keeps the last four letters or digits, stars the others, keeps separators: ***-**-3456. */
export function partialReplacement(type: PhiType, value: string): string {
  let keep = 4;
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i] as string;
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (keep > 0) keep--;
      else chars[i] = '*';
    }
  }
  const alnum = value.replace(/[^\p{L}\p{N}]/gu, '').length;
  // Too short to hide anything by keeping four: redact instead.
  return alnum <= 6 ? redactLabel(type) : chars.join('');
}

/** Offset in days (±1…365, never 0) for one patient within one tenant. */
export function dateShiftDays(key: Buffer, patientKey: string): number {
  const h = createHmac('sha256', key).update(`dateshift\u0000${patientKey}`).digest();
  const n = h.readUInt32BE(0);
  const days = (n % 365) + 1;
  return n & 0x80000000 ? -days : days;
}

export type { Strategy };
