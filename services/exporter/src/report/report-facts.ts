/**
 * What the HIPAA control report is computed from: counts and samples over a time range, read
 * from pre-aggregated tables (session_activity, daily_activity, daily_masking, daily_issuers) and from the
 * small per-kind tables (decisions, approvals, grants, auth failures, rule errors, checkpoints).
 * Samples carry only masked values and identities, never payloads.
 */
export interface ReportRange {
  /** Microseconds since the epoch, inclusive. */
  from: number;
  /** Microseconds since the epoch, exclusive. */
  to: number;
}

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface DailyActivity {
  day: string;
  events: number;
  frames: number;
  sessions: number;
  masked: number;
}

export interface ReportFacts {
  tenant: string;
  range: ReportRange;
  totals: {
    events: number;
    frames: number;
    sessions: number;
    subjects: number;
    connections: number;
    maskedFrames: number;
    quarantined: number;
  };
  daily: DailyActivity[];
  topTools: Count[];
  topSubjects: Count[];
  connections: Count[];
  /** Sessions active in the range with fewer stored events than their highest seq + 1. */
  sequenceGaps: { count: number; samples: { sessionId: string; missing: number }[] };
  /** Sessions active in the range without a session_ended event. */
  openSessions: number;
  decisions: Count[];
  denied: { count: number; samples: DecisionSample[] };
  /** require_approval decisions whose approval never reached approved. */
  unapproved: { count: number; samples: DecisionSample[] };
  approvals: Count[];
  expiredApprovals: number;
  grants: Count[];
  breakGlass: {
    count: number;
    samples: { grantId: string; subject: string; connection: string; time: string; reason: string }[];
  };
  authFailures: {
    count: number;
    byReason: Count[];
    samples: { time: string; reason: string; claimedIssuer: string; connection: string }[];
  };
  ruleErrors: { count: number; byRule: Count[] };
  maskingByType: Count[];
  checkpoints: { count: number; lastIssuedAt: string | null; keys: string[] };
  legalHolds: number;
  oldestEvent: string | null;
  issuers: Count[];
}

export interface DecisionSample {
  time: string;
  sessionId: string;
  subject: string;
  connection: string;
  tool: string;
  rule: string;
  reason: string;
}

/** Where the facts come from: ClickHouse in production, anything in unit tests. */
export interface ReportFactsSource {
  facts(tenant: string, range: ReportRange): Promise<ReportFacts>;
}
