/**
 * Chart screens printed as text: the MAR, flowsheet rows, the care-team block, In Basket
 * routing comments and telephone encounters. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { email, fax, npiValue, phoneValue, serialValue } from '../identifiers';
import { version } from '../keep-vocab';
import type { Person } from '../people';
import { problem } from './codes';
import { banner, clock, later, mrnNo, NURSE_CREDENTIALS, nurse, ptName, staff, usPhone, when } from './ehr';
import { CLINICS, HOSPITALS, org, PHARMACIES } from './orgs';
import { deviceModel } from './terms';
import { drugLine, labResult, vitalSet } from './vocab';

/** Nurse initials as MAR columns print them, labeled as names. */
function initials(p: Person): Frag {
  return t`${phi('name', `${p.first[0]}${p.last[0]}`, 'initials')}`;
}

export function marPrint(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 4));
  const nurses = [nurse(g), nurse(g)];
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const given = g.pick(nurses);
    return t`${drugLine(g)}
    ${when(g, day)} ${clock(g)}  ${g.pick(['Given', 'Given', 'Held - NPO', 'Refused', 'Given - late'])}  ${initials(given)}  Scanned: wristband ${mrnNo(g, c)}`;
  });
  const legend = join(
    nurses.map((p) => t`${initials(p)} = ${staff(g, p, NURSE_CREDENTIALS)}`),
    '   ',
  );
  return t`MEDICATION ADMINISTRATION RECORD   ${when(g, day)} 0700 - ${when(g, later(day, 1))} 0659
${banner(g, c)}
${join(rows, '\n')}
PCA/infusion: ${deviceModel(g, 'pump')} channel B, pump S/N ${serialValue(g)}
Initials: ${legend}
Printed by ${staff(g, nurse(g), NURSE_CREDENTIALS)} ${when(g, day)} ${clock(g)}  Report ${version(g)}`;
}

export function flowsheetRows(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 3));
  const team = [nurse(g), nurse(g), nurse(g)];
  const rows = Array.from({ length: g.int(4, 7) }, () => {
    const rn = g.pick(team);
    return t`${when(g, day)} ${clock(g)}  ${join(vitalSet(g, 3), '  ')}  -${initials(rn)}`;
  });
  return t`Flowsheet: Vitals / I&O
${ptName(g, c)}  ${mrnNo(g, c)}
${join(rows, '\n')}
Intake ${g.int(600, 2400)} mL / Output ${g.int(300, 2100)} mL (24h)
POC ${labResult(g)} at ${clock(g)}
Legend: ${join(
    team.map((p) => t`${initials(p)} ${staff(g, p, NURSE_CREDENTIALS)}`),
    '; ',
  )}`;
}

function member(g: Gen, p: Person, role: string): Frag {
  return t`${staff(g, p)}  ${role}
    ${org(g, g.pick([CLINICS, HOSPITALS]))}  Phone: ${usPhone(g)}  Fax: ${usPhone(g, 'fax')}
    NPI ${npiValue(g)}${g.chance(0.3) ? t`  ${email(g, p.first, p.last)}` : ''}`;
}

export function careTeamBlock(g: Gen, c: Cast): Frag {
  return t`Patient Care Team
${ptName(g, c)} (MRN ${mrnNo(g, c)})
${member(g, c.attending, 'PCP - General')}
${member(g, c.consultant, g.pick(['Cardiologist', 'Nephrologist', 'Oncologist', 'Endocrinologist']))}
${member(g, nurse(g), 'Care Manager, RN')}
Preferred pharmacy: ${org(g, PHARMACIES)} ${usPhone(g)} ${fax(g)}
Last updated ${when(g, c.admit)} by ${staff(g, nurse(g), ['MA', 'RN'])}`;
}

export function routingComment(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 6));
  const caller = g.chance(0.5)
    ? t`Pt ${phi('name', c.pt.first.toLowerCase(), 'first_lower')}`
    : t`${c.relation} ${phi('name', c.relative.first, 'first')}`;
  return t`Telephone Encounter
${banner(g, c)}
Call from: ${caller}  ${phoneValue(g)} (${g.pick(['cell', 'home', 'work', 'ok to leave msg'])})
Reason for call: ${g.pick(['Med refill', 'Test results', 'Symptoms'])}
${caller} called asking about ${drugLine(g)} refill, states pharmacy ${org(g, PHARMACIES)} says no refills left. Last seen ${when(g, later(day, -g.int(30, 200)))}. Dx: ${problem(g)}.
Routing comment: ${staff(g, c.attending)} pls review, ok to refill x90d? -${staff(g, nurse(g), ['MA', 'LPN', 'RN'])} ${when(g, day)} ${clock(g)}
Reply: ok to refill. Needs labs (${labResult(g)} last time) before next visit. -${phi('name', `${c.attending.first[0]}${c.attending.last[0]}`, 'initials')}
Pt notified ${when(g, day)} at ${clock(g)}, verbalized understanding.`;
}
