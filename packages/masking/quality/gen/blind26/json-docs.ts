/**
 * JSON documents of blind split 26: records whose text fields hold pager, chat, mail, OCR,
 * dictation, terminal and assistant text. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  accountValue,
  email,
  ipValue,
  mbiValue,
  memberIdValue,
  mrnValue,
  phoneValue,
  serialValue,
  ssnValue,
  urlValue,
} from '../identifiers';
import { systemTimestamp, uuid, version } from '../keep-vocab';
import { person } from '../people';
import {
  age,
  ageSpanOf,
  badge,
  capsDrug,
  capsLab,
  capsName,
  capsPayer,
  censusStat,
  devName,
  drg,
  dt,
  eponym,
  icdDotted,
  icdNoDot,
  lowerDrug,
  lowerEponym,
  lowerLab,
  mixedOrg,
  org,
  palmVein,
  photoRef,
  quote,
  sexCh,
  vitalsCaps,
  vitalsLower,
  wrap,
} from './text-docs';

type Template = (g: Gen, c: Cast) => JsonTree;

const low = (s: string): string => s.toLowerCase();
const up = (s: string): string => s.toUpperCase();

const pagingLog: Template = (g, c) => ({
  page_id: uuid(g),
  sent_at: systemTimestamp(g),
  gateway: { vendor: org(g), handset: devName(g), fw: version(g) },
  recipient: { name: phi('name', `${c.attending.first} ${c.attending.last}`, 'full'), pager: phoneValue(g) },
  callback: phoneValue(g),
  text: t`${g.pick(['stat', 'urgent', 'non urgent'])} ${g.int(401, 468)} ${phi('name', low(c.pt.last), 'lower_last')} ${vitalsLower(g)} ${lowerLab(g)} ${lowerEponym(g)} pls advise re ${lowerDrug(g)} ${phi('name', low(c.consultant.first), 'lower_first')} rn`,
  acked: g.chance(0.7),
});

const mailMessage: Template = (g, c) => {
  const from = c.consultant;
  const to = c.attending;
  const quoted = quote(
    t`Pt ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} DOB ${dt(g, c.pt.dob, 'us')} needs ${capsDrug(g)} refill, pharmacy fax ${phoneValue(g, 'fax')}.`,
  );
  return {
    id: uuid(g),
    received: systemTimestamp(g),
    from: {
      name: phi('name', `${from.first} ${from.last}`, 'full'),
      address: email(g, from.first, from.last),
    },
    to: [
      { name: phi('name', `${to.last}, ${to.first}`, 'last_first'), address: email(g, to.first, to.last) },
    ],
    subject: t`RE: refill ${phi('name', up(c.pt.last), 'caps_last')} ${mrnValue(g)}`,
    body_text: t`done, sent to ${mixedOrg(g)}. ${lowerLab(g)} last wk so ok

On ${dt(g, c.admit, 'us_short')}, ${phi('name', `${to.first} ${to.last}`, 'full')} wrote:
${quoted}`,
    x_originating_ip: ipValue(g),
  };
};

const ocrResult: Template = (g, c) => ({
  document_id: uuid(g),
  engine: { name: 'tess-ocr', version: version(g) },
  pages: 1,
  fields: [
    {
      label: 'Patient Name',
      value: phi('name', `${c.pt.last}, ${c.pt.first}`, 'last_first'),
      confidence: 0.91,
    },
    { label: 'D.O.B', value: dt(g, c.pt.dob, 'us'), confidence: 0.88 },
    {
      label: 'Address',
      value: t`${c.addr.street}, ${c.addr.city} ${c.addr.state} ${c.addr.zip}`,
      confidence: 0.74,
    },
    { label: 'Medicare #', value: mbiValue(g), confidence: 0.69 },
    { label: 'SS#', value: ssnValue(g), confidence: 0.82 },
    { label: 'Phone', value: phoneValue(g), confidence: 0.93 },
  ],
  raw_text: t`PATIENT REG1STRATION | ${phi('name', up(`${c.pt.first} ${c.pt.last}`), 'caps_full')} | D.O.B ${dt(g, c.pt.dob, 'us')}\nAddr ${c.addr.street} ${c.addr.city} ${c.addr.zip} | Ph ${phoneValue(g)}\nPhoto ID: ${photoRef(g, c.pt)}`,
});

const sttTranscript: Template = (g, c) => ({
  job: uuid(g),
  completed: systemTimestamp(g),
  model: version(g),
  transcript: t`patient ${phi('name', low(`${c.pt.first} ${c.pt.last}`), 'lower_full')} date of birth ${dt(g, c.pt.dob, 'spoken')} ${age(c)} year old seen in ${low(g.pick(['clinic', 'the ed', 'the icu']))} for ${lowerEponym(g)} plan ${lowerDrug(g)} daughter ${phi('name', low(c.relative.first), 'lower_first')} phone ${phoneValue(g)} follow up ${dt(g, addDays(c.discharge, 14), 'spoken')}`,
  speaker_labels: [
    { speaker: phi('name', `${c.attending.first} ${c.attending.last}`, 'full'), seconds: g.int(30, 400) },
  ],
});

const aiSummary: Template = (g, c) => ({
  request_id: uuid(g),
  model_version: version(g),
  created: systemTimestamp(g),
  summary_markdown: t`### ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} (${age(c)}${sexCh(c.pt)})
| Item | Detail |
|------|--------|
| MRN | ${mrnValue(g)} |
| Admit | ${dt(g, c.admit, 'iso')} |
| Dx | ${icdDotted(g)} / ${drg(g)} |
| Labs | ${capsLab(g)}; ${capsLab(g)} |

- Exam: ${eponym(g)}; ${vitalsCaps(g)}
- Contact: ${c.relation} ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')}, ${phoneValue(g)}
- Portal: ${urlValue(g, c.pt.last)}`,
  citations: [{ source: 'H&P', note_id: uuid(g) }],
});

const censusExport: Template = (g, c) => {
  const other = person(g, { minAge: 90, maxAge: 100 });
  return {
    report: 'CENSUS',
    generated: systemTimestamp(g),
    footer: censusStat(g),
    rows: [
      {
        RM: `${g.int(401, 468)}`,
        PTNAME: capsName(g, c.pt),
        MRN: mrnValue(g),
        AGE_SEX: t`${age(c)}${sexCh(c.pt)}`,
        ADMDT: dt(g, c.admit, 'mmddyy'),
        DX: icdNoDot(g),
        ACCT: accountValue(g),
      },
      {
        RM: `${g.int(401, 468)}`,
        PTNAME: capsName(g, other),
        MRN: mrnValue(g),
        AGE_SEX: t`${ageSpanOf(other)}${sexCh(other)}`,
        ADMDT: dt(g, addDays(c.admit, g.int(-5, 5)), 'mmddyy'),
        DX: icdNoDot(g),
        ACCT: accountValue(g),
      },
    ],
  };
};

const chatExport: Template = (g, c) => ({
  channel: g.pick(['4W-NURSES', 'MICU-TEAM', 'HOSPITALIST-A']),
  exported_at: systemTimestamp(g),
  messages: [
    {
      ts: systemTimestamp(g),
      user: phi('name', `${c.consultant.first} ${c.consultant.last}`, 'full'),
      user_id: badge(g),
      text: t`${phi('name', low(c.pt.last), 'lower_last')} in ${g.int(401, 468)} ${vitalsLower(g)} can u come`,
    },
    {
      ts: systemTimestamp(g),
      user: phi('name', `${c.attending.first} ${c.attending.last}`, 'full'),
      user_id: badge(g),
      text: t`omw give ${lowerDrug(g)} and get ${lowerLab(g)} repeat. dob ${dt(g, c.pt.dob, 'us_short')} right?`,
    },
    {
      ts: systemTimestamp(g),
      user: phi('name', `${c.consultant.first} ${c.consultant.last}`, 'full'),
      user_id: badge(g),
      text: t`yes. wife ${phi('name', low(c.relative.first), 'lower_first')} on the way from ${phi('geo', low(c.addr.city.value), 'city')}`,
    },
  ],
});

const kioskCheckin: Template = (g, c) => ({
  kiosk: { id: `K-${g.int(1, 40)}`, software: version(g), device: devName(g), serial: serialValue(g) },
  event_time: systemTimestamp(g),
  patient: {
    display: capsName(g, c.pt),
    mrn: mrnValue(g),
    palm_vein_template: palmVein(g),
    photo: photoRef(g, c.pt),
    insurance: { payer: capsPayer(g), member_id: memberIdValue(g) },
  },
  notes: wrap(
    t`Checked in for ${dt(g, addDays(c.discharge, 7), 'us')} follow up with ${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'full')} at ${mixedOrg(g)}; address confirmed ${c.addr.street}, ${c.addr.city} ${c.addr.zip}; copay card on file for account ${accountValue(g)}.`,
    60,
  ),
  legacy_screen: jsonText({
    PT: capsName(g, c.pt),
    MRN: mrnValue(g),
    DOB: dt(g, c.pt.dob, 'compact'),
    STATUS: 'ARRIVED',
  }),
  portal_enrolled_since: keep('year', String(g.int(2019, 2025)), 'enrolled_year'),
});

export const BLIND26_JSON_DOCS: Record<string, Template> = {
  b26_json_paging_log: pagingLog,
  b26_json_mail_message: mailMessage,
  b26_json_ocr_result: ocrResult,
  b26_json_stt_transcript: sttTranscript,
  b26_json_ai_summary: aiSummary,
  b26_json_census_export: censusExport,
  b26_json_chat_export: chatExport,
  b26_json_kiosk_checkin: kioskCheckin,
};
