/**
 * Text documents of blind split 13: what general-purpose servers put in text blocks (ICS
 * invites, JSON-lines logs, CSV, Markdown tables, HTML fragments, PDF text, chat exports, raw
 * mail). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import {
  account13,
  dea13,
  dl13,
  e164,
  imei13,
  ip13,
  mbi13,
  member13,
  mrn13,
  npi13,
  otherId13,
  phone13,
  plate13,
  serial13,
  ssn13,
  vin13,
} from './ids';
import {
  code13,
  device13,
  drug13,
  eponym13,
  icd13,
  lab13,
  org13,
  stamp,
  stat13,
  uuid13,
  version13,
  year13,
} from './vocab';
import { day, hhmm, later, visitDate } from './when';
import { ageOf, emailOf, nm, patient, place, slug, staff, workEmail } from './who';

type Template = (g: Gen) => Frag;

function icsInvite(g: Gen): Frag {
  const pt = patient(g);
  const doc = staff(g);
  const d = visitDate(g);
  const addr = place(g);
  const h = g.int(8, 16);
  return t`BEGIN:VCALENDAR\r\nPRODID:-//Tamarack Scheduling//${version13(g)}//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:${uuid13(g)}\r\nDTSTAMP:${stamp(g, 'ics')}\r\nDTSTART;TZID=America/Denver:${day(g, d, 'compact')}T${String(h).padStart(2, '0')}0000\r\nDTEND;TZID=America/Denver:${day(g, d, 'compact')}T${String(h).padStart(2, '0')}4500\r\nSUMMARY:${g.pick([t`Pre-op call ${nm(pt, 'full')}`, t`${nm(pt, 'LF')} - ${code13(g)}`])}\r\nORGANIZER;CN=${nm(doc, 'full')}:mailto:${workEmail(g, doc)}\r\nATTENDEE;CN=${nm(pt, 'full')};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${emailOf(g, pt)}\r\nLOCATION:${addr.street}\\, ${addr.city}\\, ${addr.state} ${addr.zip}\r\nDESCRIPTION:Pt DOB ${day(g, pt.dob, 'us')}\\nMRN ${mrn13(g)}\\nHold ${drug13(g)} 24h prior.\\nCall ${phone13(g)}\r\n  with questions. ${eponym13(g)} hx.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}

function jsonLines(g: Gen): Frag {
  const lines = Array.from({ length: g.int(3, 6) }, () => {
    const p = patient(g);
    const msg = g.pick([
      () => t`patient lookup hit name=\\"${nm(p, 'full')}\\" dob=${day(g, p.dob, 'iso')}`,
      () => t`fax sent to ${phone13(g, 'fax')} for ${nm(p, 'lf')}`,
      () => t`upload ok file=${phi('photo', `${slug(p.last)}_selfie_${g.digits(5)}.png`)}`,
      () => t`device paired imei=${imei13(g)} owner=${emailOf(g, p)}`,
      () => t`cache warmed in ${g.int(2, 90)}ms`,
      () => t`claim ${otherId13(g)} rejected by ${org13(g)}`,
    ])();
    return t`{"ts":"${stamp(g, 'iso')}","level":"${g.pick(['info', 'warn', 'error'])}","req":"${uuid13(g)}","ip":"${ip13(g)}","svc":"portal-bff","v":"${version13(g)}","msg":"${msg}"}`;
  });
  return t`==> ${g.pick(['portal-bff', 'intake', 'notify'])}/current.log <==\n${join(lines, '\n')}\n`;
}

function csvExport(g: Gen): Frag {
  const sep = g.pick([',', ';', '\t']);
  const rows = Array.from({ length: g.int(2, 6) }, () => {
    const p = patient(g);
    const addr = place(g);
    const name = g.chance(0.5) ? t`"${nm(p, 'lf')}"` : t`${nm(p, 'full')}`;
    return join(
      [
        name,
        day(g, p.dob, 'us'),
        ageOf(p),
        addr.street,
        addr.city,
        addr.state,
        addr.zip,
        phone13(g),
        member13(g),
        icd13(g),
      ],
      sep,
    );
  });
  return t`${join(['patient', 'dob', 'age', 'street', 'city', 'st', 'zip', 'phone', 'member_id', 'dx'], sep)}\n${join(rows, '\n')}\n`;
}

function markdownTable(g: Gen): Frag {
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const p = patient(g);
    return t`| ${nm(p, g.pick(['full', 'fi', 'lf'] as const))} | ${mrn13(g)} | ${day(g, visitDate(g), g.pick(['mon_d_y', 'us_short'] as const))} | ${lab13(g)} | ${drug13(g)} |`;
  });
  return t`Here are the patients on today's list at ${org13(g)}:\n\n| Patient | MRN | Next visit | Last result | Plan |\n|---|---|---|---|---|\n${join(rows, '\n')}\n\nOverall: ${stat13(g)}. Let me know if you want me to message ${nm(staff(g), 'full')} about any of them.`;
}

function htmlFragment(g: Gen): Frag {
  const pt = patient(g);
  const addr = place(g);
  const doc = staff(g);
  return t`<div class="card"><h3>${nm(pt, 'full')}</h3><dl><dt>DOB</dt><dd>${day(g, pt.dob)}</dd><dt>Age</dt><dd>${ageOf(pt)}</dd><dt>Address</dt><dd>${addr.street}<br/>${addr.city}, ${addr.state} ${addr.zip}</dd><dt>Phone</dt><dd><a href="tel:${phone13(g)}">call</a></dd><dt>Portal</dt><dd><a href="${phi('url', `https://mychart.greywaterhealth.example/p/${g.digits(7)}`)}">open chart</a></dd><dt>PCP</dt><dd>${nm(doc, 'fi')}, MD &middot; NPI ${npi13(g)}</dd></dl><p class="alert">Allergy flag; on ${drug13(g)}. Coverage ${org13(g)} (${member13(g)}).</p></div>`;
}

function pdfText(g: Gen): Frag {
  const pt = patient(g);
  const doc = staff(g);
  const addr = place(g);
  const gap = (): string => ' '.repeat(g.int(3, 14));
  return t`${org13(g)}${gap()}REFERRAL / PRIOR AUTHORIZATION${gap()}Page 1 of ${g.int(2, 4)}\n\nPatient Name:${gap()}${nm(pt, 'LF')}${gap()}Date of Birth: ${day(g, pt.dob, 'us')}\nAddress: ${addr.street}${gap()}City/State/ZIP: ${addr.city}, ${addr.state}\n${addr.zip}${gap()}Phone: ${phone13(g)}${gap()}Fax: ${phone13(g, 'fax')}\nSSN: ${ssn13(g, g.pick(['ssn-dash', 'ssn-space', 'ssn-dot', 'ssn-none']))}${gap()}Member ID:${gap()}${member13(g)}\nReferring Physician: ${nm(doc, 'full')}, MD${gap()}NPI:${npi13(g)}${gap()}DEA: ${dea13(g, doc.last)}\nDiagnosis${gap()}${icd13(g)}${gap()}Requested${gap()}${code13(g)}\nClinical: ${ageOf(pt)} yo w/ ${eponym13(g)},${gap()}${lab13(g)}\non ${drug13(g)} since ${year13(g)}.${gap()}Auth #${otherId13(g)}\nSignature: ____________${gap()}Date: ${day(g, visitDate(g), 'us')}\n`;
}

function chatExport(g: Gen): Frag {
  const pt = patient(g);
  const a = staff(g);
  const b = staff(g);
  const time = (): string =>
    `${g.int(1, 12)}:${String(g.int(0, 59)).padStart(2, '0')} ${g.pick(['AM', 'PM'])}`;
  const who = (p: typeof a): Frag => t`${nm(p, g.pick(['full', 'first'] as const))}`;
  const lines = g.some(
    [
      t`[${time()}] ${who(a)}: anyone have a ride for ${nm(pt, 'lower')}? plate ${plate13(g)} got towed lol`,
      t`[${time()}] ${who(b)}: his daughter ${nm(patient(g), 'full')} can bring him, ${phone13(g)}`,
      t`[${time()}] ${who(a)}: ok. also ${nm(pt, 'first')}'s ${device13(g)} (sn ${serial13(g)}) alarmed at 3am`,
      t`[${time()}] ${who(b)}: ${lab13(g)} this am, paged Dr. ${nm(staff(g), 'last')}`,
      t`[${time()}] ${who(a)}: DOB is ${day(g, pt.dob)}, MRN ${mrn13(g)} for the order`,
      t`[${time()}] ${who(b)}: van VIN ${vin13(g)} for the transport log`,
      t`[${time()}] ${who(a)}: :thumbsup:`,
    ],
    3,
    6,
  );
  return t`--- #${g.pick(['4west-nursing', 'care-coord', 'float-pool'])} export ${stamp(g, 'iso_s')} ---\n${join(lines, '\n')}\n`;
}

function rawMail(g: Gen): Frag {
  const pt = patient(g);
  const doc = staff(g);
  const boundary = `----=_Part_${g.digits(7)}`;
  return t`Received: from [${ip13(g)}] (client) by mx.tamarackvalley.example with ESMTPSA\nDate: ${stamp(g, 'rfc2822')}\nFrom: ${nm(pt, 'full')} <${emailOf(g, pt)}>\nTo: ${nm(doc, 'full')} <${workEmail(g, doc)}>\nSubject: ${g.pick([t`question about my meds`, t`${nm(pt, 'last')} - refill`, t`Re: visit on ${day(g, visitDate(g), 'm_d')}`])}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n--${boundary}\nContent-Type: text/plain; charset=UTF-8\n\nDr ${nm(doc, 'last')},\nI'm still taking ${drug13(g)} but my ${lab13(g)} last week. My ${g.pick(['son', 'wife', 'neighbor'])} ${nm(patient(g), 'full')} drove me (${g.chance(0.5) ? t`license ${dl13(g)}` : t`DL ${dl13(g)}, plate ${plate13(g)}`}). Call me at ${phone13(g)}.\n${nm(pt, 'first')}\n\n--${boundary}\nContent-Type: image/jpeg; name="${phi('photo', `IMG_${g.digits(4)}.JPG`)}"\nContent-Disposition: attachment\n\n--${boundary}--\n`;
}

function ocrFax(g: Gen): Frag {
  const pt = patient(g);
  const doc = staff(g);
  const addr = place(g);
  const d = visitDate(g);
  return t`FROM: ${phone13(g, 'fax')}      ${day(g, d, 'us_yy')} ${hhmm(g)}      P.001\nTO: ${org13(g)}\nRE: ${nm(pt, 'LF')}   DOB ${day(g, pt.dob, 'us_yy')}\n  ACCT#  ${account13(g)}        MEDICARE ${mbi13(g)}\n${addr.street}\n${addr.city} ${addr.state}  ${addr.zip}\nRequesting ${code13(g)} per ${nm(doc, 'fi')} (${npi13(g)}).\nPt ${ageOf(pt)}yo, ${eponym13(g)}; return ${day(g, later(d, 30), 'month_d')}.\nCell/E-mail: ${e164(g)} / ${emailOf(g, pt)}\n`;
}

export const BLIND13_TEXT_DOCS: Record<string, Template> = {
  icsInvite13: icsInvite,
  jsonLines13: jsonLines,
  csvExport13: csvExport,
  markdownTable13: markdownTable,
  htmlFragment13: htmlFragment,
  pdfText13: pdfText,
  chatExport13: chatExport,
  rawMail13: rawMail,
  ocrFax13: ocrFax,
};
