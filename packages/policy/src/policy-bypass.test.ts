/**
 * Rules cannot be slipped past: names spelt differently, URIs written another way, argument
 * values wrapped in arrays, objects or JSON text, completions of a template's arguments; and
 * resource templates are hidden from lists exactly when every URI they expand to is denied.
 */
import type { Identity } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { compilePolicyText, type PolicyRequest } from './compile';
import { decide, isTemplateVisible } from './decide';
import { covers, globTokens, overlaps, templateTokens } from './pattern-languages';
import { normalizeUri, removeDotSegments, uriReadings } from './uri-readings';

const ALICE: Identity = {
  subject: 'alice@example.com',
  issuer: 'https://idp.example.com',
  groups: ['clinicians'],
  ci: null,
};
const BASE = { identity: ALICE, connection: 'ehr', era: 'stateful' as const };

function request(overrides: Partial<PolicyRequest>): PolicyRequest {
  return {
    ...BASE,
    method: 'tools/call',
    toolName: null,
    resourceUri: null,
    promptName: null,
    arguments: null,
    ...overrides,
  };
}

const POLICY = compilePolicyText(`
version: 1
defaults: { ehr: deny, open: allow }
rules:
  - id: no-export
    match: { tools: export_chart }
    action: deny
  - id: no-triage
    match: { prompts: triage }
    action: deny
  - id: no-vip-args
    match: { tools: get_patient, arguments: [{ path: $.mrn, pattern: '^VIP-' }] }
    action: deny
  - id: no-vip-charts
    match: { resources: 'ehr://patients/VIP-*' }
    action: deny
  - id: no-secret-notes
    match: { resources: 'ehr://notes/secret/*' }
    action: deny
  - id: public-docs
    match: { resources: 'ehr://docs/public/*' }
    action: allow
  - id: patients
    match: { resources: 'ehr://patients/*' }
    action: allow
  - id: notes
    match: { resources: 'ehr://notes/*' }
    action: allow
  - id: tools
    match: { tools: ['get_patient', 'export_chart', 'search'] }
    action: allow
  - id: prompts
    match: { prompts: ['triage', 'summary'] }
    action: allow
`);

const verdict = (overrides: Partial<PolicyRequest>) => decide(POLICY, request(overrides));

describe('pattern languages', () => {
  it('reads templates and globs', () => {
    expect(templateTokens('ehr://p/{mrn}{?fields*}')).toEqual([...'ehr://p/', globTokens('*')[0]]);
    expect(templateTokens('ehr://p/{mrn')).toBeNull();
    expect(templateTokens('ehr://p/mrn}')).toBeNull();
  });

  it('answers overlap and cover over both pattern kinds', () => {
    const t = templateTokens('ehr://patients/{mrn}') ?? [];
    expect(overlaps(globTokens('ehr://patients/VIP-*'), t)).toBe(true);
    expect(covers(globTokens('ehr://patients/VIP-*'), t)).toBe(false);
    expect(covers(globTokens('ehr://patients/*'), t)).toBe(true);
    expect(covers(globTokens('ehr://*'), t)).toBe(true);
    expect(overlaps(globTokens('ehr://notes/*'), t)).toBe(false);
    expect(overlaps(globTokens('ehr://patients/?'), t)).toBe(true);
    expect(covers(globTokens('ehr://patients/?'), t)).toBe(false);
    const literal = templateTokens('ehr://patients/VIP-1') ?? [];
    expect(covers(globTokens('ehr://patients/VIP-?'), literal)).toBe(true);
    expect(covers(globTokens('*/VIP-1'), literal)).toBe(true);
    expect(overlaps(globTokens('*x*y*'), templateTokens('a{b}c') ?? [])).toBe(true);
  });
});

