/**
 * JSON documents of blind split 19: MCP frames an agent sends and receives while it works on
 * patients (tool calls in natural language, sampling, elicitation, RAG hits, office tools).
 * SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { AGENT_JSON_DOCS } from './agent';
import { DIALOG_JSON_DOCS } from './dialogs';
import { FILE_JSON_DOCS } from './files';
import { OFFICE_JSON_DOCS } from './office';
import { QUERY_JSON_DOCS } from './queries';
import { RECORD_JSON_DOCS } from './records';
import { RETRIEVAL_JSON_DOCS } from './retrieval';

type Template = (g: Gen, c: Cast) => JsonTree;

export const BLIND19_JSON_DOCS: Record<string, Template> = {
  ...AGENT_JSON_DOCS,
  ...DIALOG_JSON_DOCS,
  ...QUERY_JSON_DOCS,
  ...RETRIEVAL_JSON_DOCS,
  ...OFFICE_JSON_DOCS,
  ...FILE_JSON_DOCS,
  ...RECORD_JSON_DOCS,
};
