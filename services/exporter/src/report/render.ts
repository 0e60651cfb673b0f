/** The report as CSV (one row per evidence item and exception) and as one self-contained HTML file. */
import type { HipaaReport } from './hipaa-report';
import { barChart, columnChart, escapeXml } from './svg-charts';

export function renderCsv(report: HipaaReport): string {
  const rows: string[][] = [['control', 'citation', 'status', 'kind', 'label', 'value']];
  for (const control of report.controls) {
    for (const e of control.evidence)
      rows.push([control.id, control.citation, control.status, 'evidence', e.label, String(e.value)]);
    for (const x of control.exceptions)
      rows.push([control.id, control.citation, control.status, 'exception', x.label, String(x.count)]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Where a spreadsheet would start a formula (or a DDE command): a formula character, ASCII or
 * full width, first in the cell or first after a `;` or a line break (a spreadsheet of a locale
 * whose delimiter is `;`, or one that misreads a quoted line break, starts a cell there, quoted
 * or not), past blanks (`\s` includes no-break and ideographic spaces) and quote marks.
 */
const FORMULA_STARTS = /(?=[=+\-@\uff1d\uff0b\uff0d\uff20])(?<=(?:^|[;\r\n\t])[\s"]*)/g;

/**
 * RFC 4180 quoting; a `'` goes before every place a spreadsheet would start a formula, so it
 * reads the cell as text (a cell starting with a tab or a carriage return is prefixed too).
 */
export function csvCell(value: string): string {
  const safe = value.replace(FORMULA_STARTS, "'").replace(/^[\t\r]/, "'$&");
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * What the report may load: nothing but its own inline styles (its charts are inline SVG). In
 * the file itself too, so a browser opening it, or a browser printing it to PDF, fetches no
 * `file://` or network URL even if some text escaped its escaping.
 */
export const REPORT_CONTENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STATUS_TEXT = { met: 'Met', attention: 'Needs review', no_evidence: 'No evidence' } as const;

export function renderHtml(report: HipaaReport): string {
  const f = report.facts;
  const charts = [
    columnChart(
      'Activity over time',
      f.daily.map((d) => d.day),
      [
        { name: 'frames', values: f.daily.map((d) => d.frames) },
        { name: 'sessions', values: f.daily.map((d) => d.sessions) },
        { name: 'masked', values: f.daily.map((d) => d.masked) },
      ],
    ),
    barChart(
      'Policy decisions',
      f.decisions.map((d) => ({ label: d.key, value: d.count })),
    ),
    barChart(
      'PHI masked, by identifier type',
      f.maskingByType.map((m) => ({ label: m.key, value: m.count })),
    ),
    barChart(
      'Approvals',
      f.approvals.map((a) => ({ label: a.key, value: a.count })),
    ),
  ];
  const summary = report.controls
    .map(
      (c) =>
        `<tr><td>${escapeXml(c.citation)}</td><td>${escapeXml(c.title)}</td><td class="status ${c.status}">${STATUS_TEXT[c.status]}</td><td>${c.exceptions.reduce((n, x) => n + x.count, 0)}</td></tr>`,
    )
    .join('');
  const sections = report.controls
    .map((c) => {
      const evidence = c.evidence
        .map(
          (e) => `<tr><td>${escapeXml(e.label)}</td><td class="num">${escapeXml(String(e.value))}</td></tr>`,
        )
        .join('');
      const exceptions = c.exceptions
        .map((x) => {
          const samples = x.samples.length
            ? `<table class="samples"><tr>${Object.keys(x.samples[0] as object)
                .map((k) => `<th>${escapeXml(k)}</th>`)
                .join('')}</tr>${x.samples
                .map(
                  (s) =>
                    `<tr>${Object.values(s)
                      .map((v) => `<td>${escapeXml(String(v))}</td>`)
                      .join('')}</tr>`,
                )
                .join('')}</table>`
            : '';
          return `<li><strong>${escapeXml(x.label)}: ${x.count}</strong>${samples}</li>`;
        })
        .join('');
      return `<section id="${c.id}"><h2>${escapeXml(c.citation)} — ${escapeXml(c.title)} <span class="status ${c.status}">${STATUS_TEXT[c.status]}</span></h2>
<table class="evidence"><tr><th>Evidence</th><th>Value</th></tr>${evidence}</table>
${exceptions ? `<h3>Exceptions</h3><ul>${exceptions}</ul>` : '<p class="ok">No exceptions in this range.</p>'}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_POLICY}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(report.title)} — ${escapeXml(report.tenant)}</title>
<style>
body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#111827;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.3rem}
.meta{color:#4b5563}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:1rem;margin:1.5rem 0}
.chart{background:#f9fafb;border:1px solid #e5e7eb;border-radius:8px;padding:8px;max-width:100%;height:auto}
.chart .title{font-weight:bold;font-size:14px}.chart .axis{font-size:11px;fill:#374151}.chart .value{font-size:11px;fill:#111827}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;font-size:.9rem}
td.num{text-align:right}.status{font-weight:bold;padding:2px 6px;border-radius:4px;font-size:.85rem}
.status.met{background:#dcfce7;color:#166534}.status.attention{background:#fef3c7;color:#92400e}.status.no_evidence{background:#e5e7eb;color:#374151}
.samples td,.samples th{font-size:.8rem}.ok{color:#166534}
</style></head><body>
<h1>${escapeXml(report.title)}</h1>
<p class="meta">Tenant <strong>${escapeXml(report.tenant)}</strong> · ${escapeXml(report.range.from)} to ${escapeXml(report.range.to)} · generated ${escapeXml(report.generatedAt)} · ${f.totals.events} events, ${f.totals.sessions} sessions, ${f.totals.subjects} identities</p>
<table class="summary"><tr><th>Citation</th><th>Control</th><th>Status</th><th>Exceptions</th></tr>${summary}</table>
<div class="charts">${charts.join('')}</div>
${sections}
<p class="meta">Values are computed from the redacted audit store; samples hold masked values only. Verify individual sessions with <code>proctor export bundle</code> and <code>proctor verify</code>.</p>
</body></html>
`;
}
