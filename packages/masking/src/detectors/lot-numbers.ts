/**
 * A device's or an implant's lot number after the lot's word ("Xience Skypoint 3.0 x 18 mm (lot
 * 7704005) deployed", "lot #K204417", "LOT: EK5730"): the device identifier a recall traces to
 * the patient who received it. A short number after "lot" (a parking lot's, a mobile home's "Lot
 * 23") and a word ("lot of", "lot size") stay.
 */
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

/** The lot's word, an optional number mark, then up to three letters and four digits or more, or five digits or more. */
const LOT_RE =
  /\b(?:lot|Lot|LOT)(?:[ \t]*(?:#|no\.?|No\.?|number|num))?[ \t]*[:#]?[ \t]*((?:[A-Z]{1,3}-?\d{4,12}|\d{5,12})[A-Z]?)(?![\w-]|[.,/]\d)/dg;
const LOT_GATE = /\b(?:lot|Lot|LOT)\b/;

/**
 * What makes a lot a device's put into or onto the patient: the lot in brackets right after the
 * product, or an implant's, a stent's or a lead's words on its line ("deployed", "implanted",
 * "placed"), a vaccine's or a recall's, or a procedure's product "used" right before its lot. A lot on a line that says none of this ("Lot 2231907
 * dispensed", "Lot: T085211 expires 2027") stays.
 */
const DEVICE_LINE =
  /\b(?:deployed|implant(?:ed|s)?|explant(?:ed)?|placed|inserted|stents?|grafts?|valves?|leads?|pacemaker|defibrillator|icd|crt-?d|prosthe(?:sis|tic)|screws?|plates?|mesh|catheter|port|pump|udi|device|closure|occluder|clip|coil|sheath|balloon|lens|iol|anchor|vaccines?|vaccinated|immuni[sz]ations?|recall(?:ed)?)\b/i;
/** "Medela Thopaz+ used, lot Z9720850": a procedure note's product used on the patient, its lot right after. */
const USED_BEFORE = /\bused[,;][ \t]+$/;
const IMPLANTED: ScanOptions = {
  group: 1,
  accept: (_v, m, text) => {
    if (text.charCodeAt(m.index - 1) === 0x28) return true;
    if (USED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const nextBreak = text.indexOf('\n', m.index);
    const lineEnd = nextBreak < 0 ? text.length : nextBreak;
    return DEVICE_LINE.test(text.slice(Math.max(lineStart, m.index - 120), Math.min(lineEnd, m.index + 80)));
  },
};

export const lotNumbers: Detector = {
  id: 'lot_number',
  types: ['device'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 4 || ctx.skip?.has('device') || !ctx.test(LOT_GATE)) return;
    scan(ctx, LOT_RE, 'device', 'lot_number', IMPLANTED);
  },
};
