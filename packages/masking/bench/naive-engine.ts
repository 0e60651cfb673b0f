/**
 * The naive baseline: every built-in detector applied as its own pass over the frame — parse,
 * visit every string, run that one detector's expressions with no pre-checks and no cache,
 * write the frame back — the next pass starting from the previous pass's output.
 */
import { CompiledRules } from '../src/compiled-rules';
import { BUILTIN_DETECTORS } from '../src/detect';
import { maskerFor } from '../src/masker';
import { emptyRulesConfig } from '../src/rule-config';

export function naiveEngine(): (frame: string) => string {
  const passes = BUILTIN_DETECTORS.map((d) =>
    maskerFor(new CompiledRules(emptyRulesConfig(), { only: [d], ungated: true })),
  );
  return (frame) => {
    let text = frame;
    for (const pass of passes) text = pass.maskFrame(text).text;
    return text;
  };
}
