/**
 * A member's number written after the plan's name and a slash, as a form's answer or a
 * registration line gives them ("Sunfield Medicaid Advantage / 244176103-04", "Keystone Health
 * Plan / W128320203", "Tidewater Medicaid Partners / H83466171601", "Keystone BlueShield /
 * 445-455-373"). A plan's word stands in the plan's name, two capitalised words after it at most;
 * the number holds five figures at least, or three groups of three (a year or a plan's tier
 * after the slash stays).
 */
import { type Detector, type ScanContext, scan } from './detector';

const PLAN_SLASH_RE =
  /\b(?:Plan|Health|Healthcare|Advantage|Benefits|Insurance|Medicaid|Medicare|Mutual|Assurance|Care|HMO|PPO|EPO|(?:Blue)?Shield|(?:Blue)?Cross)(?:[ \t]+[A-Z][A-Za-z&'-]*){0,2}[ \t]?\/[ \t]?((?=(?:[A-Z]*\d){5})[A-Z]{0,4}\d[A-Z0-9]{4,18}(?:[-*]\d{1,3})?|\d{3}-\d{3}-\d{3})(?![\w/-])/dg;

function run(ctx: ScanContext): void {
  const { text } = ctx;
  // A plan's word opens with a capital, and its number holds five digits.
  if (!ctx.hasUpper || ctx.digits < 5 || !text.includes('/')) return;
  scan(ctx, PLAN_SLASH_RE, 'health_plan', 'plan_slash_member', { group: 1 });
}

export const planSlashMembers: Detector = { id: 'plan_slash_member', types: ['health_plan'], run };
