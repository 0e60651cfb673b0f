/**
 * The fixture upstream behind a test gateway that enforces a policy (the policy's request and
 * response stages, as the runtime plugs them in), for attacks on the rules through a real gateway.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { compilePolicyText, PolicyHolder } from '@proctor/policy';
import { createPolicyStages } from '../core/stages/policy-stages';
import { useUpstreamGateway } from './fixture-gateway';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { startTestGateway, type TestGateway } from './gateway-harness';

/** A test gateway with the rules it enforces (`policy.reloadText` changes them). */
export type PolicyTestGateway = TestGateway & { policy: PolicyHolder };

/**
 * A gateway whose one connection, `fixture`, leads to `upstreamUrl` under the policy
 * `policyText`; `connection` adds to the connection's settings (`{ era: 'stateful' }`).
 */
export async function startPolicyGateway(
  upstreamUrl: string,
  policyText: string,
  connection: Record<string, unknown> = {},
): Promise<PolicyTestGateway> {
  const options = { knownConnections: ['fixture'] };
  const policy = new PolicyHolder(compilePolicyText(policyText, options), options);
  const gateway = await startTestGateway(
    { connections: [{ name: 'fixture', upstream: { url: upstreamUrl }, ...connection }] },
    { stages: createPolicyStages({ holder: policy }) },
  );
  return { ...gateway, policy };
}

/**
 * The fixture upstream (with the tools `register` adds) behind a policy gateway, started before
 * the suite's tests and closed after them.
 */
export function usePolicyFixtureGateway(
  policyText: string,
  register?: (server: McpServer) => void,
): {
  readonly upstream: FixtureServer;
  readonly gateway: PolicyTestGateway;
} {
  return useUpstreamGateway(
    () => startFixtureServer(register && { register }),
    (upstream) => startPolicyGateway(upstream.url, policyText),
  );
}
