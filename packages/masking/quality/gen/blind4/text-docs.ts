/** Text documents of blind split 4. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, jsonText, t } from '../fragment';
import { address, oneLine } from './addresses';
import {
  geneticPedigree,
  homeHealthLog,
  paedsVisit,
  physioProgress,
  socialWorkNote,
} from './community-notes';
import { date, day, oldAge, stamp, time } from './dates';
import { deviceSerial, email, patientUrl, phone } from './identifiers';
import { emailThread, letterhead, pharmacyPriorAuth, secureInbox, smsReminders, voicemail } from './messages';
import { clinician, nameSpan, person } from './people';
import { chatTable, legacyPrintout, ocrScan, patientList, spanglishNote } from './printouts';
import { DEVICES, DRUGS, device, drug, lab, uuid, version } from './vocab';
import { dentalChart, edTriage, emsRunReport, obDelivery, psychIntake, sbarHandoff } from './ward-notes';

type Template = (g: Gen) => Frag;

/** A scheduling tool's result, returned to the model as JSON text. */
function visitScheduleJson(g: Gen): Frag {
  const visits = Array.from({ length: g.int(2, 3) }, () => {
    const p = person(g);
    const nurse = clinician(g, g.pick(['RN', 'LPN', 'PT']));
    return {
      client: nameSpan(p),
      address: oneLine(g, address(g, 0.6)),
      phone: phone(g, p.culture),
      email: g.chance(0.5) ? email(g, p) : null,
      date: date(g, day(g, 2025, 2026), ['iso', 'mdy-slash', 'month-day-year']),
      window: `${time(g)}-${time(g)}`,
      clinician: nameSpan(nurse.person),
      notes: t`${g.chance(0.3) ? t`Client is ${oldAge(g)}; ` : ''}${drug(g, DRUGS.home)}; ${lab(g)}; ${device(g, DEVICES.home)} SN ${deviceSerial(g)}`,
      portal: patientUrl(g, p),
    };
  });
  return jsonText(
    { tool: 'homecare.schedule', requestId: uuid(g), generated: stamp(g), server: version(g), visits },
    g.chance(0.5) ? 2 : 0,
  );
}

export const BLIND4_TEXT_DOCS: Record<string, Template> = {
  sbarHandoff,
  emsRunReport,
  edTriageNote: edTriage,
  dentalChart,
  obDelivery,
  psychIntake,
  paedsVisit,
  geneticPedigree,
  physioProgress,
  homeHealthLog,
  socialWorkNote,
  emailThread,
  smsReminders,
  voicemail,
  secureInbox,
  letterhead,
  pharmacyPriorAuth,
  legacyPrintout,
  ocrScan,
  chatTable,
  patientList,
  spanglishNote,
  visitScheduleJson,
};
