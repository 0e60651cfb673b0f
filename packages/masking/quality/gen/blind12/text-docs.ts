/** Text documents of blind split 12: mostly free text of many genres and voices. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, jsonText, phi, t } from '../fragment';
import { CLINIC_DOCS } from './clinic-docs';
import { FIELD_DOCS } from './field-docs';
import { FORM_DOCS } from './form-docs';
import { ihi, medicareAu, mrnLocal } from './ids';
import { PATIENT_DOCS } from './patient-docs';
import { full, patient, person } from './people';
import { addressLine, phoneOf, place } from './places';
import { SPOKEN_DOCS } from './spoken-docs';
import { code, drug, lab, org, stamp, uuid, version } from './vocab';
import { ageSpan, dateOf, recent } from './when';

type Template = (g: Gen) => Frag;

/** A triage chatbot's hand-off summary, pasted into a ticket as JSON text. */
function triageHandoffJson(g: Gen): Frag {
  const p = patient(g);
  const home = place(g, 'au');
  const summary = {
    handoffId: uuid(g),
    bot: { name: 'symptom-checker', version: version(g) },
    exportedAt: stamp(g),
    patient: {
      name: full(p),
      dob: dateOf(g, p.dob, 'cw'),
      age: ageSpan(p),
      medicare: medicareAu(g),
      ihi: ihi(g),
      mrn: mrnLocal(g),
      phone: phoneOf(g, 'au'),
      address: addressLine(home),
    },
    onset: dateOf(g, recent(g), 'cw'),
    reported: t`taking ${drug(g)}; home reading ${lab(g)}`,
    suggestedCode: code(g).code,
    routedTo: org(g),
    carer: phi('name', full(person(g)).value, 'full'),
  };
  return jsonText(summary, g.chance(0.5) ? 2 : 0);
}

export const BLIND12_TEXT_DOCS: Record<string, Template> = {
  ...SPOKEN_DOCS,
  ...FIELD_DOCS,
  ...CLINIC_DOCS,
  ...FORM_DOCS,
  ...PATIENT_DOCS,
  triageHandoffJson,
};
