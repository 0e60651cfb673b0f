/** Json documents of blind split 34 (templates to be written). SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';

type Template = (g: Gen) => JsonTree;

export const BLIND34_JSON_DOCS: Record<string, Template> = {};
