/** Calendar, contact and mail formats of blind split 7: iCalendar, vCard, RFC 5322 with MIME. */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { age, ageOf, date, day, formatDay, serviceDay, systemTimestamp } from './dates';
import { email, fax, ipv4, ipv6, mrn, patientUrl, personalUrl, phone, photo } from './ids';
import { doctor, family, fullName, given } from './names';
import { clinician, person } from './people';
import { address } from './places';
import { code, drugDose, eponym, lab, labResult, org, plainOrg, statistic, uuid, version } from './vocab';

const pad = (n: number): string => String(n).padStart(2, '0');

function labLine(g: Gen): Frag {
  const l = lab(g);
  return t`${l.name} ${labResult(g, l)}`;
}

export function iCalendar(g: Gen): Frag {
  const p = person(g);
  const d = clinician(g);
  const when = serviceDay(g);
  const hh = g.int(7, 17);
  const start = phi('date', `${formatDay(when, 'compact')}T${pad(hh)}${g.pick(['00', '30'])}00`, 'date-ical');
  const end = phi(
    'date',
    `${formatDay(when, 'compact')}T${pad(hh + 1)}${g.pick(['00', '15'])}00`,
    'date-ical',
  );
  const loc = address(g);
  const r = person(g, false);
  const summary = g.pick([
    t`SUMMARY:${fullName(p, false)} - ${g.pick(['echo', 'follow-up', 'infusion', 'sleep study'])}`,
    t`SUMMARY:F/U ${family(p)}\\, ${given(p)} (${eponym(g)})`,
    t`SUMMARY:Tele visit: ${given(p)} ${family(p)} DOB ${date(p.dob, 'us')}`,
  ]);
  const attendees: Piece[] = [
    t`ATTENDEE;CN=${fullName(p, false)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${email(g, p)}`,
    t`ATTENDEE;CN="${doctor(d, 0)}";ROLE=CHAIR:mailto:${email(g, d)}`,
  ];
  if (g.chance(0.5)) attendees.push(t`ATTENDEE;CN=${fullName(r)};ROLE=OPT-PARTICIPANT:mailto:${email(g, r)}`);
  return t`BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//${plainOrg(g)}//Scheduler ${version(g)}//EN
BEGIN:VEVENT
UID:${uuid(g)}@sched.brightwater-health.org
DTSTAMP:${keep('timestamp', `${formatDay(day(g, 2025, 2026), 'compact')}T${pad(g.int(0, 23))}${pad(g.int(0, 59))}${pad(g.int(0, 59))}Z`)}
DTSTART;TZID=America/Chicago:${start}
DTEND;TZID=America/Chicago:${end}
${summary}
DESCRIPTION:MRN ${mrn(g)}\\nCall ${phone(g)} if late.\\nPre-visit: hold ${drugDose(g)} 24h.\\nAge ${age(ageOf(p.dob))}.
LOCATION:${plainOrg(g)}\\, ${loc.street}\\, ${loc.city}\\, ${loc.state} ${loc.zip}
ORGANIZER;CN=${fullName(d, false)}:mailto:${email(g, d)}
${join(attendees, '\n')}
CATEGORIES:${code(g, 'cpt')}
END:VEVENT
END:VCALENDAR
`;
}

