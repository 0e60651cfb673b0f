/** Notes written in the field by blind split 12's ambulance, hospice, home-visit and coroner staff. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { deviceSerial, ihi, medicareAu, mrnLocal, photoName, plate, ssnField, vin } from './ids';
import { first, full, he, last, lastFirst, patient, person, staff, title, upper } from './people';
import { addressLine, phoneOf, place } from './places';
import { code, device, drug, eponym, lab, org, orgNamed, year } from './vocab';
import { ageSpan, dateOf, plusDays, recent, shortDate } from './when';

/** A US ePCR narrative: dispatch, scene, the patient's car, treatment, transfer of care. */
function emsRunNarrative(g: Gen): Frag {
  const p = patient(g);
  const medic = person(g, 22, 55);
  const partner = person(g, 22, 55);
  const rn = person(g, 25, 60);
  const scene = place(g, 'us');
  const d = recent(g);
  const car = g.chance(0.6) ? t`VIN ${vin(g)}` : t`plate ${plate(g, 'us')} (${scene.region})`;
  return t`${g.pick(['MEDIC', 'Rescue', 'AMB'])} ${g.int(1, 60)} | Incident # ${phi('other_id', `${String(d.getUTCFullYear()).slice(2)}-${g.digits(6)}`, 'incident')} | DOS ${dateOf(g, d, 'us')}
Dispatched ${g.pick(['P1', 'P2', 'Echo'])} for MVC, single vehicle vs pole at ${scene.street}, ${scene.town}. Pt ${upper(p)}, ${ageSpan(p)} y/o ${p.sex === 'female' ? 'F' : 'M'}, DOB ${dateOf(g, p.dob, 'us')}, found restrained driver of ${g.pick(['2014 Chevy Silverado', '2019 Subaru Outback', '2008 Ford Ranger'])}, ${car}. Airbag deployed. Pt states "${g.pick(['i just looked down at my phone', 'the deer came out of nowhere', "i don't remember"])}".
A: patent. B: ${lab(g, ['sats', 'EtCO2'])}. C: ${lab(g, ['BSL'])}. D: ${lab(g, ['GCS'])}, ${eponym(g, ["Battle's sign"])} noted L mastoid. ${lab(g, ['BAC'])} per hospital later.
Tx: c-collar, ${g.pick(['IO R tibia', 'IV 18g L AC'])}, ${drug(g, ['Palexia SR', 'midazolam subcut', 'Nyxoid nasal spray'])}. Placed on ${device(g, ['corpuls3', 'Weinmann Medumat Standard2', 'Hamilton-T1'])}. Pt's ${g.pick(['wife', 'husband', 'son'])} ${full(person(g))} on scene, contact ${phoneOf(g, 'us')}.
Transport to ${org(g, ['Navajo Area IHS', 'Indian Health Service', 'Thunder Bay Regional Health Sciences Centre'])} without incident. Care transferred to ${staff(g, rn)} at ${g.int(0, 23)}${g.pick(['05', '17', '42', '58'])}. Crew: ${lastFirst(medic)} / ${lastFirst(partner)}.`;
}

/** An Australian ambulance patient care record, terse, with Medicare number and IHI. */
function ambulanceCaseSheet(g: Gen): Frag {
  const p = patient(g);
  const home = place(g, 'au');
  const d = recent(g);
  const para = person(g, 24, 58);
  return t`${orgNamed(g.pick(['Ambulance Victoria', 'Royal Flying Doctor Service']))} - PATIENT CARE RECORD
Case no. ${phi('other_id', `${g.digits(9)}`, 'case')}   Date ${dateOf(g, d, 'cw')}
Surname ${phi('name', p.last.toUpperCase(), 'upper_last')}   Given ${phi('name', p.first, 'first')}   DOB ${dateOf(g, p.dob, 'cw')}   Age ${ageSpan(p)}
Address ${addressLine(home)}   Ph ${phoneOf(g, 'au')}
Medicare ${medicareAu(g)}   IHI ${ihi(g)}
Hx: ${code(g, ['ICD-10-AM', 'ICD-10', 'SNOMED CT']).code}, ${eponym(g, ['Schamroth window test', 'Marchiafava-Bignami disease', 'Cowden syndrome'])}. Meds: ${drug(g)}, ${drug(g)}.
O/E: ${lab(g, ['GCS'])} / ${lab(g, ['sats'])} / ${lab(g, ['BSL'])}. ${g.pick(['Pt found on floor by carer', 'Called by neighbour', 'Self-called 000'])} ${first(person(g))} (carer, ${phoneOf(g, 'au')}).
Mx: ${drug(g, ['Palexia SR', 'Nyxoid nasal spray', 'midazolam subcut'])}. Loaded via ${device(g, ['Ferno PowerFlexx+', 'Stryker Power-PRO XT', 'Molift Smart 150'])}. Tx to ${orgNamed('Dubbo Base Hospital')}, handover ${g.pick(['RN', 'CN'])} ${full(person(g, 25, 60))}.
Paramedic ${lastFirst(para)} (reg ${phi('license', `PAR000${g.digits(7)}`, 'ahpra')})`;
}

