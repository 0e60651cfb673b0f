/**
 * A device's or an implant's lot number after the lot's word ("Xience Skypoint 3.0 x 18 mm (lot
 * 7704005) deployed", "lot #K204417", "LOT: EK5730"): the device identifier a recall traces to
 * the patient who received it. A short number after "lot" (a parking lot's, a mobile home's "Lot
 * 23") and a word ("lot of", "lot size") stay.
 */
import { type Detector, type ScanContext, scan } from './detector';

/** The lot's word, an optional number mark, then up to three letters and four digits or more, or five digits or more. */
const LOT_RE =
  /\b(?:lot|Lot|LOT)(?:[ \t]*(?:#|no\.?|No\.?|number|num))?[ \t]*[:#]?[ \t]*((?:[A-Z]{1,3}-?\d{4,12}|\d{5,12})[A-Z]?)(?![\w-]|[.,/]\d)/dg;
const LOT_GATE = /\b(?:lot|Lot|LOT)\b/;

export const lotNumbers: Detector = {
  id: 'lot_number',
  types: ['device'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 4 || ctx.skip?.has('device') || !ctx.test(LOT_GATE)) return;
    scan(ctx, LOT_RE, 'device', 'lot_number', { group: 1 });
  },
};
