/**
 * A masker's configuration compiled once: the enabled built-in detectors, custom pattern rules
 * (re2js), programmatic detectors, field and path rules, strategies and the tenant key.
 */
import { BUILTIN_DETECTORS, detectorsFor, mergeSpans, TOKEN_BLIND_DETECTORS } from './detect';
import type { Detector } from './detectors/detector';
import { scanContext } from './detectors/detector';
import { lowerCaseName } from './detectors/standalone-names';
import { mayHoldAsciiDisguise } from './disguises';
import { encodedSpans } from './encoded';
import { FieldRules } from './field-rules';
import { dropKeptSpans } from './keep-resolution';
import { normalizeForDetection } from './normalize';
import type { CustomRule, RulesConfig } from './rule-config';
import { digestKey, SpanCache } from './span-cache';
import type { DetectedSpan, PhiType, RuleError, Strategy } from './types';

/** A built-in detector that threw: named, with the error's name (never its message, which may quote the text). */
export class DetectorError extends Error {
  readonly errorName: string;
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`masking: detector ${ruleId} failed`);
    this.name = 'DetectorError';
    this.errorName = cause instanceof Error ? cause.name : typeof cause;
  }
}

/** A rule written in code: may throw, and is then reported and the payload quarantined. */
export interface ProgrammaticDetector {
  id: string;
  type: PhiType;
  detect(text: string): Array<{ start: number; end: number }>;
}

export interface CompileOptions {
  tenantKey?: Buffer;
  strategies?: Partial<Record<PhiType | 'default', Strategy>>;
  detectors?: ProgrammaticDetector[];
  /** Built-in detectors to run instead of the enabled set (the benchmark's one-rule passes). */
  only?: readonly Detector[];
  /** Run every expression of every detector on every string, without pre-checks or caching. */
  ungated?: boolean;
  /**
   * Read a long value again each time it comes (default: answered from the cache): what each
   * detector costs on a stream of notes none of which repeats.
   */
  rereadLongValues?: boolean;
}

/** Hex of eight bytes of text holds eight digits (each byte's first digit is 2–7). */
const MIN_HEX_DIGITS = 8;
/** Values up to this long are cached by their text; longer ones by their digest. */
const CACHED_LENGTH = 64;
const CACHE_ENTRIES = 4096;
/** Long values kept per generation (a digest and the spans of each). */
const LONG_CACHE_ENTRIES = 1024;
/**
 * A value with this many digits in a row is an identifier, a count or a timestamp: it seldom
 * comes again, so caching it costs a lookup and an insert and pushes out values that do.
 */
const UNIQUE_DIGITS = 3;

function hasDigitRun(text: string, length: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= length) return true;
    } else run = 0;
  }
  return false;
}

export class CompiledRules {
  readonly builtIns: readonly Detector[];
  /** The built-ins that can match in a lower-case token (a URI, an id, a code). */
  private readonly tokenBuiltIns: readonly Detector[];
  readonly fields: FieldRules;
  readonly paths: { re: RegExp; type: PhiType; ruleId: string }[];
  readonly allowMedia: ReadonlySet<string>;
  readonly budgetMs: number;
  readonly tenantKey: Buffer | undefined;
  readonly hasCustom: boolean;
  private readonly custom: CustomRule[];
  private readonly programmatic: ProgrammaticDetector[];
  private readonly strategies: Partial<Record<PhiType | 'default', Strategy>>;
  private readonly ruleStrategies = new Map<string, Strategy>();
  private readonly disabledTypes: Set<string>;
  private readonly ruleMs = new Map<string, number>();
  /** Short values repeat across frames (media types, field values, names of things). */
  private readonly cache = new SpanCache(CACHE_ENTRIES);
  /**
   * So do long ones (a note read again, a tool result quoted in a later request), digits and
   * all: the digest costs little beside detection.
   */
  private readonly longCache: SpanCache | undefined;
  /** Every detector runs every expression on every string (the naive baseline of the benchmark). */
  private readonly ungated: boolean;
  private readonly namesOn: boolean;

  constructor(config: RulesConfig, options: CompileOptions = {}) {
    const disabled = new Set(config.disable);
    this.disabledTypes = disabled;
    this.builtIns =
      options.only ??
      BUILTIN_DETECTORS.filter((d) => !disabled.has(d.id) && !d.types.every((t) => disabled.has(t)));
    this.tokenBuiltIns = this.builtIns.filter((d) => !TOKEN_BLIND_DETECTORS.has(d.id));
    this.ungated = options.ungated === true;
    this.longCache = options.rereadLongValues ? undefined : new SpanCache(LONG_CACHE_ENTRIES);
    this.namesOn = this.builtIns.some((d) => d.id === 'person_name') && !disabled.has('name');
    this.fields = new FieldRules(config.fields.add, config.fields.remove);
    this.paths = Object.entries(config.fields.paths).map(([p, type]) => ({
      re: pathPattern(p),
      type,
      ruleId: `path:${p}`,
    }));
    this.allowMedia = new Set(config.allowMedia.map((m) => m.toLowerCase()));
    this.budgetMs = config.budgetMs;
    this.tenantKey = options.tenantKey;
    this.custom = config.rules;
    this.programmatic = options.detectors ?? [];
    this.hasCustom = this.custom.length > 0 || this.programmatic.length > 0;
    this.strategies = { ...config.strategies, ...options.strategies };
    for (const r of config.rules) if (r.strategy) this.ruleStrategies.set(r.id, r.strategy);
    const needsKey = Object.values(this.strategies).some((s) => s === 'pseudonym' || s === 'dateshift');
    if (needsKey && !this.tenantKey) {
      throw new Error('masking: the pseudonym and dateshift strategies need a tenant key');
    }
  }

