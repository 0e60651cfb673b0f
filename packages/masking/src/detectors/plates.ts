/**
 * Number plates in prose, told by the vehicle they are written after: "drives own vehicle
 * FG-93238;", "Vehicle at impound: LWY 2049 /", "Car in drive (CEZ 6962)". A plate is one or two
 * groups of capitals and digits (five to nine characters, a letter and a digit at least), also
 * after the word plate itself ("pickup, plate RA 4268", "(plate RV 9267)").
 */
import type { Detector, ScanContext } from './detector';
import { deviceSpans } from './devices';

/**
 * A plate's characters: one token of capitals and figures ("PB23PY2055", "6SYJ768"), two groups
 * ("VVD 807", "SL10 BTR", "BA-TG 7328", Germany's "TÜ-BC 9320") or three and four (Ireland's "215-C-9770", India's "KA 05
 * MN 4821", "KL-35-Y-1927"), five to ten characters in all, a letter and a figure among them
 * (checked by `pushPlate`).
 */
const PLATE = String.raw`(?=[A-ZÄÖÜ0-9 -]{0,12}\d)(?=[A-ZÄÖÜ0-9 -]{0,12}[A-Z])(?:[A-ZÄÖÜ0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){2,3}|[A-ZÄÖÜ0-9]{1,4}[ -][A-Z0-9]{2,5}|[A-Z0-9]{5,10})`;

const PLATE_AFTER_VEHICLE = new RegExp(
  String.raw`\b(?:[Vv]ehicle|[Vv]eh\.?|[Cc]ar|[Tt]ruck|[Vv]an|SUV|[Pp]ickup|[Mm]otorcycle|[Mm]otorbike|[Ss]cooter|[Mm]oped|VRM|[Rr]ego|(?:[Nn]umber|[Ll]icen[cs]e)[ -][Pp]late|[Rr]eg(?:istration)?\.?[ \t]+(?:[Nn]o\.?|[Nn]umber|[Mm]ark|[Pp]late)|[Pp]late(?:[ \t]+(?:no\.?|number|#))?)(?:[ \t]+(?:at impound|in (?:the )?drive(?:way)?|parked (?:outside|in bay \d+)|reg(?:istration)?(?:[ \t]+(?:no\.?|number|mark))?))?[ \t]*[:(]?[ \t]*(${PLATE})(?![\w-]|[:.]\d)`,
  'g',
);
const VEHICLE_WORDS = [
  'ehicle',
  'VRM',
  'ego',
  'eg',
  'car',
  'Car',
  'ruck',
  'van',
  'Van',
  'SUV',
  'ickup',
  'otor',
  'cooter',
  'oped',
  'late',
  'veh',
  'Veh',
];

/**
 * A plate after the unit a responder or a crew arrives in ("arrived in unit URC-9790", "medic
 * unit UD 5068", "unit plate PCR-8964"): two or three capitals and three or four figures, or a
 * Californian figure, three capitals and three figures; a ward ("in unit 4B", "unit ICU-12") stays.
 */
const PLATE_AFTER_UNIT =
  /(?<![\p{L}])(?:in|[Rr]esponder|[Aa]mbulance|EMS|[Mm]edic|[Cc]rew|unit)[ \t]+(?:unit|plate)[ \t]*[:#]?[ \t]*([A-Z]{2,3}[ -]?\d{3,4}|\d[A-Z]{3}\d{3})(?![\p{L}\p{N}-])/gu;

function platesAfterUnits(ctx: ScanContext): void {
  PLATE_AFTER_UNIT.lastIndex = 0;
  for (let m = PLATE_AFTER_UNIT.exec(ctx.text); m !== null; m = PLATE_AFTER_UNIT.exec(ctx.text)) {
    const plate = m[1] as string;
    pushPlate(ctx, m.index + m[0].length - plate.length, plate);
  }
}

/**
 * A British plate of the current form, two letters, the age's two digits and three letters
 * ("AB12 CDE"), in a text that speaks of a vehicle or of driving ("struck from behind by …",
 * "drives …"): the shape is strict enough to need no word right before it. A clinic's "RTC 2 wks"
 * (return to clinic) speaks of no collision, and a model's code in a device's name ("Avalon FM30
 * CTG") is no plate.
 */
const UK_PLATE = /(?<![\w-])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w-])/g;
const UK_PLATE_GATE = /[A-Z]{2}\d{2} ?[A-Z]{3}/;
const DRIVING_WORDS =
  /\b(?:driv(?:e|es|ing|er|en)|drove|vehicle|car|van|lorry|taxi|bus|motorbike|motorcycle|collision|RTC|RTA|struck|registration|plate|reg\.?)\b/gi;
