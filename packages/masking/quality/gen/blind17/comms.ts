/** Care-team and patient messaging of blind split 17: chat exports, transcripts, portal drafts, SMS. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, keep, type Piece, phi, type Span, t } from '../fragment';
import { toolCall, toolResult } from './mcp';
import {
  clinician,
  firstName,
  fullName,
  handle,
  lastName,
  nm,
  type Scene,
  scene,
  spell,
  type Who,
  who,
} from './people';
import { city, streetLine, zip } from './places';
import {
  ageOf,
  date,
  dateTime,
  emailOf,
  mrnNo,
  phoneExt,
  phoneNo,
  photoName,
  plusDays,
  recent,
  shortDate,
  ssnTyped,
} from './values';
import { drug, eponymOf, labPhrase, org } from './vocab';

function chatLines(g: Gen, s: Scene, to: Piece): Frag[] {
  const p = s.pt;
  const when = recent(g);
  const lines: (() => Frag)[] = [
    () =>
      t`${to} can you see ${fullName(g, p, ['first_last', 'lower', 'last'])} in ${g.int(201, 640)}? ${ageOf(p)}yo, ${drug(g)} held since ${shortDate(g, when)}`,
    () => t`fyi pt ${nm(spell(p, 'lower'), 'lower')} (MRN ${mrnNo(g)}) wants a callback at ${phoneNo(g)}`,
    () => t`family (${s.kinRelation} ${nm(s.kin.first, 'kin')}) called again, cell ${phoneExt(g)}`,
    () =>
      t`${clinician(g, s.doc)} ok'd d/c ${shortDate(g, plusDays(when, 1))}, needs ride home to ${streetLine(s.home)}, ${city(s.home)} ${zip(s.home)}`,
    () => t`labs back on ${nm(p.last, 'last')}: ${labPhrase(g)}, ${labPhrase(g)}`,
    () => t`consult thinks ${eponymOf(g)}, imaging ordered for ${shortDate(g, plusDays(when, 2))}`,
    () =>
      t`${nm(`${p.first} ${p.last[0]}`, 'first_initial')}. in bay ${g.int(1, 24)} is asking for the charge nurse`,
    () => t`DOB ${date(g, p.dob)} on the armband doesn't match reg - pls fix`,
  ];
  return g.some(lines, 2, 4).map((f) => f());
}

function slackTs(g: Gen): Piece {
  return keep('timestamp', `${g.int(1_704_000_000, 1_764_000_000)}.${g.digits(6)}`, 'slack_ts');
}

export function b17SlackExport(g: Gen): JsonTree {
  const s = scene(g);
  const staff: Who[] = [s.nurse, s.doc, who(g, 24, 60)];
  const ids = staff.map(() => `U0${g.letters(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`);
  const handles = staff.map((p) => handle(g, p));
  const messages = chatLines(g, s, t`@${handle(g, s.doc)}`).map((text) => {
    const i = g.int(0, staff.length - 1);
    const author = staff[i] as Who;
    return {
      type: 'message',
      user: ids[i] as string,
      user_profile: {
        name: handles[i] as Span,
        real_name: nm(spell(author, 'first_last'), 'first_last'),
        display_name: nm(spell(author, 'first'), 'first'),
      },
      text,
      ts: slackTs(g),
      ...(g.chance(0.3) ? { files: [{ name: photoName(g), mimetype: 'image/jpeg' }] } : {}),
    };
  });
  return toolResult(g, {
    ok: true,
    channel: {
      id: `C0${g.digits(8)}`,
      name: g.pick(['4west-care-team', 'ed-huddle', 'clinic-frontdesk', 'cm-dispo']),
    },
    messages,
    has_more: g.chance(0.3),
  });
}

export function b17TeamsTranscript(g: Gen): Frag {
  const s = scene(g);
  const staff: Who[] = [s.nurse, s.doc, who(g, 24, 60)];
  const roles = ['RN', 'MD', g.pick(['CM', 'PCT', 'NP', 'SW'])];
  const lines = chatLines(g, s, t`@${nm(s.doc.first, 'first')}`).map((text) => {
    const i = g.int(0, 2);
    const a = staff[i] as Who;
    const hh = g.int(7, 11);
    return t`[${hh}:${String(g.int(10, 59))} ${g.pick(['AM', 'PM'])}] ${nm(spell(a, 'last_comma_first'), 'last_comma_first')} (${roles[i] as string})\n${text}`;
  });
  return t`Chat: ${g.pick(['Unit 5 North huddle', 'Clinic A front desk', 'Transitions of care', 'Case mgmt'])}\nExported by ${nm(spell(s.nurse, 'first_last'), 'first_last')} from ${org(g, 'hospital')}\n\n${join(lines, '\n\n')}\n`;
}

export function b17PortalDraftArgs(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const appt = plusDays(recent(g), g.int(3, 30));
  const body = t`Dear ${g.pick([t`${fullName(g, p, ['first_last'])}`, t`${p.sex === 'F' ? 'Ms.' : 'Mr.'} ${lastName(p)}`, t`${firstName(p)}`])},

Your results from ${date(g, recent(g), g.pick(['month_d_yyyy', 'us']))} are back: ${labPhrase(g)}. ${clinician(g, s.doc)} would like to start ${drug(g, true)} and see you on ${dateTime(g, appt)}.
Your refill was sent to ${org(g, 'pharmacy')}. If anything changes call us at ${phoneExt(g)} or fax forms to ${phoneNo(g, 'fax')}.

${g.pick(['Sincerely', 'Thank you', 'Best'])},
${nm(spell(s.nurse, 'first_last'), 'first_last')}, ${g.pick(['RN', 'LPN', 'MA'])}`;
  return toolCall(g, g.pick(['portal.send_message', 'draft_patient_message', 'mychart_reply']), {
    recipient: { patientId: mrnNo(g), displayName: fullName(g, p) },
    replyTo: g.chance(0.5) ? emailOf(g, p) : undefined,
    subject: g.pick(['Your lab results', 'Follow-up appointment', 'Medication update']),
    body,
    sendAfterReview: true,
  });
}

export function b17SmsThread(g: Gen): Frag {
  const s = scene(g);
  const p = s.pt;
  const appt = plusDays(recent(g), g.int(1, 20));
  const clinic = phoneNo(g);
  const ptPhone = phoneNo(g);
  const practice = org(g, 'practice');
  const msgs = [
    t`[${shortDate(g, plusDays(appt, -2))} 9:${g.int(10, 59)}a] ${practice}: Reminder: appt w/ ${clinician(g, s.doc)} on ${shortDate(g, appt)}. Reply Y to confirm.`,
    t`[${g.int(9, 11)}:${g.int(10, 59)}a] Patient: ${g.pick(['y', 'yes but can i come later', 'cant make it'])} this is ${nm(spell(p, g.pick(['lower', 'first_last'] as const)), 'typed')} dob ${date(g, p.dob, g.pick(['us_short', 'us_2digit']))}`,
    t`[${g.int(11, 12)}:${g.int(10, 59)}p] ${practice}: Thanks ${firstName(p)}. We moved you to ${shortDate(g, plusDays(appt, g.int(1, 6)))} 2:30p.`,
    t`[${g.int(1, 5)}:${g.int(10, 59)}p] Patient: my ${s.kinRelation} ${nm(spell(s.kin, 'first'), 'first')} will bring me, their # is ${phi('phone', `${g.int(2, 9)}${g.digits(2)}${g.digits(3)}${g.digits(4)}`, 'typed')}. new address ${streetLine(s.home)} ${g.chance(0.5) ? t`${city(s.home)}` : ''}`,
    t`[${g.int(5, 8)}:${g.int(10, 59)}p] Patient: ${g.chance(0.6) ? t`for the charity form my ${ssnTyped(g)}` : 'ok see u then'}`,
  ];
  return t`SMS conversation ${clinic} <-> ${ptPhone}\n${join(msgs.slice(0, g.int(2, 5)), '\n')}\n`;
}

export const COMMS_JSON_DOCS = { b17SlackExport, b17PortalDraftArgs };
export const COMMS_TEXT_DOCS = { b17TeamsTranscript, b17SmsThread };
