/**
 * Diagnostic reports and the requisitions behind them: radiology with comparison dates and
 * accession numbers, surgical pathology with specimen ids, a printed lab requisition with
 * insurance and diagnosis codes. SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { fax, healthPlan, npiValue, ssn } from '../identifiers';
import { version } from '../keep-vocab';
import { addressLine } from '../places';
import { cpt, loinc, ORDERABLE_TESTS, PATHOLOGY_CPT, problem } from './codes';
import {
  accessionNo,
  banner,
  clock,
  eSignature,
  later,
  mrnNo,
  orderNo,
  ptName,
  staff,
  usPhone,
  when,
} from './ehr';
import { LABS_ORGS, org, PAYERS } from './orgs';
import { deviceModel, pathologyGrade } from './terms';

interface Exam {
  name: string;
  cpt: string;
  technique: string;
  findings: (g: Gen) => Frag;
  impression: readonly string[];
}

const EXAMS: readonly Exam[] = [
  {
    name: 'CT ABDOMEN PELVIS WO CONTRAST',
    cpt: '74176',
    technique: 'Axial images without IV contrast; renal stone protocol.',
    findings: (g) =>
      t`${g.int(2, 6)} mm nonobstructing left lower pole stone. Flowing anterior osteophytes of the lower thoracic spine, ${keep('eponym', 'Forestier disease')}.`,
    impression: ['Nonobstructing left nephrolithiasis.', 'No hydronephrosis.'],
  },
  {
    name: 'MRI LUMBAR SPINE WO/W CONTRAST',
    cpt: '72158',
    technique: 'Sagittal and axial T1 and T2 sequences before and after 7 mL gadobutrol IV.',
    findings: (g) =>
      t`${deviceModel(g, 'implant')} programmed to MRI mode before scanning. ${keep('eponym', g.pick(['Schmorl node', 'Baastrup disease', 'Bertolotti syndrome']))} at L${g.int(2, 5)}. Mild foraminal narrowing.`,
    impression: ['Mild degenerative change without canal stenosis.', 'No enhancing lesion.'],
  },
  {
    name: 'XR KNEE RIGHT 3 VIEWS',
    cpt: '73562',
    technique: 'AP, lateral and sunrise views.',
    findings: () =>
      t`Ossification along the medial collateral ligament, ${keep('eponym', 'Pellegrini-Stieda lesion')}. Small effusion.`,
    impression: ['Sequela of prior MCL injury.'],
  },
  {
    name: 'XR FOOT LEFT 3 VIEWS',
    cpt: '73630',
    technique: 'AP, oblique and lateral views.',
    findings: () =>
      t`Prominent posterosuperior calcaneus, ${keep('eponym', 'Haglund deformity')}. No fracture.`,
    impression: ['No acute osseous abnormality.'],
  },
  {
    name: 'XR HAND RIGHT 3 VIEWS',
    cpt: '73130',
    technique: 'PA, oblique and lateral views.',
    findings: () => t`DIP joint space narrowing with osteophytes, ${keep('eponym', 'Heberden nodes')}.`,
    impression: ['Erosive-appearing osteoarthritis of the DIP joints.'],
  },
  {
    name: 'US RETROPERITONEAL LIMITED',
    cpt: '76775',
    technique: 'Grayscale and color Doppler images of both kidneys.',
    findings: (g) =>
      t`Right kidney ${g.int(9, 12)}.${g.int(0, 9)} cm with mild hydronephrosis. Left kidney normal.`,
    impression: ['Mild right hydronephrosis.'],
  },
  {
    name: 'MAMMO DIGITAL BREAST TOMOSYNTHESIS SCREENING',
    cpt: '77063',
    technique: 'Bilateral CC and MLO views with tomosynthesis.',
    findings: () => t`Scattered areas of fibroglandular density. No suspicious mass or calcification.`,
    impression: ['BI-RADS 1: Negative.'],
  },
];

export function radiologyReport(g: Gen, c: Cast): Frag {
  const examDay = later(c.admit, g.int(0, 2));
  const prior = later(examDay, -g.int(40, 900));
  const exam = g.pick(EXAMS);
  const comparison = g.pick([
    () => t`COMPARISON: ${when(g, prior)}.`,
    () => t`COMPARISON: CT ${when(g, prior)} and XR ${when(g, later(prior, g.int(3, 30)))}.`,
    () => t`COMPARISON: None available.`,
    () => t`COMPARISON: Outside study from ${org(g, LABS_ORGS)} dated ${when(g, prior)}.`,
  ])();
  return t`${exam.name}
${banner(g, c)}
Accession: ${accessionNo(g, g.pick(['CT', 'MR', 'RAD', '']))}   Exam date: ${when(g, examDay)} ${clock(g)}
Ordering: ${staff(g, c.consultant)}  CPT ${cpt(exam.cpt)}
CLINICAL HISTORY: ${problem(g)}. ${ageSpan(g, c)} yo with pain.
TECHNIQUE: ${exam.technique}
${comparison}
FINDINGS: ${exam.findings(g)}
IMPRESSION:
1. ${g.pick(exam.impression)}
Critical result called to ${staff(g, c.consultant)} at ${clock(g)} on ${when(g, examDay)} by ${staff(g, c.attending)}, read back confirmed.
Dictated by: ${staff(g, c.attending, ['MD'])}  Dictation software ${version(g)}
${eSignature(g, c.attending, examDay)}`;
}

export function pathologyReport(g: Gen, c: Cast): Frag {
  const collected = later(c.admit, g.int(0, 2));
  const spec = accessionNo(g, g.pick(['S', 'SP-', 'CS']));
  const [site, diagnosis] = g.pick(PATHOLOGY_SPECIMENS);
  return t`SURGICAL PATHOLOGY REPORT          ${org(g, LABS_ORGS)}
Case: ${spec}
${banner(g, c)}
Collected: ${when(g, collected)}  Received: ${when(g, later(collected, 1))}  Reported: ${when(g, later(collected, g.int(2, 6)))}
Submitting: ${staff(g, c.consultant)}
CLINICAL HISTORY: ${problem(g)}
GROSS DESCRIPTION: Received in formalin in a container labeled "${ptName(g, c)}, ${mrnNo(g, c)}" and "${site}". ${g.int(1, 4)} pieces, ${g.int(2, 9)}.${g.int(0, 9)} cm aggregate. Entirely submitted in ${g.int(1, 4)} cassettes (${phi('other_id', spec.value, 'accession')}A1-A${g.int(2, 4)}). Grossed by ${phi('name', `${g.letters(2)}`, 'initials')}.
MICROSCOPIC DIAGNOSIS:
A. ${site.toUpperCase()}: ${diagnosis}${diagnosis.endsWith(',') ? t` ${pathologyGrade(g)}.` : ''}
Billing: ${cpt(g.pick(PATHOLOGY_CPT))} x${g.int(1, 3)}
Intradepartmental consultation: ${staff(g, c.consultant, ['MD'])}.
${eSignature(g, c.attending, later(collected, g.int(2, 6)))}`;
}

/** [specimen as the container is labeled, diagnosis; a trailing comma wants a grade]. */
const PATHOLOGY_SPECIMENS: readonly (readonly [string, string])[] = [
  ['gallbladder', 'Chronic cholecystitis with cholelithiasis.'],
  ['right breast core, 10 o’clock', 'Invasive ductal carcinoma,'],
  ['prostate, left base', 'Prostatic adenocarcinoma,'],
  ['gastric antrum bx', 'Chronic inactive gastritis; H. pylori immunostain negative.'],
  ['left kidney, partial nephrectomy', 'Clear cell renal cell carcinoma,'],
  ['terminal ileum bx', 'Unremarkable small bowel mucosa.'],
];

