/** Json documents of blind split 17: mainstream health data as MCP tool results and arguments. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { CLAIM_DOCS } from './claims';
import { COMMS_JSON_DOCS } from './comms';
import { CRM_DOCS } from './crm';
import { EHR_DOCS } from './ehr';
import { LAB_JSON_DOCS } from './labs';
import { RECORD_DOCS } from './records';
import { SCHEDULING_DOCS } from './scheduling';

type Template = (g: Gen) => JsonTree;

export const BLIND17_JSON_DOCS: Record<string, Template> = {
  ...EHR_DOCS,
  ...SCHEDULING_DOCS,
  ...LAB_JSON_DOCS,
  ...CLAIM_DOCS,
  ...COMMS_JSON_DOCS,
  ...CRM_DOCS,
  ...RECORD_DOCS,
};