describe('URI readings', () => {
  it('normalises scheme, host, percent-encoding and dot segments', () => {
    expect(normalizeUri('EHR://Patients/%56IP-1')).toBe('ehr://patients/VIP-1');
    expect(normalizeUri('ehr://patients/a/../VIP-1')).toBe('ehr://patients/VIP-1');
    expect(normalizeUri('ehr://patients/%2e%2E/VIP-1')).toBe('ehr://patients/VIP-1');
    expect(normalizeUri('ehr://patients/a%2fb')).toBe('ehr://patients/a%2Fb');
    expect(normalizeUri('https://User@Host.EXAMPLE/a/./b?q=1')).toBe('https://User@host.example/a/b?q=1');
    expect(removeDotSegments('/a/b/../../../c/.')).toBe('/c/');
    expect(uriReadings('ehr://notes/public%2F..%2Fsecret%2Fx')).toEqual([
      'ehr://notes/public%2F..%2Fsecret%2Fx',
      'ehr://notes/secret/x',
    ]);
  });

  it('a deny rule holds whatever way the URI is written', () => {
    for (const uri of [
      'ehr://patients/VIP-1',
      'EHR://PATIENTS/VIP-1',
      'ehr://patients/%56IP-1',
      'ehr://patients/x/../VIP-1',
      'ehr://patients/x/%2e%2e/VIP-1',
      'ehr://patients/x%2F..%2FVIP-1',
      'ehr://patients/x\\..\\VIP-1',
    ]) {
      expect(verdict({ method: 'resources/read', resourceUri: uri }).rule?.id, uri).toBe('no-vip-charts');
    }
    expect(verdict({ method: 'resources/read', resourceUri: 'ehr://notes/public/../secret/x' }).verdict).toBe(
      'deny',
    );
    expect(verdict({ method: 'resources/read', resourceUri: 'ehr://patients/P-1' }).verdict).toBe('allow');
    expect(verdict({ method: 'resources/read', resourceUri: 'EHR://Patients/P-1' }).verdict).toBe('allow');
  });

  it('a deny rule holds for the URI a WHATWG URL parser reads (the official SDKs look resources up so)', () => {
    for (const uri of [
      ' ehr://patients/VIP-1',
      'ehr://patients/VIP-1\n',
      'ehr://patients/VIP-1\u0000',
      'ehr://patients/VIP-\t1',
      'ehr://pat\r\nients/VIP-1',
    ]) {
      expect(new URL(uri).href, JSON.stringify(uri)).toBe('ehr://patients/VIP-1');
      expect(verdict({ method: 'resources/read', resourceUri: uri }).rule?.id, JSON.stringify(uri)).toBe(
        'no-vip-charts',
      );
    }
    const files = compilePolicyText(`
version: 1
defaults: { ehr: allow }
rules:
  - id: no-secrets
    match: { resources: ['file:///data/secret/*', 'https://ehr.example/vip/*'] }
    action: deny
`);
    for (const uri of [
      'file://localhost/data/secret/a',
      'file:/data/secret/a',
      'file:data/secret/a',
      'https://ehr.example:443/vip/a',
      'https://ehr.ex%61mple/vip/a',
      'https://ｅｈｒ.example/vip/a',
    ]) {
      const read = decide(files, request({ method: 'resources/read', resourceUri: uri }));
      expect(read.rule?.id, uri).toBe('no-secrets');
    }
    expect(
      decide(files, request({ method: 'resources/read', resourceUri: 'file:///data/public' })).verdict,
    ).toBe('allow');
  });

  it('attack: a deny rule holds for the path a file system reads (repeated slashes, trailing dots and spaces)', () => {
    const files = compilePolicyText(`
version: 1
defaults: { ehr: allow }
rules:
  - id: no-secrets
    match: { resources: 'file:///data/secret/*' }
    action: deny
`);
    const read = (uri: string) => decide(files, request({ method: 'resources/read', resourceUri: uri }));
    for (const uri of [
      'file:///data//secret/a',
      'file:////data/secret/a',
      'file:///data/secret//a',
      'file:///data/%2Fsecret/a',
      'file:///data/secret./a',
      'file:///data/secret%20/a',
      'file:///data/secret. ./a',
    ]) {
      expect(read(uri).rule?.id, uri).toBe('no-secrets');
    }
    expect(read('file:///data//public/a').verdict).toBe('allow');
    expect(read('file:///data/secrets/a').verdict).toBe('allow');
  });

  it('attack: a deny rule holds for the path in another case or width, and for the URI without its user name, port or trailing dot', () => {
    // A case-insensitive store (a file system on macOS or Windows, a database collation) finds
    // VIP-1 under vip-1; a server routing on the URL's host name and path ignores the rest.
    for (const uri of [
      'ehr://patients/vip-1',
      'ehr://patients/Vip-1',
      'ehr://patients/ＶＩＰ-1',
      'ehr://patients/V\u200bIP-1',
      'ehr://nurse@patients/VIP-1',
      'ehr://nurse:pw@patients/VIP-1',
      'ehr://patients:8443/VIP-1',
      'ehr://patients./VIP-1',
      'ehr://nurse@patients.:1/x/../vip-1',
    ]) {
      expect(verdict({ method: 'resources/read', resourceUri: uri }).rule?.id, uri).toBe('no-vip-charts');
    }
    expect(verdict({ method: 'resources/read', resourceUri: 'ehr://patients/p-1' }).verdict).toBe('allow');
    // An allow rule still grants only what reads as allowed every way, in the case it names.
    for (const uri of ['ehr://nurse@patients/P-1', 'ehr://patients:8443/P-1', 'ehr://docs/PUBLIC/a']) {
      expect(verdict({ method: 'resources/read', resourceUri: uri }).verdict, uri).toBe('deny');
    }
  });

  it('an allow rule grants no URI a WHATWG URL parser reads outside it', () => {
    expect(verdict({ method: 'resources/read', resourceUri: 'ehr://patients/P-1' }).verdict).toBe('allow');
    // The tabs are dropped: `..` segments that lead out of ehr://docs/public/.
    const outside = 'ehr://docs/public/.\t./.\t./admin';
    expect(new URL(outside).href).toBe('ehr://docs/admin');
    expect(verdict({ method: 'resources/read', resourceUri: outside }).verdict).toBe('deny');
  });

  it('an allow rule grants only URIs that read as allowed every way', () => {
    // Percent-encoded slashes: read decoded, the URI leaves ehr://docs/public/.
    const outside = 'ehr://docs/public/..%2F..%2Fadmin';
    expect(verdict({ method: 'resources/read', resourceUri: outside }).verdict).toBe('deny');
    expect(verdict({ method: 'resources/read', resourceUri: 'ehr://docs/public/a' }).verdict).toBe('allow');
  });
});

