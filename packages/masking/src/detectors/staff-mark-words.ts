/**
 * Words that stand where a member of staff's mark does and are no one's: the initials that sign
 * a printed record's line ("Given  MM", "… next visit. -AM", "Grossed by AX.") and the initials or
 * login that write a work log's entry ("03/18/22 FU  Rec'd FROI"). Each reader picks the lists its
 * position needs; the words are written as each compares them (capitals, or lower case).
 */
import { SYSTEM_ACCOUNTS } from '../login-shape';

/** A clock's half-day, which also reads as initials ("AM"). */
const HALF_DAYS = 'AM PM';

/** Words of two or three capitals, and answers ("OK", "NA"). */
export const WORDS = `OK NA NO YES ID IN ON OR AT TO OF BY ${HALF_DAYS} AN AS IS IT US UP`;
/** Routes and frequencies, which a MAR row may print beside the action. */
export const ROUTES = 'IV PO IM SQ SC SL PR NG GT TD INH NEB TOP NPO PRN QD BID TID QID QHS';
/** Tests, imaging and services that do work "by" themselves ("confirmed by CT", "seen by GI"). */
export const SERVICES =
  'CT MRI XR ECG EKG EEG EMG CXR IR ED ER ICU OR RN MD DO NP PA LPN LVN CNA MA PT OT ST RT EMS EMT GI ENT OB AI PCP APP CRNA SLP RD';
/** What else ends a clinical line after a dash: flags, fluids, lab tests, vitals, units, results. */
export const LINE_ENDS =
  'NS LR D5W UTD NR ND NT NL DNA HH LL CR TNP QNS NEG POS WNL NAD TBD DC DNR DNI NKA NKDA POC ABX IVF TPN PCA EBL END ' +
  'CBC BMP CMP UA LFT INR PTT ABG BP HR RR MG ML KG LB HGB HCT WBC PLT BUN GFR TSH PSA HIV HCV HBV RSV ' +
  'NSR SR AF SVT VT PVC PAC LBBB RBBB';

/** The set of the words of `lists` (each words separated by single blanks). */
export function setOf(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(' '));
}

/** After a clock, its half-day or zone ("10:15 PM"), in lower case. */
export const CLOCK_WORDS = setOf(HALF_DAYS.toLowerCase(), 'utc gmt est edt cst cdt mst mdt pst pdt z');

/**
 * Words standing where an author does in other logs, in lower case: a weekday, a level, a
 * system's account, a range's word.
 */
export const NOT_AUTHORS: ReadonlySet<string> = new Set([
  ...`mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday info warn warning error
  err debug dbg trace fatal notice crit alert log msg sys to thru through and`
    .split(/\s+/)
    .filter((w) => w.length > 0),
  ...SYSTEM_ACCOUNTS,
]);
