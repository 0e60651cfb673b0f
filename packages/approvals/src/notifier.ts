/**
 * Tells approvers that a request waits for them: one job per request and webhook, run by the
 * job queue (bullmq on Redis, or in process), retried with backoff. Every attempt is on the
 * record: `notified` when a webhook took it, `notify_failed` (with the HTTP status or the
 * network error's kind, never a payload) when it did not, so a failing channel is never silent.
 */
import { ProctorError } from '@proctor/errors';
import { defineJob, type JobQueue, type JobWorker } from '@proctor/jobs';
import { type AuditSink, approvalRecord } from './audit-records';
import type { ApprovalRequest } from './model';
import type { ApprovalStore } from './store-port';

export interface Webhook {
  url: string;
  /** slack: a Slack-compatible message (text + blocks); generic: a JSON description. */
  format: 'slack' | 'generic';
  headers: Record<string, string>;
}

export interface NotifyPayload {
  approvalId: string;
  webhook: number;
}

export const notifyApproversJob = defineJob({
  name: 'approval.notify',
  parse(payload: unknown): NotifyPayload {
    const p = payload as Partial<NotifyPayload> | null;
    if (!p || typeof p.approvalId !== 'string' || !Number.isInteger(p.webhook) || (p.webhook as number) < 0) {
      throw new Error('approval.notify needs { approvalId: string, webhook: non-negative integer }');
    }
    return { approvalId: p.approvalId, webhook: p.webhook as number };
  },
  defaultOptions: { attempts: 8, backoffMs: 2_000, timeoutMs: 15_000 },
});

class WebhookFailedError extends ProctorError<'WEBHOOK_FAILED'> {
  constructor(detail: string) {
    super(`approver webhook failed: ${detail}`, { code: 'WEBHOOK_FAILED', httpStatus: 502, retryable: true });
  }
}

export interface NotifierDeps {
  jobs: JobQueue;
  store: ApprovalStore;
  audit: AuditSink;
  webhooks: readonly Webhook[];
  /** Where approvers decide, e.g. https://proctor.example.com (links in the message). */
  publicUrl: string | null;
  /** Overrides the job's attempts and backoff (defaults: notifyApproversJob's). */
  retry?: { attempts: number; backoffMs: number };
  fetch?: typeof fetch;
}

export class ApproverNotifier {
  constructor(private readonly deps: NotifierDeps) {}

  /** Queues one notification job per webhook (the approval service calls this for each new request). */
  async enqueue(request: ApprovalRequest): Promise<void> {
    for (let webhook = 0; webhook < this.deps.webhooks.length; webhook++) {
      await this.deps.jobs.enqueue(notifyApproversJob, { approvalId: request.id, webhook }, this.deps.retry);
    }
  }

  work(concurrency = 4): Promise<JobWorker> {
    return this.deps.jobs.work(
      notifyApproversJob,
      (payload, context) => this.deliver(payload, context.signal),
      {
        concurrency,
      },
    );
  }

  private async deliver(payload: NotifyPayload, signal: AbortSignal): Promise<unknown> {
    const request = await this.deps.store.getRequest(payload.approvalId);
    const webhook = this.deps.webhooks[payload.webhook];
    if (!request || !webhook) return { skipped: 'unknown approval or webhook' };
    if (request.state !== 'pending') return { skipped: `approval already ${request.state}` };
    const body =
      webhook.format === 'slack'
        ? slackMessage(request, this.deps.publicUrl)
        : genericMessage(request, this.deps.publicUrl);
    let failure: string | null = null;
    try {
      const response = await (this.deps.fetch ?? fetch)(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...webhook.headers },
        body: JSON.stringify(body),
        signal,
      });
      await response.body?.cancel();
      if (!response.ok) failure = `HTTP ${response.status}`;
    } catch (err) {
      failure = (err as { name?: string }).name === 'AbortError' ? 'timeout' : 'network error';
    }
    await this.record(
      request.id,
      failure === null ? 'notified' : 'notify_failed',
      `webhook ${payload.webhook}${failure ? `: ${failure}` : ''}`,
    );
    if (failure !== null) throw new WebhookFailedError(failure);
    return { delivered: payload.webhook };
  }

  private async record(id: string, action: 'notified' | 'notify_failed', reason: string): Promise<void> {
    let seq = -1;
    const request = await this.deps.store.updateRequest(id, (current) => {
      seq = current.nextSeq;
      return { ...current, nextSeq: current.nextSeq + 1 };
    });
    await this.deps.audit(approvalRecord(request, seq, action, { reason }));
  }
}

function describe(request: ApprovalRequest): Record<string, unknown> {
  return {
    approvalId: request.id,
    kind: request.kind,
    requester: {
      subject: request.requester.subject,
      issuer: request.requester.issuer,
      ci: request.requester.ci,
    },
    connection: request.connection,
    method: request.method,
    tool: request.toolName,
    arguments: request.maskedArguments,
    argumentsDigest: request.argsDigest,
    rule: request.rule,
    grant: request.grant,
    requiredApprovals: request.approvers.required,
    expiresAt: new Date(request.expiresAt).toISOString(),
  };
}

export function genericMessage(request: ApprovalRequest, publicUrl: string | null): Record<string, unknown> {
  return {
    type: 'proctor.approval.requested',
    ...describe(request),
    links: publicUrl ? { approval: `${publicUrl.replace(/\/$/, '')}/v1/approvals/${request.id}` } : {},
  };
}

/**
 * Text for Slack's markup: `<…>` is a mention (`<!channel>`) or a link, so `&`, `<` and `>`
 * are escaped as Slack asks. A tool name, the arguments and a CI subject (a branch name) are
 * chosen by the caller: none may ping a channel or show a link of theirs.
 */
export function slackText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Text inside a code span or block of the message: a backtick of the caller's would end it. */
function slackCode(text: string): string {
  return slackText(text).replaceAll('`', "'");
}

/** At most `max` characters (a section of a Slack message holds 3000), never cutting an escape in two. */
function clipped(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).replace(/&[a-z]{0,3}$/, '');
}

/** Longest caller-chosen name (tool, subject) in the message: its first section holds 3000 characters. */
const NAME_CHARS = 400;

export function slackMessage(request: ApprovalRequest, publicUrl: string | null): Record<string, unknown> {
  const connection = slackText(request.connection);
  const call = `${request.method ?? ''}${request.toolName ? ` ${request.toolName}` : ''}`;
  const what =
    request.kind === 'grant'
      ? `access to *${connection}* for ${Math.round((request.grant?.durationMs ?? 0) / 60_000)} min`
      : `\`${clipped(slackCode(call), NAME_CHARS)}\` on *${connection}*`;
  const text = `Approval needed: ${clipped(slackText(request.requester.subject), NAME_CHARS)} asks for ${what} (rule ${slackText(request.rule ?? '-')}). Id ${request.id}.`;
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: { type: 'mrkdwn', text } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `Arguments (masked):\n\`\`\`${clipped(slackCode(JSON.stringify(request.maskedArguments ?? null)), 2500)}\`\`\``,
      },
    },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Decide with \`proctor approvals approve ${request.id} --reason …\` or \`deny\`; expires ${new Date(request.expiresAt).toISOString()}.`,
        },
      ],
    },
  ];
  if (publicUrl) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Open' },
          url: `${publicUrl.replace(/\/$/, '')}/v1/approvals/${request.id}`,
        },
      ],
    });
  }
  return { text, blocks };
}
