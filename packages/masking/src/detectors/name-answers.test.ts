import { describe, expect, it } from 'vitest';
import { createMasker, DEFAULT_RULES } from '../index';
import { expectDetected, expectKept } from '../test-helpers';

describe('names said by what is said around them', () => {
  it.each([
    // The answer to a question asking for a name, in any case, after the speaker and a filler.
    ["[15:30:10] Bot: What's your full legal name?\n[15:30:16] user: its quenby tarrow\n", 'quenby tarrow'],
    [
      '08:07  AGENT> Can you confirm your full name and date of birth\n08:07  PT> yes its Tarrow, Quenby, 12.27.50\n',
      'Tarrow, Quenby',
    ],
    ['Bot: What is your first and last name?\nuser: Star Fields\n', 'Star Fields'],
    // A question for the person to contact, and an answer in the caller's turn on the question's line.
    ['q: who can we contact about you?\na: tova quenby (02) 5830 9780', 'tova quenby'],
    [
      "AGENT: thanks for holding, can i get your name. CALLER: anh tarrow-quenby, it's t-a-r-r-o-w",
      'anh tarrow-quenby',
    ],
    // A self-introduction, the common words of a name included after "my name is".
    ['My name is rich bishop and I was a patient on 4 West.', 'rich bishop'],
    ['"yeah hi it\'s Mo Quarrie I was in on the fourth with my knee"', 'Mo Quarrie'],
    ['Hello, this is Tova Brindle from the front desk.', 'Tova Brindle'],
    // A signature after a closing line, or after a dash at the end of a message.
    ['Please let me know if the appeal is approved.\nThank you,\nHoney\n', 'Honey'],
    ['Very truly yours,\nTucker Quarrie, Esq.\nBar No. 409045\n', 'Tucker Quarrie'],
    // In a quoted reply, and a month's name that is a given name alone on the line.
    ['Last HGB 9.9.\n> \n> Thanks,\n> April\n>\n> This message may contain PHI', 'April'],
    ['> Thanks,\n> Lucy\n>\n> CONFIDENTIALITY NOTICE', 'Lucy'],
    ['or email me if thats easier  - theodora brindlecombe\n\n-- message 42', 'theodora brindlecombe'],
    // A doctor addressed in lower case, a relative named by a common word.
    ['hi dr quarrievane its me again, the Lyrica 75 mg', 'quarrievane'],
    ['actually can my sister Cat come w me shes my ride', 'Cat'],
    ['Attending dr de la quarrie\nDischarge dx: I83.893', 'de la quarrie'],
    ['PCP: dr hernández ruiz\n\nCC: chest pressure', 'hernández ruiz'],
    ['For: dr le        Date: 11/16', 'le'],
    ['Subject: test results??\n\nHello Dr. quarrievane, my INR 1.3 came back', 'quarrievane'],
    ['@dana can you see mr okafor in 412?', 'okafor'],
    // A message opening with its writer's name and "here".
    ['Tovie here - the pharmacy says the prior auth expired', 'Tovie'],
    ['Tova Quarrie here, calling about my refill', 'Tova Quarrie'],
  ])('%s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['Bot: What is your full name?\nuser: i dont know why\n'],
    ['Bot: Please confirm your full name.\nuser: sure, one sec\n'],
    ['hi its fine now, thanks'],
    ['Plan: follow up in 2 weeks - stable\n\nNext visit'],
    ['Thanks,\nThe Care Team\n'],
    ['> Thanks,\n> The Care Team\n'],
    ['Thanks,\nMarch\n'],
    ['pt to see dr office tomorrow; dr appt booked'],
    ['Dr. office called; Dr. on call to review'],
    ['mild mr improved, severe mr and ar; hx ms dx 2010, ms flare'],
    ['with his wife Metformin 500 mg'],
    ['Click here.'],
    ['Pain here - worse at night'],
    ['Results here - see attached'],
  ])('keeps %s', (text) => expectKept(text));

  it('keeps an organisation introducing itself', () => {
    expectKept('Hi Omar, this is Quarrie Health reminding you of your appt.', 'Quarrie Health');
  });
});

describe('the name detectors registered one by one', () => {
  const text = 'My name is rich bishop and I was a patient on 4 West.';

  it('lists each by its own rule id', () => {
    const ids = DEFAULT_RULES.map((r) => r.id);
    for (const id of ['name_answer', 'typed_name', 'chat_handle', 'name_repeat', 'vehicle_plate'])
      expect(ids).toContain(id);
  });

  it('turns one off by its id and leaves the others on', () => {
    const all = createMasker().maskText(text);
    expect(all.matches.map((m) => m.ruleId)).toContain('name_answer');
    const without = createMasker({ rulesYaml: 'disable: [name_answer]' }).maskText(text);
    expect(without.text).toContain('rich bishop');
    expect(without.matches.map((m) => m.ruleId)).not.toContain('name_answer');
  });
});
