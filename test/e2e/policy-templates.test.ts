/**
 * Resource templates under a policy, through the official SDK clients of both eras and the
 * gateway as the runtime assembles it: resources/templates/list loses the templates every URI
 * of which is denied (and keeps those some URI of which may be read); reads are decided URI by
 * URI, whatever way the URI is written; completions of a template some of whose URIs are denied
 * are refused (they would suggest the denied identifiers). Both eras, and a 2026-07-28 client
 * bridged to an SDK v1 upstream.
 */
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SUGGESTIONS,
  startLegacyTemplateServer,
  startModernTemplateServer,
  TEMPLATES,
  type TemplateServer,
} from '../fixtures/template-servers';
import { type PolicyGateway, refusal, startPolicyGateway } from './policy-gateway';
import { connectLegacyClient, connectModernClient } from './sdk-clients';

const AUDIENCE = 'proctor-templates-e2e';
const POLICY = {
  version: 1,
  defaults: { '*': 'deny' },
  rules: [
    { id: 'no-vip', match: { resources: 'ehr://patients/VIP-*' }, action: 'deny', reason: 'VIP charts' },
    { id: 'no-secret-notes', match: { resources: 'ehr://notes/secret/*' }, action: 'deny' },
    {
      id: 'clinicians-read',
      match: {
        groups: 'clinicians',
        resources: ['ehr://patients/*', 'ehr://notes/*', 'ehr://appointments/*'],
      },
      action: 'allow',
    },
  ],
};

let legacyUpstream: TemplateServer;
let modernUpstream: TemplateServer;
let policyGateway: PolicyGateway;

beforeAll(async () => {
  [legacyUpstream, modernUpstream] = await Promise.all([
    startLegacyTemplateServer(),
    startModernTemplateServer(),
  ]);
  policyGateway = await startPolicyGateway({
    audience: AUDIENCE,
    upstreams: { legacy: legacyUpstream.url, modern: modernUpstream.url },
    policy: { inline: POLICY },
  });
});

afterAll(async () => {
  await policyGateway?.close();
  await Promise.allSettled([legacyUpstream?.close(), modernUpstream?.close()]);
});

/** The calls the test makes, alike for both SDK clients. */
interface TemplateClient {
  templates(): Promise<string[]>;
  read(uri: string): Promise<unknown>;
  complete(uri: string, variable: string): Promise<string[]>;
}

async function client(
  era: 'legacy' | 'modern',
  connection: string,
  groups: string[],
): Promise<TemplateClient> {
  const url = `${policyGateway.gateway.base}/mcp/${connection}`;
  const token = await policyGateway.token(groups);
  const c = policyGateway.track(
    era === 'legacy' ? await connectLegacyClient(url, token) : await connectModernClient(url, token),
  );
  return {
    templates: async () => (await c.listResourceTemplates()).resourceTemplates.map((t) => t.uriTemplate),
    read: (uri) => c.readResource({ uri }),
    complete: async (uri, variable) =>
      (await c.complete({ ref: { type: 'ref/resource', uri }, argument: { name: variable, value: '' } }))
        .completion.values,
  };
}

function hides(): Extract<AuditEvent, { type: 'policy_decision' }>[] {
  return policyGateway.log.records
    .map((r) => decodeEvent(r.record.value))
    .filter(
      (e): e is Extract<AuditEvent, { type: 'policy_decision' }> =>
        e.type === 'policy_decision' && e.body.decision === 'hide',
    );
}

const CASES = [
  {
    name: 'SDK v1 client, SDK v1 upstream',
    era: 'legacy',
    connection: 'legacy',
    upstream: () => legacyUpstream,
  },
  {
    name: 'SDK v2 client, SDK v2 upstream',
    era: 'modern',
    connection: 'modern',
    upstream: () => modernUpstream,
  },
  {
    name: 'SDK v2 client bridged to an SDK v1 upstream',
    era: 'modern',
    connection: 'legacy',
    upstream: () => legacyUpstream,
  },
] as const;

describe.each(CASES)('resource templates: $name', ({ era, connection, upstream }) => {
  it('lists only the templates some URI of which the caller may read', async () => {
    const all = Object.values(TEMPLATES);
    const clinician = await client(era, connection, ['clinicians']);
    expect(new Set(await clinician.templates())).toEqual(
      new Set([TEMPLATES.patient, TEMPLATES.note, TEMPLATES.appointment]),
    );
    // Without the group no rule allows anything: every template is hidden.
    const outsider = await client(era, connection, []);
    expect(await outsider.templates()).toEqual([]);
    expect(all).toHaveLength(6);
    expect(hides().some((h) => h.body.reason?.includes('resourceTemplates hidden by policy'))).toBe(true);
  });

  it('reads URIs one by one, whatever way a denied URI is written', async () => {
    const clinician = await client(era, connection, ['clinicians']);
    expect(JSON.stringify(await clinician.read('ehr://patients/MRN-100001'))).toContain('synthetic patient');
    const before = upstream().reads.length;
    for (const uri of ['ehr://patients/VIP-7', 'EHR://Patients/%56IP-7', 'ehr://patients/x/../VIP-7']) {
      const err = await refusal(clinician.read(uri));
      expect(err.code, uri).toBe(-31014);
      expect(err.message, uri).toContain('no-vip');
    }
    expect(upstream().reads.length).toBe(before);
  });

  it('refuses completions of a template some URI of which is denied', async () => {
    const clinician = await client(era, connection, ['clinicians']);
    expect(await clinician.complete(TEMPLATES.appointment as string, 'day')).toEqual(SUGGESTIONS);
    const err = await refusal(clinician.complete(TEMPLATES.patient as string, 'mrn'));
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('no-vip');
    const notes = await refusal(clinician.complete(TEMPLATES.note as string, 'folder'));
    expect(notes.message).toContain('no-secret-notes');
  });
});
