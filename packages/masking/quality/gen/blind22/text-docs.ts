/**
 * Text documents of blind split 22: clinical research, registries, public health and pharmacy
 * as people and systems write them. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import {
  biometricValue,
  deaValue,
  driversLicenseValue,
  ipValue,
  npiValue,
  phoneValue,
  plateValue,
  serialValue,
  ssn,
  udiValue,
  vinValue,
  zipValue,
} from '../identifiers';
import {
  accession,
  addr22,
  addrLine,
  age22,
  asciiLetters,
  caseNumber,
  code22,
  condition22,
  device22,
  drug22,
  drugName22,
  dt,
  eponym22,
  iisId,
  lab22,
  memberId22,
  nm,
  org22,
  partialDate,
  person22,
  pharmacyAccount,
  plusDays,
  protocolNo,
  rxNumber,
  specimenId,
  staffName,
  stat22,
  studyDate,
  subject22,
  subjectId,
  ts22,
  version22,
  year22,
} from './vocab';

type Template = (g: Gen) => Frag;

const sexOf = (g: Gen, female: boolean): string =>
  g.pick(female ? ['F', 'female', 'Female', 'F'] : ['M', 'male', 'Male', 'M']);

function mail(g: Gen, first: string, last: string, domain?: string): Piece {
  const local = g
    .pick([`${first}.${last}`, `${first[0]}${last}`, `${last}${g.int(1, 99)}`, `${first}_${last[0]}`])
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9._]/g, '');
  const host =
    domain ?? g.pick(['hcr-sites.example', 'mail.example.com', 'irb.example.org', 'health.example.gov']);
  return phi('email', `${local}@${host}`);
}

const aeNarrative: Template = (g) => {
  const s = subject22(g);
  const reporter = person22(g, 30, 65);
  const onset = studyDate(g);
  const admit = plusDays(onset, g.int(0, 3));
  const female = s.sex === 'female';
  const implant = g.chance(0.5)
    ? t` The subject has a ${device22(g, 'implant')} (serial ${serialValue(g)}) implanted ${partialDate(g, plusDays(onset, -g.int(200, 900)))}.`
    : '';
  const photo = g.chance(0.5)
    ? t` Photographs of the rash were uploaded (${phi('photo', `${s.last.toLowerCase().replace(/[^a-z]/g, '')}_rash_${g.digits(3)}.jpg`, 'rash_file')}).`
    : '';
  return t`SERIOUS ADVERSE EVENT — INITIAL REPORT
Protocol ${protocolNo(g)}   Sponsor: ${org22(g, 'sponsor')}
Subject ${subjectId(g)}  Initials ${nm(g, s, 'initials3')}  Age ${age22(s)}  Sex ${sexOf(g, female)}  DOB ${dt(g, s.dob, g.pick(['edc', 'us', 'edc_glued']))}

Narrative: This ${age22(s)}-year-old ${female ? 'female' : 'male'} participant (${nm(g, s, g.pick(['full', 'last_first']))}) randomised on ${dt(g, plusDays(onset, -g.int(20, 200)))} to ${drug22(g)} developed ${g.pick(['febrile neutropenia', 'acute kidney injury', 'grade 3 hepatitis', 'syncope', 'Stevens-Johnson syndrome'])} (MedDRA PT ${code22(g, 'MedDRA')}) on ${dt(g, onset)}. ${female ? 'She' : 'He'} was admitted to ${org22(g, 'hospital')} on ${dt(g, admit)}; labs showed ${lab22(g)} and ${lab22(g)}.${implant}${photo} Causality by ${eponym22(g, 'causality')} algorithm: probable. Study drug interrupted on ${dt(g, plusDays(admit, 1), 'edc')} and the event resolved ${dt(g, plusDays(admit, g.int(4, 20)))}.

Reporter: ${staffName(g, reporter)}  tel ${phoneValue(g)}  fax ${phoneValue(g, 'fax')}
Report received ${ts22(g)} (safety database ${version22(g)})`;
};

const monitoringLetter: Template = (g) => {
  const pi = person22(g, 35, 70);
  const cra = person22(g, 25, 60);
  const site = addr22(g);
  const [s1, s2, s3] = [subject22(g), subject22(g), subject22(g)];
  const visit = studyDate(g);
  return t`${org22(g, 'sponsor')}
${g.pick(['Follow-up Letter', 'FOLLOW UP LETTER - Interim Monitoring Visit', 'IMV follow-up'])}

To: ${staffName(g, pi)}, Principal Investigator
${addrLine(g, site)}
Fax: ${phoneValue(g, 'fax')}   Email: ${mail(g, pi.first, pi.last)}

Dear Dr. ${nm(g, pi, 'last_only')},

Thank you for hosting the interim monitoring visit on ${dt(g, visit, g.pick(['long', 'us', 'edc']))} for protocol ${protocolNo(g)} (protocol version ${version22(g)}). ${g.pick(['Action items:', 'Findings requiring follow-up:', 'Open issues:'])}
1. Subject ${subjectId(g)} (${nm(g, s1, 'initials3')}): visit 6 performed on ${dt(g, plusDays(visit, -g.int(10, 60)))}, outside the ±3 day window; please file a deviation.
2. Subject ${subjectId(g)}: ${drug22(g)} dispensed but the accountability log shows no return; date of birth on the CRF (${dt(g, s2.dob)}) does not match the source.
3. ICF for ${nm(g, s3, g.pick(['full', 'last_first']))} signed ${dt(g, plusDays(visit, -g.int(60, 300)))} on an outdated version; re-consent at next visit.
4. Enrolment stands at ${stat22(g, 'enrolment')}.

Please contact me at ${phoneValue(g)} or ${mail(g, cra.first, cra.last, 'varden-holt.example')}.
Regards,
${staffName(g, cra)}
Clinical Research Associate`;
};

const consentLog: Template = (g) => {
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const s = subject22(g);
    const lar = person22(g);
    const signed = studyDate(g);
    const witness = person22(g, 25, 60);
    rows.push(
      t`${subjectId(g)}\t${nm(g, s, g.pick(['initials3', 'upper_last_first', 'full']))}\t${dt(g, signed, g.pick(['edc', 'us']))}\t${g.int(7, 17)}:${g.int(10, 59)}\tv${g.int(2, 6)}.0\t${g.chance(0.4) ? t`${nm(g, lar, 'full')} (LAR, ${g.pick(['daughter', 'spouse', 'son', 'guardian'])})` : 'self'}\t${nm(g, witness, g.pick(['initials3', 'initial_last']))}\t${ipValue(g)}`,
    );
  }
  const last = person22(g);
  return t`INFORMED CONSENT LOG — Protocol ${protocolNo(g)} — Site ${g.int(101, 140)}
SubjID\tName/Initials\tDate signed\tTime\tICF ver\tSigned by\tObtained by\tIP (eConsent)
${join(rows, '\n')}

eConsent link re-sent to ${nm(g, last, 'full')}: ${phi('url', `https://econsent.example.org/s/${g.digits(3)}?p=${last.last.toLowerCase().replace(/[^a-z]/g, '')}${g.digits(4)}`, 'econsent')}
Signature capture hash ${biometricValue(g)}; platform ${version22(g)}; exported ${ts22(g)}`;
};

const irbLetter: Template = (g) => {
  const pi = person22(g, 35, 70);
  const chair = person22(g, 40, 75);
  const s = subject22(g);
  const ev = studyDate(g);
  return t`${org22(g, 'irb')}
${g.pick(['NOTICE OF ACTION', 'Determination Letter', 'Continuing Review Approval'])}

Investigator: ${nm(g, pi, g.pick(['full', 'last_first', 'first_mi_last']))}, ${g.pick(['MD', 'PhD', 'DO'])}
Email: ${mail(g, pi.first, pi.last)}   Phone ${phoneValue(g)}
Protocol: ${protocolNo(g)}   Submission type: Reportable New Information

The Board reviewed the unanticipated problem report concerning participant ${subjectId(g)} (${nm(g, s, g.pick(['initials3', 'last_first', 'full']))}, age ${age22(s)}), who was hospitalised on ${dt(g, ev)} after ${drugName22(g)} dosing, and the breach in which the participant's ${g.pick(['contact sheet', 'screening log', 'specimen requisition'])} listing ${addrLine(g, addr22(g))} was e-mailed to an outside address on ${dt(g, plusDays(ev, g.int(1, 30)))}. The Board determined the event to be serious and related (${eponym22(g, 'causality')}). Corrective plan accepted; enrolment ${stat22(g, 'enrolment')}.

${g.pick(['Sincerely,', 'For the Board,', 'Regards,'])}
${nm(g, chair, 'full')}, Chair  | fax ${phoneValue(g, 'fax')}`;
};

const vcfHeader: Template = (g) => {
  const s = subject22(g);
  const sid = specimenId(g);
  const variants: Piece[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    variants.push(
      t`chr${g.int(1, 22)}\t${g.int(10_000, 240_000_000)}\t${code22(g, 'rsID')}\t${g.pick(['A\tG', 'C\tT', 'G\tA', 'T\tC', 'G\tT'])}\t${g.int(30, 3000)}.${g.int(10, 99)}\tPASS\tDP=${g.int(20, 400)};AF=0.${g.int(1, 9)}\tGT:AD\t0/1:${g.int(5, 90)},${g.int(5, 90)}`,
    );
  }
  return t`##fileformat=${version22(g, 'vcf')}
##source=${g.pick(['DRAGEN', 'GATK HaplotypeCaller', 'DeepVariant'])} ${version22(g)}
##reference=GRCh38
##SAMPLE=<ID=${sid},Individual="${nm(g, s, g.pick(['caret', 'full', 'last_first']))}",DOB=${dt(g, s.dob, g.pick(['compact', 'iso']))},Accession=${accession(g)},Collected=${dt(g, studyDate(g), 'iso')}>
##instrument=${device22(g, 'sequencer')}
##qc=${stat22(g, 'genomics')}
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t${sid}
${join(variants, '\n')}`;
};

const variantReport: Template = (g) => {
  const s = subject22(g);
  const doc = person22(g, 30, 70);
  const female = s.sex === 'female';
  return t`${org22(g, 'lab')} — Molecular Diagnostics
GERMLINE VARIANT REPORT

Patient: ${nm(g, s, g.pick(['upper_last_first', 'last_first', 'full']))}     DOB: ${dt(g, s.dob)}     Sex: ${sexOf(g, female)}
MRN: ${phi('mrn', g.pick([g.digits(8), `M${g.digits(7)}`, `${g.digits(2)}-${g.digits(5)}`]))}     Accession: ${accession(g)}     Specimen: ${specimenId(g)} (${g.pick(['blood', 'saliva', 'buccal swab'])})
Collected: ${dt(g, studyDate(g))}   Received: ${dt(g, studyDate(g))}
Ordering: ${staffName(g, doc)}  NPI ${npiValue(g)}

RESULT: ${g.pick(['PATHOGENIC', 'Likely pathogenic', 'VUS'])} variant detected — ${g.pick(['BRCA1', 'BRCA2', 'CFTR', 'KRAS', 'BRAF', 'PALB2'])} ${code22(g, 'HGVS')} (${code22(g, 'HGVS')}), ${code22(g, 'rsID')}, heterozygous.
Method: ${g.pick(['hybrid capture NGS', 'amplicon NGS'])} on ${device22(g, 'sequencer')}, ${stat22(g, 'genomics')}; confirmed by ${keep('eponym', 'Sanger')} sequencing. Pipeline ${version22(g)}.
Family: ${female ? 'her' : 'his'} ${g.pick(['mother', 'sister', 'brother', 'father'])} ${nm(g, person22(g), 'full')} tested ${year22(g)}.
Signed electronically ${ts22(g)}`;
};

const sampleSheet: Template = (g) => {
  const inv = person22(g, 28, 65);
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(3, 5); i++) {
    const s = person22(g);
    const last = asciiLetters(s.last).toUpperCase();
    rows.push(
      t`${specimenId(g)},${phi('name', last, 'sample_name_last')}_${phi('name', s.first[0] as string, 'sample_name_initial')}_${dt(g, s.dob, 'compact')},${g.pick(['A01', 'B01', 'C01', 'D01', 'E01'])},UDP${g.digits(4)},${g.pick(['ACGTTGCA', 'TTAGGCAC', 'CAGATCTG'])},${g.pick(['Germline_WGS', 'Tumor_Panel', 'RNA'])}`,
    );
  }
  return t`[Header]
FileFormatVersion,2
RunName,${g.pick(['RUN', 'NSQ', 'MSQ'])}${g.digits(4)}
Investigator Name,${nm(g, inv, g.pick(['full', 'initial_last']))}
InstrumentPlatform,${device22(g, 'sequencer')}
Software,${version22(g)}

[Reads]
Read1Cycles,151
Read2Cycles,151

[Data]
Sample_ID,Sample_Name,Well,Index_ID,index,Sample_Project
${join(rows, '\n')}
`;
};

const cancerRegistry: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const dx = studyDate(g);
  const mgr = person22(g, 35, 70);
  return t`CANCER REGISTRY ABSTRACT        ${org22(g, 'hospital')}
Accession/Seq: ${caseNumber(g)}/01     Abstractor: ${nm(g, person22(g, 25, 60), g.pick(['initials3', 'initial_last']))}
Name (Last, First, Middle): ${phi('name', `${s.last}, ${s.first} ${s.middle[0]}`.toUpperCase(), 'upper_last_first_mi')}
Maiden name: ${phi('name', person22(g).last, 'maiden')}   Alias: none
Address at Dx: ${a.street}, ${a.city}, ${a.state} ${a.zip}  County: ${a.county}
${ssn(g)}   DOB ${dt(g, s.dob, 'us')}   Age at Dx ${age22(s)}   Sex ${sexOf(g, s.sex === 'female')}
Medical Record #: ${phi('mrn', g.digits(7))}
Date of Dx: ${dt(g, dx, 'us')}   Primary site: ${g.pick(['C34.1', 'C50.4', 'C18.7', 'C61.9', 'C43.5'])}   Histology/Behavior: ${code22(g, 'ICD-O-3')}
${keep('eponym', 'Breslow')} depth ${g.int(1, 9)}.${g.digits(1)} mm where applicable; staging per AJCC 8th (${year22(g)}).
First course: ${drug22(g)} started ${dt(g, plusDays(dx, g.int(14, 60)), 'us')}.
Managing physician: ${staffName(g, mgr)}; following: ${nm(g, person22(g, 35, 70), 'last_first')}
Date of last contact: ${dt(g, plusDays(dx, g.int(90, 500)), 'us')}  Vital status: ${g.pick(['alive', 'dead'])}`;
};

const traumaRegistry: Template = (g) => {
  const s = subject22(g);
  const inj = studyDate(g);
  const plate = plateValue(g);
  return t`TRAUMA REGISTRY — ${org22(g, 'hospital')}
Pt: ${nm(g, s, g.pick(['last_first', 'upper_last_first']))}  MRN ${phi('mrn', `T${g.digits(7)}`)}  Age ${age22(s)}  Registry #${caseNumber(g)}
Injury date/time: ${dt(g, inj, g.pick(['us', 'iso']))} ${g.int(0, 23)}:${g.int(10, 59)}   Injury ZIP: ${zipValue(g)}   Place: ${g.pick(['street/highway', 'farm', 'residence'])}
Mechanism: MVC, ${g.pick(['driver', 'front passenger', 'rear passenger'])}, ${g.pick(['restrained', 'unrestrained'])}; vehicle ${g.pick(['2014 pickup', 'sedan', 'SUV'])} VIN ${vinValue(g)}, plate ${plate} (per EMS run ${caseNumber(g)})
ICD-10 external cause ${code22(g, 'ICD-10-CM external cause')}; ${eponym22(g, 'trauma')} / ISS ${g.int(9, 41)}; GCS ${g.int(3, 15)}
Arrival ED ${dt(g, inj, 'us')}; OR ${dt(g, plusDays(inj, g.int(0, 2)), 'us')}: ORIF with ${g.pick(['intramedullary nail', 'locking plate', 'external fixator'])} UDI ${udiValue(g)}
Disposition ${dt(g, plusDays(inj, g.int(3, 20)), 'us')} to ${g.pick(['home', 'SNF', 'inpatient rehab'])}; ${lab22(g)}.`;
};

const elrCaseReport: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const prov = person22(g, 30, 70);
  const coll = studyDate(g);
  const [condition, code] = condition22(g);
  return t`ELECTRONIC LAB REPORT → ${org22(g, 'publicHealth')}
Condition: ${condition}  (${code})
Patient: ${nm(g, s, g.pick(['caret', 'upper_last_first', 'full']))}   DOB: ${dt(g, s.dob)}   Age: ${age22(s)}
${ssn(g)}
Addr: ${addrLine(g, a)}   County: ${a.county}
Phone: ${phoneValue(g)}
Specimen: ${g.pick(['sputum', 'NP swab', 'serum', 'venous blood'])}  Accession ${accession(g)}  Collected ${dt(g, coll)}  Resulted ${dt(g, plusDays(coll, g.int(1, 5)))}
Result: ${lab22(g)} — ${g.pick(['DETECTED', 'POSITIVE', 'reactive'])}; method ${device22(g, 'lab')}
Ordering provider: ${staffName(g, prov)} NPI ${npiValue(g)}  fax ${phoneValue(g, 'fax')}
Performing lab: ${org22(g, 'lab')}   Msg sent ${ts22(g)}`;
};

const lineList: Template = (g) => {
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(3, 6); i++) {
    const s = subject22(g);
    const onset = studyDate(g);
    rows.push(
      t`${caseNumber(g)},${nm(g, s, g.pick(['initials3', 'full', 'last_first_space']))},${age22(s)},${s.sex === 'female' ? 'F' : 'M'},${zipValue(g)},${dt(g, onset, g.pick(['us_short', 'iso', 'us']))},${g.pick(['church potluck', 'daycare', 'shelter', 'meat plant', 'dorm'])},${g.pick(['confirmed', 'probable', 'suspect'])},${phoneValue(g)}`,
    );
  }
  return t`Outbreak ${g.pick(['GI-', 'RESP-', 'MEAS-'])}${g.int(2023, 2025)}-${g.digits(2)} line list (${org22(g, 'publicHealth')}) — ${stat22(g, 'outbreak')}
\`\`\`csv
case_id,name,age,sex,zip,onset,setting,status,phone
${join(rows, '\n')}
\`\`\``;
};

const contactTracing: Template = (g) => {
  const idx = subject22(g);
  const c1 = person22(g);
  const c2 = person22(g);
  const ex = studyDate(g);
  const a = addr22(g);
  return t`CI notes ${caseNumber(g)} — interviewer ${nm(g, person22(g, 22, 60), g.pick(['initial_last', 'first_only']))}
Spoke w/ index case ${nm(g, idx, g.pick(['full', 'lower', 'first_mi_last']))} (${age22(idx)}y) at ${phoneValue(g)}. Sx onset ${dt(g, ex, g.pick(['us_short', 'long']))}, lives at ${a.street} in ${a.city}.
works at ${org22(g, 'hospital')}; last shift ${dt(g, plusDays(ex, -1), 'us_short')}.
contacts named:
 - ${nm(g, c1, g.pick(['full', 'lower']))} (${g.pick(['roommate', 'coworker', 'bf', 'sister'])}) ${phoneValue(g)} / ${mail(g, c1.first, c1.last, 'mail.example.com')} — exposed ${dt(g, plusDays(ex, -2), 'us_short')}, quarantine until ${dt(g, plusDays(ex, 12), 'us_short')}
 - ${nm(g, c2, g.pick(['first_only', 'full']))} carpools w/ index, car plate ${plateValue(g)}
${stat22(g, 'outbreak')}. ${g.pick(['PEP offered', 'MMR given', 'testing referral made'])}: ${drug22(g)}.`;
};

const pdmpReport: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const req = person22(g, 30, 70);
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const doc = person22(g, 30, 70);
    rows.push(
      t`${dt(g, studyDate(g), 'us')} | ${rxNumber(g)} | ${drug22(g)} | qty ${g.int(10, 120)} | ${g.int(3, 30)}d | ${keep('lab_value', `${g.int(10, 120)} MME`)} | ${nm(g, doc, 'upper_last_first')} ${deaValue(g, doc.last)} | ${org22(g, 'pharmacy')} | ${g.pick(['Commercial', 'Medicaid', 'Cash'])}`,
    );
  }
  return t`${org22(g, 'publicHealth')} — Patient Request Report   generated ${ts22(g)}
Search: ${nm(g, s, g.pick(['last_first', 'upper_last_first']))}  DOB ${dt(g, s.dob, 'us')}
Matched address: ${addrLine(g, a)}
Filled | Rx# | Drug | Qty | Days | MME | Prescriber / DEA | Pharmacy | Pay
${join(rows, '\n')}
Pick-up ID checked: DL ${driversLicenseValue(g)} (${g.pick(['patient', 'caregiver'])})
Requested by ${staffName(g, req)}, DEA ${deaValue(g, req.last)}`;
};

const refillCall: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const agent = person22(g, 22, 60);
  const ship = studyDate(g);
  return t`[${org22(g, 'pharmacy')} — refill call, agent ${nm(g, agent, 'first_only')}]
AGENT: thanks for calling, can I get your name and date of birth?
CALLER: ${nm(g, s, g.pick(['full', 'lower']))}, ${dt(g, s.dob, g.pick(['long', 'us_short', 'us']))}
AGENT: and the address we ship to?
CALLER: ${addrLine(g, a)}
AGENT: voice ID matched (${g.pick(['voiceprint', 'voice biometric'])} ref ${biometricValue(g)}). You're due for ${drug22(g)}; member ID ${memberId22(g)}, copay card acct ${pharmacyAccount(g)}.
CALLER: yes, ship it ${dt(g, ship, g.pick(['long', 'us_short']))} please, and text me at ${phoneValue(g)}.
AGENT: last ${lab22(g)} noted. Rx ${rxNumber(g)} ships ${dt(g, ship, 'us')}, tracking ${phi('other_id', `1Z${g.letters(3)}${g.digits(12)}`, 'tracking')}.`;
};

const pharmacyLabel: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const doc = person22(g, 30, 70);
  const fill = studyDate(g);
  return t`${org22(g, 'pharmacy')}
RX# ${rxNumber(g)}      DATE ${dt(g, fill, g.pick(['us', 'us_short']))}
${nm(g, s, g.pick(['upper_last_first', 'last_first_space', 'full']))}
${addrLine(g, a)}
${drug22(g)}
TAKE AS DIRECTED. QTY ${g.int(1, 90)}  REFILLS ${g.int(0, 5)}
NDC ${code22(g, 'NDC')}
DR. ${nm(g, doc, g.pick(['last_only', 'upper_last_first']))}  NPI ${npiValue(g)}
DISCARD AFTER ${dt(g, plusDays(fill, 180), 'us')}   PT ACCT ${pharmacyAccount(g)}`;
};

const compoundingLog: Template = (g) => {
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const s = subject22(g);
    const tech = person22(g, 20, 60);
    const rph = person22(g, 28, 65);
    const made = studyDate(g);
    rows.push(
      t`${ts22(g)}  lot ${g.digits(6)}  ${rxNumber(g)}  ${nm(g, s, g.pick(['last_first', 'caret', 'initials3']))}  ${drug22(g)}  BUD ${dt(g, plusDays(made, g.int(1, 14)), 'us_short')}  tech ${nm(g, tech, 'initials3')}  RPh ${nm(g, rph, 'initial_last')}`,
    );
  }
  return t`${org22(g, 'pharmacy')} — USP <797> compounding log, hood ${g.pick(['A', 'B'])} (${device22(g, 'pharmacy')})
${join(rows, '\n')}
Gravimetric check ${stat22(g, 'compounding')}`;
};

const immunizationQuery: Template = (g) => {
  const s = person22(g, 0, 17);
  const mom = person22(g, 20, 45);
  const hist: Piece[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    hist.push(
      t`  ${code22(g, 'CVX')}  given ${dt(g, studyDate(g), g.pick(['us', 'compact', 'iso']))}  at ${org22(g, 'hospital')}`,
    );
  }
  return t`${org22(g, 'publicHealth')} — QUERY RESPONSE (${version22(g, 'hl7')})
Client ID ${iisId(g)}  ${nm(g, s, g.pick(['caret', 'upper_last_first']))}  DOB ${dt(g, s.dob, g.pick(['compact', 'us']))}  Sex ${s.sex === 'female' ? 'F' : 'M'}
Mother maiden: ${phi('name', mom.last.toUpperCase(), 'maiden')}  Mother first: ${phi('name', mom.first.toUpperCase(), 'first_only')}
Resp party phone ${phoneValue(g)}  ZIP ${zipValue(g)}
History:
${join(hist, '\n')}
Forecast: next ${g.pick(['MMR #2', 'DTaP #4', 'HepB #3'])} due ${dt(g, studyDate(g), 'us')}`;
};

const protocolDeviation: Template = (g) => {
  const s = subject22(g);
  const crc = person22(g, 22, 60);
  const d = studyDate(g);
  return t`PD-${g.digits(4)} | ${protocolNo(g)} | subj ${subjectId(g)} | ${nm(g, s, g.pick(['initials3', 'initials3', 'last_first']))}
category: ${g.pick(['Visit out of window', 'IP dosing error', 'Eligibility', 'Consent process'])} (major)
occurred ${dt(g, d, g.pick(['edc', 'us']))}, identified ${dt(g, plusDays(d, g.int(1, 40)), 'edc')} by ${nm(g, crc, g.pick(['full', 'initial_last', 'lower']))}
description: subject took ${drug22(g)} instead of assigned kit; ${lab22(g)} at unscheduled visit. dob per source ${dt(g, s.dob, 'edc')} vs EDC ${partialDate(g, s.dob)}. Screening ${code22(g, 'ICD-10-CM')} confirmed.
Root cause: coordinator ${nm(g, crc, 'first_only')} new to ${g.pick(['IWRS', 'IRT'])} ${version22(g)}. CAPA due ${dt(g, plusDays(d, 60), 'edc')}.`;
};

export const BLIND22_TEXT_DOCS: Record<string, Template> = {
  b22SaeNarrative: aeNarrative,
  b22MonitoringLetter: monitoringLetter,
  b22ConsentLog: consentLog,
  b22IrbLetter: irbLetter,
  b22VcfHeader: vcfHeader,
  b22VariantReport: variantReport,
  b22SampleSheet: sampleSheet,
  b22CancerRegistry: cancerRegistry,
  b22TraumaRegistry: traumaRegistry,
  b22ElrCaseReport: elrCaseReport,
  b22LineList: lineList,
  b22ContactTracing: contactTracing,
  b22PdmpReport: pdmpReport,
  b22RefillCall: refillCall,
  b22PharmacyLabel: pharmacyLabel,
  b22CompoundingLog: compoundingLog,
  b22ImmunizationQuery: immunizationQuery,
  b22ProtocolDeviation: protocolDeviation,
};
