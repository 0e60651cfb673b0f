/**
 * The town a care facility is in, written after the facility's name as transfer summaries,
 * letterheads and case-management notes place it: after a comma at the end of the line or before
 * a state ("To: Calder Memorial Hospital, Red Wing Crossing", "From: Fenwick Community Hospital,
 * East Hanlon, IN    To: ..."), before its telephone ("Preferred pharmacy: Quill Pharmacy, Port
 * Alder - ph 555-0100", also "Preferred pharmacy: Walgreens, Stonebridge - ph …"), or in brackets ("outpatient HD at Quarry Hill VNA (Port Alder)").
 * The facility's own word (Hospital, Medical Center, Clinic, VNA, Hospice, Rehab, Assisted Living)
 * ends the name; what follows is a town unless it names a part of the facility, a service or a
 * unit ("General Hospital, Department of Medicine", "St. Jude Hospital (Main Campus)",
 * "Harbor Clinic (Cardiology)"), or is an abbreviation in capitals.
 */
import { en } from '@faker-js/faker';
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';

/** The word a facility's name ends with. */
const FACILITY =
  '(?:Hospital|Medical Center|Medical Centre|Health Center|Health Centre|Health System|Heart Institute|Cancer Institute|Institute|Clinic|Infirmary|VNA|Hospice|Rehab|Rehabilitation|Nursing Home|Nursing Center|Assisted Living|Care Center|Care Centre|Dialysis Center|Dialysis Unit|Surgery Center|Surgical Center|Healthcare|Health Care|Medical Group|Home Health|Senior Living|Living Center|Manor|Sanatorium|Sanitarium|Pharmacy|Drugstore|Drug Store|Apothecary)';
const TOWN = "\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t](?:of[ \\t]|de[ \\t]|la[ \\t])?\\p{Lu}[\\p{Ll}'’-]+){0,2}";
const STATES = [...(en.location?.state_abbr ?? []), 'DC', 'PR'].join('|');
/**
 * ", Town" closing the line, before a state, a wide gap, a bracket's end or a dash and the
 * facility's telephone ("CVS Pharmacy, Mount Verity - ph 555-0100"); or " (Town)".
 */
const FACILITY_TOWN_RE = new RegExp(
  `(?<=${FACILITY}),[ \\t]+(${TOWN})(?=[ \\t]*(?:\\r?\\n|$)|,[ \\t]*(?:${STATES})(?![\\p{L}\\d])|[ \\t]{2,}|[ \\t]*[;|]|[ \\t]+-[ \\t]+(?:ph|phone|tel|fax|p|f)\\b)|(?<=${FACILITY})[ \\t]+\\((${TOWN})\\)`,
  'gdu',
);
const FACILITY_GATE = new RegExp(`${FACILITY}(?:,|[ \\t]+\\()`);
/**
 * After a pharmacy's label, whatever the pharmacy is called, its town after the comma before the
 * telephone or a state ("Preferred pharmacy: Walgreens, Stonebridge - ph 555-0100").
 */
const PHARMACY_TOWN_RE = new RegExp(
  `[Pp]harmacy[ \\t]*:[ \\t]*[^,:\\n]{2,40}?,[ \\t]+(${TOWN})(?=[ \\t]+-[ \\t]+(?:ph|phone|tel|fax|p|f)\\b|,[ \\t]*(?:${STATES})(?![\\p{L}\\d]))`,
  'gdu',
);

/** A last word that names a part of a facility: "North Wing", "Main Campus", "East Tower". */
const PART =
  /^(?:Wing|Tower|Pavilion|Building|Bldg|Campus|Annex|Suite|Room|Floor|Ward|Unit|Units|Center|Centre|Clinic|Clinics|Hospital|Office|Offices|Entrance|Lobby|Site|Location|Branch|Street|St|Avenue|Ave|Road|Rd)$/;
