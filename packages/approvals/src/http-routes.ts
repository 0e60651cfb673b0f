/**
 * The approvals and access-grant API, for approvers, requesters and the `proctor approvals` /
 * `proctor access` commands. Every route authenticates the caller (OIDC, through the shared
 * identity check passed in) and the services decide what the caller may do; this layer only
 * translates HTTP to calls and errors to answers.
 */
import type { Identity } from '@proctor/events';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApprovalService } from './approval-service';
import { MAX_REASON_CHARS, mayApprove } from './decision-rules';
import { ApprovalError } from './errors';
import type { GrantAsk, GrantService } from './grant-service';
import type { ApprovalRequest, ApprovalState, Grant } from './model';

export interface ApprovalRoutesDeps {
  approvals: ApprovalService;
  grants: GrantService;
  /** Resolves the caller or throws an error carrying httpStatus (and answers the challenge itself if it wants). */
  authenticate(request: FastifyRequest): Promise<Identity>;
  /** Groups that may read every request and grant (compliance, security). */
  auditorGroups: readonly string[];
  /** Masks a reason before it is kept in the approval store (a reason can name a patient). */
  maskText: (text: string) => string;
}

const STATES: readonly ApprovalState[] = [
  'pending',
  'approved',
  'denied',
  'expired',
  'cancelled',
  'interrupted',
];
const MAX_SECONDS = 366 * 86_400;

export function registerApprovalRoutes(app: FastifyInstance, deps: ApprovalRoutesDeps): void {
  const maskedReason = (body: Record<string, unknown>) => {
    const reason = optionalText(body, 'reason');
    if (reason === undefined) return undefined;
    // Refused before it is masked: masking takes the process about 18 ms per thousand
    // characters, so a body-sized reason (1 MB) held it, and every call it serves, for seconds.
    if (reason.trim().length > MAX_REASON_CHARS)
      throw new ApprovalError('INVALID_INPUT', `the reason is longer than ${MAX_REASON_CHARS} characters`);
    return deps.maskText(reason);
  };
  const isAuditor = (who: Identity) => who.groups.some((g) => deps.auditorGroups.includes(g));
  const mayRead = (who: Identity, r: ApprovalRequest) =>
    isAuditor(who) || mayApprove(r.approvers, who) || sameIdentity(who, r.requester);

  app.get('/v1/approvals', async (req, reply) =>
    handle(reply, async () => {
      const who = await deps.authenticate(req);
      const state = queryString(req, 'state');
      if (state !== undefined && !STATES.includes(state as ApprovalState)) {
        throw new ApprovalError('INVALID_INPUT', `state must be one of ${STATES.join(', ')}`);
      }
      const list = await deps.approvals.list(state ? [state as ApprovalState] : undefined);
      return { approvals: list.filter((r) => mayRead(who, r)).map(view) };
    }),
  );

  app.get('/v1/approvals/:id', async (req, reply) =>
    handle(reply, async () => {
      const who = await deps.authenticate(req);
      const shown = queryString(req, 'view') ?? 'masked';
      if (shown !== 'masked' && shown !== 'clear')
        throw new ApprovalError('INVALID_INPUT', 'view must be masked or clear');
      if (shown === 'clear') {
        // Asked of the gateway holding the call, recorded, and shown once: never cached.
        const clear = await deps.approvals.clearArguments(param(req, 'id'), who);
        reply.header('cache-control', 'no-store');
        return { ...view(clear.request), arguments: clear.arguments, argumentsView: 'clear' };
      }
      const request = await deps.approvals.get(param(req, 'id'));
      if (!mayRead(who, request))
        throw new ApprovalError('APPROVAL_NOT_FOUND', `no approval ${param(req, 'id')}`);
      return view(request);
    }),
  );

  for (const decision of ['approve', 'deny'] as const) {
    app.post(`/v1/approvals/:id/${decision}`, async (req, reply) =>
      handle(reply, async () => {
        const who = await deps.authenticate(req);
        const body = bodyOf(req);
        const validFor = optionalSeconds(body, 'validForSeconds');
        if (decision === 'deny' && validFor !== undefined) {
          throw new ApprovalError('INVALID_INPUT', 'validForSeconds applies to approvals only');
        }
        const next = await deps.approvals.decide(param(req, 'id'), {
          decider: who,
          decision,
          reason: maskedReason(body) ?? null,
          standingMs: validFor === undefined ? null : validFor * 1000,
        });
        return view(next);
      }),
    );
  }

  /** Both ways to ask for access read the same body: connection, durationSeconds, reason. */
  const askedAccess = async (req: FastifyRequest): Promise<GrantAsk> => {
    const who = await deps.authenticate(req);
    const body = bodyOf(req);
    return {
      identity: who,
      connection: requiredText(body, 'connection'),
      durationMs: requiredSeconds(body, 'durationSeconds') * 1000,
      reason: maskedReason(body) ?? '',
    };
  };

  app.post('/v1/access/requests', async (req, reply) =>
    handle(reply, async () => {
      const request = await deps.grants.request(await askedAccess(req));
      reply.code(201);
      return view(request);
    }),
  );

  app.post('/v1/access/break-glass', async (req, reply) =>
    handle(reply, async () => {
      const grant = await deps.grants.breakGlass(await askedAccess(req));
      reply.code(201);
      return grantView(grant);
    }),
  );

  app.get('/v1/access/grants', async (req, reply) =>
    handle(reply, async () => {
      const who = await deps.authenticate(req);
      const connection = queryString(req, 'connection');
      const subject = isAuditor(who) ? queryString(req, 'subject') : who.subject;
      const grants = await deps.grants.list({ subject, connection });
      return { grants: grants.filter((g) => isAuditor(who) || sameIdentity(g.grantee, who)).map(grantView) };
    }),
  );

  app.post('/v1/access/grants/:id/revoke', async (req, reply) =>
    handle(reply, async () => {
      const who = await deps.authenticate(req);
      const grant = await deps.grants.get(param(req, 'id'));
      if (
        !isAuditor(who) &&
        !sameIdentity(grant.grantee, who) &&
        !deps.grants.approvesFor(grant.connection, who)
      ) {
        throw new ApprovalError(
          'NOT_AN_APPROVER',
          "only the grantee, the connection's approvers or an auditor can revoke a grant",
        );
      }
      return grantView(await deps.grants.revoke(grant.id, who, maskedReason(bodyOf(req)) ?? ''));
    }),
  );
}