export function labRequisition(g: Gen, c: Cast): Frag {
  const tests = g.some(ORDERABLE_TESTS, 2, 4).map(([name, code]) => t`[x] ${name}  LOINC ${loinc(code)}`);
  const collect = later(c.admit, g.int(0, 14));
  return t`${org(g, LABS_ORGS)} - LABORATORY REQUISITION
Order #: ${orderNo(g)}   Collection date: ${when(g, collect)} ${clock(g)}  Fasting: ${g.pick(['Y', 'N'])}
PATIENT: ${ptName(g, c)}   DOB: ${when(g, c.pt.dob)}   Sex: ${c.pt.sex === 'female' ? 'F' : 'M'}
Address: ${addressLine(g, c.addr)}
Phone: ${usPhone(g)}   ${ssn(g)}
MRN: ${mrnNo(g, c)}
BILL TO: ${org(g, PAYERS)}  ${healthPlan(g)}  Group ${g.digits(6)}
Guarantor: ${g.chance(0.5) ? 'Self' : t`${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')}`}
ORDERING PROVIDER: ${staff(g, c.attending)}  NPI ${npiValue(g)}  ${fax(g)}
DIAGNOSIS: ${problem(g)}; ${problem(g)}
TESTS:
${join(tests, '\n')}
Specimen drawn by ${phi('name', `${g.letters(1)}${g.letters(1)}`, 'initials')}.`;
}
