/** Text documents of blind split 17: a printed lab report, a chat transcript, an SMS thread. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { COMMS_TEXT_DOCS } from './comms';
import { LAB_TEXT_DOCS } from './labs';

type Template = (g: Gen) => Frag;

export const BLIND17_TEXT_DOCS: Record<string, Template> = { ...LAB_TEXT_DOCS, ...COMMS_TEXT_DOCS };
