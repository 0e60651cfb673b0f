/** Text documents of blind split 9: mostly machine text. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { debeziumChangeEvent, protobufTextFormat, sqlMigration } from './text-data';
import { edifactLabReport, fixedWidthEligibility, x12Claim837p } from './text-edi';
import { astmRecords, limsSemicolonCsv } from './text-lab';
import { cefPrivacySyslog, curlFromDevtools, objectStoreListing, shellHistory } from './text-ops';

type Template = (g: Gen) => Frag;

export const BLIND9_TEXT_DOCS: Record<string, Template> = {
  astmRecords,
  limsSemicolonCsv,
  x12Claim837p,
  edifactLabReport,
  fixedWidthEligibility,
  cefPrivacySyslog,
  shellHistory,
  curlFromDevtools,
  objectStoreListing,
  sqlMigration,
  protobufTextFormat,
  debeziumChangeEvent,
};
