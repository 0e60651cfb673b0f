/** Security and operations text of blind split 9: CEF/LEEF syslog, shell history, cURL, S3 listings. */
import type { Gen } from '../context';
import { Frag, join, type Piece, phi, type Span, t } from '../fragment';
import { anySsnForm, biometric, email, employeeId, ip, mrn, phone, photo, ssn } from './ids';
import { nm, slug, upper, type Who, who } from './people';
import { place, town, zip } from './places';
import { hospital, org, ver, version, year } from './vocab';
import { type DateForm, day, pdate, plusSeconds, stamp } from './when';

/** CEF extension values escape backslash and equals sign. */
const cef = (s: string): string => s.replace(/([\\=])/g, '\\$1');
function accessEvent(g: Gen, p: Who, at: Date): Frag {
  const nameForm = g.int(0, 2);
  const name =
    nameForm === 0
      ? nm(cef(`${p.last}, ${p.first}`), 'last_first')
      : nameForm === 1
        ? nm(upper(`${p.first} ${p.last}`))
        : nm(`${p.last}^${p.first}`, 'hl7');
  return t`rt=${stamp(g, at, 'epoch_ms')} suid=${employeeId(g)} duid=${mrn(g)} duser=${name} src=10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)} cs1Label=PatientDOB cs1=${pdate(g, p.dob, ['iso', 'us'])} cs2Label=Facility cs2=${hospital(g)} act=${g.pick(['view', 'print', 'export'])}`;
}

function portalEvent(g: Gen, p: Who, at: Date): Frag {
  const a = place(g);
  return t`rt=${stamp(g, at, 'epoch_ms')} suser=${email(g, p)} src=${ip(g)} cs3Label=GeoCity cs3=${town(a)} cs4Label=PostalCode cs4=${zip(a, a.zip.slice(0, 5))} cs5Label=MFA cs5=${g.pick(['sms', 'totp', 'none'])} outcome=${g.pick(['success', 'failure'])}`;
}

/** A privacy-monitoring appliance's syslog: CEF or LEEF lines about chart access and portal logins. */
export function cefPrivacySyslog(g: Gen): Frag {
  const at = day(g);
  const vendor = g.pick(['Protenus|PrivacyMonitor', 'Imprivata|FairWarning', 'Maize|Insight']);
  const version = ver(g);
  const lines: Frag[] = [];
  for (let i = g.int(2, 5); i > 0; i--) {
    const when = plusSeconds(at, g.int(1, 5000));
    const p = who(g);
    const portal = g.chance(0.4);
    const ext = portal ? portalEvent(g, p, when) : accessEvent(g, p, when);
    const sig = portal ? 'PORTAL-LOGIN|Patient portal login|3' : 'EHR-ACCESS|Chart accessed|5';
    lines.push(
      g.chance(0.75)
        ? t`<134>${stamp(g, when, 'syslog')} privmon01 CEF:0|${vendor}|${version}|${sig}|${ext}`
        : t`<134>${stamp(g, when, 'syslog')} privmon01 LEEF:2.0|${vendor}|${version}|${sig.split('|')[0] as string}|^|${leef(ext)}`,
    );
  }
  return join(lines, '\n');
}

/** LEEF uses ^ as its delimiter here instead of spaces between keys. */
function leef(ext: Frag): Frag {
  const map = (p: Piece): Piece =>
    typeof p === 'string' ? p.replace(/ (?=\w+=)/g, '^') : Array.isArray(p) ? p.map(map) : p;
  return new Frag(ext.pieces.map(map));
}

/** A patient's name in a file name: "odwyer_siobhan", each part labeled. */
function fileName(g: Gen, p: Who, sep = g.pick(['_', '-', '.'])): Frag {
  const [l, f] = [slug(p.last), slug(p.first)];
  const caps = g.chance(0.25);
  const part = (s: string): Span => nm(caps ? s.toUpperCase() : s, 'file');
  return g.chance(0.6) ? t`${part(l)}${sep}${part(f)}` : t`${part(f)}${sep}${part(l)}`;
}

const FILE_DATE: DateForm[] = ['compact', 'iso', 'compact'];

function historyCommand(g: Gen, p: Who): Frag {
  const id = mrn(g);
  const dob = p.dob;
  const a = place(g);
  const commands: (() => Frag)[] = [
    () =>
      t`psql -h pgprod-ehr -U svc_report -c "select mrn, dob from patient where last_name ilike '${nm(slug(p.last))}%' and first_name = '${nm(p.first)}';"`,
    () => t`grep -rn "${id}" /var/log/intake/ | less`,
    () =>
      t`aws s3 cp s3://kv-scans-prod/${year(g.pick([2023, 2024, 2025]))}/${fileName(g, p)}_${pdate(g, dob, FILE_DATE)}_ct_chest.dcm ./`,
    () =>
      t`curl -s "https://fhir.internal.example/Patient?family=${nm(encodeURIComponent(p.last), 'url')}&birthdate=${pdate(g, dob, 'iso')}" -H "Authorization: Bearer $TOKEN" | jq .`,
    () =>
      t`mysql -e "UPDATE demographics SET phone='${phone(g)}', zip='${zip(a, a.zip.slice(0, 5))}' WHERE mrn='${id}'"`,
    () => t`echo -n "${ssn(g, anySsnForm(g))}" | sha256sum`,
    () => t`vim ~/notes/${fileName(g, p, '-')}-callback.txt`,
    () => t`kubectl -n intake logs deploy/intake-worker --since=2h | grep -i ${nm(slug(p.last))}`,
    () =>
      t`./reissue-card.sh --member ${id} --name "${nm(`${p.first} ${p.last}`)}" --dob ${pdate(g, dob, 'us')}`,
    () => t`python3 enroll_palm.py --template ${biometric(g)} --mrn ${id}`,
    () => t`mv ~/Downloads/${photo(g)} /srv/intake/${id}/`,
  ];
  return g.pick(commands)();
}

