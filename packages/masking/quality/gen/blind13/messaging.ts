/** Blind split 13: chat, mail, calendar, telephony and e-signature API objects. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type JsonTree, keep, phi, t } from '../fragment';
import {
  account13,
  biometric13,
  dea13,
  e164,
  imei13,
  member13,
  mrn13,
  npi13,
  otherId13,
  phone13,
  serial13,
  ssn13,
} from './ids';
import { anyResult, callArgs, structured, textBlock } from './mcp';
import { code13, device13, drug13, eponym13, lab13, org13, stamp, stat13, uuid13 } from './vocab';
import { day, hhmm, later, visitDate } from './when';
import { ageOf, anyNm, emailOf, nm, patient, place, slug, staff, workEmail } from './who';

const slackUser = (g: Gen): string => `U0${g.letters(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;

function slackHistory(g: Gen): JsonTree {
  const pt = patient(g);
  const rn = staff(g);
  const md = staff(g);
  const visit = visitDate(g);
  const u1 = slackUser(g);
  const u2 = slackUser(g);
  const parent = stamp(g, 'slack');
  const lines = [
    t`<@${u2}> can you look at bed 14 - ${anyNm(g, pt, ['full', 'lf', 'lower'])} (${mrn13(g)}), ${ageOf(pt)}yo, came in overnight, ${lab13(g)}`,
    t`family wants a callback, ${g.pick(['daughter', 'son', 'wife'])} ${nm(patient(g), 'first')} at ${phone13(g)}`,
    t`started ${drug13(g)}, flag for ${eponym13(g)}? next appt ${day(g, visit)}`,
    t`dc summary for ${nm(pt, g.pick(['fi', 'last', 'full'] as const))} is up, F/u w/ Dr. ${nm(md, 'last')} ${day(g, later(visit, 14))}`,
    t`pharmacy called re: DEA ${dea13(g, md.last)} on the script for ${nm(pt, 'full')} - ${code13(g)}`,
  ];
  const picked = g.some(lines, 2, 4);
  return textBlock(g, {
    ok: true,
    channel: `C0${g.letters(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
    messages: picked.map((text, i) => ({
      type: 'message',
      user: i % 2 ? u2 : u1,
      user_profile: {
        real_name: i % 2 ? nm(md, 'full') : nm(rn, 'full'),
        display_name: i % 2 ? nm(md, 'lower') : nm(rn, 'first'),
      },
      text,
      ts: i === 0 ? parent : stamp(g, 'slack'),
      thread_ts: i === 0 ? undefined : keep('timestamp', parent.value, 'slack'),
      reply_count: i === 0 ? picked.length - 1 : undefined,
    })),
    has_more: g.chance(0.3),
    response_metadata: { next_cursor: g.chance(0.5) ? `bmV4dF90czox${g.digits(10)}` : '' },
  });
}

function teamsReplies(g: Gen): JsonTree {
  const pt = patient(g);
  const a = staff(g);
  const b = staff(g);
  const when = visitDate(g);
  const bodies = [
    t`<p>Heads up: <b>${anyNm(g, pt)}</b> (DOB ${day(g, pt.dob)}) no-showed ${day(g, when)}. Cell on file ${phone13(g)}.</p>`,
    t`<div>Auth ${otherId13(g)} approved by ${org13(g)} for ${code13(g)}. Member ${member13(g)}.</div>`,
    t`<p>Reminder that ${nm(pt, 'first')} is on ${drug13(g)}; last ${lab13(g)}.</p><p>-${nm(b, 'first')}</p>`,
    t`<p>Moved ${nm(pt, 'lf')} to ${day(g, later(when, 7))} at ${hhmm(g)}, address now ${place(g).street}</p>`,
  ];
  return structured(
    g,
    {
      '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting')/messages",
      value: g.some(bodies, 2, 4).map((content, i) => ({
        id: stamp(g, 'epoch_ms'),
        replyToId: i === 0 ? null : 'parent',
        messageType: 'message',
        createdDateTime: stamp(g, 'iso'),
        from: {
          user: { id: uuid13(g), displayName: nm(i % 2 ? b : a, 'full'), userIdentityType: 'aadUser' },
        },
        body: { contentType: 'html', content },
      })),
    },
    'Retrieved thread replies.',
  );
}

function gmailMessage(g: Gen): JsonTree {
  const pt = patient(g);
  const doc = staff(g);
  const appt = visitDate(g);
  const addr = place(g);
  const subject = g.pick([
    t`Appt confirmation - ${nm(pt, 'full')} ${day(g, appt)}`,
    t`RE: records request for ${nm(pt, 'LF')}`,
    t`Fwd: ${nm(pt, 'last')} lab results`,
  ]);
  const body = t`Hi ${nm(pt, 'first')},\n\nThis confirms your visit with Dr. ${nm(doc, 'last')} at ${org13(g)} on ${day(g, appt, 'mon_d_y')} at ${hhmm(g)}. Please bring your card (member ID ${member13(g)}) and arrive 15 min early.\nWe have your address as ${addr.street}, ${addr.city}, ${addr.state} ${addr.zip}.\n\nQuestions? Call ${phone13(g)} or fax forms to ${phone13(g, 'fax')}.\n\n${nm(staff(g), 'full')}\nPatient Access`;
  return anyResult(
    g,
    {
      id: g.f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' }),
      threadId: g.f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' }),
      labelIds: ['INBOX', g.pick(['IMPORTANT', 'CATEGORY_PERSONAL', 'UNREAD'])],
      snippet: t`Hi ${nm(pt, 'first')}, This confirms your visit with Dr. ${nm(doc, 'last')} on ${day(g, appt, 'mon_d_y')}`,
      internalDate: stamp(g, 'epoch_ms'),
      payload: {
        mimeType: 'multipart/alternative',
        headers: [
          { name: 'From', value: t`"${nm(doc, 'full')}" <${workEmail(g, doc)}>` },
          { name: 'To', value: t`${nm(pt, 'full')} <${emailOf(g, pt)}>` },
          { name: 'Subject', value: subject },
          { name: 'Date', value: stamp(g, 'rfc2822') },
          { name: 'Message-ID', value: `<CA+${g.f.string.alphanumeric(20)}@mail.gmail.com>` },
        ],
        parts: [{ partId: '0', mimeType: 'text/plain', body: { size: g.int(300, 900), text: body } }],
      },
    },
    'Fetched 1 message.',
    `gmail://messages/${g.digits(8)}`,
  );
}

function outlookMessage(g: Gen): JsonTree {
  const pt = patient(g);
  const sender = staff(g);
  const att = `${slug(pt.last)}_${g.pick(['wound', 'rash', 'face', 'id_front'])}_${g.digits(4)}.jpg`;
  return textBlock(g, {
    value: [
      {
        id: `AAMkAG${g.f.string.alphanumeric(24)}`,
        receivedDateTime: stamp(g, 'iso_s'),
        subject: t`${g.pick(['Photo for chart', 'Wound pic', 'Insurance card'])} - ${nm(pt, g.pick(['full', 'lf'] as const))}`,
        bodyPreview: t`Attached is the photo ${nm(pt, 'first')} sent on ${day(g, visitDate(g))}.`,
        importance: 'normal',
        from: { emailAddress: { name: nm(sender, 'full'), address: workEmail(g, sender) } },
        toRecipients: [
          { emailAddress: { name: 'Wound Care Team', address: 'woundcare@tamarackvalley.example' } },
        ],
        body: {
          contentType: 'html',
          content: t`<html><body><p>Pt: ${nm(pt, 'full')} &nbsp;MRN ${mrn13(g)}<br>Age ${ageOf(pt)}, ${eponym13(g)} noted.<br>Photo: ${phi('photo', att)}</p></body></html>`,
        },
        hasAttachments: true,
        attachments: [{ name: phi('photo', att), contentType: 'image/jpeg', size: g.int(90_000, 4_000_000) }],
      },
    ],
  });
}

function calendarEvents(g: Gen): JsonTree {
  const n = g.int(1, 3);
  const items: JsonTree[] = [];
  for (let i = 0; i < n; i++) {
    const pt = patient(g);
    const doc = staff(g);
    const d = visitDate(g);
    const time = hhmm(g);
    const addr = place(g);
    items.push({
      kind: 'calendar#event',
      id: g.f.string.alphanumeric({ length: 26, casing: 'lower' }),
      status: 'confirmed',
      created: stamp(g, 'iso'),
      updated: stamp(g, 'iso'),
      summary: g.pick([
        t`${nm(pt, 'full')} - new pt ${g.pick(['echo', 'consult', 'telehealth'])}`,
        t`F/U ${nm(pt, 'LF')} (${mrn13(g)})`,
        t`Home visit: ${nm(pt, 'fi')}`,
      ]),
      description: t`DOB ${day(g, pt.dob)}. Reason: ${code13(g)}. Meds: ${drug13(g)}. Call ${phone13(g)} if running late.`,
      location: g.chance(0.5)
        ? t`${addr.street}, ${addr.city}, ${addr.state} ${addr.zip}`
        : keep('organization', 'Tamarack Valley Medical Center'),
      organizer: { email: workEmail(g, doc), displayName: nm(doc, 'full') },
      start: { dateTime: t`${day(g, d, 'iso')}T${time}:00-05:00`, timeZone: 'America/Chicago' },
      end: { dateTime: t`${day(g, d, 'iso')}T${time.slice(0, 2)}:59:00-05:00`, timeZone: 'America/Chicago' },
      attendees: [
        { email: emailOf(g, pt), displayName: nm(pt, 'full'), responseStatus: 'needsAction' },
        { email: workEmail(g, doc), organizer: true, responseStatus: 'accepted' },
      ],
      hangoutLink: `https://meet.google.com/${g.letters(3, 'abcdefghijkmnopqrstuvwxyz')}-${g.letters(4, 'abcdefghijkmnopqrstuvwxyz')}-${g.letters(3, 'abcdefghijkmnopqrstuvwxyz')}`,
    });
  }
  return anyResult(
    g,
    { kind: 'calendar#events', summary: 'Clinic schedule', timeZone: 'America/Chicago', items },
    `Found ${n} events.`,
    'calendar://primary/events',
  );
}

function smsLog(g: Gen): JsonTree {
  const pt = patient(g);
  const clinic = e164(g);
  const mobile = e164(g);
  const d = visitDate(g);
  const bodies = [
    t`${org13(g)}: Hi ${nm(pt, 'first')}, reminder of your appt ${day(g, d, g.pick(['m_d', 'mon_d_y', 'us_short'] as const))} at ${hhmm(g)}. Reply C to confirm.`,
    t`this is ${nm(pt, 'full')} i need to reschedule, my new number is ${phone13(g)}`,
    t`Your code is ${g.digits(6)}. Do not share it.`,
    t`Rx ready: ${drug13(g)} for ${nm(pt, 'fi')}. Pickup by ${day(g, later(d, 3), 'm_d')}.`,
    t`C`,
  ];
  return structured(
    g,
    {
      messages: g.some(bodies, 2, 4).map((body, i) => ({
        sid: `SM${g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`,
        direction: i % 2 ? 'inbound' : 'outbound-api',
        from: i % 2 ? mobile : clinic,
        to: i % 2 ? clinic : mobile,
        body,
        status: g.pick(['delivered', 'received', 'sent']),
        date_sent: stamp(g, 'rfc2822'),
        num_segments: String(g.int(1, 2)),
        api_version: '2010-04-01',
      })),
      meta: { page: 0, page_size: 50 },
    },
    t`Messages with ${mobile}`,
  );
}

function callLog(g: Gen): JsonTree {
  const pt = patient(g);
  const agent = staff(g);
  const rec = g.digits(10);
  return textBlock(g, {
    calls: [
      {
        call_id: uuid13(g),
        started_at: stamp(g, 'iso_s'),
        duration_sec: g.int(30, 1400),
        direction: 'inbound',
        caller_id_name: nm(pt, 'LF'),
        from_number: e164(g),
        to_number: e164(g),
        agent: nm(agent, 'full'),
        device_imei: g.chance(0.6) ? imei13(g) : undefined,
        recording_url: phi('url', `https://recordings.callbridge.example/r/${slug(pt.last)}-${rec}.mp3`),
        voiceprint_id: g.chance(0.5) ? biometric13(g) : undefined,
        transcript: t`Caller verified with DOB ${day(g, pt.dob)} and SSN ${ssn13(g)}. States glucose monitor ${device13(g)} serial ${serial13(g)} keeps failing. Asked about bill on account ${account13(g)}.`,
        disposition: g.pick(['resolved', 'escalated', 'callback']),
      },
    ],
    total: 1,
  });
}

function signatureEnvelope(g: Gen): JsonTree {
  const pt = patient(g);
  const guardian = patient(g);
  const doc = staff(g);
  const env = uuid13(g);
  return anyResult(
    g,
    {
      envelopeId: env,
      status: g.pick(['sent', 'completed', 'delivered']),
      emailSubject: t`Please sign: Consent for ${code13(g)} - ${nm(pt, 'full')}`,
      createdDateTime: stamp(g, 'iso'),
      sentDateTime: stamp(g, 'iso'),
      recipients: {
        signers: [
          {
            name: nm(pt, 'full'),
            email: emailOf(g, pt),
            recipientId: '1',
            routingOrder: '1',
            status: 'completed',
            signedDateTime: stamp(g, 'iso'),
            clientIPAddress: phi(
              'ip',
              `${g.int(24, 199)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
              'ipv4',
            ),
          },
          {
            name: nm(guardian, 'full'),
            email: emailOf(g, guardian),
            recipientId: '2',
            routingOrder: '2',
            roleName: 'Guardian',
            status: 'sent',
          },
        ],
        carbonCopies: [{ name: t`Dr. ${nm(doc, 'full')}`, email: workEmail(g, doc), recipientId: '3' }],
      },
      customFields: {
        textCustomFields: [
          { name: 'MRN', value: mrn13(g) },
          { name: 'ProcedureDate', value: day(g, visitDate(g), g.pick(['iso', 'us'] as const)) },
          { name: 'NPI', value: npi13(g) },
          { name: 'Facility', value: org13(g) },
        ],
      },
      notification: { reminders: { reminderEnabled: 'true', reminderDelay: '2' } },
    },
    t`Envelope ${env} status`,
    `esign://envelopes/${env.value}`,
  );
}

function toolCallArgs(g: Gen): JsonTree {
  const pt = patient(g);
  const doc = staff(g);
  const d = visitDate(g);
  return g.pick([
    () =>
      callArgs(g, 'gmail_send', {
        to: [emailOf(g, pt)],
        cc: [workEmail(g, doc)],
        subject: t`Your results from ${day(g, d)}`,
        body: t`Dear ${nm(pt, 'full')},\nYour ${lab13(g)} and ${lab13(g)} are back. Dr. ${nm(doc, 'last')} would like to start ${drug13(g)}.\n`,
      }),
    () =>
      callArgs(g, 'calendar_create_event', {
        calendarId: 'primary',
        summary: t`Infusion - ${nm(pt, 'lf')}`,
        start: t`${day(g, d, 'iso')}T${hhmm(g)}:00`,
        attendees: [emailOf(g, pt)],
        notes: t`Member ${member13(g)}; ${stat13(g)} this week`,
      }),
    () =>
      callArgs(g, 'create_ticket', {
        title: t`Refund for ${nm(pt, 'full')} acct ${account13(g)}`,
        description: t`Pt called from ${phone13(g)}, DOB ${day(g, pt.dob)}. Claim ${otherId13(g)} denied by ${org13(g)}.`,
        priority: 'high',
      }),
  ])();
}

export const MESSAGING_DOCS = {
  slackHistory13: slackHistory,
  teamsReplies13: teamsReplies,
  gmailMessage13: gmailMessage,
  outlookMessage13: outlookMessage,
  calendarEvents13: calendarEvents,
  smsLog13: smsLog,
  callLog13: callLog,
  signatureEnvelope13: signatureEnvelope,
  toolCallArgs13: toolCallArgs,
};