  strategyFor(type: PhiType, ruleId: string): Strategy {
    return this.ruleStrategies.get(ruleId) ?? this.strategies[type] ?? this.strategies.default ?? 'redact';
  }

  detectBuiltIn(text: string, skip?: ReadonlySet<PhiType>): DetectedSpan[] {
    if (text.length < 2) return [];
    const long = text.length > CACHED_LENGTH;
    const cache = this.ungated || skip !== undefined ? undefined : this.cacheFor(text, long);
    const key = cache === undefined ? '' : long ? digestKey(text) : text;
    const hit = cache?.get(key);
    if (hit) return hit.length === 0 ? [] : hit.slice();
    // The facts about the text are gathered in the same pass that tells whether it needs
    // normalizing (most texts do not); they are gathered again only for a text that changed.
    const first = scanContext(text, skip, this.ungated, this.fields);
    const norm =
      first.plain && !first.mayBeEscaped && !text.includes('-\n') && !mayHoldAsciiDisguise(text, first)
        ? undefined
        : normalizeForDetection(text, first);
    const ctx =
      norm === undefined || norm.text === text
        ? first
        : scanContext(norm.text, skip, this.ungated, this.fields);
    // A lower-case value may still be a name alone ("haruto watanabe"): the one check it gets.
    if (ctx.barren) return this.namesOn && !skip?.has('name') ? lowerCaseName(text) : [];
    const detectors = detectorsFor(ctx, this.builtIns, this.tokenBuiltIns);
    let i = 0;
    try {
      for (; i < detectors.length; i++) (detectors[i] as Detector).run(ctx);
    } catch (err) {
      throw new DetectorError((detectors[i] as Detector).id, err);
    }
    dropKeptSpans(ctx.text, ctx.out);
    let out = this.disabledTypes.size > 0 ? ctx.out.filter((s) => !this.disabledTypes.has(s.type)) : ctx.out;
    if (norm !== undefined && norm.text !== text) {
      out = out.map((s) => {
        const [start, end] = norm.toOriginal(s.start, s.end);
        return { ...s, start, end };
      });
    }
    // Text hidden in a base64 token (capitals and small letters) or a hex one (digits): decoded
    // and read by this same detection.
    if (first.hasUpper || first.digits >= MIN_HEX_DIGITS) {
      const hidden = encodedSpans(text, (decoded) => this.detectBuiltIn(decoded, skip));
      if (hidden.length > 0) out = out.concat(hidden);
    }
    cache?.set(key, out.slice());
    return out;
  }

  /** The cache a value goes to: none for a short one with a run of digits (seldom seen again). */
  private cacheFor(text: string, long: boolean): SpanCache | undefined {
    if (long) return this.longCache;
    return hasDigitRun(text, UNIQUE_DIGITS) ? undefined : this.cache;
  }

  /** Runs custom rules, appending to `spans`; returns the error of a rule that threw. */
  detectCustom(text: string, spans: DetectedSpan[]): RuleError | undefined {
    for (const rule of this.custom) {
      const started = performance.now();
      const m = rule.pattern.matcher(text);
      while (m.find()) {
        const start = m.start(rule.group);
        const end = m.end(rule.group);
        if (start < 0 || end <= start) continue;
        if (rule.context && !rule.context.test(text.slice(Math.max(0, start - rule.window), start))) continue;
        spans.push({ start, end, type: rule.type, ruleId: rule.id });
      }
      this.addTime(rule.id, started);
    }
    for (const d of this.programmatic) {
      const started = performance.now();
      try {
        for (const s of d.detect(text)) {
          if (
            Number.isInteger(s.start) &&
            Number.isInteger(s.end) &&
            s.start >= 0 &&
            s.end <= text.length &&
            s.start < s.end
          ) {
            spans.push({ start: s.start, end: s.end, type: d.type, ruleId: d.id });
          }
        }
      } catch (err) {
        return { ruleId: d.id, reason: 'threw', errorName: err instanceof Error ? err.name : typeof err };
      } finally {
        this.addTime(d.id, started);
      }
    }
    return undefined;
  }

  merge(spans: DetectedSpan[]): DetectedSpan[] {
    return mergeSpans(spans);
  }

  /** The custom rule that has used the most time (named in a budget error). */
  slowestCustomRule(): string {
    let id = 'custom';
    let most = -1;
    for (const [rule, ms] of this.ruleMs) {
      if (ms > most) {
        most = ms;
        id = rule;
      }
    }
    return id;
  }

  private addTime(id: string, started: number): void {
    this.ruleMs.set(id, (this.ruleMs.get(id) ?? 0) + performance.now() - started);
  }
}

/** `$.a.b[*].c` → a matcher for concrete paths like `$.a.b[3].c`; `*` also matches any key. */
function pathPattern(path: string): RegExp {
  const source = path
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\\\[\\\*\\\]/g, '\\[\\d+\\]')
    .replace(/\\\.\\\*/g, '\\.[^.[]+');
  return new RegExp(`^${source}$`);
}
