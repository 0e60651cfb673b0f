/** Blind split: sentences carrying the rarer identifiers, in phrasings the other splits lack. */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, t } from '../fragment';
import * as id from '../identifiers';
import * as k from './keep';
import * as p from './phi';

type Extra = (g: Gen, c: Cast) => Frag;

const EXTRAS: Extra[] = [
  (g) => t`Parking permit issued for VIN ${p.vin(g)}.`,
  (g) => t`Reg. ${p.plate(g)} noted on the transport form.`,
  (g) => t`Implant card: ${k.device(g)}, UDI ${p.udi(g)}.`,
  (g) => t`Pump swapped, old unit serial ${p.serial(g)} returned.`,
  (g) => t`Chart link: ${p.url(g)}`,
  (g) => t`Portal login from ${p.ip(g)} flagged for review.`,
  (g) => t`Enrolled ${p.biometric(g)} at the front desk.`,
  (g, c) => t`Wound photograph ${p.photo(g, c.pt)} saved.`,
  (g) => t`Registration also lists ${p.otherId(g)}.`,
  (g, c) => t`Co-signed by NPI ${p.npi(g)}; DEA ${p.dea(g, c.attending)}.`,
  (g) => t`Medicare Beneficiary Identifier ${p.mbi(g)} on file.`,
  (g) => t`Self-pay balance, Patient Acct No ${p.account(g)}.`,
  (g) => t`ID band scanned; ${id.ssn(g)} matched.`,
  (g, c) => t`Reply to ${p.email(g, c.relative)} if needed.`,
  (g) => t`Release of information faxed to ${p.phone(g, 'fax')}.`,
  (g) => t`Hospital status: ${k.statistic(g)}.`,
  (g) => t`Interface msg ${k.uuid(g)} at ${k.timestamp(g)}.`,
  (g) => t`Form version ${k.version(g)}.`,
  (g, c) => t`Stated age ${ageSpan(g, c)}.`,
  (g) => t`History of ${k.eponym(g)} (${k.year(g)}).`,
  (g) => t`Client negotiated MCP ${k.protocolRevision(g)}.`,
];

export function blindExtras(g: Gen, c: Cast, min: number, max: number): Frag {
  return join(
    g.some(EXTRAS, min + 1, max + 2).map((e) => e(g, c)),
    g.pick([' ', '\n']),
  );
}
