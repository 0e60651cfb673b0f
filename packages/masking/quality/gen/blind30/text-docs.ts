/**
 * Text documents of blind split 30: what an MCP gateway in front of clinical systems passes
 * as text: notes of many kinds, patient messages, faxes, tables inside tool results, agent
 * summaries and tool calls written in plain language. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, jsonText, keep, type Piece, phi, t } from '../fragment';
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
  accession,
  acct,
  addr,
  addrLine,
  ageOf,
  b30Person,
  bioRef,
  claimNo,
  code,
  cptCode,
  dev,
  doc,
  drug,
  drugOnly,
  dt,
  dtNoYear,
  dtTime,
  epo,
  epoDx,
  epoProc,
  epoScore,
  epoSign,
  fallScale,
  groupNo,
  icd,
  ipB30,
  lab,
  labRow,
  loincCode,
  mail,
  memberB30,
  mrnB30,
  nm,
  org,
  patient,
  photoRef,
  plusDays,
  portalUrl,
  referralNo,
  relWord,
  rxNo,
  serialB30,
  staffShort,
  stat,
  sysTs,
  systemStamp,
  tel,
  telLabeled,
  uid,
  ver,
  visitDate,
  vitalB30,
  yr,
} from './vocab';

type Template = (g: Gen) => Frag;

const sex = (g: Gen, female: boolean): string =>
  female ? g.pick(['F', 'female', 'woman', 'y/o F']) : g.pick(['M', 'male', 'man', 'y/o M']);

/** "LAST, FIRST  DOB 03/04/1941  MRN 12345678" and its shuffled variants. */
function banner(g: Gen): { frag: Frag; p: ReturnType<typeof patient> } {
  const p = patient(g);
  const parts: Piece[] = [
    t`${g.pick(['Patient:', 'Pt:', 'Name:', 'PATIENT'])} ${nm(g, p)}`,
    t`${g.pick(['DOB', 'DOB:', 'D.O.B.', 'Birthdate'])} ${dt(g, p.dob)}`,
    t`${g.pick(['MRN', 'MRN:', 'Med Rec#', 'Chart'])} ${mrnB30(g)}`,
  ];
  if (g.chance(0.5)) parts.push(t`Age ${ageOf(p)}`);
  return { frag: join(g.some(parts, parts.length, parts.length), g.pick(['  ', ' | ', '\n', '; '])), p };
}

const edNote: Template = (g) => {
  const { frag, p } = banner(g);
  const md = b30Person(g, 30, 70);
  const rel = b30Person(g);
  const a = addr(g);
  const arrive = visitDate(g);
  const mvc = g.chance(0.5);
  return t`EMERGENCY DEPARTMENT PROVIDER NOTE
${frag}
Arrival: ${dtTime(g, arrive)}   Mode: ${mvc ? 'EMS' : 'private vehicle'}
Home: ${addrLine(g, a)}

HPI: ${ageOf(p)} ${sex(g, p.sex === 'female')} w/ hx of ${epoDx(g)} on ${drug(g)} presents ${mvc ? t`after low-speed MVC (driver; car ${g.chance(0.5) ? t`VIN ${vinValue(g)}` : t`plate ${plateValue(g)}`}, towed)` : 'with 2 days of chest tightness'}. ${g.pick(['Hx obtained from', 'Collateral from', 'Per'])} ${relWord(g, rel)} ${nm(g, rel)} (${tel(g)}).
Exam: ${vitalB30(g)}, ${vitalB30(g)}, ${vitalB30(g)}. ${epoSign(g)} negative. Has ${dev(g)} (serial ${serialB30(g)}).
Data: ${lab(g)}; ${lab(g)}; ${lab(g)}. ECG per ${doc(g, b30Person(g, 30, 70))}.
MDM: Dx ${icd(g)}. ${g.pick(['Discussed with', 'Seen and examined with', 'Dispo per'])} ${doc(g, md)}.
Disposition: ${g.pick(['admit to obs', 'home', 'transfer'])} — ${org(g)}.
Electronically signed ${systemStamp(g, arrive)} by ${doc(g, md)}`;
};

