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

/** A gateway whose one connection, `fixture`, leads to `upstreamUrl` under the policy `policyText`. */
export function startPolicyGateway(upstreamUrl: string, policyText: string): Promise<TestGateway> {
  const holder = new PolicyHolder(compilePolicyText(policyText, { knownConnections: ['fixture'] }));
  return startTestGateway(
    { connections: [{ name: 'fixture', upstream: { url: upstreamUrl } }] },
    { stages: createPolicyStages({ holder }) },
  );
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
  readonly gateway: TestGateway;
} {
  return useUpstreamGateway(
    () => startFixtureServer(register && { register }),
    (upstream) => startPolicyGateway(upstream.url, policyText),
  );
}
