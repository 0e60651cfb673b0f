import { describe, expect, it } from 'vitest';
import { FieldRules, ruleHolds } from './field-rules';

const rules = new FieldRules();
/** The type a value under `key` is masked as, or undefined when it stays. */
const maskedAs = (key: string, value: string, siblings: string[] = [key], parent?: string) => {
  const rule = rules.ruleFor(key, parent, siblings);
  return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
};

describe('identifier keys', () => {
  it("mask a member's number under its plan's name and an authorization under what it authorizes", () => {
    expect(maskedAs('medicaid', 'W132696182', ['medicaid', 'dob'], 'child')).toBe('health_plan');
    expect(maskedAs('medicareNo', '652459239-01')).toBe('health_plan');
    expect(maskedAs('dmeAuth', '652459239-01', ['dmeAuth', 'model'], 'pump')).toBe('other_id');
    expect(maskedAs('medicaid', 'pending')).toBeUndefined();
    expect(maskedAs('medicaid', '2024-01-01')).toBeUndefined();
    expect(maskedAs('medicaidEligible', 'true')).toBeUndefined();
    expect(maskedAs('priorAuth', 'approved')).toBeUndefined();
  });

  it("mask the token that authorised a dispensing cabinet's override", () => {
    const row = ['time', 'cabinet', 'override'];
    expect(maskedAs('override', 'NH-7647-TKZ', row)).toBe('biometric');
    expect(maskedAs('override', '06abdf3130ff4bf7568aeded', row)).toBe('biometric');
    expect(maskedAs('overrideToken', 'FT-88213', ['pyxis', 'overrideToken'])).toBe('biometric');
    // A reason, a flag or an override with no cabinet beside it stays.
    expect(maskedAs('override', 'true', row)).toBeUndefined();
    expect(maskedAs('override', 'emergent need', row)).toBeUndefined();
    expect(maskedAs('override', 'NH-7647-TKZ', ['time', 'rule', 'override'])).toBeUndefined();
  });

  it('mask a security tag, a body print reference, a certification, a badge, a docket, a serial', () => {
    expect(maskedAs('securityTag', 'H5409964')).toBe('device');
    expect(maskedAs('footprintRef', 'FPR-56716768')).toBe('biometric');
    expect(maskedAs('palm_vein_template', 'BC38BF6CC976FD5C520C', [], 'patient')).toBe('biometric');
    expect(maskedAs('certification', 'NGC-27962', [], 'guardian')).toBe('license');
    expect(maskedAs('badge', '286892', [], 'worker')).toBe('other_id');
    expect(maskedAs('docket', '2022-ND-38931', [], 'courtOrdered')).toBe('other_id');
    expect(maskedAs('caregiverId', 'CG-506835')).toBe('other_id');
    expect(maskedAs('serial_of_signature_pad', 'KMT400776L')).toBe('device');
    expect(maskedAs('responder_unit', 'XZJ-9194', [], 'disposition')).toBe('vehicle');
    // Tags, footprints, badges and units that are no one's number stay.
    expect(maskedAs('imageTag', 'v20240501')).toBeUndefined();
    expect(maskedAs('memoryFootprint', '512MB1')).toBeUndefined();
    expect(maskedAs('badge', 'Gold')).toBeUndefined();
    expect(maskedAs('certification', 'CPR, BLS')).toBeUndefined();
    expect(maskedAs('responder_unit', 'Medic 12')).toBeUndefined();
    expect(maskedAs('unit', 'ICU-12')).toBeUndefined();
  });

  it("mask a person in custody's number and a corrections number beside the person's fields, not a document's", () => {
    expect(maskedAs('inmateNumber', 'K40718')).toBe('other_id');
    expect(maskedAs('offender_id', '3390127')).toBe('other_id');
    expect(maskedAs('docNumber', 'T55120', ['inmateName', 'docNumber', 'dob'])).toBe('other_id');
    expect(maskedAs('docNumber', 'T55120', ['title', 'docNumber', 'pages'])).toBeUndefined();
  });

  it("mask a client's number beside the client's own fields, not an application's client id", () => {
    expect(maskedAs('clientId', 'MR528156', ['clientId', 'name', 'birthDate'])).toBe('mrn');
    expect(maskedAs('client_id', '1788581', ['collected', 'client', 'client_id', 'result_value'])).toBe(
      'mrn',
    );
    expect(maskedAs('client_id', 'app-4471-web', ['client_id', 'client_secret', 'scope'])).toBeUndefined();
  });

  it('mask the client\'s name under "client" beside the client\'s number, not an application or an organisation', () => {
    const header = ['collected', 'specimen_id', 'client', 'client_id', 'collection'];
    expect(maskedAs('client', 'Rhovrour, Quoeluur', header)).toBe('name');
    expect(maskedAs('client', 'Nyxong K. Akwong', ['client', 'clientNo'])).toBe('name');
    expect(maskedAs('client', 'Jorlaq de la Vega', ['client', 'client_number'])).toBe('name');
    // An application's client, an organisation, a count or a flag under the same key stays.
    expect(maskedAs('client', 'web-app', ['client', 'client_id', 'client_secret'])).toBeUndefined();
    expect(maskedAs('client', 'Riverside Health Services', header)).toBeUndefined();
    expect(maskedAs('client', 'portal v2', header)).toBeUndefined();
    expect(maskedAs('client', '12', header)).toBeUndefined();
    // Without the client's number beside it, "client" alone says nothing.
    expect(maskedAs('client', 'Rhovrour, Quoeluur', ['client', 'version'])).toBeUndefined();
  });

  it("mask an MDS resident's facility number and the items written with their names after them", () => {
    expect(maskedAs('FAC_RES_ID', 'MR861634', [], 'ASMT')).toBe('mrn');
    expect(maskedAs('A0500A_FIRST', 'FRANCO', [], 'ASMT')).toBe('name');
    expect(maskedAs('A0900_BIRTH_DT', '19701118', [], 'ASMT')).toBe('date');
  });

  it("mask a user's number a system gives in place of a login", () => {
    expect(maskedAs('user_id', 'E650882', [], '0')).toBe('name');
    expect(maskedAs('user_id', 'system')).toBeUndefined();
  });
  it("mask an appointment's number, a device's own number, a plan's group and member, a numbered file", () => {
    expect(maskedAs('appointmentId', 'A-34324703', ['appointmentId', 'start'], 'appointments')).toBe(
      'other_id',
    );
    expect(maskedAs('appt_no', '2025-AP-0042')).toBe('other_id');
    expect(maskedAs('bookingRef', 'BK553201')).toBe('other_id');
    expect(maskedAs('transmitterId', 'TX73184985', [], 'remoteMonitoring')).toBe('device');
    expect(maskedAs('pump_serial_no', 'PMP-2049911')).toBe('device');
    expect(maskedAs('kiosk', 'KSK-87421', ['kiosk', 'ip'], 'deviceUsed')).toBe('device');
    expect(maskedAs('group', 'GRP 681077', ['name', 'memberId', 'group'], 'subscriber')).toBe('health_plan');
    expect(maskedAs('group', 'G0103157', ['payer', 'memberId', 'group'], 'claim')).toBe('health_plan');
    expect(maskedAs('groupNo', '17759-JA', [], 'insurance')).toBe('health_plan');
    expect(maskedAs('member', '340419688-01', ['payer', 'member'], 'insurance')).toBe('health_plan');
    expect(maskedAs('attachments', 'KW24-234907.pdf', [], 'arguments')).toBe('other_id');
    expect(maskedAs('attachment', 'S25-28781.PDF', [], 'referral')).toBe('other_id');
    // UUIDs, counts, types, flags, words, versions and named files under the same keys stay.
    expect(maskedAs('appointmentId', '540ec73a-ba60-4a48-99be-1181d6f3203b')).toBeUndefined();
    expect(maskedAs('appointmentCount', '12345')).toBeUndefined();
    expect(maskedAs('apptType', 'follow-up')).toBeUndefined();
    expect(maskedAs('transmitterModel', 'TX-9000')).toBeUndefined();
    expect(maskedAs('kiosk', 'Lobby 2')).toBeUndefined();
    expect(maskedAs('group', 'GRP 681077', ['name', 'role', 'group'], 'user')).toBeUndefined();
    expect(maskedAs('group', 'admins', ['payer', 'memberId', 'group'], 'insurance')).toBeUndefined();
    expect(maskedAs('groupBy', '20240', ['payer', 'memberId'], 'insurance')).toBeUndefined();
    expect(maskedAs('member', 'true', ['payer', 'member'], 'insurance')).toBeUndefined();
    expect(maskedAs('member', '340419688-01', ['team', 'member'], 'project')).toBeUndefined();
    expect(maskedAs('attachments', 'discharge_summary.pdf')).toBeUndefined();
    expect(maskedAs('file', 'report-2024.pdf')).toBeUndefined();
    expect(maskedAs('firmwareVersion', '2.4.11', [], 'transmitter')).toBeUndefined();
  });

  it("mask a claim's and a referral's number under the record's name, and a member's under its coverage", () => {
    expect(maskedAs('claim', 'CLM-7051594696', ['patientName', 'claim'])).toBe('other_id');
    expect(maskedAs('ClaimRef', '49X253769508')).toBe('other_id');
    expect(maskedAs('referral', 'RF-2024410862')).toBe('other_id');
    expect(maskedAs('refId', 'R88123456')).toBe('other_id');
    expect(maskedAs('ins_mbr', 'BTC85593751')).toBe('health_plan');
    expect(maskedAs('planSubscriber', '108-031-908')).toBe('health_plan');
    // A claims export's "member" column beside the claim's number.
    expect(maskedAs('member', 'YHT68877268', ['claim_id', 'patient', 'dob', 'member', 'dos'])).toBe(
      'health_plan',
    );
    expect(maskedAs('member', 'YHT68877268', ['team', 'member', 'role'])).toBeUndefined();
    // A status, a FHIR reference, a date, a git ref and a member's name stay.
    expect(maskedAs('claim', 'denied')).toBeUndefined();
    expect(maskedAs('claimRef', 'Claim/123')).toBeUndefined();
    expect(maskedAs('referral', '2024-05-01')).toBeUndefined();
    expect(maskedAs('ref', 'a1b2c3d4e5')).toBeUndefined();
    expect(maskedAs('ins_mbr', 'self')).toBeUndefined();
  });
});