describe('names spelt differently', () => {
  it('deny rules match case, width, white-space and invisible-character variants', () => {
    for (const name of [
      'EXPORT_CHART',
      'export_chart ',
      ' export_chart',
      'export\u200b_chart',
      'ｅｘｐｏｒｔ_chart',
    ]) {
      expect(verdict({ toolName: name }).verdict, JSON.stringify(name)).toBe('deny');
      expect(verdict({ toolName: name }).rule?.id).toBe('no-export');
    }
    expect(verdict({ method: 'prompts/get', promptName: 'Triage' }).rule?.id).toBe('no-triage');
    expect(verdict({ method: 'prompts/get', promptName: 'summary' }).verdict).toBe('allow');
  });

  it('attack: deny rules hold for names and values a server reads upper-cased (dotless ı, ß)', () => {
    // 'TRIAGE' is what 'trıage'.toUpperCase() gives; 'ACCESS' is 'acceß' upper-cased.
    expect(verdict({ method: 'prompts/get', promptName: 'trıage' }).rule?.id).toBe('no-triage');
    expect(verdict({ toolName: 'get_patıent', arguments: { mrn: 'VIP-1' } }).rule?.id).toBe('no-vip-args');
    expect(verdict({ toolName: 'get_patient', arguments: { mrn: 'vıp-1' } }).rule?.id).toBe('no-vip-args');
    const access = compilePolicyText(`
version: 1
defaults: { ehr: allow }
rules:
  - id: no-access-log
    match: { tools: 'access_*' }
    action: deny
`);
    expect(decide(access, request({ toolName: 'acceß_log' })).verdict).toBe('deny');
    expect(decide(access, request({ toolName: 'assess_log' })).verdict).toBe('allow');
  });

  it('allow rules grant only the exact name', () => {
    expect(verdict({ toolName: 'search' }).verdict).toBe('allow');
    expect(verdict({ toolName: 'Search' }).verdict).toBe('deny');
    expect(verdict({ toolName: 'search\u200b' }).verdict).toBe('deny');
  });
});

