import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';
import { scanContext } from './detector';
import { lowerCaseNames } from './lower-names';

function names(text: string): string[] {
  return detectText(text)
    .filter((s) => s.type === 'name')
    .map((s) => text.slice(s.start, s.end));
}

describe('lower-case names a cue introduces', () => {
  it.each([
    // A verb of contact or a message's direction.
    ['called seo-yeon quarrie Jul 17 re: pump alerts; voice id pending', 'seo-yeon quarrie'],
    ['Spoke w/ declan tarrow-vane re balance, will call back', 'declan tarrow-vane'],
    ['LVM for guadalupe quenby re refill of tamoxifen 20 mg', 'guadalupe quenby'],
    ['reminder queued for nour quarrell -> sms:+15550100 appt tomorrow', 'nour quarrell'],
    ['Portal msg from quang de la quarrie: "my new address is pending"', 'quang de la quarrie'],
    ['spoke w/ maria re: refill', 'maria'],
    // A care role, a request to see someone, a list's item.
    ['fyi pt kayla tarrowby (MRN pending) wants a callback', 'kayla tarrowby'],
    ['pt itzel quenby is a 57 y/o female seen for rash', 'itzel quenby'],
    ['@dana can you see yasmin o’quarrie in 542? 31yo', 'yasmin o’quarrie'],
    ['ok so for koh kok quarrie (bed 9) - he is 81', 'koh kok quarrie'],
    ['ok so for yetunde quoma (bed 38) - she came in 22nd July', 'yetunde quoma'],
    // A given name and a family name that is also a word, after a role and before a record's bracket.
    ['fyi pt keisha street (MRN pending) wants a callback', 'keisha street'],
    ['LVM for lance brown re transport to appt', 'lance brown'],
    // A given name no list knows and a family name of the lists, after a role and before a bracket.
    ['fyi pt zhiwu sharp (MRN pending) wants a callback', 'zhiwu sharp'],
    // Words no list knows, after a contact or a role and before what closes a name beyond doubt.
    ['called zorvel quarrievane Jun 13 re: pump alerts', 'zorvel quarrievane'],
    ['reminder queued for tavish oquenbe -> sms:+15550100', 'tavish oquenbe'],
    // A relative or a carer reached, before a number to call back at.
    ['Call February 18 to caregiver mohammed quarrie at (925) 555-0142 — reached.', 'mohammed quarrie'],
    ['caller: pt daughter dmitri cb 549-555-0166', 'dmitri'],
    ['caller: caregiver adaeze tarrowby cb 578-555-0101', 'adaeze tarrowby'],
    // A comma between the relative and the name.
    ['She was seen on 3/26 with her daughter, jessyca quenby. Since 2000 the pain', 'jessyca quenby'],
    // Whom the patient lives with.
    ['lives at 12 Elm St with roommate priyanka quellmoor.\nPlan: rest', 'priyanka quellmoor'],
    // A grandchild, an aunt or a cousin reached, or the person a claim is for.
    ['left msg with grandson dmitri quarrell re: transport', 'dmitri quarrell'],
    ['spoke to her cousin latoya tarrowby today', 'latoya tarrowby'],
    ['Claimant: imani quarrie (DOI pending)', 'imani quarrie'],
    // Staff named by their job in a letter, a report or a log, before a comma or an extension.
    ['Please direct questions to paralegal imani quarrie at ext. 204.', 'imani quarrie'],
    ['seen with Tagalog interpreter latoya tarrowby, ID #X1, by phone', 'latoya tarrowby'],
    ['Reporter: dmitri quenby, RN. Witness: sitter', 'dmitri quenby'],
    // A given name alone after a verb said to someone, or a relative's word.
    ['told linda to call back after 3', 'linda'],
    ["memory: user's mother is linda", 'linda'],
    // A heading's or a label's end, a line's opening.
    ['Note 76847834 for latoya tarrowell', 'latoya tarrowell'],
    ['Note 87773783 for ji-woo quarrie', 'ji-woo quarrie'],
    ['1 record: alejandro quenbyson', 'alejandro quenbyson'],
    ['## Lab results — itzel tarrowby\n**DOB:** pending', 'itzel tarrowby'],
    ['imani fields has hypothyroidism since 2019. Failed levothyroxine.', 'imani fields'],
    ['on co-careldopa.\notieno quarrie from family keeps ringing', 'otieno quarrie'],
  ])('%s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['called pharmacy re: refill, spoke w/ team re: plan', 'pharmacy'],
    ['pt denies chest pain today; pt tolerated well.', 'chest pain'],
    ['refill for lisinopril today. see above.', 'lisinopril'],
    ['pt will call back tomorrow', 'will call'],
    ['grace period is over; for grace period.', 'grace period'],
    ['pt abd soft, asa 81 mg daily (home med)', 'asa'],
    ['1 record: hunter street', 'hunter street'],
    ['pt hx htn (dx 2019), called ortho resident re: plan', 'hx htn'],
    ['booked for lipoma excision (left arm); for chest pain (see note)', 'lipoma excision'],
    ['Pt prefers email (see chart); informed consent (signed)', 'prefers email'],
    ['pt called re refill. verified dob', 're refill'],
    ['informed consent (signed); asked about pain; updated plan.', 'consent'],
    ['mother is deceased, son is ok', 'deceased'],
    ['her daughter, who drove her, is at bedside', 'who drove'],
    ['lives alone, neighbor brings meals daily', 'brings meals'],
    ['grandson was there today; aunt has diabetes (dx 2019)', 'was there'],
    ['claimant reports back pain; claimant statement (attached)', 'statement'],
    ['interpreter services at ext. 300; reporter was the night nurse.', 'services'],
    ['pt ambulating well (see PT note); pt afebrile overnight (tmax 37.8)', 'ambulating well'],
    ['## Lab results — chest pain workup\n', 'chest pain'],
  ])('keeps the words of %j', (text, kept) => {
    expectKept(text, kept);
  });

  it('leaves the role before the name out of it', () => {
    expect(names('caller: caregiver adaeze tarrowby cb 578-555-0101')).toEqual(['adaeze tarrowby']);
  });

  it.each([
    ['E-mailed maria re: refill', ['maria']],
    ['called: maria re: refill', ['maria']],
    ['(called maria re: refill', ['maria']],
    ["it's called maria re: refill", ['maria']],
    ['called maria', ['maria']],
    // The cue's word inside another word, after a digit, a slash or a letter beyond ASCII, or before a comma: no cue.
    ['re-called maria re: refill', []],
    ['recalled maria re: refill', []],
    ['2called maria re: refill', []],
    ['x/called maria re: refill', []],
    ['écalled maria re: refill', []],
    ['called, maria re: refill', []],
  ])('reads a cue only as a whole word: %j', (text, found) => {
    const ctx = scanContext(text);
    lowerCaseNames(ctx);
    expect(ctx.out.map((s) => text.slice(s.start, s.end))).toEqual(found);
  });

  it('takes a single word only after a verb of contact or a role before a number, and only a given name', () => {
    expect(names('pt maria said so')).toEqual([]);
    expect(names('called mark re: refill')).toEqual([]);
  });
});

