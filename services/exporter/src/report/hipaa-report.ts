/**
 * The HIPAA control report: for each Security Rule control the evidence Proctor holds over a
 * time range (counts, samples, coverage, which identities and connections) and the exceptions
 * a reviewer must look at. Pure: facts in, report out; the renderers turn it into JSON, CSV and
 * one self-contained HTML file.
 */
import { ProctorError } from '@proctor/errors';
import type { Count, ReportFacts } from './report-facts';

export interface Evidence {
  label: string;
  value: string | number;
}

export interface ReportException {
  label: string;
  count: number;
  samples: Record<string, string | number>[];
}

export interface ControlResult {
  id: ControlId;
  citation: string;
  title: string;
  /** met: evidence present and no exceptions; attention: exceptions to review; no_evidence: nothing recorded. */
  status: 'met' | 'attention' | 'no_evidence';
  evidence: Evidence[];
  exceptions: ReportException[];
}

export const CONTROLS = {
  audit_controls: { citation: '45 CFR 164.312(b)', title: 'Audit controls' },
  access_control: {
    citation: '45 CFR 164.312(a)(1)',
    title: 'Access control (unique user identification, emergency access)',
  },
  integrity: { citation: '45 CFR 164.312(c)(1)', title: 'Integrity' },
  authentication: { citation: '45 CFR 164.312(d)', title: 'Person or entity authentication' },
  transmission_security: { citation: '45 CFR 164.312(e)(1)', title: 'Transmission security' },
  activity_review: { citation: '45 CFR 164.308(a)(1)(ii)(D)', title: 'Information system activity review' },
  access_management: { citation: '45 CFR 164.308(a)(4)', title: 'Information access management' },
  minimum_necessary: { citation: '45 CFR 164.502(b)', title: 'Minimum necessary' },
  retention: { citation: '45 CFR 164.316(b)(2)', title: 'Documentation retention' },
} as const;

export type ControlId = keyof typeof CONTROLS;
export const CONTROL_IDS = Object.keys(CONTROLS) as ControlId[];

/** Deployment facts the store does not hold. */
export interface DeploymentFacts {
  /** The default retention (days) of every audit table. */
  retentionDays: number;
  /** Areas kept for their own period (config auditStore.retention): area → days. */
  retentionByArea?: Record<string, number>;
  /** Configured upstream connections and their URLs' schemes (stdio counts as local). */
  connections: { name: string; transport: 'https' | 'http' | 'stdio' }[];
  /** Whether the gateway's own listener terminates TLS (or sits behind a TLS terminator the operator declared). */
  gatewayTls: boolean;
}

export interface HipaaReport {
  title: string;
  tenant: string;
  range: { from: string; to: string };
  generatedAt: string;
  controls: ControlResult[];
  facts: ReportFacts;
}

const SIX_YEARS_DAYS = 2192;