function sameIdentity(a: Identity, b: Identity): boolean {
  return a.subject === b.subject && a.issuer === b.issuer;
}

async function handle(reply: FastifyReply, work: () => Promise<unknown>): Promise<unknown> {
  try {
    return await work();
  } catch (err) {
    const status = (err as { httpStatus?: number }).httpStatus;
    const code = (err as { code?: string }).code;
    if (typeof status === 'number' && status >= 400 && status < 600 && typeof code === 'string') {
      const headers = (err as { headers?: Record<string, string> }).headers;
      if (headers) reply.headers(headers);
      reply.code(status);
      return { error: { code, message: (err as Error).message } };
    }
    throw err;
  }
}

export function view(request: ApprovalRequest): Record<string, unknown> {
  return {
    id: request.id,
    kind: request.kind,
    state: request.state,
    requester: {
      subject: request.requester.subject,
      issuer: request.requester.issuer,
      ci: request.requester.ci,
    },
    connection: request.connection,
    method: request.method,
    tool: request.toolName,
    arguments: request.maskedArguments,
    argumentsView: 'masked',
    argumentsDigest: request.argsDigest,
    rule: request.rule,
    ruleVersion: request.ruleVersion,
    grant: request.grant
      ? { durationSeconds: request.grant.durationMs / 1000, reason: request.grant.reason }
      : null,
    approvers: {
      groups: request.approvers.groups,
      subjects: request.approvers.subjects,
      required: request.approvers.required,
      clearGroups: request.approvers.clearGroups,
    },
    votes: request.votes.map((v) => ({ ...v, at: new Date(v.at).toISOString() })),
    createdAt: new Date(request.createdAt).toISOString(),
    expiresAt: new Date(request.expiresAt).toISOString(),
    validUntil: request.validUntil === null ? null : new Date(request.validUntil).toISOString(),
    outcomeReason: request.outcomeReason,
    /** The gateway instance holding the call (call requests). */
    heldBy: request.heldBy,
  };
}

export function grantView(grant: Grant): Record<string, unknown> {
  return {
    id: grant.id,
    grantee: { subject: grant.grantee.subject, issuer: grant.grantee.issuer },
    connection: grant.connection,
    scope: grant.scope,
    issuedAt: new Date(grant.issuedAt).toISOString(),
    expiresAt: new Date(grant.expiresAt).toISOString(),
    reason: grant.reason,
    approvalId: grant.approvalId,
    breakGlass: grant.breakGlass,
    revokedAt: grant.revokedAt === null ? null : new Date(grant.revokedAt).toISOString(),
    revokedBy: grant.revokedBy,
  };
}

function param(req: FastifyRequest, name: string): string {
  const value = (req.params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(value)) {
    throw new ApprovalError('INVALID_INPUT', `${name} is not a valid id`);
  }
  return value;
}

function queryString(req: FastifyRequest, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 256)
    throw new ApprovalError('INVALID_INPUT', `${name} must be a string`);
  return value;
}

function bodyOf(req: FastifyRequest): Record<string, unknown> {
  const body = req.body;
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw new ApprovalError('INVALID_INPUT', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}

function optionalText(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApprovalError('INVALID_INPUT', `${name} must be a string`);
  return value;
}

function requiredText(body: Record<string, unknown>, name: string): string {
  const value = optionalText(body, name);
  if (value === undefined || value.trim() === '')
    throw new ApprovalError('INVALID_INPUT', `${name} is required`);
  return value;
}

function optionalSeconds(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_SECONDS) {
    throw new ApprovalError(
      'INVALID_INPUT',
      `${name} must be a whole number of seconds between 1 and ${MAX_SECONDS}`,
    );
  }
  return value;
}

function requiredSeconds(body: Record<string, unknown>, name: string): number {
  const value = optionalSeconds(body, name);
  if (value === undefined) throw new ApprovalError('INVALID_INPUT', `${name} is required`);
  return value;
}
