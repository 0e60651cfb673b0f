/** Claims and messages in EDI syntaxes of blind split 9: X12 837P, UN/EDIFACT, fixed-width records. */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, type Span, t } from '../fragment';
import { account, member, mrn, npi, phone, ssn } from './ids';
import { nm, upper, who } from './people';
import { place, street, town, zip } from './places';
import { ANALYTES, code, cpt, hospital, icd, lab, org, payer, reading } from './vocab';
import { day, pdate, plusDays, stamp } from './when';

/** Joins segments of elements with the message's element separator. */
const seg = (sep: string, ...els: Piece[]): Frag => join(els, sep);

/** An X12 837P professional claim: billing provider, subscriber, claim, diagnoses, lines. */
export function x12Claim837p(g: Gen): Frag {
  const e = g.pick(['*', '|']);
  const c = g.pick([':', '>']);
  const end = g.pick(['~\n', '~', '~\r\n']);
  const p = who(g);
  const a = place(g);
  const bill = place(g);
  const ref = who(g, { adult: true });
  const rend = who(g, { adult: true });
  const dos = day(g);
  const onset = plusDays(dos, -g.int(2, 40));
  const created = plusDays(dos, g.int(2, 9));
  const codes = g.some([0, 1, 2], 1, 3).map(() => icd(g, false));
  const segs: Frag[] = [
    seg(e, 'ST', '837', '0001', '005010X222A1'),
    seg(
      e,
      'BHT',
      '0019',
      '00',
      `B${g.digits(9)}`,
      created.toISOString().slice(0, 10).replaceAll('-', ''),
      '1022',
      'CH',
    ),
    seg(e, 'NM1', '41', '2', t`${org('KITTREDGE VALLEY HOSPITAL')}`, '', '', '', '', '46', g.digits(5)),
    seg(e, 'PER', 'IC', 'BILLING OFFICE', 'TE', phone(g), 'FX', phone(g, 'fax')),
    seg(e, 'NM1', '40', '2', t`${payer(g)}`, '', '', '', '', '46', g.digits(5)),
    seg(e, 'HL', '1', '', '20', '1'),
    seg(e, 'NM1', '85', '2', t`${hospital(g)}`, '', '', '', '', 'XX', npi(g)),
    seg(e, 'N3', street(bill, upper(bill.street))),
    seg(e, 'N4', town(bill, upper(bill.town)), bill.state, zip(bill, bill.zip.slice(0, 5))),
    seg(e, 'REF', 'EI', g.digits(9)),
    seg(e, 'HL', '2', '1', '22', '0'),
    seg(e, 'SBR', 'P', '18', '', '', '', '', '', '', 'CI'),
    seg(
      e,
      'NM1',
      'IL',
      '1',
      nm(upper(p.last), 'x12_last'),
      nm(upper(p.first), 'x12_first'),
      p.middle[0] ?? '',
      '',
      '',
      'MI',
      member(g),
    ),
    seg(e, 'N3', street(a, upper(a.street))),
    seg(e, 'N4', town(a, upper(a.town)), a.state, zip(a, a.zip.slice(0, 5))),
    seg(e, 'DMG', 'D8', pdate(g, p.dob, 'compact'), p.sex),
    ...(g.chance(0.4) ? [seg(e, 'REF', 'SY', ssn(g, 'none'))] : []),
    seg(e, 'NM1', 'PR', '2', t`${payer(g)}`, '', '', '', '', 'PI', g.digits(5)),
    seg(e, 'CLM', account(g), `${g.int(80, 900)}.00`, '', '', `11${c}B${c}1`, 'Y', 'A', 'Y', 'Y'),
    seg(e, 'DTP', '431', 'D8', pdate(g, onset, 'compact')),
    seg(
      e,
      'HI',
      join(
        codes.map((x, i) => t`${i === 0 ? 'ABK' : 'ABF'}${c}${x}`),
        e,
      ),
    ),
    seg(e, 'NM1', 'DN', '1', nm(upper(ref.last)), nm(upper(ref.first)), '', '', '', 'XX', npi(g)),
    seg(e, 'NM1', '82', '1', nm(upper(rend.last)), nm(upper(rend.first)), '', '', '', 'XX', npi(g)),
    seg(e, 'LX', '1'),
    seg(e, 'SV1', t`HC${c}${cpt(g)}`, `${g.int(80, 900)}`, 'UN', '1', '', '', '1'),
    seg(e, 'DTP', '472', 'D8', pdate(g, dos, 'compact')),
  ];
  segs.push(seg(e, 'SE', String(segs.length + 1), '0001'));
  return t`${join(segs, end)}${end}`;
}

