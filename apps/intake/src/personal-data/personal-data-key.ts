import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '#platform';
import type { IntakeConfig } from '../config.js';

const DEV_KEY_FILE = join(process.cwd(), '.xinfang', 'dev-keys', 'personal-data.key');

/** The secret behind the cipher: from configuration, or in development a local key made once. */
export function resolvePersonalDataKey(config: IntakeConfig): Buffer {
  if (config.PERSONAL_DATA_KEY) return Buffer.from(config.PERSONAL_DATA_KEY, 'base64');
  if (config.NODE_ENV === 'production') throw new ConfigError('PERSONAL_DATA_KEY: required in production (32 bytes, base64)');
  if (!existsSync(DEV_KEY_FILE)) {
    mkdirSync(dirname(DEV_KEY_FILE), { recursive: true });
    try {
      writeFileSync(DEV_KEY_FILE, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
    } catch {
      // made by another process at the same moment
    }
  }
  return Buffer.from(readFileSync(DEV_KEY_FILE, 'utf8').trim(), 'base64');
}