describe("a patient's given name in lower case after 'Pt'", () => {
  it.each([
    ['Call from: Pt marisol  +1 (555) 201-7730 (home)', 'marisol'],
    ['Reason for call: Med refill\nPt marisol called asking about a refill', 'marisol'],
    ['pt oluwaseun states the inhaler ran out', 'oluwaseun'],
    ['"text": "Call from: Pt quennoraeth  555.201.7730 (cell)\\nReason"', 'quennoraeth'],
    ['"text": "Reason for call: Symptoms\\nPt quennoraeth called asking about"', 'quennoraeth'],
    ['Call from: Pt grace  +1 772 628 2449 (cell)', 'grace'],
    ['Dose should read 2.5 mg.\nPatient Quennora informed. Discussed w/ pharmacy', 'Quennora'],
    ['Pt Quennora not yet informed.', 'Quennora'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps words, relatives and carers between Pt and the verb', () => {
    expectKept('Pt then called back to confirm', 'then');
    expectKept('Pt just called asking for results', 'just');
    expectKept('pt herself states she is better', 'herself');
    expectKept('Pt daughter called re: transport', 'daughter');
    expectKept('pt spouse reports more confusion', 'spouse');
    expectKept('Pt reportedly called twice', 'reportedly');
    expectKept('Pt ambulated 200 ft, tolerated well', 'ambulated');
    expectKept('pt tolerated the procedure well', 'tolerated');
    expectKept('Pt weight  72.4 kg', 'weight');
    expectKept('Patient Family informed of the plan', 'Family');
    expectKept('Pt Education provided; Pt Portal informed', 'Education provided; Pt Portal');
    expectKept('Patient Wife notified by phone', 'Wife');
  });
});
