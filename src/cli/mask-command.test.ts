import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createMasker } from '@proctor/masking';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../test/harness';
import { runProctor } from '../../test/harness/proctor-cli';
import { maskStream, runMask } from './mask-command';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (d) => {
    text += d;
  });
  return () => text;
}

/** Resolves once `read()` holds `count` lines. */
async function untilLines(read: () => string, count: number): Promise<void> {
  for (let i = 0; i < 500 && read().split('\n').length - 1 < count; i++)
    await new Promise((r) => setTimeout(r, 10));
}

describe('proctor mask', () => {
  it('writes one masked line per input line, in order, as lines arrive', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    const out = collect(output);
    const done = maskStream(createMasker(), input, output, errors);
    for (let i = 0; i < 50; i++) {
      input.write(`${JSON.stringify({ seq: i, note: `SSN 900-12-${String(1000 + i)}` })}\n`);
      // Streaming: each line is answered before the next is written.
      await untilLines(out, i + 1);
    }
    input.end();
    const result = await done;
    const lines = out().trim().split('\n');
    expect(result).toEqual({ lines: 50, quarantined: 0 });
    expect(lines.map((l) => JSON.parse(l).seq)).toEqual([...Array(50).keys()]);
    expect(lines.every((l) => JSON.parse(l).note === 'SSN [SSN]')).toBe(true);
  });

  it('redacts bad lines fully, keeps blank lines, and explains matches without clear values', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    const out = collect(output);
    const err = collect(errors);
    const done = maskStream(createMasker(), input, output, errors, true);
    input.end(
      [
        '{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"mail jane@example.com"}]}}',
        '',
        'not json 900-12-3456',
      ].join('\n'),
    );
    const result = await done;
    expect(out().split('\n')).toEqual([
      '{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"mail [EMAIL]"}]}}',
      '',
      '{"redacted":"quarantined"}',
      '',
    ]);
    expect(result.quarantined).toBe(1);
    const explained = err()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(explained[0]).toEqual({
      line: 1,
      quarantined: false,
      matches: [
        {
          jsonPath: '$.result.content[0].text',
          start: 5,
          end: 21,
          ruleId: 'email',
          type: 'email',
          strategy: 'redact',
        },
      ],
    });
    expect(err()).toContain('line 3 is not valid JSON');
    expect(err()).not.toMatch(/jane@example\.com|900-12-3456/);
  });

  it('runs as `proctor mask --rules FILE --explain`, and rejects a bad rules file naming the rule', async () => {
    const dir = await tempDir('mask-rules');
    const good = join(dir, 'rules.yaml');
    const bad = join(dir, 'bad.yaml');
    await writeFile(good, "rules:\n  - { id: acme-mrn, type: mrn, pattern: 'ACME-\\d{7}' }\n");
    await writeFile(bad, "rules:\n  - { id: backref, type: mrn, pattern: '(a)\\1' }\n");
    const ok = await runProctor(['mask', '--rules', good, '--explain'], {
      input: '{"note":"chart ACME-1234567"}\n',
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('{"note":"chart [MRN]"}\n');
    expect(JSON.parse(ok.stderr.trim())).toMatchObject({
      line: 1,
      matches: [{ ruleId: 'acme-mrn', type: 'mrn' }],
    });
    // In process: a bad rules file stops the command before it reads any input.
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runMask(['--rules', bad])).toBe(2);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(
        /rule backref: pattern: not accepted by the linear-time engine/,
      );
    } finally {
      stderr.mockRestore();
    }
  });

  it('writes a line whose rule runs past its budget fully redacted, names the rule, and reads on', async () => {
    const slow = {
      id: 'slow-rule',
      type: 'other_id' as const,
      detect(text: string): Array<{ start: number; end: number }> {
        const until = text.includes('slow') ? performance.now() + 5 : 0;
        while (performance.now() < until) {
          // a rule that takes too long on this line
        }
        return [];
      },
    };
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    const out = collect(output);
    const err = collect(errors);
    const done = maskStream(
      createMasker({ rules: { budgetMs: 1 }, detectors: [slow] }),
      input,
      output,
      errors,
    );
    input.end(
      [
        '{"note":"slow line 900-12-3456"}',
        `{"note":"${'Lund-'.repeat(4000)}"}`,
        '{"note":"SSN 900-12-3456"}',
      ].join('\n'),
    );
    const result = await done;
    const lines = out().split('\n');
    expect(lines[0]).toBe('{"redacted":"quarantined"}');
    expect(lines[1]).not.toBe('{"redacted":"quarantined"}');
    expect(lines[2]).toBe('{"note":"SSN [SSN]"}');
    expect(result).toEqual({ lines: 3, quarantined: 1 });
    expect(err()).toBe(
      'proctor mask: line 1 failed rule slow-rule (budget_exceeded); written fully redacted\n',
    );
  });
});
