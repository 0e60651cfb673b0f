import type { Scenario } from './scenario';
import { toolsCallScenario } from './tools-call';

export type { Scenario } from './scenario';

/** The first entry is the default. 16 KB is the top of the payload range the targets cover. */
export const SCENARIOS: readonly Scenario[] = [
  toolsCallScenario(1024, 'tools-call-1kb'),
  toolsCallScenario(16 * 1024, 'tools-call-16kb'),
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