export function buildHipaaReport(
  facts: ReportFacts,
  deployment: DeploymentFacts,
  options: { controls?: readonly ControlId[]; now?: Date } = {},
): HipaaReport {
  const chosen = options.controls ?? CONTROL_IDS;
  const all: Record<ControlId, () => Omit<ControlResult, 'id' | 'citation' | 'title' | 'status'>> = {
    audit_controls: () => ({
      evidence: [
        { label: 'Events recorded', value: facts.totals.events },
        { label: 'MCP frames recorded', value: facts.totals.frames },
        { label: 'Sessions and exchanges', value: facts.totals.sessions },
        { label: 'Connections with activity', value: facts.totals.connections },
      ],
      exceptions: [
        exception(
          'Sessions with sequence gaps (events missing)',
          facts.sequenceGaps.count,
          facts.sequenceGaps.samples,
        ),
        exception('Sessions without a recorded end', facts.openSessions, []),
      ],
    }),
    access_control: () => ({
      evidence: [
        { label: 'Distinct identities', value: facts.totals.subjects },
        ...facts.decisions.map((d) => ({ label: `Policy decisions: ${d.key}`, value: d.count })),
        ...facts.grants.map((g) => ({ label: `Access-grant events: ${g.key}`, value: g.count })),
      ],
      exceptions: [
        exception('Calls denied by policy', facts.denied.count, facts.denied.samples),
        exception(
          'Emergency (break-glass) access, flagged for review',
          facts.breakGlass.count,
          facts.breakGlass.samples,
        ),
      ],
    }),
    integrity: () => ({
      evidence: [
        { label: 'Signed checkpoints', value: facts.checkpoints.count },
        { label: 'Last checkpoint', value: facts.checkpoints.lastIssuedAt ?? 'none' },
        { label: 'Signing keys', value: facts.checkpoints.keys.join(', ') || 'none' },
      ],
      exceptions: [
        exception(
          'Masking rule errors (payload quarantined)',
          facts.ruleErrors.count,
          facts.ruleErrors.byRule.map(countSample),
        ),
        exception('Quarantined events', facts.totals.quarantined, []),
        exception('Sessions with sequence gaps', facts.sequenceGaps.count, facts.sequenceGaps.samples),
      ],
    }),
    authentication: () => ({
      evidence: facts.issuers.map((i) => ({ label: `Identities authenticated by ${i.key}`, value: i.count })),
      exceptions: [exception('Failed authentications', facts.authFailures.count, facts.authFailures.samples)],
    }),
    transmission_security: () => {
      const plain = deployment.connections.filter((c) => c.transport === 'http');
      return {
        evidence: [
          {
            label: 'Gateway listener over TLS',
            value: deployment.gatewayTls ? 'yes' : 'no (declare a TLS terminator)',
          },
          {
            label: 'Upstream connections over HTTPS',
            value: deployment.connections.filter((c) => c.transport === 'https').length,
          },
          {
            label: 'Upstream connections over stdio (local process)',
            value: deployment.connections.filter((c) => c.transport === 'stdio').length,
          },
        ],
        exceptions: [
          exception(
            'Upstream connections over plain HTTP',
            plain.length,
            plain.map((c) => ({ connection: c.name })),
          ),
          exception('Gateway listener without TLS', deployment.gatewayTls ? 0 : 1, []),
        ],
      };
    },
    activity_review: () => ({
      evidence: [
        { label: 'Days with activity', value: facts.daily.length },
        ...facts.topTools.map((t) => ({ label: `Tool calls: ${t.key}`, value: t.count })),
        ...facts.topSubjects.map((s) => ({ label: `Sessions of ${s.key}`, value: s.count })),
      ],
      exceptions: [],
    }),
    access_management: () => ({
      evidence: [
        ...facts.approvals.map((a) => ({ label: `Approval events: ${a.key}`, value: a.count })),
        ...facts.grants.map((g) => ({ label: `Grant events: ${g.key}`, value: g.count })),
      ],
      exceptions: [
        exception('Risky calls without an approval', facts.unapproved.count, facts.unapproved.samples),
        exception('Approval requests that expired undecided', facts.expiredApprovals, []),
      ],
    }),
    minimum_necessary: () => ({
      evidence: [
        { label: 'Frames with PHI masked', value: facts.totals.maskedFrames },
        {
          label: 'Share of frames masked',
          value:
            facts.totals.frames === 0
              ? '0 %'
              : `${((100 * facts.totals.maskedFrames) / facts.totals.frames).toFixed(1)} %`,
        },
        ...facts.maskingByType.map((m) => ({ label: `Masked identifiers: ${m.key}`, value: m.count })),
      ],
      exceptions: [
        exception('Masking rule errors', facts.ruleErrors.count, facts.ruleErrors.byRule.map(countSample)),
      ],
    }),
    retention: () => {
      const areas = Object.entries(deployment.retentionByArea ?? {});
      const short = [['default', deployment.retentionDays] as const, ...areas].filter(
        ([, days]) => days < SIX_YEARS_DAYS,
      );
      return {
        evidence: [
          { label: 'Retention configured (days)', value: deployment.retentionDays },
          ...areas.map(([area, days]) => ({ label: `Retention of ${area} (days)`, value: days })),
          { label: 'Oldest event held', value: facts.oldestEvent ?? 'none' },
          { label: 'Sessions under legal hold', value: facts.legalHolds },
        ],
        exceptions: [
          exception(
            'Retention shorter than six years',
            short.length,
            short.map(([area, days]) => ({ area, retentionDays: days, requiredDays: SIX_YEARS_DAYS })),
          ),
        ],
      };
    },
  };
  const controls = chosen.map((id): ControlResult => {
    const body = all[id]();
    const exceptions = body.exceptions.filter((e) => e.count > 0);
    const hasEvidence = body.evidence.some((e) => typeof e.value === 'string' || e.value > 0);
    return {
      id,
      ...CONTROLS[id],
      status: exceptions.length > 0 ? 'attention' : hasEvidence ? 'met' : 'no_evidence',
      evidence: body.evidence,
      exceptions,
    };
  });
  return {
    title: 'HIPAA Security Rule control report',
    tenant: facts.tenant,
    range: { from: isoMicros(facts.range.from), to: isoMicros(facts.range.to) },
    generatedAt: (options.now ?? new Date()).toISOString(),
    controls,
    facts,
  };
}

function exception(label: string, count: number, samples: object[]): ReportException {
  return { label, count, samples: samples.slice(0, 20) as Record<string, string | number>[] };
}

function countSample(c: Count): Record<string, string | number> {
  return { key: c.key, count: c.count };
}

function isoMicros(micros: number): string {
  return new Date(Math.floor(micros / 1000)).toISOString();
}

/** Parses a control list ("integrity,retention"), naming an unknown control. */
export function parseControls(text: string): ControlId[] {
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!(id in CONTROLS)) throw new UnknownControlError(id);
  }
  return ids as ControlId[];
}

export class UnknownControlError extends ProctorError<'UNKNOWN_CONTROL'> {
  constructor(id: string) {
    super(`unknown report control "${id.slice(0, 64)}"; known: ${CONTROL_IDS.join(', ')}`, {
      code: 'UNKNOWN_CONTROL',
      httpStatus: 400,
      retryable: false,
    });
  }
}
