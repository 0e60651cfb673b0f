/** Held-out split: rarer identifiers in phrasings the dev split never uses. */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';

type Extra = (g: Gen, c: Cast) => Frag;

const EXTRAS: Extra[] = [
  (g) => t`Valet ticket notes ${id.vehicle(g)} in lot B.`,
  (g) => t`Device check: ${k.deviceName(g)} interrogated (${id.device(g)}), battery ok.`,
  (g, c) => t`Family updates posted at ${id.urlValue(g, c.relative.last)}`,
  (g) => t`Video visit connected via ${id.ipValue(g)} (audit).`,
  (g) => t`Check-in kiosk matched ${id.biometric(g)}.`,
  (g, c) => t`Clinical image ${id.photoFile(g, c.pt.last)} uploaded to media tab.`,
  (g) => t`Interpreter requested; ${id.otherId(g)} verified at registration.`,
  (g, c) => t`Signed order: ${id.license(g, c.consultant.last)}.`,
  (g) => t`Balance due on ${id.account(g)}.`,
  (g) => t`Coverage verified — ${id.healthPlan(g)}.`,
  (g) => t`Demographics updated (${id.ssn(g)}).`,
  (g) => t`Please send the path report to ${id.fax(g)}.`,
  (g, c) => t`Prefers contact at ${id.email(g, c.pt.first, c.pt.last)}.`,
  (g) => t`House-wide today: ${k.statistic(g)}.`,
  (g) => t`(ticket ${k.uuid(g)})`,
  (g) => t`Template rev ${k.version(g)}.`,
  (g, c) => t`Documented age ${ageSpan(g, c)}.`,
  (g) => t`Screened for ${k.eponym(g)}; negative.`,
];

export function heldoutExtras(g: Gen, c: Cast, min: number, max: number): Frag {
  return join(
    g.some(EXTRAS, min + 1, max + 2).map((e) => e(g, c)),
    g.pick([' ', '\n']),
  );
}
