import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('identifiers typed as the answer to a question', () => {
  it.each([
    [
      '[10:02] Bot: Got it. Please type the member ID from your card.\n[10:03] user: its KXR40031877 thru work\n',
      'KXR40031877',
      'health_plan',
    ],
    ['Agent> What is your policy number?\nCaller> uh 7733-091245\n', '7733-091245', 'health_plan'],
    ['Nurse: can you give me your medical record number?\nPt: 00448120\n', '00448120', 'mrn'],
    ['Rep: what account number is on the bill?\nMe: HB-5520913\n', 'HB-5520913', 'account'],
    [
      "[13:34:00] Bot: What's the best phone number for you?\n[13:34:52] user: 739678 6427\n",
      '739678 6427',
      'phone',
    ],
    ['09:38  DR> Best number to reach you?\n09:38  PT> 5885444893 its a cell\n', '5885444893', 'phone'],
    ["[02:03] Scheduler: what's a good callback\n[02:32] Caller: 4625240558\n", '4625240558', 'phone'],
    ['Nurse: best call back?\nMom: 412 555 0199 after 5\n', '412 555 0199', 'phone'],
    ['AGENT: and your account number for billing\nCALLER: RG46100195... sorry\n', 'RG46100195', 'account'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    [
      '[11:22:00] Dr. Yoon: Thank you. And your date of birth?\n[11:22:38] Pt: yes its Ann Roe, 9 18 06\n',
      '9 18 06',
    ],
    ['09:08  Ava> Thanks! And your date of birth?\n09:08  user> dob 10 15 03\n', '10 15 03'],
    ['Bot: What is your date of birth?\nuser: my dob is 05141965\n', '05141965'],
    ['Bot: date of birth?\nuser: 11.25.92\n', '11.25.92'],
    ['Bot: And your date of birth?\nuser: my dob is oct 13th 09\n', 'oct 13th 09'],
    ['Bot: And your date of birth?\nuser: march twenty sixth 60\n', 'march twenty sixth 60'],
    [
      'AGENT: and the date of birth\nCALLER: um, twelve sixteen forty nine\nAGENT: okay',
      'twelve sixteen forty nine',
    ],
  ])('finds a birth date typed or said as the answer: %s', (text, value) =>
    expectDetected(text, value, 'date'),
  );

  it('keeps the speaker times and a line that gives no date', () => {
    expectKept(
      '[09:04:54] Bot: And your date of birth?\n[09:07:19] user: why do you need it\n',
      '[09:07:19]',
    );
    expectKept('Bot: What is your date of birth?\nuser: i take 2 tabs of 500 mg\n', '2 tabs of 500 mg');
    expectKept('DOB 04/07/1932 on file\nBP 120 80 70 today\n', 'BP 120 80 70');
  });

  it('keeps the next line when the question is answered on its own line or asks for nothing', () => {
    expectKept('Member ID: W4471920033\nLot 2231907 dispensed\n', '2231907');
    expectKept('Bot: What is your policy number?\nuser: i dont have it, sorry\n');
    expectKept('[10:01] Bot: What is your phone number?\n[10:02] user: no phone, email me\n', '[10:02]');
    expectKept(
      "[02:03] Agent: what's a good callback\n[02:32] Caller: the cell, same as before\n",
      '[02:32]',
    );
    expectKept('Phone number: on file\nLot 2231907 dispensed at 10:45\n', '2231907');
    expectKept('Bot: what is your member ID?\nuser: at 10:45 on 2024-03-02\n', '10:45');
  });
});

describe('a name said as the answer to a question that asked for it', () => {
  it.each([
    [
      "AGENT: Can I have the member's name?\nCALLER: tamsin quellbury... last name is Q.\n",
      'tamsin quellbury',
    ],
    [
      "Rep: what's the patient's full name?\nCaller: it's orrin van der holt, her son\n",
      'orrin van der holt',
    ],
    [
      'Nurse: and who am I speaking with?\nMom: yes this is wrenna ashcombe-tarrow.\n',
      'wrenna ashcombe-tarrow',
    ],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps an answer of common words, a possessive or a name asked for on no question', () => {
    expectKept("AGENT: Can I have the member's name?\nCALLER: yes that's right.\n", "that's right");
    expectKept("AGENT: and who am I speaking with?\nCALLER: its my mom's phone\n", "my mom's phone");
    expectKept("AGENT: Can I have the member's name?\nCALLER: hold on please.\n", 'hold on please');
    expectKept('Name of plan: Silver\nfollow up visit in two weeks\n', 'follow up visit');
  });
});
