export interface BrokerLayout {
  brokerPort: number;
  controllerPort: number;
  /** Where partitions live (log.dirs). */
  dataDir: string;
}

/**
 * A single-node KRaft broker in combined mode (broker + controller in one JVM), tuned for
 * tests on a small machine: replication factors of 1, no automatic topic creation (tests
 * create their own topics), no rebalance delay for new consumer groups, and few partitions
 * for the internal topics so creating them on first use is quick, and a small log-cleaner buffer
 * so the broker starts in a small heap.
 */
export function serverProperties(layout: BrokerLayout): string {
  const { brokerPort, controllerPort, dataDir } = layout;
  const settings: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${brokerPort},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${brokerPort}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': dataDir,
    'num.partitions': 3,
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 5,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'transaction.state.log.num.partitions': 5,
    'auto.create.topics.enable': false,
    'group.initial.rebalance.delay.ms': 0,
    'num.network.threads': 2,
    'num.io.threads': 4,
    'num.recovery.threads.per.data.dir': 1,
    'log.retention.hours': 24,
    'log.segment.bytes': 64 * 1024 * 1024,
    // The log cleaner allocates its dedupe buffer in one piece when the broker starts (128 MiB by
    // default): half of a 256 MiB heap, which a restarted broker could not always find
    // (OutOfMemoryError at start). The compacted topics here are the small internal ones.
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
  };
  return `${Object.entries(settings)
    .map(([key, value]) => `${key}=${escapeValue(String(value))}`)
    .join('\n')}\n`;
}

/** reload4j configuration: everything to `logFile`, warnings and errors also to stdout. */
export function log4jProperties(logFile: string): string {
  return `${[
    'log4j.rootLogger=INFO, file, console',
    'log4j.appender.file=org.apache.log4j.FileAppender',
    `log4j.appender.file.File=${escapeValue(logFile)}`,
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.appender.console=org.apache.log4j.ConsoleAppender',
    'log4j.appender.console.Threshold=WARN',
    'log4j.appender.console.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.console.layout.ConversionPattern=%p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.org.apache.kafka.clients=WARN',
    'log4j.logger.state.change.logger=WARN',
  ].join('\n')}\n`;
}

// Java properties treat backslashes as escapes (Windows paths, odd temp dirs).
function escapeValue(value: string): string {
  return value.replaceAll('\\', '\\\\');
}
