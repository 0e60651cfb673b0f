/**
 * Identifiers known by the word in front of them: "MRN 0012345", "Member ID: XKJ123456",
 * "acct# 88812", "DL D1234567", "S/N 12AB3456". One expression holds every label family, so
 * a string is searched once; the capture group that matched names the type.
 */
import type { PhiType } from '../types';
import type { Detector } from './detector';

const NUM = '(?:\\s?(?:number|num|no\\.?|#|id|identifier))';
const FAMILIES: [PhiType, string, string][] = [
  [
    'vehicle',
    'license_plate',
    `licen[cs]e plate${NUM}?|licen[cs]e tag|plate${NUM}?|tag\\s?(?:number|no\\.?|#)|vin|vehicle${NUM}|vehicle identification number|registration\\s?(?:number|no\\.?|#)`,
  ],
  [
    'mrn',
    'mrn_context',
    `mrn|mr\\s?#|mr\\s?no\\.?|medical record${NUM}?|med(?:ical)?\\.? rec(?:ord)?\\.?${NUM}|chart${NUM}|patient${NUM}|pt\\.?\\s?(?:id|#)|hospital${NUM}|unit (?:number|no\\.?)|record${NUM}|ehr${NUM}|emr${NUM}`,
  ],
  [
    'health_plan',
    'health_plan_context',
    `member${NUM}|subscriber${NUM}|policy${NUM}|group${NUM}|insurance${NUM}|insured${NUM}|medicaid${NUM}?|medicare${NUM}?|beneficiary${NUM}?|hicn|mbi|health plan${NUM}?|plan${NUM}`,
  ],
  [
    'account',
    'account_context',
    `account${NUM}?|acct\\.?${NUM}?|a/c|billing${NUM}|billing account|invoice${NUM}|claim${NUM}|iban|routing${NUM}?|guarantor${NUM}`,
  ],
  [
    'license',
    'license_context',
    `driver'?s?\\s+licen[cs]e${NUM}?|licen[cs]e${NUM}?|lic\\.?\\s?(?:#|no\\.?)|dl(?=\\s?[#:])|dl${NUM}|cdl|certificate${NUM}|cert\\.?\\s?(?:#|no\\.?)|npi${NUM}?|dea${NUM}?|dea registration|passport${NUM}?|state id|upin`,
  ],
  [
    'device',
    'device_context',
    `serial${NUM}?|s/n|sn|device${NUM}|device serial|udi|imei|meid|implant${NUM}|implant serial|pacemaker serial`,
  ],
  [
    'biometric',
    'biometric_context',
    `(?:finger\\s?print|voice\\s?print|retina(?:l)? scan|iris scan|face\\s?print|facial (?:scan|template|geometry)|palm\\s?print|biometric|dna (?:sample|profile))(?:\\s?(?:id|template|hash|#|ref|reference|record|file))?`,
  ],
  [
    'photo',
    'photo_context',
    `photo(?:graph)?(?:\\s?(?:id|#|file|ref))?|headshot|mugshot|selfie|image\\s?(?:id|#)`,
  ],
  [
    'other_id',
    'other_id_context',
    `case${NUM}|encounter${NUM}|visit${NUM}|episode${NUM}|accession${NUM}?|specimen${NUM}|requisition${NUM}|order${NUM}|employee${NUM}|badge${NUM}|student${NUM}|admission${NUM}|confirmation${NUM}|confirmation code|ticket${NUM}|national id|tax id|ein|tin|itin|fin|csn|har|enc\\s?#|ref(?:erence)?\\s?(?:#|no\\.?|number)`,
  ],
];

const VALUE = '([A-Za-z0-9][A-Za-z0-9-]{1,24}(?:\\s\\d[A-Za-z0-9-]{0,10})?)';
const SEP = '[\\s:#=.-]{0,4}(?:(?:is|was|of)\\s+)?[\\s:#=-]{0,3}';
const LABELLED_RE = new RegExp(
  `\\b(?:${FAMILIES.map(([, , labels]) => `(${labels})`).join('|')})${SEP}${VALUE}(?![A-Za-z0-9])`,
  'gid',
);
const VALUE_GROUP = FAMILIES.length + 1;
const YEAR_ONLY = /^(?:19|20)\d\d$/;
const HAS_DIGIT_RUN = /\d{2}/;

export const labelledIds: Detector = {
  id: 'labelled_ids',
  types: FAMILIES.map(([type]) => type),
  run(ctx) {
    if (!ctx.hasDigit || !HAS_DIGIT_RUN.test(ctx.text)) return;
    const re = LABELLED_RE;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
      const value = m[VALUE_GROUP];
      const span = m.indices?.[VALUE_GROUP];
      if (value === undefined || !span || !/\d/.test(value)) continue;
      const family = FAMILIES.findIndex((_, i) => m[i + 1] !== undefined);
      const [type, ruleId] = FAMILIES[family] ?? ['other_id', 'other_id_context'];
      const labelEnd = m.indices?.[family + 1]?.[1] ?? 0;
      // A label glued to its value takes digits ("MRN0012345"), never more letters ("licensee").
      if (span[0] === labelEnd && !/^\d/.test(value)) continue;
      if (YEAR_ONLY.test(value) || ctx.skip?.has(type)) continue;
      ctx.out.push({ start: span[0], end: span[1], type, ruleId });
    }
  },
};
