import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('number plates after the vehicle they belong to', () => {
  it.each([
    ['Travel: drives own vehicle FG-93238; beneficiary travel approved.', 'FG-93238'],
    ['Vehicle at impound: LWY 2049 / TECPMJZU463LH0GKM; DL in property.', 'LWY 2049'],
    ['Car in drive (JV38 GZH) belongs to son.', 'JV38 GZH'],
    ['Claimant drove company vehicle NB-52535 (VIN 1HGCM82633A004352) to the clinic.', 'NB-52535'],
    ['drives own vehicle 5XGY143; travel approved', '5XGY143'],
    ['drives a 2016 pickup, plate RA 4268, advised no driving', 'RA 4268'],
    ['Other driver (plate RV 9267) uninjured.', 'RV 9267'],
    ['Courier — vehicle 221-D-40917, left at 16:10', '221-D-40917'],
    ['rear-ended by a car (MH-12-DE-1433) near the junction', 'MH-12-DE-1433'],
    ['Driver: Ravi — vehicle TN 09 BC 7710, delivered', 'TN 09 BC 7710'],
    ['his vehicle HR26DK8337, VIN pending', 'HR26DK8337'],
    ['Taxi firm van M-KL 4471 parked outside', 'M-KL 4471'],
    ['struck by a car (KÖ-AB 812) near the school', 'KÖ-AB 812'],
    ['Reg no. YK19 HFD noted at the gate', 'YK19 HFD'],
    ['number plate 7-XZK-42 seen by the witness', '7-XZK-42'],
    ['Parking permit for 191-KK-3310 (VIN 1HGCM82633A004352) renewed', '191-KK-3310'],
  ])('%s', (text, plate) => expectDetected(text, plate, 'vehicle'));

  it.each([
    ['car seat 2 installed', 'car seat 2'],
    ['vehicle MVC at 40 mph, restrained', 'MVC at 40 mph'],
    ['Van 2 arrived at 14:05', 'Van 2'],
    ['pedestrian struck by car; GCS 15', 'GCS 15'],
    ['truck driver, CDL holder, BP 140/90', 'BP 140/90'],
    ['plate count 250, platelets 2 units', 'platelets 2 units'],
    ['Van ETA 14:30 today', 'ETA 14:30'],
    ['Vehicle 2 of 3 arrived', 'Vehicle 2 of 3'],
    ['Car T2 DM review booked', 'T2 DM'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe("a British plate where a text speaks of driving, not a clinic's return nor a device's model", () => {
  it.each([
    ['Struck by a car; registration LB07 SEO seen by witness.', 'LB07 SEO'],
    ['Pedestrian in RTC today, vehicle KX19 ABC left the scene.', 'KX19 ABC'],
    ['Involved in RTC yesterday (JV38 GZH).', 'JV38 GZH'],
  ])('%s', (text, plate) => expectDetected(text, plate, 'vehicle'));

  it.each([
    ['FHT 147 by Avalon FM30 CTG\nRTC 2 wks; next appt soon', 'FM30 CTG'],
    ['Monitored on Philips FM30 CTG, then drove home', 'FM30 CTG'],
    ['Fetal monitor HD20 XTR checked.\nRTC in 4 weeks', 'HD20 XTR'],
    ['Ref AB12 CDE on the form; RTC prn', 'AB12 CDE'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('a plate right before its vehicle identification number', () => {
  it.each([
    ['Assigned unit 895 PFD, VIN 1HGCM82633A004352; CDL on file', '895 PFD'],
    ['Assigned unit 6SKB068, VIN 1HGCM82633A004352', '6SKB068'],
    ['fleet tractor KV 35664 / VIN 1HGCM82633A004352', 'KV 35664'],
  ])('%s', (text, plate) => expectDetected(text, plate, 'vehicle'));

  it.each([
    ['Owns a 2019 RAV4, VIN 1HGCM82633A004352', '2019 RAV4'],
    ['Model F-150 XLT, VIN pending', 'F-150 XLT'],
    ['HbA1c 7.2, VIN pending', 'HbA1c 7.2'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