describe('argument values in other shapes', () => {
  it('a deny pattern sees texts inside arrays, objects and JSON text', () => {
    for (const mrn of [
      'VIP-1',
      ['VIP-1'],
      { $eq: 'VIP-1' },
      [['x', 'VIP-1']],
      '["VIP-1"]',
      '{"id":"VIP-1"}',
    ]) {
      const d = verdict({ toolName: 'get_patient', arguments: { mrn } });
      expect(d.rule?.id, JSON.stringify(mrn)).toBe('no-vip-args');
    }
    expect(verdict({ toolName: 'get_patient', arguments: { mrn: 'P-1' } }).verdict).toBe('allow');
  });

  it('a deny pattern holds whatever case, width or invisible characters its keys are written in', () => {
    for (const args of [
      { MRN: 'VIP-1' },
      { Mrn: 'VIP-1' },
      { 'm\u200brn': 'VIP-1' },
      { ｍｒｎ: 'VIP-1' },
      { mrn: 'P-1', MRN: 'VIP-1' },
    ]) {
      const d = verdict({ toolName: 'get_patient', arguments: args });
      expect(d.rule?.id, JSON.stringify(args)).toBe('no-vip-args');
    }
    expect(verdict({ toolName: 'get_patient', arguments: { MRN: 'P-1' } }).verdict).toBe('allow');
  });

  it('a deny pattern holds whatever case, width or invisible characters the value is written in', () => {
    for (const mrn of ['vip-1', 'Vip-1', 'ＶＩＰ-1', 'V\u200bIP-1', ['vip-1'], '["vip-1"]']) {
      const d = verdict({ toolName: 'get_patient', arguments: { mrn } });
      expect(d.rule?.id, JSON.stringify(mrn)).toBe('no-vip-args');
    }
    expect(verdict({ toolName: 'get_patient', arguments: { mrn: 'p-1' } }).verdict).toBe('allow');
    // An allow pattern still takes the value as written.
    const policy = compilePolicyText(`
version: 1
defaults: { ehr: deny }
rules:
  - id: upper-codes
    match: { tools: get_patient, arguments: [{ path: $.code, pattern: '^[A-Z]+$' }] }
    action: allow
`);
    expect(decide(policy, request({ toolName: 'get_patient', arguments: { code: 'ABC' } })).verdict).toBe(
      'allow',
    );
    expect(decide(policy, request({ toolName: 'get_patient', arguments: { code: 'abc' } })).verdict).toBe(
      'deny',
    );
  });

  it('attack: a deny pattern holds for a value padded with white space, percent-encoded or held in a JSON string', () => {
    // A server trimming its input, or putting the value into a URL path that its back end decodes
    // (`GET /Patient/VIP%2D1`), or JSON-decoding it, reads VIP-1.
    for (const mrn of [
      ' VIP-1',
      '\tVIP-1',
      '\u00a0VIP-1',
      '\u3000vip-1',
      'VIP%2D1',
      '%56IP-1',
      '%2556IP-1',
      ' %76ip-1',
      '"VIP-1"',
      ['%56IP-1'],
    ]) {
      const d = verdict({ toolName: 'get_patient', arguments: { mrn } });
      expect(d.rule?.id, JSON.stringify(mrn)).toBe('no-vip-args');
    }
    for (const mrn of [' P-1', 'P%2D1', '"P-1"', '100%', '%zz']) {
      expect(verdict({ toolName: 'get_patient', arguments: { mrn } }).verdict, mrn).toBe('allow');
    }
  });

  it('a key spelt otherwise neither grants an allow rule nor hides an absent one from a protective one', () => {
    const policy = compilePolicyText(`
version: 1
defaults: { ehr: deny }
rules:
  - id: unsigned-orders
    match: { tools: place_order, arguments: [{ path: $.signature, present: false }] }
    action: deny
  - id: numeric-ids
    match: { tools: get_patient, arguments: [{ path: $.id, pattern: '^[0-9]+$' }] }
    action: allow
  - id: orders
    match: { tools: place_order }
    action: allow
`);
    const of = (toolName: string, args: Record<string, unknown>) =>
      decide(policy, request({ toolName, arguments: args })).rule?.id ?? 'default';
    expect(of('get_patient', { id: '42' })).toBe('numeric-ids');
    expect(of('get_patient', { ID: '42' })).toBe('default');
    // A strict server reads no signature here: the order is unsigned.
    expect(of('place_order', { Signature: 'x' })).toBe('unsigned-orders');
    expect(of('place_order', { signature: 'x' })).toBe('orders');
  });

  it('an allow pattern is not satisfied by one matching text inside a structure', () => {
    const policy = compilePolicyText(`
version: 1
defaults: { ehr: deny }
rules:
  - id: numeric-ids
    match: { tools: get_patient, arguments: [{ path: $.id, pattern: '^[0-9]+$' }] }
    action: allow
`);
    expect(decide(policy, request({ toolName: 'get_patient', arguments: { id: '42' } })).verdict).toBe(
      'allow',
    );
    const smuggled = request({ toolName: 'get_patient', arguments: { id: ['42', '../all'] } });
    expect(decide(policy, smuggled).verdict).toBe('deny');
  });
});

