import { describe, expect, it } from 'vitest';
import { applyEnv, envSources, parseConfig } from './load';

const fromEnv = (env: Record<string, string>) => parseConfig(applyEnv({}, env), 'config', envSources(env));

describe('the refusal limit per source address', () => {
  it('is 100 at once, then 1 a second, at the gateway and at the audit API by default', () => {
    const config = parseConfig({});
    expect(config.enforcer.refusals).toEqual({ burst: 100, perSecond: 1 });
    expect(config.exporter.auth.refusals).toEqual({ burst: 100, perSecond: 1 });
  });

  it('is set for the gateway and the audit API each by its PROCTOR_* variables', () => {
    const config = fromEnv({
      PROCTOR_ENFORCER__REFUSALS__BURST: '20',
      PROCTOR_ENFORCER__REFUSALS__PER_SECOND: '0.5',
      PROCTOR_EXPORTER__AUTH__REFUSALS__BURST: '7',
    });
    expect(config.enforcer.refusals).toEqual({ burst: 20, perSecond: 0.5 });
    expect(config.exporter.auth.refusals).toEqual({ burst: 7, perSecond: 1 });
  });

  it.each([
    ['PROCTOR_ENFORCER__REFUSALS__BURST', '0', 'enforcer.refusals.burst'],
    ['PROCTOR_ENFORCER__REFUSALS__BURST', '2.5', 'enforcer.refusals.burst'],
    ['PROCTOR_ENFORCER__REFUSALS__BURST', 'many', 'enforcer.refusals.burst'],
    ['PROCTOR_ENFORCER__REFUSALS__PER_SECOND', '-1', 'enforcer.refusals.perSecond'],
    ['PROCTOR_ENFORCER__REFUSALS__PER_SECOND', '.inf', 'enforcer.refusals.perSecond'],
    ['PROCTOR_EXPORTER__AUTH__REFUSALS__PER_SECOND', '.nan', 'exporter.auth.refusals.perSecond'],
  ])('refuses %s=%s with an error naming the field and the variable', (name, value, field) => {
    let error: unknown;
    try {
      fromEnv({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', fields: [field] });
    expect(String((error as Error).message)).toContain(`(set by ${name})`);
  });
});
