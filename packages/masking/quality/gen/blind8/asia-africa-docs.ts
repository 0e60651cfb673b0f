/** Blind split 8: documents from India, Singapore, South Africa, Nigeria, Kenya and the Philippines. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { email, photoName } from './ids';
import { aadhaar, abha, intlPhone, nin, nric, philHealth, rsaId, shaNumber } from './intl';
import { INDIA_PLACES, KE_PLACES, NG_PLACES, PH_PLACES, SG_PLACES, ZA_PLACES } from './lists';
import { code, dose, eponymDx, eponymExam, lab, labText, org, statistic, vitals } from './vocab';
import { ageAt, ageSpan, birth, day, dmyDate, later, recent } from './when';
import { fullName, nm, who } from './who';

function indiaOpdSlip(g: Gen): Frag {
  const pt = who(g, g.pick(['india_n', 'india_s'] as const));
  const guardian = who(g, pt.tradition);
  guardian.sex = 'm';
  const [area, city, pin] = g.pick(INDIA_PLACES);
  const dob = birth(g);
  const visit = recent(g);
  const rel = pt.sex === 'f' ? g.pick(['W/o', 'D/o']) : 'S/o';
  const [bp, pulse] = vitals(g);
  return t`${org(g.pick(['Apollo Clinic', 'Narayana Health City', 'Manipal Hospitals', 'Sri Venkateswara Nursing Home']))} — OPD
Name: ${nm(`${pt.given} ${pt.family}`.toUpperCase())}  ${rel} ${nm(`${guardian.given} ${guardian.family}`)}   Age/Sex: ${ageSpan(ageAt(dob, visit))}/${pt.sex === 'f' ? 'F' : 'M'}
UHID ${phi('mrn', `${g.pick(['APJ', 'MH', 'NH'])}${g.digits(8)}`)}   Date: ${dmyDate(g, visit)}
Addr: ${phi('street_address', `${g.pick(['Flat', 'H.No.', 'Door No.'])} ${g.int(1, 40)}-${g.int(1, 600)}, ${g.pick(['2nd Cross', '5th Main', 'Lane 7', 'Gali No. 3'])}`)}, ${phi('geo', area)}, ${phi('geo', city)} - ${phi('zip', g.chance(0.7) ? pin : `${pin.slice(0, 3)} ${pin.slice(3)}`)}
Mob: ${intlPhone(g, 'in')}   Aadhaar: ${aadhaar(g)}${g.chance(0.5) ? t`   ABHA: ${abha(g)}` : ''}
c/o fever x ${g.int(2, 9)} days, body ache. BP ${bp} PR ${pulse}. NS1 ${g.pick(['+ve', '-ve'])}.
Rx: 1) ${dose(g)} SOS  2) ${dose(g)} 1-0-1 x 5 days  3) ORS.  Dx ${code(g, 'ICD-10')[1]}.
Review after ${g.int(3, 7)} days or SOS. Dr. ${nm(who(g, pt.tradition).family)}, MBBS, MD (Reg. No. ${phi('license', `${g.pick(['KMC', 'TNMC', 'DMC'])}-${g.digits(5)}`)})
`;
}

function singaporeMc(g: Gen): Frag {
  const pt = who(g, g.pick(['singapore', 'malay', 'india_s'] as const));
  const [street, postcode] = g.pick(SG_PLACES);
  const visit = recent(g);
  const [analyte, value] = lab(g);
  return t`${org(g.pick(['Raffles Medical', 'Bedok Polyclinic', 'Tan Tock Seng Hospital', 'Healthway Medical']))}
MEDICAL CERTIFICATE / REFERRAL
Patient: ${fullName(pt)}   NRIC/FIN: ${nric(g)}
Address: ${phi('street_address', `Blk ${g.int(100, 899)}${g.pick(['', 'A', 'B'])} ${street} #${String(g.int(2, 18)).padStart(2, '0')}-${g.int(100, 999)}`)}, Singapore ${phi('zip', postcode)}
HP: ${intlPhone(g, 'sg')}   Email ${email(g, pt)}
This is to certify that the above-named was examined on ${dmyDate(g, visit)} and is unfit for duty from ${dmyDate(g, visit)} to ${dmyDate(g, later(visit, g.int(1, 5)))} inclusive (${g.int(1, 5)} days).
Referred to ${org('Singapore General Hospital')} ${g.pick(['Orthopaedics', 'Endocrine', 'Cardiology'])} for ${eponymDx(g)}. ${analyte} ${value}; started ${dose(g)}.
MC no. ${phi('other_id', `MC${g.digits(8)}`)} — Dr ${nm(who(g, 'singapore').family)} ${nm(who(g, 'singapore').given)} (MCR ${phi('license', `M${g.digits(5)}${g.letters(1)}`)})
`;
}

function southAfricaClinic(g: Gen): Frag {
  const pt = who(g, g.pick(['zulu', 'afrikaans'] as const));
  const [suburb, city, code4] = g.pick(ZA_PLACES);
  const dob = birth(g);
  const visit = recent(g);
  const nok = who(g, pt.tradition);
  return t`${org(g.pick(['Netcare', 'Mediclinic', 'Life Healthcare', 'Chris Hani Baragwanath Academic Hospital']))} — casualty note
Patient: ${nm(`${pt.family.toUpperCase()} ${pt.given}`)}   ID no.: ${rsaId(g, dob)}   DOB ${dmyDate(g, dob)}
Medical aid: ${org(g.pick(['Discovery Health', 'Bonitas', 'GEMS', 'Momentum Health']))} no. ${shaNumberZa(g)}
Address: ${phi('street_address', `${g.int(2, 9999)} ${g.pick(['Vilakazi St', 'Mthembu Road', 'Kerkstraat', 'Voortrekker Rd'])}`)}, ${phi('geo', suburb)}, ${phi('geo', city)}, ${phi('zip', code4)}
Cell ${intlPhone(g, 'za')}; NOK ${g.pick(['mother', 'sister', 'husband', 'uncle'])} ${nm(nok.given)} ${intlPhone(g, 'za')}
Seen ${dmyDate(g, visit)}: ${g.pick(['assault, laceration L forearm', 'TB contact, cough 3/52', 'hypertensive urgency', 'MVA pedestrian'])}. ${code(g, 'ICD-10')[1]}.
GCS 15/15. ${labText(g)}. Given ${dose(g)}. ${g.chance(0.5) ? t`Started ${dose(g)} + ${dose(g)} (3HP).` : ''}
Dr ${nm(who(g, pt.tradition).family)}, HPCSA ${phi('license', `MP${g.digits(7)}`)}
`;
}

function shaNumberZa(g: Gen) {
  return phi('health_plan', `${g.digits(9)}`);
}

function westEastAfricaTelemed(g: Gen): Frag {
  const nigeria = g.chance(0.5);
  const pt = who(g, nigeria ? g.pick(['yoruba', 'igbo'] as const) : 'kenya');
  const dob = birth(g);
  const visit = recent(g);
  const place = nigeria
    ? (() => {
        const [a, c] = g.pick(NG_PLACES);
        return t`${phi('geo', a)}, ${phi('geo', c)}`;
      })()
    : (() => {
        const [a, c, z] = g.pick(KE_PLACES);
        return t`${phi('geo', a)}, ${phi('geo', c)} ${phi('zip', z)}`;
      })();
  const id = nigeria ? t`NIN ${nin(g)}` : t`SHA no. ${shaNumber(g)}`;
  return t`${org(nigeria ? g.pick(['Lagoon Hospitals', 'Reliance HMO', 'University College Hospital Ibadan']) : g.pick(['Aga Khan University Hospital', 'Kenyatta National Hospital', 'M-TIBA']))} teleconsult summary
${nm(`${pt.given} ${pt.family}`)} (${g.pick(['Mr', 'Mrs', 'Miss', 'Alhaji', 'Chief'])}), ${ageSpan(ageAt(dob, visit))}y, ${id}
Lives at ${phi('street_address', `${g.int(1, 80)} ${g.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ngong Road', 'Argwings Kodhek Rd', 'Ring Road'])}`)}, ${place}. WhatsApp ${intlPhone(g, nigeria ? 'ng' : 'ke')}.
Consult ${dmyDate(g, visit)}. Complaint: ${g.pick(['malaria symptoms after travel', 'sickle cell crisis', 'BP review', 'antenatal booking'])}.
mRDT ${g.pick(['positive', 'negative'])}; ${labText(g)}. Rx ${dose(g)}, ${dose(g)}.
${g.chance(0.5) ? t`Photo of rash received (${photoName(g, pt)}). ` : ''}Known ${eponymDx(g)}. Follow-up ${dmyDate(g, later(visit, g.int(3, 21)))}.
`;
}

function ofwMedical(g: Gen): Frag {
  const pt = who(g, 'filipino');
  const [brgy, city, zip] = g.pick(PH_PLACES);
  const dob = day(g, 1966, 2004);
  const exam = recent(g);
  return t`PRE-EMPLOYMENT MEDICAL EXAMINATION (OFW) — ${org(g.pick(['St. Luke\u2019s Medical Center', 'Medical Center Manila', 'GlobalMed Clinic Ermita']))}
Surname: ${nm(pt.family.toUpperCase())}  Given name: ${nm(pt.given.toUpperCase())}  Middle name: ${nm(g.pick(['Santos', 'Reyes', 'Garcia', 'Mendoza', 'Aquino']).toUpperCase())}
Birthdate: ${dmyDate(g, dob)}  Age: ${ageSpan(ageAt(dob, exam))}  Passport: ${phi('other_id', `P${g.digits(7)}${g.letters(1)}`)}
Address: ${phi('street_address', `${g.int(1, 300)} ${g.pick(['Mabini St.', 'Rizal Ave.', 'Purok 4', 'Sampaguita St.'])}`)}, ${phi('geo', brgy)}, ${phi('geo', city)} ${phi('zip', zip)}
Mobile ${intlPhone(g, 'ph')}   PhilHealth ${philHealth(g)}
Destination: ${g.pick(['Saudi Arabia', 'Qatar', 'Hong Kong', 'Japan'])}   Position: ${g.pick(['caregiver', 'seafarer', 'nurse', 'welder'])}
Findings: CXR ${g.pick(['normal', 'old healed Koch\u2019s'])}; ${labText(g)}; ${eponymExam(g)} normal. ${statistic(g)}.
Classification: ${g.pick(['FIT TO WORK', 'PENDING', 'UNFIT'])}. Examined ${dmyDate(g, exam)}; ${code(g, 'ICD-10')[1]}.
`;
}

export const ASIA_AFRICA_DOCS = {
  indiaOpdSlip,
  singaporeMc,
  southAfricaClinic,
  westEastAfricaTelemed,
  ofwMedical,
};
