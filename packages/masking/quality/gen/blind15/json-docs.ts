/**
 * JSON documents of blind split 15: FHIR resources, data-store results, telemetry, DICOM
 * JSON and agent tooling, wrapped as MCP carries them (tool results with text blocks and
 * structured content, resource reads, tool calls, sampling and elicitation). The split's
 * labeling conventions are written down in `hl7.ts`. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { AGENT_TEMPLATES } from './agent';
import { FHIR_TEMPLATES } from './fhir';
import { STORE_TEMPLATES } from './stores';
import { TELEMETRY_TEMPLATES } from './telemetry';

type Template = (g: Gen) => JsonTree;

export const BLIND15_JSON_DOCS: Record<string, Template> = {
  ...FHIR_TEMPLATES,
  ...STORE_TEMPLATES,
  ...AGENT_TEMPLATES,
  ...TELEMETRY_TEMPLATES,
};
