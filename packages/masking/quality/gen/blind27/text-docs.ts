/** Text documents of blind split 27 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';

type Template = (g: Gen) => Frag;

export const BLIND27_TEXT_DOCS: Record<string, Template> = {};
