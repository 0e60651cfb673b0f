/**
 * Detection: normalize, run every enabled detector over the normalized text, map the spans
 * back to the original and merge overlaps (the longer span's type wins).
 */

import { accessCodesDetector } from './detectors/access-codes';
import { accountEvents } from './detectors/account-events';
import { birthPlaces } from './detectors/birth-places';
import { callNumbers } from './detectors/call-numbers';
import { capitalsPeople } from './detectors/capitals-people';
import { capitalsStaff } from './detectors/capitals-staff';
import {
  address,
  addressOwners,
  ageColumns,
  alignedTables,
  astm,
  bannerAges,
  bannerIds,
  barePhones,
  biometricRefs,
  birthTimes,
  calendar,
  callArguments,
  cardSurnames,
  cards,
  careDates,
  cda,
  chartHeaders,
  chatAnswers,
  chatHandles,
  ciLogs,
  contact,
  cuedIds,
  cueIds,
  dates,
  deviceOwners,
  dicom,
  diffTables,
  edifact,
  fieldNameRepeats,
  fixedWidth,
  hl7,
  identifiers,
  intlAddresses,
  intlDates,
  intlPhones,
  joinedNames,
  keyValues,
  labelledIds,
  media,
  nameAnswers,
  nameContexts,
  nameContinuation,
  namedAges,
  namedDays,
  nameRepeats,
  names,
  narrativeAges,
  nationalIds,
  ocrValues,
  partialDates,
  pathNames,
  planMembers,
  plates,
  postalCodes,
  proseNames,
  protobufText,
  providerNpis,
  quotedInput,
  recordNumbers,
  securityEvents,
  socialUrls,
  specimenIds,
  spoken,
  spokenNames,
  sqlLiterals,
  staffInitials,
  tables,
  titleNames,
  trackingNumbers,
  trialInitials,
  typedNames,
  visitSummaries,
  workNumbers,
  x12,
  xmlElements,
} from './detectors/catalog';
import { cryptoWallets } from './detectors/crypto-wallets';
import { cuedLogins } from './detectors/cued-logins';
import { type Detector, type RoutedScan, scanContext } from './detectors/detector';
import { deviceSerials } from './detectors/device-serials';
import { dictationFooters } from './detectors/dictation-footers';
import { dispensingRows } from './detectors/dispensing-rows';
import { dobNames } from './detectors/dob-names';
import { doseGiversDetector } from './detectors/dose-givers';
import { emailNames } from './detectors/email-names';
import { employers } from './detectors/employers';
import { facilityTowns } from './detectors/facility-towns';
import { ibans } from './detectors/iban';
import { identifierRepeats } from './detectors/identifier-repeats';
import { initialsLists } from './detectors/initials-lists';
import { kinNames } from './detectors/kin-names';
import { letterReferences } from './detectors/letter-references';
import { lotNumbers } from './detectors/lot-numbers';
import { lowerCasePeople } from './detectors/lower-case-people';
import { ptGivenNamesDetector } from './detectors/lower-names';
import { nameInitials } from './detectors/name-initials';
import { namePairs } from './detectors/name-pairs';
import { nameTails } from './detectors/name-tails';
import { noteAuthors } from './detectors/note-authors';
import { noticeCodes } from './detectors/notice-codes';
import { numberedNames } from './detectors/numbered-names';
import { ordinalDayDates } from './detectors/ordinal-day-dates';
import { pagerExtensions } from './detectors/pager-extensions';
import { patientRows } from './detectors/patient-rows';
import { personLabels } from './detectors/person-labels';
import { phoneExtensions } from './detectors/phone-extensions';
import { planSlashMembers } from './detectors/plan-slash-members';
import { qualifiedMrns } from './detectors/qualified-mrns';
import { recordPairs } from './detectors/record-pairs';
import { remittanceLines } from './detectors/remittance-lines';
import { roleInitials } from './detectors/role-initials';
import { rowIdentifiers } from './detectors/row-identifiers';
import { shoutedGreetings } from './detectors/shouted-greetings';
import { staffMarks } from './detectors/staff-marks';
import { stampLogins } from './detectors/stamp-logins';
import { streetTowns } from './detectors/street-towns';
import { streetZips } from './detectors/street-zips';
import { systemLogins } from './detectors/system-logins';
import { unknownDayDates } from './detectors/unknown-day-dates';
import { encodedSpans } from './encoded';
import { dropKeptSpans } from './keep-resolution';
import { normalizeForDetection } from './normalize';
import type { DetectedSpan, PhiType } from './types';

