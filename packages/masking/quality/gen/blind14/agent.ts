/**
 * What an AI assistant writes after reading a record for a clinician: Markdown summaries with
 * bullets, bold labels and tables, and a chat reply in lower case. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, t } from '../fragment';
import { dateIn, fullDateIn, plusDays, recent, shortDateIn } from './dates';
import { aadhaar, hospitalNo, nhsNumber, nric, philHealth, saId, schemeMember } from './ids';
import {
  ageOf,
  code,
  deviceName,
  drugDose,
  eponym,
  hospital,
  lab,
  statistic,
  timestamp,
  uuid,
  version,
  year,
} from './keeps';
import type { Region } from './names';
import { anyNameAs, nameAs, patient, person, staff, staffName } from './people';
import { ageSex, deviceSerial, ipAddress, portalUrl, sexLetter } from './pieces';
import { addressIn, addressText, emailFor, phoneIn } from './places';

const REGIONS: readonly Region[] = ['uk', 'za', 'in', 'sg', 'ph', 'ng', 'ke', 'jm'];

function nationalId(g: Gen, region: Region, dob: Date, sex: 'female' | 'male'): Frag {
  switch (region) {
    case 'uk':
      return t`NHS no. ${nhsNumber(g)}`;
    case 'za':
      return t`SA ID ${saId(g, dob, sex)}`;
    case 'in':
      return t`Aadhaar ${aadhaar(g)}`;
    case 'sg':
      return t`NRIC ${nric(g, dob.getUTCFullYear())}`;
    case 'ph':
      return t`PhilHealth ${philHealth(g)}`;
    default:
      return t`member no. ${schemeMember(g, region)}`;
  }
}

export function agentRecordSummary(g: Gen): Frag {
  const region = g.pick(REGIONS);
  const p = patient(g, region, 0.25);
  const gp = staff(g, region);
  const nok = person(g, region);
  const admit = recent(g);
  return t`Here's a summary of the record for **${nameAs(g, p, g.pick(['full', 'caps_full']))}** (${ageSex(g, p)}):

### Identifiers
- **DOB:** ${fullDateIn(g, region, p.dob)}
- **MRN:** ${hospitalNo(g, region)} · ${nationalId(g, region, p.dob, p.sex)}
- **Address:** ${addressText(g, region, addressIn(g, region), ', ')}
- **Phone:** ${phoneIn(g, region)} · **Email:** ${emailFor(g, p.given, p.family)}

### Current admission
- Admitted ${dateIn(g, region, admit)} to ${hospital(g, region)} with ${eponym(g)} (${code(g, 'ICD-10')}).
- Key results: ${lab(g)}; ${lab(g)}; ${lab(g)}.
- Meds: \`${drugDose(g)}\` was stopped; now on ${drugDose(g)} and ${drugDose(g)}.
- Device: ${deviceName(g)} (serial ${deviceSerial(g)}).

### People
- GP: ${staffName(g, gp, ['Dr', 'Dr.'])}, ${phoneIn(g, region, 'fax')} (fax)
- Next of kin: ${anyNameAs(g, nok, ['full', 'given', 'nick'])} (${g.pick(['daughter', 'son', 'spouse'])}) - ${phoneIn(g, region)}

> ⚠️ ${nameAs(g, p, 'given')}'s ${g.pick(['allergy to penicillin', 'DNACPR decision', 'safeguarding flag'])} was recorded on ${shortDateIn(g, region, plusDays(admit, -g.int(30, 700)))}.

_Sources: ${g.int(3, 14)} documents, retrieved ${timestamp(g)} (request ${uuid(g)}). Model ${version(g)}._
`;
}

export function agentCohortTable(g: Gen): Frag {
  const region = g.pick(REGIONS);
  const rows = Array.from({ length: g.int(3, 5) }, () => {
    const p = patient(g, region, 0.2);
    return t`| ${nameAs(g, p, g.pick(['full', 'family_caps_first', 'initial_family']))} | ${ageOf(p.age)} | ${sexLetter(p)} | ${hospitalNo(g, region)} | ${dateIn(g, region, recent(g))} | ${lab(g)} | ${drugDose(g)} |`;
  });
  const asker = staff(g, region);
  return t`Sure, ${staffName(g, asker, ['Dr', 'Sister', 'Nurse'])} - I found ${rows.length} patients on the ${g.pick(['sickle cell', 'HIV/TB', 'diabetes foot', 'heart failure'])} register at ${hospital(g, region)} with an overdue review:

| Patient | Age | Sex | Hosp no | Last seen | Last result | Current regimen |
|---|---|---|---|---|---|---|
${join(rows, '\n')}

Notes:
1. Cohort definition: ${code(g, 'SNOMED CT')} or ${code(g, 'ICD-10')}, ${statistic(g)}.
2. Two patients share a phone (${phoneIn(g, region)}); please verify before sending SMS reminders.
3. The export ran from ${ipAddress(g)} at ${timestamp(g)}; the cohort page is ${portalUrl(g, person(g, region))}.
4. Guideline ${year(g, 2018, 2024)} (${version(g)}) recommends review every 3 months.
`;
}

export function agentChatReply(g: Gen): Frag {
  const region = g.pick(REGIONS);
  const p = patient(g, region, 0.3);
  const d = recent(g);
  return t`ok so for ${nameAs(g, p, 'lower')} (${g.pick(['bed', 'rm'])} ${g.int(1, 40)}) - ${p.sex === 'female' ? 'she' : 'he'}'s ${ageOf(p.age)}, came in ${shortDateIn(g, region, d)} w/ ${eponym(g)}. latest ${lab(g)} & ${lab(g)}. on ${drugDose(g)}.
${anyNameAs(g, person(g, region), ['given', 'nick', 'lower'])} from family keeps ringing ${phoneIn(g, region)} asking about the ${deviceName(g)} - can someone call back before ${g.int(1, 5)}pm? their email is ${emailFor(g, p.given, p.family)}.
fyi mrn ${hospitalNo(g, region)}, dob ${fullDateIn(g, region, p.dob)}. discharge pencilled for ${dateIn(g, region, plusDays(d, g.int(2, 6)))}.
`;
}

export const AGENT_DOCS = { agentRecordSummary, agentCohortTable, agentChatReply };
