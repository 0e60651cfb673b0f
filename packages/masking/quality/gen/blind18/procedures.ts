/**
 * Procedure and operative notes and the consent form before them, as EHRs print them:
 * time-out participants, implant logs with UDI and serial numbers, specimens, e-consent
 * certificates. SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { biometricValue, ipv4Value, phoneValue, serialValue, udiValue } from '../identifiers';
import type { Person } from '../people';
import { BEDSIDE_PROCEDURES, cpt, problem } from './codes';
import { accessionNo, banner, CREDENTIALS, clock, eSignature, later, nurse, staff, when } from './ehr';
import { HOSPITALS, org } from './orgs';
import { eponymTerm, modelName, statisticFor } from './terms';
import { drugLine, PERIOPERATIVE_ANTIBIOTICS } from './vocab';

function timeOut(g: Gen, people: readonly Person[]): Frag {
  const names: Piece[] = people.map((p, i) => staff(g, p, i ? CREDENTIALS : ['RN', 'CST', 'CRNA']));
  return t`Time-out performed at ${clock(g)} with ${join(names, ', ')}; patient identity confirmed with two identifiers.`;
}

export function procedureNote(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 3));
  const [procedure, code, placed] = g.pick(BEDSIDE_PROCEDURES);
  return t`PROCEDURE NOTE
${banner(g, c)}
Date of Procedure: ${when(g, day)}
Procedure: ${procedure} (${cpt(code)})
Indication: ${problem(g)}
Operator: ${staff(g, c.consultant)}   Supervising: ${staff(g, c.attending)}
${timeOut(g, [nurse(g), c.attending])}
Consent: signed by ${g.chance(0.5) ? 'patient' : t`${c.relation} ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} (POA)`}, on chart.
Technique: ${eponymTerm(g, 'access')}, ultrasound guidance, full barrier precautions. Lidocaine 1% local.
Device: ${modelName(placed)} Lot ${phi('device', `${g.letters(2)}${g.digits(6)}`, 'lot')}  S/N ${serialValue(g)}
Complications: none. EBL <${g.int(2, 20)} mL. Post-procedure imaging ordered.

${eSignature(g, c.consultant, day)}`;
}

interface Operation {
  name: string;
  cpt: string;
  findings: string;
  /** Implant models, one row each in the implant log; or the scope or robot used. */
  implants: readonly string[];
  instrument?: string;
  /** Named incisions the surgeon may choose from. */
  incisions?: readonly string[];
}

const OPERATIONS: readonly Operation[] = [
  {
    name: 'Cesarean delivery, low transverse, primary',
    cpt: '59514',
    findings: 'Viable infant, vertex; normal uterus, tubes and ovaries.',
    implants: [],
    incisions: ['Joel-Cohen incision', 'Maylard incision'],
  },
  {
    name: 'Open appendectomy',
    cpt: '44950',
    findings: 'Acutely inflamed, non-perforated appendix.',
    implants: [],
    incisions: ['Rockey-Davis incision', 'Lanz incision'],
  },
  {
    name: 'Laparoscopic cholecystectomy with cholangiography',
    cpt: '47563',
    findings: 'Distended, inflamed gallbladder; cholangiogram without filling defects.',
    implants: [],
    instrument: 'Stryker 1688 AIM 4K laparoscope',
  },
  {
    name: 'Left unicompartmental knee arthroplasty',
    cpt: '27446',
    findings: 'Medial compartment bone-on-bone; lateral compartment and patellofemoral joint preserved.',
    implants: ['Zimmer Oxford partial knee femoral component', 'Zimmer Oxford tibial tray'],
    instrument: 'Stryker Mako SmartRobotics',
  },
  {
    name: 'EGD with dilation of esophagus, balloon',
    cpt: '43249',
    findings: 'Distal esophageal stricture dilated to 18 mm.',
    implants: [],
    instrument: 'Olympus GIF-H190 gastroscope',
  },
  {
    name: 'Insertion of single-chamber ventricular pacemaker',
    cpt: '33207',
    findings: 'R-wave 9.8 mV, threshold 0.5 V at 0.4 ms, impedance 620 ohms.',
    implants: ['Boston Scientific Accolade MRI pacemaker', 'Biotronik Solia S 60 lead'],
  },
  {
    name: 'Endovascular repair of infrarenal aortic aneurysm',
    cpt: '34702',
    findings: '5.8 cm infrarenal aneurysm; no endoleak on completion angiogram.',
    implants: ['Cook Zenith Alpha stent graft', 'Cook Zenith iliac leg extension'],
  },
];

