import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '#contracts';

export class ConfigError extends Error {}

/**
 * Reads a configuration class from the environment. Properties are named exactly as the
 * environment variables they come from, so an error names the setting a deployer must fix.
 * Defaults are the class's initialisers.
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new cls() as Record<string, unknown>;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) raw[key] = env[key] === undefined || env[key] === '' ? defaults[key] : env[key];
  const config = plainToInstance(cls, raw, { enableImplicitConversion: false });
  // a value of the wrong kind (abc for a port) says so before any range rule it also breaks
  const ranges = new Set(['min', 'max', 'minLength', 'maxLength']);
  const errors = flattenValidationErrors(validateSync(config, { forbidUnknownValues: false })).sort((a, b) => Number(ranges.has(a.rule)) - Number(ranges.has(b.rule)));
  if (errors.length) {
    const first = errors[0]!;
    const value = raw[first.field];
    const shown = value === undefined ? 'unset' : `"${String(value).slice(0, 80)}"`;
    throw new ConfigError(`${first.field}: ${first.message} (got ${shown})`);
  }
  return config;
}

/** Prints one line naming the bad setting and stops the process: configuration errors are never retried. */
export function loadConfigOrExit<T extends object>(service: string, cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  try {
    return loadConfig(cls, env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${service}: configuration error: ${err.message}\n`);
    process.exit(1);
  }
}
