/** Json documents of blind split 20: HIM and administration records in MCP frames. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import {
  cardOcrResult,
  caseReportCall,
  codingQueryRecord,
  deficiencyQueue,
  firstReportOfInjury,
  mdsItemSet,
  patientStatement,
} from './json-claims';
import {
  auditEvents,
  credentialingRoster,
  disclosureAccounting,
  empiMerge,
  payerEnrollmentCall,
  roiRequestCall,
  scanIndex,
} from './json-him';

type Template = (g: Gen, c: Cast) => JsonTree;

export const BLIND20_JSON_DOCS: Record<string, Template> = {
  b20RoiRequestCall: roiRequestCall,
  b20DisclosureAccounting: disclosureAccounting,
  b20EmpiMerge: empiMerge,
  b20CredentialingRoster: credentialingRoster,
  b20PayerEnrollmentCall: payerEnrollmentCall,
  b20ScanIndex: scanIndex,
  b20AuditEvents: auditEvents,
  b20CardOcrResult: cardOcrResult,
  b20CaseReportCall: caseReportCall,
  b20FirstReportOfInjury: firstReportOfInjury,
  b20PatientStatement: patientStatement,
  b20CodingQueryRecord: codingQueryRecord,
  b20DeficiencyQueue: deficiencyQueue,
  b20MdsItemSet: mdsItemSet,
};
