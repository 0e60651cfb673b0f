import { randomBytes, randomUUID } from 'node:crypto';
import { StatefulToStatelessBridge } from '../bridge/stateful-to-stateless';
import { type ConfiguredEra, UpstreamEraResolver } from '../bridge/upstream-era';
import type { ExchangePipeline } from '../pipeline';
import { RequestStateSealer } from './request-state';
import { StatelessEra } from './stateless-era';

export interface StatelessSettings {
  requestStateKeys: readonly string[];
  requestStateTtlSeconds: number;
}

/**
 * Adds the stateless (2026-07-28) era to the pipeline. Without configured keys the
 * requestState key is drawn per process: multi-round-trip exchanges then continue only on
 * the gateway that started them, which is fine for one gateway and wrong behind a balancer.
 */
export function installStatelessEra(
  pipeline: ExchangePipeline,
  settings: { stateless: StatelessSettings; connections: readonly { name: string; era: ConfiguredEra }[] },
): void {
  const { stateless } = settings;
  const keys = stateless.requestStateKeys.map((k) => Buffer.from(k, 'utf8'));
  if (keys.length === 0) {
    pipeline.ctx.logger.warn(
      'enforcer.stateless.requestStateKeys is empty: multi-round-trip exchanges continue only on this gateway',
    );
    keys.push(randomBytes(32));
  }
  const ttlMs = stateless.requestStateTtlSeconds * 1_000;
  const sealer = new RequestStateSealer({ keys, ttlMs });
  const upstreamEras = new UpstreamEraResolver(
    pipeline.ctx,
    new Map(settings.connections.map((c) => [c.name, c.era])),
  );
  pipeline.addEra(
    new StatelessEra(pipeline.ctx, { sealer, newExchangeId: randomUUID, upstreamEras, stateTtlMs: ttlMs }),
  );
  // Stateful clients of stateless upstreams: consulted after the stateless era claimed its own.
  pipeline.addEra(new StatefulToStatelessBridge(pipeline.ctx, upstreamEras));
}
