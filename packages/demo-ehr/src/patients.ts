/**
 * Synthetic patient records. Every value is invented and recognisably fake (SSNs in the
 * never-issued 900 range, 555-01xx phone numbers, example.com addresses), yet shaped like
 * real PHI so masking rules and "no clear PHI at rest" checks have something to find.
 */

export interface DemoPatient {
  mrn: string;
  name: string;
  dob: string;
  ssn: string;
  phone: string;
  email: string;
  address: string;
  conditions: string[];
  allergies: string[];
}

export interface DemoAppointment {
  id: string;
  mrn: string;
  start: string;
  clinician: string;
  reason: string;
}

export const DEMO_PATIENTS: readonly DemoPatient[] = Object.freeze([
  {
    mrn: 'MRN-100001',
    name: 'Avery Samplepatient',
    dob: '1984-03-17',
    ssn: '900-12-3456',
    phone: '(212) 555-0101',
    email: 'avery.samplepatient@example.com',
    address: '101 Example Avenue, Springfield, ZZ 00001',
    conditions: ['Type 2 diabetes mellitus', 'Hypertension'],
    allergies: ['Penicillin'],
  },
  {
    mrn: 'MRN-100002',
    name: 'Jordan Placeholder',
    dob: '1991-11-02',
    ssn: '900-23-4567',
    phone: '(415) 555-0102',
    email: 'jordan.placeholder@example.com',
    address: '202 Fictional Road, Shelbyville, ZZ 00002',
    conditions: ['Asthma'],
    allergies: [],
  },
  {
    mrn: 'MRN-100003',
    name: 'Casey Testperson',
    dob: '1957-06-29',
    ssn: '900-34-5678',
    phone: '(617) 555-0103',
    email: 'casey.testperson@example.com',
    address: '303 Synthetic Street, Capital City, ZZ 00003',
    conditions: ['Atrial fibrillation', 'Chronic kidney disease stage 3'],
    allergies: ['Sulfonamides', 'Latex'],
  },
  {
    mrn: 'MRN-100004',
    name: 'Riley Democase',
    dob: '2009-01-08',
    ssn: '900-45-6789',
    phone: '(303) 555-0104',
    email: 'riley.democase@example.com',
    address: '404 Mock Lane, Ogdenville, ZZ 00004',
    conditions: ['Seasonal allergic rhinitis'],
    allergies: ['Peanuts'],
  },
]);

export const DEMO_APPOINTMENTS: readonly DemoAppointment[] = Object.freeze([
  {
    id: 'APT-5001',
    mrn: 'MRN-100001',
    start: '2030-02-03T09:00:00Z',
    clinician: 'Dr. Example',
    reason: 'HbA1c review',
  },
  {
    id: 'APT-5002',
    mrn: 'MRN-100003',
    start: '2030-02-03T10:30:00Z',
    clinician: 'Dr. Sample',
    reason: 'INR check',
  },
  {
    id: 'APT-5003',
    mrn: 'MRN-100002',
    start: '2030-02-04T14:00:00Z',
    clinician: 'Dr. Example',
    reason: 'Inhaler refill',
  },
  {
    id: 'APT-5004',
    mrn: 'MRN-100001',
    start: '2030-02-10T08:15:00Z',
    clinician: 'Dr. Placeholder',
    reason: 'Blood pressure follow-up',
  },
]);

export function findPatient(mrn: string): DemoPatient | undefined {
  return DEMO_PATIENTS.find((p) => p.mrn === mrn);
}

export function searchPatients(fragment: string): DemoPatient[] {
  const needle = fragment.trim().toLowerCase();
  return DEMO_PATIENTS.filter((p) => p.name.toLowerCase().includes(needle));
}
