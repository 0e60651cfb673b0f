/**
 * Agents acting through office tools on a patient's behalf: e-mail drafts, calendar bookings,
 * chat posts, tickets, spreadsheet writes and faxes, as `tools/call` arguments.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type JsonTree, phi, type Span, t } from '../fragment';
import {
  accountValue,
  email,
  mrnValue,
  otherIdValue,
  phoneValue,
  photoFile,
  ssn,
  urlValue,
} from '../identifiers';
import { clinicianName, person } from '../people';
import { toolCall } from './mcp';
import { code, drug, lab, org, stat } from './vocab';
import { dayMonth, fullName, handle, isoDay, shifted, slotStart, typedDate, typedName } from './who';

const emailDraft = (g: Gen, c: Cast): JsonTree =>
  toolCall(g, g.pick(['gmail.create_draft', 'outlook_send_mail', 'email.draft']), {
    to: [email(g, c.pt.first, c.pt.last)],
    cc: g.chance(0.4) ? [email(g, c.relative.first, c.relative.last)] : undefined,
    subject: g.pick([
      t`Your visit on ${typedDate(g, c.admit, 'month_day_year')}`,
      t`Follow-up for ${fullName(c.pt)}`,
      'Lab results are ready',
    ]),
    body: t`Hi ${phi('name', c.pt.first, 'first')},

${g.pick([
  t`${clinicianName(g, c.attending)} reviewed your results from ${dayMonth(g, c.admit)}: ${lab(g)}. No changes needed.`,
  t`Your ${drug(g)} refill was sent to ${org(g, 'pharmacy')}. Please pick it up after ${dayMonth(g, c.discharge)}.`,
  t`We moved your appointment to ${typedDate(g, c.discharge)}. If that does not work, call ${phoneValue(g)}.`,
])}

You can also see this in the portal: ${urlValue(g, c.pt.last)}

Thanks,
${fullName(c.attending)}
${org(g)}`,
  });

const calendarBooking = (g: Gen, c: Cast): JsonTree => {
  const hour = g.int(7, 15);
  return toolCall(g, g.pick(['calendar.create_event', 'google_calendar_insert', 'book_appointment']), {
    summary: g.pick([
      t`F/U ${nameInitials(c)} - ${g.pick(['HF clinic', 'A1c check', 'wound check'])}`,
      t`${fullName(c.pt)} new pt`,
    ]),
    start: { dateTime: slotStart(g, c.discharge, hour), timeZone: 'America/Chicago' },
    end: { dateTime: slotStart(g, c.discharge, hour + 1), timeZone: 'America/Chicago' },
    location: g.pick([
      t`${org(g)}, Suite ${g.int(100, 420)}`,
      t`${c.addr.street}, ${c.addr.city} (home visit)`,
    ]),
    attendees: [
      { email: email(g, c.consultant.first, c.consultant.last), displayName: fullName(c.consultant) },
      { email: email(g, c.pt.first, c.pt.last), optional: true },
    ],
    description: t`DOB ${typedDate(g, c.pt.dob)} / MRN ${mrnValue(g)} / cb ${phoneValue(g)}. Reason: ${code(g, 'ICD-10')}, bring med list (${drug(g)}).`,
    reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 30 }] },
  });
};

function nameInitials(c: Cast): Span {
  return phi('name', `${c.pt.first[0]}${c.pt.last[0]}`, 'initials');
}

const chatPost = (g: Gen, c: Cast): JsonTree => {
  const colleague = person(g, { minAge: 25, maxAge: 65 });
  return toolCall(g, g.pick(['slack.post_message', 'teams_send', 'chat.postMessage']), {
    channel: g.pick(['#care-coord', '#4west-charge', 'C07Q2HX3M1', '#ed-boarders']),
    text: g.pick([
      t`<@${handle(g, colleague)}> can you see ${typedName(g, c.pt)} (rm ${g.int(2, 9)}${g.int(10, 40)}) before ${g.int(1, 4)}? ${lab(g)}, family (${c.relation}) at bedside`,
      t`FYI ${typedName(g, c.pt)} DOB ${typedDate(g, c.pt.dob)} no-showed ${dayMonth(g, c.admit)} again, ${stat(g)}. @${handle(g, c.attending)} ok to discharge from panel?`,
      t`:hospital: ${fullName(c.pt)} transferred to ${org(g)}, accepting ${clinicianName(g, c.consultant)}. Report called to ${phoneValue(g)}.`,
    ]),
    thread_ts: g.chance(0.3) ? `${g.int(1_730_000_000, 1_760_000_000)}.${g.digits(6)}` : undefined,
    unfurl_links: false,
  });
};

const ticket = (g: Gen, c: Cast): JsonTree =>
  toolCall(g, g.pick(['jira.create_issue', 'servicenow_create_incident', 'zendesk.tickets.create']), {
    project: g.pick(['HIMS', 'REVCYCLE', 'PORTALSUP']),
    title: g.pick([
      t`Duplicate chart: ${typedName(g, c.pt)} / ${typedName(g, c.pt)}`,
      t`Billing dispute acct ${accountValue(g)}`,
      t`Portal lockout for ${fullName(c.pt)}`,
    ]),
    description: t`Reporter: ${fullName(c.attending)} (ext ${g.int(2000, 7999)})
Patient: ${fullName(c.pt)}  DOB ${typedDate(g, c.pt.dob)}  MRN ${mrnValue(g)}
Ref ${otherIdValue(g)}; guarantor acct ${accountValue(g)}${g.chance(0.5) ? t`; caller gave ${ssn(g)}` : ''}
Steps: patient called ${dayMonth(g, c.discharge)} from ${phoneValue(g)}, says statement went to ${c.addr.street}, ${c.addr.city}.
Attached screenshot ${photoFile(g, c.pt.last)}`,
    priority: g.pick(['P3', 'Medium', 'Low']),
    labels: ['phi', 'agent-created'],
  });

function sheetRow(g: Gen, p: Cast['pt'], c: Cast): JsonTree[] {
  return [
    mrnValue(g),
    typedName(g, p),
    typedDate(g, p.dob, g.pick(['us', 'iso'] as const)),
    phoneValue(g),
    email(g, p.first, p.last),
    isoDay(shifted(c.admit, -g.int(0, 90))),
    code(g, 'CPT'),
    g.pick(['scheduled', 'left VM', 'declined', 'no answer']),
  ];
}

const sheetUpdate = (g: Gen, c: Cast): JsonTree => {
  const others = Array.from({ length: g.int(1, 3) }, () => person(g));
  return toolCall(g, g.pick(['sheets.values_update', 'google_sheets_append', 'excel.write_range']), {
    spreadsheetId: `1${g.f.string.alphanumeric(43)}`,
    range: g.pick(["'Outreach Q4'!A2:H9", 'Sheet1!A2', "'AWV list'!A:H"]),
    valueInputOption: 'USER_ENTERED',
    values: [
      ['MRN', 'Name', 'DOB', 'Phone', 'Email', 'Last visit', 'Code', 'Status'],
      sheetRow(g, c.pt, c),
      ...others.map((p) => sheetRow(g, p, c)),
    ],
  });
};

const faxSend = (g: Gen, c: Cast): JsonTree =>
  toolCall(g, g.pick(['efax.send', 'send_fax', 'documo_fax']), {
    to: phoneValue(g, 'fax'),
    from: phoneValue(g, 'fax'),
    cover_sheet: {
      to_name: clinicianName(g, c.consultant),
      from_name: fullName(c.attending),
      callback: phoneValue(g),
      note: t`Records for ${fullName(c.pt)} (DOB ${typedDate(g, c.pt.dob)}) per request ${dayMonth(g, c.discharge)}. ${g.int(3, 22)} pages.`,
    },
    attachments: [t`records/${mrnValue(g)}_${isoDay(c.admit)}.pdf`],
  });

export const OFFICE_JSON_DOCS = {
  'blind19-email-draft': emailDraft,
  'blind19-calendar-booking': calendarBooking,
  'blind19-chat-post': chatPost,
  'blind19-ticket-create': ticket,
  'blind19-sheet-update': sheetUpdate,
  'blind19-fax-send': faxSend,
};
