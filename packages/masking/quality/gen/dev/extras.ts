/** Dev split: single sentences carrying the rarer identifiers, mixed into longer documents. */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';

type Extra = (g: Gen, c: Cast) => Frag;

const EXTRAS: Extra[] = [
  (g) => t`Patient arrived by car, ${id.vehicle(g)}.`,
  (g) => t`Implanted ${k.deviceName(g)}, ${id.device(g)}.`,
  (g, c) => t`Patient portal: ${id.urlValue(g, c.pt.last)}`,
  (g) => t`Telehealth session from IP ${id.ipValue(g)}.`,
  (g) => t`Identity verified with ${id.biometric(g)}.`,
  (g, c) => t`${id.photo(g, c.pt.last)} attached to chart.`,
  (g) => t`Also known by ${id.otherId(g)}.`,
  (g, c) => t`Prescriber ${id.license(g, c.attending.last)}.`,
  (g) => t`${id.account(g)} billed on discharge.`,
  (g) => t`Insurance: ${id.healthPlan(g)}.`,
  (g) => t`Registration: ${id.ssn(g)}.`,
  (g) => t`Records sent by ${id.fax(g)}.`,
  (g, c) => t`Email on file: ${id.email(g, c.pt.first, c.pt.last)}.`,
  (g) => t`Unit today: ${k.statistic(g)}.`,
  (g) => t`Order ref ${k.uuid(g)}.`,
  (g) => t`EHR build ${k.version(g)}.`,
  (g, c) => t`Age at visit: ${ageSpan(g, c)}.`,
  (g) => t`Family history of ${k.eponym(g)}.`,
];

export function devExtras(g: Gen, c: Cast, min: number, max: number): Frag {
  const picked = g.some(EXTRAS, min + 1, max + 2).map((e) => e(g, c));
  return join(picked, ' ');
}
