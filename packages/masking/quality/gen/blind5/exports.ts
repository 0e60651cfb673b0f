/**
 * Tabular and line-oriented text of blind split 5: CSV/TSV exports, SQL results as ASCII tables,
 * YAML and INI records and an integration engine's log. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, render, t } from '../fragment';
import {
  account,
  anyDate,
  biometric,
  birthDate,
  date,
  email,
  ip,
  license,
  memberId,
  mrn,
  mrnValue,
  nationalId,
  oldAge,
  patientResourceId,
  plate,
  serviceDate,
  ssn,
  url,
  vin,
} from './ids';
import { familyComma, familyName, fullName, givenName, person, randomCase } from './people';
import { address, addressLine, city, fax, phone, street, zip } from './places';
import {
  cpt,
  drug,
  drugDose,
  eponym,
  icd10,
  lab,
  labValue,
  organization,
  statistic,
  systemTime,
  uuid,
  version,
  year,
  youngAge,
} from './vocab';

/** One patient's row cells for a flat export. */
function exportRow(g: Gen): Piece[] {
  const p = person(g);
  const c = randomCase(g);
  const a = address(g, 'US');
  const r = lab(g);
  return [
    mrn(g),
    familyName(p, c),
    givenName(p, c),
    anyDate(g, birthDate(g)),
    p.sex,
    street(a),
    city(a),
    a.region,
    zip(a),
    phone(g),
    email(g, p.given, p.family || 'pt'),
    date(serviceDate(g), 'iso'),
    icd10(g),
    labValue(r),
    g.chance(0.15) ? oldAge(g) : youngAge(g),
  ];
}
const EXPORT_HEADER = [
  'pt_id',
  'last_name',
  'first_name',
  'dob',
  'sex',
  'addr1',
  'city',
  'st',
  'zip',
  'phone',
  'email',
  'last_visit',
  'dx',
  'result',
  'age',
];

export function flatExport(g: Gen): Frag {
  const delimiter = g.pick([',', '\t', '|', ';']);
  const quote = delimiter === ',' && g.chance(0.5);
  const cell = (piece: Piece): Piece => (quote ? t`"${piece}"` : piece);
  const rows = Array.from({ length: g.int(2, 5) }, () => join(exportRow(g).map(cell), delimiter));
  const name = g.pick(['panel_export', 'outreach_list', 'registry_extract', 'no_show_report']);
  const intro = g.pick<Piece>([
    `Here is ${name}.${delimiter === '\t' ? 'tsv' : 'csv'} (first rows):\n`,
    t`Exported by ${name} job ${uuid(g)}:\n`,
    '',
  ]);
  return t`${intro}${EXPORT_HEADER.join(delimiter)}\n${join(rows, '\n')}\nrows: ${rows.length}; generated ${systemTime(g, 'iso-z')}`;
}

/** An ASCII table in the MySQL/psql style, cell widths from the rendered values. */
function asciiTable(headers: string[], rows: Piece[][]): Frag {
  const width = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => render(r[i] as Piece).text.length)),
  );
  const rule = `+${width.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: Piece[]): Frag =>
    t`| ${join(
      cells.map((c, i) => t`${c}${' '.repeat((width[i] as number) - render(c).text.length)}`),
      ' | ',
    )} |`;
  return t`${rule}\n${line(headers)}\n${rule}\n${join(rows.map(line), '\n')}\n${rule}`;
}

export function sqlResult(g: Gen): Frag {
  const target = person(g);
  const dob = birthDate(g);
  const byName = g.chance(0.5);
  const where = byName
    ? t`WHERE p.last_name = '${familyName(target, 'upper')}' AND p.birth_date = '${date(dob, 'iso')}'`
    : t`WHERE p.mrn IN ('${mrn(g)}', '${mrn(g)}')`;
  const rows = Array.from({ length: g.int(1, 4) }, (): Piece[] => {
    const p = person(g);
    return [
      phi('mrn', mrnValue(g)),
      fullName(p, randomCase(g)),
      date(birthDate(g), 'iso'),
      phone(g),
      memberId(g),
      organization(g, 'payer'),
      systemTime(g, 'iso-z'),
    ];
  });
  const prompt = g.pick(['mysql>', 'ehr_ro=>', 'SQL>']);
  return t`${prompt} SELECT p.mrn, p.full_name, p.birth_date, p.home_phone, c.member_id, c.payer, p.updated_at
