/**
 * Text documents of blind split 14: free text from the UK, South Africa, India, Singapore, Hong
 * Kong, Nigeria, Kenya, Ghana, the Philippines and Jamaica, and US report kinds. SYNTHETIC DATA ONLY.
 *
 * Labeling conventions (a HIPAA Safe Harbor reading, applied to every region alike):
 * - Every person's name is PHI: patients, relatives, staff, clinicians, judges, chaplains; in any
 *   form (initials, nicknames, Chinese characters, lower case). Titles and honorifics (Dr, Sister,
 *   Chief, Alhaji, Mrs) and a possessive "'s" stay outside the span.
 * - Every date more precise than a year is PHI, with or without the year; a weekday before it is
 *   not labeled. A year alone is kept; so are system timestamps of exports, audits and messages.
 * - Ages from 90 are PHI, younger ages are kept.
 * - Every address part below the state or province is PHI, whoever's it is (a clinic's too):
 *   street line, town, suburb, village, barangay, district, postcode; provinces and countries are not.
 * - Every phone and fax number is PHI, staff and facility numbers included.
 * - National identity numbers are other_id (SSN only for US SSNs); health-service and insurer
 *   numbers health_plan; hospital numbers mrn; claim and invoice numbers account; professional
 *   registrations and driving licences license; police, court, participant and donation numbers other_id.
 * - Organisations (hospitals, clinics, labs, pharmacies, payers, regulators, vendors) are kept whole;
 *   schools, churches and employers are left unlabeled.
 */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { AGENT_DOCS } from './agent';
import { LETTER_DOCS } from './letters';
import { SAFETY_DOCS } from './safety';
import { SOCIAL_DOCS } from './social';
import { WARD_DOCS } from './wards';

type Template = (g: Gen) => Frag;

export const BLIND14_TEXT_DOCS: Record<string, Template> = {
  ...LETTER_DOCS,
  ...WARD_DOCS,
  ...SAFETY_DOCS,
  ...SOCIAL_DOCS,
  ...AGENT_DOCS,
};
