/**
 * Field names of health information management and administration systems that the general
 * field rules do not know: the login of whoever touched a record (an access audit's "user_id",
 * a scan batch's "operator", a deficiency queue's "analyst"), a provider's credentialing
 * numbers (CAQH, PECOS), an enterprise index's local record number, a
 * release-of-information request number, and the identifying items of the CMS Minimum Data Set
 * (MDS 3.0 section A: A0500 name, A0600 SSN and Medicare number, A0700 Medicaid number, A0900
 * birth date, A1600 entry date, A2300 assessment reference date …). Keys arrive normalized
 * ("user_id" → "userid", "A0500C" → "a0500c"); a JSON key and a table's header cell are read alike.
 */
import type { FieldRule } from './field-rules';
import { NUMBERED_LOGIN, SYSTEM_ACCOUNTS } from './login-shape';

/**
 * A person's login ("jworthy", "anna.lee", "LEE.A", "a_lee2"), no system account, or the number
 * a system gives its user in place of one, with a letter or two before it or figures alone (a
 * chat export's "user_id": "E650882", "057192"); a count or a row's small number ("7", "412") stays.
 */
const LOGIN_SHAPE = new RegExp(
  `^(?!(?:${[...SYSTEM_ACCOUNTS].join('|')})$)(?:${NUMBERED_LOGIN}|[A-Za-z]{0,3}\\d{5,10})$`,
  'iu',
);
const LOGIN_RULE: FieldRule = { type: 'name', ruleId: 'field:login', leafOnly: true, shape: LOGIN_SHAPE };

/** Keys whose value is a person's login. */
const LOGIN_KEYS = new Set(
  `userid userlogin loginid loginname useraccount accessedby operator operatorid analyst analystid workedby loggedby
  exportedby enteredby indexedby scannedby codedby releasedby`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);
/** Objects that are a person acting on a system: their "id" or "login" is that person's login. */
const ACTOR_PARENTS = new Set([
  'user',
  'actor',
  'operator',
  'accessedby',
  'performer',
  'analyst',
  'employee',
]);
const ACTOR_ID_KEYS = new Set(['id', 'login', 'loginid', 'userid', 'username']);

/** An issued number: figures, perhaps after a few letters and a dash ("R482418", "INC-19040"). */
const ISSUED = /^(?![0-9a-f]{8}-[0-9a-f]{4}-)[A-Za-z]{0,4}[-#]?[0-9][0-9-]{3,14}$/;
/** A code of letters and figures with at least four figures ("FJXT849568", "PA79089981"). */
const CODED = /^(?=(?:[^0-9]*[0-9]){4})[A-Za-z0-9][A-Za-z0-9-]{3,24}$/;
/** Anything with a letter or a figure: MDS writes "-" (not assessed) and "^" (blank) for none. */
const ANY_VALUE = /[\p{L}\p{N}]/u;

const rule = (type: FieldRule['type'], shape: RegExp): FieldRule => ({
  type,
  ruleId: `field:${type}`,
  shape,
});

const EXACT = new Map<string, FieldRule>();
function add(keys: string, r: FieldRule): void {
  for (const k of keys.split(/\s+/)) if (k) EXACT.set(k, r);
}
// A provider's credentialing and enrollment numbers.
add(
  'caqh caqhid caqhnumber caqhproviderid pecos pecosid pecosenrollmentid medicaidproviderid medicaidprovidernumber',
  rule('other_id', CODED),
);
// A release-of-information or privacy request, an incident, a breach letter's activation code.
add(
  `req reqno reqnum reqnumber reqnbr requestnbr requestno requestnumber requestnum roirequest roirequestid roirequestnumber roinumber
  incidentno incidentnumber incidentref incidentid`,
  rule('other_id', ISSUED),
);
add('activationcode enrollmentcode enrolmentcode', rule('other_id', CODED));
// An age computed by a form or an assessment (masked only over 89, as every age).
add(
  'agecalc calcage calculatedage ageatdeath ageatadmission ageatdischarge ageatvisit agelastbirthday agelastbirthdayyears',
  {
    type: 'age',
    ruleId: 'field:age',
    shape: /^\d{1,3}$/,
  },
);
// MDS 3.0 section A items.
add('a0500a a0500b a0500c a1300c', { type: 'name', ruleId: 'field:name', shape: ANY_VALUE });
add('a0600a', rule('ssn', ANY_VALUE));
add('a0600b a0700', rule('health_plan', ANY_VALUE));
add('a1300a', rule('mrn', ANY_VALUE));
// A facility's own number for its resident, as an MDS export writes it beside section A.
add('facresid facilityresidentid residentid', rule('mrn', CODED));
add('a0900 a1600 a2000 a2300 a2400b a2400c', rule('date', /\d/));

/** Keys of an enterprise index's source record ("local_id" beside "source_system" or a name). */
const LOCAL_ID_KEYS = new Set(['localid', 'localmrn', 'sourcemrn', 'localpatientid', 'sourcepatientid']);
const SOURCE_SIBLINGS = new Set([
  'sourcesystem',
  'source',
  'system',
  'familyname',
  'givenname',
  'lastname',
  'firstname',
  'dob',
  'birthdate',
  'dateofbirth',
]);
const LOCAL_ID_RULE = rule('mrn', CODED);

/**
 * A request's own id beside the patient it is about (a transfer, a consult or a records request:
 * {"requestId": "522S42641", "patient": {…}}) is that request's number, when written in capitals
 * and figures; a service's trace id (a UUID, lower-case hex, "req_…") stays.
 */
const REQUEST_ID_KEYS = new Set(['requestid', 'requestref', 'requestreference']);
const REQUEST_SUBJECTS = new Set([
  'patient',
  'patientname',
  'patientid',
  'mrn',
  'decedent',
  'resident',
  'member',
]);
const REQUEST_ID_RULE = rule('other_id', /^(?=(?:[^0-9]*[0-9]){5})[A-Z0-9][A-Z0-9-]{4,15}$/);

function normalized(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** An MDS item with its name after it ("A0500A_FIRST", "A0600A_SSN"): the item's rule. */
const MDS_ITEM = /^[a-z]\d{4}[a-z]{3,}$/;
function mdsItem(norm: string): FieldRule | undefined {
  if (norm.length < 8 || !MDS_ITEM.test(norm)) return undefined;
  return EXACT.get(norm.slice(0, 6)) ?? EXACT.get(norm.slice(0, 5));
}

/**
 * The rule for a normalized key `norm` (its object's key `parentKey`, its neighbours
 * `siblings`, both as written), or undefined when the key is none of the fields above.
 */
export function adminFieldRule(
  norm: string,
  parentKey: string | undefined,
  siblings: readonly string[],
): FieldRule | undefined {
  const exact = EXACT.get(norm) ?? mdsItem(norm);
  if (exact !== undefined) return exact;
  if (LOGIN_KEYS.has(norm)) return LOGIN_RULE;
  if (ACTOR_ID_KEYS.has(norm) && parentKey !== undefined && ACTOR_PARENTS.has(normalized(parentKey)))
    return LOGIN_RULE;
  if (LOCAL_ID_KEYS.has(norm) && siblings.some((s) => SOURCE_SIBLINGS.has(normalized(s))))
    return LOCAL_ID_RULE;
  if (REQUEST_ID_KEYS.has(norm) && siblings.some((s) => REQUEST_SUBJECTS.has(normalized(s))))
    return REQUEST_ID_RULE;
  return undefined;
}