/** An operations engineer's shell history, sometimes with HISTTIMEFORMAT epoch lines. */
export function shellHistory(g: Gen): Frag {
  const start = day(g);
  const timed = g.chance(0.6);
  const lines: Frag[] = [];
  const people = [who(g), who(g)];
  const plain = [
    'ls -la',
    'cd /srv/intake',
    'git pull --rebase',
    'kubectl get pods -n intake',
    'df -h',
    'history | tail',
    'sudo systemctl restart mirth',
  ];
  for (let i = 0; i < g.int(5, 10); i++) {
    const cmd = g.chance(0.55) ? historyCommand(g, g.pick(people)) : t`${g.pick(plain)}`;
    lines.push(timed ? t`#${stamp(g, plusSeconds(start, i * g.int(5, 90)), 'epoch')}\n${cmd}` : cmd);
  }
  return join(lines, '\n');
}

/** A request copied from the browser's developer tools as a cURL command. */
export function curlFromDevtools(g: Gen): Frag {
  const p = who(g);
  const a = place(g);
  const id = mrn(g);
  const sep = g.pick([' \\\n  ', ' ']);
  const query = g.pick([
    () =>
      t`lastName=${nm(encodeURIComponent(p.last), 'url')}&dob=${phi('date', encodeURIComponent(fmtUs(p.dob)), 'us_encoded')}&zip=${zip(a, a.zip.slice(0, 5))}`,
    () =>
      t`q=${nm(`${encodeURIComponent(p.first)}+${encodeURIComponent(p.last)}`.replace(/%20/g, '+'), 'url')}&mrn=${id}`,
  ])();
  const body = t`{"firstName":"${nm(p.first)}","lastName":"${nm(p.last.replace(/'/g, '\\u0027'))}","phone":"${phone(g)}","email":"${email(g, p)}","reason":"${g.pick(['refill', 'new patient visit', 'billing question'])}"}`;
  const parts: Piece[] = [
    t`curl 'https://portal.harborridge.example/api/v${g.int(1, 3)}/appointments/search?${query}'`,
    `-H 'accept: application/json, text/plain, */*'`,
    t`-H 'cookie: _ga=GA1.2.${g.digits(9)}.${g.digits(10)}; hr_session=${g.f.string.alphanumeric(32)}; last_patient_mrn=${mrn(g)}'`,
    t`-H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version(`${g.int(118, 131)}.0.${g.int(5000, 6800)}.${g.int(10, 200)}`)} Safari/537.36'`,
    t`-H 'x-forwarded-for: ${ip(g)}'`,
  ];
  if (g.chance(0.6)) parts.push(t`--data-raw '${body}'`);
  parts.push('--compressed');
  return join(parts, sep);
}

function fmtUs(d: Date): string {
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** An object-store listing whose keys embed patients' names, birth dates and record numbers. */
export function objectStoreListing(g: Gen): Frag {
  const tool = g.int(0, 2);
  const at = day(g);
  const rows: Frag[] = [];
  for (let i = g.int(3, 7); i > 0; i--) {
    const p = who(g);
    const when = plusSeconds(at, g.int(1, 90_000));
    const key = g.pick([
      () => t`${year(2024 + g.int(0, 1))}/ct/${fileName(g, p)}_${pdate(g, p.dob, FILE_DATE)}_ct_chest.dcm`,
      () => t`intake/${mrn(g)}/${photo(g)}`,
      () => t`consents/${fileName(g, p, '-')}-DOB${pdate(g, p.dob, 'iso')}-consent.pdf`,
      () => t`exports/${org(g.pick(['northlake', 'keystone-bcbs']))}/ELIG_${g.digits(8)}.txt`,
      () => t`referrals/${fileName(g, p)}/${pdate(g, day(g), 'compact')}_referral_${mrn(g)}.tif`,
    ])();
    const size = `${g.int(1, 900)}.${g.int(0, 9)} ${g.pick(['KiB', 'MiB'])}`;
    rows.push(
      tool === 0
        ? t`${stamp(g, when, 'sql')} ${size.padStart(12)} ${key}`
        : tool === 1
          ? t`${String(g.int(1000, 90_000_000)).padStart(10)}  ${stamp(g, when, 'isoz')}  gs://kv-archive/${key}`
          : t`INFO: ${key};  Content Length: ${size}`,
    );
  }
  const cmd = [
    '$ aws s3 ls s3://kv-scans-prod/ --recursive --human-readable',
    '$ gsutil ls -l -r gs://kv-archive/',
    '$ azcopy list "https://kvarchive.blob.core.windows.net/intake?sv=..."',
  ][tool] as string;
  return t`${cmd}\n${join(rows, '\n')}`;
}
