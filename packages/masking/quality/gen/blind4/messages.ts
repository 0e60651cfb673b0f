/**
 * Messages of blind split 4: e-mail threads with signatures and quoted replies, SMS appointment
 * reminders, voicemail transcripts, a secure-message inbox, letters with letterheads, pharmacy
 * refill and prior-authorisation messages. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, t } from '../fragment';
import { address, multiLine, oneLine } from './addresses';
import { birthDay, DAY_FIRST_FORMS, date, day, oldAge, stamp, time, US_FORMS, youngAge } from './dates';
import {
  account,
  caseNumber,
  dea,
  email,
  fax,
  healthPlan,
  ipv4,
  mrn,
  npi,
  patientUrl,
  phone,
  ssn,
  workEmail,
} from './identifiers';
import {
  clinician,
  familySpan,
  givenSpan,
  kinWord,
  nameAs,
  nameSpan,
  person,
  relative,
  titled,
} from './people';
import { code, DRUGS, drug, lab, org, uuid, version } from './vocab';

export function emailThread(g: Gen): Frag {
  const p = person(g);
  const nurse = clinician(g, g.pick(['RN', 'NP', 'PA-C']));
  const clinic = g.pick(['valleyfamilymed.org', 'sunrise-peds.com', 'harbourclinic.co.za']);
  const sent = day(g, 2024, 2026);
  return t`From: ${nameSpan(p)} <${email(g, p)}>
To: ${nameSpan(nurse.person)} <${workEmail(nurse.person, clinic)}>
Subject: Re: ${g.pick(['lab results', 'refill', 'my mother'])} - ${nameAs(p, g.pick(['upper', 'as-is']))}

Hi ${givenSpan(nurse.person)}, thanks. My ${g.pick(['mum', 'dad', 'gran'])} is ${oldAge(g)} now so I'd rather come in person on ${date(g, day(g), US_FORMS)}. My new number is ${phone(g, p.culture)}.

${nameSpan(p)}
Sent from my iPhone

On ${date(g, sent, ['month-day-year', 'dmy-long', 'mdy-slash'])}, at ${time(g)}, ${nameSpan(nurse.person)} <${workEmail(nurse.person, clinic)}> wrote:
> Dear ${titled(g, p)},
> Your ${lab(g)} and ${lab(g)} are back. Please continue ${drug(g, DRUGS.pharmacy)}.
> Your chart number is ${mrn(g)} if you call.
>
> ${nurse.signed}
> ${org(g, g.pick(['us', 'za', 'sg', 'in']))} | T ${phone(g)} | F ${fax(g)}
> This e-mail may contain confidential information.`;
}

export function smsReminders(g: Gen): Frag {
  const lines: Frag[] = [];
  for (let i = 0; i < g.int(3, 5); i++) {
    const p = person(g);
    const to = phone(g, p.culture);
    lines.push(
      g.pick([
        () =>
          t`[to ${to}] Hi ${givenSpan(p)}, reminder: ${g.pick(['dental cleaning', 'physio', 'antenatal visit'])} ${date(g, day(g), ['md', 'd-mon', 'month-ordinal', 'mon-apos'])} at ${time(g)} with ${titled(g, person(g))}. Reply C to confirm. ${patientUrl(g, p)}`,
        () =>
          t`[to ${to}] ${org(g, g.pick(['sg', 'in', 'ph', 'us']))}: Dear ${nameSpan(p)}, your appt on ${date(g)} is confirmed. Ref ${caseNumber(g)}. Call ${phone(g)} to reschedule.`,
        () =>
          t`[to ${to}] Your Rx ${drug(g, DRUGS.pharmacy)} is ready for pickup, ${familySpan(p)}. DOB on file ${date(g, birthDay(g), ['mdy-short', 'md'])}. Txt STOP to opt out`,
      ])(),
    );
  }
  return t`SMS OUTBOX export ${stamp(g)}
${lines.flatMap((l) => [l, '\n'])}`;
}

export function voicemail(g: Gen): Frag {
  const caller = person(g);
  const pt = relative(g, caller);
  return t`Voicemail transcript (auto) - received ${time(g)}, ${g.int(20, 95)} sec
"Hi, this is ${nameAs(caller, g.pick(['as-is', 'lower']))} calling about my ${kinWord(g, pt, ['mother', 'aunt', 'grandmother'], ['father', 'uncle', 'grandfather'])} ${nameSpan(pt)}, date of birth ${date(g, birthDay(g), ['month-day-year', 'ordinal-month', 'md', 'dmy-long'])}. ${pt.sex === 'm' ? "He's" : "She's"} ${oldAge(g)} and the ${drug(g, DRUGS.home)} ran out ${g.pick(['last Tuesday', 'on Sunday', 'two days ago'])}. Our member number is ${healthPlan(g)}. You can call me back on ${phone(g, caller.culture)}, that's ${phone(g, caller.culture)} for my work, or email ${email(g, caller)}. We're at ${oneLine(g, address(g), true)}. Thanks, bye."
Transcription engine ${version(g)}; confidence 0.${g.int(61, 98)}.`;
}

export function secureInbox(g: Gen): Frag {
  const rows: Frag[] = [];
  for (let i = 0; i < g.int(3, 5); i++) {
    const p = person(g);
    rows.push(
      t`${g.pick(['[ ]', '[x]', '[!]'])} ${nameAs(p, g.pick(['lastFirst', 'as-is', 'upper']))} (MRN ${mrn(g)}) - ${g.pick(['Re: results', 'med question', 'form request', 'Re: Re: appointment'])} - ${date(g, day(g, 2025, 2026), ['md', 'mon-dd-yy', 'iso'])} ${time(g)}`,
    );
  }
  const who = clinician(g, g.pick(['MD', 'NP', 'PA-C']));
  return t`Secure Messages - Inbox of ${who.signed} (${rows.length} unread)
${rows.flatMap((r) => [r, '\n'])}Session ${uuid(g)} from ${ipv4(g)}, client ${version(g)}`;
}

export function letterhead(g: Gen): Frag {
  const p = person(g);
  const doc = clinician(g, g.pick(['MBBS, FRCP', 'MD, FACP', 'MBChB, FCP(SA)', 'Dr. med.']));
  const home = address(g, 0.3);
  const practice = address(g, 0.5);
  return t`${org(g, g.pick(['za', 'in', 'sg', 'de', 'us']))}
${multiLine(g, practice)}
Tel ${phone(g)}  Fax ${fax(g)}  ${workEmail(doc.person, 'consult-rooms.example')}

${date(g, day(g), DAY_FIRST_FORMS)}

${titled(g, p)}
${multiLine(g, home)}

Re: ${nameSpan(p)}, DOB ${date(g, birthDay(g), DAY_FIRST_FORMS)}, ${youngAge(g)}, file ${mrn(g)}, account ${account(g)}

Dear ${titled(g, person(g))},
Thank you for referring ${givenSpan(p)}. ${lab(g)}; ${lab(g)}. ${code(g)}. I have started ${drug(g, DRUGS.pharmacy)}.

Yours sincerely,
${doc.signed}`;
}

export function pharmacyPriorAuth(g: Gen): Frag {
  const p = person(g);
  const rph = clinician(g, g.pick(['PharmD', 'RPh', 'CPhT']));
  const prescriber = clinician(g, g.pick(['MD', 'DO', 'NP']));
  return t`PRIOR AUTHORIZATION REQUEST - ${org(g, 'rx')} to ${org(g, 'payer')}
Patient: ${nameAs(p, g.pick(['lastFirst', 'as-is', 'upper']))}  DOB: ${date(g, birthDay(g), US_FORMS)}  Member ID: ${healthPlan(g)}
SSN (last resort ID): ${ssn(g)}   Rx acct: ${account(g)}
Drug: ${drug(g, DRUGS.pharmacy)}, qty 30; failed ${drug(g, DRUGS.pharmacy)}. ${lab(g)}, ${lab(g)}.
Dx: ${code(g, 'ICD-10')}; ${code(g, 'ICD-10')}. PA ref ${caseNumber(g)}
Prescriber: ${prescriber.signed}  NPI ${npi(g)}  DEA ${dea(g)}  Ph ${phone(g)} Fax ${fax(g)}
Pharmacist: ${rph.signed}, ${workEmail(rph.person, 'rx-central.example')}
Refill history: ${date(g)}, ${date(g)}, ${date(g)}.
Submitted ${stamp(g)}`;
}
