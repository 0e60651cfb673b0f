import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('health plan member numbers after abbreviations, cards and payers', () => {
  it.each([
    ['RE: the patient   DOB 1/2/70   mbr id XQR500000017\n', 'XQR500000017'],
    ['Claim #: 123    ins id 8AB4-C6D-EF65\nPatient', '8AB4-C6D-EF65'],
    ['Code status: FULL. mbr id U40000001 02\nDispo', 'U40000001 02'],
    ['Ins. ID: QWE200000054 on the card', 'QWE200000054'],
    ['Subscriber # 1234-567-890-AB', '1234-567-890-AB'],
    ['Fasting 10 hrs. Bring ins card (QWE200000054). Questions', 'QWE200000054'],
    ['Bring insurance card: 1234-567-890-AB today', '1234-567-890-AB'],
    ['new ins: Sample Health Plan 600000004L; SSN on file', '600000004L'],
    ['new ins: Blue Cross Blue Shield of Testland 9FQ7-J2Y-NY35; SSN', '9FQ7-J2Y-NY35'],
    ['payer: Medicaid of Testland YLB500000049', 'YLB500000049'],
    ['Insurance on file: Sample Health Plan QWE200000054\nQuestions? Call', 'QWE200000054'],
    ['Coverage primary: Testland Mutual U4000000102', 'U4000000102'],
    // The payer's name after a coverage word without a colon, the number in brackets.
    ['Started on a statin. Coverage Sample Valley Mutual (QT518 204 771).', 'QT518 204 771'],
    ['Insurance Testland Community Health (QT5-182-0477) on file', 'QT5-182-0477'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'health_plan'));

  it('keeps phones, dates, drug codes and plans of care', () => {
    expectNoType('ins: Sample Health 800-555-0134 for questions', 'health_plan');
    expectNoType('insurance card: Sample 2024-03-16 renewal', 'health_plan');
    expectKept('Plan: Metoprolol ER 25 mg daily, NDC 0002-1433-80', 'NDC 0002-1433-80');
    expectNoType('coverage: Sample Plan NDC 0002-1433-80', 'health_plan');
    expectNoType('ins id pending review, mbr id to follow', 'health_plan');
    expectNoType('Coverage Sample Mutual (PPO) renews; insurance Sample (800 555 0134)', 'health_plan');
  });
});
