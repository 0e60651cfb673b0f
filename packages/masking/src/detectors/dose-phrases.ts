/**
 * A medicine's brand before its dose — "Ferro-tab 200 mg", "Ural sachet 4 g", "Movicol Half 1
 * sachet" — is no person or place, whatever name or river it borrows. The brand is read only
 * where its shape says "product": a hyphen or a capital inside its word, or a dose form between
 * it and the dose ("sachet", "SR", "Forte"). A single plain word right before a dose ("gave Hale
 * 5 mg") may be the person given it, and stays the name detectors'. The resolution step keeps
 * what a detector found inside one.
 */

/** What a dose's number is counted in, and dose forms counted themselves ("1 sachet", "2 puffs"). */
const DOSE_UNIT =
  '(?:mg|mcg|µg|μg|g|ml|mL|l|iu|IU|units?|mmol|meq|mEq|%|sachets?|tabs?|tablets?|caps?|capsules?|puffs?|drops?|patch(?:es)?|sprays?|ampoules?|vials?)';
/** A dose: a number and its unit ("200 mg", "0.5 mg", "1 sachet", "250/50 mcg"). */
const DOSE = `\\d{1,5}(?:[.,]\\d{1,3})?(?:\\/\\d{1,5}(?:[.,]\\d{1,3})?)?[ \\t]?${DOSE_UNIT}(?![\\p{L}\\p{N}])`;
/** Words of a dose form or a release that stand between a brand and its dose. */
const FORM =
  '(?:sachets?|tabs?|tablets?|caps?|capsules?|liquid|syrup|suspension|solution|drops|spray|nasal spray|inhaler|patch|cream|gel|ointment|injection|inj|pen|granules|powder|lozenges?|SR|XR|ER|CR|MR|XL|LA|CD|DR|ODT|Forte|Half|Plus|Mite|Duo|Junior|Paediatric|Pediatric)';

/**
 * A brand of one word with a hyphen or a capital inside after four letters ("Ferro-tab",
 * "NovoRapid"; not "McTavish").
 */
const SHAPED_BRAND =
  '\\p{Lu}[\\p{L}\\p{M}]{0,20}-[\\p{L}\\p{M}\\d]{1,20}|\\p{Lu}\\p{Ll}{3,12}\\p{Lu}[\\p{L}\\p{M}]{0,20}';
/** A brand of one capitalized word, then its form. */
const PLAIN_BRAND = '\\p{Lu}[\\p{L}\\p{M}]{2,24}';

const BRAND_DOSE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])((?:${SHAPED_BRAND})(?:[ \\t]+${FORM}){0,2}|(?:${PLAIN_BRAND})(?:[ \\t]+${FORM}){1,2})[ \\t]+${DOSE}`,
  'dgu',
);

/**
 * A brand before a pack of so many days, a strength or two before it or not, as drug lists
 * name oral contraceptives ("Seasonique 91 Day Pack", "Levora 0.15/30 28 Day Pack"): a name
 * before a count of days and "Pack" is a product's, whatever given name it borrows ("Camila 28
 * Day Pack").
 */
const BRAND_PACK = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${PLAIN_BRAND})[ \\t]+(?:\\d{1,4}(?:\\.\\d{1,3})?(?:\\/\\d{1,4}(?:\\.\\d{1,3})?)?[ \\t]+)?\\d{1,3}[ \\t]+Day[ \\t]+Pack(?![\\p{L}\\p{M}\\p{N}])`,
  'dgu',
);

/**
 * One plain capitalized word right before a dose where a medicine list puts it: at a line's or
 * an item's start (after a bullet, a colon, a semicolon, a comma or a bracket) or after a verb of
 * taking or prescribing ("continue Pan 40 mg", "Items: Telma 40 mg x1"). A person given a dose
 * ("gave Hale 5 mg") stands after another verb.
 */
const LISTED_BRAND_DOSE = new RegExp(
  `(?:[\n:;,(•*"]|(?:^|\n)[ \t]*-|(?<![\\p{L}\\p{M}])(?:[Cc]ontinue[sd]?|[Ss]tart(?:ed|s)?|[Rr]estart(?:ed)?|[Rr]esume[sd]?|[Ss]top(?:ped|s)?|[Tt]akes?|[Tt]aking|[Tt]ook|on|plus|and|with|carried|prescribed|dispensed|Rx))[ \t]*(${PLAIN_BRAND})[ \t]+${DOSE}`,
  'dgu',
);

/** A digit and a unit's letter: a text without both holds no dose. */
const DOSE_PROBE = /\d[ \t]?(?:m|g|µ|μ|i|I|u|s|t|c|p|d|%|l)/;

/** Character ranges of medicine brands written before a dose or a pack of days in `text` (the brand and its form). */
export function doseBrandSpans(text: string): [number, number][] {
  const dosed = DOSE_PROBE.test(text);
  const packed = text.includes(' Day Pack');
  if (!dosed && !packed) return [];
  const spans: [number, number][] = [];
  if (dosed) {
    brandsBefore(BRAND_DOSE, text, spans);
    brandsBefore(LISTED_BRAND_DOSE, text, spans);
  }
  if (packed) brandsBefore(BRAND_PACK, text, spans);
  return spans;
}

/** Appends to `spans` the range of each match's first group (the brand) of `re` in `text`. */
function brandsBefore(re: RegExp, text: string, spans: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const brand = m.indices?.[1];
    if (brand) spans.push([brand[0], brand[1]]);
  }
}
