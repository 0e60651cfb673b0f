/** Text documents of blind split 34 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';

type Template = (g: Gen) => Frag;

export const BLIND34_TEXT_DOCS: Record<string, Template> = {};
