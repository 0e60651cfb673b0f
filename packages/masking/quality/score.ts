/**
 * Scores the masking engine on the labeled synthetic quality set.
 *
 *   node bin/run-ts.mjs packages/masking/quality/score.ts [--split dev|heldout|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|blind25|blind26|blind27|blind28|blind29|blind30|blind31|blind32|blind33|blind34|blind35|blind36|blind37|all]
 *        [--json] [--examples N] [--write-baseline] [--show DOC_ID] [--seed N]
 *
 * Prints, per identifier type, labeled spans, leaked spans and leak %, and per keep kind the
 * keep strings destroyed, with totals and the first leaked/destroyed examples of each type.
 * `--write-baseline` records the measured rates (rounded up) as the regression baseline;
 * `--show dev/hpiNote/3` prints one document with the detected parts marked; `--seed N` draws
 * the split anew from its templates (a score should not depend on one draw).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BASELINE_PATH, baselineFrom, loadBaseline } from './baseline';
import { generateSplit } from './dataset';
import { loadEngine } from './engine-adapter';
import { SPLITS, type Split } from './labels';
import { formatScore } from './report';
import { type SplitScore, scoreDocs } from './scoring';
import { showDoc } from './show';

export function scoreSplit(split: Split, seed?: number): SplitScore {
  return scoreDocs(split, generateSplit(split, seed), loadEngine());
}

const USAGE = `usage: score.ts [--split ${SPLITS.join('|')}|all] [--json] [--examples N]
                [--write-baseline] [--show DOC_ID] [--seed N]
  --split NAME       score one split (default: all)
  --json             print the scores as JSON
  --examples N       leaked and destroyed examples to print per type (default 3)
  --write-baseline   record the measured rates as the regression baseline (committed seeds only)
  --show DOC_ID      print one document with the detected parts marked (e.g. dev/hpiNote/3)
  --seed N           draw the split anew from its templates with another seed
`;

const OPTIONS = {
  split: { type: 'string', default: 'all' },
  json: { type: 'boolean', default: false },
  examples: { type: 'string', default: '3' },
  'write-baseline': { type: 'boolean', default: false },
  show: { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The parsed options, or usage on stderr and exit 2 for `--help`, an unknown option or a stray argument. */
function parseOptions(args: string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'] {
  try {
    const { values } = parseArgs({ args, options: OPTIONS });
    if (!values.help) return values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
  }
  process.stderr.write(USAGE);
  process.exit(2);
}

function main(): void {
  const values = parseOptions(process.argv.slice(2));
  if (values.show) {
    const split = values.show.split('/')[0] as Split;
    const doc = SPLITS.includes(split) ? generateSplit(split).find((d) => d.id === values.show) : undefined;
    if (!doc) {
      process.stderr.write(`no document "${values.show}" (ids look like dev/hpiNote/3)\n`);
      process.exit(2);
    }
    process.stdout.write(`${showDoc(doc, loadEngine())}\n`);
    return;
  }
  const splits = values.split === 'all' ? SPLITS : SPLITS.filter((s) => s === values.split);
  if (splits.length === 0) {
    process.stderr.write(`unknown split "${values.split}" (expected ${SPLITS.join(', ')} or all)\n`);
    process.exit(2);
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    process.stderr.write(`--seed must be an integer, got "${values.seed}"\n`);
    process.exit(2);
  }
  if (seed !== undefined && values['write-baseline']) {
    process.stderr.write('--write-baseline takes the committed seeds only\n');
    process.exit(2);
  }
  const scores = splits.map((split) => scoreSplit(split, seed));
  if (values.json) process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
  else
    process.stdout.write(`${scores.map((s) => formatScore(s, Number(values.examples) || 0)).join('\n\n')}\n`);
  if (values['write-baseline']) writeBaseline(scores);
}

/** Replaces the scored splits' baselines, keeps the rest. */
function writeBaseline(scores: readonly SplitScore[]): void {
  const fresh = baselineFrom(scores);
  const splits = { ...loadBaseline()?.splits, ...fresh.splits };
  writeFileSync(BASELINE_PATH, `${JSON.stringify({ ...fresh, splits }, null, 2)}\n`);
  process.stderr.write(`baseline written for ${Object.keys(splits).join(', ')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
