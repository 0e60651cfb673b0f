import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { planSlashMembers } from './plan-slash-members';

// Synthetic values only.
const membersIn = (text: string): string[] => foundBy(planSlashMembers, text);

describe("a member's number after the plan's name and a slash", () => {
  it.each([
    ['Quillfield Medicaid Advantage / 244176103-04', '244176103-04'],
    ['Keystone Prairie Health Plan / W128320203', 'W128320203'],
    ['Heartland Cooperative Benefits/QX3719973', 'QX3719973'],
    ['Primary ins: Tidewater Medicaid Partners / H83466171601 / GRP-950441', 'H83466171601'],
    ['Keystone Meridian BlueShield / KLH94826384', 'KLH94826384'],
    ['Sagebrush Mutual Insurance / 445-455-373', '445-455-373'],
  ])('%s holds %s', (text, member) => {
    expect(membersIn(text)).toEqual([member]);
  });

  it("keeps a year, a tier and a plan's word after the slash", () => {
    for (const text of [
      'Medicare / 2024',
      'Health Plan / Gold',
      'Medicare/Medicaid',
      'Care / 10 mg',
      'Health Partners Network / 2024-2025',
      'Medicaid Plan B / 5 of 12',
    ])
      expect(membersIn(text), text).toEqual([]);
  });
});