/** EDIFACT release character: ? before ' + : and ? itself. */
const edi = (s: string): string => s.replace(/([?'+:])/g, '?$1');

/** A UN/EDIFACT MEDRPT laboratory report with escaped names and free text. */
export function edifactLabReport(g: Gen): Frag {
  const p = who(g);
  const a = place(g);
  const dr = who(g, { adult: true });
  const sent = day(g);
  const drawn = plusDays(sent, -1);
  const nl = g.chance(0.5) ? '\n' : '';
  const ref = g.digits(6);
  const unb = stamp(g, sent, 'compact').value;
  const results = g.some(ANALYTES, 1, 3).map((x) => analyteRows(g, x));
  const segs: Frag[] = [
    t`UNA:+.? `,
    t`UNB+UNOC:3+${g.digits(13)}:14+${g.digits(13)}:14+${unb.slice(2, 8)}:${unb.slice(8, 12)}+${ref}`,
    t`UNH+1+MEDRPT:D:93A:UN:LAB01`,
    t`BGM+LRP+${ref}+9`,
    t`DTM+137:${stamp(g, sent, 'compact')}:204`,
    t`NAD+MS+++${org(edi(g.pick(['TRI-COUNTY REFERENCE LABORATORY', "ST. BRENDAN'S PATHOLOGY"])))}`,
    t`NAD+DDK+${npi(g)}:::XX++${nm(upper(edi(dr.last)))}:${nm(upper(edi(dr.first)))}`,
    t`COM+${phone(g)}:TE`,
    t`COM+${phone(g, 'fax')}:FX`,
    t`NAD+PAT+${mrn(g)}::MR++${nm(upper(edi(p.last)))}:${nm(upper(edi(p.first)))}:${p.middle.slice(0, 1)}+${street(a, upper(a.street))}+${town(a, upper(a.town))}+${a.state}+${zip(a)}+US`,
    t`DTM+329:${pdate(g, p.dob, 'compact')}:102`,
    t`PDI+${p.sex}`,
    t`DTM+119:${pdate(g, drawn, 'compact')}:102`,
    ...results,
  ];
  if (g.chance(0.6))
    segs.push(
      t`FTX+AAI+++${edi('Pt ')}${nm(edi(`${p.first} ${p.last}`))}${edi(g.pick([': hemolysed, recollect', ' - fasting? unknown', ': on ']))}${g.chance(0.3) ? t` ${ssnEsc(g)}` : ''}`,
    );
  segs.push(t`UNT+${String(segs.length - 1)}+1`, t`UNZ+1+${ref}`);
  return t`${join(segs, `'${nl}`)}'`;
}

function ssnEsc(g: Gen): Frag {
  return t`SSN?:${ssn(g, 'dash', true)}`;
}

function analyteRows(g: Gen, x: (typeof ANALYTES)[number]): Frag {
  return t`INV+MQ+${code(x.loinc)}:LN:${edi(x.name)}'RSL+NV+${lab(reading(g, x))}:${edi(x.unit)}'RND+${x.lo}:${x.hi}`;
}

/** A span or string padded with spaces (or zeros on the left) to a fixed-width column. */
function col(x: Span | string, width: number, zeros = false): Piece {
  const length = typeof x === 'string' ? x.length : x.value.length;
  const fill = (zeros ? '0' : ' ').repeat(Math.max(0, width - length));
  return zeros ? t`${fill}${x}` : t`${x}${fill}`;
}

/** Cuts a value to its column width before it is labeled, as a fixed-width writer does. */
const fit = (s: string, width: number): string => s.slice(0, width);

/** A mainframe eligibility file: header, fixed-width member records, trailer. */
export function fixedWidthEligibility(g: Gen): Frag {
  const made = day(g);
  const rows: Frag[] = [];
  const n = g.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = who(g);
    const a = place(g);
    const five = a.zip.slice(0, 5);
    rows.push(
      t`D${col(member(g), 14)}${col(nm(fit(upper(p.last), 20), 'fixed'), 20)}${col(nm(fit(upper(p.first), 12), 'fixed'), 12)}${p.middle.slice(0, 1)}${pdate(g, p.dob, 'compact')}${p.sex}${g.chance(0.8) ? ssn(g, 'none') : '         '}${col(street(a, fit(upper(a.street), 30)), 30)}${col(town(a, fit(upper(a.town), 18)), 18)}${a.state}${zip(a, five)}    ${phi10(g)}${g.pick(['HMO01 ', 'PPOGLD', 'MCDSNP'])}${made.toISOString().slice(0, 7).replace('-', '')}01`,
    );
  }
  return join(
    [
      t`HDR${stamp(g, made, 'compact')}${col(org(g.pick(['NORTHLAKE MUTUAL', 'KEYSTONE HERITAGE'])), 30)}5010ELIG`,
      ...rows,
      t`TRL${String(n).padStart(9, '0')}`,
    ],
    '\n',
  );
}

function phi10(g: Gen): Span {
  return phi('phone', `${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`, 'digits');
}
