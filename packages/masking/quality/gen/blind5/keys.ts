/**
 * Field names in the conventions EHR and payer APIs use: camelCase, PascalCase, snake_case,
 * SCREAMING_CASE and the abbreviated column names of older systems (pt_nm, DOB_DT, MBR_ID).
 */
import type { Gen } from '../context';

export type KeyStyle = 'camel' | 'pascal' | 'snake' | 'screaming' | 'abbrev';

/** concept: [camel, pascal, snake, screaming, abbreviated]. */
const KEYS = {
  given: ['firstName', 'GivenName', 'first_name', 'PAT_FNAME', 'pt_fnm'],
  family: ['lastName', 'FamilyName', 'last_name', 'PAT_LNAME', 'pt_lnm'],
  fullName: ['patientName', 'PatientName', 'patient_name', 'PATIENT_NAME', 'pt_nm'],
  dob: ['dateOfBirth', 'BirthDate', 'birth_date', 'DOB_DT', 'dob'],
  sex: ['sex', 'Gender', 'sex_cd', 'SEX_CD', 'sx'],
  mrn: ['medicalRecordNumber', 'MRN', 'mrn', 'PAT_MRN_ID', 'mrn_no'],
  ssn: ['socialSecurityNumber', 'SSN', 'ssn', 'SSN_NO', 'ss_no'],
  phone: ['homePhone', 'HomePhone', 'home_phone', 'HOME_PH_NUM', 'hm_ph'],
  mobile: ['mobilePhone', 'CellPhone', 'cell_phone', 'MOBILE_PH_NUM', 'cell_ph'],
  email: ['emailAddress', 'Email', 'email_addr', 'EMAIL_ADDR', 'eml'],
  addr1: ['addressLine1', 'Address1', 'addr_line_1', 'ADDR_LINE1', 'addr1'],
  city: ['city', 'City', 'city_nm', 'CITY_NM', 'cty'],
  state: ['state', 'State', 'state_cd', 'STATE_CD', 'st'],
  zip: ['postalCode', 'ZipCode', 'zip_code', 'ZIP_CD', 'zip'],
  account: ['accountNumber', 'AccountNo', 'account_no', 'ACCT_NUM', 'acct_no'],
  memberId: ['memberId', 'MemberID', 'member_id', 'MBR_ID', 'mbr_id'],
  subscriberNo: ['subscriberNumber', 'SubscriberNo', 'subscriber_no', 'SUBSCR_NO', 'subscr_no'],
  age: ['age', 'Age', 'age_yrs', 'AGE_YRS', 'ag'],
  guarantorName: ['guarantorName', 'GuarantorName', 'guarantor_name', 'GUAR_NAME', 'guar_nm'],
  guarantorAddr1: ['guarantorAddr1', 'GuarantorAddress1', 'guarantor_addr_1', 'GUAR_ADDR1', 'guar_addr1'],
  ecName: [
    'emergencyContactName',
    'EmergencyContactName',
    'emergency_contact_name',
    'EMERG_CONTACT_NAME',
    'nok_name',
  ],
  ecPhone: [
    'emergencyContactPhone',
    'EmergencyContactPhone',
    'emergency_contact_phone',
    'EMERG_CONTACT_PH',
    'nok_ph',
  ],
  relationship: ['relationship', 'Relationship', 'relationship_cd', 'REL_CD', 'rel'],
  encounters: ['encounters', 'Encounters', 'encounters', 'ENCOUNTERS', 'enc'],
  admitDate: ['admitDate', 'AdmitDate', 'admit_dt', 'ADMIT_DT', 'adm_dt'],
  dischargeDate: ['dischargeDate', 'DischargeDate', 'discharge_dt', 'DISCH_DT', 'dsch_dt'],
  attending: ['attendingName', 'AttendingProvider', 'attending_nm', 'ATTENDING_PROV_NAME', 'att_nm'],
  npi: ['attendingNpi', 'AttendingNPI', 'attending_npi', 'ATTENDING_NPI', 'att_npi'],
  dx: ['primaryDiagnosis', 'PrimaryDx', 'primary_dx_cd', 'PRIM_DX_CD', 'dx1'],
  facility: ['facilityName', 'Facility', 'facility_nm', 'FACILITY_NAME', 'fac_nm'],
  encounterId: ['encounterId', 'EncounterID', 'encounter_id', 'ENC_ID', 'enc_id'],
  insurances: ['insurances', 'Coverages', 'insurance_list', 'INSURANCES', 'ins'],
  payer: ['payerName', 'PayerName', 'payer_nm', 'PAYER_NAME', 'pyr_nm'],
  groupNo: ['groupNumber', 'GroupNo', 'group_no', 'GRP_NUM', 'grp_no'],
  effective: ['effectiveDate', 'EffectiveDate', 'eff_dt', 'EFF_DT', 'eff_dt'],
  careTeam: ['careTeam', 'CareTeam', 'care_team', 'CARE_TEAM', 'ct'],
  role: ['role', 'Role', 'role_cd', 'ROLE_CD', 'rl'],
  updated: ['updatedAt', 'UpdatedAt', 'updated_at', 'UPDATE_TS', 'upd_ts'],
  created: ['createdAt', 'CreatedAt', 'created_at', 'CREATE_TS', 'crt_ts'],
  requestId: ['requestId', 'RequestID', 'request_id', 'REQUEST_ID', 'req_id'],
  license: ['driversLicense', 'DriversLicenseNo', 'drivers_license_no', 'DL_NUM', 'dl_no'],
  portal: ['portalUrl', 'PortalURL', 'portal_url', 'PORTAL_URL', 'prtl_url'],
} as const;

export type Concept = keyof typeof KEYS;
const INDEX: Record<KeyStyle, number> = { camel: 0, pascal: 1, snake: 2, screaming: 3, abbrev: 4 };

/** A key namer for one document: every field of the record in the same convention. */
export function keyStyle(g: Gen): (concept: Concept) => string {
  const style = g.pick(['camel', 'pascal', 'snake', 'screaming', 'abbrev'] as const);
  return (concept) => KEYS[concept][INDEX[style]] as string;
}
