/** The audit pipeline's Kafka topics (a public contract: SIEMs and scripts subscribe by name). */
export const AUDIT_TOPICS = {
  /** Every MCP frame and session event as emitted by the enforcer; payloads encrypted. */
  raw: 'proctor.audit.raw.v1',
  /** Masked events for SIEM consumers. */
  redacted: 'proctor.audit.redacted.v1',
  /** Records ingest could not process: original bytes plus headers naming the reason. */
  dlq: 'proctor.audit.dlq.v1',
} as const;

export type AuditTopic = (typeof AUDIT_TOPICS)[keyof typeof AUDIT_TOPICS];