export const BUILTIN_DETECTORS: readonly Detector[] = [
  hl7.hl7Segments,
  astm.astmRecords,
  edifact.edifactSegments,
  dicom.dicomElements,
  dicom.caretNames,
  cda.cdaFields,
  calendar.icalendarProperties,
  quotedInput.quotedInput,
  media.base64Images,
  media.datedMediaNames,
  x12.x12Segments,
  fixedWidth.fixedWidthRecords,
  securityEvents.securityEvents,
  sqlLiterals.sqlLiterals,
  xmlElements.xmlElements,
  ciLogs.ciLogs,
  pathNames.pathNames,
  protobufText.protobufText,
  tables.delimitedTables,
  alignedTables.alignedTablesDetector,
  diffTables.diffTables,
  keyValues.labelledValues,
  callArguments.callArguments,
  contact.email,
  cards.aamvaElements,
  cards.vcardFields,
  contact.url,
  socialUrls.socialUrls,
  contact.ip,
  contact.phone,
  intlPhones.nationalPhones,
  barePhones.barePhones,
  pagerExtensions,
  identifiers.ssn,
  identifiers.mbi,
  identifiers.dea,
  identifiers.vin,
  plates.platesInProse,
  identifiers.paymentCard,
  ibans,
  cryptoWallets,
  identifiers.deviceIds,
  lotNumbers,
  identifiers.photoFile,
  labelledIds.labelledIds,
  providerNpis.providerNpis,
  workNumbers.accessionNumbers,
  workNumbers.staffNumbers,
  workNumbers.jobNumbers,
  recordNumbers.recordNumbers,
  planMembers.planMembers,
  cueIds.cueIds,
  bannerIds.bannerIdsDetector,
  specimenIds.specimenIdsDetector,
  trackingNumbers.trackingNumbersDetector,
  accessCodesDetector,
  deviceSerials,
  rowIdentifiers,
  callNumbers,
  biometricRefs.biometricRefs,
  chatAnswers.chatAnswers,
  nationalIds.nationalIds,
  trialInitials.trialInitials,
  roleInitials,
  dispensingRows,
  staffInitials.staffInitialsDetector,
  staffMarks,
  dictationFooters,
  visitSummaries.visitSummaries,
  ptGivenNamesDetector,
  chartHeaders.chartHeaderLines,
  chartHeaders.dictationInitials,
  noteAuthors,
  stampLogins,
  capitalsStaff,
  capitalsPeople,
  patientRows,
  initialsLists,
  lowerCasePeople,
  noticeCodes,
  systemLogins,
  cuedLogins,
  letterReferences,
  planSlashMembers,
  remittanceLines,
  recordPairs,
  // Values after labels none of the detectors above knows.
  cuedIds.cuedIds,
  qualifiedMrns,
  dates.dates,
  spoken.spokenForms,
  birthTimes.birthTimes,
  ocrValues.ocrValues,
  intlDates.contextDates,
  partialDates.partialDates,
  unknownDayDates,
  ordinalDayDates,
  careDates.careDates,
  dates.ages,
  narrativeAges.narrativeAges,
  ageColumns.ageColumns,
  bannerAges.bannerAgesDetector,
  address.streetAddress,
  postalCodes.postalCodes,
  address.geography,
  // Capital street lines before their town and ZIP, capital counties, towns right after a street.
  streetTowns,
  facilityTowns,
  birthPlaces,
  intlAddresses.internationalAddresses,
  employers,
  // Names with a number glued on ("Marcus276 Schaefer486"), before the detectors that build on names found.
  numberedNames,
  names.personNames,
  nameAnswers.nameAnswers,
  chatHandles.chatHandles,
  shoutedGreetings,
  accountEvents,
  deviceOwners.deviceOwners,
  // The name written right before its own e-mail address, spelled out again in it.
  emailNames,
  titleNames.titleNamesDetector,
  typedNames.typedNames,
  nameContexts.nameContexts,
  personLabels,
  doseGiversDetector,
  joinedNames.joinedNames,
  nameContinuation.nameContinuation,
  spokenNames.spokenNames,
  proseNames.proseNames,
  kinNames,
  dobNames,
  namePairs,
  // The names found by every detector above, said again elsewhere in the text.
  nameRepeats.nameRepeats,
  // The names of a record's fields written in capitals, said again in its free text.
  fieldNameRepeats.fieldNameRepeats,
  // The person a street address found above is given for.
  addressOwners.addressOwners,
  // The town and ZIP code closing a street address found above, with no comma between.
  streetZips,
  // The family name a card prints above the given names found above.
  cardSurnames.cardSurnames,
  // The words of a name beside the part of it found above.
  nameTails,
  // The initials of the names found above ("Orla Quennell (OQ)", "signed by O.Q.").
  nameInitials,
  // Ages in brackets after the names found above.
  namedAges.namedAges,
  // Days in figures right after the names found above.
  namedDays.namedDays,
  // The extensions after the phone and fax numbers found above.
  phoneExtensions,
  // The numbers found above, said again elsewhere in the text.
  identifierRepeats,
];

