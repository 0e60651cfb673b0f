/** Clinical trial narratives and adverse-event reports (blind split 6). */
import type { Gen } from '../context';
import { type Frag, keep, phi, t } from '../fragment';
import { after, birth, date, recent, timestamp } from './dates';
import { deviceSerial, email, fax, npi, phone, subjectId } from './ids';
import { person, staff } from './people';
import { address } from './places';
import { age, doctor, full, patientAge, pronoun, worker } from './spans';
import { code, device, drug, eponym, hospital, lab, statistic, uuid, version, year } from './vocab';

const STUDIES = ['ARBOR-HF', 'TIDEWATER-2', 'KESTREL', 'NORTHSTAR-CKD', 'LUMEN-AF'];
const US = ['us', 'dashMon', 'iso'] as const;

function initials(p: { first: string; last: string }, g: Gen): string {
  const a = p.first[0] ?? 'X';
  const b = p.last.replace(/[^A-Z]/g, '')[0] ?? 'X';
  return g.pick([`${a}.${b}.`, `${a}${b}`, `${a}-${b}`, `${a}.-.${b}.`]);
}

/** A serious adverse event narrative from a clinical trial. */
export function trialNarrative(g: Gen): Frag {
  const s = person(g);
  const a = g.int(40, 84);
  const pr = pronoun(s);
  const site = String(g.int(101, 899));
  const rand = recent(g);
  const onset = after(rand, g.int(5, 80));
  const pi = staff(g);
  return t`${g.pick(STUDIES)} Protocol ${keep('version', `v${g.int(2, 6)}.${g.int(0, 3)}`)} — SAE NARRATIVE
Site ${site} (PI: ${doctor(g)}), Subject ${subjectId(g, site)}, initials ${phi('name', initials(s, g), 'initials')}, ${age(a)} y, ${pr.man === 'woman' ? 'F' : 'M'}
Randomised ${date(g, rand, US)} to arm ${g.pick(['A', 'B'])} (blinded). Year of birth ${keep('year', String(2024 - a))}.

Subject ${phi('name', initials(s, g), 'initials')} was enrolled for ${eponym(g)} with ${code(g)}. On ${date(g, onset, US)} (study day ${g.int(5, 80)}) ${pr.he} developed ${g.pick(['acute kidney injury', 'syncope', 'a GI bleed', 'angioedema'])} and was admitted to ${hospital(g)}. ${lab(g)}; ${lab(g)}. Concomitant: ${drug(g)[0]}, ${drug(g)[0]}. Study drug interrupted ${date(g, after(onset, 1), US)}, restarted ${date(g, after(onset, g.int(3, 9)), US)}.
Outcome: ${g.pick(['recovered', 'recovering', 'recovered with sequelae'])}. Causality per investigator ${full(pi)}: ${g.pick(['possibly related', 'not related', 'probably related'])}. Site response rate ${statistic(g)}.
Reported by study coordinator ${worker(g)} (${email(g, pi.first, pi.last)}, ${phone(g, 'US')}) — EDC ${version(g)} record ${uuid(g)}, ${timestamp(g)}`;
}

/** A MedWatch-style voluntary adverse event or device problem report. */
export function medwatchReport(g: Gen): Frag {
  const p = person(g);
  const a = patientAge(g, 20);
  const ev = recent(g);
  const rep = staff(g);
  const home = address(g, 'US');
  const isDevice = g.chance(0.5);
  return t`FORM 3500 — ADVERSE EVENT / PRODUCT PROBLEM REPORT
A. PATIENT: identifier ${phi('name', initials(p, g), 'initials')}   Age ${age(a)}   DOB ${date(g, birth(g, a, a), US)}   Sex ${p.sex}   Weight ${g.int(48, 130)} kg
B. EVENT: date of event ${date(g, ev, US)}; date of this report ${date(g, after(ev, g.int(2, 20)), US)}.
Description: ${g.pick([t`Patient took ${drug(g)[0]} and developed ${eponym(g)}-like symptoms.`, t`Following ${eponym(g)}, ${lab(g)} was noted.`])} ${lab(g)}. Treated at ${hospital(g)}; outcome: ${g.pick(['hospitalization', 'required intervention', 'life-threatening'])}.
${isDevice ? t`D. DEVICE: ${device(g)}, model ${keep('device_name', `${g.letters(2)}${g.int(100, 999)}`)}, serial ${deviceSerial(g)}, lot ${g.letters(1)}${g.digits(5)}, implanted ${date(g, recent(g), US)}, explanted ${date(g, recent(g), US)}.` : t`C. PRODUCT: ${drug(g)[0]}, lot ${g.letters(2)}${g.digits(4)}, exp ${year(g, 2025, 2027)}; ${code(g)}.`}
E. REPORTER: ${doctor(g)}, ${hospital(g)}, ${phi('street_address', address(g, 'US').street)}, ${phi('geo', home.town)}, ${home.region} ${phi('zip', home.postcode)}; phone ${phone(g, 'US')}; fax ${fax(g, 'US')}; NPI ${npi(g)}; email ${email(g, rep.first, rep.last)}
Health professional? Y   Also reported to: ${g.pick(['manufacturer', 'distributor', 'user facility'])}. Report ID ${uuid(g)}`;
}
