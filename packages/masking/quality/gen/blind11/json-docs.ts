/** Json documents of blind split 11: MCP messages carrying EHR records of many shapes. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { CATALOG_DOCS } from './catalog-docs';
import { EHR_DOCS } from './ehr-docs';
import { FLOW_DOCS } from './flow-docs';

type Template = (g: Gen) => JsonTree;

export const BLIND11_JSON_DOCS: Record<string, Template> = { ...EHR_DOCS, ...FLOW_DOCS, ...CATALOG_DOCS };
