/** Pieces many documents share: record headers, signature blocks, dictation footers, cc lists. */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import { clock, dateOf, plusDays } from './dates16';
import { accountNo, mrnNo, npiNo, phoneNo } from './ids16';
import { anyNameOf, type Someone, signedName, staff } from './people16';

/** "Record date: 2024-03-12 / MRN: 00412887" and the other header shapes EHR exports use. */
export function recordHeader(g: Gen, p: Someone, day: Date): Frag {
  return g.pick([
    () =>
      t`Record date: ${dateOf(g, day, 'iso')}\nMRN: ${mrnNo(g)}\n${anyNameOf(g, p, ['upper', 'upper_mi', 'last_first'])}\n`,
    () =>
      t`PATIENT: ${anyNameOf(g, p, ['upper', 'upper_mi'])}   MRN: ${mrnNo(g)}   DOB: ${dateOf(g, p.dob)}\nDATE OF SERVICE: ${dateOf(g, day)}   ACCT #: ${accountNo(g)}\n`,
    () =>
      t`Name: ${anyNameOf(g, p, ['last_first', 'full', 'full_mi'])} | DOB ${dateOf(g, p.dob)} | MRN ${mrnNo(g)} | Visit ${dateOf(g, day)}\n`,
    () =>
      t`${anyNameOf(g, p, ['upper'])}  (${mrnNo(g)})  DOB: ${dateOf(g, p.dob)}\nEncounter ${accountNo(g)}  ${dateOf(g, day)}\n`,
  ])();
}

/** An electronic signature with credentials, sometimes NPI and a pager. */
export function signature(g: Gen, s: Someone, day: Date, credential?: string): Frag {
  const npi = g.chance(0.5) ? t`\nNPI ${npiNo(g)}` : '';
  const pager = g.chance(0.4) ? t`\n${g.pick(['Pager', 'pgr', 'Cell', 'Office'])} ${phoneNo(g)}` : '';
  return t`\nElectronically signed by ${signedName(g, s, credential)} on ${dateOf(g, day)} at ${clock(g)}${npi}${pager}\n`;
}

/** i2b2-style dictation footer: "D: 03/12/2024 T: 03/13/2024 Job #: 4482913", with initials. */
export function dictationFooter(g: Gen, s: Someone, day: Date, jobNumber: Piece): Frag {
  const typist = staff(g);
  const initials = phi('name', `${s.first[0]}${s.last[0]}`.toLowerCase(), 'initials');
  const typed = phi('name', `${typist.first[0]}${typist.last[0]}`.toLowerCase(), 'initials');
  return t`\n${initials}/${typed}\nD: ${dateOf(g, day)} ${clock(g)}\nT: ${dateOf(g, plusDays(day, g.int(0, 2)))} ${clock(g)}\nJob #: ${jobNumber}\n`;
}

/** "cc: Dr. A, Dr. B" lists of other clinicians. */
export function ccList(g: Gen, people: readonly Someone[]): Frag {
  return t`cc: ${join(
    people.map((p) =>
      g.pick([
        () => t`${phi('name', `${p.first} ${p.last}`, 'cc')}, ${g.pick(['MD', 'DO', 'NP'])}`,
        () => t`Dr. ${phi('name', p.last, 'cc')}`,
      ])(),
    ),
    g.pick(['; ', ', ', '\n    ']),
  )}\n`;
}
