/**
 * The masking engine: all rules compiled into one global regular expression, so a string is
 * searched once whatever the number of rules, and nothing is compiled per call.
 */
import type { MaskingRule } from './rules';

export interface RuleMatchCount {
  rule: string;
  count: number;
}

interface KeyedRule {
  index: number;
  key: RegExp;
  value: RegExp;
}

export class MaskingEngine {
  readonly rules: readonly MaskingRule[];
  private readonly combined: RegExp;
  /** For each capture group of `combined`: the index of its rule, or -1 for inner groups. */
  private readonly ruleOfGroup: number[];
  private readonly replacements: string[];
  private readonly keyed: KeyedRule[];

  constructor(rules: readonly MaskingRule[]) {
    this.rules = rules;
    this.replacements = rules.map((r) => r.replacement ?? `[REDACTED:${r.id}]`);
    this.ruleOfGroup = [];
    const alternatives: string[] = [];
    rules.forEach((rule, index) => {
      for (const pattern of rule.patterns) {
        alternatives.push(`(${pattern.source})`);
        this.ruleOfGroup.push(index);
        for (let i = 0; i < countCaptureGroups(pattern); i++) this.ruleOfGroup.push(-1);
      }
    });
    this.combined = new RegExp(alternatives.join('|') || '(?!)', 'gi');
    this.keyed = rules.flatMap((rule, index) =>
      rule.keyed
        ? [{ index, key: withoutGlobal(rule.keyed.key), value: withoutGlobal(rule.keyed.value) }]
        : [],
    );
  }

  /** A fresh per-rule counter for `mask` to add to. */
  newTally(): number[] {
    return new Array<number>(this.rules.length).fill(0);
  }

  /**
   * Masks one string. `key` is the object key the string is the value of, if any. Matches
   * are added to `tally`. Throws if a rule's `accept` throws: callers quarantine.
   */
  mask(text: string, tally: number[], key?: string): string {
    if (key !== undefined) {
      for (const keyed of this.keyed) {
        if (keyed.value.test(text) && keyed.key.test(key)) {
          tally[keyed.index] = (tally[keyed.index] ?? 0) + 1;
          return this.replacements[keyed.index] as string;
        }
      }
    }
    return text.replace(this.combined, (match: string, ...groups: unknown[]) => {
      const index = this.ruleFor(groups);
      if (index < 0) return match;
      const accept = this.rules[index]?.accept;
      if (accept && !accept(match)) return match;
      tally[index] = (tally[index] ?? 0) + 1;
      return this.replacements[index] as string;
    });
  }

  /** Match counts of the rules that matched, in rule order. */
  report(tally: readonly number[]): RuleMatchCount[] {
    const out: RuleMatchCount[] = [];
    tally.forEach((count, index) => {
      const rule = this.rules[index];
      if (count > 0 && rule) out.push({ rule: rule.id, count });
    });
    return out;
  }

  private ruleFor(groups: unknown[]): number {
    for (let g = 0; g < this.ruleOfGroup.length; g++) {
      const index = this.ruleOfGroup[g] as number;
      if (index >= 0 && groups[g] !== undefined) return index;
    }
    return -1;
  }
}

function countCaptureGroups(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1;
}

/** A global or sticky expression keeps state between `test` calls; these are tested many times. */
function withoutGlobal(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}
