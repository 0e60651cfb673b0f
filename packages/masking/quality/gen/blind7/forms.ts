/** Human-facing pages of blind split 7 as tools see them: portal HTML, Markdown tables, PDF form text. */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { age, ageOf, date, serviceDay, systemTimestamp } from './dates';
import {
  account,
  deviceSerial,
  driverLicence,
  email,
  fax,
  healthPlan,
  mrn,
  npi,
  phone,
  plate,
  ssn,
  vin,
} from './ids';
import { doctor, family, fullName, given, lastFirst } from './names';
import { clinician, person } from './people';
import { address } from './places';
import { code, deviceName, drugDose, eponym, lab, labValue, org, payer, statistic, year } from './vocab';

/** An organisation name as HTML writes it ("&" as "&amp;"). */
function htmlOrg(g: Gen): Piece {
  const o = org(g);
  return o.value.includes('&') ? keep('organization', o.value.replace('&', '&amp;')) : o;
}

export function portalHtml(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const d = clinician(g);
  const rows: Piece[] = [];
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) {
    const l = lab(g);
    rows.push(
      t`  <tr><td>${l.name}</td><td>${keep('lab_value', `${labValue(g, l)}&nbsp;${l.unit}`)}</td><td>${date(serviceDay(g), 'us')}</td><td>${code(g, 'loinc')}</td></tr>`,
    );
  }
  const header = g.pick([
    t`<h2>Welcome back, ${given(p)}!</h2>`,
    t`<div class="pt-banner"><b>${fullName(p)}</b>&nbsp;&middot;&nbsp;DOB&nbsp;${date(p.dob, 'us')}&nbsp;&middot;&nbsp;MRN&nbsp;${mrn(g)}</div>`,
  ]);
  return t`<!-- rendered ${systemTimestamp(g)} -->
${header}
<table class="demographics">
  <tr><th>Name</th><td>${lastFirst(p)}</td></tr>
  <tr><th>Date&nbsp;of&nbsp;birth</th><td>${date(p.dob, g.pick(['us', 'long'] as const))} (${age(ageOf(p.dob))}&nbsp;yrs)</td></tr>
  <tr><th>Address</th><td>${a.street}${a.unit ? t`, ${a.unit}` : ''}<br>${a.city}, ${a.state}&nbsp;${a.zip}</td></tr>
  <tr><th>Phone</th><td><a href="tel:${phone(g)}">call</a></td></tr>
  <tr><th>E-mail</th><td><a href="mailto:${email(g, p)}">${email(g, p)}</a></td></tr>
  <tr><th>Insurance</th><td>${payer(g)} &ndash; member&nbsp;${healthPlan(g)}</td></tr>
  <tr><th>PCP</th><td>${doctor(d, 0)} (NPI ${npi(g)}) &amp; ${htmlOrg(g)}</td></tr>
</table>
<table class="results">
  <tr><th>Test</th><th>Result</th><th>Date</th><th>LOINC</th></tr>
${join(rows, '\n')}
</table>
<p>Statement balance for account&nbsp;${account(g)}: $${String(g.int(10, 900))}.00<br>
Questions? Fax ${fax(g)}.</p>`;
}

