/**
 * Regression baseline: the rates the engine last measured, rounded up slightly, for every
 * split. The test holds the engine to it per type and kind (no regressions), and to the
 * targets as well once a split meets them: lowering a baseline is how an improvement is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KeepKind, PhiType, Split } from './labels';
import { pct, type SplitScore, TARGETS } from './scoring';

export const BASELINE_PATH = fileURLToPath(new URL('./baseline.json', import.meta.url));

export interface SplitBaseline {
  totalLeakPct: number;
  totalDestroyedPct: number;
  leakPct: Partial<Record<PhiType, number>>;
  destroyedPct: Partial<Record<KeepKind, number>>;
}

export interface Baseline {
  note: string;
  splits: Partial<Record<Split, SplitBaseline>>;
}

/** Up to the next tenth of a percentage point, with at least 0.05 points of slack. */
export function roundUp(value: number): number {
  return Math.ceil((value + 0.05) * 10) / 10;
}

/** Baselines for the scored splits: each type's and kind's measured rate, rounded up. */
export function baselineFrom(scores: readonly SplitScore[]): Baseline {
  const splits: Baseline['splits'] = {};
  for (const s of scores) {
    splits[s.split] = {
      totalLeakPct: roundUp(pct(s.totals.leaked, s.totals.phiLabeled)),
      totalDestroyedPct: roundUp(pct(s.totals.destroyed, s.totals.keepLabeled)),
      leakPct: Object.fromEntries(
        Object.entries(s.phi).map(([k, t]) => [k, roundUp(pct(t.failed, t.labeled))]),
      ),
      destroyedPct: Object.fromEntries(
        Object.entries(s.keep).map(([k, t]) => [k, roundUp(pct(t.failed, t.labeled))]),
      ),
    };
  }
  return {
    note: `Measured rates, rounded up, per split, type and kind: a regression guard (targets: leak <= ${TARGETS.leakPct} %, keep destroyed <= ${TARGETS.destroyedPct} %). Lower them as the engine improves (score.ts --write-baseline).`,
    splits,
  };
}

export function loadBaseline(path = BASELINE_PATH): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  if (!parsed || typeof parsed !== 'object' || typeof parsed.splits !== 'object') {
    throw new Error(`${path}: not a quality baseline (expected { note, splits })`);
  }
  return parsed;
}

/** Every type and kind measured above its baseline rate, and the totals, as readable lines. */
export function regressions(score: SplitScore, limits: SplitBaseline): string[] {
  const over: string[] = [];
  const check = (name: string, failed: number, labeled: number, limit: number | undefined): void => {
    const rate = pct(failed, labeled);
    if (limit !== undefined && rate > limit) over.push(`${name} ${rate.toFixed(2)} % > baseline ${limit} %`);
  };
  for (const [type, s] of Object.entries(score.phi)) {
    check(`${type} leaked`, s.failed, s.labeled, limits.leakPct[type as PhiType]);
  }
  for (const [kind, s] of Object.entries(score.keep)) {
    check(`${kind} destroyed`, s.failed, s.labeled, limits.destroyedPct[kind as KeepKind]);
  }
  check('total leaked', score.totals.leaked, score.totals.phiLabeled, limits.totalLeakPct);
  check('total destroyed', score.totals.destroyed, score.totals.keepLabeled, limits.totalDestroyedPct);
  return over;
}