/** A hospice home visit: family at the bedside, the syringe driver's serial, end-of-life signs. */
function hospiceHomeVisit(g: Gen): Frag {
  const p = patient(g);
  const rn = person(g, 28, 62);
  const carer = person(g);
  const home = place(g, g.pick(['us', 'nz', 'ie'] as const));
  const d = recent(g);
  const order = home.country === 'us' ? 'us' : 'cw';
  return t`HOSPICE HOME VISIT - ${dateOf(g, d, order)}
Pt: ${full(p)} (${ageSpan(p)})  ID ${mrnLocal(g)}   at home: ${addressLine(home)}
Visit by ${staff(g, rn)}. ${title(carer)} ${last(carer)} (${g.pick(['daughter', 'son', 'partner', 'niece'])}, primary carer, ${phoneOf(g, home.country)}) present${g.chance(0.5) ? t`, also grandson ${first(person(g))}` : ''}.
${first(p)} sleeping most of the day, mottling to knees, ${g.pick(['periodic', 'irregular'])} breathing with pauses. ${lab(g, ['PPS'])}. Mouth care attended. Family referred to ${eponym(g, ['Kübler-Ross model'])} handout.
${device(g, ['Niki T34 syringe driver', 'Micrel Rythmic Evolution'])} (serial ${deviceSerial(g)}) running ${drug(g, ['hydromorphone elixir'])} + ${drug(g, ['midazolam subcut'])} over 24h, ${drug(g, ['Scopoderm TTS'])} patch; site L chest clean. Next line change ${shortDate(g, plusDays(d, 2), order)}.
Family asked about timeframe - discussed days, possibly short days. ${last(carer)} asks that Fr ${phi('name', g.pick(['Colm', 'Tevita', 'Matthias', 'Hone']), 'first')} be called when things change, ${phoneOf(g, home.country)}.
Photo of sacral wound taken: ${photoName(g)}. Next visit ${dateOf(g, plusDays(d, 1), order)} or PRN via on-call.`;
}

/** A coroner's investigator narrative: decedent, next of kin, scene, implant, vehicle and photographs. */
function coronerNarrative(g: Gen): Frag {
  const p = patient(g);
  const nok = person(g);
  const inv = person(g, 30, 64);
  const pd = person(g, 25, 55);
  const scene = place(g, g.pick(['us', 'ca'] as const));
  const d = recent(g);
  return t`OFFICE OF THE ${g.pick(['MEDICAL EXAMINER', 'CHIEF CORONER'])} - INVESTIGATOR'S NARRATIVE
Case ${phi('other_id', `${d.getUTCFullYear()}-${g.digits(5)}`, 'me_case')}   Decedent: ${upper(p)}   DOB ${dateOf(g, p.dob, 'us')}   Age ${ageSpan(p)}   ${ssnField(g)}
On ${dateOf(g, d, 'us')} at approximately ${g.int(10, 23)}${g.pick(['10', '35', '50'])} hrs this investigator was notified by Ofc. ${full(pd)} (badge ${phi('other_id', g.digits(4), 'badge')}) of an unattended death at ${addressLine(scene)}.
The decedent was last known alive on ${shortDate(g, plusDays(d, -g.int(1, 4)), 'us')} when a neighbour, ${full(person(g))}, spoke with the decedent by phone. The decedent's vehicle, a ${g.pick(['grey Honda CR-V', 'white Ram 1500', 'blue Corolla'])}, ${vin(g)}, was in the driveway.
Medical history per pharmacy bottles: ${drug(g)}, ${drug(g)}. A ${g.pick(['pacemaker', 'ICD', 'cochlear implant'])} was palpable; device ${device(g, ['Boston Scientific Emblem MRI S-ICD'])}, serial ${deviceSerial(g)}, to be interrogated. ${eponym(g, ['Tardieu spots', "Nysten's law"])} noted at the scene.
Scene photographs ${photoName(g)} through ${photoName(g)} taken. Next of kin: ${full(nok)}, ${g.pick(['sister', 'son', 'ex-wife'])}, ${phoneOf(g, 'us')}, notified ${shortDate(g, d, 'us')}.
Investigator ${lastFirst(inv)}`;
}

/** A home-visit nurse's running note in lower-case shorthand, with wound photos and a year of history. */
function homeNursingShorthand(g: Gen): Frag {
  const p = patient(g);
  const rn = person(g, 25, 60);
  const home = place(g, g.pick(['au', 'nz'] as const));
  const d = recent(g);
  return t`${shortDate(g, d, 'cw')} hv ${phi('name', `${p.first} ${p.last}`.toLowerCase(), 'lower')} (${ageSpan(p)}), ${home.street}, ${home.town}. dtr ${first(person(g))} there. t2dm since ${year(g)}, ${code(g, ['ICD-10-AM']).code}. ${lab(g, ['BSL'])}. ulcer L heel 2x3cm, sloughy, photo ${photoName(g)} uploaded. dressing ${drug(g, ['Flamazine cream'])}. ${phi('name', p.first.toLowerCase(), 'first')} says ${he(p)}'s "had a gutsful" of the hoist - ${device(g, ['Molift Smart 150'])}. next hv ${shortDate(g, plusDays(d, 3), 'cw')}. ${phi('name', `${rn.first[0]}${rn.last[0]}`.toLowerCase(), 'initials')} rn`;
}

export const FIELD_DOCS: Record<string, (g: Gen) => Frag> = {
  emsRunNarrative,
  ambulanceCaseSheet,
  hospiceHomeVisit,
  coronerNarrative,
  homeNursingShorthand,
};
