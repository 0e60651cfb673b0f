/** Death certificates, post-mortem summaries and death notices (blind split 6). */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { after, clock, date, day, timestamp } from './dates';
import { personalUrl, phone, ssn } from './ids';
import { type Person, person, relative } from './people';
import { address, addressFrag, type Country } from './places';
import { age, doctor, full, given, kinWord, patientAge, pronoun, worker } from './spans';
import { charity, code, eponym, hospital, year } from './vocab';

const FUNERAL_HOMES = [
  'Willowbrook Funeral Directors',
  'Lakeview Memorial Chapel',
  'Crestwood Funeral Home',
  'Evergreen Family Funerals',
];

/** A medical certificate of cause of death with the informant's details. */
export function deathCertificate(g: Gen): Frag {
  const country = g.pick<Country>(['US', 'UK', 'AU']);
  const d = person(g);
  const a = patientAge(g, 40);
  const died = day(g, 2023, 2025);
  const born = day(g, 2024 - a, 2024 - a);
  const home = address(g, country);
  const inf = relative(g, d);
  const styles = country === 'US' ? (['usLong', 'us'] as const) : (['long', 'uk'] as const);
  return t`${country === 'US' ? 'CERTIFICATE OF DEATH' : 'MEDICAL CERTIFICATE OF CAUSE OF DEATH'}
1. Decedent: ${full(d)}${g.chance(0.3) ? t` (also known as ${phi('name', `${d.nick} ${d.last}`)})` : ''}   Sex: ${d.sex}
2. ${country === 'US' ? t`SSN: ${ssn(g)}` : t`Occupation: ${g.pick(['retired teacher', 'farmer', 'nurse (retired)', 'bus driver'])}`}
3. Date of birth: ${date(g, born, styles)}   Age: ${age(a)}   Date of death: ${date(g, died, styles)}   Time: ${clock(g)}
4. Place of death: ${g.pick([t`${hospital(g)}`, t`decedent's home, ${addressFrag(home)}`, t`${charity(g)} inpatient unit`])}
5. Usual residence: ${addressFrag(address(g, country))}
6. Cause of death: Ia ${g.pick(['aspiration pneumonia', 'metastatic pancreatic carcinoma', 'congestive cardiac failure', 'intracerebral haemorrhage'])} (${code(g)}); Ib ${eponym(g)}; II ${g.pick(['type 2 diabetes', 'COPD', 'chronic kidney disease'])}
7. Post-mortem: ${g.pick(['not performed', 'performed, findings available', 'referred to coroner'])}
8. Informant: ${full(inf)}, ${kinWord(g, inf)}, ${addressFrag(address(g, country))}, tel ${phone(g, country)}
9. Funeral director: ${g.pick(FUNERAL_HOMES)}; disposition ${g.pick(['burial', 'cremation'])} on ${date(g, after(died, g.int(4, 12)), styles)}
Certifier: ${doctor(g)}, last saw the deceased alive on ${date(g, died, styles)}.
Registered ${timestamp(g)}`;
}

/** A brother or sister, named. */
function sibling(g: Gen, of: Person): Frag {
  const s = relative(g, of);
  return t`${s.sex === 'F' ? 'sister' : 'brother'} ${full(s)}`;
}

/** A death notice or obituary as families write them. */
export function obituary(g: Gen): Frag {
  const d = person(g);
  const a = patientAge(g, 60);
  const pr = pronoun(d);
  const died = day(g, 2023, 2025);
  const home = address(g, g.pick<Country>(['US', 'IE', 'AU', 'UK']));
  const spouse = relative(g, d, d.sex === 'F' ? 'M' : 'F');
  const kids = Array.from({ length: g.int(2, 4) }, () => relative(g, d));
  const grand = Array.from({ length: g.int(1, 3) }, () => person(g));
  return t`${phi('name', `${d.last.toUpperCase()}, ${d.first}`)}${g.chance(0.5) ? t` (${phi('name', d.nick)})` : ''} — ${g.pick(['peacefully', 'suddenly', 'after a long illness bravely borne'])}, at ${g.pick([t`${hospital(g)}`, 'home', t`${charity(g)}`])}, on ${date(g, died, ['ordinal', 'usLong', 'long'])}, aged ${age(a)}, late of ${phi('street_address', home.street)}, ${phi('geo', home.town)}${home.regionIsGeo ? t`, ${phi('geo', home.region)}` : ''}. Born in ${phi('geo', address(g).town)} on ${date(g, day(g, 2024 - a, 2024 - a), ['ordinal', 'usLong'])}, ${pr.he} ${g.pick(['worked at the mill for 40 years', 'taught at the local school', 'ran the family farm'])} and ${g.pick(['was a founding member of the bowls club', 'never missed a Sunday mass', 'loved the garden'])} since ${year(g, 1950, 1990)}.
Beloved ${d.sex === 'F' ? 'wife' : 'husband'} of ${full(spouse)}, much loved ${d.sex === 'F' ? 'mother' : 'father'} of ${join(kids.map(given), ', ')} and grandparent of ${join(grand.map(given), ', ')}. ${g.pick(['Predeceased by', 'Sadly missed by'])} ${sibling(g, d)}.
Reposing at ${g.pick(FUNERAL_HOMES)} on ${date(g, after(died, 2), ['usLong', 'long'])} from ${g.int(4, 6)}pm. Funeral ${date(g, after(died, 3), ['usLong', 'long'])}. ${g.pick([t`Donations in lieu of flowers to ${charity(g)}.`, t`Donations to ${charity(g)} please.`, 'House private please.'])}${g.chance(0.5) ? t` Livestream: ${personalUrl(g, d.first, d.last)}` : ''}
${g.chance(0.4) ? t`${pr.he === 'she' ? 'She' : 'He'} was treated for ${eponym(g)} at ${hospital(g)}; the family thank ${doctor(g)} and the staff.` : ''}
Posted ${timestamp(g)} · ${g.int(2, 240)} condolences · enquiries ${phone(g, home.country)} (${worker(g)})`;
}
