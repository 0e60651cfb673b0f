import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('the number a call, an incident or an intake is logged under', () => {
  it.each([
    ['CRISIS LINE CALL LOG  call# CL-97036532  2025-09-27T12:47:06.631Z', 'CL-97036532'],
    ['Incident no. 4471902 filed by the charge nurse', '4471902'],
    ['PROTECTIVE SERVICES — Intake Report  2022-GC-07704\nReceived via hotline', '2022-GC-07704'],
    ['PROTECTIVE SERVICES — Intake Report  F95939847\nReceived via hotline', 'F95939847'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it.each([
    ['Run # 3 of the infusion at 125 mL/h', 'Run # 3'],
    ['Incident report filed; see 2025 summary', 'see 2025 summary'],
    ['call back in 2 weeks, HbA1c 7.2', 'HbA1c 7.2'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
