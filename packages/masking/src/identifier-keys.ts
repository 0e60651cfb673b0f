/**
 * Keys that name an identifier by what it belongs to rather than by a listed field name: a
 * member's plan number under the plan's name ("medicaid", "medicareNo"), an authorization under
 * what it authorizes ("dmeAuth", "priorAuth"), a security or asset tag ("securityTag"), a
 * body print's reference or template ("footprintRef", "palm_vein_template"), a certification
 * ("certification", "certNumber"), a badge, a court docket, a carer's number ("caregiverId"), a
 * serial ("serial_of_signature_pad"), a responding unit's plate ("responder_unit") and a client's
 * number beside the client's own fields ("clientId" beside a name or a birth date, a CSV's
 * "client_id" beside its "client"), and the client's name under "client" beside that number (a
 * drug-screen log's "Rhovrour, Quoeluur"). Each holds only for a value shaped like such a number
 * (or a name), so flags, words, dates and counts under the same keys stay. Keys arrive as their
 * words ("dmeAuth" → ["dme", "auth"]).
 */
import type { FieldRule } from './field-rules';
import type { PhiType } from './types';

/** Letters and figures, a figure at least, five characters or more, no blank ("H5409964", "NGC-27962"). */
const ID = /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,23}$/;
/** A member's number: five figures at least, perhaps a dependant's suffix ("652459239-01", "W132696182"). */
const PLAN_ID = /^(?=(?:\D*\d){5})[A-Za-z0-9][A-Za-z0-9-]{3,22}(?:\*\d{1,3})?$/;
/** A template's or a print's reference: one token of letters, figures and a few marks, six at least. */
const TOKEN = /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9+/=_:.-]{5,}$/;
/** A number plate: one or two groups of capitals and figures, a letter and a figure at least ("XZJ-9194"). */
const PLATE = /^(?=[A-Z0-9 -]{0,8}\d)(?=[A-Z0-9 -]{0,8}[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}$/;
/** A calendar date, never an identifier here ("medicaid_effective": "2024-01-01"). */
const DATE = /^(?:\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:[T ].*)?$/;

function shaped(type: PhiType, shape: RegExp): FieldRule {
  return {
    type,
    ruleId: `field:${type}`,
    leafOnly: true,
    shape: new RegExp(`^(?!${DATE.source.slice(1, -1)}$)(?:${shape.source.slice(1, -1)})$`),
  };
}

const PLAN_RULE = shaped('health_plan', PLAN_ID);
const AUTH_RULE = shaped('other_id', PLAN_ID);
const DEVICE_RULE = shaped('device', ID);
const BIOMETRIC_RULE = shaped('biometric', TOKEN);
const LICENSE_RULE = shaped('license', ID);
const OTHER_ID_RULE = shaped('other_id', ID);
const VEHICLE_RULE = shaped('vehicle', PLATE);
const CLIENT_RULE = shaped('mrn', ID);
/**
 * A plan's group number as a card or a payer's API writes it: five figures at least, letters and
 * a hyphen perhaps, after the plan's own "GRP" at times ("GRP 681077", "G0103157", "17759-JA").
 */
const GROUP_RULE = shaped(
  'health_plan',
  /^(?:(?:GRP|Grp|grp|GROUP|Group)[ ]?[#:-]?[ ]?)?(?=(?:\D*\d){5})[A-Za-z0-9][A-Za-z0-9-]{3,22}$/,
);
/** A file named by a record's number ("KW24-234907.pdf", "S25-28781.PDF"): the number is the record's. */
const NUMBERED_FILE_RULE = shaped('other_id', /^[A-Za-z]{0,4}\d{0,4}[-_]?\d{5,12}\.[A-Za-z0-9]{2,5}$/);
/**
 * A person's name as a record writes it: words of letters, the first a capital, a comma after the
 * family name at most; no figure, and no word an organisation's ("Acme Health Services") or an
 * application's ("web-app", "portal") name would hold.
 */
const CLIENT_NAME_RULE: FieldRule = {
  type: 'name',
  ruleId: 'field:name',
  leafOnly: true,
  shape:
    /^(?!.*\b(?:Group|Hospital|Clinic|Center|Centre|Health|Healthcare|Medical|Associates|Partners|Inc|LLC|Ltd|Corp|Company|Foundation|Institute|Pharmacy|Services|University|Agency|Program|App|Portal)\b)(?=.{2,80}$)\p{Lu}[\p{L}\p{M}'’.-]*(?:,?[ ]+\p{L}[\p{L}\p{M}'’.-]*){0,4}$/u,
};

/** Words that end a key naming a number of what comes before ("caregiver id", "cert no"). */
const NUMBER_TAILS = new Set(['id', 'number', 'no', 'num', 'nbr', 'nr', 'ref', 'reference', 'identifier']);
/** Public plans whose name alone keys a member's number. */
const PLAN_WORDS = new Set(['medicaid', 'medicare', 'chip', 'tricare']);
const AUTH_WORDS = new Set(['auth', 'authorization', 'authorisation']);
/** What a tag is on: a newborn's security band, an asset, a tracked device. */
const TAG_OWNERS = new Set(
  'security infant hugs rfid ankle anklet band bracelet alarm asset equipment device tracking abduction'.split(
    ' ',
  ),
);
/** Prints of the body enrolled for identification. */
const BODY_PRINTS = new Set([
  'footprint',
  'footprints',
  'palmprint',
  'handprint',
  'palm',
  'vein',
  'palmvein',
]);
const PRINT_TAILS = new Set([
  ...NUMBER_TAILS,
  'template',
  'hash',
  'scan',
  'image',
  'token',
  'record',
  'sample',
  'enrollment',
  'enrolment',
]);
/**
 * An automated dispensing cabinet's row: its "override" (a dose taken before pharmacy review)
 * holds the fingerprint or the badge-and-print token that authorised it, not a reason or a flag.
 */
const CABINET_KEYS = new Set(['cabinet', 'adc', 'pyxis', 'omnicell', 'dispensingcabinet', 'cabinetid']);
const OVERRIDE_WORDS = new Set(['override', 'overridetoken', 'overrideprint']);
const CERTIFICATION_WORDS = new Set(['certification', 'cert']);
/** People who work a case or a visit, whose number is theirs ("caregiverId", "aide_no"). */
const CARER_WORDS = new Set([
  'caregiver',
  'aide',
  'attendant',
  'driver',
  'clinician',
  'counselor',
  'therapist',
]);
/** Who responds in a vehicle: its "unit" is the vehicle. */
const RESPONDERS = new Set([
  'responder',
  'ambulance',
  'ems',
  'medic',
  'rescue',
  'transport',
  'squad',
  'patrol',
]);
/** Keys beside a client's number that show the record is the client's. */
const CLIENT_SIBLINGS = new Set(['client', 'clientname']);
/** Keys of a client's number, beside which "client" is the client's name. */
const CLIENT_NUMBER_KEYS = new Set([
  'clientid',
  'clientno',
  'clientnumber',
  'clientnum',
  'clientnbr',
  'clientmrn',
]);

/**
 * Whose number a key ending in a number word names, when that is a booking's: an appointment's
 * ("appointmentId": "A-34324703"; a UUID is longer than the shape and stays a UUID).
 */
const BOOKING_WORDS = new Set(['appointment', 'appt', 'booking', 'reservation']);
/**
 * Records of a person's care or cover whose own number a key names by the record alone or with a
 * number word ("claim": "CLM-7051594696", "ClaimRef", "referral", "refId"); a status ("denied"),
 * a FHIR reference ("Claim/123") or a date under the same keys stays.
 */
const CASE_RECORDS = new Set(['claim', 'referral', 'ref']);
/**
 * A person in custody, whose number a key names ("inmateNumber", "offender_id"); and beside such
 * a key, a "DOC" number is the Department of Corrections' number of the person, no document's.
 */
const CUSTODY_WORDS = new Set(['inmate', 'offender', 'prisoner', 'detainee']);

/** Whether a key's words name a Department of Corrections number beside a person in custody's fields. */
function correctionsNumber(
  words: readonly string[],
  siblings: readonly string[],
  split: (key: string) => string[],
): boolean {
  const n = words.length;
  if (n === 1 || !NUMBER_TAILS.has(words[n - 1] as string)) return false;
  if (CUSTODY_WORDS.has(words[n - 2] as string)) return true;
  return n === 2 && words[0] === 'doc' && siblings.some((s) => split(s).some((w) => CUSTODY_WORDS.has(w)));
}
/** Of those, the ones a key names alone ("claim", "referral"; a bare "ref" is a git ref or a link). */
const CASE_RECORDS_ALONE = new Set(['claim', 'referral']);
/**
 * Devices whose own number a key names ("transmitterId", "pump_serial_no", "kiosk"); a model, a
 * version or a count under such a key holds no figure, or a blank, or too few characters.
 */
const DEVICE_WORDS = new Set([
  'transmitter',
  'receiver',
  'sensor',
  'pump',
  'kiosk',
  'tablet',
  'terminal',
  'workstation',
  'scanner',
  'reader',
  'meter',
  'glucometer',
  'handset',
  'wearable',
  'tracker',
  'beacon',
  'pager',
  'modem',
  'hub',
  'gateway',
  'console',
  'monitor',
]);
/** Devices named alone by a key, whose value is their number ("kiosk": "KSK-87421"). */
const DEVICE_ALONE = new Set(['kiosk', 'transmitter', 'terminal', 'workstation', 'tablet', 'handset']);
/** Where a plan's group and member stand: under the coverage, or beside the payer and the plan. */
const COVERAGE_WORDS = new Set([
  'insurance',
  'coverage',
  'subscriber',
  'insured',
  'policy',
  'plan',
  'payer',
  'eligibility',
  'benefits',
  'primary',
  'secondary',
  'member',
]);
const COVERAGE_SIBLINGS = new Set([
  'payer',
  'payor',
  'payername',
  'payerid',
  'plan',
  'planname',
  'insurer',
  'carrier',
  'memberid',
  'subscriberid',
  'policynumber',
  'group',
  'groupnumber',
  'member',
  // A claim is made under the cover: a claims export's "member" beside its claim's number.
  'claim',
  'claimid',
  'claimno',
  'claimnumber',
]);
/** Keys of a plan's group number ("group", "groupId", "grp_no"); "groupBy" or "groupCount" are none. */
const GROUP_KEYS = new Set([
  'group',
  'grp',
  'groupid',
  'groupno',
  'groupnum',
  'groupnbr',
  'grpid',
  'grpno',
  'grpnumber',
  'plangroup',
  'groupcode',
]);
/** A party to a plan, whose number a coverage key names by the party alone ("member": "340419688-01"). */
const PLAN_PARTIES = new Set(['member', 'subscriber', 'insured', 'beneficiary', 'enrollee', 'policyholder']);
/** Keys of a record's attachments and files. */
const FILE_KEYS = new Set([
  'attachments',
  'attachment',
  'files',
  'file',
  'filename',
  'documents',
  'document',
  'uploads',
  'upload',
]);

function coverage(
  parentKey: string | undefined,
  siblings: readonly string[],
  split: (key: string) => string[],
): boolean {
  if (parentKey !== undefined && split(parentKey).some((w) => COVERAGE_WORDS.has(w))) return true;
  let hits = 0;
  for (const s of siblings) if (COVERAGE_SIBLINGS.has(s.toLowerCase().replace(/[^a-z]/g, ''))) hits++;
  return hits >= 2;
}

/** Keys repeat across payloads: their words are split once. */
const splitKeys = new Map<string, string[]>();

/**
 * The rule for a key (split into its words by `split`) (with its neighbours `siblings`, and whether they show a
 * person's record), or undefined when the key names none of the identifiers above.
 */
export function identifierKeyRule(
  key: string,
  split: (key: string) => string[],
  siblings: readonly string[],
  personRecord: () => boolean,
  parentKey?: string,
): FieldRule | undefined {
  let words = splitKeys.get(key);
  if (words === undefined) {
    words = split(key);
    if (splitKeys.size < 10_000) splitKeys.set(key, words);
  }
  const n = words.length;
  if (n === 0) return undefined;
  const last = words[n - 1] as string;
  const tail = n === 1 || NUMBER_TAILS.has(last);
  if (n > 1 && NUMBER_TAILS.has(last) && BOOKING_WORDS.has(words[n - 2] as string)) return OTHER_ID_RULE;
  if (n > 1 && NUMBER_TAILS.has(last) && CASE_RECORDS.has(words[n - 2] as string)) return OTHER_ID_RULE;
  if (n === 1 && CASE_RECORDS_ALONE.has(last)) return OTHER_ID_RULE;
  if (correctionsNumber(words, siblings, split)) return OTHER_ID_RULE;
  if (n > 1 && NUMBER_TAILS.has(last) && DEVICE_WORDS.has(words[n - 2] as string)) return DEVICE_RULE;
  if (n === 1 && DEVICE_ALONE.has(last)) return DEVICE_RULE;
  const joined = words.join('');
  if (GROUP_KEYS.has(joined) && coverage(parentKey, siblings, split)) return GROUP_RULE;
  if (n === 1 && PLAN_PARTIES.has(last) && coverage(parentKey, siblings, split)) return PLAN_RULE;
  // The coverage named in the key itself: "ins_mbr" (insurance member), "planSubscriber".
  if (n === 2 && PLAN_PARTIES.has(last) && COVERAGE_WORDS.has(words[0] as string)) return PLAN_RULE;
  if (n === 1 && FILE_KEYS.has(last)) return NUMBERED_FILE_RULE;
  if (FILE_KEYS.has(joined)) return NUMBERED_FILE_RULE;
  if (words.some((w) => PLAN_WORDS.has(w)) && (tail || PLAN_WORDS.has(last)) && n <= 3) return PLAN_RULE;
  if (n > 1 && AUTH_WORDS.has(last)) return AUTH_RULE;
  if (n > 1 && last === 'tag' && TAG_OWNERS.has(words[n - 2] as string)) return DEVICE_RULE;
  if (words.some((w) => BODY_PRINTS.has(w)) && (n === 1 || PRINT_TAILS.has(last))) return BIOMETRIC_RULE;
  if (
    OVERRIDE_WORDS.has(words.join('')) &&
    siblings.some((s) => CABINET_KEYS.has(s.toLowerCase().replace(/[^a-z]/g, '')))
  )
    return BIOMETRIC_RULE;
  if (CERTIFICATION_WORDS.has(last) || (n > 1 && tail && CERTIFICATION_WORDS.has(words[n - 2] as string)))
    return LICENSE_RULE;
  if (last === 'badge' || last === 'badges' || last === 'docket' || (tail && words.includes('docket')))
    return OTHER_ID_RULE;
  if (n > 1 && tail && CARER_WORDS.has(words[n - 2] as string)) return OTHER_ID_RULE;
  if (words.includes('serial')) return DEVICE_RULE;
  if (n > 1 && last === 'unit' && words.some((w) => RESPONDERS.has(w))) return VEHICLE_RULE;
  if (
    n === 2 &&
    words[0] === 'client' &&
    tail &&
    (siblings.some((s) => CLIENT_SIBLINGS.has(s.toLowerCase().replace(/[^a-z]/g, ''))) || personRecord())
  )
    return CLIENT_RULE;
  if (
    n === 1 &&
    words[0] === 'client' &&
    siblings.some((s) => CLIENT_NUMBER_KEYS.has(s.toLowerCase().replace(/[^a-z]/g, '')))
  )
    return CLIENT_NAME_RULE;
  return undefined;
}
