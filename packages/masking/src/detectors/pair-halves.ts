/**
 * Where the other half of a "Family, Given" pair stands beside a name found: the given name after
 * a family name ("⟨Fields⟩, Lance (NP)") and the family name, its particles too, before a given
 * name ("match: von Bredow, ⟨Jianhong⟩ (member …)"). name-continuation and name-tails find a half
 * this way; what each takes as a half and what may close the pair is its own `PairForm`.
 */

export interface PairForm {
  /** ", Given" at the end of a family name found; group 1 is the given name. */
  given: RegExp;
  /** What closes the pair after the given name `given` found, where `given` does not test it. */
  givenClose?: RegExp;
  /** "Family, " up to the start of a given name found; group 1 is the family name. */
  family: RegExp;
  /** What closes the pair after a given name found, read where that name ends. */
  close: RegExp;
  /** How many characters `close` and `givenClose` read. */
  closeReach: number;
  /** How many characters `given` and `family` read beside the name found. */
  reach: number;
}

/** The given name of a pair after a family name found that ends at `end`; it starts at `end + 2`. */
export function givenAfterFamily(text: string, end: number, form: PairForm): string | undefined {
  const m = form.given.exec(text.slice(end, end + form.reach));
  if (!m) return undefined;
  const close = end + m[0].length;
  if (form.givenClose && !form.givenClose.test(text.slice(close, close + form.closeReach))) return undefined;
  return m[1];
}

/**
 * The family name of a pair before a given name found at `start`–`end`, written "Family, Given"
 * and closed after it; it ends at `start - 2`.
 */
export function familyBeforeGiven(
  text: string,
  start: number,
  end: number,
  form: PairForm,
): string | undefined {
  if (text.charCodeAt(start - 2) !== 0x2c || !form.close.test(text.slice(end, end + form.closeReach)))
    return undefined;
  return form.family.exec(text.slice(Math.max(0, start - form.reach), start))?.[1];
}
