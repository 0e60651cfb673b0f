/**
 * Fields of clinical research, registries, public health and pharmacy benefit records: what a
 * key of an EDC or REDCap export, a biobank manifest, a sample sheet, a cancer registry's
 * abstract, an immunisation registry's answer or a PBM claim holds. Keys arrive normalized
 * (lower case, letters and digits only); siblings and the parent key as written.
 */
import type { FieldRule } from './field-rules';
import type { PhiType } from './types';

function shaped(type: PhiType, shape: RegExp): FieldRule {
  return { type, ruleId: `field:study_${type}`, shape, leafOnly: true };
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/** A record's number: letters, digits, dots and dashes, a digit at least, no blank ("SUBJ-19-033", "8017898348.3"). */
const ID_SHAPE = /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9.-]{2,29}$/;
/** Initials: two or three capitals, run together or parted by dots or dashes ("KMM", "J.D.", "P-K"). */
const INITIALS_SHAPE = /^[A-Z](?:[.-]?[A-Z]){1,2}\.?$/;
/** A calendar date, compact ("20231115") or written out ("2023-11-15", "11/15/2023"). */
const DATE_SHAPE =
  /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

const SUBJECT_ID = shaped('other_id', ID_SHAPE);
const INITIALS = shaped('name', INITIALS_SHAPE);
const TOKEN = shaped('biometric', /^\S{4,}$/);
const CALENDAR_DATE = shaped('date', DATE_SHAPE);
/** An age of 90 or more, which names few enough people to be masked. */
const OLD_AGE = shaped('age', /^(?:9\d|1[01]\d)$/);
/** Keys that start with "age" and are no age. */
const NOT_AGE_KEYS = words('agent agents agency agenda');
/** A PBM's cardholder number: letters and digits, five digits at least, perhaps a person code ("30256312401", "ZX4417702*01"). */
const CARDHOLDER = shaped('health_plan', /^(?=(?:\D*\d){5})[A-Za-z0-9][A-Za-z0-9-]{3,22}(?:\*\d{1,3})?$/);
/** A claim's prescriber by NPI. */
const PRESCRIBER_NPI = shaped('license', /^\d{10}$/);

/** Keys whose value is a study subject's, a donor's or a specimen's number. */
const ID_KEYS = words(`subjectid subjid subjectno subjno subjectnumber subjectnum participantid participantno
  participantnumber screeningid screeningno screeningnumber randomizationid randomizationno randomizationnumber randno
  randid enrollmentid donorid specimenid specimenno specimennumber specimenbarcode parentspecimen parentspecimenid
  aliquotid aliquotno aliquotbarcode sampleid samplebarcode tubeid tubebarcode biobankid couriertracking
  trackingnumber trackingno waybill airwaybill iisid iisclientid`);
/** Keys whose value is a subject's initials wherever they stand. */
const INITIALS_KEYS =
  words(`subjinit subjinits subjinitials subjectinitials ptinit ptinitials patinit patinitials
  patientinitials participantinitials`);
/** Keys holding a signature's or a face's captured template, or a hash of one. */
const BIOMETRIC_KEYS =
  words(`signaturetemplate signaturehash signaturecapture signaturecapturehash facematchtemplate
  facetemplate facematch facehash biometrictemplate fingerprinttemplate fingerprinthash voiceprint`);
/** Bare keys that hold a subject's number or initials only beside a study's other fields. */
const STUDY_SIBLINGS =
  words(`subject subjectid subjid participant participantid initials pdid deviationid visit
  visitdt occurred arm site siteid protocol redcapeventname`);
/** A sample's name made of a person's: surname and initial or given name, perhaps a birth date ("HRYTSENKO_P_19540627", "Truong-Hodan"). */
const SAMPLE_NAME = shaped(
  'name',
  /^(?!(?:.*[_-])?(?:Tumou?r|Normal|Control|Blank|NTC|Pool|Pooled|Undetermined|Positive|Negative|Ref|Reference|Standard|Std|Rep|Sample|Test|Lib|Library)(?:[_-]|$))[A-Z][A-Za-z'’]+(?:[_-][A-Z][A-Za-z'’]*){1,2}(?:[_-]\d{6,8})?$/,
);
/** A vaccination's date in an immunisation history (beside its vaccine's code or lot). */
const VACCINE_SIBLINGS = words('cvx cvxcode vaccine vaccinecode vaccinename lot lotnumber mvx');