function implantLog(g: Gen, op: Operation): Frag {
  const instrument = op.instrument ? t`\nInstrument: ${modelName(op.instrument)} S/N ${serialValue(g)}` : '';
  if (!op.implants.length) return t`IMPLANTS: None.${instrument}`;
  const rows = op.implants.map(
    (model) => t`  ${modelName(model)}  UDI ${udiValue(g)}  Serial ${serialValue(g)}  Implanted`,
  );
  return t`IMPLANTS:\n${join(rows, '\n')}${instrument}`;
}

export function operativeNote(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 2));
  const spec = accessionNo(g, g.pick(['S', 'SP', 'SG']));
  const op = g.pick(OPERATIONS);
  return t`OPERATIVE REPORT
${banner(g, c)}
DATE OF SURGERY: ${when(g, day)}
SURGEON: ${staff(g, c.attending, ['MD', 'MD, FACS', 'DO'])}
ASSISTANT: ${staff(g, c.consultant, ['PA-C', 'MD'])}
ANESTHESIA: General, ${staff(g, nurse(g), ['CRNA', 'MD'])}
PREOPERATIVE DIAGNOSIS: ${problem(g)}
POSTOPERATIVE DIAGNOSIS: Same
PROCEDURE: ${op.name} (${cpt(op.cpt)})
FINDINGS: ${op.findings}
SPECIMENS: ${spec} to pathology.
EBL: ${g.int(5, 400)} mL   FLUIDS: ${g.int(500, 2000)} mL LR
${implantLog(g, op)}
Intraoperative photos saved to Media.
DESCRIPTION: The patient was identified in pre-op holding, ${timeOut(g, [nurse(g), nurse(g)])} ${op.incisions ? t`${keep('eponym', g.pick(op.incisions))} made and carried down to fascia...` : 'Access obtained in the standard fashion...'} Antibiotic: ${drugLine(g, PERIOPERATIVE_ANTIBIOTICS)} within 60 min of incision.
The patient tolerated the procedure well and was taken to PACU in stable condition. I was present for the entire procedure.

${eSignature(g, c.attending, day)}`;
}

/** Who signed: the patient, or the relative as health care agent; e-consent logs the device. */
function consentSignature(g: Gen, c: Cast, day: Date): Frag {
  const signer = g.chance(0.6)
    ? t`${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} (patient)`
    : t`${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} (${c.relation}, health care agent) ${phoneValue(g)}`;
  const how = g.pick([
    () => t`Signed on tablet at bedside, ${when(g, day)} ${clock(g)}.`,
    () =>
      t`Signed electronically via patient portal on ${when(g, day)} ${clock(g)} from IP ${ipv4Value(g, [24, 66, 73, 98, 174])}.`,
    () => t`Identity verified by palm vein scan (template ${biometricValue(g)}); signed ${when(g, day)}.`,
  ])();
  return t`Signature: ${signer}\n${how}`;
}

export function consentForm(g: Gen, c: Cast): Frag {
  const day = later(c.admit, -g.int(0, 7));
  const interp = g.chance(0.35)
    ? t`\nInterpreter: ${g.pick(['Spanish', 'Vietnamese', 'Haitian Creole', 'Arabic'])}, ID #${phi('other_id', g.digits(6), 'interpreter')} (video)`
    : '';
  return t`${org(g, HOSPITALS)}
CONSENT FOR SURGICAL OR MEDICAL PROCEDURE
Patient: ${phi('name', `${c.pt.last}, ${c.pt.first}`, 'last_first')}   DOB: ${when(g, c.pt.dob)}   Age ${ageSpan(g, c)}
I authorize ${staff(g, c.attending, CREDENTIALS)} and associates to perform: ${g.pick(BEDSIDE_PROCEDURES)[0]}.
Risks discussed include bleeding, infection (${statisticFor(g, 'procedure')}), damage to nearby organs, and ${statisticFor(g, 'procedure')}.
Alternatives, including no treatment, were explained. Blood products: ${g.pick(['consents', 'refuses'])}.
${consentSignature(g, c, day)}
Witness: ${staff(g, nurse(g), ['RN'])} ${when(g, day)}${interp}
Physician attestation: I have explained the procedure. ${eSignature(g, c.attending, day)}`;
}
