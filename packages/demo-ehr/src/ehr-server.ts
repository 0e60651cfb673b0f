import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { registerEhrTools } from './ehr-tools';
import { DEMO_PATIENTS, findPatient } from './patients';

export interface EhrServerOptions {
  /** Pause between export_chart steps, so progress arrives over time (default 10 ms). */
  exportStepDelayMs?: number;
}

/** One MCP server instance: each session (or, stateless, each request) gets its own. */
export function createEhrMcpServer(options: EhrServerOptions = {}): McpServer {
  const server = new McpServer(
    { name: 'proctor-demo-ehr', version: '0.1.0' },
    {
      capabilities: { logging: {} },
      instructions: 'A demo electronic health record with synthetic patients. Nothing here is real data.',
    },
  );
  registerEhrTools(server, { exportStepDelayMs: options.exportStepDelayMs ?? 10 });

  server.registerResource(
    'patient',
    new ResourceTemplate('ehr://patients/{mrn}', {
      list: async () => ({
        resources: DEMO_PATIENTS.map((p) => ({
          uri: `ehr://patients/${p.mrn}`,
          name: p.mrn,
          mimeType: 'application/json',
        })),
      }),
    }),
    { title: 'Patient record', description: 'A patient record as JSON', mimeType: 'application/json' },
    async (uri, { mrn }) => {
      const patient = typeof mrn === 'string' ? findPatient(mrn) : undefined;
      if (patient === undefined) throw new Error(`no patient at ${uri.href}`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(patient) }] };
    },
  );

  server.registerPrompt(
    'summarize_patient',
    {
      title: 'Summarize patient',
      description: 'Asks the model for a clinical summary of one patient record.',
      argsSchema: { mrn: z.string().describe('Medical record number, e.g. MRN-100001') },
    },
    async ({ mrn }) => {
      const patient = findPatient(mrn);
      if (patient === undefined) throw new Error(`no patient with MRN ${mrn}`);
      return {
        messages: [
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: {
                uri: `ehr://patients/${mrn}`,
                mimeType: 'application/json',
                text: JSON.stringify(patient),
              },
            },
          },
          {
            role: 'user',
            content: { type: 'text', text: 'Summarize this patient record for a handover, in five lines.' },
          },
        ],
      };
    },
  );
  return server;
}
