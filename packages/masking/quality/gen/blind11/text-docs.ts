/**
 * Text documents of blind split 11: the bodies of MCP text content blocks that are not JSON
 * (CSV exports, XML fragments, key: value dumps). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, t } from '../fragment';
import { date, plusDays, recent } from './dates';
import * as id from './ids';
import { age } from './mcp';
import { clinicianSpan, nm, patient, person } from './people';
import { address, oneLine } from './places';
import * as v from './vocab';

type Template = (g: Gen) => Frag;

/** A CSV export of a worklist, quoted fields with commas inside. */
const csvExport: Template = (g) => {
  const rows = Array.from({ length: g.int(3, 7) }, () => {
    const p = patient(g);
    const a = address(g);
    return t`${id.mrn(g)},"${nm(g, p, ['family_given', 'upper_family_given'])}",${date(g, p.dob, ['us', 'iso', 'us_loose'])},${age(p)},"${a.line1}",${a.city},${a.state},${a.zip},${id.phone(g)},${v.icd10(g)},"${v.drugDose(g)}"`;
  });
  return t`mrn,patient,dob,age,street,city,st,zip,phone,dx,med\n${join(rows, '\n')}\n# exported ${v.ts(g)} by report ${v.version(g)}`;
};

/** An XML fragment (a CDA-like section) returned as text. */
const xmlFragment: Template = (g) => {
  const p = patient(g);
  const a = address(g);
  const doc = person(g, 30, 70);
  const d = recent(g);
  return t`<patientRole>
  <id root="2.16.840.1.113883.19.5" extension="${id.mrn(g)}"/>
  <addr use="HP"><streetAddressLine>${a.line1}</streetAddressLine><city>${a.city}</city><state>${a.state}</state><postalCode>${a.zip}</postalCode></addr>
  <telecom value="tel:${id.phone(g)}"/>
  <patient>
    <name><given>${nm(g, p, ['given'])}</given><family>${nm(g, p, ['family'])}</family></name>
    <birthTime value="${date(g, p.dob, ['compact'])}"/>
  </patient>
</patientRole>
<encounter moodCode="EVN">
  <effectiveTime><low value="${date(g, d, ['compact'])}"/><high value="${date(g, plusDays(d, g.int(1, 5)), ['compact'])}"/></effectiveTime>
  <performer><assignedEntity><id root="2.16.840.1.113883.4.6" extension="${id.npi(g)}"/><assignedPerson><name>${clinicianSpan(g, doc)}</name></assignedPerson></assignedEntity></performer>
  <entryRelationship><observation><code code="${v.loinc(g)}" codeSystem="2.16.840.1.113883.6.1"/><value>${v.labValue(g)}</value></observation></entryRelationship>
  <text>${v.eponym(g)}; started ${v.drugDose(g, true)}</text>
</encounter>
<!-- rendered ${v.ts(g)} engine ${v.version(g)} -->`;
};

/** A key: value dump as a legacy system prints it, keys abbreviated and padded. */
const keyValueDump: Template = (g) => {
  const p = patient(g);
  const nok = person(g);
  const a = address(g);
  const admit = recent(g);
  const lines: [string, Frag | string][] = [
    ['PT NAME', t`${nm(g, p, ['upper_family_given', 'family_given_mi'])}`],
    ['DOB/AGE', t`${date(g, p.dob, ['us', 'dd_mon_yyyy'])} / ${age(p)}`],
    ['SSN', t`${id.ssn(g)}`],
    ['ADDR', t`${oneLine(g, a)}`],
    ['CNTY', t`${a.county}`],
    ['HM PH', t`${id.phone(g)}`],
    ['ADM DT', t`${date(g, admit, ['us', 'dd_mon_yyyy', 'weekday_short'])}`],
    ['ACCT', t`${id.account(g)}`],
    ['INS', t`${v.payer(g)} #${id.member(g)}`],
    ['NOK', t`${nm(g, nok, ['upper_family_given', 'full'])} ${id.phone(g)}`],
    ['ALLERGY', t`${v.drugName(g)}`],
    ['WT/BP', t`${v.vital(g)}, ${v.vital(g)}`],
    ['LAST SYNC', t`${v.ts(g)}`],
  ];
  const glued = g.chance(0.5) ? t`\nSSN#${id.ssnGlued(g)} VERIFIED` : '';
  return t`${join(
    lines.map(([k, val]) => t`${k.padEnd(10)}: ${val}`),
    '\n',
  )}${glued}\nNEXT APPT ${date(g, plusDays(admit, g.int(7, 30)), ['us', 'iso'])}`;
};

export const BLIND11_TEXT_DOCS: Record<string, Template> = {
  b11_csv_export: csvExport,
  b11_xml_fragment: xmlFragment,
  b11_key_value_dump: keyValueDump,
};