/**
 * Detectors that find nothing in a lower-case token (no white space, capital, '@' or comma):
 * each needs a capital (HL7 and X12 segments, DEA, VIN, plates, names said again), a line break
 * (tables, chat handles), an '@' (e-mail), white space (names typed or answered in lower case), or
 * white space or a capital (every street form). The engine sends such a token only to the
 * others (names stay: "agent=sachiko.odhiambo" holds one; so do the health plan numbers, an
 * Australian Medicare number with its person's number, "2123456701/1", being one such token).
 */
export const TOKEN_BLIND_DETECTORS: ReadonlySet<string> = new Set([
  'hl7_fields',
  'astm_fields',
  'edifact_segments',
  'dicom_elements',
  'caret_names',
  'icalendar_properties',
  'x12_elements',
  'fixed_width_records',
  'security_events',
  'table_columns',
  'aligned_tables',
  'email',
  'dea',
  'vin',
  'vehicle_plate',
  'name_answer',
  'chat_handle',
  'typed_name',
  'pt_given_name',
  'name_repeat',
  'street_address',
  'aamva_elements',
  'vcard_fields',
  'intl_address',
]);

const TOKEN_DETECTORS = BUILTIN_DETECTORS.filter((d) => !TOKEN_BLIND_DETECTORS.has(d.id));
const NO_DETECTORS: readonly Detector[] = [];

/**
 * The detectors a text goes to: none for ASCII digits alone (no detector finds anything in them
 * without a label or a key beside them), the token detectors for a lower-case token, every one
 * otherwise.
 */
export function detectorsFor(
  ctx: RoutedScan,
  all: readonly Detector[],
  tokenDetectors: readonly Detector[],
): readonly Detector[] {
  if (ctx.digitsOnly) return NO_DETECTORS;
  return ctx.lowerCaseToken ? tokenDetectors : all;
}

export interface DetectOptions {
  /** Types not to report in this text (e.g. `date` in a system timestamp field). */
  skipTypes?: Iterable<PhiType>;
  /** Detectors to run instead of the built-in set. */
  detectors?: readonly Detector[];
}

export function detectText(text: string, options: DetectOptions = {}): DetectedSpan[] {
  if (text.length < 2) return [];
  const norm = normalizeForDetection(text);
  const skip = options.skipTypes ? new Set(options.skipTypes) : undefined;
  const ctx = scanContext(norm.text, skip);
  const detectors = options.detectors ?? detectorsFor(ctx, BUILTIN_DETECTORS, TOKEN_DETECTORS);
  for (const detector of detectors) detector.run(ctx);
  dropKeptSpans(norm.text, ctx.out);
  const hidden = encodedSpans(text, (decoded) => detectText(decoded, options));
  if (ctx.out.length === 0 && hidden.length === 0) return [];
  const mapped =
    norm.text === text
      ? ctx.out
      : ctx.out.map((s) => {
          const [start, end] = norm.toOriginal(s.start, s.end);
          return { ...s, start, end };
        });
  return mergeSpans(hidden.length > 0 ? mapped.concat(hidden) : mapped);
}

export function mergeSpans(spans: DetectedSpan[]): DetectedSpan[] {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedSpan[] = [];
  let cur = { ...(spans[0] as DetectedSpan) };
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i] as DetectedSpan;
    if (s.start < cur.end) {
      if (s.end > cur.end) {
        if (s.end - s.start > cur.end - cur.start) {
          cur.type = s.type;
          cur.ruleId = s.ruleId;
        }
        cur.end = s.end;
      }
      continue;
    }
    out.push(cur);
    cur = { ...s };
  }
  out.push(cur);
  return out;
}