/** Any word that names a service, a label or a company's form: "Department of Medicine", "Inc". */
const LABEL =
  /^(?:Department|Dept|Division|Service|Services|Program|Programme|Network|Affiliate|Attn|Attention|Inc|Llc|Ltd|Corp|Plc|Admissions|Billing|Records|Patient|Patients|Fax|Phone|Tel|Dr|Doctor|Accepted|Pending|Declined|Confirmed|Referral|Referred|Discharged|Transferred|Admitted|Today|Tomorrow|Yesterday|Inpatient|Outpatient|Emergency|Pediatrics?|Paediatrics?|Adults?|Children|Women|Womens|Mens|Medicine|Surgery|Laboratory|Lab|Pharmacy|Radiology|Imaging|Oncology|Cardiology|Respite|Acute|Subacute|Skilled|Memory|Hospice|Dialysis|Rehab|Rehabilitation|Psychiatric|Behavioral|Behavioural|Geriatric|Palliative|Mail|Order|Delivery|Specialty|Retail|Online)$/;
/** A town of one word that is a direction or a campus's word: "(North)", "(Main)". */
const ALONE = /^(?:Main|North|South|East|West|Central|Downtown|Uptown|Midtown)$/;

/** A first or a last word that makes everyday words a town's name. */
const PLACE_HEAD =
  /^(?:Port|Fort|Ft|Mount|Mt|Lake|New|Saint|St|San|Santa|Glen|Cape|Point|Little|Big|Upper|Lower|North|South|East|West)$/;
const PLACE_END =
  /^(?:Creek|Heights|Junction|Mesa|Ridge|Falls|Springs|Hills|Valley|Harbor|Harbour|Landing|Crossing|Bluff|Bluffs|Grove|Lake|Station|Village|Hollow|Fork|Bend|Beach|Bay|Point|Mills|City|Town|Township|Borough|Rapids|Shores|Haven|Port|Ferry|Plains|Corners)$/;

/** Some word of the town is no everyday word, and none names a part of a facility or a service. */
function townWords(town: string, strict: boolean): boolean {
  const words = town.split(/[ \t]+/).filter((w) => !/^(?:of|de|la)$/.test(w));
  const last = words[words.length - 1] ?? '';
  if (PART.test(last) || (words.length === 1 && ALONE.test(last))) return false;
  if (words.some((w) => LABEL.test(w) || /(?:ology|iatry|ics)$/.test(w))) return false;
  // "Port Alder", "Cedar Bluff", "Red Wing Crossing": everyday words in a town's shape.
  if (words.length > 1 && (PLACE_HEAD.test(words[0] ?? '') || PLACE_END.test(last))) return true;
  // After a comma, at the line's end or before a state, a town may be an everyday word ("Plover").
  if (!strict) return true;
  const flags = nameDictionaries().flags;
  return !words.every((w) => ((flags.get(w.toLowerCase()) ?? 0) & (COMMON | NEVER)) !== 0);
}

function pharmacyTowns(ctx: ScanContext): void {
  PHARMACY_TOWN_RE.lastIndex = 0;
  for (let m = PHARMACY_TOWN_RE.exec(ctx.text); m; m = PHARMACY_TOWN_RE.exec(ctx.text)) {
    const at = m.indices?.[1];
    if (at && townWords(m[1] as string, true))
      ctx.out.push({ start: at[0], end: at[1], type: 'geo', ruleId: 'facility_town' });
  }
}

export const facilityTowns: Detector = {
  id: 'facility_town',
  types: ['geo'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('geo')) return;
    const { text } = ctx;
    if (ctx.includes('harmacy')) pharmacyTowns(ctx);
    if (!ctx.test(FACILITY_GATE)) return;
    FACILITY_TOWN_RE.lastIndex = 0;
    for (let m = FACILITY_TOWN_RE.exec(text); m; m = FACILITY_TOWN_RE.exec(text)) {
      const group = m[1] !== undefined ? 1 : 2;
      const town = m[group];
      const at = m.indices?.[group];
      if (!town || !at) continue;
      // Before a dash and a telephone the words must read as a town ("Mail Order - fax" does not).
      const strict = group === 2 || /^[ \t]+-/.test(text.slice(at[1], at[1] + 3));
      if (!townWords(town, strict)) continue;
      ctx.out.push({ start: at[0], end: at[1], type: 'geo', ruleId: 'facility_town' });
    }
  },
};
