/** Data dumps of blind split 9: SQL statements, protobuf text format, Debezium change events. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, jsonText, t } from '../fragment';
import { biometric, card, dea, email, mrn, npi, phone, ssn } from './ids';
import { ageOf, nm, type Who, who } from './people';
import { place, street, town, zip } from './places';
import { drug, eponym, hospital, icd, rxnorm, uuid, version } from './vocab';
import { day, pdate, plusDays, plusSeconds, stamp } from './when';

const sq = (s: string): string => s.replace(/'/g, "''");

function demogRow(g: Gen, p: Who, id: number, at: Date): Frag {
  const a = place(g);
  return t`(${String(id)}, '${nm(sq(p.last))}', '${nm(sq(p.first))}', '${pdate(g, p.dob, 'iso')}', ${g.chance(0.7) ? t`'${ssn(g, g.pick(['none', 'dash'] as const))}'` : 'NULL'}, '${street(a, sq(a.street))}', '${town(a)}', '${zip(a)}', '${phone(g)}', '${stamp(g, at, 'sql')}')`;
}

/** A migration script merging duplicate patients: inserts, updates and deletes with literals. */
export function sqlMigration(g: Gen): Frag {
  const at = day(g);
  const people = [who(g), who(g)];
  const ids = [g.int(10_000, 99_999), g.int(10_000, 99_999)];
  const dr = who(g, { adult: true });
  const admit = day(g);
  const lines: Frag[] = [
    t`-- migration ${version(`V${g.int(40, 180)}__merge_duplicate_patients`)} generated ${stamp(g, at, 'isoz')}`,
    t`BEGIN;`,
    t`INSERT INTO pt_demog (pt_id, nm_last, nm_first, dob, ssn, addr1, city, zip, phone, created_at) VALUES\n  ${join(
      people.map((p, i) => demogRow(g, p, ids[i] as number, plusSeconds(at, i))),
      ',\n  ',
    )};`,
    t`UPDATE encounter SET adm_dt = '${pdate(g, admit, 'iso')}', disch_dt = '${pdate(g, plusDays(admit, g.int(1, 9)), 'iso')}', attending = '${nm(sq(`${dr.last}, ${dr.first}`), 'last_first')}', dx = '${icd(g)}' WHERE pt_id = ${String(ids[0])};`,
  ];
  const optional: (() => Frag)[] = [
    () =>
      t`INSERT INTO rx_prescriber (npi, dea, full_name, site) VALUES ('${npi(g)}', '${dea(g, dr.last)}', '${nm(sq(`${dr.first} ${dr.last}`))}', '${hospital(g)}');`,
    () =>
      t`INSERT INTO biometric_enrollment (pt_id, modality, template_hash, enrolled_at) VALUES (${String(ids[1])}, 'palm_vein', '${biometric(g)}', '${stamp(g, at, 'sql')}');`,
    () =>
      t`INSERT INTO payment_method (pt_id, card_number, exp) VALUES (${String(ids[0])}, '${card(g)}', '0${g.int(1, 9)}/2${g.int(6, 9)}');`,
    () =>
      t`UPDATE pt_demog SET email = '${email(g, people[0] as Who)}', mrn = '${mrn(g)}' WHERE pt_id = ${String(ids[0])};`,
    () =>
      t`DELETE FROM pt_alias WHERE alias_last = '${nm(sq((people[1] as Who).last.toUpperCase()))}' AND alias_dob = '${pdate(g, (people[1] as Who).dob, 'us')}';`,
    () =>
      t`INSERT INTO med_list (pt_id, med, rxnorm, updated_at) VALUES (${String(ids[1])}, '${drug(g)}', '${rxnorm(g)}', now());`,
  ];
  for (const f of g.some(optional, 2, 4)) lines.push(f());
  lines.push(t`COMMIT;`);
  return join(lines, '\n');
}

/** A request message printed in protobuf text format by a debug log. */
export function protobufTextFormat(g: Gen): Frag {
  const p = who(g);
  const a = place(g);
  const dr = who(g, { adult: true });
  const indent = g.pick(['  ', '    ']);
  const written = day(g);
  return t`request_id: "${uuid(g)}"
patient {
${indent}mrn: "${mrn(g)}"
${indent}name {
${indent}${indent}family: "${nm(p.last.replace(/'/g, "\\'"))}"
${indent}${indent}given: "${nm(p.first)}"${g.chance(0.5) ? t`\n${indent}${indent}given: "${nm(p.middle)}"` : ''}
${indent}}
${indent}birth_date: "${pdate(g, p.dob, 'iso')}"
${indent}sex: ${p.sex === 'F' ? 'FEMALE' : 'MALE'}
${indent}age_years: ${ageOf(p)}
${indent}address { line: "${street(a)}" city: "${town(a)}" state: "${a.state}" postal_code: "${zip(a)}" }
${indent}telecom { system: PHONE value: "${phone(g)}" }
}
prescription {
${indent}medication { display: "${drug(g)}" rxnorm: "${rxnorm(g)}" }
${indent}prescriber { name: "${nm(`${dr.first} ${dr.last}`.replace(/'/g, "\\'"))}" npi: "${npi(g)}" dea: "${dea(g, dr.last)}" }
${indent}written_on: "${pdate(g, written, 'iso')}"
${indent}indication: "${eponym(g)}"
}
created_at { seconds: ${stamp(g, plusSeconds(written, 60), 'epoch')} nanos: ${String(g.int(1, 999) * 1_000_000)} }
client_version: "${version(`${g.int(3, 6)}.${g.int(0, 20)}.${g.int(0, 9)}`)}"`;
}

/** A Debezium change event (before and after rows with abbreviated column names) as one JSON line. */
export function debeziumChangeEvent(g: Gen): Frag {
  const p = who(g);
  const a = place(g);
  const b = place(g);
  const at = day(g);
  const row = (addr: typeof a, ph: boolean): JsonTree => ({
    pt_id: g.int(1000, 999_999),
    mrn_txt: mrn(g),
    nm_lst: nm(p.last),
    nm_fst: nm(p.first),
    brth_dt: pdate(g, p.dob, 'iso'),
    ssn_txt: g.chance(0.5) ? ssn(g, g.pick(['none', 'space', 'dot'] as const)) : null,
    addr_ln1: street(addr),
    cty: town(addr),
    st: addr.state,
    zip_cd: zip(addr),
    ph_nbr: ph ? phone(g) : null,
    upd_ts: stamp(g, at, 'iso'),
  });
  const before = g.chance(0.8) ? row(a, false) : null;
  const event: JsonTree = {
    before,
    after: row(b, true),
    source: {
      version: version(`${g.int(1, 2)}.${g.int(0, 9)}.${g.int(0, 9)}.Final`),
      connector: 'postgresql',
      name: 'ehrprod',
      ts_ms: Number(stamp(g, at, 'epoch_ms').value),
      db: 'ehr',
      schema: 'public',
      table: 'pt_demog',
      txId: g.int(100_000, 9_999_999),
      lsn: g.int(10_000_000, 999_999_999),
    },
    op: before ? 'u' : 'c',
    ts_ms: Number(stamp(g, plusSeconds(at, 1), 'epoch_ms').value),
  };
  return jsonText(event, g.chance(0.7) ? 0 : 2);
}