/** "RTC 2 wks", "RTC in 6 weeks", "RTC prn", "RTC to clinic": a return to clinic, when it is due. */
const RETURN_TO_CLINIC =
  /^RTC[ \t]+(?:(?:in|after|for)[ \t]+)?(?:\d|one|two|three|four|six|prn|PRN|p\.r\.n|as needed|to\b|w\/|with)/;

function speaksOfDriving(text: string): boolean {
  DRIVING_WORDS.lastIndex = 0;
  for (let m = DRIVING_WORDS.exec(text); m !== null; m = DRIVING_WORDS.exec(text))
    if (!RETURN_TO_CLINIC.test(text.slice(m.index, m.index + 24))) return true;
  return false;
}

function ukPlates(ctx: ScanContext): void {
  if (!ctx.test(UK_PLATE_GATE) || !speaksOfDriving(ctx.text)) return;
  let devices: [number, number][] | undefined;
  for (const m of ctx.text.matchAll(UK_PLATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    devices ??= deviceSpans(ctx.text);
    if (devices.some(([s, e]) => s <= start && end <= e)) continue;
    ctx.out.push({ start, end, type: 'vehicle', ruleId: 'vehicle_plate' });
  }
}

/**
 * A plate written right before its vehicle's VIN ("Assigned unit 895 PFD, VIN …", "tractor
 * 6SKB068 / VIN …"): the VIN says what the number before it is.
 */
/**
 * A plate before a VIN: one or two groups, or Ireland's year, county and number ("232-C-47327")
 * or India's state, district, series and number ("KA 05 MN 4821"); a model's name in three
 * groups ("F-150 XLT") is none.
 */
const PLATE_NEAR_VIN = String.raw`(?=[A-Z0-9 -]{0,8}\d)(?=[A-Z0-9 -]{0,8}[A-Z])(?:[A-Z0-9]{1,4}[ -][A-Z0-9]{2,5}|[A-Z0-9]{5,10})|\d{2,3}-[A-Z]{1,2}-\d{1,6}|[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}`;
const PLATE_BEFORE_VIN = new RegExp(
  String.raw`(?<![\w-])(${PLATE_NEAR_VIN})(?=[ \t]*[,;/(][ \t]*VIN\b)`,
  'g',
);

/** "2019 RAV4, VIN …": a model year and a model name, not a plate. */
const MODEL_YEAR = /^(?:19|20)\d{2}[ -]/;

function platesBeforeVins(ctx: ScanContext): void {
  PLATE_BEFORE_VIN.lastIndex = 0;
  for (let m = PLATE_BEFORE_VIN.exec(ctx.text); m !== null; m = PLATE_BEFORE_VIN.exec(ctx.text))
    if (!MODEL_YEAR.test(m[0])) pushPlate(ctx, m.index, m[0]);
}

function pushPlate(ctx: ScanContext, start: number, plate: string): void {
  const bare = plate.replace(/[ -]/g, '');
  const length = bare.length;
  if (length >= 5 && length <= 10 && /\d/.test(bare) && /[A-ZÄÖÜ]/.test(bare))
    ctx.out.push({ start, end: start + plate.length, type: 'vehicle', ruleId: 'vehicle_plate' });
}

export const platesInProse: Detector = {
  id: 'vehicle_plate',
  types: ['vehicle'],
  run(ctx) {
    if (ctx.skip?.has('vehicle') || !ctx.hasUpper || ctx.longestDigitRun < 1) return;
    if (ctx.longestDigitRun >= 2) ukPlates(ctx);
    if (ctx.includes('VIN')) platesBeforeVins(ctx);
    if (ctx.longestDigitRun >= 3 && (ctx.includes('unit') || ctx.includes('plate'))) platesAfterUnits(ctx);
    if (!VEHICLE_WORDS.some((w) => ctx.includes(w))) return;
    const text = ctx.text;
    PLATE_AFTER_VEHICLE.lastIndex = 0;
    for (let m = PLATE_AFTER_VEHICLE.exec(text); m !== null; m = PLATE_AFTER_VEHICLE.exec(text)) {
      const plate = m[1] as string;
      pushPlate(ctx, m.index + m[0].length - plate.length, plate);
    }
  },
};
