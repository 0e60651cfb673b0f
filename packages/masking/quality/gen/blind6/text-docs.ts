/** Text documents of blind split 6, mostly free text. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { autoClaim, workersComp } from './claims';
import { caseManagement, hospiceVisit, socialWorkNote } from './community';
import { deathCertificate, obituary } from './death';
import { newbornRecord, obstetricNote, paediatricNote } from './family';
import { brazilNote, germanNote, italianNote, quebecNote } from './foreign';
import { prisonNote, vaNote } from './institutions';
import { clinicLetter, dischargeSummary, gpReferral } from './letters';
import { markdownSummary } from './markdown';
import { portalMessage, textThread } from './portal';
import { callTranscript, rawDictation, voicemailTranscript } from './transcripts';
import { medwatchReport, trialNarrative } from './trials';

type Template = (g: Gen) => Frag;

export const BLIND6_TEXT_DOCS: Record<string, Template> = {
  gpReferral,
  clinicLetter,
  wardDischargeSummary: dischargeSummary,
  callTranscript,
  rawDictation,
  voicemailTranscript,
  hospiceVisit,
  socialWorkAssessment: socialWorkNote,
  caseManagement,
  workersComp,
  autoClaim,
  trialNarrative,
  medwatchReport,
  deathCertificate,
  obituary,
  newbornRecord,
  obstetricNote,
  paediatricNote,
  typedPortalMessage: portalMessage,
  textThread,
  markdownSummary,
  brazilNote,
  quebecNote,
  italianNote,
  germanNote,
  vaNote,
  prisonNote,
};
