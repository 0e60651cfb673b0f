/**
 * The approval workflow wired together: an ApprovalService whose approved grant requests are
 * issued by a GrantService on the same store, bus and audit sink.
 */
import { ApprovalService, type ApprovalServiceDeps } from './approval-service';
import { type BreakGlassPolicy, type GrantPolicy, GrantService } from './grant-service';

export interface WorkflowDeps extends Omit<ApprovalServiceDeps, 'onGrantApproved'> {
  grantable: ReadonlyMap<string, GrantPolicy>;
  connections: ReadonlySet<string>;
  breakGlass: BreakGlassPolicy | null;
}

export function createApprovalWorkflow(deps: WorkflowDeps): {
  approvals: ApprovalService;
  grants: GrantService;
} {
  let grants: GrantService | undefined;
  const approvals = new ApprovalService({
    ...deps,
    onGrantApproved: async (request) => {
      await grants?.issueFor(request);
    },
  });
  grants = new GrantService(
    {
      store: deps.store,
      bus: deps.bus,
      audit: deps.audit,
      tenant: deps.tenant,
      grantable: deps.grantable,
      connections: deps.connections,
      breakGlass: deps.breakGlass,
      ...(deps.now !== undefined && { now: deps.now }),
    },
    approvals,
  );
  return { approvals, grants };
}