FROM patient p JOIN coverage c ON c.patient_id = p.id ${where};
${asciiTable(['mrn', 'full_name', 'birth_date', 'home_phone', 'member_id', 'payer', 'updated_at'], rows)}
${rows.length} row${rows.length > 1 ? 's' : ''} in set (0.0${g.int(1, 9)} sec)`;
}

export function configRecord(g: Gen): Frag {
  const p = person(g);
  const nok = person(g);
  const a = address(g);
  const yaml = g.chance(0.6);
  const kv = (key: string, value: Piece): Frag => (yaml ? t`  ${key}: ${value}` : t`${key} = ${value}`);
  const sec = (name: string): string => (yaml ? `${name}:` : `[${name}]`);
  const m = drug(g);
  const lines: Piece[] = [
    yaml ? t`# exported ${systemTime(g, 'offset')}` : '; intake export',
    sec('patient'),
    kv('name', fullName(p)),
    kv('dob', anyDate(g, birthDate(g))),
    kv('mrn', mrn(g)),
    kv(g.pick(['ssn', 'ss_number', 'SSN']), ssn(g)),
    kv('street', street(a)),
    kv('city', city(a)),
    kv('postal_code', zip(a)),
    kv('country', a.country),
    kv('mobile', phone(g, a.country)),
    kv('email', email(g, p.given, p.family || 'pt')),
    kv('national_id', nationalId(g)),
    kv('drivers_license', license(g)),
    sec('next_of_kin'),
    kv('name', familyComma(nok)),
    kv('phone', phone(g, a.country)),
    kv('relationship', g.pick(['daughter', 'spouse', 'son', 'niece', 'friend'])),
    sec('clinical'),
    kv('problem', t`${eponym(g)} (${icd10(g)}), since ${year(g)}`),
    kv('medication', t`${drugDose(m)} ${m.sig}`),
    kv('age_years', youngAge(g)),
    sec('parking'),
    kv('vehicle_plate', plate(g)),
    kv('vehicle_vin', vin(g)),
    sec('system'),
    kv('export_id', uuid(g)),
    kv('schema_version', version(g)),
    kv('updated', systemTime(g, 'iso-ms')),
  ];
  return join(lines, '\n');
}

function logLine(g: Gen, level: string, channel: string, message: Piece): Frag {
  return t`${systemTime(g, 'log')} ${level.padEnd(5)} [${channel}] ${message}`;
}

export function engineLog(g: Gen): Frag {
  const p = person(g);
  const q = person(g);
  const dob = birthDate(g);
  const channel = g.pick(['ADT_IN', 'ORU_OUT', 'ELIG_271', 'PORTAL_SYNC', 'RX_ROUTER']);
  const lines: Piece[] = [
    logLine(
      g,
      'INFO',
      channel,
      t`engine ${g.pick(['Mirth Connect', 'Rhapsody', 'Iguana'])} ${version(g)} started, msgId=${uuid(g)}`,
    ),
    logLine(
      g,
      'INFO',
      channel,
      t`PID parsed: mrn=${mrn(g)} id=SSN#${ssn(g, 'ssn-glued')} name=${familyName(p, 'upper')}^${givenName(p, 'upper')} dob=${date(dob, 'd8')}`,
    ),
    logLine(
      g,
      'WARN',
      channel,
      t`duplicate candidate: '${fullName(p)}' (DOB ${date(dob, 'us')}) vs '${fullName(q)}' score=0.${g.int(70, 95)}`,
    ),
    logLine(
      g,
      'INFO',
      'PORTAL_SYNC',
      t`login ok user=${email(g, p.given, p.family || 'pt')} from ${ip(g)} biometric=${biometric(g)}`,
    ),
    logLine(
      g,
      'ERROR',
      channel,
      t`no patient found for '${fullName(q, 'upper')}' born ${date(birthDate(g), 'us')} (acct ${account(g)})`,
    ),
    logLine(g, 'DEBUG', channel, t`GET ${url(g, patientResourceId(g))} -> 200 in ${g.int(12, 900)} ms`),
    logLine(
      g,
      'INFO',
      channel,
      t`ORC/OBR for ${cpt(g)} result ${labValue(lab(g))} delivered to ${organization(g, 'lab')}`,
    ),
    logLine(g, 'INFO', 'METRICS', t`cohort refresh done: ${statistic(g)}`),
  ];
  if (g.chance(0.5))
    lines.push(logLine(g, 'WARN', channel, t`fax to ${fax(g)} failed for ${familyComma(p)} (retry 2/5)`));
  else
    lines.push(
      logLine(g, 'INFO', channel, t`address updated: ${addressLine(address(g))} by ${fullName(person(g))}`),
    );
  return join(g.some(lines, 6, lines.length), '\n');
}