const progressSoap: Template = (g) => {
  const p = patient(g);
  const rel = b30Person(g);
  const d = visitDate(g);
  const nurse = b30Person(g);
  return t`${g.pick(['Progress Note', 'PROGRESS NOTE — Hospital Day 3', 'Daily progress note'])} ${dtNoYear(g, d)}
${nm(g, p)} is a ${ageOf(p)}yo admitted ${dt(g, plusDays(d, -g.int(1, 6)))} for ${epoDx(g)}.
S: ${g.pick(['feels better', 'slept poorly', 'c/o nausea', 'no complaints'])}; ${!g.chance(0.6) ? '' : t`${p.sex === 'female' ? 'her' : 'his'} ${relWord(g, rel)} ${phi('name', rel.first, 'first')} at bedside. `}
O: ${vitalB30(g)} ${vitalB30(g)} | ${lab(g)}, ${lab(g)} | I/O +${g.int(100, 900)} mL
A/P:
 1. ${icd(g)} — cont ${drug(g)}; recheck ${labRow(g).name} in AM
 2. ${g.pick(['AKI', 'afib', 'CHF'])} — ${drug(g)}, ${g.pick(['tele', 'daily weights', 'strict I/O'])}
 3. Dispo: ${g.pick(['PT/OT eval', 'SNF placement', 'home w/ services'])}, anticipate DC ${dtNoYear(g, plusDays(d, 2))}
d/w RN ${staffShort(g, nurse)}; ${g.chance(0.5) ? t`/${phi('name', `${nurse.first[0]}${nurse.last[0]}`.toLowerCase(), 'initials')}` : t`-- ${doc(g, b30Person(g, 30, 70))}`}`;
};

const discharge: Template = (g) => {
  const { frag, p } = banner(g);
  const admit = visitDate(g);
  const dc = plusDays(admit, g.int(2, 9));
  const pcp = b30Person(g, 30, 70);
  const meds = g.some([0, 1, 2, 3], 2, 4).map(() => t`- ${drug(g)}`);
  return t`DISCHARGE SUMMARY
${frag}
Admitted: ${dt(g, admit)}    Discharged: ${dt(g, dc)}
Attending: ${doc(g, b30Person(g, 30, 70))}   PCP: ${doc(g, pcp)} (ph ${tel(g)} / fax ${tel(g, 'fax')})
Principal dx: ${icd(g)}   Procedures: ${cptCode(g)} ${epoProc(g)}
Hospital course: ${ageOf(p)}-year-old with ${epoDx(g)}, treated with ${drug(g)}. ${lab(g)} on admission, ${lab(g)} at discharge.
Discharge medications:
${join(meds, '\n')}
Follow-up: ${org(g)} on ${dt(g, plusDays(dc, g.int(5, 14)))} at ${g.int(8, 15)}:${g.pick(['00', '15', '30', '45'])}; call ${tel(g)} to confirm.
Discharged to: ${addrLine(g, addr(g))}
Home health: ${org(g, 'service')}, start of care ${dtNoYear(g, plusDays(dc, 1))}.`;
};

