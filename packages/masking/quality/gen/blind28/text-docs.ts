/** Text documents of blind split 28 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';

type Template = (g: Gen) => Frag;

export const BLIND28_TEXT_DOCS: Record<string, Template> = {};
