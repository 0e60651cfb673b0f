import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEV_ISSUER, signDevToken } from '@proctor/identity';
import { COMMON_OPTIONS } from './args';
import { loadCliConfig } from './config-file';

const USAGE = `proctor token --sub SUBJECT [--groups a,b] [--ttl SECONDS] [--config FILE]
  Prints a bearer token signed by the development issuer. Only for configs with
  mode: development and identity.devIssuer.enabled: true (the quickstart).
`;

export async function runToken(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      sub: { type: 'string' },
      groups: { type: 'string' },
      ttl: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof values.sub !== 'string' || values.sub === '') {
    process.stderr.write(`proctor token: --sub is required\n\n${USAGE}`);
    return 2;
  }
  const config = await loadCliConfig(values.config);
  if (!config.identity.devIssuer.enabled) {
    process.stderr.write(
      'proctor token: this configuration does not enable the development issuer (identity.devIssuer.enabled with mode: development); use your identity provider for tokens\n',
    );
    return 1;
  }
  const ttl = values.ttl === undefined ? 3600 : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) {
    process.stderr.write('proctor token: --ttl must be a positive whole number of seconds\n');
    return 2;
  }
  if (ttl > config.identity.maxTokenLifetimeSec) {
    // The gateway would refuse such a token; say so now rather than with a 401 later.
    process.stderr.write(
      `proctor token: --ttl ${ttl} exceeds identity.maxTokenLifetimeSec (${config.identity.maxTokenLifetimeSec})\n`,
    );
    return 2;
  }
  const groups =
    typeof values.groups === 'string'
      ? values.groups
          .split(',')
          .map((g) => g.trim())
          .filter(Boolean)
      : [];
  const token = await signDevToken({
    keyFile: resolve(config.identity.devIssuer.keyFile),
    issuer: DEV_ISSUER,
    audience: config.identity.audience,
    subject: values.sub,
    groups,
    ttlSeconds: ttl,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}
