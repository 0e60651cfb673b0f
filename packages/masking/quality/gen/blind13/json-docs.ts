/**
 * JSON documents of blind split 13: what general-purpose MCP servers (chat, mail, calendar,
 * trackers, wikis, CRMs, databases, spreadsheets, storage, search, logs) return when their
 * data holds PHI, wrapped as MCP carries it. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { MESSAGING_DOCS } from './messaging';
import { TABLE_DOCS } from './tables';
import { WORKTOOL_DOCS } from './worktools';

type Template = (g: Gen) => JsonTree;

export const BLIND13_JSON_DOCS: Record<string, Template> = {
  ...MESSAGING_DOCS,
  ...WORKTOOL_DOCS,
  ...TABLE_DOCS,
};