const consultLetter: Template = (g) => {
  const p = patient(g);
  const rel = b30Person(g);
  const to = b30Person(g, 30, 70);
  const from = b30Person(g, 30, 70);
  const d = visitDate(g);
  return t`${org(g)}
${addrLine(g, addr(g))}
Tel ${tel(g)}  Fax ${tel(g, 'fax')}

${dt(g, d, 'long')}

Dear ${g.chance(0.5) ? t`Dr. ${phi('name', to.last, 'dr_last')}` : t`${phi('name', to.first, 'first')}`},

Re: ${nm(g, p)}, DOB ${dt(g, p.dob)}, ${g.pick(['MRN', 'our ref'])} ${mrnB30(g)}

Thank you for asking me to see this ${ageOf(p)}-year-old regarding ${epoDx(g)}. ${p.sex === 'female' ? 'She' : 'He'} was seen on ${dtNoYear(g, d)} with ${p.sex === 'female' ? 'her' : 'his'} ${relWord(g, rel)}, ${nm(g, rel)}. Since ${yr(g)} the symptoms have progressed; ${epoSign(g)} was positive on the left.
Investigations: ${lab(g)}, ${lab(g)}; ${code(g).code} noted on the problem list.
Plan: start ${drug(g)}, stop ${drugOnly(g)}. I have ordered ${cptCode(g)} and will review on ${dt(g, plusDays(d, 28))}.

Kind regards,
${doc(g, from)}
NPI ${npiValue(g)} | ${g.pick(['Lic.', 'State lic #', 'License'])} ${stateLicenseValue(g)}
cc: ${doc(g, b30Person(g, 30, 70))}`;
};

const nursingShift: Template = (g) => {
  const p = patient(g);
  const rn = b30Person(g);
  const wound = g.chance(0.6);
  return t`NURSING SHIFT NOTE ${g.pick(['0700-1900', '19:00–07:00', 'nights'])} — bed ${g.int(2, 40)}${g.pick(['A', 'B', ''])}
Pt ${nm(g, p)} (${ageOf(p)}, ${p.sex === 'female' ? 'F' : 'M'}) A&Ox${g.int(2, 4)}. ${vitalB30(g)}, ${vitalB30(g)}, ${vitalB30(g)}.
Pain ${g.int(0, 10)}/10, given ${drug(g)} at ${g.int(10, 23)}:${g.pick(['05', '20', '40'])}.
${wound ? t`Sacral wound measured 3.1 x 2.0 cm, photo uploaded as ${photoRef(g, p)}. ` : ''}${dev(g)} in use, ${g.pick(['alarms silenced x1', 'settings verified', 'battery swapped'])}.
Family: ${nm(g, b30Person(g))} called ${g.pick(['x2', 'twice', 'at 2200'])}, wants update, ${telLabeled(g)}.
Fall risk (${fallScale(g)}) reviewed. Bed alarm on. Wristband scanned; ${g.pick(['palm-vein', 'fingerprint', 'iris'])} ID ${bioRef(g)} matched.
Report given to ${staffShort(g, b30Person(g))} RN. — ${phi('name', `${rn.first} ${rn.last}`, 'full')}, RN`;
};

const phoneEncounter: Template = (g) => {
  const p = patient(g);
  const caller = b30Person(g);
  const d = visitDate(g);
  return t`TELEPHONE ENCOUNTER  ${dt(g, d)} ${g.int(8, 17)}:${g.pick(['02', '19', '44'])}
Caller: ${nm(g, caller)} (${g.pick(['daughter', 'son', 'spouse', 'caregiver', 'self'])}) — ${telLabeled(g)}
Re pt: ${nm(g, p)}  DOB ${dt(g, p.dob)}
Reason: ${g.pick(['refill request', 'side effects', 'lab question', 'needs PA'])} for ${drug(g)}. Rx #${rxNo(g)} at ${org(g, 'pharmacy')} (${tel(g)}).
States ${g.pick(['dizziness since Tuesday', 'ankle swelling', 'BG in 300s'])}; last ${lab(g)} on ${dtNoYear(g, plusDays(d, -9))}.
Advised: ${g.pick(['hold dose', 'ED if worse', 'keep appt'])}. Appt made ${dt(g, plusDays(d, 3))} w/ ${doc(g, b30Person(g, 30, 70))}.
Call back ${g.pick(['if no improvement', 'with BP log'])}: verified ${g.pick(['DOB and address', 'DOB'])} (${addrLine(g, addr(g))}).
${staffShort(g, b30Person(g))}/${g.pick(['MA', 'RN', 'LPN'])}`;
};

