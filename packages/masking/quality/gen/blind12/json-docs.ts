/** Json documents of blind split 12: speech-to-text results, call-centre records, immunisation API replies. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type JsonTree, phi, t } from '../fragment';
import { ihi, medicareAu, nhi, ohip } from './ids';
import { full, lower, patient, person } from './people';
import { addressLine, phoneOf, place } from './places';
import { spokenDate, spokenDigits } from './spoken';
import { drug, lab, orgNamed, stamp, uuid, vaccine, version } from './vocab';
import { dateOf, recent } from './when';

type Template = (g: Gen) => JsonTree;

/** A speech-to-text service's finished job: metadata, segments with speakers, words spoken as words. */
function speechToTextJob(g: Gen): JsonTree {
  const p = patient(g);
  const doc = person(g, 30, 68);
  const mrnDigits = g.digits(8);
  return {
    job_id: uuid(g),
    status: 'COMPLETED',
    engine: { model: 'clinical-dictation', version: version(g) },
    completed_at: stamp(g),
    segments: [
      {
        speaker: 'spk_0',
        text: t`this is doctor ${phi('name', doc.last.toLowerCase(), 'spoken_last')} with a progress note`,
      },
      {
        speaker: 'spk_0',
        text: t`patient ${lower(p)} date of birth ${phi('date', spokenDate(g, p.dob), 'spoken')} chart number ${phi('mrn', spokenDigits(g, mrnDigits), 'spoken')}`,
      },
      { speaker: 'spk_0', text: t`continues on ${drug(g)} ${lab(g)} new paragraph` },
    ],
    confidence: Number(g.f.number.float({ min: 0.71, max: 0.98 }).toFixed(2)),
  };
}

/** A call-centre CRM record of a caller asking for a relative's results. */
function contactCentreRecord(g: Gen): JsonTree {
  const p = patient(g);
  const caller = person(g);
  const agent = person(g, 22, 60);
  const country = g.pick(['ca', 'nz'] as const);
  const home = place(g, country);
  return {
    interactionId: uuid(g),
    channel: g.pick(['voice', 'callback']),
    createdAt: stamp(g),
    queue: { name: 'results-enquiries', waiting: g.int(0, 30) },
    caller: {
      displayName: full(caller),
      ani: phoneOf(g, country),
      relationship: g.pick(['daughter', 'son', 'spouse']),
    },
    subject: {
      name: full(p),
      dob: dateOf(g, p.dob, 'cw'),
      healthNumber: country === 'nz' ? nhi(g) : ohip(g),
      address: addressLine(home),
    },
    agent: { name: full(agent), site: orgNamed(country === 'nz' ? 'Healthline' : 'HealthLink BC') },
    wrapUp: t`caller asked for ${lab(g)} result, consent not on file, advised ${p.first} to call back`,
  };
}

/** An immunisation register API reply for one child. */
function immunisationRegisterReply(g: Gen): JsonTree {
  const kid = person(g, 0, 14);
  return {
    responseId: uuid(g),
    generated: stamp(g),
    individual: {
      name: { family: phi('name', kid.last, 'last'), given: phi('name', kid.first, 'first') },
      dateOfBirth: phi('date', kid.dob.toISOString().slice(0, 10), 'iso'),
      medicareCard: medicareAu(g),
      ihiNumber: ihi(g),
    },
    encounters: Array.from({ length: g.int(1, 3) }, () => ({
      dateOfService: phi('date', recent(g).toISOString().slice(0, 10), 'iso'),
      vaccine: vaccine(g),
      provider: phi('name', full(person(g, 30, 65)).value, 'full'),
    })),
  };
}

export const BLIND12_JSON_DOCS: Record<string, Template> = {
  speechToTextJob,
  contactCentreRecord,
  immunisationRegisterReply,
};
