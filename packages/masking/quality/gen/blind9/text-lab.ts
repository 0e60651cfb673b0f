/** Laboratory machine text of blind split 9: ASTM instrument records and a semicolon LIMS export. */
import type { Gen } from '../context';
import { type Frag, join, t } from '../fragment';
import { labNumber, mrn, phone } from './ids';
import { ageOf, nm, upper, who } from './people';
import { germanPlace, place, street, town, zip } from './places';
import { ANALYTES, code, devName, hospital, lab, reading, ver } from './vocab';
import { day, pdate, plusSeconds, stamp } from './when';

const ASTM_ANALYZERS = [
  'Atellica CH 930',
  'cobas pro c 503',
  'Vitros XT 7600',
  'Alinity ci',
  'Sysmex CS-5100',
];

/** ASTM E1394 / LIS2-A2 records from an analyzer: header, patient, order, results, terminator. */
export function astmRecords(g: Gen): Frag {
  const p = who(g);
  const doc = who(g, { adult: true });
  const a = place(g);
  const drawn = day(g);
  const framed = g.chance(0.4);
  const eol = g.pick(['\n', '\r\n']);
  const tests = g.some(ANALYTES, 2, 5);
  const addr = g.chance(0.5) ? t`${street(a)}^${town(a)}^${a.state}^${zip(a)}` : '';
  const tel = g.chance(0.5) ? t`${phone(g)}` : '';
  const lines: Frag[] = [
    t`H|\\^&|||${devName(g, ASTM_ANALYZERS)}^${ver(g)}|||||LIS||P|1|${stamp(g, plusSeconds(drawn, 7200), 'compact')}`,
    t`P|1|${mrn(g)}|${labNumber(g, 6)}||${nm(upper(`${p.last}^${p.first}^${p.middle[0]}`), 'astm')}||${pdate(g, p.dob, 'compact')}|${p.sex}||${addr}||${tel}|${nm(upper(`${doc.last}^${doc.first}`), 'astm')}|||||||||||${g.chance(0.5) ? ageOf(p) : ''}`,
    t`O|1|${labNumber(g, 10)}||${join(
      tests.map((x) => t`^^^${code(x.loinc)}`),
      '\\',
    )}|R|${pdate(g, drawn, 'compact_time')}|||||N||||SERUM`,
    ...tests.map(
      (x, i) =>
        t`R|${i + 1}|^^^${code(x.loinc)}^${x.name}|${lab(reading(g, x))}|${x.unit}|${x.lo}-${x.hi}|${g.pick(['N', 'H', 'L', ''])}||F`,
    ),
  ];
  if (g.chance(0.3)) lines.push(t`C|1|I|Specimen received at ${hospital(g)}|G`);
  lines.push(t`L|1|N`);
  return join(
    lines.map((l, i) => (framed ? t`${String((i + 1) % 8)}${l}` : l)),
    eol,
  );
}

/** A German or Austrian LIMS export: semicolons, decimal commas, dotted dates, quoted cells. */
export function limsSemicolonCsv(g: Gen): Frag {
  const q = g.chance(0.4) ? '"' : '';
  const cell = (x: Frag | string): Frag => t`${q}${x}${q}`;
  const header = [
    'Auftragsnr',
    'Eingang',
    'Name',
    'Vorname',
    'Geb.-Datum',
    'Geschl.',
    'Straße',
    'PLZ',
    'Ort',
    'Einsender',
    'LOINC',
    'Analyt',
    'Ergebnis',
    'Einheit',
    'Referenzbereich',
  ];
  const rows: Frag[] = [];
  for (let n = g.int(1, 3); n > 0; n--) {
    const p = who(g);
    const a = germanPlace(g);
    const doc = who(g, { adult: true });
    const order = labNumber(g, 8);
    const received = day(g);
    for (const x of g.some(ANALYTES, 1, 4)) {
      const cells = [
        t`${order}`,
        t`${pdate(g, received, 'dotted')} ${String(received.getUTCHours()).padStart(2, '0')}:${String(received.getUTCMinutes()).padStart(2, '0')}`,
        t`${nm(p.last)}`,
        t`${nm(p.first)}`,
        t`${pdate(g, p.dob, 'dotted')}`,
        p.sex === 'F' ? 'W' : 'M',
        t`${street(a)}`,
        t`${zip(a)}`,
        t`${town(a)}`,
        t`${g.pick(['Praxis Dr. ', 'Dr. med. ', 'MVZ '])}${nm(doc.last)}`,
        t`${code(x.loinc)}`,
        x.name,
        t`${lab(reading(g, x, ','))}`,
        x.unit,
        `${String(x.lo).replace('.', ',')} - ${String(x.hi).replace('.', ',')}`,
      ];
      rows.push(join(cells.map(cell), ';'));
    }
  }
  return t`${join(
    header.map((h) => cell(h)),
    ';',
  )}\n${join(rows, '\n')}\n`;
}
