/**
 * Engineering text of blind split 15 that leaked patient data: git diffs of fixtures, CI
 * logs with failing assertions, Postgres server logs and EXPLAIN output quoting values.
 * Authors and committers are people (their names and e-mails are PHI labels like any other);
 * commit, CI and log times are system timestamps. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { clientIp, email, memberId, mrn, phone, ssn } from './ids';
import {
  clock,
  doseSpan,
  drugPick,
  icd,
  icdPick,
  labPick,
  labValue,
  statistic,
  sysTime,
  uuid,
  version,
  yearSpan,
} from './keeps';
import {
  addr,
  ageOf,
  dt,
  familyOnly,
  full,
  lastFirst,
  patient,
  staff,
  streetLine,
  townSpan,
  visit,
  zipSpan,
} from './who';

const hex = (g: Gen, n: number): string => g.f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });

/** A commit that added a "de-identified" fixture which was not. */
export function gitDiffFixture(g: Gen): Frag {
  const dev = staff(g);
  const p = patient(g);
  const q = patient(g);
  const a = addr(g);
  const file = g.pick(['test/fixtures/adt_a04.json', 'src/__fixtures__/patient.ts', 'e2e/data/intake.csv']);
  const csv = file.endsWith('.csv');
  const added = csv
    ? [
        'mrn,last_name,first_name,dob,phone,zip',
        t`${mrn(g)},${familyOnly(p)},${phi('name', p.given, 'given')},${dt(p.dob, 'iso')},${phone(g)},${zipSpan(g, a)}`,
        t`${mrn(g)},${familyOnly(q)},${phi('name', q.given, 'given')},${dt(q.dob, 'us')},${phone(g)},${zipSpan(g, addr(g))}`,
      ]
    : [
        t`  "name": "${full(p)}",`,
        t`  "dob": "${dt(p.dob, 'iso')}",`,
        t`  "ssn": "${ssn(g, 'dash')}",`,
        t`  "address": "${streetLine(a)}, ${townSpan(a)}",`,
        t`  "meds": ["${doseSpan(drugPick(g))}"],`,
        t`  "dx": "${icd(icdPick(g))}"`,
      ];
  return join(
    [
      `commit ${hex(g, 40)}`,
      t`Author: ${full(dev)} <${email(g, dev)}>`,
      t`Date:   ${keep('timestamp', `${g.pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${g.pick(['Feb', 'Mar', 'Apr'])} ${g.int(10, 28)} ${g.int(10, 23)}:${g.int(10, 59)}:${g.int(10, 59)} 2025 -0${g.int(4, 8)}00`, 'git')}`,
      '',
      `    ${g.pick(['add realistic fixture for ADT parser', 'fix flaky intake e2e', 'seed data for demo'])} (${g.pick(['#', 'PROJ-'])}${g.int(100, 4000)})`,
      '',
      `diff --git a/${file} b/${file}`,
      `index ${hex(g, 7)}..${hex(g, 7)} 100644`,
      `--- a/${file}`,
      `+++ b/${file}`,
      `@@ -${g.int(1, 40)},${g.int(3, 9)} +${g.int(1, 40)},${g.int(6, 14)} @@`,
      ...added.map((line) => t`+${line}`),
      t`-  "name": "Test Patient",`,
      t`   "createdAt": "${sysTime(g)}"`,
    ],
    '\n',
  );
}

/** A CI job log whose failing test printed the record it compared. */
export function ciTestLog(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const dev = staff(g);
  const tick = clock(g, 'gh');
  const ts = (): Frag => t`${tick()} `;
  const l = labPick(g);
  return join(
    [
      t`${ts()}##[group]Run npm ci`,
      t`${ts()}node ${version(g, ['v20.11.1', 'v20.18.0', 'v22.4.1'])} npm ${version(g, ['10.2.4', '10.8.1'])}`,
      t`${ts()}##[endgroup]`,
      t`${ts()} FAIL  test/intake/normalize.test.ts > normalizes a walk-in registration`,
      t`${ts()}AssertionError: expected { …(6) } to deeply equal { …(6) }`,
      t`${ts()}- Expected`,
      t`${ts()}+ Received`,
      t`${ts()}    "dob": "${dt(p.dob, 'iso')}",`,
      t`${ts()}-   "name": "${lastFirst(p)}",`,
      t`${ts()}+   "name": "${full(p)}",`,
      t`${ts()}    "phone": "${phone(g)}",`,
      t`${ts()}    "zip": "${zipSpan(g, a)}",`,
      t`${ts()}    "memberId": "${memberId(g)}",`,
      t`${ts()}    "age": ${ageOf(p)},`,
      t`${ts()}    "lastResult": "${labValue(l)}"`,
      t`${ts()} ❯ test/intake/normalize.test.ts:${g.int(20, 300)}:${g.int(5, 40)}`,
      t`${ts()}Test Files  1 failed | ${g.int(30, 90)} passed (${g.int(31, 91)})`,
      t`${ts()}eval: de-id recall ${statistic(g)}, run ${uuid(g)}`,
      t`${ts()}##[error]Process completed with exit code 1.`,
      t`${ts()}Triggered by ${phi('name', `${dev.given.toLowerCase()}-${dev.family.toLowerCase().replace(/[^a-z]/g, '')}`, 'handle')} · © ${yearSpan(g)}`,
    ],
    '\n',
  );
}

/** Postgres server log: a unique violation quoting the key, a slow query and its plan. */
export function postgresLog(g: Gen): Frag {
  const p = patient(g);
  const q = patient(g);
  const d = visit(g);
  const pid = g.int(1000, 99_999);
  const tick = clock(g, 'pg');
  const pre = (level: string): Frag =>
    t`${tick()} [${pid}] ${g.pick(['app', 'etl', 'api'])}@${g.pick(['ehr', 'claims', 'intake'])} ${level}:  `;
  const m = mrn(g);
  return join(
    [
      t`${tick()} [${pid}] LOG:  connection received: host=${clientIp(g)} port=${g.int(30_000, 65_000)}`,
      t`${pre('ERROR')}duplicate key value violates unique constraint "patients_mrn_key"`,
      t`${pre('DETAIL')}Key (mrn)=(${m}) already exists.`,
      t`${pre('STATEMENT')}INSERT INTO patients (mrn, pt_fn, pt_ln, mbr_dob, ssn) VALUES ('${phi('mrn', m.value)}', '${phi('name', p.given, 'given')}', '${familyOnly(p)}', '${dt(p.dob, 'iso')}', '${ssn(g, 'none')}')`,
      t`${pre('LOG')}duration: ${g.int(1200, 9000)}.${g.digits(3)} ms  plan:`,
      t`	Query Text: SELECT * FROM encounters e JOIN patients p USING (patient_id) WHERE p.pt_ln = '${phi('name', q.family.toUpperCase(), 'caps')}' AND e.admit_dt >= '${dt(d, 'iso')}'`,
      t`	Hash Join  (cost=${g.int(10, 900)}.${g.digits(2)}..${g.int(1000, 9000)}.${g.digits(2)} rows=${g.int(1, 40)} width=${g.int(80, 400)})`,
      t`	  ->  Seq Scan on patients p  (cost=0.00..${g.int(2000, 9000)}.00 rows=1 width=212)`,
      t`	        Filter: ((pt_ln)::text = '${phi('name', q.family.toUpperCase(), 'caps')}'::text)`,
      t`	  ->  Index Scan using encounters_admit_idx on encounters e`,
      t`	        Index Cond: (admit_dt >= '${dt(d, 'iso')}'::date)`,
      t`${pre('ERROR')}invalid input syntax for type date: "${dt(q.dob, 'usShort')}"`,
      t`${pre('HINT')}server ${version(g, ['PostgreSQL 15.6', 'PostgreSQL 16.3', 'PostgreSQL 14.11'])}`,
    ],
    '\n',
  );
}

export const DEVLOG_TEMPLATES = { gitDiffFixture, ciTestLog, postgresLog };
