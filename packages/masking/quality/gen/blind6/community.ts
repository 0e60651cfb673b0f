/** Home health, hospice, social work and case management notes (blind split 6). */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { after, birth, clock, date, recent, timestamp } from './dates';
import {
  caseNumber,
  dea,
  deviceSerial,
  email,
  fax,
  memberId,
  mrn,
  personalUrl,
  phone,
  photo,
  plate,
  sloppyPhone,
} from './ids';
import { person, relative, staff } from './people';
import { address, addressFrag, type Country } from './places';
import { age, doctor, full, given, kinFrag, kinWord, nick, patientAge, pronoun, worker } from './spans';
import { charity, device, drug, eponym, hospital, lab, uuid, year } from './vocab';

const US_STYLES = ['us', 'usLong', 'iso'] as const;

/** A hospice or home health nursing visit note. */
export function hospiceVisit(g: Gen): Frag {
  const country = g.pick<Country>(['US', 'US', 'AU', 'UK']);
  const pt = person(g);
  const a = patientAge(g, 55);
  const pr = pronoun(pt);
  const cg = relative(g, pt);
  const home = address(g, country);
  const visit = recent(g);
  const styles = country === 'US' ? US_STYLES : undefined;
  const [d1, f1] = drug(g);
  const [d2, f2] = drug(g);
  return t`${g.pick(['HOSPICE RN VISIT NOTE', 'Home Health Skilled Nursing Visit', 'Palliative Care Community Visit'])}
Patient: ${full(pt)}   MRN ${mrn(g)}   DOB ${date(g, birth(g, a, a), styles)}   Age ${age(a)}
Visit date: ${date(g, visit, styles)}  Time in ${clock(g)} / out ${clock(g)}
Location: patient home, ${addressFrag(home)}${g.chance(0.4) ? t` (gate code ${phi('other_id', g.digits(4), 'gate-code')})` : ''}
Primary caregiver: ${full(cg)} (${kinWord(g, cg)}) ${phone(g, country)}

S: Caregiver reports ${pr.he} ${g.pick(['slept most of the day', 'was restless overnight', 'ate a few spoonfuls of custard'])}. ${given(cg)} ${g.pick([t`is tired and asked about respite at ${charity(g)}`, 'is coping well', t`asked about respite at ${charity(g)}`, 'asked about the hospice unit'])}.
O: ${lab(g)}, ${lab(g)}. PPS ${g.int(2, 5)}0%. ${g.pick([t`${eponym(g)} noted.`, 'Sacral skin intact.', 'Mottling to both knees.'])}
${g.chance(0.6) ? t`Equipment: ${device(g)} (S/N ${deviceSerial(g)}) running at ${g.int(1, 4)} mL/h; hospital bed and ${device(g)} delivered by ${g.pick(['Apria', 'the equipment library', 'Hills Medical'])}.\n` : ''}Meds: ${d1} ${f1}; ${d2} ${f2}. Comfort kit in fridge, prescribed by ${doctor(g)} (DEA ${dea(g)}).
A/P: ${g.pick(['Actively dying, family aware.', 'Decline over past week.', 'Symptoms controlled.'])} ${g.chance(0.5) ? t`Neighbour ${full(person(g))} at No. ${g.int(2, 90)} holds a key.` : ''} Next visit ${date(g, after(visit, g.int(1, 6)), styles)}. ${g.chance(0.3) ? t`Car in drive (${plate(g, country)}) belongs to son ${given(relative(g, pt, 'M'))}.` : ''}
Signed: ${worker(g)}, RN   ${timestamp(g)}`;
}

const SHELTERS = [
  'Harbour House women’s refuge',
  'the Crossroads night shelter',
  'Beacon Street Mission',
  'Haven Family Shelter',
];
const SCHOOLS = [
  'Hillcrest Elementary',
  'St Brigid’s Primary',
  'Northside Middle School',
  'Oakfield Academy',
];

