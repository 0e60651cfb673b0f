import { join } from 'node:path';
import { parseConfig } from '@proctor/config';
import { signDevToken } from '@proctor/identity';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness';
import { openExporterTokenVerifier } from './identity';

const GATEWAY_AUDIENCE = 'proctor';
const EXPORTER_AUDIENCE = 'https://audit.example.com/';

describe("the audit API's audience", () => {
  let idp: LocalIssuer;
  beforeAll(async () => {
    idp = await startLocalIssuer('/idp');
  });
  afterAll(async () => {
    await idp?.close();
  });

  const configOf = (auth: Record<string, unknown>) =>
    parseConfig({
      identity: { issuers: [{ issuer: idp.issuer, audience: GATEWAY_AUDIENCE }] },
      exporter: { auth },
    });
  const bearer = async (aud: string) => `Bearer ${await idp.sign({ sub: 'auditor@example.com', aud })}`;

  it('is required with a configured issuer: the exporter does not start, and says how to configure it', async () => {
    await expect(openExporterTokenVerifier(configOf({}))).rejects.toThrow(
      /exporter\.auth\.audience is not set.*Set exporter\.auth\.audience.*exporter\.auth\.audience: proctor/s,
    );
  });

  it('refuses a gateway token once set, and takes one for the exporter', async () => {
    const verifier = await openExporterTokenVerifier(configOf({ audience: EXPORTER_AUDIENCE }));
    await expect(verifier.verify(await bearer(GATEWAY_AUDIENCE))).rejects.toMatchObject({ httpStatus: 401 });
    await expect(verifier.verify(await bearer(EXPORTER_AUDIENCE))).resolves.toMatchObject({
      subject: 'auditor@example.com',
    });
  });

  it("set to the issuers' audience, takes gateway tokens as before", async () => {
    const verifier = await openExporterTokenVerifier(configOf({ audience: GATEWAY_AUDIENCE }));
    await expect(verifier.verify(await bearer(GATEWAY_AUDIENCE))).resolves.toMatchObject({
      subject: 'auditor@example.com',
    });
  });

  it('is not required of the development issuer alone (proctor up)', async () => {
    const keyFile = join(await tempDir('exporter-audience'), 'dev-key.json');
    const config = parseConfig({
      mode: 'development',
      identity: { devIssuer: { enabled: true, keyFile } },
    });
    const verifier = await openExporterTokenVerifier(config);
    const token = await signDevToken({
      keyFile,
      audience: config.identity.audience,
      subject: 'dev@example.com',
      groups: [],
    });
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'dev@example.com' });
  });
});
