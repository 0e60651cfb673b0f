/**
 * Text documents of blind split 16: mainstream US clinical free text as an EHR or an agent
 * hands it over MCP. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { cathReport, deviceClinic, echoReport, stressTest } from './cardiology';
import { dermVisit, endocrineVisit, eyeExam, rheumConsult, surgicalClinicNote } from './clinics';
import {
  behavioralIntake,
  geriatricVisit,
  registrationSheet,
  transitionsCall,
  utilizationReview,
  wellChild,
} from './coordination';
import { eegReport, endoscopyReport, idConsult, sleepStudy } from './diagnostics';
import { afterVisitSummary, mychartPatientMessage, telehealthVisitJson, triagePhoneNote } from './messages';
import { chemoFlowsheet, dialysisRun, tumorBoard } from './oncology-renal';
import { inpatientDischargeDictation, problemList, specialistReferralLetter } from './records';
import {
  driverRehabEval,
  nutritionConsult,
  pharmacyConsult,
  preAnesthesia,
  therapyProgress,
  woundCare,
} from './therapy-periop';

type Template = (g: Gen) => Frag;

export const BLIND16_TEXT_DOCS: Record<string, Template> = {
  echoReport,
  cathReport,
  stressTest,
  deviceClinic,
  chemoFlowsheet,
  tumorBoard,
  dialysisRun,
  endocrineVisit,
  rheumConsult,
  eyeExam,
  dermVisit,
  surgicalClinicNote,
  eegReport,
  sleepStudy,
  endoscopyReport,
  idConsult,
  woundCare,
  driverRehabEval,
  therapyProgress,
  nutritionConsult,
  preAnesthesia,
  pharmacyConsult,
  utilizationReview,
  transitionsCall,
  registrationSheet,
  behavioralIntake,
  wellChild,
  geriatricVisit,
  triagePhoneNote,
  mychartPatientMessage,
  afterVisitSummary,
  telehealthVisitJson,
  inpatientDischargeDictation,
  specialistReferralLetter,
  problemList,
};
