import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { type ChildGuard, guardChild, stopChild, waitForExit } from './child-guard';
import { kafkaClasspath } from './classpath';
import { freePort } from './free-port';
import { requireJava } from './prerequisites';
import { log4jProperties, serverProperties } from './server-config';

export interface StartKafkaOptions {
  /** Keep partitions here across runs (formatted on first use, never deleted). Default: a temp dir. */
  dataDir?: string;
  /** Receives progress messages and the broker's warnings and errors, one line at a time. */
  log?: (line: string) => void;
  /** JVM heap ceiling (default 512 MB). */
  heapMb?: number;
  /** How long to wait for the broker to answer (default 180 s: a cold JVM on 2 cores is slow). */
  readyTimeoutMs?: number;
}

export interface LocalKafka {
  /** `127.0.0.1:<port>`, the value for KAFKA_BROKERS. */
  brokers: string;
  /** Stops the broker (SIGTERM, SIGKILL after a grace period) and removes its scratch dir. */
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;
const STOP_GRACE_MS = 20_000;

/** Starts a single-node KRaft broker from Maven-resolved jars and waits until it serves clients. */
export async function startKafka(options: StartKafkaOptions = {}): Promise<LocalKafka> {
  const log = options.log ?? (() => {});
  requireJava();
  const classpath = await kafkaClasspath(log);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(classpath, options, log);
    } catch (error) {
      // Free ports are picked before the JVM binds them; another process can win the race.
      if (!(error instanceof PortTakenError) || attempt >= START_ATTEMPTS) throw error;
      log('a chosen port was taken before the broker bound it; retrying with fresh ports');
    }
  }
}

class PortTakenError extends Error {}

/**
 * A random KRaft cluster id (16 bytes, base64url). The storage tool's argument parser reads an
 * id that starts with '-' as a flag, so such ids are drawn again.
 */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function startOnce(
  classpath: string,
  options: StartKafkaOptions,
  log: (line: string) => void,
): Promise<LocalKafka> {
  const runDir = await mkdtemp(join(tmpdir(), 'proctor-kafka-'));
  const dataDir = options.dataDir ?? join(runDir, 'data');
  const logFile = join(runDir, 'logs', 'server.log');
  const propertiesFile = join(runDir, 'server.properties');
  const log4jFile = join(runDir, 'log4j.properties');
  const brokerPort = await freePort();
  const controllerPort = await freePort();
  await mkdir(join(runDir, 'logs'), { recursive: true });
  await mkdir(dataDir, { recursive: true });
  await writeFile(propertiesFile, serverProperties({ brokerPort, controllerPort, dataDir }));
  await writeFile(log4jFile, log4jProperties(logFile));
  const jvmLogging = [
    `-Dlog4j.configuration=${pathToFileURL(log4jFile).href}`,
    `-Dkafka.logs.dir=${join(runDir, 'logs')}`,
  ];

  let child: ChildProcess | undefined;
  let guard: ChildGuard | undefined;
  try {
    // A caller-supplied dataDir keeps its cluster id across runs; the format step checks it.
    const clusterId = (await existingClusterId(dataDir)) ?? newClusterId();
    const format = [...jvmLogging, '-cp', classpath, 'kafka.tools.StorageTool', 'format'];
    await runJava([...format, '-t', clusterId, '-c', propertiesFile, '--ignore-formatted'], logFile);

    const heapMb = options.heapMb ?? 512;
    const jvm = [
      `-Xmx${heapMb}m`,
      `-Xms${Math.min(heapMb, 128)}m`,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.awt.headless=true',
      ...jvmLogging,
    ];
    log(`starting Kafka on 127.0.0.1:${brokerPort}`);
    const broker = spawn('java', [...jvm, '-cp', classpath, 'kafka.Kafka', propertiesFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = broker;
    guard = guardChild(broker, { scratchDir: runDir, graceMs: STOP_GRACE_MS });
    const output = new OutputTail(broker, log);
    const brokers = `127.0.0.1:${brokerPort}`;
    await waitUntilServing(brokers, broker, options.readyTimeoutMs ?? 180_000, async () =>
      [await tailOfFile(logFile), output.text()].filter(Boolean).join('\n'),
    );
    let stopping: Promise<void> | undefined;
    broker.once('exit', (code, signal) => {
      if (!stopping) log(`Kafka broker exited unexpectedly (${signal ?? `code ${code}`})`);
    });
    const activeGuard = guard;
    return {
      brokers,
      stop() {
        stopping ??= (async () => {
          await stopChild(broker, STOP_GRACE_MS);
          activeGuard.release();
          await rm(runDir, { recursive: true, force: true });
        })();
        return stopping;
      },
    };
  } catch (error) {
    if (child) await stopChild(child, STOP_GRACE_MS);
    guard?.release();
    await rm(runDir, { recursive: true, force: true });
    throw error;
  }
}

async function existingClusterId(dataDir: string): Promise<string | undefined> {
  try {
    return /^cluster\.id=(.+)$/m.exec(await readFile(join(dataDir, 'meta.properties'), 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}

/** Polls with a kafkajs admin until the broker describes the cluster, or fails with the log tail. */
async function waitUntilServing(
  brokers: string,
  broker: ChildProcess,
  timeoutMs: number,
  logTail: () => Promise<string>,
): Promise<void> {
  const kafka = new Kafka({
    clientId: 'proctor-kafka-launcher',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2_000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  let exited = false;
  void waitForExit(broker).then(() => {
    exited = true;
  });
  while (!exited && Date.now() < deadline) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0 && cluster.controller !== null) return;
      lastError = 'the cluster has no controller yet';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tail = await logTail();
  if (exited) {
    const message = `Kafka broker exited during startup (${describeExit(broker)}). Broker log tail:\n${tail}`;
    throw /Address already in use|BindException/.test(tail)
      ? new PortTakenError(message)
      : new Error(message);
  }
  throw new Error(
    `Kafka broker on ${brokers} was not ready within ${Math.round(timeoutMs / 1000)}s (last error: ${lastError}). Broker log tail:\n${tail}`,
  );
}

function runJava(args: string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = new OutputTail(child, () => {});
    child.once('error', reject);
    child.once('close', async (code) => {
      if (code === 0) return resolve();
      const tail = [await tailOfFile(logFile), output.text()].filter(Boolean).join('\n');
      reject(new Error(`formatting Kafka storage failed (exit ${code}):\n${tail}`));
    });
  });
}

/** Keeps the last lines a child printed (JVM errors end up here) and forwards each line. */
class OutputTail {
  private readonly lines: string[] = [];
  constructor(child: ChildProcess, forward: (line: string) => void) {
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        if (this.lines.length > 40) this.lines.shift();
        forward(line);
      });
    }
  }
  text(): string {
    return this.lines.join('\n');
  }
}

async function tailOfFile(path: string, lines = 40): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
}