const pathReport: Template = (g) => {
  const { frag, p } = banner(g);
  const d = visitDate(g);
  return t`SURGICAL PATHOLOGY REPORT   Accession: ${accession(g)}
${frag}
Collected: ${dt(g, d)}  Received: ${dt(g, plusDays(d, 1))}
Submitting: ${doc(g, b30Person(g, 30, 70))}, ${org(g, 'care')}
CLINICAL HX: r/o ${epoDx(g)}; ${icd(g)}
GROSS: Received in formalin labeled with the patient's name "${phi('name', p.last.toUpperCase(), 'last')}" and "A. ${g.pick(['skin', 'colon', 'breast core'])}".
DIAGNOSIS: ${g.pick(['benign', 'low-grade dysplasia', 'invasive carcinoma, margins negative'])}; ${code(g).code}.
Procedure code ${cptCode(g)}. Stains ${g.pick(['reviewed', 'pending'])}.
Pathologist: ${doc(g, b30Person(g, 30, 70))}  Signed ${systemStamp(g, plusDays(d, 3))}`;
};

const imagingReport: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return t`${g.pick(['CT ABDOMEN/PELVIS W CONTRAST', 'MRI L-SPINE W/O', 'US RUQ', 'XR CHEST 2V'])}
Name: ${nm(g, p)}   Acc# ${accession(g)}   Exam date: ${dt(g, d)}
Ordering: ${doc(g, b30Person(g, 30, 70))}   ${cptCode(g)}
Indication: ${ageOf(p)}yo ${p.sex === 'female' ? 'F' : 'M'}, ${epoDx(g)}, ${icd(g)}.
Comparison: ${g.chance(0.5) ? t`${dt(g, plusDays(d, -g.int(30, 900)))}` : 'none'}.
Technique: ${dev(g)} in situ; contrast ${g.int(60, 125)} mL. Implant card: ${udiValue(g)}.
Findings: ${g.pick(['no acute process', 'small effusion', 'stable nodule 4 mm'])}. ${lab(g)} at time of scan.
Impression: see above. Dictated ${dtTime(g, d)} by ${doc(g, b30Person(g, 30, 70))} (station ${ipB30(g)}).`;
};

const portalThread: Template = (g) => {
  const p = patient(g);
  const md = b30Person(g, 30, 70);
  const d = visitDate(g);
  return t`From: ${p.first} ${phi('name', p.last, 'last')} <${mail(g, p)}>
Sent: ${dt(g, d, 'weekday')} ${g.int(1, 12)}:${g.pick(['03', '37', '58'])} ${g.pick(['AM', 'PM'])}
Subject: ${g.pick(['question about my meds', 're: test results', 'appointment??'])}

hi ${g.pick(['dr', 'Dr.'])} ${phi('name', md.last.toLowerCase(), 'lower_last')}, this is ${phi('name', p.first.toLowerCase(), 'lower_first')} - my ${drugOnly(g)} ran out and the pharmacy says i need a new script. also my ${g.pick(['husband', 'wife', 'mom'])} ${phi('name', b30Person(g).first, 'first')} can drive me on ${dtNoYear(g, plusDays(d, 4))}. new cell is ${tel(g)}. i moved to ${t`${addr(g).street}`} btw. photo of the rash: ${photoRef(g, p)}
thanks!!

--- Reply from ${doc(g, md)} (${dt(g, plusDays(d, 1))}) ---
Hi ${phi('name', p.first, 'first')}, I sent ${drug(g)} to your pharmacy. Your ${lab(g)} from ${dt(g, plusDays(d, -20))} looked fine. Video visit link: ${portalUrl(g, p)}
[portal audit: session ${uid(g)} from ${ipB30(g)} at ${sysTs(g)}]`;
};

