import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { deviceSpans } from './devices';

function found(text: string): string[] {
  return deviceSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('device names', () => {
  it.each([
    ['Sensor: Dexcom G7 placed on the left arm', 'Dexcom G7'],
    // Hearing aids, patient lifts and bed alarms by their makers; a lift or a hoist after a product's name.
    ['Hearing aid: Beltone Serene 9 bilateral', 'Beltone Serene 9'],
    ['Transfer to chair with Liko Viking lift x2 staff.', 'Liko Viking lift x2'],
    ['Alarm: Posey Keepsafe Deluxe on at night', 'Posey Keepsafe Deluxe'],
    ['BP cuff Omron Platinum at home', 'Omron Platinum'],
    ['dashcam: Garmin Mini 2W', 'Garmin Mini 2W'],
    ['Procedure with the Vireo RAS system in OR 4', 'Vireo RAS system'],
    ['Nautilus endobronchial valve x3 placed', 'Nautilus endobronchial valve'],
    ['Pump: Tallis 300X infusion pump', 'Tallis 300X infusion pump'],
    // A maker's word before a product word written with a capital inside.
    ['Brace: Corvo StrideFit, size M', 'Corvo StrideFit'],
    ['Pump: Beta Lumen iDose started', 'Beta Lumen iDose'],
    // A maker and a product line before a model's last word of a shape no name takes.
    ['Placed on Haldane Ventrix Standard3.', 'Haldane Ventrix Standard3'],
    ["also Joy's Orvale Lumen QDx (sn 828QX) alarmed", 'Orvale Lumen QDx'],
    ['Loaded via Tarrick StrideLift+ to the unit', 'Tarrick StrideLift+'],
    // A model number before a noun that may also name a trade.
    ['Orla T42 syringe driver (serial WQ22)', 'Orla T42 syringe driver'],
    // A maker and a product line before a model's code, a two-word maker, a positive airway pressure device.
    ['screened neg on Quellan SE-1200 monitor.', 'Quellan SE-1200 monitor'],
    ['2 pts awaiting Tarrick Dopplar MD2.', 'Tarrick Dopplar MD2'],
    ['Machine: B. Braun Vantra+ #15 S/N 4477', 'B. Braun Vantra+'],
    ['Rx: React Health Orla G3 APAP 6-16 cmH2O', 'React Health Orla G3 APAP'],
    ['Rx: Orla G3 APAP 6-16 cmH2O', 'Orla G3 APAP'],
    // What a device sends, after its model's code.
    ['called her Jan 28 re: Quellan VR alerts; voice id matched', 'Quellan VR alerts'],
    ['re: Tarrick E10 readings overnight', 'Tarrick E10 readings'],
    // A maker's or a product line's word before the product's name and what it is.
    ['IMPLANTS: Quell Zenvo Alpha stent graft UDI (01)0012', 'Zenvo Alpha stent graft'],
    // A model's single letter before the noun, the maker's word before the product's.
    ['c/o neck pain, arrived in Ossvik Tarrow J collar. Spurling neg.', 'Ossvik Tarrow J collar'],
    // A maker's model of four words after its name; a mode's prefix joined to the noun; a wristband.
    ['Technique: ResMed Lumis 150 VPAP ST in situ', 'ResMed Lumis 150 VPAP ST'],
    ['Bring your ResMed Lumis 150 VPAP ST.', 'ResMed Lumis 150 VPAP ST.'],
    ['Bring your Quella G3 auto-CPAP (3B Medical).', 'Quella G3 auto-CPAP'],
    ['bring Cala Trio wristband to the visit', 'Cala Trio wristband'],
    // A maker named after its founder, his given name before the brand and a model after it.
    ['Technique: Karl Storz C-MAC in situ', 'Karl Storz C-MAC'],
    // A maker's two words joined by a plus, its model after them.
    ['per MAR. Quell+Vantor PICO 7 intact.', 'Quell+Vantor PICO 7'],
  ])('recognises %s', (text, device) => {
    expect(found(text)).toContain(device);
  });

  it.each([
    // Two capitalized words before a noun may be a person and a label.
    'Jane Doe System Administrator',
    // A possessive names an owner.
    "Checked Ysolde's insulin pump",
    'the pump alarmed twice overnight',
    // Names written with a capital inside are names, not products.
    'Seen by DeShawn McBride today',
    // A degree after a name is no product.
    'notified Wanjala Pirsen PharmD and Gertrude Kowalski PhD',
    // A given name before a maker's brand with nothing of a model after it.
    'Seen by Karl Storz today',
    'Quell+Vantor called back',
    // A surname written with a capital inside, a maker's name as a surname in a row.
    'From: "Ysolde FitzOrrin" <rf@example.org>',
    'PV1|1|I|4W^412^B||||1203328715^OMRON^RICO',
    'MR567437,Omron,Luigi,07/23/1964',
    // Age and sex after a name are no model.
    'Halvard Pirsen 67F',
    // Names with a number glued on, as generated patients' names are written, are no model.
    'Signed: Quincy908 Ondricka334, NP',
    'Patient: Quincy682 Toy766  MRN 123',
    'Dear Vada411 Qarvandel822,',
    // A trade, a numbered place, a degree or a plural acronym after a name is no model.
    'her son Jake bus driver since May',
    'Halvard Pirsen Bed12 tonight',
    'notified Wanjala Pirsen MSc',
    'Halvard Pirsen MRNs merged',
    // A credential of that shape after a name, a given name opening the words.
    'Pharmacist: Quenby Sharp RPh, on call',
    'Pharmacist: Maria Quenby QRx, on call',
    // A town before its postcode, a place's or a study's number, a diagnosis code, a person before a code.
    'Flat 2, 14 Mill Road, Lancaster LA4 7XQ',
    'Moved to Moncton E1C 4B2 in May',
    'Transferred to Suite B4, Bed 12A',
    'home 28781 W Quail Run Blvd Ste 31C Tarrowby MO 64003',
    'Dx: Hx G47.31 obstructive sleep apnoea',
    'Pt Maria T2DM since 2010',
    'Kowalski T2DM since 2010',
    'Completed by Lewys Quennell FY1, bleep 9697',
    'Seen by Orrin Tarrowby PGY-2 overnight',
    // A person and their credential before what a device sends, a person's alerts.
    'paged Quenby Hale RN alerts acknowledged',
    'Tarrowby glucose alerts reviewed',
    // A person's name and initial before a device noun.
    'Mary J collar fitted by ortho',
    'Seen with Kowalski J brace on',
    // A person before a wristband, a person before a hyphened word ending in a trade.
    'Luna Roe wristband removed',
    'Jane Kole wristband on',
    'Quenby Hale co-driver',
  ])('finds no device in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['"model": "Withings Body Scan 4X"', 'Withings Body Scan 4X'],
    ['Home BP with Omron Vantis daily', 'Omron Vantis'],
    ['Robot: Vireo RAS system, dock 2', 'Vireo RAS system'],
    ['Knee brace TrekFlex fitted', 'TrekFlex'],
    ['pump Beta Lumen iDose started', 'Beta Lumen iDose'],
  ])('keeps the name-like words of %s', (text, device) => expectKept(text, device));

  it.each([
    ['Seen by DeShawn McBride today', 'DeShawn McBride'],
    ['Taught Agnes Kowalski how to change the insulin pump site', 'Agnes Kowalski'],
  ])('still masks the people in %s', (text, name) => expectDetected(text, name, 'name'));
});

