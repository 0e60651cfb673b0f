/** Workers' compensation and motor accident claim narratives (blind split 6). */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { birth, clock, date, recent, timestamp } from './dates';
import {
  claimNo,
  driverLicence,
  email,
  fax,
  gluedSsn,
  phone,
  plate,
  policeReport,
  policyNo,
  ssn,
  vin,
} from './ids';
import { person, staff } from './people';
import { address, addressFrag, CROSS_STREETS } from './places';
import { age, doctor, full, given, pronoun, surname, worker } from './spans';
import { code, drug, eponym, hospital, lab, payer, year } from './vocab';

const EMPLOYERS = [
  'Coastline Freight',
  'Ridgeway Poultry Processing',
  'Summit Roofing LLC',
  'Greenway Grocers',
  'Tri-County Waste Services',
  'Bellwether Logistics',
];
const JOBS = [
  'forklift operator',
  'roofer',
  'night-shift stocker',
  'line worker',
  'delivery driver',
  'care aide',
];
const US = ['us', 'usLong'] as const;

/** A workers' compensation first report and adjuster's narrative. */
export function workersComp(g: Gen): Frag {
  const w = person(g);
  const a = g.int(19, 67);
  const pr = pronoun(w);
  const adj = staff(g);
  const injury = recent(g);
  const home = address(g, 'US');
  return t`WORKERS' COMPENSATION — ADJUSTER NARRATIVE
Carrier: ${payer(g)}   Claim # ${claimNo(g)}   Policy ${policyNo(g)}
Claimant: ${full(w)}   ${g.chance(0.8) ? t`SSN ${ssn(g)}` : t`SSN#${gluedSsn(g)}`}   DOB ${date(g, birth(g, a, a), US)}
Home: ${addressFrag(home)}   Cell ${phone(g, 'US')}
Employer: ${g.pick(EMPLOYERS)}, supervisor ${full(person(g))} ${phone(g, 'US')}
Date of injury: ${date(g, injury, US)} at approx. ${clock(g)}

Claimant is a ${age(a)}-year-old ${g.pick(JOBS)} employed since ${year(g, 2004, 2023)} who reports that ${pr.he} ${g.pick(['slipped on a wet loading dock', 'fell from a ladder approximately 8 feet', 'lifted a 60 lb box and felt a pop', 'was struck by a reversing pallet jack'])}. Co-worker ${full(person(g))} witnessed the incident. Seen same day at ${hospital(g)} urgent care by ${doctor(g)}; ${g.pick(['X-ray showed a', 'MRI on', 'diagnosis'])} ${eponym(g)} (${code(g)}). Work status: ${g.pick(['off work', 'light duty, no lifting over 10 lb', 'full duty'])} until re-evaluation on ${date(g, recent(g), US)}.
Treating physician: ${doctor(g)}, fax ${fax(g, 'US')}. Rx: ${drug(g)[0]}. ${lab(g)}.
${g.chance(0.5) ? t`Claimant drove company vehicle ${plate(g, 'US')} (VIN ${vin(g)}) to the clinic.\n` : ''}Recorded statement taken by ${full(adj)} (${email(g, adj.first, adj.last)}, direct ${phone(g, 'US')}). Reserve set ${timestamp(g)}.`;
}

/** A motor vehicle accident claim with the police report, vehicles and injured parties. */
export function autoClaim(g: Gen): Frag {
  const driver = person(g);
  const other = person(g);
  const [s1, s2] = g.pick(CROSS_STREETS);
  const when = recent(g);
  const home = address(g, 'US');
  const a = g.int(17, 88);
  return t`${g.pick(['AUTO CLAIM FIRST NOTICE OF LOSS', 'Motor Vehicle Accident — Injury Claim Summary', 'PIP CLAIM NARRATIVE'])}
Insurer: ${payer(g)}  Claim ${claimNo(g)}  Policy ${policyNo(g)}
Insured driver: ${full(driver)}, ${age(a)}, DL ${driverLicence(g, 'US')}, ${addressFrag(home)}
Vehicle 1: ${year(g, 2006, 2024)} ${g.pick(['Honda Civic', 'Ford F-150', 'Toyota RAV4', 'Subaru Outback'])}, plate ${plate(g, 'US')}, VIN ${vin(g)}
Vehicle 2: driven by ${full(other)}, plate ${plate(g, 'US')}${g.chance(0.5) ? t`, VIN ${vin(g)}` : ''}; insured with ${payer(g)} policy ${policyNo(g)}

Loss: on ${date(g, when, US)} at about ${clock(g)} the insured was ${g.pick(['stopped at a red light', 'turning left', 'proceeding through a green light'])} at the intersection of ${phi('street_address', s1)} and ${phi('street_address', s2)} in ${phi('geo', home.town)} when Vehicle 2 ${g.pick(['ran the light', 'rear-ended the insured', 'failed to yield'])}. ${g.pick(['Officer', 'Deputy', 'Trooper'])} ${surname(staff(g))} (badge ${phi('other_id', g.digits(4), 'badge')}) attended; police report ${policeReport(g)}.
Injuries: insured transported by EMS to ${hospital(g)}; ${g.pick(['whiplash', 'fractured wrist', 'chest wall contusion'])}, ${eponym(g)} ${code(g)}. Passenger ${given(person(g))} (${age(g.int(3, 15))}) ${g.pick(['uninjured', 'seen and discharged'])}. ${lab(g)}.
Adjuster: ${worker(g)} — ${phone(g, 'US')}; SSN on file ${ssn(g)}.`;
}