const labTable: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  const rows = g.some([0, 1, 2, 3, 4], 3, 5).map(() => labRow(g));
  const md = g.chance(0.5);
  const head = t`Results for ${nm(g, p)} (MRN ${mrnB30(g)}), collected ${dt(g, d)}, ordered by ${doc(g, b30Person(g, 30, 70))}:`;
  if (md) {
    const lines = rows.map(
      (r) =>
        t`| ${loincCode(g)} | ${keep('lab_value', `${r.name} ${r.value}${r.unit ? ` ${r.unit}` : ''}`)} | ${r.flag || ' '} | ${dtNoYear(g, d)} |`,
    );
    return t`${head}

| LOINC | Result | Flag | Date |
|---|---|---|---|
${join(lines, '\n')}

_${stat(g)}; source ${org(g, 'lab')}, interface ${ver(g)}_`;
  }
  const sep = g.pick([',', '\t']);
  const lines = rows.map(() =>
    join([loincCode(g), lab(g), dt(g, d, 'iso'), phi('name', `${p.last}^${p.first}`, 'hl7')], sep),
  );
  return t`${head}
${join(['loinc', 'result', 'collected', 'patient'], sep)}
${join(lines, '\n')}`;
};

const referralFax: Template = (g) => {
  const p = patient(g);
  const a = addr(g);
  const from = b30Person(g, 30, 70);
  return t`*** FAX *** ${g.int(1, 9)} pages incl. cover   ${dt(g, visitDate(g), 'us_2y')}
TO: ${org(g)} Intake   FAX: ${tel(g, 'fax')}
FROM: ${doc(g, from)}   FAX ${tel(g, 'fax')}   PHONE ${tel(g)}
URGENT REFERRAL — ${referralNo(g)}
Patient: ${nm(g, p)}   DOB: ${dt(g, p.dob)}   Sex: ${p.sex === 'female' ? 'F' : 'M'}
Address: ${addrLine(g, a)}
Home ${tel(g)}  Work ${tel(g)}
Ins: ${org(g, 'payer')}  Member ${memberB30(g)}  Group ${groupNo(g)}
${ssn(g, true)}   ${g.pick(['DL', "Driver's Lic"])} ${driversLicenseValue(g)} (${a.state})
Dx: ${icd(g)} ${epoDx(g)}   Requested: ${cptCode(g)}
Meds: ${drug(g)}; ${drug(g)}
Referring NPI ${npiValue(g)}   DEA ${deaValue(g, from.last)}
CONFIDENTIALITY NOTICE: intended only for the recipient named above.`;
};

const agentSummary: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return t`Here's what I found for **${nm(g, p)}** (${ageOf(p)}, DOB ${dt(g, p.dob)}):

- **Last visit:** ${dt(g, d)} with ${doc(g, b30Person(g, 30, 70))} at ${org(g)}
- **Active problems:** ${icd(g)} (${epo(g)}), ${icd(g)}
- **Meds:** ${drug(g)}, ${drug(g)}
- **Recent labs:** ${lab(g)}, ${lab(g)}
- **Coverage:** ${org(g, 'payer')}, member ID ${memberB30(g)}; balance on account ${acct(g)} is $${g.int(0, 900)}.${g.int(10, 99)}
- **Contact:** ${tel(g)}, ${mail(g, p)}; emergency contact ${nm(g, b30Person(g))} ${tel(g)}

Next step: the ${dev(g)} download is due ${dtNoYear(g, plusDays(d, 30))}. Want me to draft a message to ${p.sex === 'female' ? 'her' : 'him'}? (tool ${ver(g)}, request ${uid(g)})`;
};

const toolCallNl: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  const [ask, tool] = g.pick([
    (): [Frag, string] => [
      t`pull up ${phi('name', `${p.first} ${p.last}`.toLowerCase(), 'lower')} dob ${dt(g, p.dob, 'us_short')} and reschedule ${p.sex === 'female' ? 'her' : 'his'} ${g.pick(['echo', 'MRI', 'PT'])} from ${dtNoYear(g, d)} to ${dtNoYear(g, plusDays(d, 7))}, text ${tel(g)} when done`,
      'scheduling.reschedule',
    ],
    (): [Frag, string] => [
      t`Find patient ${nm(g, p)}, ${ssn(g, true)}, living at ${addrLine(g, addr(g))} and list ${p.sex === 'female' ? 'her' : 'his'} ${drugOnly(g)} fills since ${yr(g)}`,
      'ehr.search_patients',
    ],
    (): [Frag, string] => [
      t`check eligibility for member ${memberB30(g)} (${nm(g, p)}, born ${dt(g, p.dob)}) for ${cptCode(g)} on ${dt(g, d)}`,
      'payer.eligibility',
    ],
  ])();
  return t`User: ${ask}

Assistant → tools/call ${tool}
Error -32602: invalid params: ${jsonText({ query: t`${nm(g, p)}`, dob: dt(g, p.dob, 'iso'), phone: tel(g) })}
Retrying with MRN ${mrnB30(g)} … ok (${sysTs(g)})`;
};

