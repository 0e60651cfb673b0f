/**
 * What a national or labelled identifier kind is made of — its type, the shape of its values,
 * its labels and its issuer's check — and the shapes several kinds share.
 */
import type { PhiType } from '../types';
import type { ScanContext } from './detector';

export interface IdKind {
  type: PhiType;
  /** Where a value may be (global; no word character or dash touches it). */
  shape: RegExp;
  /** Words one of which a label holds: the cheap test before anything runs. */
  words: readonly string[];
  /** The labels, lower case, as alternatives of an expression. */
  labels: string;
  /** The issuer's check: a value passing it needs no label. */
  valid?: (value: string) => boolean;
  /** ASCII digits the text needs for a value to be there. */
  minDigits: number;
  /** A value needs this many digits (generic reference shapes). */
  valueDigits?: number;
  /** Whether a checked value may be in the text without its label (a cheap look). */
  bare?: (ctx: ScanContext) => boolean;
}

/** A reference number: letters before it perhaps ("UVZ 74200440", "POL-143-7636436"), digits in it. */
export const REFERENCE =
  /(?<![\w/-])(?:[A-Z]{1,4}[ -])?[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-]|[.,/]\d|\s?[–—]\s?\d)/g;

export function digitsOnly(v: string): string {
  return v.replace(/\D/g, '');
}
