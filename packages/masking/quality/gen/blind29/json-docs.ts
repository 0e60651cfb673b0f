/** Json documents of blind split 29 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';

type Template = (g: Gen) => JsonTree;

export const BLIND29_JSON_DOCS: Record<string, Template> = {};
