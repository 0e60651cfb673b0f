/** Json documents of blind split 31 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';

type Template = (g: Gen) => JsonTree;

export const BLIND31_JSON_DOCS: Record<string, Template> = {};
