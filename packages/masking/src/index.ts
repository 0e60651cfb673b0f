import { MaskingEngine } from './engine';
import { type MaskResult, maskJsonWith } from './json-masker';
import { DEFAULT_RULES, type MaskingRule } from './rules';

export { MaskingEngine, type RuleMatchCount } from './engine';
export { type MaskResult, QUARANTINED_JSON } from './json-masker';
export { DEFAULT_RULES, type MaskingRule } from './rules';

const engines = new WeakMap<readonly MaskingRule[], MaskingEngine>();

/** The engine for a rule set, compiled once per rule-set array. */
export function engineFor(rules: readonly MaskingRule[] = DEFAULT_RULES): MaskingEngine {
  let engine = engines.get(rules);
  if (!engine) {
    engine = new MaskingEngine(rules);
    engines.set(rules, engine);
  }
  return engine;
}

/** Masks every string value and object key of a JSON text; invalid JSON or a failing rule quarantines it. */
export function maskJsonText(text: string, rules?: readonly MaskingRule[]): MaskResult {
  return maskJsonWith(engineFor(rules), text);
}

/** Masks one string. Throws if a rule throws (a caller masking free text must not fall back to it). */
export function maskString(text: string, rules?: readonly MaskingRule[]): string {
  const engine = engineFor(rules);
  return engine.mask(text, engine.newTally());
}