/**
 * A cancer registry's abstract keyed by NAACCR item numbers: the items naming the patient, their
 * numbers, address, birth and diagnosis dates and age at diagnosis.
 */
const NAACCR_ITEMS = new Map<string, FieldRule>([
  ['20', SUBJECT_ID],
  ['70', shaped('geo', /^[A-Za-z][A-Za-z .'’-]+$/)],
  ['90', shaped('geo', /^[A-Za-z][A-Za-z .'’-]+$/)],
  ['100', shaped('zip', /^\d{5}(?:-?\d{4})?$/)],
  ['230', shaped('age', /^(?:9\d|1[01]\d)$/)],
  ['240', shaped('date', DATE_SHAPE)],
  ['390', shaped('date', DATE_SHAPE)],
  ['550', SUBJECT_ID],
  ['580', shaped('date', DATE_SHAPE)],
  ['1750', shaped('date', DATE_SHAPE)],
  ['1810', shaped('geo', /^[A-Za-z][A-Za-z .'’-]+$/)],
  ['1830', shaped('zip', /^\d{5}(?:-?\d{4})?$/)],
  ['2230', shaped('name', /^\S/)],
  ['2232', shaped('name', /^\S/)],
  ['2240', shaped('name', /^\S/)],
  ['2250', shaped('name', /^\S/)],
  ['2280', shaped('name', /^\S/)],
  ['2390', shaped('name', /^\S/)],
  ['2300', shaped('mrn', ID_SHAPE)],
  ['2320', shaped('ssn', /^\d{3}-?\d{2}-?\d{4}$/)],
  ['2330', shaped('street_address', /^\d/)],
  ['2350', shaped('street_address', /^\d/)],
  ['2360', shaped('phone', /^[\d()+. -]{7,}$/)],
]);
/** Items every abstract has: three of them beside a numbered key make the object an abstract. */
const NAACCR_CORE = words('10 70 90 100 220 230 240 390 400 522 550 560 2230 2240 2300 2320');

function naaccrAbstract(siblings: readonly string[]): boolean {
  let core = 0;
  for (const s of siblings) if (NAACCR_CORE.has(s) && ++core >= 3) return true;
  return false;
}

function normalized(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether a key other than `norm` itself is in `set`. */
function besideAny(norm: string, siblings: readonly string[], set: ReadonlySet<string>): boolean {
  return siblings.some((s) => {
    const n = normalized(s);
    return n !== norm && set.has(n);
  });
}

/**
 * The rule for a normalized key `norm` of a study's, a registry's or a pharmacy claim's record,
 * or undefined when the key is none of theirs.
 */
export function studyFieldRule(
  norm: string,
  parentKey: string | undefined,
  siblings: readonly string[],
): FieldRule | undefined {
  const first = norm.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    const item = NAACCR_ITEMS.get(norm);
    return item !== undefined && naaccrAbstract(siblings) ? item : undefined;
  }
  if (ID_KEYS.has(norm)) return SUBJECT_ID;
  // An age at a study's visit or event ("age_scr", "age_bl", "ageEnrol").
  if (norm.startsWith('age') && norm.length > 3 && norm.length <= 16 && !NOT_AGE_KEYS.has(norm))
    return OLD_AGE;
  if (INITIALS_KEYS.has(norm)) return INITIALS;
  if (BIOMETRIC_KEYS.has(norm)) return TOKEN;
  if ((norm === 'initials' || norm === 'init') && besideAny(norm, siblings, STUDY_SIBLINGS)) return INITIALS;
  if (norm === 'participant') return SUBJECT_ID;
  if (norm === 'subject' && besideAny(norm, siblings, STUDY_SIBLINGS)) return SUBJECT_ID;
  if (norm === 'samplename' || (norm === 'sample' && parentKey !== undefined && /sample/i.test(parentKey)))
    return SAMPLE_NAME;
  if (norm === 'date' && besideAny(norm, siblings, VACCINE_SIBLINGS)) return CALENDAR_DATE;
  if (norm === 'cardholderid' || norm === 'cardholdernumber') return CARDHOLDER;
  if (norm === 'prescriberid') return PRESCRIBER_NPI;
  return undefined;
}
