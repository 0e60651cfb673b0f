import { spawnSync } from 'node:child_process';

const INSTALL_HINT =
  'The local Kafka broker needs Java 17+ and Maven on the PATH: install a JDK or JRE 17 or newer ' +
  '(e.g. `apt-get install openjdk-17-jre-headless`, `brew install openjdk@17`) and Maven ' +
  '(e.g. `apt-get install maven`, `brew install maven`), or point KAFKA_BROKERS at a running broker.';

export class MissingPrerequisiteError extends Error {
  readonly code = 'KAFKA_PREREQUISITE_MISSING';
  constructor(problem: string) {
    super(`${problem}. ${INSTALL_HINT}`);
    this.name = 'MissingPrerequisiteError';
  }
}

/** Parses the major version out of `java -version` output ("17.0.15", "21", "1.8.0_402"). */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw new MissingPrerequisiteError('`java` was not found');
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined) throw new MissingPrerequisiteError('`java -version` printed no version');
  if (major < 17) throw new MissingPrerequisiteError(`\`java\` is version ${major}, older than 17`);
}

export function requireMaven(): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) throw new MissingPrerequisiteError('`mvn` was not found');
}
