import { describe, expect, it } from 'vitest';
import { FieldRules, normalizeKey, ruleHolds } from './field-rules';
import { createMasker } from './masker';

const rules = new FieldRules();
const typeOf = (key: string, parent?: string, siblings: string[] = []) =>
  rules.ruleFor(key, parent, siblings)?.type;

describe('field rules', () => {
  it("date one care event by its month and day alone beside a person; a plural key's fraction stays", () => {
    const holds = (key: string, value: string) => {
      const rule = rules.ruleFor(key, undefined, [key, 'DOB', 'Last', 'First']);
      return rule !== undefined && ruleHolds(rule, value);
    };
    expect(holds('Appt', '9/2')).toBe(true);
    expect(holds('nextVisit', '12/31')).toBe(true);
    expect(holds('Appt', '3/9/26')).toBe(true);
    expect(holds('visits', '2/3')).toBe(false);
    expect(holds('Appt', '13/2')).toBe(false);
    expect(holds('Appt', 'Tuesday')).toBe(false);
  });

  it("decide a key by its own parent and siblings: a decision remembered for one record's shape is no other's", () => {
    const fresh = new FieldRules();
    const card = ['type', 'brand', 'number', 'exp', 'cvv'];
    for (let round = 0; round < 2; round++) {
      expect(fresh.ruleFor('number', 'method', card)?.type).toBe('account');
      expect(fresh.ruleFor('number', 'method', ['number', 'total'])).toBeUndefined();
      // Siblings whose names joined together would spell the card's ("exp/cvv" as one key).
      expect(fresh.ruleFor('number', 'method', ['type', 'brand', 'number', 'exp/cvv'])).toBeUndefined();
      expect(fresh.ruleFor('number', 'method', ['type/brand', 'number', 'cvv'])?.type).toBe('account');
    }
  });

  it("read administration systems' own fields: an access audit's login, a credentialing id, an MDS item", () => {
    expect(typeOf('accessed_by')).toBe('name');
    expect(typeOf('caqhId')).toBe('other_id');
    expect(typeOf('A0600A')).toBe('ssn');
    expect(typeOf('chart_section')).toBeUndefined();
  });

  it("read a login under a qualified user key or a role's id, in any key style; a system's value stays", () => {
    const holds = (key: string, value: string) => {
      const rule = rules.ruleFor(key, undefined, [key, 'action']);
      return rule?.type === 'name' && ruleHolds(rule, value);
    };
    expect(holds('portal_user', 'giyer')).toBe(true);
    expect(holds('portalUser', 'itzel.mayweather')).toBe(true);
    expect(holds('EHR-Username', 'a_lee2')).toBe(true);
    expect(holds('OwnerId', 'psharp')).toBe(true);
    expect(holds('assignee_id', 'Smith, Jane')).toBe(true);
    expect(holds('reviewer-login', "o'neill.t")).toBe(true);
    expect(holds('approverUid', 'Jane Smith')).toBe(true);
    // A system's own id or account, an organisation, a number: no person's login.
    expect(holds('OwnerId', '005Dn000003AbCdIAK')).toBe(false);
    expect(holds('OwnerId', 'system')).toBe(false);
    expect(holds('portal_user', '4312')).toBe(false);
    expect(holds('owner_id', 'Lakeshore Orthopaedic Group')).toBe(false);
    expect(typeOf('receiptHandle')).toBeUndefined();
    expect(typeOf('user_agent')).toBeUndefined();
    expect(typeOf('template_user')).toBeUndefined();
    expect(typeOf('event_id')).toBeUndefined();
    expect(typeOf('role_user')).toBeUndefined();
  });

  it("read a CRM's custom field by the name before its suffix", () => {
    expect(typeOf('Mailing_City__c')).toBe('geo');
    expect(typeOf('Mailing_Postal__c')).toBe('zip');
    expect(typeOf('Plate__c')).toBe('vehicle');
    expect(typeOf('Drivers_License__c')).toBe('license');
    expect(typeOf('Home_Phone__pc')).toBe('phone');
    expect(typeOf('Claimant_Name__c')).toBe('name');
    expect(typeOf('Diagnosis_Code__c')).toBeUndefined();
    expect(typeOf('Status__c')).toBeUndefined();
    expect(typeOf('__c')).toBeUndefined();
  });

  it('read coordinates, care-event dates and case, registry and authorisation numbers by their keys', () => {
    expect(typeOf('locationLatitude')).toBe('geo');
    expect(typeOf('longitude')).toBe('geo');
    expect(typeOf('orderedOn')).toBe('date');
    expect(typeOf('SlotStart')).toBe('date');
    expect(typeOf('registry_id')).toBe('other_id');
    expect(typeOf('policeReportNumber')).toBe('other_id');
    expect(typeOf('prior_auth_ref')).toBe('other_id');
    expect(typeOf('latency')).toBeUndefined();
    const coordinates = rules.ruleFor('current_location', undefined, ['current_location', 'blood_group']);
    expect(coordinates?.type).toBe('geo');
    expect(coordinates !== undefined && ruleHolds(coordinates, '-104.2796736')).toBe(true);
    expect(coordinates !== undefined && ruleHolds(coordinates, 'Room 4')).toBe(false);
    expect(coordinates !== undefined && ruleHolds(coordinates, '0.4172')).toBe(false);
    expect(typeOf('orderStatus')).toBeUndefined();
    expect(typeOf('priorAuths')).toBeUndefined();
  });

  it("read a payment method's number beside its expiry or security code as the card's", () => {
    const card = rules.ruleFor('number', 'method', ['type', 'brand', 'number', 'exp', 'cvv']);
    expect(card?.type).toBe('account');
    expect(card !== undefined && ruleHolds(card, '4111111111111111')).toBe(true);
    expect(card !== undefined && ruleHolds(card, '4111 1111 1111 1111')).toBe(true);
    expect(card !== undefined && ruleHolds(card, '12')).toBe(false);
    expect(typeOf('number', 'page', ['number', 'size'])).toBeUndefined();
  });

  it("read a number under an unnamed key in a person's list of numbers as an identifier", () => {
    const listed = rules.ruleFor('other', 'ids', ['passport', 'drivers_license', 'other']);
    expect(listed?.type).toBe('other_id');
    expect(listed !== undefined && ruleHolds(listed, 'FT 33 73 57 C')).toBe(true);
    expect(listed !== undefined && ruleHolds(listed, 'CLM-543451442')).toBe(true);
    expect(listed !== undefined && ruleHolds(listed, 'see chart')).toBe(false);
    expect(typeOf('passport', 'ids', ['passport', 'other'])).toBe('license');
    expect(typeOf('other', 'flags', ['other'])).toBeUndefined();
  });

  it("take a hospital account record ('har') as an account number", () => {
    expect(typeOf('har')).toBe('account');
    expect(typeOf('HAR_Number')).toBe('account');
    expect(typeOf('hardware')).toBeUndefined();
  });

  it("take an encounter's contact serial number (CSN) and financial number (FIN) as its account", () => {
    expect(typeOf('csn', 'encounter', ['csn', 'serviceDate'])).toBe('account');
    expect(typeOf('encounterCsn')).toBe('account');
    expect(typeOf('PAT_ENC_CSN_ID')).toBe('account');
    expect(typeOf('contactSerialNumber')).toBe('account');
    expect(typeOf('fin_nbr')).toBe('account');
    expect(typeOf('serialNumber')).toBe('device');
    expect(typeOf('contactId')).toBeUndefined();
    const shaped = (key: string, value: string) => {
      const rule = rules.ruleFor(key, undefined, [key]);
      return rule !== undefined && ruleHolds(rule, value);
    };
    expect(shaped('encounter_no', 'E2024-00817')).toBe(true);
    expect(shaped('visitNumber', '3')).toBe(false);
  });

  it("date a calendar event's start and end, and leave a mail system's internal date", () => {
    expect(typeOf('dateTime', 'start', ['dateTime', 'timeZone'])).toBe('date');
    expect(typeOf('dateTime', 'end', ['dateTime', 'timeZone'])).toBe('date');
    expect(typeOf('date', 'start', ['date'])).toBe('date');
    expect(typeOf('dateTime', 'createdAt', ['dateTime'])).toBeUndefined();
    expect(typeOf('internalDate', undefined, ['id', 'threadId', 'snippet'])).toBeUndefined();
  });

  it('compare keys case- and style-insensitively', () => {
    for (const key of [
      'dob',
      'DOB',
      'dateOfBirth',
      'date_of_birth',
      'Date-Of-Birth',
      'DATE_OF_BIRTH',
      'birthDate',
    ]) {
      expect(typeOf(key), key).toBe('date');
    }
    expect(normalizeKey('Patient_ID')).toBe('patientid');
    expect(typeOf('patient_id')).toBe('mrn');
    expect(typeOf('MRN')).toBe('mrn');
    expect(typeOf('ssn')).toBe('ssn');
  });

  it('match compound keys by their trailing words', () => {
    expect(typeOf('homePhone')).toBe('phone');
    expect(typeOf('emergency_contact_phone')).toBe('phone');
    expect(typeOf('billingZip')).toBe('zip');
    expect(typeOf('patientEmail')).toBe('email');
    expect(typeOf('gzip')).toBeUndefined();
    expect(typeOf('requestId')).toBeUndefined();
    expect(typeOf('toolName')).toBeUndefined();
  });

  it('give generic keys the meaning of their parent, and strong words anywhere in a key', () => {
    expect(typeOf('id', 'insured')).toBe('health_plan');
    expect(typeOf('number', 'subscriberInfo')).toBe('health_plan');
    expect(typeOf('id', 'patient')).toBe('mrn');
    expect(typeOf('fileName', 'photos')).toBe('photo');
    expect(typeOf('id', 'tool')).toBeUndefined();
    expect(typeOf('biometricTemplateId')).toBe('biometric');
    expect(typeOf('templateId', 'biometrics')).toBe('biometric');
    expect(typeOf('templateId', 'notification')).toBeUndefined();
    expect(typeOf('faceMatchId')).toBe('biometric');
    expect(typeOf('iris_template')).toBe('biometric');
    expect(typeOf('city_nm')).toBe('geo');
    expect(typeOf('CITY_NM')).toBe('geo');
    expect(typeOf('att_nm')).toBe('name');
    expect(typeOf('attending_nm')).toBe('name');
    expect(typeOf('ATTENDING_PROV_NAME')).toBe('name');
    expect(typeOf('AttendingProvider')).toBe('name');
    expect(typeOf('nok_name')).toBe('name');
    expect(typeOf('age_yrs')).toBe('age');
    expect(typeOf('drug_nm')).toBeUndefined();
    expect(typeOf('facility_name')).toBeUndefined();
    expect(typeOf('when', undefined, ['patient', 'when', 'reason'])).toBe('date');
    expect(typeOf('when', undefined, ['job', 'when'])).toBeUndefined();
    expect(typeOf('callbackNumber')).toBe('phone');
    expect(typeOf('patientNumber')).toBe('mrn');
    expect(typeOf('chartNo')).toBe('mrn');
    expect(typeOf('memberNbr')).toBe('health_plan');
  });

  it('read a role key as a name when it holds a string, and walk into it when it holds a record', () => {
    const out = createMasker().maskJson({
      attending: 'Quorvan Tesk',
      patient: { gender: 'female', status: 'active', name: 'Test Patient' },
    });
    expect(out.value).toEqual({
      attending: '[NAME]',
      patient: { gender: 'female', status: 'active', name: '[NAME]' },
    });
  });

  it('type prescription and accession numbers, ID documents, who-did-it keys and SMS numbers', () => {
    expect(typeOf('RxNumber')).toBe('other_id');
    expect(typeOf('accession_no')).toBe('other_id');
    expect(typeOf('IdChecked')).toBe('license');
    expect(typeOf('pickedUpBy')).toBe('name');
    expect(typeOf('entered_by')).toBe('name');
    expect(typeOf('sortBy')).toBeUndefined();
    expect(typeOf('caller_name')).toBe('name');
    expect(typeOf('alert_sms')).toBe('phone');
    expect(typeOf('display', 'generalPractitioner')).toBe('name');
    expect(typeOf('display', 'coding', ['system', 'code', 'display'])).toBeUndefined();
  });

  it('read a user key as a person and a lower-case value that is only a name as a name', () => {
    expect(typeOf('user')).toBe('name');
    expect(typeOf('userName')).toBe('name');
    const { value } = createMasker().maskJson({
      role: 'user',
      content: 'haruto watanabe',
      status: 'in progress',
    });
    expect(value).toEqual({ role: 'user', content: '[NAME]', status: 'in progress' });
  });

  it('type the clinical times of FHIR resources as dates (not system times)', () => {
    expect(typeOf('effectiveDateTime')).toBe('date');
    expect(typeOf('whenHandedOver')).toBe('date');
    expect(typeOf('authoredOn')).toBe('date');
    expect(typeOf('lastUpdated')).toBeUndefined();
    expect(typeOf('start', 'period')).toBe('date');
    expect(typeOf('start', undefined, ['resourceType', 'start', 'participant'])).toBe('date');
    expect(typeOf('start', 'window')).toBeUndefined();
  });

  it("read an organisation's display name as no person's: serviceProvider, managingOrganization, insurer", () => {
    expect(typeOf('display', 'serviceProvider')).toBeUndefined();
    expect(typeOf('display', 'managingOrganization')).toBeUndefined();
    expect(typeOf('name', 'providerOrganization')).toBeUndefined();
    expect(typeOf('display', 'provider')).toBe('name');
  });

  it('spell out abbreviated keys before reading them', () => {
    expect(typeOf('pt_fname')).toBe('name');
    expect(typeOf('guar_name')).toBe('name');
    expect(typeOf('GUAR')).toBe('name');
    expect(typeOf('acct_no')).toBe('account');
    expect(typeOf('billingAcct')).toBe('account');
    expect(typeOf('dl_num')).toBe('license');
    expect(typeOf('ph_home')).toBe('phone');
    expect(typeOf('cty')).toBe('geo');
    expect(typeOf('addr1')).toBe('street_address');
    expect(typeOf('nm', 'emerg_contact')).toBe('name');
    expect(typeOf('Forename')).toBe('name');
    expect(typeOf('statusCd')).toBeUndefined();
    expect(typeOf('phoneType')).toBeUndefined();
    expect(typeOf('mobileNumber')).toBe('phone');
    expect(typeOf('Member #')).toBe('health_plan');
    expect(typeOf('admitDt')).toBe('date');
    expect(typeOf('primaryPhysician')).toBe('name');
    expect(typeOf('relationshipToPatient')).toBeUndefined();
    expect(typeOf('author')).toBe('name');
    expect(typeOf('clinician')).toBe('name');
    expect(typeOf('first', 'names')).toBe('name');
    expect(typeOf('last', 'patientName')).toBe('name');
    expect(typeOf('first', 'page')).toBeUndefined();
  });

  it("reads a person's own first and last name parts", () => {
    expect(typeOf('first', 'patient')).toBe('name');
    expect(typeOf('last', 'guarantor')).toBe('name');
    expect(typeOf('first', 'results')).toBeUndefined();
    expect(typeOf('last', 'facility')).toBeUndefined();
    expect(typeOf('text', 'patient')).toBeUndefined();
  });

  it('treat `name` as a person only in an object about a person', () => {
    expect(typeOf('name', 'patient')).toBe('name');
    expect(typeOf('name', 'emergencyContacts')).toBe('name');
    expect(typeOf('name', undefined, ['name', 'birthDate', 'gender'])).toBe('name');
    expect(typeOf('name', 'medication', ['name', 'dose'])).toBeUndefined();
    expect(typeOf('name', 'tool')).toBeUndefined();
    expect(typeOf('patientName')).toBe('name');
    expect(typeOf('medicationName')).toBeUndefined();
  });

  it("read a role's name part, a role's name after other words, and the handler of a piece of work", () => {
    const holds = (key: string, value: string, parent?: string) => {
      const rule = rules.ruleFor(key, parent, [key]);
      return rule?.type === 'name' && ruleHolds(rule, value);
    };
    expect(holds('pt_last', 'Vantorre')).toBe(true);
    expect(holds('pat_first', 'May')).toBe(true);
    expect(holds('guarantorFirst', 'Ilse')).toBe(true);
    expect(holds('insured_middle', 'Q.')).toBe(true);
    expect(holds('pt_fn', 'Isolde')).toBe(true);
    expect(holds('mbr_ln', 'Wendover')).toBe(true);
    expect(typeOf('addr_ln1')).toBeUndefined();
    expect(holds('nok_given_name', 'Brisa')).toBe(true);
    expect(holds('crm_owner_name', 'Tobin Ashgrove')).toBe(true);
    expect(holds('caller_id_name', 'ASHGROVE, TOBIN')).toBe(true);
    expect(holds('Adjuster__c', 'Tobin Ashgrove')).toBe(true);
    expect(holds('assignee', 'Tobin Ashgrove')).toBe(true);
    expect(holds('agent', 'Ngaio Pellow-Ruiz')).toBe(true);
    expect(holds('real_name', 'Ngaio Pellow')).toBe(true);
    expect(typeOf('displayName', 'reporter')).toBe('name');
    expect(typeOf('initials', 'patient')).toBe('name');
    expect(typeOf('initials', undefined, ['initials', 'birthDate'])).toBe('name');
    expect(typeOf('initials', 'form', ['initials', 'version'])).toBeUndefined();
    expect(typeOf('name', 'assignee')).toBe('name');
    // A handler's value that is no name: a bot's, a team's number, an organisation.
    expect(holds('agent', 'ivr-bot-2')).toBe(false);
    expect(holds('assignee', 'Team 4')).toBe(false);
    expect(holds('adjuster', 'Northgate Claims Group')).toBe(false);
    // Firsts and lasts that are no name's parts, names that are a thing's.
    expect(typeOf('last_visit')).toBeUndefined();
    expect(typeOf('patient_last_visit')).toBeUndefined();
    expect(typeOf('first_page')).toBeUndefined();
    expect(typeOf('patient_file_name')).toBeUndefined();
    expect(typeOf('owner_org_name')).toBeUndefined();
    expect(typeOf('sort_by_name')).toBeUndefined();
    expect(typeOf('drug_name')).toBeUndefined();
  });

  it('mask whole values, including numbers, and keep neutral parts of a masked object', () => {
    const masker = createMasker();
    const out = masker.maskJson({
      patient: {
        name: 'Test Patient',
        dateOfBirth: '1931-02-01',
        phone: 5550101234,
        age: 95,
        address: { line: ['12 Elm Row'], city: 'Anytown', state: 'IL', postalCode: '62704', country: 'US' },
      },
      medication: { name: 'metformin', dose: '500 mg' },
      younger: { age: 45 },
    });
    expect(out.value).toEqual({
      patient: {
        name: '[NAME]',
        dateOfBirth: '[DATE]',
        phone: '[PHONE]',
        age: '[AGE]',
        address: {
          line: ['[STREET_ADDRESS]'],
          city: '[GEO]',
          state: 'IL',
          postalCode: '[ZIP]',
          country: 'US',
        },
      },
      medication: { name: 'metformin', dose: '500 mg' },
      younger: { age: 45 },
    });
  });

  it('are configurable: keys added and removed, JSON paths with wildcards', () => {
    const masker = createMasker({
      rules: {
        fields: {
          add: { chartRef: 'mrn' },
          remove: ['city'],
          paths: { '$.visits[*].note': 'other_id' },
        },
      },
    });
    const out = masker.maskJson({
      chartRef: 'C-1',
      city: 'Anytown',
      visits: [{ note: 'free text' }, { note: 'x y' }],
    });
    expect(out.value).toEqual({
      chartRef: '[MRN]',
      city: 'Anytown',
      visits: [{ note: '[OTHER_ID]' }, { note: '[OTHER_ID]' }],
    });
  });

  it("read an encounter's financial number (FIN) under each of its keys, and leave Singapore's FIN", () => {
    const finOf = (key: string, value: string) => {
      const rule = rules.ruleFor(key, undefined, []);
      return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
    };
    for (const key of [
      'fin',
      'FIN',
      'fin_nbr',
      'finNumber',
      'financial_number',
      'encounter_fin_number',
      'fin_numbers',
    ]) {
      expect(finOf(key, 'PA10293847')).toBe('account');
      expect(finOf(key, '2231-004-918')).toBe('account');
      // A foreigner's identity number in Singapore is left to the national identifiers.
      expect(finOf(key, 'F7654321Q')).toBeUndefined();
      expect(finOf(key, 'dorsal')).toBeUndefined();
    }
  });

  it("configured in a rules file override an administration system's field", () => {
    const masker = createMasker({
      rulesYaml: 'fields:\n  add: { operator: other_id, fin: mrn }\n  remove: [analyst]\n',
    });
    const out = masker.maskJson({
      operator: 'jworthy',
      fin: 'PA10293847',
      analyst: 'Sorting',
      user_id: 'a_lee2',
    });
    expect(out.value).toEqual({
      operator: '[OTHER_ID]',
      fin: '[MRN]',
      analyst: 'Sorting',
      user_id: '[NAME]',
    });
  });

  it('added in a rules file reach labels in text, YAML lines and table headers', () => {
    const rulesYaml = 'fields:\n  add: { chartRef: mrn, bedTag: other_id }\n';
    const custom = createMasker({ rulesYaml });
    const plain = createMasker();
    const form = 'Intake\nChart Ref: QX-ALPHA-7\nReason: cough';
    expect(custom.maskText(form).text).toBe('Intake\nChart Ref: [MRN]\nReason: cough');
    expect(plain.maskText(form).text).toBe(form);
    const yaml = 'patient:\n  chart_ref: QX-ALPHA-7\n  bed_tag: N4-12\n';
    expect(custom.maskText(yaml).text).toBe('patient:\n  chart_ref: [MRN]\n  bed_tag: [OTHER_ID]\n');
    const table = 'chartRef,reason,ward\nQX-ALPHA-7,cough,4N\nQX-BETA-9,fever,2S';
    expect(custom.maskText(table).text).toBe('chartRef,reason,ward\n[MRN],cough,4N\n[MRN],fever,2S');
    expect(plain.maskText(table).text).toBe(table);
  });

  it('read a care event key beside a person as a date, only when its value is one', () => {
    const masker = createMasker();
    const out = masker.maskJson({
      incident: {
        patient: 'Quenby Marisol',
        occurred: '2024-02-11T16:30:00-05:00',
        generatedAt: '2024-02-12T01:00:00Z',
      },
      next: {
        mrn: '0041233',
        nextVisit: '03/14/2025',
        lastAppointmentTime: '2025-01-09 09:15',
        visitType: 'follow-up',
      },
      job: { occurred: '2024-02-11T16:30:00Z', nextVisit: '2025-03-14T10:00:00Z' },
      words: { patient: 'Quenby Marisol', nextVisit: 'after the scan' },
    });
    expect(out.value).toEqual({
      incident: { patient: '[NAME]', occurred: '[DATE]', generatedAt: '2024-02-12T01:00:00Z' },
      next: { mrn: '[MRN]', nextVisit: '[DATE]', lastAppointmentTime: '[DATE]', visitType: 'follow-up' },
      job: { occurred: '2024-02-11T16:30:00Z', nextVisit: '2025-03-14T10:00:00Z' },
      words: { patient: '[NAME]', nextVisit: 'after the scan' },
    });
    expect(typeOf('createdAt', undefined, ['patient'])).toBeUndefined();
    expect(typeOf('visitCount', undefined, ['patient'])).toBeUndefined();
  });

  it('read a care act in the past participle beside a person as its date, run-together dates too', () => {
    const out = createMasker().maskJson({
      procedure: {
        patient: 'Quenby Marisol',
        kind: 'colonoscopy',
        performedOn: '20240312',
        admitted: '202403121405',
      },
      vaccine: { mrn: '0041233', administered_at: '2025-01-09', lot: 'EK5730', dose: '0.5 mL' },
      batch: { performedOn: '20240312', count: '20240312' },
    });
    expect(out.value).toEqual({
      procedure: { patient: '[NAME]', kind: 'colonoscopy', performedOn: '[DATE]', admitted: '[DATE]' },
      vaccine: { mrn: '[MRN]', administered_at: '[DATE]', lot: 'EK5730', dose: '0.5 mL' },
      batch: { performedOn: '20240312', count: '20240312' },
    });
  });

  it("keeps a machine's stamp beside the key naming who did the act, as an audit pair", () => {
    const out = createMasker().maskJson({
      review: {
        performed: '2024-06-02T08:41:17.052Z',
        performedBy: 'Tamsin Orwell, PharmD',
        patient: 'Quenby Marisol',
      },
      stay: { admitted: '2024-06-02T08:41:17+02:00', discharged: '2024-06-05', mrn: '0041233' },
    });
    expect(out.value).toEqual({
      review: { performed: '2024-06-02T08:41:17.052Z', performedBy: '[NAME]', patient: '[NAME]' },
      stay: { admitted: '[DATE]', discharged: '[DATE]', mrn: '[MRN]' },
    });
  });

  it('read the field names of forms in German, Spanish, French, Italian, Portuguese and Dutch', () => {
    expect(typeOf('Straße')).toBe('street_address');
    expect(typeOf('domicilio')).toBe('street_address');
    expect(typeOf('Adresse')).toBe('street_address');
    expect(typeOf('PLZ')).toBe('zip');
    expect(typeOf('Wohnort')).toBe('geo');
    expect(typeOf('Geb.-Datum')).toBe('date');
    expect(typeOf('fecha_nacimiento')).toBe('date');
    expect(typeOf('apellidos')).toBe('name');
    expect(typeOf('Código Postal')).toBe('zip');
    expect(typeOf('date_de_naissance')).toBe('date');
    expect(typeOf('codice_postale')).toBe('zip');
    expect(typeOf('geboortedatum')).toBe('date');
    expect(typeOf('nombre', 'paciente')).toBe('name');
    expect(typeOf('nombre', 'medicamento')).toBeUndefined();
    expect(typeOf('cp', 'paciente')).toBe('zip');
    expect(typeOf('cp', 'vitals')).toBeUndefined();
    expect(typeOf('nro', 'receta')).toBe('other_id');
  });

  it("read a bare name column as a person's beside a first name or birth date in any language", () => {
    expect(typeOf('Name', undefined, ['Auftragsnr', 'Name', 'Vorname', 'Geb.-Datum'])).toBe('name');
    expect(typeOf('nom', undefined, ['nom', 'prenom'])).toBe('name');
    expect(typeOf('name', undefined, ['name', 'dose', 'route'])).toBeUndefined();
    expect(typeOf('name', undefined, ['name', 'alias', 'dose'])).toBeUndefined();
    const table =
      'Auftragsnr;Name;Vorname;Geb.-Datum;LOINC;Ergebnis\n"07949598";"Quennell";"Ilse";"11.04.1940";"5763-9";"138"';
    expect(createMasker().maskText(table).text).toBe(
      'Auftragsnr;Name;Vorname;Geb.-Datum;LOINC;Ergebnis\n"[OTHER_ID]";"[NAME]";"[NAME]";"[DATE]";"5763-9";"138"',
    );
  });

  it('read German compounds ending in their number word, and noun-first name columns', () => {
    expect(typeOf('Auftragsnr')).toBe('other_id');
    expect(typeOf('Fallnummer')).toBe('other_id');
    expect(typeOf('Probennr.')).toBe('other_id');
    expect(typeOf('Telefonnummer')).toBe('phone');
    expect(typeOf('Versichertennummer')).toBe('health_plan');
    expect(typeOf('Seriennr')).toBeUndefined();
    expect(typeOf('value', 'fallRisk')).toBeUndefined();
    expect(typeOf('value', 'labor')).toBeUndefined();
    expect(typeOf('nm_lst')).toBe('name');
    expect(typeOf('nm_fst')).toBe('name');
    expect(typeOf('NAME_GIVEN')).toBe('name');
    expect(typeOf('name_drug')).toBeUndefined();
    expect(typeOf('patientRef')).toBe('mrn');
    expect(typeOf('id', 'subject')).toBe('mrn');
    expect(typeOf('display_value', 'caller_id')).toBe('name');
    expect(typeOf('display_value', 'cmdb_ci')).toBeUndefined();
  });

  it("keep a data record's value and an export's date (a list of records is no medical record)", () => {
    expect(typeOf('value', 'records')).toBeUndefined();
    expect(typeOf('id', 'record')).toBe('mrn');
    expect(typeOf('exportDate')).toBeUndefined();
    expect(typeOf('uploadDate')).toBeUndefined();
    expect(typeOf('visitDate')).toBe('date');
  });

  it("read openEHR FLAT paths by their last segment, the context time as the encounter's date", () => {
    expect(typeOf('ctx/time', 'composition')).toBe('date');
    expect(typeOf('ctx/composer_name')).toBe('name');
    expect(typeOf('ctx/participation_name')).toBe('name');
    expect(typeOf('ctx/health_care_facility|name')).toBeUndefined();
    expect(typeOf('laboratory_test_result/any_event:0/test_name|code')).toBeUndefined();
    expect(typeOf('problem_diagnosis:0/problem_diagnosis_name')).toBeUndefined();
    expect(typeOf('vital_signs/body_temperature:0/any_event:0/time')).toBeUndefined();
    const out = createMasker().maskJson({
      composition: {
        'ctx/time': '2024-03-03T10:37:54',
        'ctx/composer_name': 'Quenby Marisol',
        'ctx/health_care_facility|name': 'Prairie Lutheran Health',
        'laboratory_test_result/any_event:0/result_text': '36.3 mg/dL',
      },
    });
    expect(out.value).toEqual({
      composition: {
        'ctx/time': '[DATE]',
        'ctx/composer_name': '[NAME]',
        'ctx/health_care_facility|name': 'Prairie Lutheran Health',
        'laboratory_test_result/any_event:0/result_text': '36.3 mg/dL',
      },
    });
  });

  it("read record keys by their neighbours: a name's parts beside a birth date, a patient's last visit, HL7's pid", () => {
    const patient = ['Last', 'First', 'DOB', 'MRN'];
    expect(typeOf('Last', undefined, patient)).toBe('name');
    expect(typeOf('first', undefined, ['first', 'after', 'limit'])).toBeUndefined();
    // A maiden name beside a person's other name parts (a patients export's MAIDEN column).
    expect(typeOf('MAIDEN', undefined, ['FIRST', 'LAST', 'MAIDEN', 'BIRTHDATE'])).toBe('name');
    expect(typeOf('maiden', undefined, ['maiden', 'voyage', 'port'])).toBeUndefined();
    expect(typeOf('pid', undefined, ['pid', 'nm', 'dob'])).toBe('mrn');
    expect(typeOf('pid', undefined, ['pid', 'hostname', 'level'])).toBeUndefined();
    expect(typeOf('externalId', 'enrollment', ['patient', 'externalId', 'photo'])).toBe('mrn');
    expect(typeOf('external_ref', 'member', ['external_ref', 'plan'])).toBe('mrn');
    expect(typeOf('externalId', 'order', ['externalId', 'status', 'sku'])).toBeUndefined();
    expect(typeOf('mr', 'payload', ['name', 'dob', 'mr'])).toBe('mrn');
    expect(typeOf('mr', 'gitlab', ['mr', 'branch', 'author_id'])).toBeUndefined();
    expect(typeOf('expediente')).toBe('mrn');
    expect(typeOf('führerschein')).toBe('license');
    expect(typeOf('fuehrerschein')).toBe('license');
    expect(typeOf('licencia_conducir')).toBe('license');
    expect(typeOf('to', undefined, ['from', 'to', 'subject'])).toBe('name');
    expect(typeOf('to', undefined, ['from', 'to'])).toBeUndefined();
    expect(typeOf('who', undefined, ['role', 'who'])).toBe('name');
    // A role's holder that names an organisation is left to detection.
    const owner = rules.ruleFor('owner', undefined, []);
    expect(owner && ruleHolds(owner, 'Lakeshore Orthopaedic Group')).toBe(false);
    expect(owner && ruleHolds(owner, 'Quenby Marisol')).toBe(true);
    const out = createMasker().maskJson({
      results: [{ patientId: '7660682', birthDate: '1966-01-28', lastSeen: '2024-10-09' }],
      devices: [{ serial: 'SN-44120', lastSeen: '2024-10-09T11:02:00Z' }],
      session: { mrn: '7660682', lastSeen: '2024-10-09T11:02:00Z' },
      claim: { dos: '20231107', cpt: '77089' },
      orders: [{ orderId: 'ORD20376298', encounter: 'ENC386556576', visit: 'Office visit', code: 'J0224' }],
      loan: { owner: 'Quenby Marisol' },
    });
    expect(out.value).toEqual({
      results: [{ patientId: '[MRN]', birthDate: '[DATE]', lastSeen: '[DATE]' }],
      devices: [{ serial: '[DEVICE]', lastSeen: '2024-10-09T11:02:00Z' }],
      session: { mrn: '[MRN]', lastSeen: '2024-10-09T11:02:00Z' },
      claim: { dos: '[DATE]', cpt: '77089' },
      orders: [{ orderId: '[OTHER_ID]', encounter: '[OTHER_ID]', visit: 'Office visit', code: 'J0224' }],
      loan: { owner: '[NAME]' },
    });
  });

  it("read a booking's confirmation, a tube's barcode, a payment's trace, a record's other ids and a vehicle's plt", () => {
    const out = createMasker().maskJson({
      recipients: [{ confirmation: 'QVX-35337' }, { confirmation: true }, { confirmation: 'sent' }],
      specimen: { tubeBarcode: 'T4417702913' },
      era: { trace: '4417702913', paid: '12.00' },
      log: { trace: 'at run (worker.js:12)', level: 'trace' },
      encounter: { otherIds: ['2021-QX-07731', 'Q44177029'] },
      veh: { plt: 'QX 4417' },
      labs: { plt: '250', hgb: '13.1' },
    });
    expect(out.value).toEqual({
      recipients: [{ confirmation: '[OTHER_ID]' }, { confirmation: true }, { confirmation: 'sent' }],
      specimen: { tubeBarcode: '[OTHER_ID]' },
      era: { trace: '[OTHER_ID]', paid: '12.00' },
      log: { trace: 'at run (worker.js:12)', level: 'trace' },
      encounter: { otherIds: ['[OTHER_ID]', '[OTHER_ID]'] },
      veh: { plt: '[VEHICLE]' },
      labs: { plt: '250', hgb: '13.1' },
    });
  });

  it("read a vehicle's registration, a wallet's address, an ambulance's reference and an identity document's number", () => {
    const out = createMasker().maskJson({
      claim: {
        car: { make: 'Vauxhall', registration: 'YK19 HFD' },
        other_party_vehicle: '151-KY-2207',
        policyVehicle: 'courtesy car',
        course: { registration: 'open', reg: 'RX-2024' },
        casualties: [{ ambulance_reference: 'AMB-0044291' }, { ambulance_reference: 'none' }],
      },
      payout: { wallets: ['bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l', 'pending'], walletAddress: 'n/a' },
      kyc: {
        identityDocument: { documentType: 'driving licence', documentNumber: 'QX7731905', expiry: '2031-04' },
      },
      invoice: { documentNumber: 'INV-20250117', total: '12.00' },
    });
    expect(out.value).toEqual({
      claim: {
        car: { make: 'Vauxhall', registration: '[VEHICLE]' },
        other_party_vehicle: '[VEHICLE]',
        policyVehicle: 'courtesy car',
        course: { registration: 'open', reg: 'RX-2024' },
        casualties: [{ ambulance_reference: '[OTHER_ID]' }, { ambulance_reference: 'none' }],
      },
      payout: { wallets: ['[OTHER_ID]', 'pending'], walletAddress: 'n/a' },
      kyc: {
        identityDocument: { documentType: 'driving licence', documentNumber: '[LICENSE]', expiry: '2031-04' },
      },
      invoice: { documentNumber: 'INV-20250117', total: '12.00' },
    });
    expect(typeOf('driver_licence')).toBe('license');
    expect(typeOf('vrm')).toBe('vehicle');
  });

  it("read a person's national numbers under their own names: BSN, Aadhaar, PAN, TFN, NINO, Steuer-ID", () => {
    const out = createMasker().maskJson({
      employee: {
        BSN: '111222333',
        Aadhaar: '2345 6789 0124',
        PAN: 'ABCPE1234F',
        TFN: '123 456 782',
        NINO: 'QQ 12 34 56 C',
        'Steuer-ID': '65929970489',
        Department: 'Payroll 2',
      },
      card: { pan: '4111111111111111', expiry: '12/27' },
      screen: { pan: 'left', zoom: '2' },
    });
    expect(out.value).toEqual({
      employee: {
        BSN: '[OTHER_ID]',
        Aadhaar: '[OTHER_ID]',
        PAN: '[OTHER_ID]',
        TFN: '[OTHER_ID]',
        NINO: '[OTHER_ID]',
        'Steuer-ID': '[OTHER_ID]',
        Department: 'Payroll 2',
      },
      card: { pan: '[ACCOUNT]', expiry: '12/27' },
      screen: { pan: 'left', zoom: '2' },
    });
  });

  it('read an Elasticsearch multi-field by its base field, and a bare telecom value as a phone', () => {
    expect(typeOf('patient_name.keyword')).toBe('name');
    expect(typeOf('note_text.keyword')).toBeUndefined();
    expect(typeOf('value', 'telecom')).toBe('phone');
  });

  it("read an age at an event, a staff member's number when shaped like one, and the last patient seen", () => {
    expect(typeOf('age_at_enroll')).toBe('age');
    expect(typeOf('ageAtDiagnosis')).toBe('age');
    expect(typeOf('average')).toBeUndefined();
    const employee = rules.ruleFor('u_reported_by_employee', undefined, []);
    expect(employee?.type).toBe('other_id');
    expect(employee && ruleHolds(employee, 'U261007')).toBe(true);
    expect(employee && ruleHolds(employee, 'Quenby Marisol')).toBe(false);
    expect(typeOf('last_patient')).toBe('name');
    expect(typeOf('Einsender', undefined, ['Name', 'Vorname', 'Einsender'])).toBe('name');
    expect(typeOf('Hausarzt')).toBe('name');
    expect(typeOf('provider', undefined, ['when', 'patient', 'dob', 'provider'])).toBe('name');
    expect(typeOf('provider', undefined, ['provider', 'model', 'region'])).toBeUndefined();
    expect(typeOf('lastUpdated')).toBeUndefined();
  });

  it("read a MongoDB $date by its parent key, R5's actual period, a scheduled item's startsAt and OMOP's person_source_value", () => {
    expect(typeOf('$date', 'appt', ['$date'])).toBe('date');
    expect(typeOf('$date', 'visit_dob', ['$date'])).toBe('date');
    expect(typeOf('$date', 'createdAt', ['$date'])).toBeUndefined();
    expect(typeOf('$date', 'updatedAt', ['$date'])).toBeUndefined();
    expect(typeOf('start', 'actualPeriod', ['start', 'end'])).toBe('date');
    expect(typeOf('startsAt', undefined, ['id', 'startsAt', 'patient'])).toBe('date');
    expect(typeOf('startsAt', undefined, ['id', 'startsAt', 'job'])).toBeUndefined();
    // An OMOP CDM row's person_source_value: the person's number in the source record.
    expect(typeOf('person_source_value')).toBe('mrn');
    // A change record's abbreviated key: face_tmpl is a face template.
    expect(typeOf('face_tmpl')).toBe('biometric');
  });

  it('mask a custom field known only by its id when its value is shaped like a number, not a date, a word or a code', () => {
    const masked = (key: string, value: string, parent = 'custom_fields', siblings = ['id', 'value']) => {
      const rule = rules.ruleFor(key, parent, siblings);
      return rule !== undefined && ruleHolds(rule, value);
    };
    expect(masked('value', 'HB751213342')).toBe(true);
    expect(masked('value', 'ZK871 206 115')).toBe(true);
    expect(masked('value', '4515-95223')).toBe(true);
    expect(masked('value', '474368816962')).toBe(true);
    expect(masked('customfield_10010', 'W47619601-01', 'fields', ['summary', 'customfield_10010'])).toBe(
      true,
    );
    expect(masked('value', '1967-08-04')).toBe(false);
    expect(masked('value', 'E11.9')).toBe(false);
    expect(masked('value', 'Billing')).toBe(false);
    expect(masked('value', '99213')).toBe(false);
    // A custom field that names itself is read by its name; another list's value is its parent's.
    expect(masked('value', 'HB751213342', 'custom_fields', ['id', 'name', 'value'])).toBe(false);
    expect(masked('value', 'HB751213342', 'options')).toBe(false);
  });

  it("read a record's own id beside a birth date, and a short key beside a patient's abbreviated fields", () => {
    const holds = (key: string, value: string, parent: string | undefined, siblings: string[]) => {
      const rule = rules.ruleFor(key, parent, siblings);
      return rule?.type === 'mrn' && ruleHolds(rule, value);
    };
    expect(holds('id', 'E0744675', 'input', ['id', 'name', 'birthDate', 'contact'])).toBe(true);
    expect(holds('id', '881-156-791', undefined, ['id', 'dob'])).toBe(true);
    expect(holds('id', '12', 'input', ['id', 'name', 'birthDate'])).toBe(false);
    expect(holds('id', 'E0744675', 'input', ['id', 'name', 'version'])).toBe(false);
    expect(typeOf('mr', 'payload', ['pt_lnm', 'pt_fnm', 'pt_bd', 'mr'])).toBe('mrn');
    expect(typeOf('mr', 'pulls', ['title', 'author_login', 'mr'])).toBeUndefined();
    const folder = (value: string, parent: string) => {
      const rule = rules.ruleFor('folder', parent, ['name', 'folder']);
      return rule?.type === 'mrn' && ruleHolds(rule, value);
    };
    expect(folder('86201/00', 'patient')).toBe(true);
    expect(folder('EX154188', 'patient')).toBe(true);
    expect(folder('Inbox/2024', 'patient')).toBe(false);
    expect(folder('86201/00', 'mailbox')).toBe(false);
  });

  it("read a number word after an identifier's own key as that identifier", () => {
    expect(typeOf('ihiNumber')).toBe('health_plan');
    expect(typeOf('mbi_no')).toBe('health_plan');
    expect(typeOf('vin_number')).toBe('vehicle');
    // "ID number": a national identity number (South Africa's thirteen digits).
    expect(typeOf('idNumber', 'patient')).toBe('other_id');
    expect(typeOf('nickname_id')).toBeUndefined();
    expect(typeOf('page_number')).toBeUndefined();
  });

  it("read a call's ANI and calling number as the caller's phone, not the number the caller dialled", () => {
    expect(typeOf('ani')).toBe('phone');
    expect(typeOf('calling_number')).toBe('phone');
    expect(typeOf('dnis')).toBeUndefined();
    expect(typeOf('display_value', 'caller_id')).toBe('name');
  });

  it("mask OMOP's payer, plan, sponsor and family source values shaped like a member's number, not a payer's name or code", () => {
    const masked = (key: string, value: string) => {
      const rule = rules.ruleFor(key, undefined, ['person_id', key]);
      return rule?.type === 'health_plan' && ruleHolds(rule, value);
    };
    expect(masked('payer_source_value', 'F44572829*03')).toBe(true);
    expect(masked('payer_source_value', '05733966993')).toBe(true);
    expect(masked('plan_source_value', 'KBB518048903')).toBe(true);
    expect(masked('family_source_value', 'FAM-0093381')).toBe(true);
    expect(masked('payer_source_value', 'MEDICARE')).toBe(false);
    expect(masked('payer_source_value', 'BCBS-TX')).toBe(false);
    expect(masked('plan_source_value', 'PPO 2024 Gold')).toBe(false);
    expect(typeOf('care_site_source_value')).toBeUndefined();
  });

  it("read a flat record's numbered contact keys, its 'fx' and 'ss_no', and a video visit's link", () => {
    const masked = (key: string, value: string, parent?: string) => {
      const rule = rules.ruleFor(key, parent, ['pt_nm', 'dob', key]);
      return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
    };
    expect(masked('ph1', '5550104417 x6973')).toBe('phone');
    expect(masked('phone_2', '3344296712')).toBe('phone');
    expect(masked('email2', 'kin@example.org')).toBe('email');
    expect(masked('fx', '555-0141')).toBe('fax');
    expect(masked('fx', '(555) 010-4417')).toBe('fax');
    expect(masked('ss_no', '900129944')).toBe('ssn');
    expect(masked('telehealthUrl', 'https://telehealth.example.org/room/marsh-4410')).toBe('url');
    // A fracture under "fx", a numbered diagnosis or name, and a schema's name stay.
    expect(masked('fx', 'distal radius')).toBeUndefined();
    expect(masked('dx1', 'E11.9')).toBeUndefined();
    expect(masked('step2', 'review')).toBeUndefined();
  });

  it("mask the template a person authenticated with, not a form's template", () => {
    const masked = (key: string, value: string, parent: string) => {
      const rule = rules.ruleFor(key, parent, ['method', key]);
      return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
    };
    expect(masked('templateId', 'FP-8090-EAPC', 'authn')).toBe('biometric');
    expect(masked('templateId', '24ccf698ca1acdacc2dc5edda7bfaf1d', 'authentication')).toBe('biometric');
    expect(masked('template_ref', 'IRIS-AJ007192', 'login')).toBe('biometric');
    expect(masked('templateId', 'discharge-v2', 'form')).toBeUndefined();
    expect(masked('templateId', 'password', 'authn')).toBeUndefined();
  });

  it("read a Synthea export's columns: its rows' dates beside the patient, FIPS, drivers, DICOM UIDs", () => {
    const header = ['Id', 'START', 'STOP', 'PATIENT', 'ENCOUNTER', 'CODE'];
    const masked = (key: string, value: string, siblings: string[], parent?: string) => {
      const rule = rules.ruleFor(key, parent, siblings);
      return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
    };
    expect(masked('START', '2019-06-24T18:18:22Z', header)).toBe('date');
    expect(masked('STOP', '2019-06-24', header)).toBe('date');
    expect(masked('DATE', '2011-04-11T04:50:04Z', ['DATE', 'PATIENT', 'CODE'])).toBe('date');
    // Beside no patient a record's date or start stays detection's (a chat's "started", a job's "date").
    expect(typeOf('started', undefined, ['conversation_id', 'messages'])).toBeUndefined();
    expect(typeOf('date', undefined, ['subject', 'author', 'content'])).toBeUndefined();
    expect(masked('START', 'ambulatory', header)).toBeUndefined();
    // FHIR: an imaging study's or series' "started"; a claim's "created" is its record's own stamp.
    expect(typeOf('created', undefined, ['resourceType', 'billablePeriod', 'created'])).toBeUndefined();
    expect(typeOf('created', undefined, ['id', 'created', 'link'])).toBeUndefined();
    expect(typeOf('started', undefined, ['uid', 'modality', 'started'])).toBe('date');
    // A county's FIPS code or a census tract's; a state's two figures stay.
    expect(masked('FIPS', '25013', [])).toBe('geo');
    expect(masked('county_fips', '25013020100', [])).toBe('geo');
    expect(masked('FIPS', '25', [])).toBeUndefined();
    expect(masked('drivers', 'S99912345', [])).toBe('license');
    expect(masked('drivers', 'odbc, jdbc', [])).toBeUndefined();
    // A study's, a series' or an instance's UID, and an imaging table's own Id; the standard's SOP class UID stays.
    const uid = '1.2.840.99999999.7.64564383.5102680579439';
    expect(masked('SERIES_UID', `${uid}.1`, [])).toBe('other_id');
    expect(masked('uid', `${uid}.1`, [], 'series')).toBe('other_id');
    expect(masked('StudyInstanceUID', '1.2.840.99999999.4.08897880.9820854361078', [])).toBe('other_id');
    expect(masked('Id', uid, ['Id', 'DATE', 'SERIES_UID', 'INSTANCE_UID'])).toBe('other_id');
    expect(masked('SOP_CODE', '1.2.840.10008.5.1.4.1.1.1.1', ['Id', 'SERIES_UID'])).toBeUndefined();
    expect(masked('sopInstanceUid', '1.2.840.10008.5.1.4.1.1.1.1', [])).toBeUndefined();
    expect(masked('uid', '1000', [])).toBeUndefined();
    expect(typeOf('fluid', undefined, ['Id', 'SERIES_UID'])).toBeUndefined();
  });
});
