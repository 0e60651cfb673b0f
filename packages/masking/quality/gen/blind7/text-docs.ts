/**
 * Text documents of blind split 7: mostly structured and machine text (HL7 v2, FHIR XML and
 * NDJSON, NCPDP SCRIPT, X12 834, AAMVA barcodes, iCalendar, vCard, MIME mail, access logs,
 * logfmt, stack traces with SQL, portal HTML, Markdown, PDF form text, MCP JSON-RPC).
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { markdownTable, pdfFormText, portalHtml } from './forms';
import { hl7Adt, hl7Oru, hl7Scheduling } from './hl7';
import { accessLog, jsonLogText, stackTraceSql } from './logs';
import { mcpToolsCall } from './mcp-text';
import { iCalendar, mimeMail, vCard } from './personal';
import { aamvaScan, bulkNdjson, fhirXml, ncpdpScript, x12Enrolment } from './wire';

type Template = (g: Gen) => Frag;

export const BLIND7_TEXT_DOCS: Record<string, Template> = {
  b7Hl7AdtMessage: hl7Adt,
  b7Hl7OruResult: hl7Oru,
  b7Hl7SiuMdmDft: hl7Scheduling,
  b7FhirXmlResource: fhirXml,
  b7FhirBulkNdjson: bulkNdjson,
  b7NcpdpNewRx: ncpdpScript,
  b7X12Enrolment834: x12Enrolment,
  b7AamvaIdScan: aamvaScan,
  b7ICalendarEvent: iCalendar,
  b7VCardContact: vCard,
  b7MimeMessage: mimeMail,
  b7AccessAndLogfmt: accessLog,
  b7JsonLogLines: jsonLogText,
  b7StackTraceSql: stackTraceSql,
  b7PortalHtml: portalHtml,
  b7MarkdownTable: markdownTable,
  b7PdfFormText: pdfFormText,
  b7McpToolsCall: mcpToolsCall,
};