export function vCard(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const id = String(g.int(1000, 99999));
  const v4 = g.chance(0.5);
  const lines: Piece[] = [
    'BEGIN:VCARD',
    `VERSION:${v4 ? '4.0' : '3.0'}`,
    t`FN:${fullName(p)}`,
    t`N:${family(p)};${given(p)};${p.middle ? phi('name', p.middle) : ''};;`,
    t`BDAY:${date(p.dob, g.pick(['iso', 'compact'] as const))}`,
    t`ADR;TYPE=home:;${a.unit ?? ''};${a.street};${a.city};${a.state};${a.zip};USA`,
    t`TEL;TYPE=${g.pick(['cell', 'home', 'voice'])}:${phone(g)}`,
    t`EMAIL;TYPE=home:${email(g, p)}`,
  ];
  if (g.chance(0.5)) lines.push(t`TEL;TYPE=fax:${fax(g)}`);
  if (g.chance(0.5)) lines.push(t`URL:${personalUrl(g, p)}`);
  if (g.chance(0.6))
    lines.push(t`PHOTO;${v4 ? 'MEDIATYPE=image/jpeg' : 'ENCODING=b;TYPE=JPEG'}:${photo(g, id)}`);
  if (g.chance(0.5)) lines.push(t`ORG:${org(g)}`);
  if (g.chance(0.5))
    lines.push(
      t`NOTE:Caregiver for ${fullName(person(g, false), false)}; patient portal ${patientUrl(g, id)}`,
    );
  if (g.chance(0.5)) lines.push(t`ANNIVERSARY:${date(day(g, 1970, 2015), 'iso')}`);
  lines.push(t`REV:${systemTimestamp(g)}`, t`UID:urn:uuid:${uuid(g)}`, 'END:VCARD');
  return join(lines, g.pick(['\r\n', '\n']));
}

export function mimeMail(g: Gen): Frag {
  const p = person(g);
  const d = clinician(g);
  const r = person(g, false);
  const when = serviceDay(g);
  const boundary = `----=_Part_${g.digits(6)}_${g.digits(9)}`;
  const subject = g.pick([
    t`Subject: Referral: ${fullName(p, false)} (DOB ${date(p.dob, 'us')})`,
    t`Subject: RE: ${family(p)}, ${given(p)} - ${eponym(g)} results`,
    t`Subject: =?UTF-8?Q?Appointment_for_${given(p)}_${family(p)}?=`,
  ]);
  return t`Return-Path: <${email(g, d)}>
Received: from mail.${g.pick(['brightwater-health.org', 'verityhealth.net'])} (${g.chance(0.8) ? ipv4(g) : ipv6(g)}) by mx${g.int(1, 9)}.tamsinvalley.org with ESMTPS id ${g.letters(10, 'abcdefghijklmnop0123456789')}; ${keep('timestamp', `${g.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${g.int(1, 28)} ${g.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${g.pick([2025, 2026])} ${pad(g.int(0, 23))}:${pad(g.int(0, 59))}:${pad(g.int(0, 59))} -0500`)}
Received: from [${ipv4(g)}] (helo=${g.pick(['laptop-7', 'WS-3021', 'clinic-mac'])})
From: "${fullName(d, false)}" <${email(g, d)}>
To: "${family(r)}, ${given(r)}" <${email(g, r)}>, ${email(g, p)}
Cc: Referrals <referrals@tamsinvalley.org>
${subject}
Message-ID: <${uuid(g)}@mail.brightwater-health.org>
X-Mailer: ${g.pick(['Outlook', 'Thunderbird', 'Roundcube'])} ${version(g)}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi ${given(r)},

Following up on ${fullName(p, false)}, seen ${date(when, 'long')} at ${org(g)}. Current meds: ${drugDose(g)}, ${drugDose(g)}. Last ${labLine(g)}. Please call me at ${phone(g)} or fax records to ${fax(g)}.
Our 30-day readmission rate for this cohort is ${statistic(g, 'rate')}; the guideline is from ${keep('year', String(g.int(2015, 2024)))}.

Regards,
${doctor(d, g.pick([0, 1, 2] as const))}

--${boundary}
Content-Type: application/pdf; name="${family(p)}_${given(p)}_${phi('date', formatDay(when, 'compact'), 'date-compact')}.pdf"
Content-Disposition: attachment; filename="${family(p)}_${given(p)}_${phi('date', formatDay(when, 'compact'), 'date-compact')}.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjcKJeLjz9MK
--${boundary}--
`;
}
