import { compilePolicyText } from '@proctor/policy';
import { describe, expect, it } from 'vitest';
import { TEST_IDENTITY } from '../../testing';
import { decideEmbeddedResources, WITHHELD_RESOURCE } from './embedded-resources';

const policy = compilePolicyText(
  `
version: 1
defaults: { ehr: deny }
rules:
  - id: exports-held
    match: { resources: 'ehr://exports/*' }
    action: require_approval
  - id: tools
    match: { tools: '*' }
    action: allow
`,
  { knownConnections: ['ehr'] },
);
const masking = compilePolicyText(
  `
version: 1
defaults: { ehr: allow }
rules:
  - id: scans-masked
    match: { resources: 'ehr://scans/*' }
    action: mask
`,
  { knownConnections: ['ehr'] },
);
const base = { identity: TEST_IDENTITY, connection: 'ehr', era: 'stateful' as const };
const link = (uri: string) => ({ type: 'resource_link', uri, name: 'n' });

describe('resources embedded in an answer', () => {
  it('withholds one a rule holds for approval, and leaves one only the default denies', () => {
    const result = { content: [link('ehr://exports/1'), link('ehr://notes/1'), { type: 'text', text: 't' }] };
    const outcome = decideEmbeddedResources(result, policy, base);
    expect(outcome).toMatchObject({ withheld: 1, seen: 2, rule: 'exports-held' });
    expect(outcome?.result).toEqual({
      content: [WITHHELD_RESOURCE, link('ehr://notes/1'), { type: 'text', text: 't' }],
    });
  });

  it('masks one a mask rule covers as content, its media included', () => {
    const blob = Buffer.from('\x89PNG synthetic scan').toString('base64');
    const item = { type: 'resource', resource: { uri: 'ehr://scans/1', mimeType: 'image/png', blob } };
    const outcome = decideEmbeddedResources({ content: [item] }, masking, base);
    expect(outcome?.withheld).toBe(0);
    expect(JSON.stringify(outcome?.result)).not.toContain(blob);
    expect(outcome?.result).toMatchObject({
      content: [{ type: 'resource', resource: { mimeType: 'image/png' } }],
    });
  });

  it('returns null for an answer without embedded resources, and the same result when none is withheld', () => {
    expect(decideEmbeddedResources({ content: [{ type: 'text', text: 't' }] }, policy, base)).toBeNull();
    const result = { messages: [{ role: 'user', content: link('ehr://notes/2') }] };
    expect(decideEmbeddedResources(result, policy, base)?.result).toBe(result);
  });
});
