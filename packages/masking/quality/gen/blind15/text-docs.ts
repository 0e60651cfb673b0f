/**
 * Text documents of blind split 15: HL7 v2, X12, C-CDA and NCPDP XML, git diffs, CI and
 * database logs, as interface engines, clearinghouses and developer tools emit them. The
 * split's labeling conventions are written down in `hl7.ts`. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { DEVLOG_TEMPLATES } from './devlogs';
import { HL7_TEMPLATES } from './hl7';
import { X12_TEMPLATES } from './x12';
import { XML_TEMPLATES } from './xml';

type Template = (g: Gen) => Frag;

export const BLIND15_TEXT_DOCS: Record<string, Template> = {
  ...HL7_TEMPLATES,
  ...X12_TEMPLATES,
  ...XML_TEMPLATES,
  ...DEVLOG_TEMPLATES,
};
