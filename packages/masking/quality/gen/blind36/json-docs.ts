/** Json documents of blind split 36 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';

type Template = (g: Gen) => JsonTree;

export const BLIND36_JSON_DOCS: Record<string, Template> = {};
