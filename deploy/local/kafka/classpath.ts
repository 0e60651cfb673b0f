import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireMaven } from './prerequisites';

const KAFKA_DIR = fileURLToPath(new URL('.', import.meta.url));
const POM = join(KAFKA_DIR, 'pom.xml');
const CACHE_DIR = join(KAFKA_DIR, 'target');
const CACHE_FILE = join(CACHE_DIR, 'classpath.json');
const MAVEN_TIMEOUT_MS = 15 * 60_000;

interface CachedClasspath {
  pomSha256: string;
  classpath: string;
}

/**
 * The broker's runtime classpath, resolved by Maven from pom.xml. Cached under target/ keyed
 * by the pom's hash, so Maven runs only on the first start, after the pom changes, or when a
 * jar disappeared from the local repository.
 */
export async function kafkaClasspath(log: (line: string) => void = () => {}): Promise<string> {
  const pomSha256 = createHash('sha256')
    .update(await readFile(POM))
    .digest('hex');
  const cached = await readCache();
  if (cached?.pomSha256 === pomSha256 && cached.classpath.split(':').every((jar) => existsSync(jar))) {
    return cached.classpath;
  }
  requireMaven();
  log('resolving the Kafka broker jars with Maven (the first run downloads them into ~/.m2)');
  const classpath = await resolveWithMaven();
  await mkdir(CACHE_DIR, { recursive: true });
  // Write then rename: concurrent starters never read a half-written cache.
  const partial = `${CACHE_FILE}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify({ pomSha256, classpath } satisfies CachedClasspath));
  await rename(partial, CACHE_FILE);
  return classpath;
}

async function readCache(): Promise<CachedClasspath | undefined> {
  try {
    const parsed = JSON.parse(await readFile(CACHE_FILE, 'utf8')) as Partial<CachedClasspath>;
    if (typeof parsed.pomSha256 === 'string' && typeof parsed.classpath === 'string' && parsed.classpath) {
      return { pomSha256: parsed.pomSha256, classpath: parsed.classpath };
    }
  } catch {
    // Missing or unreadable cache: resolve again.
  }
  return undefined;
}

async function resolveWithMaven(): Promise<string> {
  await mkdir(CACHE_DIR, { recursive: true });
  const output = join(CACHE_DIR, `classpath.${process.pid}.txt`);
  const args = [
    '-B',
    '-q',
    '-f',
    POM,
    'dependency:build-classpath',
    '-Dmdep.includeScope=runtime',
    `-Dmdep.outputFile=${output}`,
  ];
  const { code, tail } = await run('mvn', args, MAVEN_TIMEOUT_MS);
  if (code !== 0) {
    throw new Error(`Maven could not resolve the Kafka broker jars (exit ${code}):\n${tail}`);
  }
  const classpath = (await readFile(output, 'utf8')).trim();
  await rm(output, { force: true });
  if (!classpath) throw new Error('Maven produced an empty classpath for the Kafka broker');
  return classpath;
}

function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; tail: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, tail: output }));
  });
}
