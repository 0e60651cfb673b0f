/**
 * The masking rules file (YAML): strategies per type, detectors to disable, field rules to add
 * or remove, JSON paths, custom pattern rules, media types allowed through, the time budget.
 * Custom patterns are compiled with re2js — linear time whatever the input — and a pattern it
 * cannot take (backreferences, lookaround) is rejected at load with the rule's id. Every
 * error names the field that is wrong.
 */
import { ProctorError } from '@proctor/errors';
import { RE2JS } from 're2js';
import { parse as parseYaml } from 'yaml';
import { isPhiType, type PhiType, STRATEGIES, type Strategy } from './types';

export class MaskingRulesError extends ProctorError<'masking_rules_invalid'> {
  constructor(message: string) {
    super(message, { code: 'masking_rules_invalid', httpStatus: 400, retryable: false });
  }
}

export interface CustomRule {
  id: string;
  type: PhiType;
  pattern: RE2JS;
  /** Context words, one of which must occur within `window` characters before a match. */
  context?: RegExp;
  window: number;
  group: number;
  strategy?: Strategy;
}

export interface RulesConfig {
  strategies: Partial<Record<PhiType | 'default', Strategy>>;
  /** Built-in detector ids or identifier types turned off. */
  disable: string[];
  fields: { add: Record<string, PhiType>; remove: string[]; paths: Record<string, PhiType> };
  rules: CustomRule[];
  /** Media types of binary content (images, audio, blobs) let through unmasked. */
  allowMedia: string[];
  /** Milliseconds the custom rules may take per payload before it is quarantined. */
  budgetMs: number;
}

export const DEFAULT_BUDGET_MS = 100;

export function emptyRulesConfig(): RulesConfig {
  return {
    strategies: {},
    disable: [],
    fields: { add: {}, remove: [], paths: {} },
    rules: [],
    allowMedia: [],
    budgetMs: DEFAULT_BUDGET_MS,
  };
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(where: string, what: string): never {
  throw new MaskingRulesError(`masking rules: ${where}: ${what}`);
}

function only(o: Obj, where: string, allowed: string[]): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) fail(`${where}${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
}

function stringList(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(where, 'must be a list of strings');
  return v as string[];
}

function phiType(v: unknown, where: string): PhiType {
  if (typeof v !== 'string' || !isPhiType(v)) fail(where, `unknown identifier type ${JSON.stringify(v)}`);
  return v;
}

function strategy(v: unknown, where: string): Strategy {
  if (typeof v !== 'string' || !(STRATEGIES as readonly string[]).includes(v)) {
    fail(where, `unknown strategy ${JSON.stringify(v)} (one of ${STRATEGIES.join(', ')})`);
  }
  return v as Strategy;
}

function typeMap(v: unknown, where: string): Record<string, PhiType> {
  if (v === undefined) return {};
  if (!isObj(v)) fail(where, 'must be a map of key → identifier type');
  return Object.fromEntries(Object.entries(v).map(([k, t]) => [k, phiType(t, `${where}.${k}`)]));
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

function compileRule(v: unknown, index: number): CustomRule {
  const where = `rules[${index}]`;
  if (!isObj(v)) fail(where, 'must be a map');
  only(v, `${where}.`, [
    'id',
    'type',
    'pattern',
    'caseInsensitive',
    'context',
    'window',
    'group',
    'strategy',
  ]);
  if (typeof v.id !== 'string' || !/^[\w.:-]{1,64}$/.test(v.id)) fail(`${where}.id`, 'must be a short word');
  const id = v.id;
  if (typeof v.pattern !== 'string' || v.pattern.length === 0)
    fail(`rule ${id}: pattern`, 'must be a non-empty string');
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(v.pattern, v.caseInsensitive === true ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (err) {
    // re2js refuses exactly what needs backtracking (backreferences, lookaround).
    fail(`rule ${id}: pattern`, `not accepted by the linear-time engine (${(err as Error).message})`);
  }
  const group = v.group === undefined ? 0 : Number(v.group);
  if (!Number.isInteger(group) || group < 0 || group > pattern.groupCount()) {
    fail(`rule ${id}: group`, `must be 0…${pattern.groupCount()}`);
  }
  const words = stringList(v.context, `rule ${id}: context`);
  const window = v.window === undefined ? 40 : Number(v.window);
  if (!Number.isInteger(window) || window < 1 || window > 500) fail(`rule ${id}: window`, 'must be 1…500');
  const rule: CustomRule = { id, type: phiType(v.type, `rule ${id}: type`), pattern, window, group };
  // Run once now, so the first payload does not pay for warming the matcher up against its budget.
  pattern.matcher('warm-up 0123456789 ABC abc').find();
  if (words.length > 0)
    rule.context = new RegExp(`\\b(?:${words.map((w) => w.replace(ESCAPE, '\\$&')).join('|')})`, 'i');
  if (v.strategy !== undefined) rule.strategy = strategy(v.strategy, `rule ${id}: strategy`);
  return rule;
}

/** Validates a parsed rules document (from YAML or an object). */
export function rulesFromObject(doc: unknown): RulesConfig {
  const config = emptyRulesConfig();
  if (doc === null || doc === undefined) return config;
  if (!isObj(doc)) fail('(top)', 'must be a map');
  only(doc, '', ['strategies', 'disable', 'fields', 'rules', 'media', 'budgetMs']);
  if (doc.strategies !== undefined) {
    if (!isObj(doc.strategies)) fail('strategies', 'must be a map of type → strategy');
    for (const [k, s] of Object.entries(doc.strategies)) {
      if (k !== 'default') phiType(k, `strategies.${k}`);
      config.strategies[k as PhiType | 'default'] = strategy(s, `strategies.${k}`);
    }
  }
  config.disable = stringList(doc.disable, 'disable');
  if (doc.fields !== undefined) {
    if (!isObj(doc.fields)) fail('fields', 'must be a map');
    only(doc.fields, 'fields.', ['add', 'remove', 'paths']);
    config.fields = {
      add: typeMap(doc.fields.add, 'fields.add'),
      remove: stringList(doc.fields.remove, 'fields.remove'),
      paths: typeMap(doc.fields.paths, 'fields.paths'),
    };
    for (const p of Object.keys(config.fields.paths)) {
      if (!/^\$(?:\.[^.[\]]+|\[(?:\*|\d+)\])*$/.test(p))
        fail(
          `fields.paths.${p}`,
          'must be a JSONPath like $.result.structuredContent.patient.note or $.items[*].ssn',
        );
    }
  }
  if (doc.rules !== undefined) {
    if (!Array.isArray(doc.rules)) fail('rules', 'must be a list');
    config.rules = doc.rules.map(compileRule);
    const seen = new Set<string>();
    for (const r of config.rules) {
      if (seen.has(r.id)) fail(`rule ${r.id}`, 'id used twice');
      seen.add(r.id);
    }
  }
  if (doc.media !== undefined) {
    if (!isObj(doc.media)) fail('media', 'must be a map');
    only(doc.media, 'media.', ['allow']);
    config.allowMedia = stringList(doc.media.allow, 'media.allow');
  }
  if (doc.budgetMs !== undefined) {
    const b = Number(doc.budgetMs);
    if (!Number.isFinite(b) || b <= 0 || b > 60_000)
      fail('budgetMs', 'must be a number of milliseconds (0 < budgetMs ≤ 60000)');
    config.budgetMs = b;
  }
  return config;
}

export function parseRulesYaml(text: string): RulesConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new MaskingRulesError(`masking rules: not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  return rulesFromObject(doc);
}