describe('resource templates', () => {
  const visible = (template: string, connection = 'ehr') =>
    isTemplateVisible(POLICY, { ...BASE, connection }, template);

  it('hides a template only when every URI it expands to is denied', () => {
    expect(visible('ehr://patients/{mrn}')).toBe(true); // some patients allowed, VIP denied
    expect(visible('ehr://patients/VIP-{n}')).toBe(false); // all denied by no-vip-charts
    expect(visible('ehr://patients/VIP-{n}{?fields}')).toBe(false);
    expect(visible('ehr://notes/secret/{id}')).toBe(false);
    expect(visible('ehr://notes/{folder}/{id}')).toBe(true); // could be ehr://notes/public/x
    expect(visible('ehr://billing/{id}')).toBe(false); // no rule allows any: default deny
    expect(visible('{+anything}')).toBe(true); // could be ehr://patients/P-1
    expect(visible('EHR://Patients/VIP-{n}')).toBe(false); // normalised like a URI
    expect(visible('ehr://patients/{mrn')).toBe(true); // malformed: cannot tell, shown
    expect(visible('ehr://billing/{id}', 'open')).toBe(true); // default allow
  });

  it('refuses completions of a template some of whose resources are denied', () => {
    const complete = (uri: string) =>
      verdict({ method: 'completion/complete', resourceUri: uri, toolName: null });
    expect(complete('ehr://patients/{mrn}').rule?.id).toBe('no-vip-charts');
    expect(complete('ehr://patients/{mrn}').verdict).toBe('deny');
    expect(complete('ehr://notes/public/{id}').verdict).toBe('allow');
    expect(complete('ehr://notes/{folder}/{id}').rule?.id).toBe('no-secret-notes');
  });
});
