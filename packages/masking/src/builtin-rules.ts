/** The built-in rule catalogue: each detector's id and the identifier types it reports. */
import { BUILTIN_DETECTORS } from './detect';
import type { PhiType } from './types';

export interface MaskingRule {
  id: string;
  types: readonly PhiType[];
}

export const BUILTIN_RULE_IDS: readonly MaskingRule[] = BUILTIN_DETECTORS.map((d) => ({
  id: d.id,
  types: d.types,
}));
