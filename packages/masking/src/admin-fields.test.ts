import { describe, expect, it } from 'vitest';
import { adminFieldRule } from './admin-fields';
import { normalizeKey, ruleHolds } from './field-rules';

/** The type a value under `key` is masked as, or undefined when it is left to detection. */
function typeOf(key: string, value: string, parentKey?: string, siblings: readonly string[] = []) {
  const rule = adminFieldRule(normalizeKey(key), parentKey, siblings);
  return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
}

describe('admin field rules', () => {
  it('reads a login under an audit or work-queue key', () => {
    expect(typeOf('user_id', 'anna.lee')).toBe('name');
    expect(typeOf('USER_ID', 'LEE.A')).toBe('name');
    expect(typeOf('operator', 'jworthy')).toBe('name');
    expect(typeOf('analyst', 'a_lee2')).toBe('name');
    expect(typeOf('id', 'LEE.A', 'user')).toBe('name');
    expect(typeOf('user_id', 'zoë.quill')).toBe('name');
    // The number a system gives its user, figures alone or after a letter.
    expect(typeOf('user_id', '057192')).toBe('name');
    expect(typeOf('user_id', '662400')).toBe('name');
    expect(typeOf('user_id', 'E650882')).toBe('name');
  });

  it('leaves a system account, a number or a sentence under a login key', () => {
    expect(typeOf('user_id', 'system')).toBeUndefined();
    expect(typeOf('user_id', 'CRON')).toBeUndefined();
    expect(typeOf('user_id', '412')).toBeUndefined();
    expect(typeOf('user_id', '7')).toBeUndefined();
    expect(typeOf('operator', 'night shift team')).toBeUndefined();
    // An event's own id is no one's login.
    expect(typeOf('id', 'evt-0192', 'event')).toBeUndefined();
    expect(typeOf('id', 'anna.lee')).toBeUndefined();
  });

  it('reads credentialing and request numbers', () => {
    expect(typeOf('caqhId', '10293847')).toBe('other_id');
    expect(typeOf('PECOS_ID', 'I20231104000123')).toBe('other_id');
    expect(typeOf('REQ#', 'R102938')).toBe('other_id');
    expect(typeOf('req number', 'R102938')).toBe('other_id');
    expect(typeOf('incident_number', 'INC-40213')).toBe('other_id');
    expect(typeOf('activationCode', 'QWZX402139')).toBe('other_id');
  });

  it("reads a request's id beside the patient it is about", () => {
    expect(typeOf('requestId', '522S42641', undefined, ['requestId', 'createdAt', 'patient'])).toBe(
      'other_id',
    );
    expect(typeOf('request_id', 'TR-2024-00931', undefined, ['request_id', 'mrn'])).toBe('other_id');
  });

  it('leaves a request id with no patient beside it, and a trace id beside one', () => {
    expect(typeOf('requestId', '522S42641', undefined, ['requestId', 'status'])).toBeUndefined();
    const withPatient = ['requestId', 'patient'];
    expect(
      typeOf('requestId', '3f2a9c1e-0b7d-4c1e-9a55-8e2f6c0d1b2a', undefined, withPatient),
    ).toBeUndefined();
    expect(typeOf('requestId', '8f3a2b91c4e5d6f7', undefined, withPatient)).toBeUndefined();
    expect(typeOf('requestId', 'req_7Hq2Kx9Lm3', undefined, withPatient)).toBeUndefined();
  });

  it('leaves a request id that is a trace id and a request with no figures', () => {
    expect(typeOf('requestNumber', '3f2a9c1e-0b7d-4c1e-9a55-8e2f6c0d1b2a')).toBeUndefined();
    expect(typeOf('req', 'Y')).toBeUndefined();
  });

  it('reads the identifying items of an MDS 3.0 assessment', () => {
    expect(typeOf('A0500A', 'Opal')).toBe('name');
    expect(typeOf('A0500C', 'Quenby')).toBe('name');
    expect(typeOf('A0600A', '000112222')).toBe('ssn');
    expect(typeOf('A0600B', '1EG4TE5MK73')).toBe('health_plan');
    expect(typeOf('A0700', 'QX1029384')).toBe('health_plan');
    expect(typeOf('A0900', '19320405')).toBe('date');
    expect(typeOf('A2300', '20240907')).toBe('date');
  });

  it('leaves MDS placeholders and items that identify no one', () => {
    expect(typeOf('A0700', '+')).toBeUndefined();
    expect(typeOf('A0700', '^')).toBeUndefined();
    expect(typeOf('C0500', '12')).toBeUndefined();
    expect(typeOf('A0800', '2')).toBeUndefined();
  });

  it('reads a computed age, masked like every age only over 89', () => {
    expect(typeOf('AGE_CALC', '101')).toBe('age');
    expect(typeOf('AGE-Last Birthday (Years)', '94')).toBe('age');
    expect(typeOf('agecalc', 'n/a')).toBeUndefined();
  });

  it("reads an index's local record number beside its source system or a name", () => {
    expect(typeOf('local_id', '00410293', undefined, ['source_system', 'local_id'])).toBe('mrn');
    expect(typeOf('local_id', '00410293', undefined, ['cache', 'local_id'])).toBeUndefined();
  });
});
