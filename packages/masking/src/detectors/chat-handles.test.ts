import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

const CHAT = [
  '#stepdown  (20251016T002657Z)',
  'quenby: anyone seen aaliyah in 432? wt 193 lb',
  'tarrowin: yeah gave Linzess 0.4 mg PO. paged vasyl',
  'quenby: ok, family wants update',
  'vasyl: on my way',
  'tarrowin: fyi fall risk',
].join('\n');

describe('speakers of a team chat typed in lower case', () => {
  it.each([['quenby'], ['tarrowin'], ['vasyl: on'], ['paged vasyl'], ['aaliyah']])('finds %s', (at) => {
    const value = at.replace(/^paged |: on$/g, '');
    const start = CHAT.indexOf(at) + at.indexOf(value);
    const spans = detectText(CHAT).filter((s) => s.type === 'name');
    expect(spans.some((s) => s.start <= start && s.end >= start + value.length)).toBe(true);
  });

  it('keeps the drugs, the units and the lines around the names', () => {
    expectKept(CHAT, 'Linzess 0.4 mg PO');
    expectKept(CHAT, 'family wants update');
  });

  it('reads lower-case labels and roles as no speakers', () => {
    expectNoType('plan: rest\nmeds: none\nallergies: nkda\nplan: f/u\n', 'name');
    expectNoType('user: hi\nbot: hello, how can I help?\nuser: refill please\n', 'name');
  });

  it('needs three speaker lines, one speaker twice', () => {
    expectKept('quenby: on my way\nnote: done\n', 'quenby');
  });

  it.each([
    ['Repro on 2.4.1.\n\ncc @tamsinquenby', 'tamsinquenby'],
    ['/cc @orrin-v @bea.oyarzun', 'bea.oyarzun'],
    ['assigned to @ivoqell.', 'ivoqell'],
    ['Thanks @wennavale, merged.', 'wennavale'],
  ])("finds the person's handle a writer copies or assigns in %j", (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it.each([
    ['@areddy can you see the pt in 458?', 'areddy'],
    ['{"user":"U1","text":"@brittany_q pls call the family back"}', 'brittany_q'],
    ['[9:23 AM] Wong (RN)\n@tarrowk, any update on bed 4?', 'tarrowk'],
  ])('finds the handle a message opens by addressing in %j', (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it.each([
    ['Pt no-showed again, rate 29.9%. @angelg ok to discharge from panel?', 'angelg'],
    ['Bed 4 is free! @mpavkka can you take it?', 'mpavkka'],
  ])('finds the handle a sentence opens by addressing in %j', (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it.each([
    ['<@keara.kautzer> can you see the pt in rm 639 before noon', 'keara.kautzer'],
    ['looping in <@dagynno_q|Dagynno> for the consult', 'dagynno_q'],
  ])("finds the person a chat's mention markup names in %j", (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it("keeps a platform's user id, a team's and a common word's mention, and an annotation after a sentence", () => {
    for (const text of [
      '<@U024BE7LH> can you see the pt?',
      '<@here> anyone free?',
      'see <@oncall-team> for pages',
      'Deprecated. @param name is ignored',
      'Done. @media screen rules stay',
    ]) {
      expect(detectText(text).filter((s) => s.ruleId === 'chat_handle')).toEqual([]);
    }
  });

  it("keeps code's annotations, style rules and a team's handle that open a line", () => {
    for (const text of [
      '@param name the name to look up',
      '@media screen and (max-width: 600px)',
      '@here anyone free?',
    ]) {
      expect(detectText(text).filter((s) => s.ruleId === 'chat_handle')).toEqual([]);
    }
  });

  it("keeps a team's, a bot's and a common word's handle, and a handle without a cue", () => {
    for (const text of ['cc @security @dependabot @org/triage', 'thanks @octo-team', 'see @tamsinquenby']) {
      expect(detectText(text).filter((s) => s.ruleId === 'chat_handle')).toEqual([]);
    }
  });
});

describe("speakers' accounts that open a chat export's lines", () => {
  const SLACK = [
    '#step-down-4w (Harbor Plains Medical)',
    '[2025-02-11 07:02:44] @tquillfeather: rm 12 needs K 20 mEq PO, BP 148/92 OK per ED',
    '[02/11/2025 07:05] @marisol.ekwueme: on it. PT eval at 10, OR at 2, eGFR 41 mL/min/1.73m2',
    '[2025-02-11T07:09:10Z] @tquillfeather: thx marisol. wife deolinda at desk',
    '[2025-02-11 07:12:01] @oncall-bot: reminder: huddle 07:30',
    '[2025-02-11 07:15:40] @marisol.ekwueme: ok, back in 20 min',
  ].join('\n');
  it.each([['tquillfeather'], ['marisol.ekwueme'], ['thx marisol'], ['deolinda']])('finds %s', (at) => {
    const value = at.replace(/^thx /, '');
    const start = SLACK.indexOf(at) + at.indexOf(value);
    const spans = detectText(SLACK).filter((s) => s.type === 'name');
    expect(spans.some((s) => s.start <= start && s.end >= start + value.length)).toBe(true);
  });

  it("keeps the bot's account, the drugs, the abbreviations and the timestamps", () => {
    expectKept(SLACK, 'oncall-bot');
    expectKept(SLACK, 'K 20 mEq PO, BP 148/92 OK per ED');
    expectKept(SLACK, 'PT eval at 10, OR at 2, eGFR 41 mL/min/1.73m2');
    expectKept(SLACK, '2025-02-11T07:09:10Z');
    expectKept(SLACK, 'back in 20 min');
  });

  it('reads a dotted account without the at sign in a timed chat', () => {
    const teams = [
      '10:32 AM kofi.mensah-b: pt in 4 ready',
      '10:33 AM ines.araujo: ok',
      '10:40 AM kofi.mensah-b: done',
    ].join('\n');
    expectDetected(teams, 'kofi.mensah-b', 'name');
    expectDetected(teams, 'ines.araujo', 'name');
  });

  it('needs three speaker lines, one account twice', () => {
    expectKept('[09:00] @rvanterpool: hi\n[09:01] @dsoyinka: hello\n', 'rvanterpool');
    expectNoType('v1.2: fixed\nv1.3: fixed\nv1.3: again\n', 'name');
  });
});

describe('a patient a chat line sums up by surname, age and sex', () => {
  const chat = (line: string): string =>
    [`[08:01] @nfairweather: ${line}`, '[08:02] @kt.oduya: ok', '[08:03] @nfairweather: thx'].join('\n');
  it.each([
    ['bed 3 is KD — dos santos, 67M', 'dos santos'],
    ['bed 3 is KD — dos santos, 67M', 'KD'],
    ['rm 4: okonjo-hale, 45 f, chest pain', 'okonjo-hale'],
    ['NB / quarrington, 80yo, fall', 'quarrington'],
    ['husband tavish in waiting rm', 'tavish'],
    ['her daughter wrenna called', 'wrenna'],
  ])('finds in %j the name %s', (line, value) => expectDetected(chat(line), value, 'name'));

  it.each([
    ['OR — pain, 45M, BP 150/90 OK', 'pain, 45M, BP 150/90 OK'],
    ['ED / fall, 80yo, on apixaban 5 mg', 'ED / fall, 80yo, on apixaban 5 mg'],
    ['husband here, wife at work, son called', 'husband here, wife at work, son called'],
    ['daughter there now, mom always late', 'daughter there now, mom always late'],
  ])('keeps in %j %s', (line, value) => expectKept(chat(line), value));
});
