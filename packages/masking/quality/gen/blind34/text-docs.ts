/** Text documents of blind split 34: the general mix of clinical text. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, jsonText, keep, phi, t } from '../fragment';
import {
  deaValue,
  driversLicenseValue,
  mbiValue,
  npiValue,
  plateValue,
  ssn,
  stateLicenseValue,
  udiValue,
  vinValue,
} from '../identifiers';
import {
  acct34,
  addr,
  addrLine,
  ageKeep,
  anyCode,
  bio34,
  birth,
  CLINICS,
  cpt,
  deviceName,
  drName,
  drug,
  dt,
  EMPLOYERS,
  email34,
  eponym,
  firstName,
  fullName,
  handle,
  icd,
  inmate,
  ip34,
  LABS,
  lab,
  lastName,
  loinc,
  member34,
  mrn34,
  nameAny,
  ndc,
  nick,
  org,
  PAYERS,
  PHARMACIES,
  passport,
  person,
  phone34,
  photo34,
  plus,
  recent,
  relPhrase,
  serial34,
  snomed,
  stamp,
  statistic,
  url34,
  uuid,
  version,
  year,
  zip34,
} from './vocab';

type Template = (g: Gen) => Frag;

const oldOrNot = (g: Gen): number => (g.chance(0.3) ? g.int(90, 103) : g.int(18, 89));

export const BLIND34_TEXT_DOCS: Record<string, Template> = {
  b34UroProcNote: (g) => {
    const p = person(g);
    const doc = person(g);
    const age = oldOrNot(g);
    const d = recent(g);
    return t`OPERATIVE NOTE - ${org(g, ['Tamarack Urology Associates', 'Three Forks Urgent Care'])}
Patient: ${nameAny(g, p)}    MRN: ${mrn34(g)}    DOB: ${dt(g, birth(g, age))}
Date of procedure: ${dt(g, d)}
Surgeon: ${drName(g, doc)}  NPI ${npiValue(g)}
Pre-op dx: left proximal ureteral stone, ICD-10 ${icd(g)}
Procedure: cystoscopy, L ureteroscopy with laser lithotripsy and stent (CPT ${cpt(g)})
Indications: ${ageKeep(age)} y/o ${p.sex === 'f' ? 'F' : 'M'} with colic since ${relPhrase(g)}; CT showed 7 mm stone with ${eponym(g)} noted in ${year(g)}.
Scope: ${deviceName(g)}, serial ${serial34(g)}. Stent 6Fr x 26 cm, UDI ${udiValue(g)}.
Meds: ${drug(g)}; ${drug(g)}. Post-op ${lab(g)}.
Stent removal on string scheduled ${dt(g, plus(d, g.int(5, 9)))}; pt's ${g.pick(['wife', 'son', 'partner', 'daughter'])} ${nameAny(g, person(g))} will pull string if needed, call ${phone34(g)}.
Electronically signed by ${phi('name', fullName(doc))} on ${stamp(g)}`;
  },

  b34RheumConsult: (g) => {
    const p = person(g);
    const ref = person(g);
    const me = person(g);
    const a = addr(g);
    const d = recent(g);
    return t`${org(g, ['Prairie Hollow Rheumatology'])}
${phi('street_address', `${g.int(100, 4000)} Professional Plaza Ste ${g.int(100, 450)}`)}, ${phi('geo', 'Nacogdoches')}, TX ${zip34(g)}
Tel ${phone34(g)}  Fax ${phone34(g, 'fax')}

${dt(g, d, 'long')}

Dear Dr. ${lastName(ref)},

Thank you for referring ${nameAny(g, p)} (DOB ${dt(g, birth(g, g.int(20, 80)))}; ${addrLine(a)}) whom I saw today for inflammatory arthritis. ${p.sex === 'f' ? 'She' : 'He'} goes by "${phi('name', nick(p))}". Symptoms began in ${year(g)}; ${eponym(g)} on exam and ${eponym(g)}.
Labs: ${lab(g)}, ${lab(g)}, ${lab(g)} (LOINC ${loinc(g)}).
Assessment: ${icd(g)}. Plan: start ${drug(g)}, continue ${drug(g)}. ${statistic(g)}.
Follow-up here ${g.pick(['in 6 weeks', 'in about a month'])} (${dt(g, plus(d, 42))}). ${p.sex === 'f' ? 'Her' : 'His'} ${g.pick(['sister', 'husband', 'mother', 'son'])}, ${nameAny(g, person(g))}, accompanied and may be reached at ${phone34(g)}.

Sincerely,
${phi('name', `${me.first} ${me.last}`)}, MD, FACR
cc: ${phi('name', `${ref.first[0]}. ${ref.last}`)}, ${org(g, CLINICS)}`;
  },

  b34EntProgress: (g) => {
    const p = person(g);
    const aud = person(g);
    const d = recent(g);
    return t`ENT PROGRESS NOTE  ${org(g, ['Northshore Ear, Nose & Throat'])}
Pt: ${nameAny(g, p)}   Acct ${acct34(g)}   Visit ${dt(g, d)}
S: f/u vertigo and R-sided hearing loss. Episodes ${relPhrase(g)} and on ${dt(g, plus(d, -g.int(3, 20)), 'mon_day')}. Hx ${eponym(g)}, dx'd ${year(g)}.
O: ${eponym(g)} lateralizes L; ${eponym(g)} AC>BC bilaterally. Tymps type A (${deviceName(g)}).
Audiogram by ${phi('name', `${aud.first} ${aud.last}`)}, AuD: PTA R ${keep('lab_value', `${g.int(40, 85)} dB HL`)}.
Implant: ${deviceName(g)}, S/N ${serial34(g)}, fw ${version(g)}.
A/P: ${icd(g)}. ${drug(g)}; ${drug(g)}. Consider ${cpt(g)}.
RTC ${dt(g, plus(d, 90))}. — ${drName(g, person(g))}`;
  },

  b34DermPhotoNote: (g) => {
    const p = person(g);
    const d = recent(g);
    const age = oldOrNot(g);
    return t`Cedar Bluff Dermatology — Lesion check
${nameAny(g, p)}, ${ageKeep(age)}yo, MRN ${mrn34(g)}, seen ${dt(g, d)}
Total body photography on ${deviceName(g)}; images ${photo34(g, p)}, ${photo34(g, p)} uploaded.
L forearm 9 mm irregular macule, ${eponym(g)} negative. Shave bx sent to ${org(g, LABS)} (accession ${phi('other_id', `DP${String(d.getUTCFullYear()).slice(2)}-${g.digits(5)}`)}).
Prior path ${dt(g, plus(d, -g.int(200, 900)))}: melanoma in situ, ${eponym(g)} 0.4 mm. ${statistic(g)}.
Rx ${drug(g)} to plaques (${icd(g)}), ${drug(g)}.
Pt photo consent on file; portal: ${url34(g, p)}
${phi('name', `${person(g).first[0]}${person(g).last[0]}`)} (scribe) / ${drName(g, person(g))}`;
  },

  b34GeriDischarge: (g) => {
    const p = person(g);
    const rel = person(g);
    const age = g.chance(0.7) ? g.int(90, 104) : g.int(78, 89);
    const a = addr(g);
    const adm = recent(g);
    const dis = plus(adm, g.int(2, 9));
    return t`LAKEMONT SENIOR HEALTH CENTER — DISCHARGE SUMMARY
Name: ${nameAny(g, p)}          Age: ${ageKeep(age)}          MR#: ${mrn34(g)}
Admitted: ${dt(g, adm)}   Discharged: ${dt(g, dis)}
Medicare: ${g.chance(0.7) ? mbiValue(g) : member34(g)}   Secondary: ${org(g, PAYERS)}
Home: ${addrLine(a)} (${phi('geo', a.county)})
Dx: fall with ${icd(g)}, ${icd(g)}; ${eponym(g)} 2.
Hospital course: ${p.sex === 'f' ? 'Mrs.' : 'Mr.'} ${lastName(p)} was found on the floor by ${p.sex === 'f' ? 'her' : 'his'} ${g.pick(['grandson', 'niece', 'daughter-in-law', 'neighbor'])} ${nameAny(g, rel)} ${relPhrase(g)}. ${lab(g)}. ${g.chance(0.5) ? t`Spouse died ${dt(g, plus(adm, -g.int(400, 3000)))}.` : ''}
Discharge meds: ${drug(g)}; ${drug(g)}; ${drug(g)}.
Follow-up: PCP ${drName(g, person(g))} in 1 week (${dt(g, plus(dis, 7))} at ${g.int(8, 11)}:${g.pick(['00', '15', '30'])}); PT eval ${dt(g, plus(dis, 3), 'mon_day')}.
Contact: ${firstName(rel)} ${phone34(g)} / ${email34(g, rel)}
Dictated by ${phi('name', fullName(person(g)))} NP ${stamp(g)}`;
  },

  b34SportsMedNote: (g) => {
    const p = person(g);
    const coach = person(g);
    const age = g.int(14, 34);
    const inj = recent(g);
    return t`Ridgeback Sports Medicine — Return-to-play eval
Athlete: ${nameAny(g, p)} (#${g.int(1, 99)}), ${ageKeep(age)} y/o, DOB ${dt(g, birth(g, age))}
School/club: ${phi('geo', g.pick(['Cortez', 'Ottumwa', 'Tomah']))} ${g.pick(['High School', 'FC U19', 'Community College'])}; coach ${phi('name', `${coach.first} ${coach.last}`)} ${phone34(g)}
DOI ${dt(g, inj)} — non-contact pivot. Playing since ${year(g)}.
Exam: ${eponym(g)} 1B, ${eponym(g)} negative; ${eponym(g)} 6/9.
MRI ${dt(g, plus(inj, 4))}: partial ACL tear (${icd(g)}). Brace: ${deviceName(g)}.
Plan: ${drug(g)} prn, ${drug(g)}; PT 2x/wk. Clearance visit ${dt(g, plus(inj, 60))}.
Parent/guardian: ${nameAny(g, person(g))}, ${email34(g, p)}
${drName(g, person(g))}, CAQ Sports Med`;
  },

  b34OccHealthDot: (g) => {
    const p = person(g);
    const ex = person(g);
    const a = addr(g);
    const d = recent(g);
    const age = g.int(21, 74);
    return t`IRONWORKS OCCUPATIONAL HEALTH - DOT MEDICAL EXAMINATION
Driver: ${nameAny(g, p)}   DOB ${dt(g, birth(g, age))}   Age ${ageKeep(age)}
${ssn(g, true)}
CDL ${driversLicenseValue(g)} (${g.pick(['WA', 'OH', 'TX', 'WY'])})
Address: ${addrLine(a)}
Employer: ${org(g, EMPLOYERS)}; employee ID ${phi('other_id', `E${g.digits(6)}`)}
Vehicle on file: VIN ${vinValue(g)}, plate ${plateValue(g)}
Exam date ${dt(g, d)}. BP ${keep('lab_value', `${g.int(110, 160)}/${g.int(70, 99)}`)}; vision 20/${g.pick(['20', '25', '30'])}.
Meds: ${drug(g)}. Sleep study ${year(g)}: ${deviceName(g)} compliance 6.1 h/night.
Certified 1 year; card expires ${dt(g, plus(d, 365))}.
Medical examiner: ${phi('name', fullName(ex))}, DO  NRCME ${phi('license', g.digits(10), 'nrcme')}  ${stateLicenseValue(g)}`;
  },

  b34TransplantProgress: (g) => {
    const p = person(g);
    const coord = person(g);
    const d = recent(g);
    return t`Copperleaf Transplant Institute — Kidney Tx clinic, POD ${g.int(20, 400)}
${nameAny(g, p)}  MRN ${mrn34(g)}  UNOS ${phi('other_id', `${g.letters(3)}${g.digits(4)}`, 'unos')}
Tx ${dt(g, plus(d, -g.int(20, 400)))} (deceased donor, KDPI ${keep('statistic', `${g.int(20, 85)}%`)}). ${statistic(g)}.
Today ${dt(g, d)}: ${lab(g)}; ${lab(g)}; ${lab(g)}.
Bx ${dt(g, plus(d, -g.int(2, 19)))} — ${eponym(g)} borderline.
Immunosuppression: ${drug(g)}, ${drug(g)}; ppx ${drug(g)}.
Coordinator ${phi('name', `${coord.first} ${coord.last}`)}, RN (${phone34(g)}) to call pt's ${g.pick(['brother', 'wife', 'mother'])} ${nameAny(g, person(g))} re: lab draw ${g.pick(['Thursday', 'next week'])} (${dt(g, plus(d, g.int(2, 8)), 'mon_day')}).
Codes: ${icd(g)}, ${icd(g)}; SNOMED ${snomed(g)}.`;
  },

  b34DialysisRunSheet: (g) => {
    const p = person(g);
    const rn = person(g);
    const tech = person(g);
    const d = recent(g);
    return t`SAGEBRUSH KIDNEY CARE  in-center HD run sheet
Chair ${g.int(1, 24)}  Shift ${g.pick(['MWF 1st', 'TTS 2nd', 'MWF 3rd'])}
Patient ${nameAny(g, p)}   Pt ID ${mrn34(g)}   DOB ${dt(g, birth(g, oldOrNot(g)))}
Check-in palm-vein ${bio34(g)} verified ${stamp(g)}
Tx date ${dt(g, d)}  Machine ${keep('device_name', g.pick(['NxStage VersiHD', 'Baxter AK 98 machine', 'Fresenius 5008X']))} S/N ${serial34(g)}  sw ${version(g)}
Pre wt 84.2 kg / post 81.9 kg; ${lab(g)}; ${lab(g)}.
Meds given: ${drug(g)}, ${drug(g)} (NDC ${ndc(g)}, lot ${g.letters(1)}${g.digits(5)}).
Access: L AVF, thrill+. Next tx ${dt(g, plus(d, 2), 'mon_day')}.
RN ${phi('name', `${rn.first[0]}. ${rn.last}`)} / PCT ${phi('name', tech.first)} ${phi('name', tech.last)}
Transport: ${org(g, ['Lusk Senior Van', 'Valentine Medi-Ride'])} pickup at ${phi('street_address', addr(g).street)}`;
  },

  b34CorrectionalSickCall: (g) => {
    const p = person(g);
    const ofc = person(g);
    const d = recent(g);
    return t`HARBORLINE CORRECTIONAL HEALTH SERVICES — SICK CALL
I/M: ${phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`)}   DOC# ${inmate(g)}   Housing: ${g.pick(['B-pod', 'Unit 4 West', 'C-2'])} cell ${g.int(101, 240)}
Booking ${dt(g, plus(d, -g.int(30, 900)))}; ID verified by fingerprint ${bio34(g)}
DOB ${dt(g, birth(g, g.int(19, 70)))}. Seen ${dt(g, d)} ${g.int(6, 20)}:${g.pick(['05', '40', '55'])}.
CC: rash x ${g.int(2, 9)} days ${eponym(g)}. ${lab(g)}.
Plan: ${drug(g)}; ${icd(g)}. Escort officer ${phi('name', ofc.last)} badge ${phi('other_id', g.digits(4), 'badge')}.
Emergency contact: ${nameAny(g, person(g))} (${g.pick(['mother', 'aunt', 'wife'])}), ${addrLine(addr(g))}, ${phone34(g)}
${drName(g, person(g))}`;
  },

  b34TravelClinic: (g) => {
    const p = person(g);
    const d = recent(g);
    const dep = plus(d, g.int(10, 40));
    const uk = g.chance(0.4);
    return t`Meridian Travel & Tropical Medicine — pre-travel consult ${dt(g, d)}
${nameAny(g, p)}, DOB ${dt(g, birth(g, g.int(18, 85)))}, passport ${passport(g)}
Itinerary: depart ${dt(g, dep)} to Ghana and Togo, return ${dt(g, plus(dep, g.int(14, 60)), 'mon_day')}. ${statistic(g)} develop diarrhoea.
Local contact abroad: ${nameAny(g, person(g))} ${phone34(g)}
${uk ? t`UK address: ${phi('street_address', `Flat ${g.int(1, 30)}, ${g.int(2, 120)} Pembroke Road`)}, ${phi('geo', 'Bristol')} ${phi('zip', `BS${g.int(1, 9)} ${g.int(1, 9)}${g.letters(2)}`)}` : t`Home: ${addrLine(addr(g))}`}
Vaccines: yellow fever (lot ${g.letters(1)}${g.digits(4)}${g.letters(2)}, ${keep('organization', 'Sanofi Pasteur')}), typhoid Vi (lot ${g.digits(2)}${g.letters(3)}${g.digits(3)}). Z-code ${icd(g)}.
Malaria ppx: ${drug(g)} starting ${dt(g, plus(dep, -2), 'mon_day')}. ${eponym(g)} discussed.
— ${drName(g, person(g))}`;
  },

  b34PatientChat: (g) => {
    const p = person(g);
    const mom = person(g);
    const nurse = person(g);
    const d = recent(g);
    const lower = (s: string): string => s.toLowerCase();
    return t`[Portal message thread ${uuid(g)} from ${ip34(g)}]
${stamp(g)} ${phi('name', lower(p.first))}: hi its ${phi('name', lower(`${p.first} ${p.last}`))} dob ${dt(g, birth(g, g.int(20, 70)), 'us_short')}. my mom ${phi('name', lower(mom.first))} had her appt moved from ${dt(g, d, 'mon_day')} to ${relPhrase(g)}??
${stamp(g)} ${phi('name', `${nurse.first} ${nurse.last[0]}.`)}, RN: Hi ${phi('name', nick(p))}, I see ${phi('name', `${mom.first} ${mom.last}`)} now on ${dt(g, plus(d, 7))}. Is ${phone34(g)} still best?
${stamp(g)} ${phi('name', lower(p.first))}: no use my cell ${phone34(g)} or email ${email34(g, p)}. also she moved to ${phi('street_address', addr(g).street.toLowerCase())} in ${phi('geo', g.pick(['ely', 'hazard', 'cuero', 'lusk']))}
${stamp(g)} ${phi('name', nurse.first)}: Updated. Her refill of ${drug(g)} went to ${org(g, PHARMACIES)}.
${stamp(g)} ${phi('name', lower(p.first))}: thx ${phi('name', lower(nurse.first))}!! shes ${ageKeep(oldOrNot(g))} so pls talk slow lol`;
  },

  b34ClinicianChat: (g) => {
    const p = person(g);
    const a = person(g);
    const b = person(g);
    const d = recent(g);
    const ha = handle(g, a);
    const hb = handle(g, b);
    return t`#urgent-care-floor (${org(g, ['Three Forks Urgent Care', 'Bitterroot Valley Rural Health Clinic'])})
[${stamp(g)}] @${ha}: bed 3 is ${phi('name', `${p.first[0]}${p.last[0]}`)} — ${phi('name', p.last.toLowerCase())}, ${ageKeep(oldOrNot(g))}${p.sex === 'f' ? 'F' : 'M'}, mrn ${mrn34(g)}, flank pain, ${lab(g)}
[${stamp(g)}] @${hb}: was she the one from ${dt(g, plus(d, -g.int(2, 30)), 'us_short')}? ${icd(g)} last time
[${stamp(g)}] @${ha}: yep. ${phi('name', nick(b))} can u get CT? gave ${drug(g)}
[${stamp(g)}] @${hb}: ok. husband ${phi('name', person(g).first.toLowerCase())} in waiting rm asking for u
[${stamp(g)}] @${ha}: tell him 20 min. ${cpt(g)} ordered. thx ${phi('name', b.first.toLowerCase())}`;
  },

  b34CallCentre: (g) => {
    const p = person(g);
    const agent = person(g);
    const spelled = p.last
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase()
      .split('')
      .join('-');
    return t`CALL TRANSCRIPT  ${org(g, PAYERS)} member services  call ${phi('other_id', `C${g.digits(9)}`, 'call')}  ${stamp(g)}
AGENT (${phi('name', agent.first)}): Thank you for calling, this is ${phi('name', agent.first)}. Can I have the member's name?
CALLER: ${phi('name', fullName(p).toLowerCase())}... last name is ${phi('name', spelled)}.
AGENT: And date of birth?
CALLER: ${dt(g, birth(g, g.int(25, 88)), 'long')}.
AGENT: Member ID?
CALLER: ${member34(g)}. Also my ${ssn(g, true)} if you need it.
AGENT: Address on file is ${addrLine(addr(g))}?
CALLER: yes. I got a denial for the ${g.pick(['MRI', 'knee scope', 'sinus surgery'])} on ${dt(g, recent(g))}.
AGENT: I see claim ${acct34(g)}, CPT ${cpt(g)}, denied for prior auth. Voiceprint ${phi('biometric', `VP-${g.digits(8)}`)} enrolled. I'll send it to ${phone34(g, 'fax')} by fax, reference ${phi('other_id', `REF${g.digits(7)}`, 'ref')}.`;
  },

  b34RemitLines: (g) => {
    const rows = Array.from({ length: g.int(2, 4) }, () => {
      const p = person(g);
      const d = recent(g);
      return t`${phi('name', `${p.last.toUpperCase()}*${p.first.toUpperCase()}`)}|${member34(g)}|${acct34(g)}|${dt(g, d, g.pick(['us', 'iso']))}|${cpt(g)}|${icd(g)}|${(g.int(4000, 90000) / 100).toFixed(2)}|CO-${g.pick(['45', '97', '197'])}`;
    });
    return t`REMITTANCE ADVICE  payer ${org(g, PAYERS)}  check/EFT ${phi('account', `${g.digits(12)}`, 'eft')}  paid ${stamp(g)}
payee ${org(g, CLINICS)}  NPI ${npiValue(g)}  TIN ${phi('other_id', `${g.digits(2)}-${g.digits(7)}`, 'tin')}
PATIENT|MEMBER|PT ACCT|DOS|PROC|DX|BILLED|ADJ
${join(rows, '\n')}
remark: see ${anyCode(g)}`;
  },

  b34PriorAuthFax: (g) => {
    const p = person(g);
    const doc = person(g);
    return t`FAX RECEIVED ${stamp(g)}  FROM ${phone34(g, 'fax')}  PAGE 1/3
PRIOR AUTHORIZATION REQUEST — ${org(g, PAYERS)}
Member: ${nameAny(g, p)}  ID ${member34(g)}  DOB ${dt(g, birth(g, g.int(18, 88)))}
Phone ${phone34(g)}  Address ${addrLine(addr(g))}
Prescriber: ${drName(g, doc)}  NPI ${npiValue(g)}  DEA ${deaValue(g, doc.last)}
Office fax ${phone34(g, 'fax')}  contact ${phi('name', person(g).first)}
Drug requested: ${drug(g)} (NDC ${ndc(g)}, RxCUI ${keep('clinical_code', g.pick(['1945200', '2556796']))})
Dx ${icd(g)}; failed ${drug(g)} since ${year(g)}.
Pharmacy: ${org(g, PHARMACIES)}
Signature: ${phi('name', `${doc.first} ${doc.last}`)}  Date: ${dt(g, recent(g))}`;
  },

  b34MicroReport: (g) => {
    const p = person(g);
    const path = person(g);
    const d = recent(g);
    return t`${org(g, LABS)}      MICROBIOLOGY REPORT
Patient: ${nameAny(g, p)}    Sex: ${p.sex.toUpperCase()}    Age: ${ageKeep(oldOrNot(g))}
MRN: ${mrn34(g)}   Accession: ${phi('other_id', `M${String(d.getUTCFullYear()).slice(2)}-${g.digits(6)}`, 'accession')}
Collected: ${dt(g, d)} ${g.int(0, 23)}:${g.pick(['10', '32', '47'])}   Received: ${stamp(g)}
Source: urine, clean catch   Ordering: ${drName(g, person(g))}
Culture: >100,000 CFU/mL Proteus mirabilis (SNOMED ${snomed(g)})
Susceptibility: ampicillin S (MIC ${keep('lab_value', '<=2')}), nitrofurantoin R, ${drug(g)} S.
Previous isolate ${dt(g, plus(d, -g.int(30, 500)))}: same organism.
Verified by ${phi('name', `${path.first} ${path.last}`)}, MD, PhD ${stamp(g)}  LIS ${version(g)}`;
  },

  b34VaImagingReport: (g) => {
    const p = person(g);
    const rad = person(g);
    const d = recent(g);
    const age = oldOrNot(g);
    return t`DEPARTMENT OF VETERANS AFFAIRS — ${org(g, ['Fort Marlow VA Community Based Outpatient Clinic'])}
RADIOLOGY REPORT    Exam: DXA HIP/SPINE (CPT ${cpt(g)})
Veteran: ${nameAny(g, p)}   Last4 ${phi('other_id', `${p.last[0]?.toUpperCase()}${g.digits(4)}`, 'last4')}   ICN ${phi('other_id', `${g.digits(10)}V${g.digits(6)}`, 'icn')}
Age ${ageKeep(age)}   DOB ${dt(g, birth(g, age))}   Exam date ${dt(g, d)}
Comparison: ${dt(g, plus(d, -g.int(400, 1500)))} at outside facility.
Findings: L1-L4 T-score ${keep('lab_value', `-${g.int(1, 3)}.${g.int(0, 9)}`)}; femoral neck ${keep('lab_value', `-${g.int(1, 3)}.${g.int(0, 9)}`)}. FRAX ${keep('statistic', `${g.int(8, 30)}% 10-yr major osteoporotic`)}.
Impression: ${icd(g)}. Consider ${drug(g)}.
Dictated: ${phi('name', `${rad.last}, ${rad.first}`)} ${stamp(g)}  PACS ${version(g)}
Accession ${phi('other_id', `${g.digits(6)}-${g.digits(4)}`, 'accession')}  Station ${g.int(400, 699)}`;
  },

  b34RuralClinicH_P: (g) => {
    const p = person(g);
    const age = oldOrNot(g);
    const a = addr(g);
    const d = recent(g);
    const embedded = {
      patient: nameAny(g, p),
      dob: dt(g, birth(g, age), 'iso'),
      county: phi('geo', a.county),
      insurance: { payer: org(g, PAYERS), memberId: member34(g) },
    };
    return t`BITTERROOT VALLEY RURAL HEALTH CLINIC - H&P
${nameAny(g, p)}   Age ${ageKeep(age)}   Visit ${dt(g, d)}   MRN ${mrn34(g)}
HPI: ${ageKeep(age)} yo rancher from outside ${phi('geo', a.city)} (${phi('street_address', a.street)}), drove in ${relPhrase(g)} with hand wound from baler. Last Td ${year(g)}.
SH: lives with ${g.pick(['wife', 'son', 'brother'])} ${nameAny(g, person(g))}; truck plate ${plateValue(g)}.
PE: 3 cm laceration, ${eponym(g)}. Wound photo ${photo34(g, p)}.
A/P: ${icd(g)}; repair ${cpt(g)}; ${drug(g)}. Referral packet sent:
${jsonText(embedded, 2)}
${drName(g, person(g))} — ${stamp(g)}`;
  },
};
