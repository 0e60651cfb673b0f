/** JSON documents of blind split 18: a rendered note wrapped by an EHR API. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import type { JsonTree } from '../fragment';
import { noteResult } from './api';

type Template = (g: Gen, c: Cast) => JsonTree;

export const BLIND18_JSON_DOCS: Record<string, Template> = {
  'blind18-api-note-result': noteResult,
};