/** A social work assessment naming the family, neighbours, landlord, shelter and school. */
export function socialWorkNote(g: Gen): Frag {
  const pt = person(g);
  const a = g.int(19, 70);
  const kids = Array.from({ length: g.int(1, 3) }, () => relative(g, pt));
  const landlord = person(g);
  const sw = staff(g);
  const home = address(g, 'US');
  return t`SOCIAL WORK ASSESSMENT — ${date(g, recent(g), US_STYLES)}
Client: ${full(pt)} (${age(a)}), MRN ${mrn(g)}, case ${caseNumber(g)}
Referred by ${doctor(g)} after ${g.pick(['ED attendance', 'a missed antenatal appointment', 'a safeguarding concern raised by school'])}.

Household: ${pronoun(pt).he} lives at ${addressFrag(home)} with ${join(
    kids.map((k) => t`${given(k)} (${age(g.int(2, 16))})`),
    ', ',
  )}. Landlord ${full(landlord)} (${sloppyPhone(g)}) has served notice to leave by ${date(g, recent(g), US_STYLES)}. ${g.chance(0.5) ? t`Ex-partner ${full(person(g))} is subject to a protective order.` : ''}
Supports: ${g.pick(['sister', 'mother', 'aunt'])} ${full(relative(g, pt, 'F'))} in ${phi('geo', address(g, 'US').town)}; neighbour ${g.pick([full(person(g)), t`${nick(person(g))}`])} helps with school runs to ${g.pick(SCHOOLS)} (${given(kids[0] ?? pt)}'s teacher ${doctor(g, g.pick(['Ms', 'Mr', 'Mrs']))}).
${g.chance(0.5) ? t`Client's public fundraising page ${personalUrl(g, pt.first, pt.last)} was shared with us; photo ${photo(g)} added to file with consent.\n` : ''}Plan: referral to ${g.pick(SHELTERS)} (intake line ${phone(g, 'US')}); food bank via ${charity(g)}; ${g.pick(['SNAP', 'WIC', 'Medicaid'])} ID ${memberId(g)} confirmed.
${worker(g)}, ${g.pick(['LCSW', 'MSW', 'BSW'])} — ${email(g, sw.first, sw.last)} — ext ${g.int(2000, 6999)}`;
}

/** A case management contact log kept by a caseworker at an agency. */
export function caseManagement(g: Gen): Frag {
  const client = person(g);
  const cw = staff(g);
  const country = g.pick<Country>(['US', 'AU']);
  const first = recent(g);
  const entries = Array.from({ length: g.int(3, 5) }, (_, i) => {
    const when = date(g, after(first, i * g.int(2, 7)), country === 'US' ? US_STYLES : ['uk']);
    return g.pick([
      t`${when} ${clock(g)} — phone call to client on ${phone(g, country)}, no answer, left message.`,
      t`${when} — home visit with ${given(client)}; ${kinFrag(g, client)} present. Discussed ${eponym(g)} follow-up and ${drug(g)[0]} supply.`,
      t`${when} — faxed referral to ${hospital(g)} (fax ${fax(g, country)}), ref ${caseNumber(g)}.`,
      t`${when} — spoke with ${worker(g)} at ${g.pick(['Housing Authority', 'Centrelink', 'the county DSS'])} on ${phone(g, country)} re rent arrears since ${year(g, 2019, 2024)}.`,
      t`${when} — ${lab(g)} reported by ${doctor(g)}; client informed by text to ${sloppyPhone(g)}.`,
    ]);
  });
  return t`CASE MANAGEMENT LOG  (record ${uuid(g)})
Client: ${full(client)}   DOB ${date(g, birth(g), country === 'US' ? US_STYLES : ['uk'])}   Case ${caseNumber(g)}
Caseworker: ${full(cw)}   ${email(g, cw.first, cw.last)}   Agency line ${phone(g, country)}
${join(entries, '\n')}
Supervisor review: ${worker(g)} ${timestamp(g)}`;
}
