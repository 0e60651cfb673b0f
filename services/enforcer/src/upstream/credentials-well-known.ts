import { protectedResourceMetadata, publicBaseUrl } from '@proctor/identity';
import type { FastifyInstance } from 'fastify';
import type { JSONWebKeySet } from 'jose';

export interface CredentialDiscoveryOptions {
  connections: ReadonlySet<string>;
  /** Authorization servers MCP clients should get their tokens from (RFC 9728 authorization_servers). */
  authorizationServers: readonly string[];
  publicUrl?: string;
  /** The gateway's public signing keys, when it mints upstream tokens: upstreams verify them here. */
  gatewayJwks?: JSONWebKeySet;
}

/**
 * The two discovery documents of the gateway's credentials: each connection's protected
 * resource metadata (what 401 challenges point MCP clients to), and the JWKS of the key the
 * gateway signs upstream tokens with.
 */
export function registerCredentialDiscovery(app: FastifyInstance, options: CredentialDiscoveryOptions): void {
  app.get<{ Params: { name: string } }>(
    '/.well-known/oauth-protected-resource/mcp/:name',
    async (req, reply) => {
      if (!options.connections.has(req.params.name)) {
        return reply.code(404).send({ error: 'unknown MCP connection' });
      }
      const base = publicBaseUrl(options.publicUrl, { protocol: req.protocol, host: req.host });
      return protectedResourceMetadata({
        resource: `${base}/mcp/${encodeURIComponent(req.params.name)}`,
        authorizationServers: options.authorizationServers,
        resourceName: `Proctor MCP connection ${req.params.name}`,
      });
    },
  );
  const jwks = options.gatewayJwks;
  if (jwks !== undefined) {
    app.get('/.well-known/jwks.json', async (_req, reply) =>
      reply.header('cache-control', 'public, max-age=300').send(jwks),
    );
  }
}
