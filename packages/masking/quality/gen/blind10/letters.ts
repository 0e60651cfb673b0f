/**
 * Correspondence and office text of blind split 10: referral and GP letters, staff e-mail with
 * quoted replies, billing narratives, call-centre and phone-message notes, social work, medication
 * reconciliation, incident reports and an operations huddle. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import {
  acctLabeled,
  bio,
  claimNo,
  day,
  dea,
  dobFor,
  dt,
  dtDayFirst,
  memberLabeled,
  memberNo,
  mrnLabeled,
  mrnNo,
  npi,
  personalEmail,
  phoneNo,
  plate,
  plus,
  serial,
  ssnTyped,
  staffEmail,
  stateLic,
  vin,
  weekday,
} from './ids';
import {
  anAge,
  cptCode,
  dev,
  drug,
  drugOnly,
  epo,
  icd,
  lab,
  org,
  payer,
  stat,
  ts,
  uuidKeep,
  ver,
  young,
  yr,
} from './keep';
import {
  crowd,
  doc,
  first,
  full,
  initialLast,
  initials,
  last,
  lastFirst,
  lowerFirst,
  mk,
  ptName,
  title,
} from './people';
import { addr, addrLine } from './places';

function referralLetter(g: Gen): Frag {
  const [p, from, to] = crowd(g);
  const clinic = addr(g, 'US');
  const home = addr(g, 'US');
  const a = anAge(g);
  return t`${org(g)}
${addrLine(g, clinic)}
Tel ${phoneNo(g)}  Fax ${phoneNo(g, 'fax')}

${dt(g, day(g), 'mon_d_yyyy')}

${doc(g, to)}
${org(g)}
Fax: ${phoneNo(g, 'fax')}

RE: ${ptName(g, p)}   DOB ${dt(g, dobFor(g, a.n))}   ${memberLabeled(g)}

Dear Dr. ${last(to)},

Thank you for seeing ${title(p)} ${last(p)}, a pleasant ${a.span}-year-old referred for ${g.pick(['evaluation of R knee pain', 'abnormal PSA', 'chronic diarrhea', 'refractory HTN'])} (${icd(g)}). ${p.sex === 'f' ? 'She' : 'He'} has tried ${drug(g)} and ${drugOnly(g)} without relief. Recent ${lab(g)}; ${epo(g)} positive on my exam. ${g.pick(['Imaging enclosed.', 'MRI from', 'Records from'])} ${org(g)} ${g.pick(['attached', 'to follow'])}.
${p.sex === 'f' ? 'She' : 'He'} can be reached at ${phoneNo(g)} or ${personalEmail(g, p.first, p.last)}; home address ${addrLine(g, home)}.

Kind regards,

${full(from)}, ${g.pick(['MD', 'DO', 'FNP-C'])}
NPI ${npi(g)}
`;
}

function staffEmail2(g: Gen): Frag {
  const [a, b, p, c] = crowd(g);
  const d = day(g);
  return t`From: ${full(a)} <${staffEmail(g, a.first, a.last)}>
To: ${full(b)} <${staffEmail(g, b.first, b.last)}>
Cc: ${staffEmail(g, c.first, c.last)}
Subject: ${g.pick(['RE: pt', 'Re: FW: bed', 'RE: RE: f/u needed', 'question re'])} ${initialLast(p)}
Sent: ${weekday(g)}, ${dt(g, d, 'mon_d_yyyy')} ${g.int(1, 12)}:${g.int(10, 59)} PM

${g.pick(['hi', 'Hey', 'Hi'])} ${lowerFirst(b)} - yes ${first(p)} is ok to come in ${g.pick(['tmrw', 'monday', 'next wk'])}, can you move ${p.sex === 'f' ? 'her' : 'him'} to ${g.int(8, 11)}:30? ${p.sex === 'f' ? 'her' : 'his'} ${g.pick(['dtr', 'son', 'caregiver'])} asked for a call back ${phoneNo(g)}. Also ${lab(g)} from ${dt(g, plus(d, -2))}, restart ${drug(g)}.

thx
${first(a)}
--
${full(a)}, ${g.pick(['RN Care Coordinator', 'Practice Manager', 'MA', 'NP'])}
${org(g)} | direct ${phoneNo(g)} | fax ${phoneNo(g, 'fax')}
CONFIDENTIALITY NOTICE: This e-mail may contain PHI...

-----Original Message-----
From: ${full(b)}
Sent: ${dt(g, plus(d, -1), 'us')} ${g.int(7, 11)}:${g.int(10, 59)} AM
> Pt ${lastFirst(p)} ${mrnLabeled(g)} DOB ${dt(g, dobFor(g, g.int(25, 96)))} called re ${g.pick(['refill', 'results', 'bill'])}.
> ${g.pick(['ok to schedule?', 'pls advise', 'can NP see?'])} ${p.sex === 'f' ? 'she' : 'he'} lives out in ${addr(g, 'US').county} now
`;
}

function ukGpLetter(g: Gen): Frag {
  const [p, gp, cons] = crowd(g);
  const au = g.chance(0.35);
  const home = addr(g, au ? 'AU' : 'UK');
  const d = day(g);
  const a = anAge(g);
  return t`${keep('organization', au ? g.pick(['Queensland Health', 'Toowoomba Hospital']) : g.pick(['NHS Tayside', 'Pinderfields Hospital', 'Stepping Hill Hospital']))}
${au ? 'DISCHARGE LETTER TO GP' : 'Clinic letter - Dictated'} ${dtDayFirst(g, d)} / typed ${dtDayFirst(g, plus(d, 3))}

Dear ${g.pick(['Dr', 'Dr.'])} ${last(gp)},
Re: ${ptName(g, p)}, D.O.B. ${dtDayFirst(g, dobFor(g, a.n))}, ${au ? 'Medicare no.' : 'NHS No.'} ${au ? phi('health_plan', `${g.int(2, 6)}${g.digits(3)} ${g.digits(5)} ${g.int(1, 9)}`, 'au_medicare') : phi('health_plan', `${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`, 'nhs')}, ${addrLine(g, home)}
Hosp no ${mrnNo(g)}

I reviewed this ${a.span} year old ${p.sex === 'f' ? 'lady' : 'gentleman'} in clinic today with ${g.pick(['his daughter', 'her husband', 'a carer', 'no one'])}. ${epo(g)} ${g.pick(['remains', 'now'])} ${g.pick(['stable', 'worse', 'resolved'])}. Bloods: ${lab(g)}, ${lab(g)}.
Plan: continue ${drug(g)}; stop ${drugOnly(g)}. Review in ${g.int(3, 12)} months. Mobile ${phoneNo(g, 'phone', au ? 'AU' : 'UK')}.

Yours sincerely
${full(cons)} ${g.pick(['MRCP', 'FRACP', 'Consultant Physician', 'Registrar'])}
cc: ${g.pick(['patient', 'Dr', 'district nurses'])} ${full(gp)}
`;
}

function claimDenial(g: Gen): Frag {
  const [p, sub, prov] = crowd(g);
  const dos = day(g);
  return t`${g.pick(['EXPLANATION OF BENEFITS', 'Claim denial - work queue note', 'REMITTANCE NARRATIVE'])}
Payer: ${payer(g)}    Claim #: ${claimNo(g)}    ${memberLabeled(g)}
Patient: ${lastFirst(p)}   Subscriber: ${full(sub)} (${g.pick(['self', 'spouse', 'parent'])})   DOB ${dt(g, dobFor(g, g.int(1, 88)))}
DOS ${dt(g, dos)}  Rendering: ${doc(g, prov)} NPI ${npi(g)}
Line 1: CPT ${cptCode(g)}  dx ${icd(g)}  billed $${g.int(90, 4800)}.00  allowed $0.00  CARC ${g.pick(['CO-197', 'CO-50', 'PR-204', 'CO-16'])}
Line 2: CPT ${cptCode(g)}  dx ${icd(g)}  paid $${g.int(20, 300)}.${g.digits(2)}
Note: denied for no auth. called payer, rep ${first(mk(g))} ref# ${phi('other_id', `R${g.digits(9)}`, 'call_ref')}, retro auth request faxed to ${phoneNo(g, 'fax')} on ${dt(g, plus(dos, g.int(20, 60)))}. guarantor ${acctLabeled(g)}.
${g.pick(['Pt responsibility', 'Balance'])} $${g.int(10, 900)}.${g.digits(2)}; statement to ${addrLine(g, addr(g, 'US'))}. ${ssnTyped(g)} on file for ${g.pick(['collections', 'charity care app', 'the guarantor'])}.
`;
}

function callCenterNote(g: Gen): Frag {
  const [p, agent] = crowd(g);
  const home = addr(g, 'US');
  return t`CALL LOG  ${ts(g, true)}  agent ${phi('name', `${agent.first}.${agent.last}`.toLowerCase().replace(/[^a-z.]/g, ''), 'username')} ext ${g.int(4000, 4999)}
caller: ${ptName(g, p)} verified w/ dob ${dt(g, dobFor(g, g.int(19, 97)))} + addr ${addrLine(g, home)}
${g.pick(['voice ID enrolled', 'voiceprint match', 'caller authenticated by voiceprint'])} ${bio(g)}
reason: ${g.pick(['bill for ER visit', 'wants itemized statement', 'ins changed', 'payment plan'])} - ${acctLabeled(g)}, DOS ${dt(g, day(g))}
new ins: ${payer(g)} ${memberNo(g)}; ${ssnTyped(g)} updated. cb ${phoneNo(g)} ${g.pick(['after 5', 'anytime', 'texts ok'])}
set up plan $${g.int(25, 150)}/mo x ${g.int(3, 24)}. emailed confirmation to ${personalEmail(g, p.first, p.last)}.
call duration ${g.int(3, 44)}m ${g.int(0, 59)}s. ticket ${uuidKeep(g)}
`;
}

function phoneSlip(g: Gen): Frag {
  const [p, caller, forDr, taker] = crowd(g);
  const d = day(g);
  return t`*** PHONE MESSAGE ***
For: ${doc(g, forDr)}        Date: ${dt(g, d, g.pick(['m_d', 'us_yy', 'mon3_lower'] as const))}   Time: ${g.int(8, 11)}:${g.int(10, 59)}${g.pick(['a', 'am', ''])}
Caller: ${full(caller)} (${g.pick(['wife', 'son', 'pharmacy', 'home health RN', 'self'])}) re: ${ptName(g, p)} ${g.pick(['', 'DOB '])}${dt(g, dobFor(g, g.int(30, 98)), 'us_bare')}
Call back: ${phoneNo(g)} ${g.pick(['(cell)', '(work)', '', 'x 12'])}
[x] please call  [ ] will call again  [ ] urgent
Msg: ${g.pick(['pt fell last night, ', 'out of ', 'having side effects from ', 'asking if ok to take '])}${drug(g)}. ${g.pick(['BS', 'BP'])} ${g.int(60, 240)} this am. ${g.pick(['vm left', 'no answer', 'spoke w/'])} ${lowerFirst(caller)}.
Taken by: ${initials(taker)}
--- voicemail transcript ---
"hi this is ${lowerFirst(caller)} ${g.pick(['calling for', 'about'])} my ${g.pick(['mom', 'dad', 'husband', 'grandma'])} ${first(p)} ${last(p)}, um, ${g.pick(['the', 'her', 'his'])} appointment on ${dt(g, plus(d, g.int(1, 20)), 'month_ord')}, you can reach me at ${phoneNo(g)}, thanks bye"
`;
}

function socialWork(g: Gen): Frag {
  const [p, sw, kid, ex] = crowd(g);
  const home = addr(g, 'US');
  const a = anAge(g, 22, 88);
  return t`CARE COORDINATION / SOCIAL WORK NOTE ${dt(g, day(g))}
Pt ${ptName(g, p)} ${a.span} yo, ${mrnLabeled(g)}, ${memberLabeled(g)}.
Met w/ pt at bedside re: d/c planning. Lives ${g.pick(['alone', 'with grandson', 'with partner'])} at ${addrLine(g, home)} (${home.county}), ${g.pick(['2nd fl walkup', 'trailer', 'rented house'])}. ${g.pick(['Grandson', 'Son', 'Daughter'])} ${full(kid)} age ${young(g.int(12, 40))} helps w/ meds.
Transport: own car, ${g.pick(['2009 Buick', 'blue Malibu', 'old F-150'])} plate ${plate(g)}, ${g.pick(['unsafe to drive per MD', 'license suspended', 'ok'])}. Referred to ${org(g)}. ${g.pick(['Protective order vs', 'Hx DV w/', 'Ex-partner'])} ${full(ex)} - do not release info.
Benefits: SNAP, Medicaid; ${ssnTyped(g)} given for SSDI app. DL ${stateLic(g)}.
${g.pick(['Hospice', 'Home health', 'Lincare O2'])} referral faxed ${phoneNo(g, 'fax')}. pt to call ${phoneNo(g)} when home.
${full(sw)}, ${g.pick(['MSW, LCSW', 'LSW', 'RN CM'])} ${g.pick(['x', 'ext'])}${g.int(2000, 2999)}
`;
}

function medRec(g: Gen): Frag {
  const [p, rx, pharm] = crowd(g);
  const rows = Array.from(
    { length: g.int(4, 7) },
    () =>
      t`${drug(g)} | ${g.pick(['taking', 'not taking', 'taking differently', 'unknown'])} | last dose ${g.pick(['today am', 'yesterday', '?', `${g.int(1, 12)}/${g.int(1, 28)}`])}`,
  );
  return t`MEDICATION RECONCILIATION - ${g.pick(['admission', 'transfer', 'discharge'])}
${ptName(g, p)}  ${mrnLabeled(g)}  Wt ${g.int(40, 150)} kg
Source: pt, ${g.pick(['pill bottles', 'Surescripts hx', 'wife', 'SNF MAR'])}, ${org(g)} (${phoneNo(g)})
Med | status | last dose
${join(rows, '\n')}
Prescriber of record: ${doc(g, rx)}  DEA ${dea(g, rx.last)}  NPI ${npi(g)}
Pharmacist ${full(pharm)}, PharmD verified ${ts(g)}. ${g.pick(['Dup therapy', 'Interaction', 'Renal dosing'])} flagged: ${drugOnly(g)} + ${drugOnly(g)}.
Home device: ${dev(g)} serial ${serial(g)} - pt to self-manage.
`;
}

function incidentReport(g: Gen): Frag {
  const [p, rn, witness, sec] = crowd(g);
  const d = day(g);
  return t`SAFETY EVENT REPORT #${phi('other_id', `IR-${g.int(24, 25)}-${g.digits(5)}`, 'incident')}   entered ${ts(g)}
Event date: ${dt(g, d)} approx ${g.int(1, 12)}:${g.int(10, 59)}   Unit: ${g.pick(['4 West', 'MICU', 'ED pod C', '5N ortho'])}
Person affected: ${ptName(g, p)}  ${mrnLabeled(g)}  age ${anAge(g).span}
Type: ${g.pick(['fall w/o injury', 'med error (wrong time)', 'elopement', 'visitor altercation'])}
Description: pt found on floor by ${full(rn)} RN (employee ${phi('other_id', `E${g.digits(6)}`, 'employee')}). bed alarm (${dev(g)}, S/N ${serial(g)}) ${g.pick(['did not sound', 'was off', 'sounded late'])}. ${epo(g)} neg. ${lab(g)}.
Med room access by fingerprint ${bio(g)} at ${g.int(1, 12)}:${g.int(10, 59)}; ${drug(g)} removed.
Security (${full(sec)}) reviewed camera; visitor vehicle ${g.pick(['plate', 'tag'])} ${plate(g)}, VIN ${vin(g)} towed from fire lane.
Witness: ${full(witness)} ${phoneNo(g)}. Family notified: ${g.pick(['yes', 'no'])}. ${g.pick(['Unit stats:', 'FYI'])} ${stat(g)}.
`;
}

function opsHuddle(g: Gen): Frag {
  const [a, b, c, p, q] = crowd(g);
  return t`Subject: ${g.pick(['capacity huddle', 'BED HUDDLE 0800', 'house sup update'])} ${dt(g, day(g), 'm_d')}
${g.pick(['All', 'team', 'Good morning all'])} - ${stat(g)}, ${stat(g)}, ${stat(g)}.
${org(g)} ${g.pick(['on divert', 'accepting', 'full'])}. ${stat(g)}.
Pending dc: ${lastFirst(p)} (rm ${g.int(300, 599)}, ${mrnNo(g)}) waiting on ${g.pick(['SNF auth', 'ride', 'HH'])}; ${initialLast(q)} ${anAge(g).span}yo needs ${dev(g)} before dc.
Charge RNs: ${first(a)} (${phoneNo(g)}), ${full(b)}; house sup ${full(c)} ${g.pick(['spectra', 'vocera', 'pager'])} ${phoneNo(g)}
EHR downtime ${g.pick(['sat', 'sun'])} 0200-0400 for upgrade to ${ver(g)}. since ${yr(g, 2015, 2024)} we've done this monthly.
`;
}

export const LETTER_DOCS: Record<string, (g: Gen) => Frag> = {
  b10_referral_letter: referralLetter,
  b10_staff_email_thread: staffEmail2,
  b10_uk_au_clinic_letter: ukGpLetter,
  b10_claim_denial_eob: claimDenial,
  b10_billing_call_log: callCenterNote,
  b10_phone_message_slip: phoneSlip,
  b10_social_work_note: socialWork,
  b10_med_reconciliation: medRec,
  b10_incident_report: incidentReport,
  b10_capacity_huddle: opsHuddle,
};
