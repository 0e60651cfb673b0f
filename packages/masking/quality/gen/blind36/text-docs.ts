/**
 * Text documents of blind split 36: an MCP client's transcript log, an agent's tool-use trace,
 * a server's stderr log, an inspector's pretty-printed frame and a gateway's audit lines.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { isoDate } from '../dates';
import { type Frag, join, jsonText, keep, type Piece, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  email,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  urlValue,
  vinValue,
} from '../identifiers';
import {
  ageSpan,
  anyDate,
  CLIENTS,
  code,
  deviceName,
  dob,
  drug,
  eponym,
  ip,
  lab,
  nameSpan,
  oneLineAddress,
  org,
  PROTOCOLS,
  person,
  place,
  stamp,
  statistic,
  uuid,
  visit,
} from './vocab';

type Template = (g: Gen) => Frag;

const clock = (g: Gen): string => stamp(g).slice(11, 23);

// 1. An MCP client's transcript log: arrows, methods and compact frames.
const b36ClientTranscript: Template = (g) => {
  const p = person(g);
  const [client, cver] = g.pick(CLIENTS);
  const lines: Piece[] = [
    t`[${keep('timestamp', stamp(g))}] ${client} ${keep('version', cver)} connected, protocolVersion=${keep('version', g.pick(PROTOCOLS))}`,
    t`[${clock(g)}] -> tools/call patient_lookup ${jsonText({ q: nameSpan(g, p), dob: isoDate(dob(g)) })}`,
    t`[${clock(g)}] <- result ${jsonText({ mrn: mrnValue(g), name: nameSpan(g, p), phone: phoneValue(g) })}`,
  ];
  if (g.chance(0.6))
    lines.push(
      t`[${clock(g)}] -> tools/call write_note {"text":"${nameSpan(g, p)} seen ${anyDate(g, visit(g))}, ${eponym(g)}, start ${drug(g)}"}`,
    );
  if (g.chance(0.5))
    lines.push(t`[${clock(g)}] <- notifications/progress 3/7 Indexed chart of ${nameSpan(g, p)}`);
  if (g.chance(0.5))
    lines.push(
      t`[${clock(g)}] !! error -32602 Invalid params: ${ssn(g, true)} rejected for ${nameSpan(g, p)}`,
    );
  lines.push(t`[${clock(g)}] transport closed (peer ${ip(g)})`);
  return join(lines, '\n');
};

// 2. An agent's tool-use trace printed as text.
const b36AgentTrace: Template = (g) => {
  const p = person(g);
  const doc = person(g);
  const steps: Piece[] = [
    t`Thought: I need the chart of ${nameSpan(g, p)} before answering.`,
    t`Action: ehr.search_patients(q="${nameSpan(g, p)}", zip="${place(g).zip}")`,
    t`Observation: 1 match. MRN ${mrnValue(g)}, born ${anyDate(g, dob(g))}, age ${ageSpan(g)}, lives at ${oneLineAddress(g, place(g))}.`,
    t`Action: labs.latest(mrn=${mrnValue(g)})`,
    t`Observation: ${lab(g)}; ${lab(g)} (${code(g)}).`,
  ];
  if (g.chance(0.5))
    steps.push(
      t`Action: erx.send(drug="${drug(g)}", prescriber_npi=${npiValue(g)}, dea=${deaValue(g, doc.last)})`,
    );
  if (g.chance(0.5))
    steps.push(
      t`Observation: implanted ${deviceName(g)}, serial ${serialValue(g)}; photo ${photoFile(g, p.last)}.`,
    );
  if (g.chance(0.4)) steps.push(t`Action: transport.book(vin="${vinValue(g)}", plate="${plateValue(g)}")`);
  steps.push(
    t`Final answer: ${nameSpan(g, p)} has ${eponym(g)}; ${nameSpan(g, doc)} at ${org(g)} will call ${phoneValue(g)}.`,
  );
  return join(steps, '\n');
};

// 3. A stdio server's stderr log.
const b36ServerStderr: Template = (g) => {
  const p = person(g);
  const lines: Piece[] = [
    t`${keep('timestamp', stamp(g))} INFO  clinic-ehr-mcp ${keep('version', `${g.int(0, 3)}.${g.int(0, 12)}.${g.int(0, 9)}`)} listening on stdio`,
    t`${keep('timestamp', stamp(g))} DEBUG tools/call id=${keep('uuid', uuid(g))} args.value=${nameSpan(g, p)} args.arg1=${mrnValue(g)}`,
    t`${keep('timestamp', stamp(g))} WARN  eligibility miss member=${memberIdValue(g)} acct=${accountValue(g)}`,
  ];
  if (g.chance(0.6))
    lines.push(
      t`${keep('timestamp', stamp(g))} DEBUG identity match ${nameSpan(g, p)} template=${biometricValue(g)} score=0.9${g.int(1, 9)}`,
    );
  if (g.chance(0.6)) lines.push(t`${keep('timestamp', stamp(g))} INFO  ${keep('statistic', statistic(g))}`);
  if (g.chance(0.5))
    lines.push(t`${keep('timestamp', stamp(g))} ERROR upstream ${urlValue(g, p.last)} 502 from ${ip(g)}`);
  if (g.chance(0.5))
    lines.push(
      t`${keep('timestamp', stamp(g))} DEBUG fax queued to ${phoneValue(g, 'fax')} for ${nameSpan(g, p)}`,
    );
  return join(lines, '\n');
};

// 4. An inspector's pretty-printed frame (a text document that is JSON).
const b36InspectorFrame: Template = (g) => {
  const p = person(g);
  const pl = place(g);
  return jsonText(
    {
      direction: g.pick(['outgoing', 'incoming']),
      at: keep('timestamp', stamp(g)),
      message: {
        jsonrpc: '2.0',
        id: g.int(1, 500),
        method: 'tools/call',
        params: {
          name: g.pick(['update_demographics', 'patient.update']),
          arguments: {
            patient: mrnValue(g),
            name: nameSpan(g, p),
            street: pl.street,
            city: pl.town,
            county: pl.county,
            zip: pl.zip,
            email: email(g, p.first, p.last),
            note: t`${ssn(g, true)} on file since ${keep('year', String(g.int(2010, 2024)))}`,
          },
        },
      },
    },
    g.chance(0.5) ? 2 : 0,
  );
};

// 5. A gateway's audit lines: one per frame, key=value.
const b36GatewayAudit: Template = (g) => {
  const lines: Piece[] = [];
  for (let i = 0, n = g.int(2, 4); i < n; i++) {
    const p = person(g);
    lines.push(
      g.pick([
        () =>
          t`ts=${keep('timestamp', stamp(g))} method=tools/call tool=pharmacy_refill arg.patient="${nameSpan(g, p)}" arg.drug="${drug(g)}" src=${ip(g)}`,
        () =>
          t`ts=${keep('timestamp', stamp(g))} method=resources/read uri=ehr://patients/${mrnValue(g)}/chart by="${nameSpan(g, person(g))}"`,
        () =>
          t`ts=${keep('timestamp', stamp(g))} method=elicitation/create answer.name="${nameSpan(g, p)}" answer.dob=${isoDate(dob(g))} answer.phone="${phoneValue(g)}"`,
        () =>
          t`ts=${keep('timestamp', stamp(g))} method=notifications/message data="device ${deviceName(g)} ${serialValue(g)} paired to ${nameSpan(g, p)}"`,
        () =>
          t`ts=${keep('timestamp', stamp(g))} method=sampling/createMessage system="${org(g)}" quote="${eponym(g)} in ${phi('name', p.full)}"`,
      ])(),
    );
  }
  return join(lines, '\n');
};

export const BLIND36_TEXT_DOCS: Record<string, Template> = {
  b36ClientTranscript,
  b36AgentTrace,
  b36ServerStderr,
  b36InspectorFrame,
  b36GatewayAudit,
};
