/** Json documents of blind split 9: mostly machine-made structures. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { cdsHooksExchange, dicomJsonStudies, fhirJsonPatchAudit, openEhrFlat } from './json-clinical';
import { cloudAuditRecord, harEntry, otlpSpans, podLogRecord, searchHits } from './json-ops';
import {
  biobankManifest,
  deviceTelemetryUpload,
  dispensacionFarmacia,
  healthAppExport,
  researchCrosswalk,
} from './json-records';
import { chatAlertWebhook, injuryClaimIntake, serviceDeskIncident } from './json-tickets';

type Template = (g: Gen) => JsonTree;

export const BLIND9_JSON_DOCS: Record<string, Template> = {
  dicomJsonStudies,
  openEhrFlat,
  cdsHooksExchange,
  fhirJsonPatchAudit,
  searchHits,
  otlpSpans,
  cloudAuditRecord,
  podLogRecord,
  harEntry,
  serviceDeskIncident,
  chatAlertWebhook,
  injuryClaimIntake,
  healthAppExport,
  deviceTelemetryUpload,
  dispensacionFarmacia,
  researchCrosswalk,
  biobankManifest,
};
