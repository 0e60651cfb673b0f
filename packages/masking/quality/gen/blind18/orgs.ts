/** Invented US health systems, clinics, labs, pharmacies, payers and agencies: organisations are kept whole. */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

export const HOSPITALS = [
  'Cedar Bend Regional Medical Center',
  'Harlow Valley Hospital',
  'St. Anselm Medical Center',
  'Prairie Lakes Health',
  'Kessling Memorial Hospital',
  'Tri-County Community Hospital',
  'Mount Orrin University Hospital',
];
export const CLINICS = [
  'Brightwater Family Medicine',
  'Oak Hollow Internal Medicine',
  'Northfield Pediatrics',
  'Riverside Orthopaedic Associates',
  'Sycamore Women’s Health',
  'Lakeshore Cardiology Group',
];
export const LABS_ORGS = [
  'Quillon Diagnostics',
  'Harlow Valley Reference Lab',
  'Meridian Pathology Partners',
];
export const PHARMACIES = [
  'Corner Drug #4412',
  'ValuMed Pharmacy',
  'Greenleaf Apothecary',
  'Parkway Rx Mail Order',
];
export const PAYERS = [
  'Blue Mesa Health Plan',
  'Keystone Mutual PPO',
  'Evercare Medicaid HMO',
  'Pioneer Senior Advantage',
  'Unified Workers Comp Trust',
];
export const HOME_HEALTH = ['Compass Home Health', 'Lantern Visiting Nurses', 'HomeFirst Care Partners'];
export const HOSPICES = ['Gentle Tide Hospice', 'Evening Star Hospice & Palliative Care'];
export const DME_SUPPLIERS = ['Allied Home Medical Supply', 'Summit DME', 'Keystone Respiratory Services'];
export const TELEHEALTH_VENDORS = ['Harbor Telehealth Connect', 'VisitLink'];

export function org(g: Gen, names: readonly string[]): Span {
  return keep('organization', g.pick(names));
}