export function markdownTable(g: Gen): Frag {
  const rows: Piece[] = [];
  const n = g.int(3, 5);
  const kind = g.pick(['census', 'devices'] as const);
  for (let i = 0; i < n; i++) {
    const p = person(g);
    rows.push(
      kind === 'census'
        ? t`| ${String(g.int(100, 480))}${g.pick(['A', 'B'])} | ${lastFirst(p)} | ${age(ageOf(p.dob))} | ${date(serviceDay(g), 'usShort')} | ${eponym(g)} | ${drugDose(g)} | ${doctor(clinician(g), 1)} |`
        : t`| ${fullName(p, false)} | ${mrn(g)} | ${deviceName(g)} | ${deviceSerial(g)} | ${date(serviceDay(g), 'iso')} | ${code(g, 'cpt')} |`,
    );
  }
  const head =
    kind === 'census'
      ? '| Bed | Patient | Age | Admit | Dx | Key med | Attending |\n|-----|---------|----:|-------|----|---------|-----------|'
      : '| Patient | MRN | Device | Serial | Implanted | CPT |\n|---|---|---|---|---|---|';
  return t`### ${kind === 'census' ? 'Unit census' : 'Implant registry extract'} — ${org(g)}\n\n${head}\n${join(rows, '\n')}\n\n_Occupancy ${statistic(g, 'rate')}; ${statistic(g, 'beds')} staffed; report year ${year(g)}._\n`;
}

/** A form's text as a PDF extractor returns it: labels and values in columns or on the next line. */
export function pdfFormText(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const r = person(g, false);
  const box = (on: boolean): string => (on ? g.pick(['[X]', '☒', '■']) : g.pick(['[ ]', '☐', '□']));
  const layout = g.pick(['columns', 'nextLine'] as const);
  const f = (label: string, value: Piece): Frag =>
    layout === 'columns'
      ? t`${label.length < 22 ? label.padEnd(22, ' ') : `${label}  `}${value}`
      : t`${label}\n${value}`;
  const ssnForm = g.pick([
    'ssn-glued',
    'ssn-dash',
    'ssn-space',
    'ssn-dot',
    'ssn-endash',
    'ssn-fullwidth',
  ] as const);
  const ssnLine =
    ssnForm === 'ssn-glued' ? t`SSN${ssn(g, 'ssn-glued')}` : f('Social Security No.', ssn(g, ssnForm));
  const fields: Piece[] = [
    f(
      'Patient Name (Last, First, MI)',
      t`${family(p, true)}, ${given(p, true)}${p.middle ? t` ${phi('name', p.middle[0] as string)}` : ''}`,
    ),
    f('Date of Birth (MM/DD/YYYY)', t`${date(p.dob, 'us')}    Age ${age(ageOf(p.dob))}`),
    t`Sex: ${box(p.sex === 'M')} Male ${box(p.sex === 'F')} Female`,
    ssnLine,
    f('Street Address', a.street),
    f('City / State / ZIP', t`${a.city} / ${a.state} / ${a.zip}`),
    f('County', a.county),
    f('Home Phone', phone(g)),
    f('Driver License # / State', t`${driverLicence(g)} / ${a.state}`),
    f('Emergency Contact', t`${fullName(r)} (${g.pick(['sister', 'son', 'partner'])}) ${phone(g)}`),
    f('Insurance / Member ID', t`${payer(g)} / ${healthPlan(g)}`),
  ];
  if (g.chance(0.5)) fields.push(f('Vehicle (parking permit) VIN / Plate', t`${vin(g)} / ${plate(g)}`));
  else fields.push(f('Vehicle VIN', vin(g)));
  if (g.chance(0.5))
    fields.push(f('Referring Physician / NPI', t`${fullName(clinician(g), false)} / ${npi(g)}`));
  fields.push(
    'Patient Signature: ______________________   Date: ____________',
    f('Signed (typed)', t`/s/ ${fullName(p, false)}   ${date(serviceDay(g), 'us')}`),
  );
  return t`${org(g)}
${g.pick(['NEW PATIENT REGISTRATION', 'AUTHORIZATION FOR RELEASE OF INFORMATION', 'HANDICAP PARKING PERMIT — MEDICAL CERTIFICATION'])}    Form ${g.pick(['HIM-204', 'REG-7', 'PKG-12'])} rev ${year(g)}

${join(fields, '\n')}

${box(g.chance(0.5))} I consent to treatment    ${box(g.chance(0.5))} I received the Notice of Privacy Practices
Page 1 of ${String(g.int(1, 3))}    Printed ${systemTimestamp(g)}`;
}
