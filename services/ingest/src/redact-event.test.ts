import { describe, expect, it } from 'vitest';
import { defaultFrameMasker } from './frame-masker';
import { redactEvent } from './redact-event';
import { frameEvent } from './testing/raw-events';

/** Synthetic identifiers in the shapes a careless client writes into names and ids; none is anyone's. */
const MRN = '00482913';
const SSN = '900123456';

describe('the fields a client names, stored beside and inside a frame', () => {
  it("masks a string id, a tool's name and a prompt's name in the stored payload and in the event's fields", async () => {
    const call = {
      jsonrpc: '2.0',
      id: `MRN-${MRN}`,
      method: 'tools/call',
      params: { name: `ssn_${SSN}`, arguments: { note: 'ok' } },
    };
    const payload = JSON.stringify(call);
    const event = frameEvent('s-1', 1, payload, {
      direction: 'client_to_server',
      kind: 'request',
      jsonrpcId: JSON.stringify(call.id),
      toolName: call.params.name,
      promptName: `summary_for_patient_${MRN}`,
    });
    const { event: stored } = await redactEvent(event, Buffer.from(payload), defaultFrameMasker());
    if (stored.type !== 'frame') throw new Error('a frame stays a frame');
    const text = JSON.stringify({ ...stored.body, payload: stored.body.payload?.toString('utf8') });
    expect(text).not.toContain(MRN);
    expect(text).not.toContain(SSN);
    const masked = JSON.parse(stored.body.payload?.toString('utf8') ?? '');
    expect(typeof masked.id).toBe('string');
    expect(masked.method).toBe('tools/call');
    expect(masked.params.arguments).toEqual({ note: 'ok' });
  });

  it('keeps ordinary names, a number id and protocol methods as they are', async () => {
    const payload = '{"jsonrpc":"2.0","id":17,"method":"tools/call","params":{"name":"get_patient_by_mrn"}}';
    const event = frameEvent('s-1', 2, payload, { jsonrpcId: '17', toolName: 'get_patient_by_mrn' });
    const { event: stored } = await redactEvent(event, Buffer.from(payload), defaultFrameMasker());
    if (stored.type !== 'frame') throw new Error('a frame stays a frame');
    expect(stored.body.payload?.toString('utf8')).toBe(payload);
    expect(stored.body.toolName).toBe('get_patient_by_mrn');
    expect(stored.body.jsonrpcId).toBe('17');
  });
});
