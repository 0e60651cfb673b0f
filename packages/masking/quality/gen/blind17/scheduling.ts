/** Scheduling payloads of blind split 17: booking calls, provider days, waitlists, reminders. */
import type { Gen } from '../context';
import { type JsonTree, keep, t } from '../fragment';
import { toolCall, toolResult } from './mcp';
import { clinician, firstName, fullName, lastName, nm, scene, spell, who } from './people';
import { city, place, streetLine, zip } from './places';
import {
  ageOf,
  date,
  dateTime,
  emailOf,
  memberNo,
  mrnNo,
  npiNo,
  phoneExt,
  phoneNo,
  plusDays,
  recent,
  shortDate,
  stamp,
} from './values';
import { org, procedure, uuidKeep } from './vocab';

const REASONS = [
  'New pt - knee pain',
  'Med check',
  'Post-op wound check',
  'Annual wellness',
  'Diabetic eye exam',
  'Follow up on labs',
  'Sleep study consult',
  'Well woman',
];

export function b17BookApptArgs(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const when = plusDays(recent(g), g.int(1, 40));
  return toolCall(g, g.pick(['book_appointment', 'scheduling.create', 'CreateAppointment']), {
    PatientName: fullName(g, p),
    DOB: date(g, p.dob, g.pick(['us', 'iso', 'us_short'])),
    PatientMRN: g.chance(0.6) ? mrnNo(g) : undefined,
    ProviderNPI: npiNo(g),
    ProviderName: clinician(g, s.doc),
    Location: org(g, 'practice'),
    SlotStart: dateTime(g, when),
    DurationMin: g.pick([15, 20, 30, 40]),
    VisitReason: g.pick(REASONS),
    CallbackPhone: phoneExt(g),
    Notes: g.chance(0.6)
      ? t`${g.pick(['pt prefers', 'Patient asked for', 'daughter says pt wants'])} afternoon, ${g.pick(['needs', 'bring'])} interpreter (${g.pick(['Spanish', 'Vietnamese', 'Arabic', 'Cantonese', 'Haitian Creole'])}); ride from ${nm(spell(s.kin, 'first_last'), 'kin')} ${phoneNo(g)}`
      : null,
    InsuranceMemberId: memberNo(g),
  });
}

export function b17ProviderDay(g: Gen): JsonTree {
  const doc = who(g, 32, 70);
  const day = plusDays(recent(g), g.int(0, 30));
  const slots = Array.from({ length: g.int(4, 7) }, (_, i) => {
    const hh = String(8 + Math.floor(i / 2)).padStart(2, '0');
    const mm = i % 2 === 0 ? '00' : '30';
    if (g.chance(0.25))
      return { start: `${hh}:${mm}`, status: 'open', type: g.pick(['NEW', 'EST', 'TELE']), patient: null };
    const pt = who(g, 1, 95);
    return {
      start: `${hh}:${mm}`,
      status: g.pick(['booked', 'arrived', 'checked-in', 'no-show']),
      type: g.pick(['NEW', 'EST', 'TELE', 'PROC']),
      patient: {
        display: nm(spell(pt, g.pick(['last_comma_first', 'initial_last', 'upper'] as const)), 'schedule'),
        mrn: mrnNo(g),
        age: ageOf(pt),
        dob: g.chance(0.5) ? date(g, pt.dob, 'us') : undefined,
        phone: g.chance(0.5) ? phoneNo(g) : undefined,
      },
      reason: g.pick(REASONS),
      cpt: g.chance(0.3) ? procedure(g).code : undefined,
    };
  });
  const booked = slots.filter((s) => s.status !== 'open').length;
  return toolResult(g, {
    provider: { name: clinician(g, doc), npi: npiNo(g), department: org(g, 'practice') },
    date: date(g, day, 'iso'),
    slots,
    utilization: keep('statistic', `${Math.round((100 * booked) / slots.length)}% booked`),
    fetchedAt: stamp(g),
  });
}

export function b17WaitlistColumns(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const p = who(g, 18, 96);
    const h = place(g);
    return [
      g.int(1000, 9999),
      nm(spell(p, g.pick(['last_comma_first', 'first_last', 'upper'] as const)), 'row'),
      date(g, p.dob, 'iso'),
      phoneNo(g),
      zip(h),
      date(g, recent(g), 'iso'),
      g.pick(['any provider', 'female provider only', 'mornings', 'not Fridays']),
      g.pick([1, 2, 3]),
    ];
  });
  const body = {
    columns: ['waitlist_id', 'patient', 'dob', 'phone', 'zip', 'added_on', 'preference', 'priority'],
    rows,
    meta: {
      clinic: org(g, 'practice'),
      median_wait: keep('statistic', `median wait ${g.int(6, 60)} days`),
      queried_at: stamp(g),
    },
  };
  return toolResult(g, body);
}

export function b17ReminderBatch(g: Gen): JsonTree {
  const messages = Array.from({ length: g.int(2, 3) }, () => {
    const p = who(g);
    const h = place(g);
    const when = plusDays(recent(g), g.int(1, 10));
    const channel = g.pick(['sms', 'sms', 'email', 'voice']);
    return {
      id: uuidKeep(g),
      channel,
      to: channel === 'email' ? emailOf(g, p) : phoneNo(g),
      body: t`Hi ${firstName(p)}, this is ${org(g, 'practice')} reminding you of your appt ${g.pick(['on', 'for'])} ${shortDate(g, when)} at ${g.pick(['8', '9', '10', '11', '1', '2', '3', '4'])}:${g.pick(['00', '15', '30', '45'])} at ${streetLine(h)}, ${city(h)}. Reply C to confirm or call ${phoneNo(g)}.`,
      status: g.pick(['queued', 'delivered', 'failed']),
      sendAt: stamp(g),
    };
  });
  const lastOnly = who(g);
  return toolResult(g, {
    batch: `RMD-${g.digits(6)}`,
    messages,
    optOuts: g.chance(0.4) ? [{ name: lastName(lastOnly), phone: phoneNo(g) }] : [],
  });
}

export const SCHEDULING_DOCS = { b17BookApptArgs, b17ProviderDay, b17WaitlistColumns, b17ReminderBatch };
