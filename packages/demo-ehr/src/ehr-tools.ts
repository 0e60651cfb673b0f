import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { DEMO_APPOINTMENTS, type DemoPatient, findPatient, searchPatients } from './patients';

const MRN = z
  .string()
  .regex(/^MRN-\d{6}$/)
  .describe('Medical record number, e.g. MRN-100001');

/** Largest benchmark payload: enough for the 16 KB target with headroom, small enough to be harmless. */
export const MAX_BENCHMARK_BYTES = 1024 * 1024;

export function registerEhrTools(server: McpServer, options: { exportStepDelayMs: number }): void {
  server.registerTool(
    'search_patients',
    {
      title: 'Search patients',
      description: 'Find patients whose name contains the given fragment (case-insensitive).',
      inputSchema: { query: z.string().min(1).describe('Part of the patient name') },
      annotations: { readOnlyHint: true },
    },
    async ({ query }) => {
      const patients = searchPatients(query).map(({ mrn, name, dob }) => ({ mrn, name, dob }));
      return json({ patients });
    },
  );

  server.registerTool(
    'get_patient',
    {
      title: 'Get patient',
      description: 'The full demographic and clinical record of one patient.',
      inputSchema: { mrn: MRN },
      annotations: { readOnlyHint: true },
    },
    async ({ mrn }) => {
      const patient = findPatient(mrn);
      return patient === undefined ? notFound(mrn) : json({ ...patient });
    },
  );

  server.registerTool(
    'list_appointments',
    {
      title: 'List appointments',
      description: 'Upcoming appointments, optionally for one patient.',
      inputSchema: { mrn: MRN.optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ mrn }) => {
      const appointments = DEMO_APPOINTMENTS.filter((a) => mrn === undefined || a.mrn === mrn).map((a) => ({
        ...a,
        patientName: findPatient(a.mrn)?.name ?? null,
      }));
      return json({ appointments });
    },
  );

  server.registerTool(
    'export_chart',
    {
      title: 'Export chart',
      description: 'Assembles a patient chart in steps, reporting progress and logging as it goes.',
      inputSchema: { mrn: MRN, steps: z.number().int().min(1).max(20).default(4) },
    },
    async ({ mrn, steps }, extra) => {
      const patient = findPatient(mrn);
      if (patient === undefined) return notFound(mrn);
      await extra.sendNotification({
        method: 'notifications/message',
        params: { level: 'info', logger: 'demo-ehr', data: `exporting chart ${mrn} in ${steps} steps` },
      });
      const progressToken = extra._meta?.progressToken;
      for (let step = 1; step <= steps; step += 1) {
        await delay(options.exportStepDelayMs, extra.signal);
        if (progressToken !== undefined) {
          await extra.sendNotification({
            method: 'notifications/progress',
            params: { progressToken, progress: step, total: steps, message: `section ${step} of ${steps}` },
          });
        }
      }
      return json({ chart: chartOf(patient), sections: steps });
    },
  );

  server.registerTool(
    'benchmark_payload',
    {
      title: 'Benchmark payload',
      description: 'Returns exactly `size` bytes of text (1 KB by default), for gateway benchmarks.',
      inputSchema: { size: z.number().int().min(0).max(MAX_BENCHMARK_BYTES).default(1024) },
      annotations: { readOnlyHint: true },
    },
    async ({ size }) => ({ content: [{ type: 'text', text: benchmarkText(size) }] }),
  );
}

export function chartOf(patient: DemoPatient): string {
  return [
    `Patient: ${patient.name} (${patient.mrn}), born ${patient.dob}`,
    `SSN: ${patient.ssn}; phone: ${patient.phone}; e-mail: ${patient.email}`,
    `Address: ${patient.address}`,
    `Conditions: ${patient.conditions.join('; ') || 'none recorded'}`,
    `Allergies: ${patient.allergies.join('; ') || 'none known'}`,
  ].join('\n');
}

/** Deterministic, so runs are comparable. */
export function benchmarkText(size: number): string {
  const unit = 'lorem ipsum dolor sit amet, ';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function json(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}

function notFound(mrn: string): CallToolResult {
  return { content: [{ type: 'text', text: `no patient with MRN ${mrn}` }], isError: true };
}

/** Waits `ms`, or rejects when the request is aborted first; its abort listener lives only as long as the wait. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    signal.addEventListener('abort', aborted, { once: true });
  });
}
