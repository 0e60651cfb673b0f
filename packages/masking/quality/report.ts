/** Plain-text tables of a split's score (the data is synthetic, so examples print in clear). */
import type { SplitScore, TypeScore } from './scoring';
import { pct, TARGETS } from './scoring';

function row(name: string, s: TypeScore, withType: boolean): string {
  const p = pct(s.failed, s.labeled).toFixed(2);
  const typed = withType ? String(s.mistyped).padStart(12) : '';
  return `  ${name.padEnd(16)}${String(s.labeled).padStart(8)}${String(s.failed).padStart(8)}${p.padStart(9)} %${typed}`;
}

function formLine(name: string, s: TypeScore): string[] {
  const worst = Object.entries(s.forms)
    .filter(([, f]) => f.failed > 0)
    .sort((a, b) => b[1].failed / b[1].labeled - a[1].failed / a[1].labeled)
    .map(([form, f]) => `${form} ${f.failed}/${f.labeled}`);
  return worst.length ? [`    ${name.padEnd(16)}${worst.join(', ')}`] : [];
}

function examples(name: string, s: TypeScore, limit: number): string[] {
  return s.examples
    .slice(0, limit)
    .map(
      (e) => `    ${name} ${e.doc}${e.path ? ` @${e.path}` : ''}: ${JSON.stringify(e.value)}  …${e.context}…`,
    );
}

export function formatScore(score: SplitScore, exampleLimit = 3): string {
  const { totals } = score;
  const lines = [
    `split ${score.split}: ${score.docs} documents, engine api: ${score.api}, scored in ${score.ms} ms` +
      (score.unattributed
        ? `, ${score.unattributed} JSON strings changed without spans (scored coarsely)`
        : ''),
    '',
    `  ${'PHI type'.padEnd(16)}${'labeled'.padStart(8)}${'leaked'.padStart(8)}${'leak'.padStart(11)}${'wrong type'.padStart(12)}`,
    ...Object.entries(score.phi).map(([k, s]) => row(k, s, true)),
    `  ${'TOTAL'.padEnd(16)}${String(totals.phiLabeled).padStart(8)}${String(totals.leaked).padStart(8)}${pct(totals.leaked, totals.phiLabeled).toFixed(2).padStart(9)} %   (target ≤ ${TARGETS.leakPct} %)`,
    '',
    `  ${'keep kind'.padEnd(16)}${'labeled'.padStart(8)}${'destroy'.padStart(8)}${'lost'.padStart(11)}`,
    ...Object.entries(score.keep).map(([k, s]) => row(k, s, false)),
    `  ${'TOTAL'.padEnd(16)}${String(totals.keepLabeled).padStart(8)}${String(totals.destroyed).padStart(8)}${pct(totals.destroyed, totals.keepLabeled).toFixed(2).padStart(9)} %   (target ≤ ${TARGETS.destroyedPct} %)`,
  ];
  const weakForms = Object.entries({ ...score.phi, ...score.keep }).flatMap(([k, s]) => formLine(k, s));
  if (weakForms.length) lines.push('', '  failures by format variant (failed/labeled):', ...weakForms);
  const leaks = Object.entries(score.phi).flatMap(([k, s]) => examples(k, s, exampleLimit));
  const destroyed = Object.entries(score.keep).flatMap(([k, s]) => examples(k, s, exampleLimit));
  if (leaks.length) lines.push('', '  leaked (⟦detected⟧):', ...leaks);
  if (destroyed.length) lines.push('', '  keep strings destroyed (⟦detected⟧):', ...destroyed);
  return lines.join('\n');
}
