/**
 * HealthKit object descriptions, as Apple Health exports and iOS logs print them:
 * `<<HKDevice: 0x2834a5e50>, name:Apple Watch, manufacturer:Apple Inc., model:Watch,
 * hardware:Watch6,1, software:9.0, localIdentifier:79JF040969>`. Each `key:value` field is read
 * through the field rules under the object's kind (HKDevice → device), so the device's
 * local and UDI identifiers are found and its name, maker and versions stay.
 */
import type { ScanContext } from './detector';

/** An object's opening: `<<HKDevice>` or `<<HKDevice: 0x…>`, then its fields up to the closing '>'. */
const DESCRIPTION = /<<HK([A-Z][A-Za-z]{2,30})(?::[^>\n]{0,40})?>((?:, [A-Za-z]{2,40}:[^<>\n]*)+)>/g;
/** A field: its key, and its value up to the next ", key:" (a value may hold a comma: "Watch6,1"). */
const FIELD = /, ([A-Za-z]{2,40}):(.*?)(?=, [A-Za-z]{2,40}:|$)/g;

export function healthKitDescriptions(ctx: ScanContext): void {
  const text = ctx.text;
  for (const m of text.matchAll(DESCRIPTION)) {
    const kind = m[1] as string;
    const fields = m[2] as string;
    const fieldsStart = (m.index ?? 0) + m[0].length - 1 - fields.length;
    const keys = [...fields.matchAll(FIELD)].map((f) => f[1] as string);
    for (const f of fields.matchAll(FIELD)) {
      const value = (f[2] as string).trim();
      const rule = value.length > 0 ? ctx.fields.ruleFor(f[1] as string, kind, keys) : undefined;
      if (!rule || ctx.skip?.has(rule.type) || (rule.shape && !rule.shape.test(value))) continue;
      const start = fieldsStart + (f.index ?? 0) + 2 + (f[1] as string).length + 1;
      ctx.out.push({ start, end: start + value.length, type: rule.type, ruleId: 'healthkit_field' });
    }
  }
}
