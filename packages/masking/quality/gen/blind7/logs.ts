/** Machine logs of blind split 7: access logs with query strings, logfmt, stack traces with SQL. */
import type { Gen } from '../context';
import { type Frag, join, jsonText, keep, type Piece, phi, type Span, t } from '../fragment';
import { age, ageOf, date, serviceDay, systemTimestamp } from './dates';
import { account, email, healthPlan, ipv4, mrn, npi, otherId, phone, ssn } from './ids';
import { family, fullName, given } from './names';
import { clinician, type Person, person } from './people';
import { address } from './places';
import { code, hexId, labResult, statistic, uuid, version } from './vocab';

/** A name as a URL query encodes it: "O%27Dunleavy", spaces as + or %20. */
function urlName(s: string, space: string): Span {
  return phi('name', encodeURIComponent(s).replace(/%20/g, space));
}

function query(g: Gen, p: Person): Frag {
  const sp = g.pick(['+', '%20']);
  const parts: Piece[] = g.pick([
    [
      t`last_name=${urlName(p.family, sp)}`,
      t`first_name=${urlName(p.given, sp)}`,
      t`dob=${date(p.dob, 'iso')}`,
    ],
    [t`name=${urlName(p.family, sp)}%2C${sp}${urlName(p.given, sp)}`, t`mrn=${mrn(g)}`],
    [
      t`q=${urlName(p.given, sp)}${sp}${urlName(p.family, sp)}`,
      t`birthdate=${phi('date', encodeURIComponent(date(p.dob, 'us').value), 'date-urlencoded')}`,
    ],
    [t`patient=${mrn(g)}`, t`ssn=${ssn(g, g.pick(['ssn-none', 'ssn-dash'] as const))}`, `include=coverage`],
    [t`member_id=${healthPlan(g)}`, t`phone=${phi('phone', encodeURIComponent(phone(g).value))}`],
  ]);
  return join([...parts, t`_=${systemTimestamp(g, 'epoch')}`], '&');
}

export function accessLog(g: Gen): Frag {
  const lines: Piece[] = [];
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(g);
    const path = g.pick([
      '/api/v2/patients/search',
      '/portal/lookup',
      '/fhir/Patient',
      '/billing/statements',
    ]);
    const status = g.pick([200, 200, 200, 404, 500, 302]);
    const ua = g.pick([
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
      'okhttp/4.12.0',
      'python-requests/2.32.3',
      'Proctor-Probe/1.4',
    ]);
    if (g.chance(0.6))
      lines.push(
        t`${ipv4(g)} - ${g.chance(0.3) ? email(g, p) : '-'} [${systemTimestamp(g, 'log')}] "GET ${path}?${query(g, p)} HTTP/1.1" ${String(status)} ${String(g.int(200, 90000))} "-" "${ua}" rt=${(g.int(1, 2000) / 1000).toFixed(3)}`,
      );
    else
      lines.push(
        t`ts=${systemTimestamp(g)} level=${g.pick(['info', 'warn', 'error'])} svc=${g.pick(['portal-api', 'chart-sync', 'elig-check'])} ver=${version(g)} trace_id=${hexId(g, 32)} req_id=${uuid(g)} user=${g.chance(0.5) ? email(g, clinician(g)) : t`${given(clinician(g))}.${family(clinician(g))}`} patient_name="${fullName(p)}" dob=${date(p.dob, g.pick(['iso', 'us'] as const))} mrn=${mrn(g)} client_ip=${ipv4(g)} dur_ms=${String(g.int(3, 900))} msg="${g.pick(['lookup ok', 'eligibility denied', 'duplicate chart suspected'])}"`,
      );
  }
  return join(lines, '\n');
}

