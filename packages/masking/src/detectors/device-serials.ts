/**
 * A device's serial in prose, told by what the sentence does with the device: the handset a
 * signature or a photo was captured on ("Signature captured on MDT-3948146"), and the serial a
 * medical equipment pickup, delivery or swap writes after the item ("DME pickup Prevalon heel
 * protector boots SZF591059A", "DME delivered KCI V.A.C. Ulta therapy unit FSE755820F"). A serial
 * is one token of capitals and figures, five figures at least and a letter; the device's own
 * name and model ("V.A.C. Ulta", "B650") stay. A serial in brackets in the clause that names a
 * sensor, a pump or an implant is one too ("the sensor is bad (GSU481334K)").
 */
import { type Detector, pushClosingGroup } from './detector';

/** Capitals and figures, five figures at least and a capital, seven to fourteen in all. */
const SERIAL = String.raw`(?=[A-Z-]*\d(?:[A-Z-]*\d){4})(?=[\d-]*[A-Z])[A-Z0-9][A-Z0-9-]{6,13}`;
const CAPTURED_ON = new RegExp(
  String.raw`(?<![\p{L}])(?:captured|recorded|signed|collected|taken|logged)[ \t]+(?:on|with|via|using)[ \t]+(?:(?:device|tablet|handset|phone|unit)[ \t]+)?(?:#[ \t]*)?(${SERIAL})(?![\p{L}\p{N}-])`,
  'gu',
);
const EQUIPMENT_MOVE = new RegExp(
  String.raw`(?<![\p{L}])(?:DME|[Ee]quipment)[ \t]+(?:pick-?up|picked up|delivery|delivered|returned|return|swap|exchange|exchanged|set-?up)[ \t][^\n;]{0,80}?[ \t](${SERIAL})(?=[.,;)]?(?:\s|$))`,
  'gu',
);

/**
 * A machine's own number after the machine's word, a modality's station, a console, a kiosk, a
 * pump or a home monitor's transmitter ("Siemens NAEOTOM Alpha station CT05-ZJV423", "kiosk
 * KSK-87421", "transmitter TX73184985"), a loaned laptop, a sensor, a router or a hearing aid,
 * perhaps with "serial" between ("laptop QWRT482913 on loan", "sensor serial GX52-771204"); a
 * nursing station's or a pump's number alone ("station 3", "pump 2") and a model's name ("laptop
 * X1 Carbon", "sensor G7") are no serial's shape.
 */
const MACHINE_WORD =
  /tation|onsole|iosk|erminal|ransmitter|eceiver|ump|ablet|andset|ateway|onitor|canner|eter|aptop|otebook|hromebook|ensor|eadset|outer|odem|ongle|earable|atch|earing aid/;
const MACHINE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ss]tation|[Ww]orkstation|[Cc]onsole|[Kk]iosk|[Tt]erminal|[Tt]ransmitter|[Rr]eceiver|[Pp]ump|[Tt]ablet|[Hh]andset|[Gg]ateway|[Mm]onitor|[Ss]canner|[Mm]eter|[Ll]aptop|[Nn]otebook|[Cc]hromebook|[Ss]ensor|[Hh]eadset|[Rr]outer|[Mm]odem|[Dd]ongle|[Ww]earable|[Ss]mart ?watch|[Hh]earing aid)[ \t]+(?:(?:ID|Id|id|SN|S\/N|[Ss]erial(?:[ \t]+(?:no\.?|number|#))?|no\.?|No\.?|#)[ \t]*:?[ \t]*)?(${SERIAL})(?![\p{L}\p{N}-])`,
  'gu',
);

/**
 * A serial in brackets later in the clause that names a worn or implanted device ("thinks the
 * sensor is bad (GSU481334K)", "pump alarming (PT24-88213Q)"): a model's name ("sensor (G7)",
 * "pump (MMT-780G)") has too few figures.
 */
const BRACKETED_AFTER_DEVICE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ss]ensor|[Tt]ransmitter|[Rr]eceiver|[Rr]eader|[Pp]ump|[Pp]od|[Pp]atch|[Mm]eter|[Mm]onitor|CGM|[Dd]evice|[Pp]acemaker|[Dd]efibrillator|ICD|[Gg]enerator|[Ii]mplant)s?(?![\p{L}])[^
.;:()]{0,30}\((${SERIAL})(?=\))`,
  'gu',
);

export const deviceSerials: Detector = {
  id: 'device_serial',
  types: ['device'],
  run(ctx) {
    if (ctx.longestDigitRun < 2 || !ctx.hasUpper || ctx.skip?.has('device')) return;
    if (ctx.includes(' on ') || ctx.includes(' with ') || ctx.includes(' via '))
      pushClosingGroup(ctx, CAPTURED_ON, 'device', 'device_serial');
    if (ctx.includes('DME') || ctx.includes('quipment'))
      pushClosingGroup(ctx, EQUIPMENT_MOVE, 'device', 'device_serial');
    if (ctx.passes((t) => MACHINE_WORD.test(t)))
      pushClosingGroup(ctx, MACHINE_NUMBER, 'device', 'device_serial');
    if (ctx.includes('(')) pushClosingGroup(ctx, BRACKETED_AFTER_DEVICE, 'device', 'device_serial');
  },
};
