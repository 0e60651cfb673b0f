import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe("a device's serial told by what is done with the device", () => {
  it.each([
    ['Signature captured on MDT-3948146; geo-photo attached.', 'MDT-3948146'],
    ['DME pickup heel protector boots SZF591059A.', 'SZF591059A'],
    ['DME pickup KCI V.A.C. Ulta therapy unit FSE755820F.', 'FSE755820F'],
    ['DME delivered standing aid 78ZR08798', '78ZR08798'],
  ])('finds %s', (text, serial) => expectDetected(text, serial, 'device'));

  it.each([
    ['DME delivered Invacare HomeFill HF2PS oxygen concentrator', 'HF2PS'],
    ['Vitals captured on GE Carescape B650 monitor', 'B650'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it('reads no date after "collected on" as a serial', () =>
    expectNoType('Labs collected on 2025-03-01 at 0600', 'device'));

  it.each([
    ['Scanner: Siemens NAEOTOM Alpha station CT05-ZJV423', 'CT05-ZJV423'],
    ['checked in at kiosk KSK-87421 in lobby', 'KSK-87421'],
    ['Home transmitter TX73184985 last sent 2 days ago', 'TX73184985'],
    ['Infusion pump SN: PMP2049911 swapped', 'PMP2049911'],
    ['Reasonable adjustments: laptop QWRT482913 on loan until June.', 'QWRT482913'],
    ['the app says the sensor serial GX52-771204 is not paired', 'GX52-771204'],
    ['returned the router S/N RTR-5530871 to the shop', 'RTR-5530871'],
    ['her hearing aid serial no. 88HA300147 was replaced', '88HA300147'],
  ])("finds the machine's number in %s", (text, serial) => expectDetected(text, serial, 'device'));

  it.each([
    ['Report to nursing station 3 at 0700', '3'],
    ['insulin pump 2 units/h basal', '2'],
    ['Philips Spectral CT 7500 station', '7500'],
    ['Dexcom G7 receiver reading 142 mg/dL', 'Dexcom G7'],
    ['issued a laptop X1 Carbon Gen 11 for remote study', 'X1 Carbon Gen 11'],
    ['sensor glucose 142 mg/dL at 0700', '142 mg/dL'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('a serial in brackets in the clause that names a worn or implanted device', () => {
  it.each([
    ['my sister thinks the sensor is bad (GSU481334K). can I get a new one', 'GSU481334K'],
    ['pump alarming overnight (87NR39469), replaced', '87NR39469'],
  ])('finds it in %j', (text, serial) => expectDetected(text, serial, 'device'));

  it.each(['new sensor (G7) placed', 'pump (MMT-780G) settings reviewed', 'sensor glucose high (E11.65)'])(
    'keeps %j',
    (text) => expectNoType(text, 'device'),
  );
});