export function stackTraceSql(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const esc = (s: string): string => s.replace(/'/g, "''");
  const sqlName = (s: string): Span => phi('name', esc(s));
  const sql = g.pick([
    t`SELECT id, mrn, last_name, first_name FROM patients WHERE last_name = '${sqlName(p.family)}' AND first_name = '${sqlName(p.given)}' AND dob = '${date(p.dob, 'iso')}' LIMIT 50`,
    t`INSERT INTO guarantors (patient_id, full_name, ssn, phone, street, city, zip) VALUES (${String(g.int(1000, 999999))}, '${phi('name', esc(`${p.given} ${p.family}`))}', '${ssn(g, 'ssn-dash')}', '${phone(g)}', '${a.street}', '${a.city}', '${a.zip}')`,
    t`UPDATE encounters SET discharge_dt = '${date(serviceDay(g), 'iso')}', attending_npi = '${npi(g)}' WHERE account_no = '${account(g)}'`,
    t`SELECT * FROM claims c JOIN members m ON m.id = c.member_id WHERE m.member_no = '${healthPlan(g)}' AND m.email = '${email(g, p)}'`,
  ]);
  const ex = g.pick([
    'org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "patients_mrn_key"',
    'java.sql.SQLTimeoutException: ORA-01013: user requested cancel of current operation',
    'QueryFailedError: deadlock detected',
  ]);
  const trace = g.pick([
    t`    at com.brightwater.chart.PatientRepository.findByName(PatientRepository.java:${String(g.int(40, 400))})\n    at com.brightwater.chart.SearchService.lookup(SearchService.java:${String(g.int(40, 400))})\n    at jdk.internal.reflect.GeneratedMethodAccessor${String(g.int(10, 99))}.invoke(Unknown Source)`,
    t`    at Repository.query (/srv/app/node_modules/typeorm/repository/Repository.js:${String(g.int(40, 400))}:${String(g.int(5, 40))})\n    at async PatientService.upsert (/srv/app/dist/patients/service.js:${String(g.int(40, 400))}:${String(g.int(5, 40))})`,
  ]);
  const ctx = g.pick([
    t`Caused by: lookup for ${fullName(p)} (age ${age(ageOf(p.dob))}) from ${a.city} failed; case ${otherId(g)}`,
    t`Context: {"user":"${email(g, clinician(g))}","patient":"${family(p)}, ${given(p)}","lab":"${labResult(g)}","dx":"${code(g, 'icd10')}"}`,
  ]);
  return t`${systemTimestamp(g)} ERROR [${g.pick(['http-nio-8443-exec-7', 'worker-3', 'main'])}] ${g.pick(['c.b.chart.SearchService', 'PatientService'])} - request ${uuid(g)} failed (build ${keep('version', `${g.int(1, 9)}.${g.int(0, 40)}.${g.int(0, 9)}+${hexId(g, 7)}`)})
${ex}
  Query: ${sql}
${trace}
${ctx}
Pool stats: active=${String(g.int(1, 40))} idle=${String(g.int(0, 10))} p99 ${keep('statistic', `${g.int(40, 900)} ms`)} error rate ${statistic(g, 'rate')}
`;
}

export function jsonLogText(g: Gen): Frag {
  const lines: Piece[] = [];
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(g);
    const d = clinician(g);
    const a = address(g);
    lines.push(
      jsonText({
        '@timestamp': systemTimestamp(g),
        level: g.pick(['INFO', 'WARN', 'DEBUG']),
        logger: g.pick(['intake.api', 'sched.worker', 'rx.router']),
        trace: { id: hexId(g, 32), span: hexId(g, 16) },
        user: { id: uuid(g), name: fullName(d, false), email: email(g, d), ip: ipv4(g) },
        patient: g.pick([
          {
            mrn: mrn(g),
            name: { family: family(p), given: given(p) },
            birthDate: date(p.dob, 'iso'),
            city: a.city,
          },
          {
            id: mrn(g),
            display: t`${family(p)}, ${given(p)}`,
            age: age(ageOf(p.dob)),
            zip: a.zip,
            phone: phone(g),
          },
        ]),
        event: g.pick(['chart.opened', 'appointment.booked', 'rx.sent']),
        durationMs: g.int(2, 800),
      }),
    );
  }
  return t`$ kubectl logs deploy/${g.pick(['intake-api', 'sched-worker', 'rx-router'])} --since=1h\n${join(lines, '\n')}\n`;
}
