/** Json documents of blind split 30 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';

type Template = (g: Gen) => JsonTree;

export const BLIND30_JSON_DOCS: Record<string, Template> = {};
