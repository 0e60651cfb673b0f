/** Military and veterans' notes, and prison health notes (blind split 6). */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { after, birth, clock, date, recent, timestamp } from './dates';
import {
  biometric,
  dea,
  driverLicence,
  email,
  gluedSsn,
  inmateNumber,
  memberId,
  npi,
  phone,
  photo,
  plate,
  serviceNumber,
  ssn,
  vin,
} from './ids';
import { person, RANKS, relative, staff } from './people';
import { address, addressFrag } from './places';
import { age, doctor, full, given, kinWord, patientAge, surname, worker } from './spans';
import { code, device, drug, eponym, hospital, lab, payer, statistic, uuid, version, year } from './vocab';

const UNITS = [
  '2nd Bn, 7th Marines',
  '101st Sustainment Bde',
  'HSC 3-82 AVN',
  'USS Kearsarge (LHD-3)',
  '3rd Sqn, 71st Cav',
];
const US = ['us', 'usLong', 'dashMon'] as const;

/** A VA primary care or compensation and pension exam note. */
export function vaNote(g: Gen): Frag {
  const v = person(g);
  const a = patientAge(g, 24);
  const rank = g.pick(RANKS);
  const spouse = relative(g, v);
  const home = address(g, 'US');
  const buddy = person(g, 'M');
  return t`${g.pick(['VA PRIMARY CARE NOTE', 'C&P EXAMINATION — PTSD/TBI', 'VA Community Care Referral'])}
LOCAL TITLE: ${g.pick(['PC NURSE TRIAGE', 'PACT PHYSICIAN NOTE'])}   STANDARD TITLE: PRIMARY CARE NOTE
Veteran: ${phi('name', `${v.last.toUpperCase()},${v.first.toUpperCase()}`)}   SSN ${g.chance(0.7) ? ssn(g) : t`ssn${gluedSsn(g)}`}   DOB ${date(g, birth(g, a, a), US)} (${age(a)})
Service: ${g.pick(['USMC', 'US Army', 'USN'])} ${year(g, 1966, 2015)}–${year(g, 1970, 2022)}, ${rank} ${surname(v)}, service no. ${serviceNumber(g)}, ${g.pick(UNITS)}
Address: ${addressFrag(home)}   Home ${phone(g, 'US')}   ${g.chance(0.5) ? t`Veteran ID card photo ${photo(g)}` : t`Kiosk check-in fingerprint ${biometric(g)}`}

Veteran seen ${date(g, recent(g), US)} accompanied by ${kinWord(g, spouse)} ${full(spouse)}. Reports ${g.pick(['nightmares since deployment to', 'tinnitus after', 'low back pain since a vehicle rollover in'])} ${phi('geo', g.pick(['Kandahar', 'Ramadi', 'Fallujah', 'Mosul']))} in ${year(g, 2003, 2012)}; ${rank} ${full(buddy)} from the same unit confirms. ${eponym(g)} (${code(g)}).
${lab(g)}; ${lab(g)}. PHQ-9 ${g.int(3, 24)}. ${device(g)} issued.
Meds: ${drug(g)[0]}, ${drug(g)[0]} (Rx by ${doctor(g)}, DEA ${dea(g)}, NPI ${npi(g)}).
Travel: drives own vehicle ${plate(g, 'US')}; beneficiary travel approved. Tricare/CHAMPVA ${memberId(g)}.
/es/ ${full(staff(g))}, ${g.pick(['RN', 'MD', 'NP'])} — signed ${timestamp(g)} — ${payer(g)} facility: ${statistic(g)}`;
}

/** A correctional facility health services note. */
export function prisonNote(g: Gen): Frag {
  const i = person(g);
  const a = g.int(19, 84);
  const intake = recent(g);
  const co = staff(g);
  const po = staff(g);
  return t`${g.pick(['DEPARTMENT OF CORRECTIONS — HEALTH SERVICES', 'County Jail Medical Unit — Sick Call', 'Intake Health Screening'])}
Inmate: ${phi('name', `${i.last}, ${i.first}`)}   DOC# ${inmateNumber(g)}   Booking ${phi('other_id', `B${g.digits(8)}`, 'booking')}   Housing ${g.pick(['C-pod', '4 West', 'Unit B'])} cell ${g.int(101, 348)}
DOB ${date(g, birth(g, a, a), US)} (${age(a)})   SSN ${ssn(g)}   Booking photo ${photo(g)}   Biometric ID ${biometric(g)}
Date of service: ${date(g, after(intake, g.int(1, 30)), US)} ${clock(g)}   Intake ${date(g, intake, US)}

S: ${given(i)} requests to be seen for ${g.pick(['chest pain', 'withdrawal symptoms', 'a hand injury from a fall', 'missed insulin'])}. Reports prior care at ${hospital(g)} under ${doctor(g)}. Emergency contact: ${g.pick(['mother', 'sister', 'grandmother'])} ${full(relative(g, i, 'F'))} ${phone(g, 'US')}.
O: ${lab(g)}, ${lab(g)}. COWS ${g.int(2, 20)}. ${eponym(g)} ${code(g)}.
A/P: ${drug(g)[0]} per protocol; escorted by Officer ${surname(co)} (badge ${phi('other_id', g.digits(5), 'badge')}). Vehicle at impound: ${plate(g, 'US')} / ${vin(g)}; DL ${driverLicence(g, 'US')} in property.
Release planning: ${g.pick(['public defender', 'probation officer'])} ${full(po)} notified at ${email(g, po.first, po.last)}.
${worker(g)}, LPN — ${g.pick(['CorEMR', 'JailCare'])} ${version(g)} — ${uuid(g)} — ${timestamp(g)}`;
}
