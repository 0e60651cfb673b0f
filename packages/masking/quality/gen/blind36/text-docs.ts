/** Text documents of blind split 36 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';

type Template = (g: Gen) => Frag;

export const BLIND36_TEXT_DOCS: Record<string, Template> = {};