describe("a product's name in its maker's capitals", () => {
  it.each([
    ['Home HD training on Tablo Hemodialysis System planned.', 'Tablo Hemodialysis System'],
    ['closure Angio-Seal VIP 6F.', 'Angio-Seal VIP'],
    ['"Parata Max 2","ASHDOWN, WIREMU"', 'Parata Max 2'],
  ])('finds %s', (text, device) => expect(found(text)).toContain(device));

  it.each([
    ['Seen by Maria Max 2 days ago', 'Maria Max'],
    ['Paged Rosa-Lynn Smith-Jones RN about it', 'Smith-Jones'],
  ])('still masks the people in %s', (text, name) => expectDetected(text, name, 'name'));
});

describe('devices a care plan names by their product and what they are', () => {
  it.each([
    ['wheelchair, needs ramp; Broda tilt-in-space chair', 'Broda tilt-in-space chair'],
    ['Transfers w/ Soberlink Cellular breathalyzer x2 assist', 'Soberlink Cellular breathalyzer'],
    ['DME pickup Prevalon heel protector boots.', 'Prevalon heel protector boots'],
    ['FHT 147 by Avalon FM30 CTG', 'Avalon FM30 CTG'],
    ['surface ZOLL R SERIES ordered', 'ZOLL R SERIES'],
    ['prior auth for HILL-ROM CENTRELLA', 'HILL-ROM CENTRELLA'],
    ['Transfers w/ Sara Stedy standing aid x2 assist', 'Sara Stedy standing aid'],
    ['O0110  Sara Stedy standing aid in use', 'Sara Stedy standing aid'],
    ['no Sara Stedy standing aid in home', 'Sara Stedy standing aid'],
    ['Fitted with Phonak Audeo hearing aid', 'Phonak Audeo hearing aid'],
  ])('keeps %s', (text, device) => expectKept(text, device));

  it.each([
    ['Seen by Maria Lopez standing aid at bedside', 'Maria Lopez'],
    ['Called Sara Stedy about the walker', 'Sara Stedy'],
    ['Sara Stedy first aid given', 'Sara Stedy'],
  ])('still masks the people in %s', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    ['first aid kit in the van', []],
    ['referred to Legal Aid Society', []],
  ])('finds no aid in %s', (text, devices) => expect(found(text)).toEqual(devices));
});
