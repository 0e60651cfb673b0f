/**
 * Text documents of blind split 10: mainstream free text as MCP tools return it (notes, reports,
 * letters, e-mail, schedules, reminders, billing narratives, chats). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { LETTER_DOCS } from './letters';
import { MESSAGE_DOCS } from './messages';
import { NOTE_DOCS } from './notes';

type Template = (g: Gen) => Frag;

export const BLIND10_TEXT_DOCS: Record<string, Template> = { ...NOTE_DOCS, ...LETTER_DOCS, ...MESSAGE_DOCS };
