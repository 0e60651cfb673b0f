/**
 * Synthetic raw events for the pipeline benchmark: tool-call responses of about 1 KB whose
 * JSON carries the kinds of values the masker must find (names, dates, MRNs, phone numbers)
 * among values it must keep (codes, doses, ids). All values are invented.
 */
import { type AuditEvent, newEventId, nowMicros } from '@proctor/events';

const FIRST = ['Avery', 'Jordan', 'Riley', 'Casey', 'Morgan', 'Quinn'];
const LAST = ['Samplepatient', 'Exampleton', 'Testworth', 'Placeholder', 'Fictional'];

function responsePayload(i: number, id: number): string {
  const body = {
    jsonrpc: '2.0',
    id,
    result: {
      content: [
        {
          type: 'text',
          text: `Patient ${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} (MRN-${100000 + (i % 900000)}), born 03/17/1984, seen on 2025-11-${String((i % 28) + 1).padStart(2, '0')} for E11.9 and I10. Metformin 500 mg twice daily; HbA1c 7.2 %. Call back at (212) 555-01${String(i % 100).padStart(2, '0')}.`,
        },
      ],
      structuredContent: {
        encounterId: `enc-${i}`,
        codes: ['E11.9', 'I10', '4548-4'],
        vitals: { systolic: 128, diastolic: 82, pulse: 71, unit: 'mmHg' },
        medications: [{ name: 'metformin', dose: '500 mg', route: 'oral' }],
        notes: 'Follow-up in 3 months; continue current regimen; lab panel ordered.',
        provider: { npi: '1234567893', department: 'Endocrinology' },
      },
    },
  };
  return JSON.stringify(body);
}

/**
 * One frame event of ≈1 KB for session `s-{i % sessions}`, with its seq in that session. Its
 * JSON-RPC id is numbered per session, as MCP clients number their requests (from 1 on each
 * connection), so ids repeat across sessions as they do in real traffic.
 */
export function benchFrame(
  run: string,
  i: number,
  sessions: number,
  seqs: number[],
): Extract<AuditEvent, { type: 'frame' }> {
  const s = i % sessions;
  const seq = seqs[s] ?? 0;
  seqs[s] = seq + 1;
  const payload = responsePayload(i, seq + 1);
  return {
    eventId: newEventId(),
    type: 'frame',
    time: nowMicros(),
    tenant: 'bench',
    gatewayId: 'gw-bench',
    gatewayEpoch: 1,
    streamSeq: i,
    sessionId: `${run}-s${s}`,
    seq,
    identity: { subject: 'bench@example.com', issuer: 'urn:bench', groups: [], ci: null },
    sourceIp: '192.0.2.1',
    userAgent: 'bench-client/1.0',
    connection: 'bench',
    body: {
      direction: 'server_to_client',
      kind: 'response',
      method: 'tools/call',
      jsonrpcId: String(seq + 1),
      toolName: 'get_encounter',
      payload: Buffer.from(payload),
      payloadEncoding: 'json',
      size: Buffer.byteLength(payload),
      sha256: 'bench',
    },
  };
}