const pharmacyLabel: Template = (g) => {
  const p = patient(g);
  const presc = b30Person(g, 30, 70);
  const d = visitDate(g);
  return t`${org(g, 'pharmacy')}  ${tel(g)}
RX# ${rxNo(g)}    Filled ${dt(g, d)}    Refills: ${g.int(0, 5)}
${nm(g, p)}
${addrLine(g, addr(g))}
${drug(g)}
TAKE AS DIRECTED. Qty ${g.int(14, 180)}. Discard after ${dt(g, plusDays(d, 365))}.
Prescriber: ${doc(g, presc)}  DEA ${deaValue(g, presc.last)}  NPI ${npiValue(g)}
Counseled by ${staffShort(g, b30Person(g))}, RPh. Interaction alert: ${drugOnly(g)} + ${drugOnly(g)} overridden; ${epoScore(g)} noted in chart.`;
};

const claimsTsv: Template = (g) => {
  const n = g.int(2, 4);
  const rows = Array.from({ length: n }, () => {
    const p = patient(g);
    return join(
      [
        claimNo(g),
        phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'upper_last_first'),
        dt(g, p.dob, g.pick(['compact', 'us', 'iso'])),
        memberB30(g),
        dt(g, visitDate(g), 'compact'),
        cptCode(g),
        icd(g),
        g.pick(['PAID', 'DENIED CO-97', 'PEND']),
        npiValue(g),
      ],
      '\t',
    );
  });
  return t`835/277 summary export from ${org(g, 'payer')} (${ver(g)}) run ${sysTs(g)}
claim_id\tpatient\tdob\tmember\tdos\tcpt\tdx\tstatus\trendering_npi
${join(rows, '\n')}
-- ${stat(g)}`;
};

const scheduleReminder: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return t`${g.pick(['REMINDER', 'Appt reminder', 'Reminder from'])} ${org(g)}: ${phi('name', p.first, 'first')}, you're scheduled ${dt(g, d, g.pick(['weekday', 'mon_d_y', 'us_short']))} at ${g.int(7, 16)}:${g.pick(['00', '30'])} with ${doc(g, b30Person(g, 30, 70))}. Reply C to confirm or call ${tel(g)}.
[outbound SMS to ${tel(g)} | template ${ver(g)} | ${sysTs(g)}]
[ride: ${org(g, 'service')} van, plate ${plateValue(g)}, driver ${phi('name', b30Person(g).first, 'first')}]
[note: pt prefers e-mail ${mail(g, p)}; fasting for ${labRow(g).name} required; bring ${dev(g)}]`;
};

