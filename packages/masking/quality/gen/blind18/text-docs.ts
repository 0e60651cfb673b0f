/**
 * Text documents of blind split 18: mainstream US clinical documents as EHRs render and print
 * them. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { noteSearchText } from './api';
import { careTeamBlock, flowsheetRows, marPrint, routingComment } from './chart';
import { dismissalLetter, excuseNote, normalResultLetter, noShowLetter, resultLetter } from './letters';
import { edProviderNote, historyAndPhysical, nursingShiftAssessment, progressNote } from './notes';
import { dmeOrder, homeHealth485, hospiceCertification, polstForm, printedPrescription } from './orders';
import { consentForm, operativeNote, procedureNote } from './procedures';
import { faceSheet } from './registration';
import { labRequisition, pathologyReport, radiologyReport } from './reports';
import { dischargeSummary, noteAddendum, smartPhraseNote, telehealthNote } from './visits';

type Template = (g: Gen, c: Cast) => Frag;

export const BLIND18_TEXT_DOCS: Record<string, Template> = {
  'blind18-ed-provider-note': edProviderNote,
  'blind18-history-physical': historyAndPhysical,
  'blind18-progress-note': progressNote,
  'blind18-nursing-shift': nursingShiftAssessment,
  'blind18-procedure-note': procedureNote,
  'blind18-operative-report': operativeNote,
  'blind18-consent-form': consentForm,
  'blind18-radiology-report': radiologyReport,
  'blind18-surgical-pathology': pathologyReport,
  'blind18-lab-requisition': labRequisition,
  'blind18-result-letter': resultLetter,
  'blind18-normal-result-letter': normalResultLetter,
  'blind18-no-show-letter': noShowLetter,
  'blind18-dismissal-letter': dismissalLetter,
  'blind18-excuse-note': excuseNote,
  'blind18-printed-rx': printedPrescription,
  'blind18-dme-order': dmeOrder,
  'blind18-home-health-485': homeHealth485,
  'blind18-hospice-certification': hospiceCertification,
  'blind18-polst': polstForm,
  'blind18-mar-print': marPrint,
  'blind18-flowsheet-rows': flowsheetRows,
  'blind18-care-team': careTeamBlock,
  'blind18-telephone-encounter': routingComment,
  'blind18-face-sheet': faceSheet,
  'blind18-video-visit': telehealthNote,
  'blind18-smartphrase-note': smartPhraseNote,
  'blind18-addendum': noteAddendum,
  'blind18-discharge-summary': dischargeSummary,
  'blind18-note-search-text': noteSearchText,
};
