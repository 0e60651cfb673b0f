import { parseArgs } from 'node:util';
import type { ProctorConfig } from '@proctor/config';
import { describeAuditStore } from '../runtime/audit-store';
import { describeEventLog } from '../runtime/event-log';
import {
  type RunningService,
  serviceLogger,
  startAll,
  startEnforcer,
  startExporter,
  startIngest,
} from '../runtime/services';
import { onTerminationSignal, shutdownInOrder } from '../runtime/shutdown';
import { COMMON_OPTIONS } from './args';
import { loadCliConfig } from './config-file';

export type ServiceCommand = 'up' | 'enforcer' | 'ingest' | 'exporter';

const USAGE: Record<ServiceCommand, string> = {
  up: 'proctor up [--config FILE]\n  Runs the enforcer, ingest and exporter in one process. With nothing configured it uses\n  the embedded parts: a local event log and ClickHouse in-process (chDB) under ./data.\n',
  enforcer:
    'proctor enforcer [--config FILE]\n  Runs the MCP gateway alone (set KAFKA_BROKERS to share the log with other processes).\n',
  ingest:
    'proctor ingest [--config FILE]\n  Runs the masking stream processor alone: raw topic → masked → ClickHouse + redacted topic.\n',
  exporter: 'proctor exporter [--config FILE]\n  Runs the audit API alone.\n',
};

export async function runServices(command: ServiceCommand, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...COMMON_OPTIONS }, strict: true });
  if (values.help) {
    process.stdout.write(USAGE[command]);
    return 0;
  }
  const config = await loadCliConfig(values.config);
  const logger = serviceLogger(config);
  const services = await start(command, config, logger);
  process.stdout.write(summary(config, services, values.config));
  onTerminationSignal(() =>
    shutdownInOrder(
      services.flatMap((s) => s.steps),
      logger,
    ),
  );
  return await new Promise<number>(() => undefined);
}

function start(command: ServiceCommand, config: ProctorConfig, logger: ReturnType<typeof serviceLogger>) {
  switch (command) {
    case 'up':
      return startAll(config, logger);
    case 'enforcer':
      return startEnforcer(config, logger).then((s) => [s]);
    case 'ingest':
      return startIngest(config, logger).then((s) => [s]);
    case 'exporter':
      return startExporter(config, logger).then((s) => [s]);
  }
}

function summary(config: ProctorConfig, services: RunningService[], configFile: string | undefined): string {
  const lines = ['', `Proctor ${config.mode === 'development' ? '(development mode) ' : ''}is running:`];
  for (const service of services) {
    if (service.name === 'enforcer') {
      for (const c of config.enforcer.connections) {
        const upstream = c.upstream.url ?? `stdio: ${c.upstream.stdio?.command ?? ''}`;
        lines.push(`  enforcer   ${service.url}/mcp/${c.name}  →  ${upstream}`);
      }
      if (config.enforcer.connections.length === 0)
        lines.push(`  enforcer   ${service.url} (no connections configured)`);
    } else if (service.name === 'exporter') {
      lines.push(`  exporter   ${service.url}/v1/sessions`);
    } else if (service.name === 'ingest') {
      lines.push(`  ingest     ${describeEventLog(config)}  →  ${describeAuditStore(config)}`);
    } else if (service.name === 'demo-ehr') {
      lines.push(`  demo-ehr   ${service.url} (synthetic patient records)`);
    }
  }
  if (config.identity.devIssuer.enabled) {
    const flag = configFile ? ` --config ${configFile}` : '';
    lines.push(
      '',
      `Get a development token:  npx proctor token${flag} --sub alice@example.com --groups clinicians,auditors`,
    );
  }
  lines.push('Stop with Ctrl-C.', '');
  return `${lines.join('\n')}\n`;
}
