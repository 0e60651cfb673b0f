/** Blind split 8: prior authorisations, appeals, complaints and law-firm records requests. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, keep, phi, type Span, t } from '../fragment';
import {
  account,
  card,
  dea,
  driversLicense,
  email,
  groupNo,
  memberId,
  npi,
  otherId,
  personalUrl,
  photoName,
  plate,
  ssn,
  usPhone,
  vin,
} from './ids';
import { code, dose, eponymDx, hospital, lab, org, statistic, US_ORGS, year } from './vocab';
import { ageAt, ageSpan, birth, later, recent, usDate } from './when';
import { usAddress, usPlace } from './where';
import { clinician, fullName, nameForm, nm, titled, who } from './who';

function priorAuthLetter(g: Gen): Frag {
  const pt = who(g);
  const md = who(g);
  const dob = birth(g);
  const today = recent(g);
  const payer = g.pick([
    'Aetna',
    'Humana',
    'UnitedHealthcare',
    'Anthem Blue Cross',
    'Molina Healthcare',
    'Prairie Mutual Health Plan',
  ]);
  const [analyte, value] = lab(g);
  const tried: [Span, Span] = [dose(g), dose(g)];
  return t`${usDate(g, today)}

${org(payer)} — Pharmacy Prior Authorization Unit
Fax: ${usPhone(g, 'fax')}

RE: ${g.pick(['Request for coverage', 'Letter of medical necessity', 'PA request'])} — ${dose(g)}
Patient: ${nameForm(g, pt)}    DOB: ${usDate(g, dob)}
Member ID: ${memberId(g)}    Group: ${groupNo(g)}
Prescriber: ${clinician(g, md, 'MD')}, NPI ${npi(g)}${g.chance(0.4) ? t`, DEA ${dea(g, md)}` : ''}

To whom it may concern,

I am writing on behalf of my patient, ${titled(g, pt)}, a ${ageSpan(ageAt(dob, today))}-year-old with ${code(g, 'ICD-10')[1]} (${eponymDx(g)}). ${pt.sex === 'f' ? 'She' : 'He'} has failed ${tried[0]} (started ${usDate(g, later(today, -g.int(200, 700)))}) and ${tried[1]}, stopped ${usDate(g, later(today, -g.int(30, 190)))} for intolerance. Most recent ${analyte}: ${value}.
In the pivotal trial, ${statistic(g)} and ${statistic(g)} supported this therapy (published ${year(g, 2016, 2024)}).
Please approve for ${g.int(6, 12)} months. Questions: ${usPhone(g)}, or e-mail my office.

Sincerely,
${clinician(g, md, 'MD')}
`;
}

function appealLetter(g: Gen): Frag {
  const pt = who(g);
  const writer = g.chance(0.5) ? pt : who(g, pt.tradition);
  const place = usPlace(g);
  const denial = recent(g);
  const payer = g.pick([
    'Aetna',
    'Humana',
    'Anthem Blue Cross',
    'Molina Healthcare',
    'Prairie Mutual Health Plan',
  ]);
  return t`${fullName(writer)}
${usAddress(g, place, true)}
${usPhone(g)}  ${email(g, writer)}

${org(payer)}
Attn: Appeals and Grievances

Re: First-level appeal, claim ${otherId(g)}, member ${memberId(g)}${writer === pt ? '' : t`, patient ${fullName(pt)}, DOB ${usDate(g, birth(g))}`}

I am appealing your denial dated ${usDate(g, denial)} of ${code(g, 'CPT')[1]} (${g.pick(['physical therapy', 'home oxygen', 'the sleep study', 'the MRI'])}) performed at ${hospital(g)} on ${usDate(g, later(denial, -g.int(10, 60)))}.
${writer === pt ? 'I have' : t`My ${g.pick(['mother', 'father', 'son', 'wife'])} has`} had ${eponymDx(g)} since ${year(g, 1998, 2022)} and ${g.chance(0.5) ? 'my doctor' : t`Dr. ${nm(who(g).family)}`} documented that ${dose(g)} did not work.
I already paid ${g.pick(['$412.80', '$1,250.00', '$96.15'])} ${g.chance(0.5) ? t`on my card ending ${phi('account', g.digits(4))}` : t`with card ${card(g)}`} toward account ${account(g)}; please refund if the appeal is approved.
${g.chance(0.4) ? t`I shared my story at ${personalUrl(g, writer)} and I will contact the state insurance commissioner if needed.\n` : ''}Thank you,
${nm(g.chance(0.5) ? `${writer.given} ${writer.family}` : writer.given)}
`;
}

function complaintLetter(g: Gen): Frag {
  const pt = who(g);
  const nurse = who(g);
  const stay = recent(g);
  const place = usPlace(g);
  const hospital = g.pick([
    'Tamarack Valley Hospital',
    'Lakeshore Regional Medical Center',
    'Kessler Institute',
  ]);
  return t`To the Patient Relations Department, ${org(hospital)}

My name is ${nameForm(g, pt)} and I was a patient on ${g.pick(['4 West', 'the cardiac step-down unit', 'Room 512B', 'the ortho floor'])} from ${usDate(g, stay)} to ${usDate(g, later(stay, g.int(2, 9)))}. I am writing to complain about ${g.pick(['how I was treated at night', 'my medication being late', 'my car being towed', 'being discharged too early'])}.

On the second night the nurse, ${g.pick(['I believe her name was', 'a man named', 'named'])} ${nm(g.chance(0.5) ? nurse.given : `${nurse.given} ${nurse.family[0]}.`)}, told me my ${dose(g)} "wasn't due yet" even though the board said otherwise. My pain was ${keep('statistic', g.pick(['9/10', '8/10', '10/10']))}.
While I was admitted my car (plate ${plate(g)}) was towed from the visitor lot even though I had a pass. ${g.chance(0.5) ? t`VIN ${vin(g)} if you need it for the tow company.` : ''}
I have attached photos (${photoName(g, pt)}, ${photoName(g, pt)}) of the bruising from the IV.
You can reach me at ${usPhone(g)} or at ${usAddress(g, place, false)}.
${g.chance(0.5) ? t`My patient number is ${phi('mrn', g.digits(8))}.` : ''}

${nm(pt.given)}
`;
}

function recordsRequest(g: Gen): Frag {
  const client = who(g);
  const lawyer = who(g);
  const dob = birth(g);
  const loss = recent(g);
  const firm = g.pick([
    'Harbor Point Injury Law',
    'Keystone Trial Group LLP',
    'Northfork Legal Partners',
    'Summit Accident Attorneys PLLC',
  ]);
  return t`${org(firm)}
Attorneys at Law
Tel ${usPhone(g)} | Fax ${usPhone(g, 'fax')}

${usDate(g, later(loss, g.int(20, 200)))}

VIA FACSIMILE ${usPhone(g, 'fax')}
Custodian of Records, ${org(g.pick(US_ORGS))}

RE: Our client: ${nameForm(g, client)}
    Date of birth: ${usDate(g, dob)}
    ${ssn(g)}
    Date of loss: ${usDate(g, loss)} (motor vehicle collision)
    Client vehicle: ${year(g, 2008, 2024)} ${g.pick(['Honda CR-V', 'Ford F-150', 'Toyota Camry', 'Nissan Rogue'])}, VIN ${vin(g)}, plate ${plate(g)}
    Claim No.: ${otherId(g)}   Driver's license: ${driversLicense(g)}

Pursuant to the enclosed HIPAA-compliant authorization signed by ${g.chance(0.5) ? 'our client' : t`${titled(g, client)}`}, please produce complete certified copies of all records, including ED notes, imaging (CPT ${code(g, 'CPT')[1]}), billing ledgers (account ${account(g)}) and itemized statements, from ${usDate(g, loss)} to present.
${g.chance(0.4) ? t`This request is made under subpoena duces tecum, case no. ${phi('other_id', `${g.int(20, 26)}-CV-${g.digits(5)}`)}.\n` : ''}Please direct questions to paralegal ${nameForm(g, who(g))} at ext. ${g.int(200, 499)}.

Very truly yours,
${nm(`${lawyer.given} ${lawyer.family}`)}, Esq.
Bar No. ${phi('license', g.digits(6))}
`;
}

export const LETTER_DOCS = { priorAuthLetter, appealLetter, complaintLetter, recordsRequest };