const faceSheet: Template = (g) => {
  const p = patient(g);
  const a = addr(g);
  const guar = g.chance(0.5) ? p : b30Person(g, 30, 80);
  const ec = b30Person(g);
  const colon = g.pick([': ', ':\t', ' .......... ', ' = ']);
  const row = (k: string, v: Piece): Frag => t`${k}${colon}${v}`;
  return t`PATIENT REGISTRATION — FACE SHEET   printed ${sysTs(g)}
${join(
  [
    row('Patient', nm(g, p)),
    row('DOB/Age', t`${dt(g, p.dob)} / ${ageOf(p)}`),
    row('Sex', p.sex === 'female' ? 'F' : 'M'),
    row('MRN', mrnB30(g)),
    row('HAR', acct(g)),
    row('Address', addrLine(g, a)),
    row('County', a.county),
    row('Phone (H)', tel(g)),
    row('Phone (C)', tel(g)),
    row('E-mail', mail(g, p)),
    row('Identifiers', ssn(g, g.chance(0.7))),
    row('ID', t`${g.pick(['DL', 'State ID'])} ${driversLicenseValue(g)}, scan ${photoRef(g, p)}`),
    row(
      'Employer',
      g.pick(['Marrowfield Feed & Grain', 'Tolland School District', 'self-employed', 'retired']),
    ),
    row('Guarantor', t`${nm(g, guar)} (${guar === p ? 'self' : relWord(g, guar)})`),
    row('Emergency contact', t`${nm(g, ec)}, ${relWord(g, ec)}, ${tel(g)}`),
    row('Primary ins', t`${org(g, 'payer')} / ${memberB30(g)} / ${groupNo(g)}`),
    row('Secondary ins', g.chance(0.5) ? t`Medicare ${mbiValue(g)}` : 'none'),
    row('PCP', doc(g, b30Person(g, 30, 70))),
    row('Preferred pharmacy', t`${org(g, 'pharmacy')}, ${tel(g)}`),
    row('Adm date', dtTime(g, visitDate(g))),
  ],
  '\n',
)}`;
};

const secureChat: Template = (g) => {
  const p = patient(g);
  const a = b30Person(g);
  const b = b30Person(g);
  const d = visitDate(g);
  let minute = g.int(0, 20 * 60);
  const hhmm = (): string => {
    minute += g.int(1, 40);
    return `${Math.floor(minute / 60) % 24}:${String(minute % 60).padStart(2, '0')}`;
  };
  const fam = b30Person(g);
  return t`#${g.pick(['4west-charge', 'ed-handoff', 'hospitalist-team'])} — ${dt(g, d, 'long')}
[${hhmm()}] ${phi('name', a.first.toLowerCase(), 'lower_first')}: anyone covering ${phi('name', p.last.toLowerCase(), 'lower_last')} in ${g.int(2, 40)}? ${ageOf(p)}${p.sex === 'female' ? 'F' : 'M'}, ${epoDx(g)}, on ${drug(g)}
[${hhmm()}] ${phi('name', `${b.first[0]}${b.last}`.toLowerCase(), 'username')}: me. K was ${lab(g)} this am, repleting. ${g.chance(0.5) ? t`${relWord(g, fam)} ${phi('name', fam.first, 'first')} keeps calling from ${tel(g)}` : t`family lives out at ${addr(g).street}, transport booked`}
[${hhmm()}] ${phi('name', a.first.toLowerCase(), 'lower_first')}: ty. ${epoSign(g)} was + on my exam fyi. MRN ${mrnB30(g)} if you need it
[${hhmm()}] ${phi('name', `${b.first[0]}${b.last}`.toLowerCase(), 'username')}: 👍 will d/w ${doc(g, b30Person(g, 30, 70))} on rounds ${dtNoYear(g, plusDays(d, 1))}`;
};

export const BLIND30_TEXT_DOCS: Record<string, Template> = {
  b30EdNote: edNote,
  b30ProgressSoap: progressSoap,
  b30Discharge: discharge,
  b30ConsultLetter: consultLetter,
  b30NursingShift: nursingShift,
  b30PhoneEncounter: phoneEncounter,
  b30PathReport: pathReport,
  b30ImagingReport: imagingReport,
  b30PortalThread: portalThread,
  b30LabTable: labTable,
  b30ReferralFax: referralFax,
  b30AgentSummary: agentSummary,
  b30ToolCallNl: toolCallNl,
  b30PharmacyLabel: pharmacyLabel,
  b30ClaimsTsv: claimsTsv,
  b30ScheduleReminder: scheduleReminder,
  b30FaceSheet: faceSheet,
  b30SecureChat: secureChat,
};
