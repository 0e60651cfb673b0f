/**
 * Text documents of blind split 19: what AI agents write and read about patients through MCP
 * (scratchpads, hand-offs, query traces, listings, page text, transcripts, printed dataframes).
 * SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { AGENT_TEXT_DOCS } from './agent';
import { FILE_TEXT_DOCS } from './files';
import { QUERY_TEXT_DOCS } from './queries';
import { RECORD_TEXT_DOCS } from './records';

type Template = (g: Gen, c: Cast) => Frag;

export const BLIND19_TEXT_DOCS: Record<string, Template> = {
  ...AGENT_TEXT_DOCS,
  ...QUERY_TEXT_DOCS,
  ...FILE_TEXT_DOCS,
  ...RECORD_TEXT_DOCS,
};
