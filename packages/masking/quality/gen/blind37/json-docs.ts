/** Json documents of blind split 37 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';

type Template = (g: Gen) => JsonTree;

export const BLIND37_JSON_DOCS: Record<string, Template> = {};
